"""Time as columns: the library's answer at every date, as rows with `valid_from` and `valid_to`.

An answer (`core.history.at`) changes only on the days its dated events count from (the
upper bounds of their dates), so the dataset is asked once on its first day and once on
each such day up to the day it was last checked; between two of those days nothing
changes. A row holds on a day D when ``valid_from <= D`` and (``valid_to`` is empty or
``D < valid_to``): `valid_from` is the first day it holds, `valid_to` the first day it no
longer does, and an empty `valid_to` means it still held on the day the data was checked.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from npmlookup.core.dataset import Dataset
from npmlookup.core.history import at
from npmlookup.core.model import Place


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The dataset as the library answers for every day from `valid_from` up to (not including) `valid_to`."""

    valid_from: str
    """First ISO day of the span."""
    valid_to: str | None
    """First ISO day after it; None: it lasts to the day the data was checked, and on."""
    dataset: Dataset
    """The library's answer for any day of the span."""


@dataclass(frozen=True, slots=True)
class Period:
    """A row that holds from `valid_from` up to (not including) `valid_to`."""

    row: dict[str, Any]
    """The row's values."""
    valid_from: str
    """First ISO day it holds."""
    valid_to: str | None
    """First ISO day it no longer holds; None: it still held when the data was checked."""


def change_days(dataset: Dataset) -> tuple[str, ...]:
    """The days an answer may change on: the edition's first day, then each event's bound day up to the check."""
    base = dataset.contents
    first = base.edition.valid_from
    later = {event.date_latest for event in base.events if first < event.date_latest <= base.checked}
    return (first, *sorted(later))


def snapshots(dataset: Dataset) -> tuple[Snapshot, ...]:
    """The library's answer for each span between two change days, oldest first."""
    base = dataset.contents
    days = change_days(base)
    ends: tuple[str | None, ...] = (*days[1:], None)
    return tuple(Snapshot(day, end, at(base, day)) for day, end in zip(days, ends, strict=True))


Keyed = Iterable[tuple[Hashable, dict[str, Any]]]
"""A snapshot's rows, each with the key that says whether it is the same row in another snapshot."""


def periods(spans: Iterable[Snapshot], rows_of: Callable[[Dataset], Keyed]) -> list[Period]:
    """Each row that `rows_of` gives, once per unbroken run of spans it is in, ordered by `valid_from`
    and then by its place in the answer that first gave it."""
    started: dict[Hashable, tuple[dict[str, Any], str, int]] = {}
    found: list[tuple[str, int, Period]] = []
    order = 0
    for span in spans:
        present = dict(rows_of(span.dataset))
        for key in [key for key in started if key not in present]:
            row, start, position = started.pop(key)
            found.append((start, position, Period(row, start, span.valid_from)))
        for key, row in present.items():
            if key not in started:
                started[key] = (row, span.valid_from, order)
                order += 1
    found += [(start, position, Period(row, start, None)) for row, start, position in started.values()]
    return [period for _, _, period in sorted(found, key=lambda item: (item[0], item[1]))]


def place_periods(dataset: Dataset, place: Place) -> list[tuple[str, str | None, str]]:
    """When a place was in use (``open``) or may have been (``uncertain``), as (valid_from, valid_to,
    state) spans from the edition's first day, read from the library's own `Place.state_on`.

    A place's state changes only on the days its periods' bounds name (a window's first day, and
    the day its upper bound counts from), so evaluating it on those days gives every span exactly.
    """
    from npmlookup.core.lifetimes import parse_periods

    first = dataset.contents.edition.valid_from
    bounds = [bound for period in parse_periods(place.periods) or () for bound in period if bound is not None]
    days = sorted({first} | {day for bound in bounds for day in (bound.earliest, bound.latest) if day and day > first})
    spans: list[tuple[str, str | None, str]] = []
    for day in days:
        state = place.state_on(day).state
        if spans and spans[-1][2] == state:
            continue
        if spans:
            spans[-1] = (spans[-1][0], day, spans[-1][2])
        spans.append((day, None, state))
    return [span for span in spans if span[2] in ("open", "uncertain")]
