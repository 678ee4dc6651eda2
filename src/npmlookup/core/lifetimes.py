"""Places' lifetimes: when a place was in use, whether it held children, and its status in words.

The one definition of the places file's grammar for ``periods``, ``status`` and
``holds_children`` (docs/sources/places.md), read with the same date module and the same
rule as events: a change counts from the upper bound of its date, and between a bound's
lower and upper ends the state is uncertain, and said to be so. The checks, the records,
the renderers and the site all take the grammar and its wording from here.

    periods = period *( "; " period )   period = [bound] ".." [bound]
    bound   = when | "by " when          when   = date | date "/" date
    status  = "open" | "closed " when | "closed temporarily " when
    holds_children = "yes" | "no" | "yes:" periods | "no:" periods   (empty: unknown)
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, NamedTuple

from npmlookup.core.dates import WINDOW_SHAPE, EventDate, bound_words, parse_bound

State = Literal["open", "closed", "not yet open", "uncertain"]
"""A place on a day: in use, no longer (or not between two periods) in use, not yet in use, or unknown."""
STATES: tuple[State, ...] = ("open", "closed", "not yet open", "uncertain")

Children = Literal["yes", "no", "uncertain", "unknown"]
"""Whether a place holds children on a day: yes, no, uncertain (inside a bound), unknown (no source)."""

_WHEN = WINDOW_SHAPE
_BOUND = rf"(by )?{_WHEN}"
_PERIOD = rf"({_BOUND})?\.\.({_BOUND})?"
PERIODS_PATTERN = rf"^{_PERIOD}(; {_PERIOD})*$"
"""The shape of ``periods`` (the calendar is checked by `parse_periods`)."""
STATUS_PATTERN = rf"^(open|closed {_WHEN}|closed temporarily {_WHEN})$"
"""The shape of ``status``."""
HOLDS_CHILDREN_PATTERN = rf"^(yes|no)(:{_PERIOD}(; {_PERIOD})*)?$"
"""The shape of ``holds_children``."""
PERIODS_FORM = "periods of the form [START]..[END] joined by '; ' (dates YYYY, YYYY-MM, YYYY-MM-DD, A/B, 'by D')"
STATUS_FORM = "open, closed WHEN or closed temporarily WHEN (WHEN: YYYY, YYYY-MM, YYYY-MM-DD or A/B)"
HOLDS_CHILDREN_FORM = "yes, no, yes:PERIODS or no:PERIODS"


class Period(NamedTuple):
    """One stretch of time a place was in use as the kind of place its row describes."""

    start: EventDate | None
    """When it began; None: already in use on the edition's date."""
    end: EventDate | None
    """When it ended; None: still in use at the latest source."""


class Status(NamedTuple):
    """A place's status at its latest source."""

    word: Literal["open", "closed", "closed temporarily"]
    """Open, closed, or closed with a reopening announced but not seen."""
    when: EventDate | None
    """When it closed; None when open."""


class PlaceState(NamedTuple):
    """A place on one day, and how people would say it."""

    state: State
    """In use, closed, not yet open, or uncertain."""
    words: str
    """``open``, ``closed in March 2020``, ``not yet open: it opened on 28 February 2017``..."""


@lru_cache(maxsize=512)
def parse_periods(text: str) -> tuple[Period, ...] | None:
    """``periods`` as periods in time order; None when malformed or out of order."""
    periods: list[Period] = []
    for part in text.split("; "):
        start_text, dots, end_text = part.partition("..")
        if not dots:
            return None
        start = parse_bound(start_text) if start_text else None
        end = parse_bound(end_text) if end_text else None
        if (start_text and start is None) or (end_text and end is None) or ".." in end_text:
            return None
        if start is None and periods:
            return None  # only the first period may have begun before the edition
        if start is not None and end is not None and (start.earliest or start.latest) > end.latest:
            return None
        if periods and (periods[-1].end is None or start is None or periods[-1].end.latest > (start.earliest or "")):
            return None
        periods.append(Period(start, end))
    return tuple(periods)


def parse_status(text: str) -> Status | None:
    """``status`` parsed; None when malformed."""
    if text == "open":
        return Status("open", None)
    for word in ("closed temporarily", "closed"):
        if text.startswith(word + " "):
            when = parse_bound(text[len(word) + 1 :])
            return Status(word, when) if when is not None and when.earliest is not None else None
    return None


def parse_holds_children(text: str) -> tuple[bool, tuple[Period, ...] | None] | None:
    """``holds_children`` as (yes or no, the periods it is limited to or None for throughout); None
    when malformed."""
    answer, colon, periods_text = text.partition(":")
    if answer not in ("yes", "no"):
        return None
    if not colon:
        return answer == "yes", None
    periods = parse_periods(periods_text)
    return (answer == "yes", periods) if periods else None


