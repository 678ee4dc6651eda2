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
from typing import Any, TypeVar

from npmlookup.core.dataset import Dataset
from npmlookup.core.history import at
from npmlookup.core.model import Place

Answer = TypeVar("Answer")
"""What `rows_over_time` reads rows from on each day: the library's answer, or a place's state."""


def answers(dataset: Dataset) -> list[tuple[str, Dataset]]:
    """The library's answer on each day it may change on (the edition's first day, then each event's bound
    day up to the check), which holds until the next one: (day, answer), oldest first."""
    base = dataset.contents
    first = base.edition.valid_from
    later = {event.date_latest for event in base.events if first < event.date_latest <= base.checked}
    return [(day, at(base, day)) for day in (first, *sorted(later))]


def rows_over_time(
    answers: Iterable[tuple[str, Answer]], rows_of: Callable[[Answer], Iterable[tuple[Hashable, dict[str, Any]]]]
) -> list[dict[str, Any]]:
    """Each row that `rows_of` gives for an answer (with a key that says whether it is the same row in
    another answer), once per unbroken run of answers it is in, with its `valid_from` (the day of the
    first) and `valid_to` (the day of the answer after the last; None after the last answer); ordered by
    `valid_from`, then by its place in the answer that first gave it."""
    holding: dict[Hashable, dict[str, Any]] = {}
    found: list[dict[str, Any]] = []
    for day, answer in answers:
        present = dict(rows_of(answer))
        for key in [key for key in holding if key not in present]:
            holding.pop(key)["valid_to"] = day
        for key, row in present.items():
            if key not in holding:
                holding[key] = row | {"valid_from": day, "valid_to": None}
                found.append(holding[key])
    return found


def place_periods(dataset: Dataset, place: Place) -> list[dict[str, Any]]:
    """When a place was in use (state ``open``) or may have been (``uncertain``), as rows with `place`,
    `state`, `valid_from` and `valid_to` from the edition's first day, read from the library's own
    `Place.state_on`.

    A place's state changes only on the days its periods' bounds name (a window's first day, and
    the day its upper bound counts from), so evaluating it on those days gives every span exactly.
    """
    from npmlookup.core.lifetimes import parse_periods

    first = dataset.contents.edition.valid_from
    bounds = [bound for period in parse_periods(place.periods) or () for bound in period if bound is not None]
    days = sorted({first} | {day for bound in bounds for day in (bound.earliest, bound.latest) if day and day > first})
    return rows_over_time(
        ((day, place.state_on(day).state) for day in days),
        lambda state: [(state, {"place": place.id, "state": state})] if state in ("open", "uncertain") else [],
    )
