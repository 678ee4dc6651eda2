"""A dataset: the file's contents, or the table on one day (a snapshot), with the indexes queries use.

Two questions are kept apart, each with exactly one day. The file's *contents* are what it
holds: the base edition's table as published, its dated events and its places; their
`as_of` is the edition's last day. A *snapshot* answers one question on one day: either
what the edition states (``question == "edition"``, its table exactly as published, on the
edition's last day) or what held on that day as we know it now (``"known"``: the edition
with every change up to that day, the additions to the edition included). `history.at`
makes snapshots; both are `Dataset`s with the same attributes and indexes, so every query
takes either. Built once; after that nothing changes.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import field
from typing import TYPE_CHECKING, Any, Literal

from npmlookup.core.model import Edition, Entry, Event, Frozen, Member, Nation, Place, Setting, record
from npmlookup.core.names import NameTable

if TYPE_CHECKING:  # records only the parts have (`PARTS`), made in their own modules
    from npmlookup.core.about import About, DataLicence, Licence, Source
    from npmlookup.core.concerns import ConcernRoute, OutsideRoute, PlacePage, RouteCell
    from npmlookup.core.places import PlaceKind

Question = Literal["edition", "known"]
"""What a snapshot answers: what the edition states, or what held on its day as known now."""


@record
class Dataset(Frozen):
    """A coverage file's contents, or a snapshot of them on one day, with every index the queries use
    (compared by identity)."""

    title: str
    """What the dataset describes."""
    path: str
    """The file it was loaded from."""
    edition: Edition
    """The base edition its cells transcribe."""
    as_of: str
    """The one ISO day its table describes: for the file's contents, the edition's last day."""
    checked: str
    """The ISO day the data was last checked against its sources: the default answer's date."""
    nations: tuple[Nation, ...]
    """Columns, in order."""
    settings: tuple[Setting, ...]
    """Rows at this date, in order."""
    members: tuple[Member, ...]
    """Members at this date, in the file's order."""
    entries: tuple[Entry, ...]
    """Every cell's entries: rows, then nations, then order in the cell."""
    events: tuple[Event, ...]
    """Every dated change, oldest first, whatever the dataset's date."""
    all_members: tuple[Member, ...]
    """Every member the file knows, including those not yet (or no longer) designated."""
    all_settings: tuple[Setting, ...]
    """Every setting the file knows, including those a later change adds."""
    parts: Callable[[str], dict[str, Any]]
    """Builds the records and indexes of a part of the file's contents, ``"places"``, ``"concerns"`` or
    ``"about"`` (the fields of `PARTS`), when one is first used (the snapshots of the contents share them)."""
    children_setting: str | None = None
    """The row that covers children wherever they are held (a place holding children is answered
    by its nation's cell there too); None when the file names none."""
    base: "Dataset | None" = None
    """For a snapshot: the file's contents it was made from (also `contents`); None for the contents."""
    question: Question | None = None
    """For a snapshot, what it answers (`Question`); None for the file's contents."""

    place_kinds: "tuple[PlaceKind, ...]" = field(init=False)
    """The kinds of named place, and the settings that cover each."""
    places: tuple[Place, ...] = field(init=False)
    """Named places of detention, in the places file's order (none when the file names no places file)."""
    places_source: str | None = field(init=False)
    """Where the places came from, with the licences of their sources."""
    places_licences: "tuple[Licence, ...]" = field(init=False)
    """The places' sources and their licences, as data."""
    sources: "tuple[Source, ...]" = field(init=False)
    """Every source cited, in the file's order."""
    about: "About | None" = field(init=False)
    """What the NPM is, when the file says."""
    licence: "DataLicence | None" = field(init=False)
    """The data's own licence and how to cite it, when the file says."""
    concern_routes: "tuple[ConcernRoute, ...]" = field(init=False)
    """What each member does with a concern about one detained person (from the file's concerns file)."""
    outside_routes: "tuple[OutsideRoute, ...]" = field(init=False)
    """Complaint bodies outside the NPM."""
    route_cells: "tuple[RouteCell, ...]" = field(init=False)
    """Which outside routes each setting has in each nation (or why none)."""
    place_pages: "tuple[PlacePage, ...]" = field(init=False)
    """Official pages about named places."""

    nation_by_id: Mapping[str, Nation] = field(init=False)
    """Index: nation id to record."""
    setting_by_id: Mapping[str, Setting] = field(init=False)
    """Index: setting id to record, for every setting the file knows."""
    member_by_id: Mapping[str, Member] = field(init=False)
    """Index: member id to record, for every member the file knows."""
    source_by_id: "Mapping[str, Source]" = field(init=False)
    """Index: source id to record."""
    place_by_id: Mapping[str, Place] = field(init=False)
    """Index: place id to record."""
    place_kind_by_id: "Mapping[str, PlaceKind]" = field(init=False)
    """Index: place kind id to record."""
    cells: Mapping[tuple[str, str], tuple[Entry, ...]] = field(init=False)
    """Index: (setting id, nation id) to the cell's entries."""
    entries_by_member: Mapping[str, tuple[Entry, ...]] = field(init=False)
    """Index: member id to its entries, in table order."""
    nation_names: NameTable = field(init=False)
    """Names a user may type for nations."""
    setting_names: NameTable = field(init=False)
    """Names a user may type for settings, former and later names included."""
    member_names: NameTable = field(init=False)
    """Names a user may type for members, former and later names included."""
    concern_by_member: "Mapping[str, ConcernRoute]" = field(init=False)
    """Index: member id to what it does with a person's concern."""
    outside_route_by_id: "Mapping[str, OutsideRoute]" = field(init=False)
    """Index: outside route id to record."""
    routes_in_cell: "Mapping[tuple[str, str], tuple[RouteCell, ...]]" = field(init=False)
    """Index: (setting id, nation id) to its outside routes (or the reason there is none)."""
    pages_of_place: "Mapping[str, tuple[PlacePage, ...]]" = field(init=False)
    """Index: place id to its official pages."""
    place_names: NameTable | None = field(init=False)
    """The place-name table, once `places.place_names` has built it (kept on the contents)."""

    def __post_init__(self) -> None:
        cells: dict[tuple[str, str], list[Entry]] = {(s.id, n.id): [] for s in self.all_settings for n in self.nations}
        by_member: dict[str, list[Entry]] = {m.id: [] for m in self.all_members}
        for entry in self.entries:
            cells[(entry.setting, entry.nation)].append(entry)
            by_member[entry.member].append(entry)
        indexes: dict[str, object] = {
            "nation_by_id": {n.id: n for n in self.nations},
            "setting_by_id": {s.id: s for s in self.all_settings},
            "member_by_id": {m.id: m for m in self.all_members},
            "cells": {key: tuple(value) for key, value in cells.items()},
            "entries_by_member": {key: tuple(value) for key, value in by_member.items()},
        }
        for name, value in indexes.items():
            object.__setattr__(self, name, value)  # a frozen record: its indexes are set once, here

    if not TYPE_CHECKING:  # hidden from mypy, which would take any name for an attribute of a class with one

        def __getattr__(self, name: str) -> Any:
            # Only a field not yet set comes here: a part's records, built when first used, so that a
            # question about the table alone (`npm who`) never builds (nor imports, nor defines the classes
            # of) the places, concerns and facts (benchmarks/startup.py). A snapshot takes its contents'.
            part = _PART_OF.get(name)
            if part is None:
                raise AttributeError(f"'Dataset' object has no attribute {name!r}")
            base = self.base
            try:
                if base is not None:
                    values = {key: getattr(base, key) for key in PARTS[part]}
                elif part == "every place":  # made from the index, only for a question about every place
                    values = {"places": tuple(self.place_by_id.values())}
                else:
                    values = self.parts(part)
                if part == "names" and "nation_names" not in values:  # not compiled: made from the records
                    values = dict(zip(PARTS[part], _name_tables(self), strict=True))
            except AttributeError as error:  # not this attribute's absence: a fault while building the part
                raise RuntimeError(f"building the dataset's {part} failed: {error}") from error
            for key in PARTS[part]:  # only the part's own fields: never another part's
                object.__setattr__(self, key, values[key])
            return values[name]

    def __repr__(self) -> str:
        return f"Dataset({self.path!r}, as_of={self.as_of!r}, question={self.question!r})"

    @property
    def contents(self) -> "Dataset":
        """The file's contents this table comes from (itself, for the contents)."""
        return self.base or self

    @property
    def is_edition(self) -> bool:
        """Whether it answers what the edition states: its table exactly as published (the contents do)."""
        return self.question != "known"


