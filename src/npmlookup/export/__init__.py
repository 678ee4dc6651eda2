"""Open data: the whole dataset, every date, as CSV tables in a Frictionless Data Package.

`timeline` turns the library's answers at each date (`core.history.at`) into rows with
`valid_from` and `valid_to`; `tables` declares each table once (its columns, types, keys)
and builds its rows; `package` makes `datapackage.json` and the CSV texts and writes them
into a folder it owns (`output.folders`, as the site does). Importing this package imports
no submodule.
May import: `npmlookup.errors`, `npmlookup.__version__`, `core`, `contract` and `output`.
"""
