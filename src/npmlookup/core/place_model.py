"""The named places' part of the model: places of detention, their kinds, and their sources' licences.

Plain, frozen, slotted dataclasses like the rest of the model (`model`), in a module of
their own so that a lookup that asks nothing about places never creates these classes:
the dataset builds its places on first use (`indexes.NamedPlaces`).
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from npmlookup.core.model import ModelBase

if TYPE_CHECKING:
    from npmlookup.core.lifetimes import Children, PlaceState


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class PlaceKind(ModelBase):
    """A kind of named place (``secure training centre``) and the rows of the table that cover it."""

    id: str
    """The kind as places name it, e.g. ``prison and YOI``."""
    setting: str
    """Id of the setting whose cells cover places of this kind."""
    also: tuple[str, ...] = ()
    """Ids of further settings that cover it too (``children``: children in all settings)."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Place(ModelBase):
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
    source_url: str
    """The page its facts come from."""
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
    def closed_in(self) -> str | None:
        """When it closed, as its status writes it (``2020-03``); None when open."""
        _word, _, when = self.status.rpartition(" ")
        return when if self.status != "open" else None

    @property
    def status_words(self) -> str:
        """Its status at the latest source as people say it (``closed in March 2020``)."""
        from npmlookup.core.lifetimes import status_words

        return status_words(self.status, self.periods)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Licence(ModelBase):
    """One source of the named places, and the licence its facts are used under."""

    source: str
    """The source, in words."""
    licence: str | None
    """Its licence, as the places file records it; None where the file records none."""
    used_for: str | None = None
    """What the places take from it."""
