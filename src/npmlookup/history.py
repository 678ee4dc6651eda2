"""The dataset at a date: the base edition with its dated events applied.

An event counts from the last day its date allows (``2022-07`` from 31 July 2022; ``by
2017`` from 31 December 2017). An event whose date is unknown is never applied: it is
shown in histories and member profiles, with its date marked unverified.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .errors import InvalidDateError
from .model import Dataset, Entry, Event, Member


@dataclass(frozen=True, slots=True)
class NameChange:
    """One name a member has carried, and from when."""

    name: str
    """Full name."""
    abbreviation: str
    """Short form."""
    since: str | None
    """The date text of the event that gave it; None for the edition's own name."""
    event: str | None
    """Id of that event; None for the edition's own name."""


def parse_as_of(text: str, *, today: date | None = None) -> str:
    """An --as-of value as an ISO day: ``YYYY-MM-DD`` or ``today``."""
    cleaned = text.strip()
    if cleaned.casefold() == "today":
        return (today or date.today()).isoformat()
    try:
        return date.fromisoformat(cleaned).isoformat() if len(cleaned) == 10 else _bad_date(text)
    except ValueError:
        return _bad_date(text)


def _bad_date(text: str) -> str:
    shown = text if len(text) <= 40 else text[:37] + "..."
    raise InvalidDateError(f"--as-of {shown!r} is not a date: use YYYY-MM-DD or 'today'")


def events_until(dataset: Dataset, day: str) -> tuple[Event, ...]:
    """Events after the edition that have happened by `day`, oldest first."""
    end = dataset.edition.end
    return tuple(e for e in dataset.events if e.date_latest is not None and end < e.date_latest <= day)


def at(dataset: Dataset, day: str) -> Dataset:
    """The dataset as of the ISO day `day`: every event up to it applied to the edition."""
    if dataset.as_of is not None:
        raise ValueError("apply events to the base edition, not to a dataset already dated")
    if day < dataset.edition.valid_from:
        raise InvalidDateError(
            f"--as-of {day} is before {dataset.edition.valid_from}, the earliest date the dataset's "
            f"edition describes; it does not reconstruct the NPM before then"
        )
    members = {m.id: m for m in dataset.all_members}
    current = {m.id for m in dataset.members}
    entries = list(dataset.entries)
    for event in events_until(dataset, day):
        member_id = event.member or ""
        if event.kind == "designated":
            current.add(member_id)
        elif event.kind == "renamed":
            members[member_id] = _renamed(members[member_id], event)
        elif event.kind == "role-removed":
            entries = [e for e in entries if not _in_event_cells(e, event)]
        elif event.kind == "role-added":
            entries = [e for e in entries if not _in_event_cells(e, event)] + [
                Entry(
                    setting=event.setting or "",
                    nation=nation,
                    member=member_id,
                    role=event.role or "lead",
                    basis=event.basis or "inferred",
                    basis_note=event.basis_note,
                    note=event.note,
                    sources=event.sources,
                    event=event.id,
                )
                for nation in event.nations
            ]
    return Dataset.create(
        title=dataset.title,
        path=dataset.path,
        edition=dataset.edition,
        as_of=day,
        sources=dataset.sources,
        nations=dataset.nations,
        settings=dataset.settings,
        members=tuple(m for m in members.values() if m.id in current),
        all_members=tuple(members.values()),
        entries=_in_table_order(dataset, entries),
        events=dataset.events,
        about=dataset.about,
        base=dataset,
        name_indexes=(dataset.nation_names, dataset.setting_names, dataset.member_names),
    )


def _renamed(member: Member, event: Event) -> Member:
    old_names = tuple(n for n in (member.name, member.abbreviation) if n not in member.aliases)
    return replace(
        member,
        name=event.name or member.name,
        abbreviation=event.abbreviation or member.abbreviation,
        aliases=(*member.aliases, *old_names),
    )


def _in_event_cells(entry: Entry, event: Event) -> bool:
    return entry.member == event.member and entry.setting == event.setting and entry.nation in event.nations


def _in_table_order(dataset: Dataset, entries: list[Entry]) -> tuple[Entry, ...]:
    # Rows and columns in the dataset's order; within a cell, the edition's entries first.
    row = {s.id: i for i, s in enumerate(dataset.settings)}
    column = {n.id: i for i, n in enumerate(dataset.nations)}
    return tuple(sorted(entries, key=lambda e: (row[e.setting], column[e.nation])))


def name_history(dataset: Dataset, member_id: str) -> tuple[NameChange, ...]:
    """Every name a member has carried: the edition's, then each rename, dated or not."""
    base = (dataset.base or dataset).member_by_id[member_id]
    changes = [NameChange(base.name, base.abbreviation, None, None)]
    abbreviation = base.abbreviation
    for event in dataset.events:
        if event.kind == "renamed" and event.member == member_id:
            abbreviation = event.abbreviation or abbreviation
            changes.append(NameChange(event.name or base.name, abbreviation, event.date, event.id))
    return tuple(changes)
