"""Every date the tool reads: event dates and their bounds, and the dates people ask about."""

from __future__ import annotations

import calendar
import datetime

import pytest

from npmlookup import InvalidDateError
from npmlookup.core import dates


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2017-07-19", "2017-07-19", "2017-07-19"),
        ("2022-07", "2022-07-01", "2022-07-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2017", "2017-01-01", "2017-12-31"),
        ("by 2017", None, "2017-12-31"),
        ("by 2025-12-11", None, "2025-12-11"),
        ("2017-07 to 2018", "2017-07-01", "2018-12-31"),
        ("2022-09-08 to 2025-12-11", "2022-09-08", "2025-12-11"),
    ],
)
def test_event_dates_have_an_upper_bound(text: str, earliest: str | None, latest: str) -> None:
    assert dates.parse_event_date(text) == (text, earliest, latest)


@pytest.mark.parametrize(
    "text",
    [
        "unknown",
        "2017-7",
        "17-07-19",
        "2017-02-30",
        "by",
        "by unknown",
        "soon",
        "2018 to 2017",
        "2017 to",
        "By 2022-02",
        "2022-02 ",
        " 2022-02",
        "\uff12\uff10\uff11\uff17",
        "0000",
    ],
)
def test_malformed_or_unbounded_event_dates_are_refused(text: str) -> None:
    assert dates.parse_event_date(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2017-07-19", "since 19 July 2017"),
        ("by 2025-12-11", "by 11 December 2025"),
        ("2017-07 to 2018", "since some time between July 2017 and 2018"),
    ],
)
def test_event_dates_in_words(text: str, words: str) -> None:
    assert dates.in_words(text) == words


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2022", "2022-12-31"),
        ("2022-07", "2022-07-31"),
        ("2024-02", "2024-02-29"),
        ("2023-01-01", "2023-01-01"),
        (" 2023-01-01 ", "2023-01-01"),
        ("factsheet", "factsheet"),
        ("Factsheet", "factsheet"),
        (datetime.date(2023, 1, 1), "2023-01-01"),
        (datetime.datetime(2023, 1, 1, 12, 30), "2023-01-01"),
    ],
)
def test_as_of_takes_what_people_write(value: str | datetime.date, day: str) -> None:
    assert dates.parse_as_of(value) == day


def test_today_is_the_day_it_is_asked() -> None:
    assert dates.parse_as_of("today", today=datetime.date(2026, 11, 26)) == "2026-11-26"
    assert dates.parse_as_of(" Today ") == datetime.date.today().isoformat()


@pytest.mark.parametrize(
    "value", ["garbage", "2024-1-1", "01/02/2024", "2024-02-30", "tomorrow", "", "2024-02-01T00:00"]
)
def test_anything_else_is_refused_without_naming_an_option(value: str) -> None:
    with pytest.raises(InvalidDateError) as raised:
        dates.parse_as_of(value)
    assert "--" not in str(raised.value), "library errors speak of the library"


def test_a_value_of_another_type_is_refused() -> None:
    with pytest.raises(InvalidDateError):
        dates.parse_as_of(20230101)  # type: ignore[arg-type]


@pytest.mark.parametrize("year", [1900, 2000, 2023, 2024, 2100])
def test_every_month_shape_agrees_with_the_calendar(year: int) -> None:
    """Each month of a common year, a leap year, a century that is not leap and one that is."""
    for month in range(1, 13):
        last = calendar.monthrange(year, month)[1]
        assert dates.days_in_month(year, month) == last
        month_text = f"{year}-{month:02d}"
        assert dates.bounds(month_text) == (f"{month_text}-01", f"{month_text}-{last:02d}")
        for day in (1, last):
            day_text = f"{month_text}-{day:02d}"
            assert dates.bounds(day_text) == (day_text, day_text)
        assert dates.bounds(f"{month_text}-{last + 1:02d}") is None
    assert dates.bounds(str(year)) == (f"{year}-01-01", f"{year}-12-31")


def test_impossible_days_are_refused() -> None:
    for impossible in ("1900-02-29", "2023-02-29", "2024-04-31", "2024-00-01", "2024-13", "2024-01-00"):
        assert dates.bounds(impossible) is None
    assert dates.bounds("2000-02-29") == ("2000-02-29", "2000-02-29")
