"""Why the data says what it says: bases, sources and dated changes, as explicit dicts.

Loaded only by `who --explain`, `history`, `sources` and `about`, so that plain
lookups do not pay for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from npmlookup.contract import fields as record_fields
from npmlookup.contract.records import Record, record_of
from npmlookup.core.dataset import Dataset
from npmlookup.core.model import Entry, Event

BASIS_WORDS = {
    "stated": "Stated: the source's table names it in this row",
    "confirmed": "Confirmed: the source's table names it, and a public page says so too",
    "inferred": "Inferred: read into the table's layout or from the body's remit",
}
"""How the basis of an entry of the base edition is said."""

ADDED_BASIS_WORDS = {
    "stated": "Stated by the change's source",
    "confirmed": "Confirmed: a public page says so",
    "inferred": "Inferred from the change's source",
}
"""How the basis of an entry that a dated change added is said: no table names it."""


def source_titles(dataset: Dataset, source_ids: Sequence[str]) -> list[str]:
    """Each source's title, with its address when known."""
    sources = [dataset.source_by_id[source_id] for source_id in source_ids if source_id in dataset.source_by_id]
    return [f"{source.title} <{source.url}>" if source.url else source.title for source in sources]


def explanation(dataset: Dataset, entry: Entry) -> str:
    """Why the answer names this entry: the change that added it or the edition's basis, the reason,
    its sources, any dated note and any rename."""
    events = {e.id: e for e in dataset.events}
    added = events.get(entry.event or "")
    parts = []
    if added is not None:
        how = "An addition to the edition" if added.addition else "Added by a dated change"
        omits = ": it held at the edition's date, though the edition's table omits it" if added.addition else ""
        parts.append(f"{how} ({added.date}){omits}: {added.description.rstrip('.')}")
        parts.append(ADDED_BASIS_WORDS.get(entry.basis, entry.basis))
    else:
        parts.append(BASIS_WORDS.get(entry.basis, entry.basis))
    if entry.basis_note:
        parts.append(entry.basis_note.rstrip("."))
    if entry.sources:
        parts.append("Source: " + "; ".join(source_titles(dataset, entry.sources)))
    for note_id in entry.note_events:
        noted = events[note_id]
        sources = "; ".join(source_titles(dataset, noted.sources))
        parts.append(f"Note from a dated change ({noted.date}): {(noted.note or '').rstrip('.')} (source: {sources})")
    member = dataset.member_by_id[entry.member]
    base = dataset.contents.member_by_id.get(entry.member)
    if base is not None and base.name != member.name:
        parts.append(f"Named {base.name} ({base.abbreviation}) in the edition; renamed since")
    edition_source = dataset.source_by_id.get(dataset.edition.source)
    if edition_source is not None and added is None:
        parts.append(f"Edition: {edition_source.title} ({dataset.edition.date})")
    return ". ".join(parts) + "."


def cell_changes(dataset: Dataset, setting: str, nation: str) -> list[Record]:
    """Dated changes applied to one cell up to the dataset's date (none for the base edition)."""
    if dataset.is_edition:
        return []
    from npmlookup.core.history import events_until

    return [
        event_record(dataset, e)
        for e in events_until(dataset, dataset.as_of)
        if e.kind in ("role-added", "role-removed") and e.setting == setting and nation in e.nations
    ]


def event_record(dataset: Dataset, event: Event) -> Record:
    """One dated change, with its sources spelled out."""
    member = dataset.member_by_id.get(event.member or "")
    return record_of(
        record_fields.EVENT,
        event,
        member_abbreviation=member.abbreviation if member else None,
        in_edition=event.date_latest <= dataset.edition.end and not event.addition,
        sources=[source_record(dataset, s) for s in event.sources if s in dataset.source_by_id],
    )


def source_record(dataset: Dataset, source_id: str) -> Record:
    """A source: what it is and where to find it."""
    return record_of(record_fields.SOURCE_RECORD, dataset.source_by_id[source_id])


def source_uses(dataset: Dataset) -> dict[str, list[str]]:
    """For each source id, what in the data rests on it."""
    uses: dict[str, list[str]] = {s.id: [] for s in dataset.sources}
    uses.setdefault(dataset.edition.source, []).append("the base edition: every cell of the table")
    cited: dict[str, list[str]] = {}
    for entry in dataset.contents.entries:
        for source_id in entry.sources:
            abbreviation = dataset.member_by_id[entry.member].abbreviation
            cited.setdefault(source_id, []).append(f"{abbreviation} in {entry.setting}/{entry.nation}")
    for source_id, places in cited.items():
        uses.setdefault(source_id, []).append("confirms " + ", ".join(places))
    for event in dataset.events:
        for source_id in event.sources:
            change = f"reports the change of {event.date}: {event.description.rstrip('.')}"
            uses.setdefault(source_id, []).append(change)
    if dataset.about is not None:
        for fact in dataset.about.facts:
            for source_id in fact.sources:
                uses.setdefault(source_id, []).append(f"states: {fact.text.rstrip('.')}")
    return uses
