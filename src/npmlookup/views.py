"""One `View` per command: the JSON document, the flat rows, and the table for people.

Views are built from `records` dicts; the Rich side (`render`) is imported only inside
the table builders, when a table is actually drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import records
from .model import Dataset, Entry, Member
from .output import View

WHO_FIELDS = ("setting", "nation", "member", "member_abbreviation", "role", "basis", "note")
MEMBER_FIELDS = ("id", "abbreviation", "name", "kind", "nations", "remit")
NAMED_FIELDS = ("id", "name", "aliases")
CELL_FIELDS = ("setting", "nation", "summary")


def who_view(dataset: Dataset, entries: Sequence[Entry], *, title: str) -> View:
    """Rows of (setting, nation, member) entries."""
    rows = [records.entry_record(dataset, e) for e in entries]

    def table(width: int) -> Any:
        from .render import who_table

        return who_table(dataset, rows, title=title)

    return View(
        document=rows,
        rows=rows,
        fields=WHO_FIELDS,
        table=table,
        all_fields=_keys(rows, WHO_FIELDS),
        empty=f"No NPM member is listed for {title.removeprefix('Who covers ')} as of {records.as_of_label(dataset)}.",
    )


def member_view(dataset: Dataset, member: Member) -> View:
    """One member's profile; its rows are its coverage."""
    record = records.member_record(dataset, member, with_coverage=True)
    rows = record["coverage"]

    def table(width: int) -> Any:
        from .render import member_profile

        return member_profile(dataset, record)

    return View(document=record, rows=rows, fields=WHO_FIELDS, table=table, all_fields=_keys(rows, WHO_FIELDS))


def members_view(dataset: Dataset) -> View:
    """Every member at the dataset's date."""
    rows = [records.member_record(dataset, m, with_coverage=False) for m in dataset.members]

    def table(width: int) -> Any:
        from .render import list_table

        columns = [("abbreviation", "Abbreviation"), ("name", "Name"), ("kind", "Kind"), ("remit", "Remit")]
        return list_table(dataset, f"The NPM's {len(rows)} members", columns, rows)

    return View(document=rows, rows=rows, fields=MEMBER_FIELDS, table=table, all_fields=_keys(rows, MEMBER_FIELDS))


def named_view(dataset: Dataset, kind: str) -> View:
    """The settings (rows) or nations (columns) of the table."""
    if kind == "settings":
        rows = [records.setting_record(dataset, s.id) for s in dataset.settings]
    else:
        rows = [records.nation_record(dataset, n.id) for n in dataset.nations]

    def table(width: int) -> Any:
        from .render import list_table

        columns = [("id", "Id"), ("name", "Name"), ("aliases", "Also")]
        return list_table(dataset, f"{kind.capitalize()} ({len(rows)})", columns, rows)

    return View(document=rows, rows=rows, fields=NAMED_FIELDS, table=table, all_fields=NAMED_FIELDS)


def matrix_view(dataset: Dataset) -> View:
    """Every cell of the table, empty ones included."""
    cells = records.cell_records(dataset)
    rows = [
        cell
        | {
            "summary": records.cell_summary(dataset, dataset.cells[(cell["setting"], cell["nation"])]).replace(
                "\n", "; "
            )
        }
        for cell in cells
    ]

    def table(width: int) -> Any:
        from .render import matrix

        return matrix(dataset, width)

    return View(document=cells, rows=rows, fields=CELL_FIELDS, table=table, all_fields=_keys(rows, CELL_FIELDS))


def _keys(rows: Sequence[dict[str, Any]], default: Sequence[str]) -> tuple[str, ...]:
    return tuple(rows[0].keys()) if rows else tuple(default)


def validation_report(path: Path | None, *, as_json: bool = False) -> tuple[str, int]:
    """What `npm validate` prints for a file, and how many problems it found."""
    from .loader import default_path, load, validate

    target = path or default_path()
    problems = validate(target)
    if as_json:
        import json

        objects = [{"file": p.file, "line": p.line, "column": p.column, "message": p.message} for p in problems]
        return json.dumps(objects, indent=2) + "\n", len(problems)
    if problems:
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        return "".join(f"{p}\n" for p in problems) + f"{target}: {count}\n", len(problems)
    dataset = load(target)
    summary = (
        f"{target}: valid: {len(dataset.settings)} settings, {len(dataset.nations)} nations, "
        f"{len(dataset.all_members)} members, {len(dataset.entries)} entries, {len(dataset.events)} events\n"
    )
    return summary, 0
