"""The file's contents (`Dataset`) and the table at one day (`Snapshot`); their indexes are in `indexes`.

Two questions are kept apart, each with exactly one day. A `Dataset` is what the file holds:
the base edition's table as published, its dated events and its places; its `as_of` is the
edition's last day. A `Snapshot` answers one question on one day: either what the edition
states (``question == "edition"``, its table exactly as published, on the edition's last
day) or what held on that day as we know it now (``"known"``: the edition with every change
up to that day, the additions to the edition included). `history.at` makes snapshots; both
types have the same attributes and indexes, so every query takes either.

Built once by `Dataset.create`; after that nothing is computed again and nothing changes,
except that the named places and what the NPM is (`indexes.Deferred`), which most questions
never need, are built on first use (two threads may both build them; either result is the
same).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from npmlookup.core.indexes import Deferred, Indexes, NamedPlaces, NameIndex, PlaceParts
from npmlookup.core.model import Edition, Entry, Event, Member, Nation, Setting, Source

if TYPE_CHECKING:
    from npmlookup.core.about_model import About
    from npmlookup.core.place_model import Licence, Place, PlaceKind

Question = Literal["edition", "known"]
"""What a snapshot answers: what the edition states, or what held on its day as known now."""


# The dataset compares by identity and has no generated repr: each generated method is
# compiled when this module is imported, on every run of the command.
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Dataset:
    """What a coverage file holds: the edition's table as published, the dated events, the places and
    the indexes every query uses (compared by identity)."""

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
    deferred_about: "Deferred[About | None]" = field(
        default_factory=lambda: Deferred.of(None), repr=False, compare=False
    )
    """What the NPM is, when the file says: built on first use, read as `about`."""
    all_members: tuple[Member, ...] = ()
    """Every member the file knows, including those not yet (or no longer) designated."""
    all_settings: tuple[Setting, ...] = ()
    """Every setting the file knows, including those a later change adds."""
    base: "Dataset | None" = field(default=None, repr=False, compare=False)
    """For a snapshot: the file's contents it was made from (also `contents`); None for the contents."""
    named_places: NamedPlaces = field(default_factory=lambda: NamedPlaces.of(PlaceParts()), repr=False, compare=False)
    """The named places, built on first use: read them as `places`, `place_kinds`, `place_by_id`..."""
    children_setting: str | None = None
    """The row that covers children wherever they are held (a place holding children is answered
    by its nation's cell there too); None when the file names none."""

    indexes: Indexes = field(default_factory=Indexes, repr=False, compare=False)
    """Every index the queries use, built once by `create`: read them as `member_by_id`, `cells`..."""

    @property
    def nation_by_id(self) -> Mapping[str, Nation]:
        """Index: nation id to record."""
        return self.indexes.nation_by_id

    @property
    def setting_by_id(self) -> Mapping[str, Setting]:
        """Index: setting id to record, for every setting the file knows."""
        return self.indexes.setting_by_id

    @property
    def member_by_id(self) -> Mapping[str, Member]:
        """Index: member id to record, for every member the file knows."""
        return self.indexes.member_by_id

    @property
    def source_by_id(self) -> Mapping[str, Source]:
        """Index: source id to record."""
        return self.indexes.source_by_id

    @property
    def cells(self) -> Mapping[tuple[str, str], tuple[Entry, ...]]:
        """Index: (setting id, nation id) to the cell's entries."""
        return self.indexes.cells

    @property
    def entries_by_member(self) -> Mapping[str, tuple[Entry, ...]]:
        """Index: member id to its entries, in table order."""
        return self.indexes.entries_by_member

    @property
    def nation_names(self) -> NameIndex:
        """Index: names a user may type for nations."""
        return self.indexes.nation_names

    @property
    def setting_names(self) -> NameIndex:
        """Index: names a user may type for settings, former and later names included."""
        return self.indexes.setting_names

    @property
    def member_names(self) -> NameIndex:
        """Index: names a user may type for members, former and later names included."""
        return self.indexes.member_names

    @property
    def about(self) -> "About | None":
        """What the NPM is, when the file says."""
        return self.deferred_about.built()

    @property
    def places(self) -> "tuple[Place, ...]":
        """Named places of detention, in the places file's order (none when the file names no places file)."""
        return self.named_places.built().places

    @property
    def place_kinds(self) -> "tuple[PlaceKind, ...]":
        """The kinds of named place, and the settings that cover each."""
        return self.named_places.built().kinds

    @property
    def places_source(self) -> str | None:
        """Where the places came from, with the licences of their sources."""
        return self.named_places.built().source

    @property
    def places_licences(self) -> "tuple[Licence, ...]":
        """The places' sources and their licences, as data."""
        return self.named_places.built().licences

    @property
    def place_by_id(self) -> "Mapping[str, Place]":
        """Index: place id to record."""
        return self.named_places.built().by_id

    @property
    def place_kind_by_id(self) -> "Mapping[str, PlaceKind]":
        """Index: place kind id to record."""
        return self.named_places.built().kind_by_id

    @property
    def contents(self) -> "Dataset":
        """The file's contents this table comes from (itself, for the contents)."""
        return self.base or self

    @property
    def is_edition(self) -> bool:
        """Whether it answers what the edition states: its table exactly as published."""
        return True

    @classmethod
    def create(
        cls,
        *,
        title: str,
        path: str,
        edition: Edition,
        as_of: str,
        checked: str,
        sources: tuple[Source, ...],
        nations: tuple[Nation, ...],
        settings: tuple[Setting, ...],
        members: tuple[Member, ...],
        entries: tuple[Entry, ...],
        events: tuple[Event, ...],
        about: "About | None" = None,
        all_members: tuple[Member, ...] | None = None,
        all_settings: tuple[Setting, ...] | None = None,
        base: "Dataset | None" = None,
        name_indexes: "tuple[NameIndex, NameIndex, NameIndex] | None" = None,
        place_kinds: "tuple[PlaceKind, ...]" = (),
        places: "tuple[Place, ...]" = (),
        places_source: str | None = None,
        places_licences: "tuple[Licence, ...]" = (),
        children_setting: str | None = None,
        question: Question | None = None,
        named_places: NamedPlaces | None = None,
        deferred_about: "Deferred[About | None] | None" = None,
    ) -> "Dataset":
        """Build the file's contents, or with a `question` a `Snapshot` (whose `base` is the contents),
        and every index its queries use, once.

        `name_indexes` (nations, settings, members) may be given when already built: from the
        cache, or from the file's contents for a snapshot. The places and `about` are given built
        (`places`, `place_kinds`..., `about`), or as `named_places` and `deferred_about`, to be built
        on first use.
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
        made = (Dataset if question is None else Snapshot)(
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
            deferred_about=deferred_about or Deferred.of(about),
            all_members=everyone,
            all_settings=every_setting,
            base=base,
            named_places=named_places
            or NamedPlaces.of(PlaceParts(place_kinds, places, places_source, places_licences)),
            children_setting=children_setting,
            indexes=Indexes(
                nation_by_id={n.id: n for n in nations},
                setting_by_id={s.id: s for s in every_setting},
                member_by_id={m.id: m for m in everyone},
                source_by_id={s.id: s for s in sources},
                cells={key: tuple(value) for key, value in cells.items()},
                entries_by_member={key: tuple(value) for key, value in by_member.items()},
                nation_names=name_indexes[0],
                setting_names=name_indexes[1],
                member_names=name_indexes[2],
            ),
        )
        if question is not None:
            object.__setattr__(made, "question", question)  # a frozen record: set once, here
        return made


class Snapshot(Dataset):
    """The table on one day, answering one question; `contents` is the file's contents it comes from.

    It has every attribute of the contents (members, settings, entries, places, indexes...), at
    its day; `as_of` is that day, whichever the question. (A plain subclass, not a second
    dataclass: generating one more ``__init__`` for every field is a measurable part of start-up.)
    """

    __slots__ = ("question",)
    question: Question
    """``edition``: what the edition states, its table as published, on its last day; ``known``: what
    held on `as_of` as known now (the edition, its additions, and every later change up to then)."""

    @property
    def is_edition(self) -> bool:
        """Whether it answers what the edition states (its table exactly as published)."""
        return self.question == "edition"

    def __getstate__(self) -> tuple[object, Question]:
        """The contents' fields and the question (the dataclass's state holds only its fields)."""
        return super().__getstate__(), self.question

    def __setstate__(self, state: tuple[object, Question]) -> None:
        """Restore what `__getstate__` gave."""
        fields, question = state
        super().__setstate__(fields)  # type: ignore[misc]
        object.__setattr__(self, "question", question)  # a frozen record: set once, here


def _record_names(records: Iterable[Nation | Setting]) -> list[tuple[str, str]]:
    return [(name, record.id) for record in records for name in (record.id, record.name, *record.aliases)]
