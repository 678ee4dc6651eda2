"""The public JSON contract: explicit dicts built from a `Dataset`'s records.

Scripts depend on these keys: they keep their names and types; new keys may be added.
Every other output format (CSV, TSV, Markdown, YAML, JSON lines) is made from the same
dicts, so all formats agree. Nothing here imports Rich or Typer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from npmlookup.contract import fields as record_fields
from npmlookup.core.dataset import Dataset
from npmlookup.core.model import Entry, Member, Place

if TYPE_CHECKING:
    from npmlookup.core.changes import Change
    from npmlookup.core.concerns import ConcernAnswer, Contact, Outside
from npmlookup.core.query import alongside

Record = dict[str, Any]
"""A record of the JSON contract, as every format prints it."""


def keyed(fields: tuple[str, ...], *values: Any) -> Record:
    """A record of the contract: its fields, declared once in `fields`, with their values in that order."""
    return dict(zip(fields, values, strict=True))


def record_of(fields: tuple[str, ...], item: Any, **values: Any) -> Record:
    """A record of the contract with its fields, declared once in `fields`, in that order: each the value
    given for it, else the item's attribute of that name (a tuple as a list, as JSON and YAML print it)."""
    record = {}
    for key in fields:
        value = values[key] if key in values else getattr(item, key)
        record[key] = list(value) if isinstance(value, tuple) else value
    return record


def as_of_label(dataset: Dataset) -> str:
    """The date an answer speaks for: the day asked about, or the edition's own date for what it states."""
    return dataset.edition.date if dataset.is_edition else dataset.as_of


def entry_record(dataset: Dataset, entry: Entry) -> Record:
    """One row of `who`: a member in a cell, with its role and basis."""
    member = dataset.member_by_id[entry.member]
    return record_of(
        record_fields.ENTRY,
        entry,
        setting_name=dataset.setting_by_id[entry.setting].name,
        nation_name=dataset.nation_by_id[entry.nation].name,
        member_name=member.name,
        member_abbreviation=member.abbreviation,
        as_of=as_of_label(dataset),
        website=member.website,
        lay=member.is_lay,
    )


def member_record(dataset: Dataset, member: Member, *, with_coverage: bool) -> Record:
    """A member's profile; with its coverage (each row as `who` gives it, plus `alongside`)."""
    from npmlookup.core.changes import name_history  # only profiles need it: keep it out of `who`'s start-up

    record = record_of(
        record_fields.MEMBER,
        member,
        member_at_date=any(m.id == member.id for m in dataset.members),
        designated=next((e.date for e in dataset.events if e.kind == "designated" and e.member == member.id), None),
        names=[record_of(record_fields.NAME, change) for change in name_history(dataset, member.id)],
        as_of=as_of_label(dataset),
    )
    if with_coverage:
        record["coverage"] = [
            entry_record(dataset, entry) | {"alongside": [other.member for other in alongside(dataset, entry)]}
            for entry in dataset.entries_by_member.get(member.id, ())
        ]
        concern = dataset.concern_by_member.get(member.id)
        keys = ("takes", "who", "how", "what", "url", "quote", "seen", "confirmed")
        record["concern"] = {key: getattr(concern, key) for key in keys} if concern else None
    return record


def place_record(dataset: Dataset, place: Place) -> Record:
    """A named place: what it is, where, who runs it, whether it is open on the day, and its source."""
    state = place.state_on(dataset.as_of)
    return record_of(
        record_fields.PLACE,
        place,
        setting_name=dataset.setting_by_id[place.setting].name,
        nation_name=dataset.nation_by_id[place.nation].name,
        status=state.words,
        closed=state.state in ("closed", "not yet open"),
        as_of=as_of_label(dataset),
        state=state.state,
        status_latest=place.status_words,
        holds_children=place.children_on(dataset.as_of),
    )


def where_record(dataset: Dataset, place: Place) -> Record:
    """A place and every body that covers it: `coverage` rows as `who` gives them, with each body's website;
    when it is not in use on the day, `then` lists the places in use on its site then (by a shared name)."""
    record = place_record(dataset, place)
    return {"place": record, "then": then_record(dataset, place), "coverage": place_coverage(dataset, place)}


def then_record(dataset: Dataset, place: Place) -> list[Record]:
    """For a place not in use on the day, the places in use on its site then (by a shared name); else none."""
    from npmlookup.core.places import same_site

    if not place.is_closed_on(dataset.as_of):
        return []  # only then is every place scanned
    return [
        {"id": o.id, "name": o.name, "kind": o.kind, "status": o.state_on(dataset.as_of).words}
        for o in same_site(dataset, place)
        if not o.is_closed_on(dataset.as_of)
    ]


def place_coverage(dataset: Dataset, place: Place) -> list[Record]:
    """The bodies that cover a place at the dataset's date, as `who` gives them (each with its website)."""
    from npmlookup.core.places import place_entries

    return [entry_record(dataset, entry) for entry in place_entries(dataset, place)]


