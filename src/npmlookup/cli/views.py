"""One `View` per command: the JSON document, the flat rows, and the table for people.

Views are built from `records` dicts; the Rich side (`render`) is imported only inside
the table builders, when a table is actually drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from npmlookup.contract import fields as record_fields
from npmlookup.contract import records
from npmlookup.core.dataset import Dataset
from npmlookup.core.model import Entry, Member, Nation, Setting
from npmlookup.output.formats import View

if TYPE_CHECKING:
    from npmlookup.core.model import Place


def who_view(
    dataset: Dataset,
    entries: Sequence[Entry],
    *,
    settings: Sequence[Setting] = (),
    nations: Sequence[Nation] = (),
    members: Sequence[Member] = (),
    explain: bool = False,
) -> View:
    """Rows of (setting, nation, member) entries matching the filters given; with `explain`, why each is
    there. A filter fixed to one value moves from the table's columns into its title."""
    rows = [records.entry_record(dataset, e) for e in entries]
    fields: tuple[str, ...] = record_fields.ENTRY_DEFAULT
    all_fields: tuple[str, ...] = record_fields.ENTRY
    changes: list[dict[str, Any]] = []
    if explain:
        from npmlookup.contract import provenance

        rows = [row | {"explanation": provenance.explanation(dataset, e)} for row, e in zip(rows, entries, strict=True)]
        fields, all_fields = (*record_fields.ENTRY_DEFAULT, "explanation"), record_fields.WHO
        cells = dict.fromkeys((e.setting, e.nation) for e in entries)
        changes = [change for cell in cells for change in provenance.cell_changes(dataset, *cell)]
    title, empty = who_words(dataset, settings, nations, members)
    fixed = {name for name, group in (("setting", settings), ("nation", nations)) if len(group) == 1}

    def table(width: int) -> Any:
        from npmlookup.output.render import who_table

        return who_table(dataset, rows, title=title, changes=changes, width=width, fixed=fixed)

    return View(
        document=rows,
        rows=rows,
        fields=fields,
        table=table,
        all_fields=all_fields,
        empty=empty,
        title=title,
        dataset=dataset,
    )


def who_words(
    dataset: Dataset, settings: Sequence[Setting], nations: Sequence[Nation], members: Sequence[Member]
) -> tuple[str, str]:
    """The title of a `who` answer, and what to say when nothing answers it, in plain English."""

    def either(records_: Sequence[Setting | Nation | Member]) -> str:
        names = [r.name for r in records_]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]

    from npmlookup.core.dates import spoken

    when = f"as of {spoken(records.as_of_label(dataset))}"
    where = " in ".join(
        part for part in (either(settings) if settings else "", either(nations) if nations else "") if part
    )
    if members and where:
        return f"Who covers {where}: {either(members)}", f"{either(members)} does not cover {where} {when}."
    if members:
        plural = len(members) > 1
        return (
            f"What {either(members)} cover{'' if plural else 's'}",
            f"{either(members)} cover{'' if plural else 's'} no cell of the table {when}.",
        )
    later = [s for s in settings if s.id not in {row.id for row in dataset.settings}]
    if later:
        return f"Who covers {where}", f"{when[:1].upper()}{when[1:]}, {either(later)} {_not_yet_a_row(dataset, later)}"
    if settings or nations:
        return f"Who covers {where}", f"No NPM member covers {where} {when}."
    return "The whole table", f"The table is empty {when}."


def _not_yet_a_row(dataset: Dataset, settings: Sequence[Setting]) -> str:
    """Why a setting has no cell on the day: the table has it only from the dated change that added it
    (whose note may say who covered such detention before)."""
    from npmlookup.core.dates import in_words

    added = [e for e in dataset.contents.events if e.kind == "setting-added" and e.setting in {s.id for s in settings}]
    if not added:
        return "was not a row of the table."
    first = min(added, key=lambda event: event.date_latest)
    since = in_words(first.date, lead="on") if not first.date.startswith("by ") else in_words(first.date)
    ids = " ".join(f"--setting {setting.id}" for setting in settings)
    return (
        f"was not yet a row of the table: it was listed {since}. "
        f"npm history {ids} shows who covered such detention before."
    )


