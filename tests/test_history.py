"""Dated events applied to the base edition: each kind before, on and after its date."""

from __future__ import annotations

import datetime

import pytest

import npmlookup
from npmlookup import InvalidDateError
from npmlookup.core.dataset import Dataset

from .conftest import DATA


def members_in(dataset: Dataset, setting: str, nation: str) -> list[str]:
    return [e.member for e in dataset.cells[(setting, nation)]]


def test_the_base_edition_has_no_later_member(small: Dataset) -> None:
    assert "rev" not in [m.id for m in small.members]
    assert small.is_edition
    assert small.as_of == small.edition.end == "2020-06-30", "one day, the edition's"


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


@pytest.mark.parametrize(("day", "name"), [("2024-06-29", "Lay Visitors"), ("2024-06-30", "Lay Visiting Scheme")])
def test_an_event_known_only_by_a_bound_counts_from_it(small: Dataset, day: str, name: str) -> None:
    assert npmlookup.at(small, day).member_by_id["lv"].name == name


@pytest.mark.parametrize(("day", "present"), [("2021-03-14", False), ("2021-03-15", True), ("2024-06-30", True)])
def test_setting_added(small: Dataset, day: str, present: bool) -> None:
    dated = npmlookup.at(small, day)
    assert ("special" in [s.id for s in dated.settings]) is present
    assert ("rev" in members_in(dated, "special", "north")) is present
    assert "special" in dated.setting_by_id, "a later setting is known at every date, so its name resolves"
    assert npmlookup.find_setting(small, "Special Detention").id == "special"


@pytest.mark.parametrize(
    ("day", "name"),
    [("2022-01-01", "Police Cells"), ("2022-06-29", "Police Cells"), ("2022-06-30", "Police and Court Cells")],
)
def test_setting_renamed_counts_from_the_end_of_its_range(small: Dataset, day: str, name: str) -> None:
    dated = npmlookup.at(small, day)
    assert dated.setting_by_id["cells"].name == name
    for typed in ("Police Cells", "Police and Court Cells", "police"):
        assert npmlookup.find_setting(dated, typed).id == "cells", "old and new names resolve at any date"


@pytest.mark.parametrize(("day", "noted"), [("2023-06-14", False), ("2023-06-15", True), ("2024-01-01", True)])
def test_a_note_on_a_row_adds_to_the_notes_of_its_entries(small: Dataset, day: str, noted: bool) -> None:
    dated = npmlookup.at(small, day)
    (north,) = dated.cells[("wards", "north")]
    (south,) = dated.cells[("wards", "south")]
    assert ("Wards are under review." in (north.note or "")) is noted
    assert north.note_events == (("wards-note",) if noted else ())
    if noted:
        assert north.note == "Adult wards only. Wards are under review.", "the entry's own note comes first"
    assert south.note_events == (), "only the nations the note names"


def test_the_default_is_the_latest_known_state(small: Dataset) -> None:
    default = npmlookup.load(DATA / "small.yaml")
    assert default.as_of == default.checked == "2024-06-30"
    assert npmlookup.current(small).cells == default.cells
    assert default.member_by_id["lv"].name == "Lay Visiting Scheme"


def test_factsheet_is_the_base_edition_as_it_stands(small: Dataset) -> None:
    for value in ("factsheet", "FACTSHEET"):
        edition = npmlookup.at(npmlookup.current(small), value)
        assert edition.is_edition
        assert edition.as_of == small.edition.end
        assert edition.contents is small.contents
        assert edition.cells == small.contents.cells, "the edition's table as published"


def test_the_edition_month_reproduces_the_edition(small: Dataset) -> None:
    dated = npmlookup.at(small, "2020-06")
    assert dated.cells == small.cells
    assert dated.members == small.members
    assert dated.settings == small.settings


def test_a_day_after_the_check_answers_as_the_check(small: Dataset) -> None:
    later = npmlookup.at(small, "2030-01-01")
    assert later.as_of == "2024-06-30", "the answer speaks for the day of the check"
    assert later.cells == npmlookup.current(small).cells


def test_at_takes_dates_and_any_dataset(small: Dataset) -> None:
    from_date = npmlookup.at(small, datetime.date(2021, 3, 15))
    assert "rev" in [m.id for m in from_date.members]
    assert npmlookup.at(from_date, "2021-03-14").members == npmlookup.at(small, "2021-03-14").members
    assert "rev" in [m.id for m in npmlookup.at(small, "2021").members], "a year means its last day"


@pytest.mark.parametrize("value", ["garbage", "2021-3-15", ""])
def test_at_refuses_what_is_not_a_date(small: Dataset, value: str) -> None:
    with pytest.raises(InvalidDateError):
        npmlookup.at(small, value)


def test_name_history_lists_every_name_with_its_date(small: Dataset) -> None:
    for dataset in (small, npmlookup.at(small, "2025-01-01")):
        history = npmlookup.name_history(dataset, "hb")
        assert [(h.name, h.abbreviation, h.since, h.counts_from) for h in history] == [
            ("Health Board", "HB", None, None),
            ("Care Board", "CB", "2022-02", "2022-02-28"),
        ]


