"""What changed between two dates: two snapshots of the dataset (`history.at`) compared cell by cell.

A member that is in a cell at the later date and not at the earlier one has joined it; one
that was and is no more has left it; one whose role differs has changed role. Members and
settings renamed in between are listed once per rename. Each change names the dated event
that made it (its date and sources are on the event), found among the events between the
two dates. A member's names over time (`name_history`) are here too: what its renames
changed.
"""

from __future__ import annotations

from npmlookup.core.dataset import Dataset
from npmlookup.core.model import Entry, Event, Record, record

JOINED, LEFT, ROLE_CHANGED, RENAMED = "joined", "left", "role-changed", "renamed"
"""The kinds of change, in the order a cell lists them."""


@record
class Change(Record):
    """One difference between two snapshots of the dataset."""

    kind: str
    """`JOINED`, `LEFT`, `ROLE_CHANGED` or `RENAMED`."""
    setting: str | None
    """The cell's setting (or the renamed setting); None for a renamed member."""
    nation: str | None
    """The cell's nation; None for a rename."""
    member: str | None
    """The member that joined, left, changed role or was renamed; None for a renamed setting."""
    role: str | None
    """The member's role in the cell: after it joined or changed role, before it left."""
    before: str | None
    """What it was: the former role, or the former name (with its abbreviation, for a member)."""
    after: str | None
    """What it became: the new role, or the new name."""
    event: Event | None
    """The dated change that made it; None when no event between the dates explains it."""


def _day(dataset: Dataset) -> str:
    # The base edition speaks for its last day: the events it already holds are not changes after it.
    return dataset.as_of or dataset.edition.end


def changes_between(earlier: Dataset, later: Dataset) -> list[Change]:
    """Every change from `earlier` to `later`, as a timeline: the changes dated inside the window, oldest
    first, then those that held before it (`in_window` False: a row the NPM listed only later, or a fact
    the edition's table omits), oldest first; within a day, in the table's order."""
    start, end = sorted((_day(earlier), _day(later)))
    events = tuple(e for e in earlier.contents.events if start < e.date_latest <= end)
    found: list[Change] = []
    for setting in later.all_settings:
        for nation in later.nations:
            found += _cell_changes(earlier, later, setting.id, nation.id, events)
    found += _renames(earlier, later, events)
    return sorted(found, key=lambda c: (not in_window(earlier, later, c), c.event.date_latest if c.event else "~"))


def in_window(earlier: Dataset, later: Dataset, change: Change) -> bool:
    """Whether the dated change that made it falls inside the window (one with no dated change does)."""
    start, end = sorted((_day(earlier), _day(later)))
    return change.event is None or start < change.event.date_latest <= end


def _cell_changes(
    earlier: Dataset, later: Dataset, setting: str, nation: str, events: tuple[Event, ...]
) -> list[Change]:
    """The cell's changes, member by member. A member may hold two roles in a cell (a lead for some
    kinds of place and a partner for others), so roles are compared as sets: a role added beside one
    it keeps is a join in that role; one role that replaces another is a change of role."""
    before = _roles(earlier.cells.get((setting, nation), ()))
    after = _roles(later.cells.get((setting, nation), ()))
    forward = _day(earlier) <= _day(later)
    # The kinds of event a member joins and leaves by (going back in time, a removal is a join).
    joins = ("role-added",) if forward else ("role-removed",)
    leaves = ("role-removed", "role-added") if forward else ("role-added",)
    found = []
    for member in [*after, *(m for m in before if m not in after)]:
        now, then = after.get(member, {}), before.get(member, {})
        added = [role for role in now if role not in then]
        removed = [role for role in then if role not in now]
        if len(added) == 1 and len(removed) == 1:
            event = _origin(later, setting, nation, member, added[0]) or _cause(
                events, ("role-added",), setting, nation, member
            )
            found.append(Change(ROLE_CHANGED, setting, nation, member, added[0], removed[0], added[0], event))
            continue
        for role in added:
            event = _origin(later, setting, nation, member, role) or _cause(events, joins, setting, nation, member)
            found.append(Change(JOINED, setting, nation, member, role, None, role, event))
        for role in removed:
            event = _cause(events, leaves, setting, nation, member)
            found.append(Change(LEFT, setting, nation, member, role, role, None, event))
    return found


