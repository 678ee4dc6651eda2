"""One `View` per command: the JSON document, the flat rows, and the table for people.

Views are built from `records` dicts; the Rich side (`output.render*`) is imported only
inside the table builders, when a table is actually drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from npmlookup.contract import fields as record_fields
from npmlookup.contract import records
from npmlookup.contract.fields import ABOUT_ROWS, CELL_ROWS, CONCERN_ROWS_NAME, MEMBER_ROWS, WHERE_ROWS
from npmlookup.core.dataset import Dataset
from npmlookup.core.dates import in_words, spoken
from npmlookup.core.model import Entry, Member, Nation, Setting
from npmlookup.core.query import who
from npmlookup.output.formats import View

if TYPE_CHECKING:
    from npmlookup.core.concerns import ConcernAnswer
    from npmlookup.core.model import Place
    from npmlookup.core.search import Result


def asked(*parts: str) -> str:
    """What a question asked for, in words: its non-empty parts joined by semicolons."""
    return "; ".join(part for part in parts if part)


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

        return who_table(dataset, rows, title=title, changes=changes, fixed=fixed, width=width)

    return View(rows, rows, fields, table, all_fields, empty=empty, title=title, dataset=dataset)


def who_words(
    dataset: Dataset, settings: Sequence[Setting], nations: Sequence[Nation], members: Sequence[Member]
) -> tuple[str, str]:
    """The title of a `who` answer, and what to say when nothing answers it, in plain English."""

    def either(records_: Sequence[Setting | Nation | Member]) -> str:
        names = [r.name for r in records_]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]

    when = f"as of {spoken(records.as_of_label(dataset))}"
    where = " in ".join(either(group) for group in (settings, nations) if group)
    if members and where:
        return f"Who covers {where}: {either(members)}", f"{either(members)} does not cover {where} {when}."
    if members:
        verb = "cover" if len(members) > 1 else "covers"
        return f"What {either(members)} {verb}", f"{either(members)} {verb} no cell of the table {when}."
    later = [s for s in settings if s.id not in {row.id for row in dataset.settings}]
    if later:
        return f"Who covers {where}", f"{when[:1].upper()}{when[1:]}, {either(later)} {_not_yet_a_row(dataset, later)}"
    if settings or nations:
        return f"Who covers {where}", f"No NPM member covers {where} {when}."
    return "The whole table", f"The table is empty {when}."


def _not_yet_a_row(dataset: Dataset, settings: Sequence[Setting]) -> str:
    """Why a setting has no cell on the day: the table has it only from the dated change that added it
    (whose note may say who covered such detention before)."""
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

        return member_profile(dataset, record, width=width)

    title = f"{member.name} ({member.abbreviation}): its coverage"
    fields = record_fields.ENTRY_DEFAULT
    return View(
        record, rows, fields, table, record_fields.COVERAGE, title=title, dataset=dataset, rows_name=MEMBER_ROWS
    )


WEBSITE_COLUMN_WIDTH = 150
"""From this many columns the members table shows websites too (`npm member` always does)."""


def members_view(dataset: Dataset) -> View:
    """Every member at the dataset's date."""
    rows = [records.member_record(dataset, m, with_coverage=False) for m in dataset.members]
    title = f"The NPM's {len(rows)} members"

    def table(width: int) -> Any:
        from npmlookup.output.render import list_table

        columns = [("abbreviation", "Abbreviation"), ("name", "Name"), ("kind", "Kind")]
        columns += [("website", "Website")] if width >= WEBSITE_COLUMN_WIDTH else []
        return list_table(dataset, title, columns, rows, width)

    return View(rows, rows, record_fields.MEMBER_DEFAULT, table, record_fields.MEMBER, title=title, dataset=dataset)


