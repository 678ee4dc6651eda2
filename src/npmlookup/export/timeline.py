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
    base = dataset.base or dataset
    first = base.edition.valid_from
    later = {event.date_latest for event in base.events if first < event.date_latest <= base.checked}
    return (first, *sorted(later))


def snapshots(dataset: Dataset) -> tuple[Snapshot, ...]:
    """The library's answer for each span between two change days, oldest first."""
    base = dataset.base or dataset
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


def place_periods(dataset: Dataset, place: Place) -> list[tuple[str, str | None]]:
    """When a place was in use, as (valid_from, valid_to) spans, read from what the model knows of it.

    The one place that reads a place's lifetime: today the model has its status only (``open``,
    ``closed`` or ``closed YYYY``, read by `Place.is_closed_on`), so a place is in use from the
    edition's first day until it closed; a place closed in an unknown year has no known span.
    """
    base = dataset.base or dataset
    first = base.edition.valid_from
    if not place.is_closed_on(None):
        return [(first, None)]
    closed = place.closed_in
    if closed is None:
        return []
    closed_from = f"{closed}-01-01"
    return [(first, closed_from)] if place.is_closed_on(closed_from) and first < closed_from else []
