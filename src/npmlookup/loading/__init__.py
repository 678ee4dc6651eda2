"""From files to a checked `Dataset`: reading, checking, building, caching.

Locating and reading files (`files`), safe YAML with line and column marks (`yamlsafe`),
the file format declared once (`fileformat`) and the JSON Schemas generated from it
(`schema`), the checks (`checker`, `coverage_checks`, `places_checks`),
building a dataset (`loader`), the on-disk cache (`cache`) and the start-up summary
(`summary`). May import: `npmlookup.errors`, `npmlookup.__version__` and `core`.
"""
