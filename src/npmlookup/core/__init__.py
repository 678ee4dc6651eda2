"""The model and the questions asked of it: pure functions over plain data.

Frozen records (`model`), the dataset and its indexes (`dataset`), the one date rule
(`dates`), the dataset at a date (`history`), the one rule for names (`names`, with the one
folding, `model.normalize`), queries (`query`) and named places (`places`). Nothing here
reads a file, writes output or knows about the command line.
May import: `npmlookup.errors` and other `core` modules only.
"""
