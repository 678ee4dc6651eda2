"""The open data as files: `datapackage.json` (a Frictionless Data Package) and one CSV per table.

The CSV files are UTF-8, comma-separated, with a header row and CRLF line ends (RFC 4180),
so that pandas, R and spreadsheets open them as they are. Empty cells are missing values;
a list is its items joined by ``;``; booleans are ``true`` and ``false``; dates are ISO days.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from npmlookup import __version__
from npmlookup.core.dataset import Dataset
from npmlookup.export.tables import LIST_SEPARATOR, Column, Table, build_tables
from npmlookup.output import formats

DESCRIPTOR = "datapackage.json"
"""The package's descriptor, beside the CSV files."""

CONVENTION = (
    "Time is in columns: a row with valid_from and valid_to holds on a day D when valid_from <= D and "
    "(valid_to is empty or D < valid_to); valid_from is inclusive, valid_to exclusive, and an empty "
    "valid_to means the row still held on the day the data was last checked. Lists are joined by "
    f"'{LIST_SEPARATOR}'."
)
"""How to read the tables' dates, in words for the descriptor."""


def export_package(dataset: Dataset, directory: str | os.PathLike[str]) -> list[Path]:
    """Write the package for `dataset` as the whole content of `directory`; return the files written.

    Raises `InputError` when `directory` is a file, or a folder that holds anything an
    export did not write, and `OutputError` when a file cannot be written.
    """
    from npmlookup.output.folders import FolderWriter

    with FolderWriter(directory, "export") as writer:
        for name, text in package_files(dataset).items():
            writer.write_text(name, text)
    return writer.written


def package_files(dataset: Dataset) -> dict[str, str]:
    """Every file of the package, by file name: ``datapackage.json`` and one CSV per table."""
    tables = build_tables(dataset)
    files = {f"{table.name}.csv": csv_text(table) for table in tables}
    files[DESCRIPTOR] = json.dumps(descriptor(dataset, tables), indent=2, ensure_ascii=False) + "\n"
    return files


def descriptor(dataset: Dataset, tables: list[Table]) -> dict[str, Any]:
    """The Data Package descriptor: what the data is, when it was checked, its sources and every table's schema."""
    base = dataset.contents
    sources: list[dict[str, str]] = [
        {"title": s.title, "path": s.url} if s.url else {"title": s.title} for s in base.sources
    ]
    sources += [{"title": f"{x.source} ({x.licence or 'licence not recorded'})"} for x in base.places_licences]
    licence = base.licence
    citation = licence.citation.replace("{checked}", base.checked) if licence and licence.citation else None
    return {
        "name": re.sub(r"[^a-z0-9]+", "-", base.title.casefold()).strip("-") or "dataset",
        "title": base.title,
        "description": (
            f"{base.title}: {base.edition.name} and every dated change since, as tables, from "
            f"{base.edition.valid_from} to {base.checked}, the day the data was last checked against its "
            f"sources. {CONVENTION}"
        ),
        # The data's version is its checked day: the software's version is not the data's.
        "version": base.checked,
        "licenses": [{"name": licence.name, "path": licence.path, "title": licence.title}] if licence else [],
        **({"citation": citation} if citation else {}),
        "created_by": f"npmlookup {__version__}",
        "checked": base.checked,
        "sources": sources,
        "resources": [_resource(table) for table in tables],
    }


def _resource(table: Table) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [_field(column) for column in table.columns],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    # A list column's items are ids of another table too, but a Table Schema can say so only of
    # whole values: those keys are documented in the column's description (and tested).
    keys = [column for column in table.columns if column.refers and not column.is_list]
    if keys:
        schema["foreignKeys"] = [
            {"fields": [key.name], "reference": {"resource": key.refers, "fields": ["id"]}} for key in keys
        ]
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "title": table.title,
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def _field(column: Column) -> dict[str, Any]:
    description = column.description
    if column.is_list:
        description += f" A list: its items joined by '{LIST_SEPARATOR}'."
    field: dict[str, Any] = {"name": column.name, "type": column.type, "description": description}
    if column.required:
        field["constraints"] = {"required": True}
    return field


def csv_text(table: Table) -> str:
    """A table as CSV text: the header, then each row (written as every CSV is: `formats.csv_text`)."""
    return formats.csv_text(
        [[column.name for column in table.columns], *([cell(row[c.name]) for c in table.columns] for row in table.rows)]
    )


def cell(value: Any) -> str:
    """A value as a CSV cell: a list's items joined by ``;``; anything else as every format writes one
    (`formats.flat`: empty for None, ``true``/``false``)."""
    if not isinstance(value, list | tuple):
        return formats.flat(value)
    items = [str(item) for item in value]
    if any(LIST_SEPARATOR in item for item in items):
        raise ValueError(f"a list item contains {LIST_SEPARATOR!r}, which joins a list's items: {items!r}")
    return LIST_SEPARATOR.join(items)
