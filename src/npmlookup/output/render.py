"""Rich renderables for people: tables, the matrix and member profiles.

Functions here return renderables built from the `records` dicts; they never print and
never exit. Importing this module imports Rich, so the CLI imports it only when it is
about to draw a table.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from npmlookup.contract.records import Record, is_lay, matrix_notes, role_word
from npmlookup.core.dataset import Dataset
from npmlookup.core.model import Entry

BASIS_LEGEND = (
    "Basis: stated = named in the source's table; confirmed = also on a public page; "
    "inferred = the nation read from the table's layout or a body's remit."
)


def caption(dataset: Dataset, *, dated: bool = True) -> str:
    """Which date the answer speaks for, from what, and how to get the other answers; `dated` False for
    commands that take no --as-of, whose caption names no option."""
    from npmlookup.core.dates import FACTSHEET
    from npmlookup.core.history import events_until

    if not dated:
        return f"Data last checked against its sources on {dataset.checked}."

    edition = dataset.edition
    name = edition.name
    itself = f"--as-of {FACTSHEET} for the {edition.source} itself"
    if dataset.is_edition:
        return f"As {name} states it; without --as-of, the latest known state (as of {dataset.checked})."
    if dataset.as_of <= edition.end:
        added = len({e.event for e in dataset.entries if e.addition})
        if not added:
            return f"As of {dataset.as_of}: {name}, as it states it (no later change applies yet)."
        return (
            f"As of {dataset.as_of}: {name} with {added} addition{'' if added == 1 else 's'} (facts of its "
            f"date that its table omits, marked as additions); --as-of {FACTSHEET} for its table as published."
        )
    count = sum(1 for e in events_until(dataset, dataset.as_of) if not e.addition)
    changes = f"{name} with {count} later change{'' if count == 1 else 's'} (npm history)"
    if dataset.as_of == dataset.checked:
        return f"As of {dataset.as_of} (last checked): {changes}; {itself}."
    return f"As of {dataset.as_of}: {changes}; without --as-of, the latest known state ({dataset.checked})."


def _table(title: str | None) -> Table:
    return Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", show_lines=False, expand=False)


NARROW = 60
"""Below this many columns, tables become one block per record."""


def _fit(table: Table, width: int) -> RenderableType:
    """The table itself, or on a narrow terminal one block per row: its first cell as a heading,
    then each other column as `Header: value`, so that nothing folds inside a word."""
    if width >= NARROW:
        return table
    headers = [str(column.header) for column in table.columns]
    cells = [list(column.cells) for column in table.columns]
    blocks: list[RenderableType] = [Text(str(table.title), style="bold")] if table.title else []
    for row in zip(*cells, strict=True):
        heading, *rest = row
        block = Table.grid(padding=(0, 1))
        block.add_column(style="bold", no_wrap=True)
        block.add_column(overflow="fold")
        for header, value in zip(headers[1:], rest, strict=True):
            block.add_row(f"{header}:", value)
        blocks += [
            Text(""),
            Text.assemble(heading if isinstance(heading, Text) else Text(str(heading)), style="bold"),
            block,
        ]
    return Group(*blocks, Text(""))


def _with_footer(dataset: Dataset | None, body: RenderableType, *lines: str, dated: bool = True) -> Group:
    # Below the table rather than as its caption, so that it wraps at the terminal's width.
    said = (caption(dataset, dated=dated),) if dataset is not None else ()
    return Group(body, *(Text(line) for line in (*lines, *said)))


def _member_cell(record: Record) -> Text:
    text = Text(record["member_name"])
    if record["member_abbreviation"] != record["member_name"]:
        text.append(f" ({record['member_abbreviation']})")
    if record.get("note"):
        text.append(f"\nnote: {record['note']}", style="italic")
    return text


def who_table(
    dataset: Dataset,
    records: Sequence[Record],
    *,
    title: str,
    changes: Sequence[Record] = (),
    width: int = 80,
    fixed: Collection[str] = (),
) -> RenderableType:
    """The `who` answer: one line per member in each matching cell (with --explain, why). A column
    whose value the filters fixed (`fixed`: "setting", "nation") is left out: the title says it."""
    table = _table(title)
    columns = [("setting", "Setting", 3), ("nation", "Nation", 2)]
    shown = [column for column in columns if column[0] not in fixed]
    for _key, header, ratio in shown:
        table.add_column(header, overflow="fold", ratio=ratio)
    table.add_column("Member", overflow="fold", ratio=6)
    table.add_column("Role", no_wrap=True)
    table.add_column("Basis", no_wrap=True)
    for record in records:
        role = Text(record["role"], style="bold" if record["role"] == "lead" else "")
        member = _member_cell(record)
        if record.get("addition"):
            cited = "; ".join(dataset.source_by_id[s].title for s in record["sources"] if s in dataset.source_by_id)
            member.append(
                f"\nan addition to the edition: it held then, though the edition's table omits it (source: {cited})",
                style="dim",
            )
        if record.get("explanation"):
            member.append(f"\nwhy: {record['explanation']}", style="dim")
        table.add_row(*(record[f"{key}_name"] for key, _header, _ratio in shown), member, role, record["basis"])
    removed = [f"{c['date']}: {c['description']}" for c in changes if c["kind"] == "role-removed"]
    lines = [f"Removed from this cell by a dated change, {line}" for line in dict.fromkeys(removed)]
    return _with_footer(dataset, _fit(table, width), *lines, BASIS_LEGEND)


def member_profile(dataset: Dataset, record: Record, width: int = 80) -> RenderableType:
    """The `member` answer: who the body is, its names over time, and what it covers."""
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column(overflow="fold")
    facts.add_row("Name", f"{record['name']} ({record['abbreviation']})")
    later = record["names"][1:]
    if later:
        history = "; ".join(f"{_since(n['since'])}: {n['name']} ({n['abbreviation']})" for n in later)
        facts.add_row("Names", f"{record['names'][0]['name']} ({record['names'][0]['abbreviation']}); {history}")
    if record["aliases"]:
        facts.add_row("Also", ", ".join(record["aliases"]))
    facts.add_row("Kind", record["kind"])
    facts.add_row("Nations", ", ".join(dataset.nation_by_id[n].name for n in record["nations"]))
    if record["remit"]:
        facts.add_row("Remit", record["remit"])
    if record["note"]:
        facts.add_row("Note", record["note"])
    if record["website"]:
        facts.add_row("Website", record["website"] + (f" ({record['website_note']})" if record["website_note"] else ""))
    if not record["member_at_date"]:
        since = f"; designated {record['designated']}" if record["designated"] else ""
        facts.add_row("Member", f"not a member of the NPM as of {record['as_of']}{since}")
    coverage = _table(None)
    coverage.expand = True  # so that the ratios share the width
    # Short values never fold; the setting's column, the widest, also carries the entry's note.
    coverage.add_column("Setting", overflow="fold", ratio=4)
    coverage.add_column("Nation", overflow="fold", ratio=2)
    coverage.add_column("Role", no_wrap=True)
    coverage.add_column("Alongside", overflow="fold", ratio=3)
    coverage.add_column("Basis", no_wrap=True)
    for row in record["coverage"]:
        others = ", ".join(dataset.member_by_id[m].abbreviation for m in row["alongside"]) or "-"
        setting = Text(row["setting_name"])
        if row["note"]:
            setting.append(f"\nnote: {row['note']}", style="italic")
        coverage.add_row(setting, row["nation_name"], row["role"], others, row["basis"])
    if not record["coverage"]:
        return _with_footer(dataset, facts, "", f"No cell of the table names {record['abbreviation']}.")
    return _with_footer(dataset, Group(facts, _fit(coverage, width)))


def _since(date_text: str) -> str:
    from npmlookup.core.dates import in_words

    return in_words(date_text)


def list_table(
    dataset: Dataset | None,
    title: str,
    columns: Sequence[tuple[str, str]],
    records: Sequence[Record],
    width: int = 80,
    *,
    dated: bool = True,
) -> RenderableType:
    """A plain list (members, settings, nations) with the given (key, header) columns, its title above
    it at the terminal's width (a narrow table would fold it)."""
    table = _table(None)
    table.pad_edge = False
    table.show_edge = False
    for _key, header in columns:
        table.add_column(header, overflow="fold")
    for record in records:
        table.add_row(*(_cell_text(record.get(key)) for key, _header in columns))
    return _with_footer(dataset, Group(Text(title, style="italic"), _fit(table, width)), dated=dated)


