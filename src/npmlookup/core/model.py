"""The model npmlookup answers with: plain, frozen, slotted dataclasses.

A word for each idea: these are the model's objects (a `Member`, an `Entry`, a `Place`);
a *record* is the plain dict of the JSON contract built from them (`contract.records`).
This module imports nothing of npmlookup's own; `dataset` builds the whole table from
these objects, once. The records a question about the table alone does not need are defined
where they are used, so that it does not create their classes (0.35 ms each a run): kinds of
place in `places`, the concerns file's in `concerns`, the sources, the NPM's facts and the
licences in `about`.
"""

from dataclasses import FrozenInstanceError, dataclass
from typing import TYPE_CHECKING, Literal, TypeVar, dataclass_transform

if TYPE_CHECKING:
    from npmlookup.core.lifetimes import Children, PlaceState

Role = Literal["lead", "partner"]
Basis = Literal["stated", "confirmed", "inferred"]
EventKind = Literal["designated", "setting-added", "renamed", "role-added", "role-removed", "note"]

RecordType = TypeVar("RecordType")

ROLES: tuple[Role, ...] = ("lead", "partner")
BASES: tuple[Basis, ...] = ("stated", "confirmed", "inferred")
EVENT_KINDS: tuple[EventKind, ...] = ("designated", "setting-added", "renamed", "role-added", "role-removed", "note")

# Every name is folded the same way before it is compared, here and in the site's search
# (static/search.js folds with the same steps): lower case; accents off; apostrophes
# vanish ("children's" is "childrens"); "&" is "and"; anything but a letter or a digit
# separates words.
_FOLD = str.maketrans(
    {
        **dict.fromkeys("'\u2019\u2018`", ""),
        **{chr(c): " " for c in range(128) if not chr(c).isalnum() and chr(c) not in "'`&"},
        "&": " and ",
    }
)


class Frozen:
    """Base of records whose fields are set once, by the dataclass's ``__init__``, and never again: assigning or
    deleting one raises `dataclasses.FrozenInstanceError`, as with ``frozen=True``. Written once here rather
    than generated and compiled for each class at every start, as ``frozen=True`` does (0.2 ms a class,
    benchmarks/startup.py). A record the data holds by the dozen or more with many fields (an entry, an event,
    a place, a place's page) is declared ``frozen=True`` instead, whose ``__init__`` sets a field without a
    Python call."""

    __slots__: tuple[str, ...] = ()

    def __setattr__(self, name: str, value: object) -> None:
        if hasattr(self, name):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __setstate__(self, state: tuple[None, dict[str, object]]) -> None:
        # Unpickled or copied: the fields as they were (a dataset's parts not yet built stay unbuilt).
        for name, value in state[1].items():
            object.__setattr__(self, name, value)


@dataclass_transform(frozen_default=True)
def record(cls: type[RecordType]) -> type[RecordType]:
    """Make a class a record: a slotted dataclass whose fields are set once (it must be a `Frozen`)."""
    assert issubclass(cls, Frozen), f"{cls.__name__} is not a Frozen: its fields could be changed"
    return dataclass(slots=True, eq=False, repr=False)(cls)


class Record(Frozen):
    """Base of the model's records: frozen (`Frozen`), with value equality, hashing and repr, written once here
    rather than generated and compiled for each of its dataclasses at every start (4 ms of every run, measured
    by benchmarks/startup.py). They behave as the generated ones: equal when of the same class with equal
    fields, hashable, and a repr of the fields."""

    __slots__: tuple[str, ...] = ()

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)  # a slotted dataclass's slots are its fields

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({shown})"


MAX_NAME_LENGTH = 500
"""Longer input cannot be any name: it is refused without searching."""


def normalize(text: str) -> str:
    """Fold a name for matching: the one folding every name and every query goes through.

    Lower case, accents off, apostrophes dropped, ``&`` read as ``and``, and every run of
    other characters that are not letters or digits one space.
    """
    folded = text.lower().translate(_FOLD)
    if not folded.isascii():
        import unicodedata  # only for names beyond ASCII

        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(folded.split())