def member_view(dataset: Dataset, member: Member) -> View:
    """One member's profile; its rows are its coverage."""
    record = records.member_record(dataset, member, with_coverage=True)
    rows = record["coverage"]

    def table(width: int) -> Any:
        from npmlookup.output.render import member_profile

        return member_profile(dataset, record, width)

    return View(
        document=record,
        rows=rows,
        fields=record_fields.ENTRY_DEFAULT,
        table=table,
        all_fields=record_fields.COVERAGE,
        title=f"{member.name} ({member.abbreviation}): its coverage",
        dataset=dataset,
        rows_name=record_fields.MEMBER_ROWS,
    )


WEBSITE_COLUMN_WIDTH = 150
"""From this many columns the members table shows websites too (`npm member` always does)."""


def members_view(dataset: Dataset) -> View:
    """Every member at the dataset's date."""
    rows = [records.member_record(dataset, m, with_coverage=False) for m in dataset.members]

    def table(width: int) -> Any:
        from npmlookup.output.render import list_table

        columns = [("abbreviation", "Abbreviation"), ("name", "Name"), ("kind", "Kind")]
        if width >= WEBSITE_COLUMN_WIDTH:
            columns.append(("website", "Website"))
        return list_table(dataset, f"The NPM's {len(rows)} members", columns, rows, width)

    return View(
        document=rows,
        rows=rows,
        fields=record_fields.MEMBER_DEFAULT,
        table=table,
        all_fields=record_fields.MEMBER,
        title=f"The NPM's {len(rows)} members",
        dataset=dataset,
    )


def named_view(dataset: Dataset, kind: str) -> View:
    """The settings (rows) or nations (columns) of the table."""
    fields = record_fields.SETTING if kind == "settings" else record_fields.NAMED
    if kind == "settings":
        rows = [records.setting_record(dataset, s.id) for s in dataset.settings]
    else:
        rows = [records.nation_record(dataset, n.id) for n in dataset.nations]

    def table(width: int) -> Any:
        from npmlookup.output.render import list_table

        columns = [("id", "Id"), ("name", "Name"), ("aliases", "Also")]
        return list_table(dataset, f"{kind.capitalize()} ({len(rows)})", columns, rows, width, dated=kind == "settings")

    return View(
        document=rows,
        rows=rows,
        fields=record_fields.NAMED,
        table=table,
        all_fields=fields,
        title=f"{kind.capitalize()} ({len(rows)})",
        dataset=dataset,
        dated=kind == "settings",
    )


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
        from npmlookup.output.render_matrix import matrix

        return matrix(dataset, width)

    return View(
        document=cells,
        rows=rows,
        fields=record_fields.CELL_DEFAULT,
        table=table,
        all_fields=record_fields.CELL,
        title="Every cell of the table",
        dataset=dataset,
        rows_name=record_fields.CELL_ROWS,
    )


def where_view(dataset: Dataset, places: Sequence[Place]) -> View:
    """Each place a name matched, and the bodies that cover it."""
    document = [records.where_record(dataset, place) for place in places]
    rows = [
        {"place": item["place"]["id"], "place_name": item["place"]["name"], **row}
        for item in document
        for row in item["coverage"]
    ]

    def table(width: int) -> Any:
        from npmlookup.output.render_places import where_panels

        return where_panels(dataset, document, width)

    return View(
        document=document,
        rows=rows,
        fields=record_fields.WHERE_DEFAULT,
        table=table,
        all_fields=record_fields.WHERE,
        title="Who covers " + ", ".join(p.name for p in places),
        dataset=dataset,
        rows_name=record_fields.WHERE_ROWS,
    )


def places_view(dataset: Dataset, places: Sequence[Place], title: str) -> View:
    """A list of named places."""
    rows = [records.places_row(dataset, place) for place in places]

    def table(width: int) -> Any:
        from npmlookup.output.render import list_table

        columns = [
            ("name", "Name"),
            ("kind", "Kind"),
            ("nation_name", "Nation"),
            ("operator", "Operator"),
            ("status", "Status"),
        ]
        return list_table(dataset, f"{title} ({len(rows)})", columns, rows, width)

    return View(
        document=rows,
        rows=rows,
        fields=record_fields.PLACE_DEFAULT,
        table=table,
        all_fields=record_fields.PLACES,
        empty=f"No listed place matches: {title}.",
        title=title,
        dataset=dataset,
    )
