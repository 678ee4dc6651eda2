"""Dates as people say them: one wording, `core.dates.in_words`, for every answer and page."""

from __future__ import annotations

import pytest

from npmlookup.core import dates


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2022", "2022"),
        ("2022-07", "July 2022"),
        ("2022-09-08", "8 September 2022"),
        ("2024-02-29", "29 February 2024"),
        ("2022-13", "2022-13"),
    ],
)
def test_a_date_is_said_with_its_month_by_name(text: str, words: str) -> None:
    assert dates.spoken(text) == words


def test_a_day_may_be_said_by_its_month() -> None:
    assert dates.spoken("2022-09-08", days=False) == "September 2022"


@pytest.mark.parametrize(
    ("text", "lead", "days", "words"),
    [
        ("2022-09", "since", True, "since September 2022"),
        ("by 2025-12-11", "since", False, "by December 2025"),
        ("2022-09-08 to 2025-12-11", "since", False, "since some time between September 2022 and December 2025"),
        ("2022-09-08 to 2025-12-11", "since", True, "since some time between 8 September 2022 and 11 December 2025"),
        ("2022-09-08 to 2025-12-11", "", False, "between September 2022 and December 2025"),
        ("2022-09-08 to 2025-12-11", "on", False, "some time between September 2022 and December 2025"),
        ("2022-07", "", True, "July 2022"),
        ("2017-07-19", "on", True, "on 19 July 2017"),
    ],
)
def test_event_dates_read_as_people_say_them(text: str, lead: str, days: bool, words: str) -> None:
    assert dates.in_words(text, lead=lead, days=days) == words


@pytest.mark.parametrize("text", ["2022-07", "by 2025-12-11", "2017-07 to 2018", "2019"])
def test_no_iso_date_and_no_counts_from_in_the_words(text: str) -> None:
    words = dates.in_words(text)
    assert "counts from" not in words
    assert not any(part.count("-") == 2 for part in words.split())
