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
from typing import Any, NamedTuple

from npmlookup.core.dataset import Dataset
from npmlookup.core.history import at
from npmlookup.core.model import Place


class Span(NamedTuple):
    """The library's answer (`dataset`) for every day from `valid_from` up to (not including) `valid_to`;
    a `valid_to` of None: up to the day the data was checked, and on."""

    valid_from: str
    valid_to: str | None
    dataset: Dataset


def change_days(dataset: Dataset) -> tuple[str, ...]:
    """The days an answer may change on: the edition's first day, then each event's bound day up to the check."""
    base = dataset.contents
    first = base.edition.valid_from
    later = {event.date_latest for event in base.events if first < event.date_latest <= base.checked}
    return (first, *sorted(later))


def spans(dataset: Dataset) -> list[Span]:
    """The library's answer for each span between two change days, oldest first."""
    base = dataset.contents
    days = change_days(base)
    return [Span(day, end, at(base, day)) for day, end in zip(days, (*days[1:], None), strict=True)]


def rows_over_time(
    spans: Iterable[Span], rows_of: Callable[[Dataset], Iterable[tuple[Hashable, dict[str, Any]]]]
) -> list[dict[str, Any]]:
    """Each row that `rows_of` gives (with a key that says whether it is the same row in another span),
    once per unbroken run of spans it is in, with its `valid_from` and `valid_to`; ordered by
    `valid_from`, then by its place in the answer that first gave it."""
    holding: dict[Hashable, dict[str, Any]] = {}
    found: list[dict[str, Any]] = []
    for span in spans:
        present = dict(rows_of(span.dataset))
        for key in [key for key in holding if key not in present]:
            holding.pop(key)["valid_to"] = span.valid_from
        for key, row in present.items():
            if key not in holding:
                holding[key] = row | {"valid_from": span.valid_from, "valid_to": None}
                found.append(holding[key])
    return found


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
    found: list[tuple[str, str | None, str]] = []
    for day in days:
        state = place.state_on(day).state
        if found and found[-1][2] == state:
            continue
        if found:
            found[-1] = (found[-1][0], day, found[-1][2])
        found.append((day, None, state))
    return [span for span in found if span[2] in ("open", "uncertain")]
