"""A whole coverage table at one date, with the indexes every query uses: `Dataset` and `NameIndex`.

Built once by `Dataset.create` (from a file by the loader, at a date by `history.at`); after
that nothing is computed again and nothing changes.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from npmlookup.core.model import (
    About,
    Edition,
    Entry,
    Event,
    Licence,
    Member,
    Nation,
    Place,
    PlaceKind,
    Setting,
    Source,
    normalize,
)


class NameIndex:
    """Folded names (ids, abbreviations, aliases, full names, former names) to ids.

    An index, not a record: a plain slotted class, built once and never changed.
    """

    __slots__ = ("exact", "sorted_names")

    def __init__(self, exact: Mapping[str, str], sorted_names: tuple[str, ...]) -> None:
        self.exact = exact
        """Folded name to id."""
        self.sorted_names = sorted_names
        """Every folded name, sorted, for completion (`npmlookup.core.names` holds the matching rule)."""

    @classmethod
    def build(cls, names: Iterable[tuple[str, str]]) -> "NameIndex":
        """Index (name, id) pairs; the loader has already refused clashing names."""
        exact = {normalize(name): record_id for name, record_id in names}
        return cls(exact=exact, sorted_names=tuple(sorted(exact)))


# The dataset compares by identity and has no generated repr: each generated method is
# compiled when this module is imported, on every run of the command.
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Dataset:
    """A whole coverage table, at one date, with its indexes (compared by identity)."""

    title: str
    """What the dataset describes."""
    path: str
    """The file it was loaded from."""
    edition: Edition
    """The base edition its cells transcribe."""
    as_of: str | None
    """The ISO date events were applied up to; None for the base edition as it stands."""
    checked: str
    """The ISO day the data was last checked against its sources: the default answer's date."""
    sources: tuple[Source, ...]
    """Every source cited, in the file's order."""
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
    about: About | None = None
    """What the NPM is, when the file says."""
    all_members: tuple[Member, ...] = ()
    """Every member the file knows, including those not yet (or no longer) designated."""
    all_settings: tuple[Setting, ...] = ()
    """Every setting the file knows, including those a later change adds."""
    base: "Dataset | None" = field(default=None, repr=False, compare=False)
    """For a dataset at a date: the base edition it was derived from."""
    place_kinds: tuple[PlaceKind, ...] = ()
    """The kinds of named place, and the settings that cover each."""
    places: tuple[Place, ...] = ()
    """Named places of detention, in the places file's order (none when the file names no places file)."""
    places_source: str | None = None
    """Where the places came from, with the licences of their sources."""
    places_licences: tuple[Licence, ...] = ()
    """The places' sources and their licences, as data."""

    nation_by_id: Mapping[str, Nation] = field(default_factory=dict, repr=False, compare=False)
    """Index: nation id to record."""
    setting_by_id: Mapping[str, Setting] = field(default_factory=dict, repr=False, compare=False)
    """Index: setting id to record, for every setting the file knows."""
    member_by_id: Mapping[str, Member] = field(default_factory=dict, repr=False, compare=False)
    """Index: member id to record, for every member the file knows."""
    source_by_id: Mapping[str, Source] = field(default_factory=dict, repr=False, compare=False)
    """Index: source id to record."""
    cells: Mapping[tuple[str, str], tuple[Entry, ...]] = field(default_factory=dict, repr=False, compare=False)
    """Index: (setting id, nation id) to the cell's entries."""
    entries_by_member: Mapping[str, tuple[Entry, ...]] = field(default_factory=dict, repr=False, compare=False)
    """Index: member id to its entries, in table order."""
    nation_names: NameIndex = field(default_factory=lambda: NameIndex({}, ()), repr=False, compare=False)
    """Index: names a user may type for nations."""
    setting_names: NameIndex = field(default_factory=lambda: NameIndex({}, ()), repr=False, compare=False)
    """Index: names a user may type for settings, former and later names included."""
    member_names: NameIndex = field(default_factory=lambda: NameIndex({}, ()), repr=False, compare=False)
    """Index: names a user may type for members, former and later names included."""
    place_by_id: Mapping[str, Place] = field(default_factory=dict, repr=False, compare=False)
    """Index: place id to record."""
    place_kind_by_id: Mapping[str, PlaceKind] = field(default_factory=dict, repr=False, compare=False)
    """Index: place kind id to record."""

    @classmethod
    def create(
        cls,
        *,
        title: str,
        path: str,
        edition: Edition,
        as_of: str | None,
        checked: str,
        sources: tuple[Source, ...],
        nations: tuple[Nation, ...],
        settings: tuple[Setting, ...],
        members: tuple[Member, ...],
        entries: tuple[Entry, ...],
        events: tuple[Event, ...],
        about: About | None,
        all_members: tuple[Member, ...] | None = None,
        all_settings: tuple[Setting, ...] | None = None,
        base: "Dataset | None" = None,
        name_indexes: "tuple[NameIndex, NameIndex, NameIndex] | None" = None,
        place_kinds: tuple[PlaceKind, ...] = (),
        places: tuple[Place, ...] = (),
        places_source: str | None = None,
        places_licences: tuple[Licence, ...] = (),
    ) -> "Dataset":
        """Build a dataset and every index its queries use, once.

        `name_indexes` (nations, settings, members) may be given when already built:
        from the cache, or from the base edition of a dated dataset.
        """
        everyone = members if all_members is None else all_members
        every_setting = settings if all_settings is None else all_settings
        cells: dict[tuple[str, str], list[Entry]] = {(s.id, n.id): [] for s in every_setting for n in nations}
        by_member: dict[str, list[Entry]] = {m.id: [] for m in everyone}
        for entry in entries:
            cells[(entry.setting, entry.nation)].append(entry)
            by_member[entry.member].append(entry)
        if name_indexes is None:
            member_names: list[tuple[str, str]] = []
            for member in everyone:
                names = (member.id, member.abbreviation, member.name, *member.aliases)
                member_names += [(name, member.id) for name in names]
            setting_names = _record_names(every_setting)
            for event in events:
                if event.kind == "renamed" and event.member is not None:
                    member_names += [(name, event.member) for name in (event.name, event.abbreviation) if name]
                elif event.kind == "renamed" and event.setting is not None and event.name:
                    setting_names.append((event.name, event.setting))
            name_indexes = (
                NameIndex.build(_record_names(nations)),
                NameIndex.build(setting_names),
                NameIndex.build(member_names),
            )
        return cls(
            title=title,
            path=path,
            edition=edition,
            as_of=as_of,
            checked=checked,
            sources=sources,
            nations=nations,
            settings=settings,
            members=members,
            entries=entries,
            events=events,
            about=about,
            all_members=everyone,
            all_settings=every_setting,
            base=base,
            place_kinds=place_kinds,
            places=places,
            places_source=places_source,
            places_licences=places_licences,
            nation_by_id={n.id: n for n in nations},
            setting_by_id={s.id: s for s in every_setting},
            member_by_id={m.id: m for m in everyone},
            source_by_id={s.id: s for s in sources},
            cells={key: tuple(value) for key, value in cells.items()},
            entries_by_member={key: tuple(value) for key, value in by_member.items()},
            nation_names=name_indexes[0],
            setting_names=name_indexes[1],
            member_names=name_indexes[2],
            place_by_id={p.id: p for p in places},
            place_kind_by_id={k.id: k for k in place_kinds},
        )


def _record_names(records: Iterable[Nation | Setting]) -> list[tuple[str, str]]:
    return [(name, record.id) for record in records for name in (record.id, record.name, *record.aliases)]
