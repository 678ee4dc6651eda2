"""Dated events applied to the base edition: each kind before, on and after its date."""

from __future__ import annotations

import datetime

import pytest

import npmlookup
from npmlookup import InvalidDateError
from npmlookup.model import Dataset


def members_in(dataset: Dataset, setting: str, nation: str) -> list[str]:
    return [e.member for e in dataset.cells[(setting, nation)]]


def test_the_base_edition_has_no_later_member(small: Dataset) -> None:
    assert "rev" not in [m.id for m in small.members]
    assert small.as_of is None


@pytest.mark.parametrize(("day", "designated"), [("2021-03-14", False), ("2021-03-15", True), ("2030-01-01", True)])
def test_designated(small: Dataset, day: str, designated: bool) -> None:
    dated = npmlookup.at(small, day)
    assert ("rev" in [m.id for m in dated.members]) is designated
    assert ("rev" in members_in(dated, "cells", "south")) is designated


@pytest.mark.parametrize(
    ("day", "name", "abbreviation"),
    [("2022-02-27", "Health Board", "HB"), ("2022-02-28", "Care Board", "CB"), ("2025-01-01", "Care Board", "CB")],
)
def test_renamed_counts_from_the_last_day_of_its_month(small: Dataset, day: str, name: str, abbreviation: str) -> None:
    member = npmlookup.at(small, day).member_by_id["hb"]
    assert (member.name, member.abbreviation) == (name, abbreviation)


def test_a_renamed_member_keeps_its_old_names_as_aliases(small: Dataset) -> None:
    dated = npmlookup.at(small, "2025-01-01")
    assert {"Health Board", "HB"} <= set(dated.member_by_id["hb"].aliases)
    assert npmlookup.find_member(dated, "Health Board").id == "hb"


@pytest.mark.parametrize(("day", "present"), [("2023-12-30", True), ("2023-12-31", False), ("2024-06-01", False)])
def test_role_removed_by_a_year_counts_from_its_end(small: Dataset, day: str, present: bool) -> None:
    dated = npmlookup.at(small, day)
    assert ("jic" in members_in(dated, "cells", "north")) is present
    assert members_in(dated, "jails", "north")[0] == "jic", "other cells are untouched"


@pytest.mark.parametrize(("day", "present"), [("2021-03-14", False), ("2021-03-15", True)])
def test_role_added_carries_its_basis_and_event(small: Dataset, day: str, present: bool) -> None:
    added = [e for e in npmlookup.at(small, day).cells[("cells", "north")] if e.member == "rev"]
    assert bool(added) is present
    if added:
        assert (added[0].role, added[0].basis, added[0].event) == ("lead", "inferred", "rev-cells")


def test_an_event_of_unknown_date_is_never_applied(small: Dataset) -> None:
    assert npmlookup.at(small, "2099-12-31").member_by_id["lv"].name == "Lay Visitors"


def test_name_history_lists_every_name_with_its_date(small: Dataset) -> None:
    for dataset in (small, npmlookup.at(small, "2025-01-01")):
        history = npmlookup.name_history(dataset, "hb")
        assert [(h.name, h.abbreviation, h.since) for h in history] == [
            ("Health Board", "HB", None),
            ("Care Board", "CB", "2022-02"),
        ]


def test_dates_before_the_edition_describes_are_refused(small: Dataset) -> None:
    with pytest.raises(InvalidDateError, match="before 2020-01-01"):
        npmlookup.at(small, "2019-12-31")
    assert npmlookup.at(small, "2020-01-01").as_of == "2020-01-01"


@pytest.mark.parametrize("text", ["2024-1-1", "01/02/2024", "2024-02-30", "tomorrow", "", "2024-02-01T00:00"])
def test_malformed_as_of_values_are_refused(text: str) -> None:
    with pytest.raises(InvalidDateError):
        npmlookup.parse_as_of(text)


def test_today_is_accepted() -> None:
    assert npmlookup.parse_as_of("today", today=datetime.date(2026, 11, 26)) == "2026-11-26"
    assert npmlookup.parse_as_of(" Today ") == datetime.date.today().isoformat()


def test_police_custody_in_england_after_july_2022(real: Dataset) -> None:
    dated = npmlookup.at(real, "2023-01-01")
    cell = dated.cells[("police-custody", "england")]
    names = [dated.member_by_id[e.member].abbreviation for e in cell]
    assert "HMI Prisons" not in names
    assert {"HMICFRS", "CQC", "ICVA"} <= set(names)
    assert [e.role for e in cell if e.member == "cqc"] == ["partner"]
    assert [
        m.abbreviation for m in (real.member_by_id[e.member] for e in real.cells[("police-custody", "england")])
    ] == ["HMIC", "HMI Prisons", "ICVA"], "the default answer is unchanged"


def test_the_real_dataset_has_21_members_after_january_2017(real: Dataset) -> None:
    assert len(npmlookup.at(real, "2017-01-11").members) == 20
    assert len(npmlookup.at(real, "2017-01-12").members) == 21