def named_view(dataset: Dataset, kind: str) -> View:
    """The settings (rows) or nations (columns) of the table."""
    dated = kind == "settings"
    record, named = (records.setting_record, dataset.settings) if dated else (records.nation_record, dataset.nations)
    rows = [record(dataset, r.id) for r in named]
    title = f"{kind.capitalize()} ({len(rows)})"

    def table(width: int) -> Any:
        from npmlookup.output.render import list_table

        return list_table(
            dataset, title, [("id", "Id"), ("name", "Name"), ("aliases", "Also")], rows, dated=dated, width=width
        )

    fields = record_fields.SETTING if dated else record_fields.NAMED
    return View(rows, rows, record_fields.NAMED, table, fields, title=title, dataset=dataset, dated=dated)


def matrix_view(dataset: Dataset) -> View:
    """Every cell of the table, empty ones included."""
    cells = records.cell_records(dataset)
    summaries = [records.cell_summary(dataset, dataset.cells[(c["setting"], c["nation"])]) for c in cells]
    rows = [cell | {"summary": summary.replace("\n", "; ")} for cell, summary in zip(cells, summaries, strict=True)]

    def table(width: int) -> Any:
        from npmlookup.output.render_matrix import matrix

        return matrix(dataset, width=width)

    fields, title = record_fields.CELL_DEFAULT, "Every cell of the table"
    return View(cells, rows, fields, table, record_fields.CELL, title=title, dataset=dataset, rows_name=CELL_ROWS)


def where_view(dataset: Dataset, results: Sequence[Result], asked: str = "") -> View:
    """What a text names (`search.answer`'s results): each place and the bodies that cover it (every
    place of a town); a setting with its answer in each nation; and for a nation, a member or a place
    not listed by name, the command that answers for it."""
    document: list[records.Record] = []
    summaries: list[list[tuple[str, str]]] = []
    for result in results:
        if result.kind in ("place", "town"):
            document += [records.where_record(dataset, dataset.place_by_id[i]) for i in result.places]
            continue
        entries = who(dataset, setting=result.id, nation=result.nation) if result.kind in SETTING_KINDS else ()
        document.append(_pointer(dataset, result, entries))
        summaries.append(_summaries(dataset, entries))
    rows = []
    for item in document:
        place = item.get("place") or {}
        rows += [{"place": place.get("id"), "place_name": place.get("name"), **row} for row in item["coverage"]]
    town = next((r.name for r in results if r.kind == "town"), None)
    count = sum(1 for item in document if "place" in item)
    heading = f"{town}: {count} listed places" if town else f"{count} listed places fit {asked!r}"

    def table(width: int) -> Any:
        from npmlookup.output.render_places import search_answer, where_panels

        if len(document) == 1 and "place" in document[0]:
            return where_panels(dataset, document, width)
        return search_answer(dataset, document, summaries, heading)

    names = [item["place"]["name"] if "place" in item else item["name"] for item in document]
    title, fields = "Who covers " + ", ".join(names), record_fields.WHERE_DEFAULT
    return View(document, rows, fields, table, record_fields.WHERE, title=title, dataset=dataset, rows_name=WHERE_ROWS)


SETTING_KINDS = ("setting", "not listed")
"""The kinds of result answered by a setting's row of the table."""


def _pointer(dataset: Dataset, result: Result, entries: Sequence[Entry]) -> records.Record:
    """A result that is not a place, as `where --json` gives it: the command that answers for it, and
    for a setting (or a place not listed, as its setting) the rows that command gives."""
    if result.kind == "member":
        command = f"npm member {result.id}"
    else:
        command = f"npm who --{'nation' if result.kind == 'nation' else 'setting'} {result.id}"
        command += f" --nation {result.nation}" if result.nation else ""
    nation = dataset.nation_by_id[result.nation].name if result.nation else None
    coverage = [records.entry_record(dataset, e) for e in entries]
    return records.keyed(
        record_fields.WHERE_POINTER, result.kind, result.id, result.name, result.nation, nation, command, coverage
    )


def _summaries(dataset: Dataset, entries: Sequence[Entry]) -> list[tuple[str, str]]:
    """(nation name, who covers it in a line) for each nation of a setting's entries, in table order."""
    by_nation: dict[str, list[Entry]] = {}
    for entry in entries:
        by_nation.setdefault(entry.nation, []).append(entry)
    return [
        (dataset.nation_by_id[n].name, records.cell_summary(dataset, found).replace("\n", "; "))
        for n, found in by_nation.items()
    ]