def places_row(dataset: Dataset, place: Place) -> Record:
    """A row of `places`: the place, the bodies that cover it, and the same in one line."""
    coverage = place_coverage(dataset, place)
    covered_by = "; ".join(f"{row['member_abbreviation']} ({row['role']})" for row in coverage)
    return place_record(dataset, place) | {"coverage": coverage, "covered_by": covered_by}


def setting_record(dataset: Dataset, setting_id: str) -> Record:
    """A row of the table: id, name at the dataset's date, the other names it answers to, and its note."""
    return record_of(record_fields.SETTING, dataset.setting_by_id[setting_id])


def nation_record(dataset: Dataset, nation_id: str) -> Record:
    """A column of the table: id, name and the other names it answers to."""
    return record_of(record_fields.NAMED, dataset.nation_by_id[nation_id])


def cell_records(dataset: Dataset) -> list[Record]:
    """Every cell of the table, empty ones included, with its members in order."""

    def member(entry: Entry) -> Record:
        found = dataset.member_by_id[entry.member]
        return record_of(
            record_fields.CELL_MEMBER, entry, member_name=found.name, member_abbreviation=found.abbreviation
        )

    as_of = as_of_label(dataset)
    cells = []
    for setting in dataset.settings:
        for nation in dataset.nations:
            members = [member(entry) for entry in dataset.cells.get((setting.id, nation.id), ())]
            cells.append(
                keyed(record_fields.CELL_RECORD, setting.id, setting.name, nation.id, nation.name, members, as_of)
            )
    return cells


ROLE_MEANINGS = {
    "lead": "inspects or monitors in its own right",
    "partner": "joins a lead body's inspections",
    "(lay)": "a lay body: volunteers who monitor or visit (a kind of body, not a role)",
}
"""What each word by a body means, for the key under every table and picture that shows roles: the
two roles, and the mark of a lay body (`role_word`)."""


def cell_summary(dataset: Dataset, entries: Sequence[Entry]) -> str:
    """A cell as the factsheet writes it, by abbreviation: "A and B with C" for the inspecting bodies,
    then the lay bodies on their own line; a line with no body is left out."""
    members = [(entry.role, dataset.member_by_id[entry.member]) for entry in entries]
    lines = []
    for lay in (False, True):
        line = " and ".join(m.abbreviation for role, m in members if m.is_lay is lay and role == "lead")
        partners = " and ".join(m.abbreviation for role, m in members if m.is_lay is lay and role == "partner")
        if partners:
            line += (" with " if line else "with ") + partners
        if line:
            lines.append(line)
    return "\n".join(lines) if lines else "-"


def role_word(role: str, lay: bool) -> str:
    """A role as every table and picture says it: ``lead`` or ``partner``, then ``(lay)`` for a lay body."""
    return f"{role} (lay)" if lay else role


ROLE_KEY = "Role: " + "; ".join(f"{word} = {meaning}" for word, meaning in ROLE_MEANINGS.items()) + "."
"""The key to the role words, in one line, under every table that shows them."""


def matrix_table(dataset: Dataset) -> Record:
    """The whole table as every picture of it shows it (the site's pages, `matrix --html`): nations
    across, settings down, each cell's bodies with their role in words and the number of their note,
    then the key and the notes."""
    notes = dict.fromkeys(entry.note for entry in dataset.entries if entry.note)  # each once, in table order
    numbers = {note: number for number, note in enumerate(notes, start=1)}
    rows = []
    for setting in dataset.settings:
        cells = []
        for nation in dataset.nations:
            bodies = []
            cell = dataset.cells.get((setting.id, nation.id), ())
            # As the table sets them: the inspecting bodies, then the lay bodies (each in order).
            for entry in sorted(cell, key=lambda e: dataset.member_by_id[e.member].is_lay):
                member = dataset.member_by_id[entry.member]
                number = numbers[entry.note] if entry.note else None
                body: Record = {"member": member.id, "abbreviation": member.abbreviation, "name": member.name}
                word = role_word(entry.role, member.is_lay)
                bodies.append(body | {"role": entry.role, "lay": member.is_lay, "word": word, "note_number": number})
            cells.append(bodies)
        rows.append({"id": setting.id, "name": setting.name, "cells": cells})
    return {
        "nations": [{"id": nation.id, "name": nation.name} for nation in dataset.nations],
        "rows": rows,
        "key": [{"word": word, "meaning": meaning} for word, meaning in ROLE_MEANINGS.items()],
        "notes": [{"number": number, "text": note} for note, number in numbers.items()],
    }


