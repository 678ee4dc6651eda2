"""Writing answers: formats, the process's streams, tables and pictures for people.

`formats` writes a view in each format (JSON never through Rich); `streams` owns stdout and
stderr; `render` builds Rich tables and panels; `picture` draws the matrix as HTML and SVG; `words` says
which state of the data an answer gives, for tables and pages alike.
May import: `npmlookup.errors`, `contract` and `core`.
"""