def places_view(dataset: Dataset, places: Sequence[Place], title: str) -> View:
    """A list of named places."""
    rows = [records.places_row(dataset, place) for place in places]
    columns = [("name", "Name"), ("kind", "Kind"), ("nation_name", "Nation"), ("operator", "Operator")]

    def table(width: int) -> Any:
        from npmlookup.output.render import list_table

        return list_table(dataset, f"{title} ({len(rows)})", [*columns, ("status", "Status")], rows, width=width)

    empty = f"No listed place matches: {title}."
    return View(
        rows, rows, record_fields.PLACE_DEFAULT, table, record_fields.PLACES, empty, title=title, dataset=dataset
    )


def counts_view(dataset: Dataset, members: Sequence[str]) -> View:
    """How many listed places each member covers on the dataset's day (`place_counts`): these `members`
    (ids), or every member."""
    from npmlookup.core.places import place_counts

    counts = place_counts(dataset, members or None)
    rows = [
        records.keyed(record_fields.COUNT, m, dataset.member_by_id[m].abbreviation, dataset.member_by_id[m].name, n)
        for m, n in counts.items()
    ]
    title = "Listed places each body covers"
    columns = [("member_abbreviation", "Body"), ("member_name", "Name"), ("places", "Places")]

    def table(width: int) -> Any:
        from npmlookup.output.render import list_table

        return list_table(dataset, title, columns, rows, width=width)

    return View(rows, rows, record_fields.COUNT, table, record_fields.COUNT, title=title, dataset=dataset)


def validation_view(path: Path | None) -> tuple[View, str, int]:
    """What `npm validate` finds in a file: a view of the problems, the plain report, the count.

    The plain report is one `file:line:column: message` line per problem and a count, or
    a one-line summary of a valid file: what editors and people read, in any terminal.
    """
    from npmlookup.loading.files import default_path
    from npmlookup.loading.loader import load, validate

    target = path or default_path()
    problems = validate(target)
    rows = [{"file": p.file, "line": p.line, "column": p.column, "message": p.message} for p in problems]
    if problems:
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        report = "".join(f"{p}\n" for p in problems) + f"{target}: {count}\n"
    else:
        dataset = load(target, as_of="factsheet")  # what the file holds, before any event is applied
        report = (
            f"{target}: valid: {len(dataset.all_settings)} settings, {len(dataset.nations)} nations, "
            f"{len(dataset.all_members)} members, {len(dataset.entries)} entries, {len(dataset.events)} events\n"
        )

    def table(width: int) -> Any:
        from rich.text import Text

        return Text(report.rstrip("\n"))

    return View(rows, rows, record_fields.PROBLEM, table, record_fields.PROBLEM), report, len(problems)


def history_view(
    dataset: Dataset,
    member: Member | None,
    *,
    settings: Sequence[Setting] = (),
    nations: Sequence[Nation] = (),
) -> View:
    """The dated changes, oldest first; only those of `member`, of one of `settings` and in one of
    `nations`, when given."""
    from npmlookup.cli.options import DATED
    from npmlookup.contract import provenance

    setting_ids, nation_ids = {s.id for s in settings}, {n.id for n in nations}
    events = [
        e
        for e in dataset.events
        if (member is None or e.member == member.id)
        and (not setting_ids or e.setting in setting_ids)
        and (not nation_ids or nation_ids & set(e.nations))
    ]
    rows = [provenance.event_record(dataset, e) for e in events]
    question = asked(
        member.abbreviation if member else "", *(", ".join(r.name for r in rs) for rs in (settings, nations))
    )
    title = "Dated changes" + (f": {question}" if question else "")

    def table(width: int) -> Any:
        from npmlookup.output.render_sources import history_table

        return history_table(dataset, rows, title=title, dated_commands=DATED, width=width)

    empty = f"No dated change is recorded{f' for {question}' if question else ''}."
    return View(rows, rows, record_fields.EVENT_DEFAULT, table, record_fields.EVENT, empty, title, dataset, dated=False)


