"""Every date npmlookup reads: the dates of events and facts, and the dates people ask about.

Dates are ISO strings (``YYYY-MM-DD``) throughout, which compare correctly as text once
they are known to be well formed; everything that reads a date goes through here.

Event dates, as written in a dataset file:
- ``2022-07-01``, ``2022-07`` or ``2022``: it happened then (a month or a year means some
  day in it);
- ``by 2025-12-11``: on or before that day (the date of the page that shows it);
- ``2017-07 to 2018`` or ``2017-07/2018``: some day between the two.
A place's dates (places.md) use the same forms (`parse_bound`).
Every event date has an upper bound, and an event counts from it: a change known only to
a month counts from the month's last day, so no answer includes it before it may have
happened.

Dates people ask about (``--as-of``, or `npmlookup.at`): ``YYYY``, ``YYYY-MM``,
``YYYY-MM-DD`` (a year or month means its last day), ``today``, ``factsheet`` (the base
edition as it stands), or a `datetime.date`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from npmlookup.errors import InvalidDateError, shortened

if TYPE_CHECKING:
    import datetime

FACTSHEET = "factsheet"
"""The word people use for the base edition as its source states it (`npmlookup.at`, ``--as-of``)."""

# The date grammar's shapes as regular expressions (the calendar itself is checked by `bounds`).
DATE_SHAPE = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
"""``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
WINDOW_SHAPE = rf"{DATE_SHAPE}(/{DATE_SHAPE})?"
"""A date, or ``A/B``: some day between two dates (a place's dates)."""


class EventDate(NamedTuple):
    """An event's date as written, and the ISO days that bound it."""

    text: str
    """As written in the file (``2022-07``, ``by 2025-12-11``)."""
    earliest: str | None
    """First day it may have happened; None when only an upper bound is known."""
    latest: str
    """Last day it may have happened: it counts from this day."""


def days_in_month(year: int, month: int) -> int:
    """How many days a month of the Gregorian calendar has."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def bounds(text: str) -> tuple[str, str] | None:
    """First and last ISO day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None when malformed."""
    # No calendar or datetime here: every run reads dates, and importing them is a measurable
    # part of start-up (benchmarks/startup.py).
    parts = text.split("-")
    if [len(p) for p in parts] not in ([4], [4, 2], [4, 2, 2]) or not all(p.isdigit() and p.isascii() for p in parts):
        return None
    year = int(parts[0])
    if year < 1:
        return None
    if len(parts) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(parts[1])
    if not 1 <= month <= 12:
        return None
    if len(parts) == 2:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{days_in_month(year, month):02d}"
    if not 1 <= int(parts[2]) <= days_in_month(year, month):
        return None
    return text, text


def is_day(text: str) -> bool:
    """Whether `text` is exactly one ISO day, ``YYYY-MM-DD``."""
    found = bounds(text)
    return found is not None and found[0] == found[1] == text


def parse_bound(text: str) -> EventDate | None:
    """A place's dated bound (places.md's grammar), with the same bounds as an event's date.

    ``D`` (a day, month or year: itself a window), ``A/B`` (some day between the start of A
    and the end of B) or ``by W`` (known to hold at the end of W, perhaps earlier). As for
    events, the change counts from the upper bound; before it and after the lower bound
    the state is uncertain. None when `text` is none of these.
    """
    if text != text.strip() or not text:
        return None
    if text.startswith("by "):
        inner = parse_bound(text[3:])
        return EventDate(text, None, inner.latest) if inner is not None and not text[3:].startswith("by ") else None
    first_text, slash, last_text = text.partition("/")
    first = bounds(first_text)
    last = bounds(last_text) if slash else first
    if first is None or last is None or first[0] > last[1]:
        return None
    return EventDate(text, first[0], last[1])


def bound_words(text: str) -> str:
    """A place's bound for people, after a verb: ``in March 2020``, ``on 17 June 2016``, ``by October
    2025``, ``at some point between 21 May 2024 and September 2024`` (each date as `spoken` says it;
    "at some point": a window read as a span would say it was shut all that time)."""
    if text.startswith("by "):
        return f"by {spoken(text[3:])}"
    first, slash, last = text.partition("/")
    if slash:
        return f"at some point between {spoken(first)} and {spoken(last)}"
    return f"on {spoken(text)}" if is_day(text) else f"in {spoken(text)}"


def parse_event_date(text: str) -> EventDate | None:
    """An event's date with its bounds; None when it is not one of the forms above."""
    if text != text.strip() or not text:
        return None
    if text.startswith("by "):
        found = bounds(text[3:])
        return EventDate(text, None, found[1]) if found else None
    window = parse_bound(text.replace(" to ", "/", 1))  # ``A to B`` is the window ``A/B``
    return window._replace(text=text) if window else None


EVENT_DATE_FORMS = "YYYY-MM-DD, YYYY-MM, YYYY, 'by' one of those, or 'A to B' or 'A/B' with two of those"
"""The event date forms, in words, for messages."""


def last_day(text: str) -> str:
    """The last ISO day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (``text`` itself when malformed)."""
    found = bounds(text)
    return found[1] if found else text


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""The months' names, as dates are said in words."""


def spoken(text: str, *, days: bool = True) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as people say it: ``2022``, ``July 2022``, ``8 September 2022``
    (with `days` False, a day is said by its month: ``September 2022``); `text` itself when malformed."""
    if bounds(text) is None:
        return text
    year, *rest = text.split("-")
    if not rest:
        return year
    month = f"{MONTHS[int(rest[0]) - 1]} {year}"
    return f"{int(rest[1])} {month}" if len(rest) == 2 and days else month


def in_words(text: str, *, lead: str = "since", days: bool = True) -> str:
    """An event date as people say it, the one wording of dates for people.

    ``2022-07`` is ``since July 2022`` (`lead` is the word before a date it happened on:
    ``since``, ``on``, or ``""`` for the date alone: ``July 2022``); ``by 2025-12-11`` is ``by 11
    December 2025``; ``2017-07 to 2018`` is ``between July 2017 and 2018`` alone, ``since some
    time between July 2017 and 2018`` after ``since`` (a state that began then and still holds:
    never read as ending in 2018), and ``some time between ...`` after any other lead. With `days`
    False, days are said by their month (``by December 2025``).
    """
    if text.startswith("by "):
        return f"by {spoken(text[3:], days=days)}"
    if " to " in text or "/" in text:
        start, _, end = text.replace("/", " to ").partition(" to ")
        between = f"between {spoken(start, days=days)} and {spoken(end, days=days)}"
        return f"since some time {between}" if lead == "since" else f"some time {between}" if lead else between
    return f"{lead} {spoken(text, days=days)}".strip()


def parse_as_of(value: str | datetime.date, *, today: datetime.date | None = None) -> str:
    """A date asked about, as an ISO day or `FACTSHEET`; raises `InvalidDateError` otherwise.

    A year or a month means its last day: ``2022-07`` includes the changes of July 2022.
    """
    if not isinstance(value, str):
        import datetime

        if isinstance(value, datetime.datetime):
            return value.date().isoformat()
        if isinstance(value, datetime.date):
            return value.isoformat()
        raise InvalidDateError(f"a date must be text or a datetime.date, not {type(value).__name__}")
    cleaned = value.strip()
    word = cleaned.casefold()
    if word == "today":
        import datetime

        return (today or datetime.date.today()).isoformat()
    if word == FACTSHEET:
        return FACTSHEET
    found = bounds(cleaned)
    if found is None:
        raise InvalidDateError(
            f"{shortened(value, 40)!r} is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, 'today' or 'factsheet'"
        )
    return found[1]
