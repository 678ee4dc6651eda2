"""The places' date grammar (core.lifetimes): what it accepts, what it refuses, and its words."""

from __future__ import annotations

import pytest

from npmlookup.core.dates import parse_bound, parse_event_date
from npmlookup.core.lifetimes import (
    default_periods,
    lifetime_problem,
    parse_holds_children,
    parse_periods,
    parse_status,
    state_on,
)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2020-03", "2020-03-01", "2020-03-31"),
        ("2016-06-17", "2016-06-17", "2016-06-17"),
        ("2014-03/2015-02", "2014-03-01", "2015-02-28"),
        ("by 2025-10", None, "2025-10-31"),
        ("2018", "2018-01-01", "2018-12-31"),
    ],
)
def test_a_bound_has_the_same_bounds_as_an_event_date(text: str, earliest: str | None, latest: str) -> None:
    bound = parse_bound(text)
    assert bound is not None
    assert (bound.earliest, bound.latest) == (earliest, latest)
    assert parse_event_date(text) == bound, "one date module: events read the same forms"


@pytest.mark.parametrize("text", ["2020-13", "2015/2014", "by by 2020", "2020-03 ", "", "soon"])
def test_a_malformed_bound_is_refused(text: str) -> None:
    assert parse_bound(text) is None


@pytest.mark.parametrize(
    "periods", ["..", "..2020-03", "2017-02-28..", "..2018-12; 2025-12-01..", "by 2025-10..", "2014-03/2015-02..2018"]
)
def test_periods_accepted(periods: str) -> None:
    assert parse_periods(periods)


@pytest.mark.parametrize("periods", ["", "2020", "2020..2019", "..2018; ..2020", "2017..; 2018..", "..2018;2019.."])
def test_periods_refused(periods: str) -> None:
    assert parse_periods(periods) is None


def test_status_and_periods_must_agree() -> None:
    assert lifetime_problem("..2020-03", "closed 2020-03") is None
    assert lifetime_problem("..", "open") is None
    assert "must close when its last period ends" in (lifetime_problem("..", "closed 2020") or "")
    assert "says open" in (lifetime_problem("..2020", "open") or "")
    assert "must be open, closed WHEN" in (lifetime_problem("..", "shut") or "")
    assert parse_status("closed temporarily 2025-09") is not None
    assert parse_status("closed") is None, "a closure has a date"
    assert default_periods("closed 2022") == "..2022"


def test_holds_children() -> None:
    assert parse_holds_children("yes") == (True, None)
    assert parse_holds_children("no:2015-04..") is not None
    assert parse_holds_children("maybe") is None
    assert parse_holds_children("yes:2020") is None


@pytest.mark.parametrize(
    ("day", "state"),
    [
        ("2018-11-30", "open"),
        ("2018-12-15", "uncertain"),
        ("2018-12-31", "closed"),
        ("2025-11-30", "closed"),
        ("2025-12-01", "open"),
    ],
)
def test_a_reopening(day: str, state: str) -> None:
    assert state_on("..2018-12; 2025-12-01..", "open", day).state == state
