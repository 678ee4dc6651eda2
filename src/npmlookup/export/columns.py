"""How an open-data table is declared: its columns, their Table Schema types, its keys.

`tables` declares each table with these; `package` writes them as CSV and Table Schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LIST_SEPARATOR = ";"
"""Joins the items of a list in one CSV cell (ids and names never contain it)."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table, as its Table Schema field."""

    name: str
    """The header."""
    type: str
    """Its Table Schema type: string, date or boolean."""
    description: str
    """What it holds."""
    required: bool = False
    """Whether every row has a value."""
    is_list: bool = False
    """Whether it holds a list, its items joined by `LIST_SEPARATOR`."""


@dataclass(frozen=True, slots=True)
class ForeignKey:
    """Values of `column` are ids of `table` (its `id` column unless `refers_to` says otherwise)."""

    column: str
    """The column here."""
    table: str
    """The table it refers to."""
    refers_to: str = "id"
    """The column there."""


@dataclass(frozen=True, slots=True)
class Table:
    """A table: its name (and file), what it is, its columns, keys and rows."""

    name: str
    """The resource's name; the file is ``NAME.csv``."""
    title: str
    """A title for people."""
    description: str
    """What one row is."""
    columns: tuple[Column, ...]
    """In order."""
    primary_key: tuple[str, ...]
    """The columns that identify a row."""
    foreign_keys: tuple[ForeignKey, ...] = ()
    """Columns that refer to other tables (list columns: each item)."""
    rows: list[dict[str, Any]] = field(default_factory=list)
    """The rows, in order."""


def column(name: str, type_: str, description: str, *, required: bool = False, is_list: bool = False) -> Column:
    """A column, declared in one line."""
    return Column(name, type_, description, required, is_list)


VALID_FROM = column("valid_from", "date", "The first day the row holds.", required=True)
VALID_TO = column(
    "valid_to", "date", "The first day the row no longer holds; empty: it still held when the data was checked."
)
PERIOD_COLUMNS = (VALID_FROM, VALID_TO)
