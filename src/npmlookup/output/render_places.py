"""Rich renderables for named places: `where`'s answer, the bodies first, then the place's details.

Importing this module imports Rich, as `render` does, whose building blocks it uses.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.text import Text

from npmlookup.contract.records import ROLE_KEY, Record
from npmlookup.core.dataset import Dataset
from npmlookup.core.dates import spoken
from npmlookup.output.render import (
    Footnotes,
    fit,
    labelled,
    link_lines,
    member_cell,
    place_line,
    prose,
    reach_lines,
    role_cell,
    sections,
    titled_table,
    with_footer,
)


def concern_lines(dataset: Dataset, place_id: str) -> list[Text]:
    """A place's answer opens with who to tell: the bodies that take a concern about one person, the
    first route outside the NPM, and the command that says how."""
    from npmlookup.core.concerns import concern_for_place

    answer = concern_for_place(dataset, dataset.place_by_id[place_id])
    takers = [dataset.member_by_id[c.entry.member].abbreviation for c in answer.takers if c.route]
    outside = [o.route.abbreviation or o.route.name for o in answer.outside if o.route]
    if not takers and not outside:
        return []
    said = f"{' and '.join(takers)} take{'s' if len(takers) == 1 else ''} a concern about one person" if takers else ""
    said += ("; " if said else "") + (f"outside the NPM: {', '.join(outside)}" if outside else "")
    return prose(f"To raise a concern: {said}. How: npm concern {place_id}", style="bold")


def where_panels(dataset: Dataset, document: Sequence[Record], width: int = 80) -> RenderableType:
    """Each matched place: what it is, who covers it and how to reach them (the answer, first); then the
    place's other names and details, and where the data comes from, in sections of their own."""
    parts: list[RenderableType] = []
    for item in document:
        place = item["place"]
        status = f" ({place['status']})" if place["state"] != "open" else ""
        parts.append(Text(f"{place['name']}{status}", style="bold"))
        # The status is in the title when it is not plain "open": said once.
        said = "" if status else f"; {place['status']}"
        parts.append(Text(place_line(place, said)))
        parts += concern_lines(dataset, place["id"])
        notes = Footnotes()
        coverage = titled_table(None, [("Covered by", 5), ("Role", None)])
        for row in item["coverage"]:
            member = member_cell(row, notes)
            if row["setting"] != place["setting"]:
                member.append(f" {notes.mark('Covers it under ' + row['setting_name'] + '.')}")
            coverage.add_row(member, role_cell(row))
        if item["coverage"]:
            answer: list[RenderableType] = [fit(coverage, width)]
        elif place["closed"]:
            answer = [Text(f"On {spoken(dataset.as_of)} it was not in use, so no NPM member covered it then.")]
            answer += [
                Text(f"Then on its site: {other['name']} ({other['kind']}), {other['status']}.")
                for other in item.get("then", [])
            ]
            answer.append(Text(""))
        else:
            answer = [Text("No NPM member covers it at this date."), Text("")]
        details = [
            ("Town", place["town"]),
            ("Setting", place["setting_name"]),
            ("Run by", place["operator"]),
            ("At the latest source", place["status_latest"] if place["status_latest"] != place["status"] else None),
            ("Also", "; ".join(place["other_names"])),
        ]
        dated = f" ({spoken(place['source_as_of'])})" if place["source_as_of"] else ""
        source = [Text("Where this comes from", style="bold"), Text(f"{place['source_title']}{dated}")]
        source += link_lines([("", place["source_url"])], 0, indent="  ") if place["source_url"] else []
        if place["read_at"]:
            source += [Text("Read at a copy (not the publisher's page):")]
            source += link_lines([("", copy) for copy in place["read_at"].split(" ; ")], 0, indent="  ")
        if place["note"]:
            source += prose(f"Note for researchers: {place['note']}", style="dim")
        parts += answer
        parts += sections(
            reach_lines(item["coverage"], width),
            notes.lines(),
            [
                Text("About the place", style="bold"),
                labelled([(label, value) for label, value in details if value], gap=2),
            ],
            source,
        )
        parts.append(Text(""))
    return with_footer(dataset, Group(*parts, Text(ROLE_KEY)))


def search_answer(
    dataset: Dataset, document: Sequence[Record], summaries: Sequence[Sequence[tuple[str, str]]], heading: str
) -> RenderableType:
    """Several answers to one text, each short enough for a narrow terminal: each place (every place
    of a town, under `heading`) with who covers it in one line and the command for its details; each
    setting with its answer in each nation (`summaries`, one list per answer that is not a place); a
    nation, a body, or a place not listed by name, with the command that answers for it."""
    parts: list[RenderableType] = []
    places = [item for item in document if "place" in item]
    if len(places) > 1:
        parts += [Text(heading, style="bold"), Text("")]
    lines = iter(summaries)
    for item in document:
        if "place" in item:
            place = item["place"]
            covered = "; ".join(
                f"{r['member_abbreviation']} ({r['role']}{', lay' if r['lay'] else ''})" for r in item["coverage"]
            )
            parts += [
                Text(place["name"], style="bold"),
                Text(place_line(place, f"; {place['status']}")),
                Text(f"Covered by: {covered or 'no NPM member at this date'}."),
                Text(f"Details: npm where {place['id']}"),
                Text(""),
            ]
            continue
        kind, where = item["kind"], f" in {item['nation_name']}" if item["nation"] else ""
        heading_of = {
            "setting": f"{item['name']}: a setting",
            "not listed": f"Not listed by name; as a place of {item['name']}{where}:",
            "nation": f"{item['name']}: a nation",
            "member": f"{item['name']}: a body of the NPM",
        }
        parts.append(Text(heading_of[kind], style="bold"))
        parts += [Text(f"{nation}: {summary}") for nation, summary in next(lines)]
        asks = {"nation": "Who covers what there", "member": "What it covers"}.get(kind, "More")
        parts += [Text(f"{asks}: {item['command']}"), Text("")]
    return with_footer(dataset, Group(*parts))