def _cell_text(value: Any) -> str:
    from npmlookup.output.formats import flat

    return flat(value)


def fields_table(view: Any, fields: Sequence[str], width: int = 80) -> RenderableType:
    """A view's rows with the columns --fields chose, in its order, headed by the field names."""
    columns = [(field, field) for field in fields]
    return list_table(view.dataset, view.title or "", columns, view.rows, width, dated=view.dated)


LEAD_STYLE, PARTNER_STYLE, LAY_STYLE = "bold", "italic dark_cyan", "green"
MATRIX_KEY = (
    "Key: lead = inspects or monitors in its own right; partner = joins a lead body's inspections; "
    "lay = a lay monitoring or custody visiting body. [n] = a note below."
)


def _matrix_cell(dataset: Dataset, entries: Sequence[Entry], notes: dict[str, int]) -> Text:
    """A cell, one body a line, each with its role in words (and styled apart where colour is on)."""
    text = Text()
    ordered = [e for lay in (False, True) for e in entries if is_lay(dataset, e) is lay]
    for index, entry in enumerate(ordered):
        word = role_word(dataset, entry)
        style = {"lead": LEAD_STYLE, "partner": PARTNER_STYLE, "lay": LAY_STYLE}[word]
        text.append("\n" if index else "")
        text.append(dataset.member_by_id[entry.member].abbreviation, style=style)
        text.append(f" {word}")
        if entry.note:
            text.append(f" [{notes[entry.note]}]")
    return text if text else Text("-")


