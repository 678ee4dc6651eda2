"""Snapshots: the table on one day, for one of two questions (`at`).

``factsheet`` asks what the edition states: its table exactly as published, on the
edition's last day. Any date asks what held on that day as we know it now: the edition,
the additions to it (facts dated before its end that its table omits, marked on their
entries), and every later change up to that day. An event counts from the upper bound of
its date (``2022-07`` from 31 July 2022; ``by 2025-12-11`` from that day), so an answer
never includes a change before it may have happened. The default answer is the snapshot
on the day the data was last checked (`current`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from npmlookup.core.dataset import Dataset, Question, Snapshot
from npmlookup.core.dates import FACTSHEET, parse_as_of
from npmlookup.core.model import Entry, Event, Member
from npmlookup.errors import InvalidDateError

if TYPE_CHECKING:
    import datetime


def events_until(dataset: Dataset, day: str) -> tuple[Event, ...]:
    """The changes a snapshot on `day` applies to the edition, oldest first: the additions to the
    edition and the later events that have happened by `day` (none for the edition's own question)."""
    if dataset.question == "edition":
        return ()
    end = dataset.edition.end
    return tuple(e for e in dataset.events if (e.addition or end < e.date_latest) and e.date_latest <= day)


def later_changes(dataset: Dataset) -> tuple[Event, ...]:
    """The changes after the edition a snapshot includes (its additions to the edition left out):
    what answers count as "the edition with N later changes"."""
    return tuple(e for e in events_until(dataset, dataset.as_of) if not e.addition)


def current(dataset: Dataset) -> Snapshot:
    """The latest known state: the snapshot on the day the data was last checked against its sources."""
    return at(dataset, dataset.contents.checked)


def at(dataset: Dataset, when: str | datetime.date) -> Snapshot:
    """The table on one day, for one question.

    `when` is ``factsheet`` (what the edition states: its table exactly as published, on the
    edition's last day), or a day asked about, as a `datetime.date` or text: ``YYYY``,
    ``YYYY-MM`` or ``YYYY-MM-DD`` (a year or month means its last day) or ``today``: what
    held then as known now. Raises `InvalidDateError` for anything else, or a day before the
    edition's. A day after the dataset was last checked answers as of that check (its
    `as_of` is the check's day): later changes are unknown to it.
    """
    base = dataset.contents
    day = parse_as_of(when)
    if day == FACTSHEET:
        return _snapshot(base, base.edition.end, "edition", ())
    day = min(day, base.checked)
    if day < base.edition.valid_from:
        raise InvalidDateError(
            f"{day} is before {base.edition.valid_from}, the earliest date the dataset's edition "
            "describes; it does not reconstruct the NPM before then"
        )
    return _snapshot(base, day, "known", events_until(base, day))


def _snapshot(base: Dataset, day: str, question: Question, events: tuple[Event, ...]) -> Snapshot:
    members = {m.id: m for m in base.all_members}
    settings = {s.id: s for s in base.all_settings}
    current_members = {m.id for m in base.members}
    current_settings = {s.id for s in base.settings}
    entries = list(base.entries)
    for event in events:
        if event.kind == "designated":
            current_members.add(event.member or "")
        elif event.kind == "setting-added":
            current_settings.add(event.setting or "")
        elif event.kind == "renamed" and event.member:
            members[event.member] = _renamed(members[event.member], event)
        elif event.kind == "renamed" and event.setting:
            setting = settings[event.setting]
            settings[event.setting] = replace(
                setting, name=event.name or setting.name, aliases=(*setting.aliases, setting.name)
            )
        elif event.kind == "role-removed":
            entries = [e for e in entries if not _in_event_cells(e, event)]
        elif event.kind == "role-added":
            entries = _with_added(entries, event)
        elif event.kind == "note" and event.setting:
            entries = [_noted(e, event) if _in_event_cells(e, event) else e for e in entries]
    # An entry about a row the NPM listed only later applies from when the row exists (its note says
    # that it held earlier).
    entries = [e for e in entries if e.setting in current_settings]
    return replace(
        base,
        as_of=day,
        settings=tuple(s for s in settings.values() if s.id in current_settings),
        all_settings=tuple(settings.values()),
        members=tuple(m for m in members.values() if m.id in current_members),
        all_members=tuple(members.values()),
        entries=_in_table_order(base, entries),
        base=base,
        question=question,
    )


def _with_added(entries: list[Entry], event: Event) -> list[Entry]:
    """The entries with a role-added event applied: an entry it replaces keeps its place in the cell."""
    added = {
        nation: Entry(
            setting=event.setting or "",
            nation=nation,
            member=event.member or "",
            role=event.role or "lead",
            basis=event.basis or "inferred",
            basis_note=event.basis_note,
            note=event.note,
            sources=event.sources,
            event=event.id,
            kinds=event.kinds,
            addition=event.addition,
        )
        for nation in event.nations
    }
    kept = []
    for entry in entries:
        if not _in_event_cells(entry, event):
            kept.append(entry)
        elif entry.nation in added:
            kept.append(added.pop(entry.nation))
    return kept + list(added.values())


def _noted(entry: Entry, event: Event) -> Entry:
    note = f"{entry.note.rstrip('.')}. {event.note}" if entry.note else event.note
    return replace(entry, note=note, note_events=(*entry.note_events, event.id))


def _renamed(member: Member, event: Event) -> Member:
    old_names = tuple(n for n in (member.name, member.abbreviation) if n not in member.aliases)
    return replace(
        member,
        name=event.name or member.name,
        abbreviation=event.abbreviation or member.abbreviation,
        aliases=(*member.aliases, *old_names),
    )


def _in_event_cells(entry: Entry, event: Event) -> bool:
    """Whether the entry is in the event's cells (and is its member's, when the event names one). An
    event limited to some kinds of place concerns only the entries for places of those kinds."""
    return (
        entry.setting == event.setting  # the most selective test first: this runs for every entry and event
        and (event.member is None or entry.member == event.member)
        and entry.nation in event.nations
        and (not event.kinds or not entry.kinds or bool(set(event.kinds) & set(entry.kinds)))
    )


def _in_table_order(dataset: Dataset, entries: list[Entry]) -> tuple[Entry, ...]:
    # Rows and columns in the dataset's order; within a cell, the inspecting bodies before the
    # lay bodies (the factsheet's second line), each in the edition's order, then the added ones.
    row = {s.id: i for i, s in enumerate(dataset.all_settings)}
    column = {n.id: i for i, n in enumerate(dataset.nations)}
    lay = {m.id for m in dataset.all_members if m.is_lay}
    return tuple(sorted(entries, key=lambda e: (row[e.setting], column[e.nation], e.member in lay)))