def change_record(earlier: Dataset, later: Dataset, change: Change) -> Record:
    """One change between two dates (`changes`): what changed in which cell, and the dated event and
    sources it comes from. Names are the later date's (a member's before a rename: its name then)."""
    from npmlookup.contract.provenance import source_record
    from npmlookup.core.changes import in_window
    from npmlookup.core.dates import in_words

    setting = later.setting_by_id.get(change.setting or "") or earlier.setting_by_id.get(change.setting or "")
    nation = later.nation_by_id.get(change.nation or "")
    member = later.member_by_id.get(change.member or "") or earlier.member_by_id.get(change.member or "")
    event = change.event
    return record_of(
        record_fields.CHANGE,
        change,
        setting_name=setting.name if setting else None,
        nation_name=nation.name if nation else None,
        member_name=member.name if member else None,
        member_abbreviation=member.abbreviation if member else None,
        date=event.date if event else None,
        when=in_words(event.date, lead="") if event else None,
        event=event.id if event else None,
        description=event.description if event else None,
        sources=[source_record(later, s) for s in event.sources if s in later.source_by_id] if event else [],
        addition=bool(event and event.addition),
        in_window=in_window(earlier, later, change),
        **{"from": as_of_label(earlier), "to": as_of_label(later)},  # words Python keeps for itself
    )


def change_words(record: Record) -> str:
    """A change between two dates in one sentence (for tables and pages)."""
    cell = f"{record['setting_name']} in {record['nation_name']}"
    who = record["member_abbreviation"]
    if record["kind"] == "joined" and record["addition"]:
        return f"{cell}: {who} ({record['role']}) held it already, though the edition's table omits it."
    if record["kind"] == "joined":
        return f"{cell}: {who} joined ({record['role']})."
    if record["kind"] == "left":
        return f"{cell}: {who} ({record['role']}) left."
    if record["kind"] == "role-changed":
        return f"{cell}: {who} changed from {record['before']} to {record['after']}."
    what = "" if record["member"] else "The setting "
    return f"{what}{record['before']} is renamed {record['after']}."


NOT_IN_NPM = "Not part of the NPM: complaint bodies for when no NPM body takes the concern."
"""What every answer that shows routes outside the NPM says of them."""


def concern_record(dataset: Dataset, answer: ConcernAnswer) -> Record:
    """Who to tell about someone held in a place or a setting in a nation: the JSON of `npm concern`."""
    nation = dataset.nation_by_id[answer.nation]

    def member(contact: Contact) -> Record:
        found, route, entry = dataset.member_by_id[contact.entry.member], contact.route, contact.entry
        said = {key: getattr(route, key) if route else None for key in ("takes", "who", "how", "what", "url")}
        return {
            "member": found.id,
            "name": found.name,
            "abbreviation": found.abbreviation,
            "role": entry.role,
            "lay": found.is_lay,
            "setting": entry.setting,
            **said,
            "confirmed": route.confirmed if route else False,
            "website": found.website,
        }

    def outside(found: Outside) -> Record:
        route, cell = found.route, found.cell
        said = {key: getattr(route, key) if route else None for key in ("id", "name", "abbreviation", "takes", "who")}
        return {
            **said,
            "how": route.how if route else None,
            "first": route.precondition if route else None,
            "url": route.url if route else None,
            "scope": cell.scope,
            "setting": cell.setting,
            "confirmed": cell.confirmed and (route.confirmed if route else True),
        }

    return {
        "place": place_record(dataset, answer.place) if answer.place else None,
        "then": then_record(dataset, answer.place) if answer.place else [],
        "settings": [{"id": s, "name": dataset.setting_by_id[s].name} for s in answer.settings],
        "nation": nation.id,
        "nation_name": nation.name,
        "takes_concerns": [member(c) for c in answer.takers],
        "outside_npm": [outside(o) for o in answer.outside],
        "outside_npm_note": NOT_IN_NPM,
        "members": [member(c) for c in answer.members],
        "pages": [record_of(("member", "kind", "title", "url", "describes", "seen", "quote"), p) for p in answer.pages],
        "as_of": as_of_label(dataset),
    }


def concern_rows(document: Record) -> list[Record]:
    """The flat rows of a `concern_record`, in the order of the answer (`fields.CONCERN_ROWS`)."""
    place, settings = document["place"], document["settings"]
    where = {
        "place": place["name"] if place else None,
        "setting": settings[0]["id"] if settings else None,
        "nation": document["nation"],
    }

    def row(item: Record, **values: Any) -> Record:
        # The item's own values of the row's fields, then what differs, then where the answer is for.
        return {key: item.get(key) for key in record_fields.CONCERN_ROWS} | values | where

    def outside(o: Record) -> Record:
        # `takes` is yes, no or some for NPM bodies: what an outside route takes is its `what`
        what = "; ".join(text for text in (o["scope"], o["takes"]) if text) or None
        return row(o, part="outside" if o["id"] else "none", in_npm=False, takes=None, what=what)

    return [
        *(row(m, part="takes", in_npm=True) for m in document["takes_concerns"]),
        *(outside(o) for o in document["outside_npm"]),
        *(row(m, part="covers", in_npm=True) for m in document["members"]),
        *(
            row(p, part="page", name=p["title"], in_npm=True, what=p["describes"], confirmed=True)
            for p in document["pages"]
        ),
    ]