def matrix(dataset: Dataset, width: int) -> RenderableType:
    """The table as the factsheet shows it; below 60 columns, one block per setting."""
    notes = matrix_notes(dataset)
    footnotes = Text("\n".join(f"[{number}] {note}" for note, number in notes.items()))

    def cell(setting: str, nation: str) -> Text:
        return _matrix_cell(dataset, dataset.cells.get((setting, nation), ()), notes)

    key = Text(MATRIX_KEY)
    if width < 60:
        blocks: list[RenderableType] = []
        for setting in dataset.settings:
            block = Table.grid(padding=(0, 1))
            block.add_column(style="bold", no_wrap=True)
            block.add_column(overflow="fold")
            for nation in dataset.nations:
                block.add_row(f"{nation.name}:", cell(setting.id, nation.id))
            blocks += [Text(setting.name, style="bold underline"), block, Text("")]
        return _with_footer(dataset, Group(*blocks, footnotes, key))
    table = Table(box=box.SQUARE, show_lines=True)
    table.add_column("Setting", overflow="fold", ratio=3)
    for nation in dataset.nations:
        table.add_column(nation.name, overflow="fold", ratio=2)
    for setting in dataset.settings:
        table.add_row(setting.name, *(cell(setting.id, n.id) for n in dataset.nations))
    return _with_footer(dataset, Group(table, footnotes, key))


