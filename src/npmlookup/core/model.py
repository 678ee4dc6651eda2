"""The model npmlookup answers with: plain, frozen, slotted dataclasses.

A word for each idea: these are the model's objects (a `Member`, an `Entry`); a *record*
is the plain dict of the JSON contract built from them (`contract.records`).

This module imports nothing of npmlookup's own; the named places' classes are in
`place_model`, made only when a question is about places. `dataset` builds the whole
table from these objects. A `Dataset` is built once, by
`Dataset.create`, which also builds the indexes every query uses; after that nothing
is computed again and nothing changes.

Annotations are evaluated when the classes are made (no ``from __future__ import
annotations``): the dataclass decorator then needs no string matching per field, which
is a measurable part of every start-up (see benchmarks/startup.py).
"""

from dataclasses import dataclass
from typing import Any, Literal

Role = Literal["lead", "partner"]
Basis = Literal["stated", "confirmed", "inferred"]
EventKind = Literal["designated", "setting-added", "renamed", "role-added", "role-removed", "note"]

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


class ModelBase:
    """Base of the model's objects: value equality, hashing and repr, written once.

    They are frozen, slotted dataclasses declared with ``eq=False, repr=False`` so
    that these three methods come from here instead of being generated and compiled for
    each class at import time, which on Python 3.11 is most of the cost of importing
    this module on every run of the command. They behave as the generated ones would:
    equal when of the same class with equal fields, hashable, and a repr of the fields.
    """

    __slots__ = ()

    def row(self) -> tuple[Any, ...]:
        """Its fields' values in the constructor's order: ``type(obj)(*obj.row())`` is an equal object."""
        return tuple(getattr(self, name) for name in self.__dataclass_fields__)  # type: ignore[attr-defined]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.row() == other.row()

    def __hash__(self) -> int:
        return hash(self.row())

    def __repr__(self) -> str:
        shown = (f"{name}={getattr(self, name)!r}" for name, spec in self.__dataclass_fields__.items() if spec.repr)  # type: ignore[attr-defined]
        return f"{type(self).__name__}({', '.join(shown)})"


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


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Source(ModelBase):
    """A document that the data rests on."""

    id: str
    """Stable key that entries and events cite."""
    title: str
    """What the document is called."""
    url: str | None = None
    """Where to read it, when the address is known for certain."""
    date: str | None = None
    """When it was published, as precisely as known."""
    note: str | None = None
    """What it says that matters here."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Nation(ModelBase):
    """One of the jurisdictions across the top of the table."""

    id: str
    """Stable key, e.g. ``northern-ireland``."""
    name: str
    """Display name, e.g. ``Northern Ireland``."""
    aliases: tuple[str, ...] = ()
    """Other names a user may type (``ni``)."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Setting(ModelBase):
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


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Member(ModelBase):
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
class Entry(ModelBase):
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
class Event(ModelBase):
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


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Edition(ModelBase):
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
