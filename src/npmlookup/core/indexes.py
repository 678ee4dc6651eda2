"""The dataset's indexes, and its parts built on first use: what `Dataset` holds besides its records.

Plain slotted classes, not dataclasses: indexes, not records, built once (`Dataset.create`)
or on first use (`Deferred`: the named places and what the NPM is, which most questions
never need), and never changed after.
"""

import marshal
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Generic, Self, TypeVar

from npmlookup.core.model import Entry, Member, Nation, Setting, Source, normalize

if TYPE_CHECKING:
    from npmlookup.core.names import NameTable
    from npmlookup.core.place_model import Licence, Place, PlaceKind


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


class PlacesById(Mapping[str, "Place"]):
    """Place id to place, each made from its row (`Place.row`, marshalled) the first time it is asked
    for: a question about one place reads and makes that place, not the two hundred others. In the
    file's order."""

    __slots__ = ("_made", "_rows")

    def __init__(self, rows: Mapping[str, bytes]) -> None:
        self._rows = rows
        self._made: dict[str, Place] = {}

    def __getitem__(self, place_id: str) -> "Place":
        place = self._made.get(place_id)
        if place is None:
            from npmlookup.core.place_model import Place

            made = Place(*marshal.loads(self._rows[place_id]))
            place = self._made.setdefault(place_id, made)  # one object a place, whichever thread made it
        return place

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


class PlaceParts:
    """A dataset's named places: the places, their kinds, their sources' licences, and indexes.

    An index, not a record: a plain slotted class. The places are given made (`places`) or as
    `by_id`, a `PlacesById` that makes each when it is first asked for. `names` is the
    place-name table, None until `places.place_names` first needs it (or the loader's cache
    gives it).
    """

    __slots__ = ("_places", "by_id", "kind_by_id", "kinds", "licences", "names", "source")

    def __init__(
        self,
        kinds: "tuple[PlaceKind, ...]" = (),
        places: "tuple[Place, ...]" = (),
        source: str | None = None,
        licences: "tuple[Licence, ...]" = (),
        names: "NameTable | None" = None,
        by_id: "Mapping[str, Place] | None" = None,
    ) -> None:
        self.kinds = kinds
        """The kinds of named place, and the settings that cover each."""
        self._places = places if by_id is None else None
        self.source = source
        """Where the places came from, with the licences of their sources."""
        self.licences = licences
        """The places' sources and their licences, as data."""
        self.names = names
        """The place-name table, once built (`places.place_names`)."""
        self.by_id: Mapping[str, Place] = {p.id: p for p in places} if by_id is None else by_id
        """Index: place id to record."""
        self.kind_by_id: dict[str, PlaceKind] = {k.id: k for k in kinds}
        """Index: place kind id to record."""

    @property
    def places(self) -> "tuple[Place, ...]":
        """Named places of detention, in the places file's order (all of them made, the first time)."""
        if self._places is None:
            self._places = tuple(self.by_id[place_id] for place_id in self.by_id)
        return self._places


Value = TypeVar("Value")
_NOT_YET = object()


class Deferred(Generic[Value]):
    """A part of a dataset built on first use, then kept: most questions never need it, and a lookup
    that asks nothing of it never builds it, nor creates its classes. A snapshot shares its contents'."""

    __slots__ = ("_make", "_value")

    def __init__(self, make: Callable[[], Value]) -> None:
        self._make: Callable[[], Value] | None = make
        self._value: object = _NOT_YET

    @classmethod
    def of(cls, value: Value) -> Self:
        """A part already built."""
        made = cls.__new__(cls)
        made._make, made._value = None, value
        return made

    def is_built(self) -> bool:
        """Whether the part has been built (or was given built)."""
        return self._value is not _NOT_YET

    def built(self) -> Value:
        """The part, built now if not yet. (Two threads may both build it; either result is the same.)"""
        value = self._value
        if value is _NOT_YET:
            make = self._make
            if make is None:  # another thread has just built it
                return self._value  # type: ignore[return-value]
            value = self._value = make()
            self._make = None
        return value  # type: ignore[return-value]  # set from `_make`, whose type is Value

    def __reduce__(self) -> tuple[Callable[[Value], "Deferred[Value]"], tuple[Value]]:
        """Pickled built: its maker need not be picklable, and the unpickled part is the same."""
        return type(self).of, (self.built(),)


class NamedPlaces(Deferred[PlaceParts]):
    """A dataset's named places and their indexes, built on first use (`Deferred`)."""

    __slots__ = ()


class Indexes:
    """A dataset's indexes, built once by `Dataset.create` (the dataset reads them as its own).

    An index, not a record: a plain slotted class, kept apart from the dataset's fields
    because each field of a dataclass is compiled into its generated methods when the
    module is imported, on every run of the command.
    """

    __slots__ = (
        "cells",
        "entries_by_member",
        "member_by_id",
        "member_names",
        "nation_by_id",
        "nation_names",
        "setting_by_id",
        "setting_names",
        "source_by_id",
    )

    def __init__(
        self,
        nation_by_id: Mapping[str, Nation] | None = None,
        setting_by_id: Mapping[str, Setting] | None = None,
        member_by_id: Mapping[str, Member] | None = None,
        source_by_id: Mapping[str, Source] | None = None,
        cells: Mapping[tuple[str, str], tuple[Entry, ...]] | None = None,
        entries_by_member: Mapping[str, tuple[Entry, ...]] | None = None,
        nation_names: NameIndex | None = None,
        setting_names: NameIndex | None = None,
        member_names: NameIndex | None = None,
    ) -> None:
        self.nation_by_id = nation_by_id or {}
        self.setting_by_id = setting_by_id or {}
        self.member_by_id = member_by_id or {}
        self.source_by_id = source_by_id or {}
        self.cells = cells or {}
        self.entries_by_member = entries_by_member or {}
        self.nation_names = nation_names or NameIndex({}, ())
        self.setting_names = setting_names or NameIndex({}, ())
        self.member_names = member_names or NameIndex({}, ())