def where_panels(dataset: Dataset, document: Sequence[Record], width: int = 80) -> RenderableType:
    """Each matched place: what it is, who covers it (the answer, first), then its names and source."""
    parts: list[RenderableType] = []
    for item in document:
        place = item["place"]
        status = f" ({place['status']})" if place["state"] != "open" else ""
        parts.append(Text(f"{place['name']}{status}", style="bold"))
        what = f"{place['kind']}, {place['nation_name']}" + (
            f", run by {place['operator']}" if place["operator"] else ""
        )
        parts.append(Text(f"{what}; setting: {place['setting_name']}; {place['status']}"))
        coverage = _table(None)
        coverage.add_column("Covered by", overflow="fold", ratio=5)
        coverage.add_column("Role", no_wrap=True)
        coverage.add_column("Website", overflow="fold", ratio=4)
        for row in item["coverage"]:
            member = _member_cell(row)
            if row["setting"] != place["setting"]:
                member.append(f"\nas {row['setting_name']}", style="italic")
            role = Text(row["role"], style="bold" if row["role"] == "lead" else "")
            coverage.add_row(member, role, row["website"] or "")
        if item["coverage"]:
            parts.append(_fit(coverage, width))
        elif place["closed"]:
            parts.append(Text(f"Not in use on {place['as_of']} ({place['status']}): no NPM member covers it then."))
            for other in item.get("then", []):
                parts.append(Text(f"Then on its site: {other['name']} ({other['kind']}), {other['status']}."))
        else:
            parts.append(Text("No NPM member covers it at this date."))
        facts = Table.grid(padding=(0, 2))
        facts.add_column(style="bold", no_wrap=True)
        facts.add_column(overflow="fold")
        if place["other_names"]:
            facts.add_row("Also", ", ".join(place["other_names"]))
        dated = f" ({place['source_as_of']})" if place["source_as_of"] else ""
        facts.add_row("Source", f"{place['source_title']}{dated} <{place['source_url']}>")
        if place["note"]:
            facts.add_row("Note", Text(place["note"], style="dim"))
        parts += [facts, Text("")]
    return _with_footer(dataset, Group(*parts))


def history_table(dataset: Dataset, records: Sequence[Record], *, title: str, width: int = 80) -> RenderableType:
    """The dated changes, oldest first, each with its sources."""
    table = _table(title)
    table.add_column("Date", no_wrap=True)
    table.add_column("Change", overflow="fold", ratio=5)
    table.add_column("Sources", overflow="fold", ratio=3)
    for record in records:
        change = Text(record["description"])
        if record["in_edition"]:
            change.append("\n(before the edition: already in its table)", style="dim")
        elif record["addition"]:
            change.append("\n(an addition to the edition: it held then, though its table omits it)", style="dim")
        elif record["date_latest"] != record["date_earliest"]:
            change.append(f"\n(the day is unknown: it counts from {record['date_latest']})", style="dim")
        sources = "\n".join(s["title"] + (f" <{s['url']}>" if s["url"] else "") for s in record["sources"])
        table.add_row(record["date"], change, sources)
    return _with_footer(
        dataset,
        _fit(table, width),
        "Answers include every change by default; who, where, member and matrix take --as-of for an earlier day.",
        dated=False,
    )


def sources_table(dataset: Dataset, records: Sequence[Record], width: int = 80) -> RenderableType:
    """Every source and what it supports."""
    table = _table("Sources")
    table.add_column("Source", overflow="fold", ratio=3)
    table.add_column("Used for", overflow="fold", ratio=5)
    for record in records:
        source = Text(record["title"], style="bold")
        for extra in (record["url"], record["date"]):
            if extra:
                source.append(f"\n{extra}")
        if record["note"]:
            source.append(f"\n{record['note']}", style="dim")
        table.add_row(source, "\n".join(f"- {use}" for use in record["used_for"]) or "-")
    return _with_footer(dataset, _fit(table, width), BASIS_LEGEND, dated=False)


def about_panel(dataset: Dataset, document: Record) -> RenderableType:
    """What the NPM is: the summary, the OPCAT powers and the dated facts, with sources."""
    parts: list[RenderableType] = [Text(dataset.title, style="bold")]
    if document["summary"]:
        parts += [Text(""), Text(document["summary"])]
    if document["powers"]:
        parts += [Text(""), Text("Under OPCAT an NPM must have the power to:", style="bold")]
        parts += [Text(f"- {power}") for power in document["powers"]]
    if document["facts"]:
        parts += [Text(""), Text("Facts", style="bold")]
        for fact in document["facts"]:
            line = Text(f"- {fact['text']}")
            if fact["sources"]:
                line.append(f" ({'; '.join(fact['sources'])})", style="dim")
            parts.append(line)
    parts.append(Text(""))
    return _with_footer(dataset, Group(*parts))