def default_periods(status_text: str) -> str:
    """The periods a place has when its file gives none: in use from the edition's date until its
    status says it closed (``..`` for an open place, ``..2022`` for ``closed 2022``)."""
    status = parse_status(status_text)
    return f"..{status.when.text}" if status is not None and status.when is not None else ".."


def in_use_between(periods_text: str) -> tuple[str, str]:
    """The widest span a place may have been in use: from its first start's upper bound (``""``:
    already in use) to its last end's upper bound (``"~"``, after every day: still in use)."""
    periods = parse_periods(periods_text) or (Period(None, None),)
    start, end = periods[0].start, periods[-1].end
    return (start.latest if start else ""), (end.latest if end else "~")


def lifetime_problem(periods: str, status: str) -> str | None:
    """What is wrong with a place's periods and status together, if anything."""
    parsed, latest = parse_periods(periods), parse_status(status)
    if parsed is None:
        return f"periods {periods!r} must be {PERIODS_FORM}, in time order"
    if latest is None:
        return f"status {status!r} must be {STATUS_FORM}"
    last_end = parsed[-1].end
    if latest.when is None and last_end is not None:
        return f"status {status!r} says open, but its last period ends ({last_end.text})"
    if latest.when is not None and (last_end is None or last_end.text != latest.when.text):
        return (
            f"status {status!r} must close when its last period ends ({last_end.text if last_end else 'it does not'})"
        )
    return None


def _phase(bound: EventDate, day: str) -> Literal["before", "inside", "after"]:
    if bound.earliest is not None and day < bound.earliest:
        return "before"
    return "inside" if day < bound.latest else "after"


def _in_periods(periods: tuple[Period, ...], day: str) -> tuple[State, int, Literal["start", "end"]]:
    """The state on `day`, the index of the period that decides it, and which of its ends does."""
    for index, period in enumerate(periods):
        if period.start is not None:
            phase = _phase(period.start, day)
            if phase == "before":
                return ("not yet open" if index == 0 else "closed"), index, "start"
            if phase == "inside":
                return "uncertain", index, "start"
        if period.end is None:
            return "open", index, "start"
        phase = _phase(period.end, day)
        if phase == "before":
            return "open", index, "start"
        if phase == "inside":
            return "uncertain", index, "end"
    return "closed", len(periods) - 1, "end"


def state_on(periods_text: str, status_text: str, day: str) -> PlaceState:
    """A place on an ISO day, from its ``periods`` and ``status``, in words."""
    periods = parse_periods(periods_text) or (Period(None, None),)
    state, index, which = _in_periods(periods, day)
    start, end = periods[index]
    if state == "open":
        reopened = index > 0 and start is not None
        return PlaceState(state, f"open, reopened {bound_words(start.text)}" if start and reopened else "open")
    if which == "end" and end is not None:
        if state == "uncertain":
            return PlaceState(state, f"uncertain on this date: it closed {bound_words(end.text)}")
        return PlaceState(state, status_words(status_text, periods_text))
    if start is None:  # not reached: a period without a start is open until its end
        return PlaceState(state, state)
    if state == "uncertain" and start.earliest is None:
        return PlaceState(state, f"uncertain on this date: known to be in use {bound_words(start.text)}, not before")
    if state == "uncertain":
        return PlaceState(state, f"uncertain on this date: it opened {bound_words(start.text)}")
    if state == "not yet open":
        return PlaceState(state, f"not yet open: it opened {bound_words(start.text)}")
    ended = periods[index - 1].end
    closed = f"closed {bound_words(ended.text)}" if ended else "closed"
    return PlaceState(state, f"{closed}, reopened {bound_words(start.text)}")


def status_words(status_text: str, periods_text: str) -> str:
    """The status at the latest source as people say it: ``open``, ``open, reopened on 1 December
    2025``, ``closed in March 2020``, ``closed temporarily in September 2025; a reopening was
    announced but has not been seen``."""
    status = parse_status(status_text)
    periods = parse_periods(periods_text) or (Period(None, None),)
    if status is None:
        return status_text
    if status.when is None:
        last = periods[-1]
        return f"open, reopened {bound_words(last.start.text)}" if len(periods) > 1 and last.start else "open"
    words = f"{status.word} {bound_words(status.when.text)}"
    if status.word == "closed temporarily":
        words += "; a reopening was announced but has not been seen"
    return words


def children_on(holds_children: str | None, periods_text: str, status_text: str, day: str) -> Children:
    """Whether a place holds children (under 18) on an ISO day: only while it is in use, and within
    the periods its ``holds_children`` gives."""
    parsed = parse_holds_children(holds_children) if holds_children else None
    if parsed is None:
        return "unknown"
    state = state_on(periods_text, status_text, day).state
    if state in ("closed", "not yet open"):
        return "no"
    answer, within = parsed
    inside: State = "open" if within is None else _in_periods(within, day)[0]
    if inside == "uncertain" or (state == "uncertain" and answer and inside == "open"):
        return "uncertain"
    if inside == "open":
        return "yes" if answer else "no"
    return "no" if answer else "unknown"
