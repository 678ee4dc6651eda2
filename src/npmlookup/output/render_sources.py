"""Rich renderables for where answers come from: the dated changes, what changed between two
dates, the sources, and what the NPM is.

Importing this module imports Rich, as `render` does, whose building blocks it uses.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from npmlookup.contract.records import Record, change_words
from npmlookup.core.dataset import Dataset
from npmlookup.core.dates import in_words, spoken
from npmlookup.output.render import BASIS_LEGEND, Footnotes, fit, link_lines, prose, titled_table, with_footer


def _changes(title: str) -> tuple[Table, Footnotes]:
    """An empty table of dated changes, and the sources it will number below it."""
    table = titled_table(title)
    table.add_column("When", overflow="fold", max_width=20)
    table.add_column("Change", overflow="fold", ratio=6)
    return table, Footnotes("Sources")


def _cited(text: str, record: Record, sources: Footnotes) -> Text:
    """A change in words, then the numbers of its sources."""
    marks = " ".join(sources.mark(s["title"], s["url"]) for s in record["sources"])
    return Text(f"{text} {marks}" if marks else text)


def history_table(
    dataset: Dataset,
    records: Sequence[Record],
    *,
    title: str,
    dated_commands: Sequence[str],
    width: int = 80,
) -> RenderableType:
    """The dated changes, oldest first, each dated in words; their sources numbered below the table."""
    table, sources = _changes(title)
    for record in records:
        change = _cited(record["description"], record, sources)
        if record["in_edition"]:
            change.append("\n(before the edition: already in its table)", style="dim")
        elif record["addition"]:
            change.append("\n(an addition to the edition: it held then, though its table omits it)", style="dim")
        table.add_row(in_words(record["date"], lead=""), change)
    return with_footer(
        dataset,
        Group(fit(table, width), *sources.lines(), Text("")),
        f"Answers include every change by default; {', '.join(dated_commands)} take --as-of for an earlier day.",
        dated=False,
    )


def changes_table(dataset: Dataset, records: Sequence[Record], *, title: str, width: int = 80) -> RenderableType:
    """What changed between two dates, oldest first, then apart what held already before the first date
    (a row listed later, a fact the edition's table omits); each dated in words, with its sources
    numbered below."""
    table, sources = _changes(title)
    start = spoken(records[0]["from"]) if records else ""
    earlier, _ = _changes(f"Held already before {start} (its row was listed later, or the edition omits it)")
    for record in records:
        (table if record["in_window"] else earlier).add_row(
            record["when"] or "-", _cited(change_words(record), record, sources)
        )
    tables = [fit(t, width) for t in (table, earlier) if t.row_count]
    return with_footer(dataset, Group(*tables, *sources.lines(), Text("")), dated=False)


def sources_table(dataset: Dataset, records: Sequence[Record], width: int = 80) -> RenderableType:
    """Every source and what it supports: one block each, its address on a line of its own."""
    parts: list[RenderableType] = [Text("Sources", style="bold"), Text("")]
    for record in records:
        parts.append(Text(record["title"], style="bold"))
        if record["url"]:
            parts += link_lines([("", record["url"])], 0)
        if record["read_at"]:
            publisher = f" (published by {record['publisher']})" if record["publisher"] else ""
            said = "Read at a copy:" if record["url"] else f"Read only at a copy{publisher}; no publisher's page found:"
            parts += [Text(said), *link_lines([("", record["read_at"])], 0, indent="  ")]
        if record["date"]:
            parts.append(Text(f"Dated {spoken(record['date'])}."))
        if record["note"]:
            parts += prose(record["note"], style="dim")
        parts += [Text(f"- {use}") for use in record["used_for"]] or [Text("-")]
        parts.append(Text(""))
    return with_footer(dataset, Group(*parts), BASIS_LEGEND, dated=False)


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
            parts.append(Text(f"- {fact['text']}"))
            for source in fact["sources"]:
                parts += prose(f"  Source: {source}", style="dim")
    parts.append(Text(""))
    return with_footer(dataset, Group(*parts))
