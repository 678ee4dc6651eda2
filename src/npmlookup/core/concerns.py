"""Who to tell: for a person held in a setting in a nation, or in one named place.

Nothing here prints, reads files or knows about the command line. An answer has three
parts, in the order a person needs them:
1. the NPM's members there that take a concern about one detained person (``yes`` first,
   then ``some``), with who may raise it and how;
2. the complaint routes outside the NPM for that setting and nation (ombudsmen, police
   complaints bodies, children's commissioners: never members), or why there is none;
3. every member that inspects or monitors there (the table's entries), with what each does
   with a person's concern, and for a named place its own official pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from npmlookup.core.dataset import Dataset
from npmlookup.core.model import Entry, Place, Record, record

Takes = Literal["yes", "no", "some"]
"""Whether a body takes a concern about one detained person: yes, no, or some (in some ways only)."""


@record
class ConcernRoute(Record):
    """What a member does with a concern about one detained person, as its own page says."""

    member: str
    """Id of the member."""
    takes: Takes | None
    """Whether it takes such a concern; None where its pages do not say."""
    who: str | None
    """Who may raise one (the detained person, family, anyone...), as seen."""
    how: str | None
    """How (form, phone, post, in person...), as seen."""
    what: str | None
    """What it does with it, in one plain sentence."""
    url: str | None
    """Its own page that says so; None where none was found."""
    settings: str | None
    """The settings (ids, ``; ``-separated) the route is for, read from `who` and `what` (the Mental
    Health Act's complaints are for detention under mental health law); None: wherever it covers."""
    quote: str | None
    """The words of that page this rests on."""
    seen: str | None
    """When that page was seen, or the date it describes."""
    confirmed: bool
    """Whether its own page states it (False: uncertain, and `what` says what is missing)."""

    def applies_to(self, setting: str) -> bool:
        """Whether the route is for people held in this setting."""
        return not self.settings or setting in self.settings.split("; ")


@record
class OutsideRoute(Record):
    """A body outside the NPM that takes complaints (an ombudsman, a police complaints body, a children's
    commissioner): never a member, never in a cell of the table."""

    id: str
    """Stable key."""
    name: str
    """Its name."""
    abbreviation: str | None
    """Its short form, where it has one."""
    takes: str | None
    """What complaints it takes."""
    who: str | None
    """Who may complain."""
    how: str | None
    """How."""
    precondition: str | None
    """What must come first (usually the place's own complaints process)."""
    url: str | None
    """Its own page that says so."""
    quote: str | None
    """The words of that page this rests on."""
    confirmed: bool
    """Whether its own page states its remit (False: inferred)."""


@record
class RouteCell(Record):
    """An outside route for a setting in a nation, or, with no route, why there is none."""

    setting: str
    """Id of the setting."""
    nation: str
    """Id of the nation."""
    route: str | None
    """Id of the `OutsideRoute`; None: no route was found, and `scope` says why."""
    confirmed: bool
    """Whether the route's own pages name this setting (False: inferred from its remit)."""
    scope: str | None
    """What part of the setting it covers, or why there is no route."""
    kinds: tuple[str, ...] = ()
    """The kinds of place it is for (the PPO: secure training centres and YOIs, not secure children's homes);
    none: every kind. A named place of another kind is not offered it (a kind of another setting, as YOIs for
    children's secure accommodation in Wales, offers it at no named place of this one)."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class PlacePage(Record):
    """An official page about one named place: an inspection report, a news item, a monitoring board's page."""

    place: str
    """Id of the place."""
    member: str
    """Id of the member whose page it is."""
    kind: str
    """``report``, ``news``, ``board-page`` or ``annual-report``."""
    url: str
    """Its address, as seen (addresses move: `seen` says when)."""
    title: str
    """What it is."""
    describes: str | None
    """The date it describes (an inspection, a report year), as precisely as it shows."""
    seen: str | None
    """When it was published or stored, where visible."""
    quote: str | None = None
    """Its own words that show what it is about (a report's or a news item's headline), as seen."""


@record
class Contact(Record):
    """A member named in the answer, with what it does with a person's concern (None: not researched)."""

    entry: Entry
    """Its entry in the cell (role, basis, note)."""
    route: ConcernRoute | None
    """What it does with a concern about one person held here; None where it has no route for this
    setting (or none is known)."""


@record
class Outside(Record):
    """A complaint route outside the NPM for the setting and nation, or (no `route`) why there is none."""

    cell: RouteCell
    """The setting and nation it applies to, whether that is confirmed, and its scope."""
    route: OutsideRoute | None
    """The body; None when none was found (`cell.scope` says why)."""


@record
class ConcernAnswer(Record):
    """Who to tell about a person held in a setting in a nation, or in one named place."""

    settings: tuple[str, ...]
    """The settings that answer (a place's own first)."""
    nation: str
    """The nation."""
    place: Place | None
    """The named place asked about, if any."""
    takers: tuple[Contact, ...]
    """The members here that take a concern about one detained person: ``yes``, then ``some``."""
    outside: tuple[Outside, ...]
    """The complaint routes outside the NPM, or why there is none."""
    members: tuple[Contact, ...]
    """Every member that inspects or monitors here, in table order."""
    pages: tuple[PlacePage, ...]
    """The place's own official pages (none for a setting)."""


def concern_for_cell(dataset: Dataset, setting: str, nation: str) -> ConcernAnswer:
    """Who to tell about a person held in a setting (id) in a nation (id), on the dataset's day."""
    return _answer(dataset, (setting,), nation, dataset.cells.get((setting, nation), ()), None)


def concern_for_place(dataset: Dataset, place: Place) -> ConcernAnswer:
    """Who to tell about a person held in a named place, on the dataset's day (no member when it is not in
    use then: the routes outside the NPM still answer)."""
    from npmlookup.core.places import place_entries, place_settings

    settings = place_settings(dataset, place)
    return _answer(dataset, settings, place.nation, place_entries(dataset, place), place)


def _answer(
    dataset: Dataset, settings: tuple[str, ...], nation: str, entries: tuple[Entry, ...], place: Place | None
) -> ConcernAnswer:
    members: list[Contact] = []
    for entry in entries:
        if all(contact.entry.member != entry.member for contact in members):
            concern = dataset.concern_by_member.get(entry.member)
            # A route for one setting (the Mental Health Act's) is no route for a person held in another.
            applies = concern is not None and any(concern.applies_to(s) for s in settings)
            members.append(Contact(entry, concern if applies else None))
    takers = [c for takes in ("yes", "some") for c in members if c.route is not None and c.route.takes == takes]
    outside: list[Outside] = []
    for setting in settings:
        for cell in dataset.routes_in_cell.get((setting, nation), ()):
            route = dataset.outside_route_by_id.get(cell.route or "")
            if place is not None and cell.kinds and place.kind not in cell.kinds:
                continue
            if route is not None and all(o.route is not route for o in outside):
                outside.append(Outside(cell, route))
    if not outside and settings:  # none found: say why, for the place's own setting
        cells = dataset.routes_in_cell.get((settings[0], nation), ())
        outside = [Outside(cell, None) for cell in cells if cell.route is None]
    pages = dataset.pages_of_place.get(place.id, ()) if place else ()
    return ConcernAnswer(settings, nation, place, tuple(takers), tuple(outside), tuple(members), pages)