@record
class Nation(Record):
    """One of the jurisdictions across the top of the table."""

    id: str
    """Stable key, e.g. ``northern-ireland``."""
    name: str
    """Display name, e.g. ``Northern Ireland``."""
    aliases: tuple[str, ...] = ()
    """Other names a user may type (``ni``)."""


@record
class Setting(Record):
    """A kind of detention: one row of the table."""

    id: str
    """Stable key, e.g. ``police-custody``."""
    name: str
    """The row's name at the dataset's date (the factsheet's, until a dated change renames it)."""
    aliases: tuple[str, ...] = ()
    """Other names a user may type (``police``), former names included."""
    note: str | None = None
    """What a reader should know about the row (e.g. that the factsheet's table has no such row)."""
    place_words: tuple[str, ...] = ()
    """Words in a place's name that say it is a place of this setting (``hospital``): they tell a
    name that fits no listed place which setting answers for it; for a setting whose places are
    listed, they are also optional at either end of a place's name (``HMP``)."""


@record
class Member(Record):
    """One body designated as part of the NPM."""

    id: str
    """Stable key; it never changes, even when the body is renamed."""
    name: str
    """Full name at the dataset's date."""
    abbreviation: str
    """Short form at the dataset's date."""
    aliases: tuple[str, ...]
    """Other names a user may type."""
    kind: str
    """What sort of body it is (inspectorate, lay monitoring, ...)."""
    nations: tuple[str, ...]
    """Ids of the nations in its remit."""
    remit: str | None = None
    """The remit in words, with its qualifications."""
    note: str | None = None
    """Anything else a reader should know."""
    website: str | None = None
    """The body's own website; None where the sources give none."""
    website_note: str | None = None
    """Why the address is uncertain, when it is."""

    @property
    def is_lay(self) -> bool:
        """Whether it is a lay body (monitoring boards, custody visitors): its kind says so (``lay ...``)."""
        return self.kind.startswith("lay")


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Entry(Record):
    """One member named in one cell of the table."""

    setting: str
    """Id of the row."""
    nation: str
    """Id of the column."""
    member: str
    """Id of the body."""
    role: Role
    """``lead``, or ``partner`` when it joins another body's inspections."""
    basis: Basis
    """How we know: stated by the factsheet, confirmed elsewhere, or inferred."""
    basis_note: str | None = None
    """Why the basis is what it is."""
    note: str | None = None
    """A qualification of the entry (e.g. secure training centres only)."""
    sources: tuple[str, ...] = ()
    """Ids of the sources that confirm it, beyond the edition's own."""
    event: str | None = None
    """Id of the dated event that added this entry, when it came from one."""
    kinds: tuple[str, ...] = ()
    """The kinds of place it applies to (``secure training centre``); empty: every place in the cell."""
    note_events: tuple[str, ...] = ()
    """Ids of the dated notes that added to `note`, oldest first."""
    addition: bool = False
    """An addition to the edition: it held at the edition's date, though the edition's table omits it."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Event(Record):
    """A dated change after (or background before) the base edition."""

    id: str
    """Stable key."""
    date: str
    """When it happened, as written in the dataset (``2022-07``, ``by 2025-12-11``, ``2017-07 to 2018``)."""
    date_earliest: str | None
    """First ISO day it may have happened; None when only an upper bound is known."""
    date_latest: str
    """Last ISO day it may have happened: it counts from this day."""
    kind: EventKind
    """designated, setting-added, renamed, role-added, role-removed, or note (a note changes no cell;
    one that names a setting adds its `note` to the entries there)."""
    description: str
    """One line for people."""
    sources: tuple[str, ...]
    """Ids of the sources that report it."""
    member: str | None = None
    """The member it concerns: for designated and role events, a member's rename, and a note on one member."""
    setting: str | None = None
    """For role events, setting-added, a setting's rename, and a note on a row: the row."""
    nations: tuple[str, ...] = ()
    """For role events and notes on a row: the columns."""
    role: Role | None = None
    """For role-added: the role."""
    basis: Basis | None = None
    """For role-added: the basis of the new entries."""
    basis_note: str | None = None
    """For role-added: why."""
    note: str | None = None
    """For role-added: the new entries' note; for a note on a row: what it adds to each entry's note."""
    kinds: tuple[str, ...] = ()
    """For role-added: the kinds of place the new entries apply to (empty: every place)."""
    name: str | None = None
    """For renamed: the new full name."""
    abbreviation: str | None = None
    """For renamed: the new short form, when it changed."""
    addition: bool = False
    """An addition to the edition: dated before the edition's end, it held then though the edition's
    table omits it; it applies from its own date (so answers for the edition's day include it), never
    to the edition as it states it."""