PARTS = {
    # Every name a nation, setting or member answers to is in the contents' tables, later and former
    # names included: a snapshot, whose settings and members may be renamed or added, shares them.
    "names": ("nation_names", "setting_names", "member_names"),
    "places": ("place_kinds", "places_source", "place_names", "place_by_id", "place_kind_by_id"),
    "every place": ("places",),
    "concerns": (
        "concern_routes",
        "outside_routes",
        "route_cells",
        "place_pages",
        "concern_by_member",
        "outside_route_by_id",
        "routes_in_cell",
        "pages_of_place",
    ),
    "about": ("sources", "source_by_id", "about", "licence", "places_licences"),
}
"""The fields of each part of the contents that `Dataset.parts` builds when first used; no dated change
alters them, and a snapshot shares its contents'."""
_PART_OF = {name: part for part, names in PARTS.items() for name in names}

Snapshot = Dataset
"""A dataset on one day answering one `Question` (`history.at` makes them): the same type as the contents."""


def _name_tables(contents: Dataset) -> tuple[NameTable, NameTable, NameTable]:
    """The name tables of the contents' nations, settings and members: ids, names, abbreviations, aliases,
    and the names that dated renames give (so a former or later name finds the record)."""
    nations, settings, members = contents.nations, contents.all_settings, contents.all_members
    member_names = [(name, m.id) for m in members for name in (m.id, m.abbreviation, m.name, *m.aliases)]
    setting_names = _record_names(settings)
    for event in contents.events:
        if event.kind == "renamed" and event.member is not None:
            member_names += [(name, event.member) for name in (event.name, event.abbreviation) if name]
        elif event.kind == "renamed" and event.setting is not None and event.name:
            setting_names.append((event.name, event.setting))
    # Every id first, then the other names: the order the site's search index writes them in.
    ids: list[tuple[str, ...]] = [
        tuple(n.id for n in nations),
        tuple(s.id for s in settings),
        tuple(m.id for m in members),
    ]
    names = [_record_names(nations), setting_names, member_names]
    made = [NameTable([*((i, i) for i in each), *named]) for each, named in zip(ids, names, strict=True)]
    return made[0], made[1], made[2]


def _record_names(records: Iterable[Nation | Setting]) -> list[tuple[str, str]]:
    return [(name, record.id) for record in records for name in (record.id, record.name, *record.aliases)]