def _roles(entries: tuple[Entry, ...]) -> dict[str, dict[str, Entry]]:
    """A cell's entries by member and then by role, in the cell's order."""
    found: dict[str, dict[str, Entry]] = {}
    for entry in entries:
        found.setdefault(entry.member, {}).setdefault(entry.role, entry)
    return found


def _origin(later: Dataset, setting: str, nation: str, member: str, role: str) -> Event | None:
    """The dated event from which a member has held a role in a cell without a break, as of the later
    date: the first that added it since it last lost it (a later event that only widens or annotates
    the entry is not when it joined). An addition to the edition counts from its own date."""
    found = None
    concerning = (
        e
        for e in later.contents.events
        if e.setting == setting and nation in e.nations and e.member == member and e.date_latest <= _day(later)
    )
    for event in sorted(concerning, key=lambda e: e.date_latest):
        if event.kind == "role-removed" and event.role in (None, role):
            found = None
        elif event.kind == "role-added" and event.role in (None, role) and found is None:
            found = event
    return found


def _cause(events: tuple[Event, ...], kinds: tuple[str, ...], setting: str, nation: str, member: str) -> Event | None:
    """The latest event of one of `kinds` in the cell that concerns the member itself."""
    own = [e for e in events if e.kind in kinds and e.setting == setting and nation in e.nations and e.member == member]
    return own[-1] if own else None


def _renames(earlier: Dataset, later: Dataset, events: tuple[Event, ...]) -> list[Change]:
    """Each rename between the dates, with the name before it and after it."""
    from npmlookup.core.history import at

    forward = _day(earlier) <= _day(later)
    found = []
    for event in (e for e in events if e.kind == "renamed"):
        before = at(earlier, _previous_day(event.date_latest))
        after = at(earlier, event.date_latest)
        if event.member:
            old, new = before.member_by_id[event.member], after.member_by_id[event.member]
            names = [f"{old.name} ({old.abbreviation})", f"{new.name} ({new.abbreviation})"]
        elif event.setting:
            names = [before.setting_by_id[event.setting].name, after.setting_by_id[event.setting].name]
        else:
            continue
        first, second = names if forward else names[::-1]
        if first != second:
            setting, member = (None, event.member) if event.member else (event.setting, None)
            found.append(Change(RENAMED, setting, None, member, None, first, second, event))
    return found


def _previous_day(day: str) -> str:
    """The ISO day before `day`."""
    from npmlookup.core.dates import days_in_month

    year, month, date = (int(part) for part in day.split("-"))
    if date > 1:
        return f"{year:04d}-{month:02d}-{date - 1:02d}"
    if month > 1:
        return f"{year:04d}-{month - 1:02d}-{days_in_month(year, month - 1):02d}"
    return f"{year - 1:04d}-12-31"


@record
class NameChange(Record):
    """One name a member has carried, and from when."""

    name: str
    """Full name."""
    abbreviation: str
    """Short form."""
    since: str | None
    """The date text of the event that gave it (``2017-07-19``, ``by 2025-12-11``); None for the edition's own."""
    counts_from: str | None
    """The ISO day from which answers use it (its date's upper bound); None for the edition's own."""
    event: str | None
    """Id of that event; None for the edition's own name."""


def name_history(dataset: Dataset, member_id: str) -> tuple[NameChange, ...]:
    """Every name a member has carried: the edition's, then each rename, oldest first."""
    base = dataset.contents.member_by_id[member_id]
    changes = [NameChange(base.name, base.abbreviation, None, None, None)]
    abbreviation = base.abbreviation
    for event in dataset.events:
        if event.kind == "renamed" and event.member == member_id:
            abbreviation = event.abbreviation or abbreviation
            changes.append(NameChange(event.name or base.name, abbreviation, event.date, event.date_latest, event.id))
    return tuple(changes)