def test_dates_before_the_edition_describes_are_refused(small: Dataset) -> None:
    with pytest.raises(InvalidDateError, match="before 2020-01-01"):
        npmlookup.at(small, "2019-12-31")
    assert npmlookup.at(small, "2020-01-01").as_of == "2020-01-01"


@pytest.mark.parametrize("nation", ["england", "wales"])
def test_police_custody_in_england_and_wales_from_july_2022(real: Dataset, latest: Dataset, nation: str) -> None:
    def cell(dataset: Dataset) -> list[tuple[str, str]]:
        return [
            (dataset.member_by_id[e.member].abbreviation, e.role) for e in dataset.cells[("police-custody", nation)]
        ]

    cqc = [("CQC", "partner")]
    assert cell(npmlookup.at(real, "2022-07-30")) == [
        ("HMICFRS", "lead"),
        ("HMI Prisons", "lead"),
        *cqc,
        ("ICVA", "lead"),
    ]
    assert cell(npmlookup.at(real, "2022-07-31")) == [("HMICFRS", "lead"), *cqc, ("ICVA", "lead")]
    hiw = [("HIW", "partner")] if nation == "wales" else []
    assert cell(latest) == [("HMICFRS", "lead"), *cqc, *hiw, ("ICVA", "lead")]
    assert cell(real) == [("HMIC", "lead"), ("HMI Prisons", "lead"), ("ICVA", "lead")], "the factsheet's cell"


def test_the_real_dataset_has_21_members_after_january_2017(real: Dataset, latest: Dataset) -> None:
    assert len(npmlookup.at(real, "2017-01-11").members) == 20
    assert len(npmlookup.at(real, "2017-01-12").members) == 21
    assert len(latest.members) == 21


def test_terrorism_act_detention_from_january_2017(real: Dataset, latest: Dataset) -> None:
    assert "terrorism" not in [s.id for s in npmlookup.at(real, "2017-01-11").settings]
    assert "terrorism" not in [s.id for s in real.settings]
    visitors = {"england": "icva", "wales": "icva", "scotland": "icvs", "northern-ireland": "nipb-icvs"}
    for nation in ("england", "wales", "scotland", "northern-ireland"):
        members = [e.member for e in latest.cells[("terrorism", nation)]]
        assert members[0] == "irtl"
        assert ("hmicfrs" in members) is ("hmi-prisons" in members) is (nation in ("england", "wales"))
        assert members[-1] == visitors[nation], "custody visitors, from when the NPM listed the setting"
        (visiting,) = [e for e in latest.cells[("terrorism", nation)] if e.member == visitors[nation]]
        assert visiting.addition
        assert "before the NPM listed this setting" in (visiting.note or "")
    assert not npmlookup.at(real, "2017-01-11").cells[("terrorism", "england")], "nothing before the row exists"
    assert [e.member for e in npmlookup.at(real, "2017-01-12").cells[("terrorism", "england")]] == ["irtl", "icva"]
    assert [e.member for e in npmlookup.at(real, "2019-01-30").cells[("terrorism", "england")]] == ["irtl", "icva"]
    assert [e.member for e in npmlookup.at(real, "2019-01-31").cells[("terrorism", "england")]] == [
        "irtl",
        "hmicfrs",
        "hmi-prisons",
        "icva",
    ]
    assert not [e for e in latest.entries if e.member == "irtl" and e.setting != "terrorism"], "no inferred placement"


@pytest.mark.parametrize(("day", "name"), [("2018-12-30", "CSSIW"), ("2018-12-31", "CIW"), ("factsheet", "CSSIW")])
def test_cssiw_becomes_ciw_within_its_bounds(real: Dataset, day: str, name: str) -> None:
    assert npmlookup.at(real, day).member_by_id["ciw"].abbreviation == name


def names_of(dataset: npmlookup.Dataset, kind: str, record_id: str) -> set[str]:
    """Every folded name a member, setting or nation answers to, past and later names included."""
    table = {"member": dataset.member_names, "setting": dataset.setting_names, "nation": dataset.nation_names}[kind]
    return {name for name, ids in table.names.items() if record_id in ids}


def test_every_history_row_is_its_own_and_names_what_it_changed(latest: npmlookup.Dataset) -> None:
    """Issue 26: no two rows say the same thing, and each says which member, setting and nations it
    changed, in words a reader understands without --explain."""
    descriptions = [e.description for e in latest.events]
    assert len(set(descriptions)) == len(descriptions), "two rows say the same thing"
    aliases = {"england": {"england", "english"}, "wales": {"wales", "welsh"}, "scotland": {"scotland", "scottish"}}
    for event in latest.events:
        said = f" {npmlookup.normalize(event.description)} "
        wanted = [("member", event.member), ("setting", event.setting)] + [("nation", n) for n in event.nations]
        for kind, record_id in wanted:
            if record_id is None or (kind == "nation" and len(event.nations) == len(latest.nations)):
                continue
            names = names_of(latest, kind, record_id) | aliases.get(record_id, set())
            said_it = any(f" {name} " in said or f" {name}s " in said for name in names)  # "Wales's"
            assert said_it, (event.id, kind, record_id, event.description)
