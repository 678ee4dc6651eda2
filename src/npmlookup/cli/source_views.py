"""The views of the commands that say where answers come from: validate, history, changes, sources, about.

Built, like every view, from `records` dicts; Rich is imported only when a table is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from npmlookup.contract import fields as record_fields
from npmlookup.contract import records
from npmlookup.core.dataset import Dataset
from npmlookup.core.model import Member, Nation, Setting
from npmlookup.output.formats import View


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

    view = View(document=rows, rows=rows, fields=record_fields.PROBLEM, table=table, all_fields=record_fields.PROBLEM)
    return view, report, len(problems)


def history_view(
    dataset: Dataset,
    member: Member | None,
    *,
    settings: Sequence[Setting] = (),
    nations: Sequence[Nation] = (),
) -> View:
    """The dated changes, oldest first; only those of `member`, of one of `settings` and in one of
    `nations`, when given."""
    from npmlookup.contract import provenance

    setting_ids = {s.id for s in settings}
    nation_ids = {n.id for n in nations}
    events = [
        e
        for e in dataset.events
        if (member is None or e.member == member.id)
        and (not setting_ids or e.setting in setting_ids)
        and (not nation_ids or nation_ids & set(e.nations))
    ]
    rows = [provenance.event_record(dataset, e) for e in events]
    asked = [
        member.abbreviation if member else "",
        ", ".join(s.name for s in settings),
        ", ".join(n.name for n in nations),
    ]
    title = "Dated changes" + (": " + "; ".join(part for part in asked if part) if any(asked) else "")

    def table(width: int) -> Any:
        from npmlookup.cli.options import DATED
        from npmlookup.output.render_sources import history_table

        return history_table(dataset, rows, title=title, width=width, dated_commands=DATED)

    who = f" for {'; '.join(part for part in asked if part)}" if any(asked) else ""
    return View(
        document=rows,
        rows=rows,
        fields=record_fields.EVENT_DEFAULT,
        table=table,
        all_fields=record_fields.EVENT,
        empty=f"No dated change is recorded{who}.",
        title=title,
        dataset=dataset,
        dated=False,
    )


def changes_view(earlier: Dataset, later: Dataset) -> View:
    """What changed from `earlier` to `later`: who joined, left or changed role in each cell, then the
    renames, each with the dated change and sources it comes from."""
    from npmlookup.core.changes import changes_between
    from npmlookup.core.dates import spoken

    rows = [records.change_record(earlier, later, change) for change in changes_between(earlier, later)]
    start, end = (d.edition.name if d.as_of is None else spoken(d.as_of) for d in (earlier, later))
    title = f"What changed from {start} to {end}"

    def table(width: int) -> Any:
        from npmlookup.output.render_sources import changes_table

        return changes_table(later, rows, title=title, width=width)

    return View(
        document=rows,
        rows=rows,
        fields=record_fields.CHANGE_DEFAULT,
        table=table,
        all_fields=record_fields.CHANGE,
        empty=f"Nothing changed from {start} to {end}.",
        title=title,
        dataset=later,
        dated=False,
    )


def sources_view(dataset: Dataset) -> View:
    """Every source, and what in the data rests on it."""
    from npmlookup.contract import provenance

    uses = provenance.source_uses(dataset)
    rows = [provenance.source_record(dataset, s.id) | {"used_for": uses.get(s.id, [])} for s in dataset.sources]

    def table(width: int) -> Any:
        from npmlookup.output.render_sources import sources_table

        return sources_table(dataset, rows, width)

    return View(
        document=rows,
        rows=rows,
        fields=record_fields.SOURCE_DEFAULT,
        table=table,
        all_fields=record_fields.SOURCE,
        title="Sources",
        dataset=dataset,
        dated=False,
    )


def about_view(dataset: Dataset) -> View:
    """What the NPM is: the edition's own words, and the facts that hold at the dataset's date."""
    from npmlookup.contract import provenance

    about = dataset.about
    edition = dataset.source_by_id.get(dataset.edition.source)
    facts = (
        [
            {"text": f.text, "sources": provenance.source_titles(dataset, f.sources)}
            for f in about.facts
            if f.holds_on(dataset.as_of)
        ]
        if about
        else []
    )
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

    fields = record_fields.ABOUT
    return View(
        document=document,
        rows=rows,
        fields=fields,
        table=table,
        all_fields=fields,
        empty="The dataset says nothing about its NPM.",
        title="What the NPM is",
        dataset=dataset,
        rows_name=record_fields.ABOUT_ROWS,
    )
