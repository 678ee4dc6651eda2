"""The public JSON contract: each record's keys declared once, and provenance.

`fields` declares every record's keys; `records` builds the plain dicts that JSON, CSV and
the site share; `provenance` explains an answer from its sources and events.
May import: `npmlookup.errors`, `npmlookup.__version__` and `core`.
"""
