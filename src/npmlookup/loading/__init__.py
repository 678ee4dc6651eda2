"""From files to a checked `Dataset`: reading, checking, building.

Locating and reading files (`files`), safe YAML with line and column marks (`yamlsafe`),
the file format declared once (`fileformat`) and the JSON Schemas generated from it
(`schema`), the checks (`checker`, `coverage_checks`, `places_checks`, `concerns_checks`),
building a dataset (`loader`), and the shipped dataset compiled at build time (`shipped`,
generated). May import: `npmlookup.errors`, `npmlookup.__version__` and `core`.
"""