def changes_view(earlier: Dataset, later: Dataset) -> View:
    """What changed from `earlier` to `later`: who joined, left or changed role in each cell, then the
    renames, each with the dated change and sources it comes from."""
    from npmlookup.core.changes import changes_between

    rows = [records.change_record(earlier, later, change) for change in changes_between(earlier, later)]
    start, end = (d.edition.name if d.as_of is None else spoken(d.as_of) for d in (earlier, later))
    title = f"What changed from {start} to {end}"

    def table(width: int) -> Any:
        from npmlookup.output.render_sources import changes_table

        return changes_table(later, rows, title=title, width=width)

    empty = f"Nothing changed from {start} to {end}."
    return View(rows, rows, record_fields.CHANGE_DEFAULT, table, record_fields.CHANGE, empty, title, later, dated=False)


def sources_view(dataset: Dataset) -> View:
    """Every source, and what in the data rests on it."""
    from npmlookup.contract import provenance

    uses = provenance.source_uses(dataset)
    rows = [
        provenance.source_record(dataset, s.id)
        | {"used_for": uses.get(s.id, []), "copy_only": not s.url and bool(s.read_at)}
        for s in dataset.sources
    ]

    def table(width: int) -> Any:
        from npmlookup.output.render_sources import sources_table

        return sources_table(dataset, rows, width=width)

    fields = record_fields.SOURCE_DEFAULT
    return View(rows, rows, fields, table, record_fields.SOURCE, title="Sources", dataset=dataset, dated=False)


def about_view(dataset: Dataset) -> View:
    """What the NPM is: the edition's own words, and the facts that hold at the dataset's date."""
    from npmlookup.contract import provenance

    about = dataset.about
    edition = dataset.source_by_id.get(dataset.edition.source)
    facts = [
        {"text": f.text, "sources": provenance.source_titles(dataset, f.sources)}
        for f in (about.facts if about else ())
        if f.holds_on(dataset.as_of)
    ]
    document: dict[str, Any] = {
        "title": dataset.title,
        "edition": {
            "source": provenance.source_record(dataset, edition.id) if edition else None,
            "date": dataset.edition.date,
            "description": dataset.edition.description,
        },
        "summary": about.summary if about else None,
        "powers": list(about.powers) if about else [],
        "facts": facts,
        "members": len(dataset.members),
        "checked": dataset.checked,
        "as_of": records.as_of_label(dataset),
    }
    rows = [{"kind": "summary", "text": about.summary, "sources": []}] if about else []
    rows += [{"kind": "power", "text": power, "sources": []} for power in document["powers"]]
    rows += [{"kind": "fact", "text": fact["text"], "sources": fact["sources"]} for fact in facts]

    def table(width: int) -> Any:
        from npmlookup.output.render_sources import about_panel

        return about_panel(dataset, document)

    fields, empty = record_fields.ABOUT, "The dataset says nothing about its NPM."
    return View(document, rows, fields, table, fields, empty, "What the NPM is", dataset, rows_name=ABOUT_ROWS)


def concern_view(dataset: Dataset, answers: Sequence[ConcernAnswer]) -> View:
    """Who to tell about someone held in each place a name matched (or in one setting in a nation)."""
    document = [records.concern_record(dataset, answer) for answer in answers]
    rows = [row for item in document for row in records.concern_rows(item)]

    def table(width: int) -> Any:
        from npmlookup.output.render_concern import concern_panels

        return concern_panels(dataset, document, width=width)

    fields, all_fields = record_fields.CONCERN_DEFAULT, record_fields.CONCERN_ROWS
    title = "Who to tell: " + ", ".join(item["place"]["name"] if item["place"] else where(item) for item in document)
    return View(document, rows, fields, table, all_fields, title=title, dataset=dataset, rows_name=CONCERN_ROWS_NAME)


def where(item: Any) -> str:
    """A setting in a nation, in words: ``Police Custody in Scotland``."""
    return f"{item['settings'][0]['name']} in {item['nation_name']}"