@record
class Edition(Record):
    """The base edition that the dataset's cells transcribe."""

    source: str
    """Id of the source document."""
    date: str
    """Its publication date (``YYYY-MM``)."""
    valid_from: str
    """First ISO day whose membership it describes; earlier dates are not answered."""
    end: str
    """Last ISO day of `date`: events dated after it are later than the edition."""
    description: str | None = None
    """What the edition is."""
    name: str = "the base edition"
    """How answers name it (``the NPM factsheet of Dec 2014``)."""
    short_name: str = "the edition"
    """How a sentence refers to it once named (``the factsheet``)."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Place(Record):
    """A named place of detention, and where in the table its answer is."""

    id: str
    """Stable key, e.g. ``hmp-berwyn``."""
    name: str
    """Its name, e.g. ``HMP & YOI Berwyn``."""
    other_names: tuple[str, ...]
    """Other forms seen in sources, Welsh names and the bare place name included."""
    kind: str
    """Id of its `PlaceKind`."""
    setting: str
    """Id of the setting whose cell answers for it."""
    nation: str
    """Id of its nation."""
    operator: str | None
    """Who runs it, where known."""
    status: str
    """At its latest source: ``open``, ``closed WHEN`` or ``closed temporarily WHEN`` (`lifetimes`)."""
    source_url: str | None
    """The publisher's page its facts come from; None where its only source was read at a copy (`read_at`)."""
    source_title: str
    """What that page is."""
    source_as_of: str | None = None
    """The date that page describes, where known."""
    note: str | None = None
    """What is uncertain about it."""
    opened: str | None = None
    """When it opened (the start of its first period), where known."""
    periods: str = ".."
    """When it was in use as this kind of place (`lifetimes` reads it); ``..``: throughout."""
    holds_children: str | None = None
    """Whether it holds children (under 18): ``yes``, ``no``, ``yes:PERIODS``, ``no:PERIODS``; None: unknown."""
    lifetime_source: str | None = None
    """The pages its opening, periods and closure rest on (`` ; ``-separated)."""
    children_source: str | None = None
    """The pages `holds_children` rests on."""
    read_at: str | None = None
    """Copies (document mirrors, Wikipedia copies) some of its facts were read at (`` ; ``-separated): never
    its sources' addresses."""
    town: str | None = None
    """The town of its official address, or the town an official page places it in; None where no
    official page gives one (an airport's holding rooms)."""
    town_source: str | None = None
    """The publisher's page its town rests on."""

    def state_on(self, day: str) -> "PlaceState":
        """The place on an ISO day: open, closed, not yet open or uncertain, in words."""
        from npmlookup.core.lifetimes import state_on

        return state_on(self.periods, self.status, day)

    def is_closed_on(self, day: str) -> bool:
        """Whether it was not in use on an ISO day (closed, or not yet open); False when uncertain."""
        return self.state_on(day).state in ("closed", "not yet open")

    def children_on(self, day: str) -> "Children":
        """Whether it holds children on an ISO day: yes, no, uncertain or unknown."""
        from npmlookup.core.lifetimes import children_on

        return children_on(self.holds_children, self.periods, self.status, day)

    @property
    def status_words(self) -> str:
        """Its status at the latest source as people say it (``closed in March 2020``)."""
        from npmlookup.core.lifetimes import status_words

        return status_words(self.status, self.periods)
