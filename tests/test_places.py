"""Named places: finding one by what people call it, and who covers it."""

from __future__ import annotations

import pytest

import npmlookup
from npmlookup import AmbiguousValueError, UnknownPlaceError
from npmlookup.core.dataset import Dataset
from npmlookup.core.model import normalize
from npmlookup.core.places import (
    find_place_kind,
    find_places,
    find_status,
    not_listed_settings,
    place_completions,
    place_entries,
    place_names,
    places_of,
)


def covered_by(dataset: Dataset, name: str) -> list[tuple[str, str]]:
    (place,) = find_places(dataset, name)
    return [(e.member, e.role) for e in place_entries(dataset, place)]


@pytest.mark.parametrize(
    ("text", "core"),
    [
        ("HMP & YOI Berwyn", "berwyn"),
        ("HMP/YOI Altcourse", "altcourse"),
        ("Altcourse (HMP & YOI)", "altcourse"),
        ("Carchar y Berwyn", "berwyn"),
        ("Berwyn prison", "berwyn"),
        ("Brook House IRC", "brook house"),
        ("Oakhill STC", "oakhill"),
        ("The Verne", "the verne"),
    ],
)
def test_designators_are_optional_at_either_end(latest: Dataset, text: str, core: str) -> None:
    assert place_names(latest).core(normalize(text)) == core


@pytest.mark.parametrize("name", ["HMP Berwyn", "Carchar y Berwyn", "berwyn", "HMP & YOI BERWYN", "Berwyn Prison"])
def test_berwyn_by_any_of_its_names(latest: Dataset, name: str) -> None:
    assert [p.id for p in find_places(latest, name)] == ["hmp-berwyn"]
    assert covered_by(latest, name) == [("hmi-prisons", "lead"), ("hiw", "partner"), ("imb", "lead")]


def test_a_name_that_fits_two_places_answers_for_each(latest: Dataset) -> None:
    assert [p.id for p in find_places(latest, "Parc")] == ["hmp-parc", "hmyoi-parc"]
    assert [p.id for p in find_places(latest, "HMP Parc")] == ["hmp-parc"], "a full name that one place carries"
    assert [p.id for p in find_places(latest, "Hydebank")] == ["hydebank-wood-college", "ash-house-hydebank-wood"]


def test_a_beginning_that_fits_places_of_different_names_is_ambiguous(latest: Dataset) -> None:
    with pytest.raises(AmbiguousValueError, match="Haverigg"):
        find_places(latest, "Ha")


def test_entries_limited_to_some_kinds_of_place(latest: Dataset) -> None:
    oakhill = dict(covered_by(latest, "Oakhill"))
    assert oakhill == {"ofsted": "lead", "hmi-prisons": "partner", "cqc": "partner", "occ": "lead"}
    home = next(p for p in latest.places if p.kind == "secure children's home" and p.nation == "england")
    members = [e.member for e in place_entries(latest, home)]
    assert members == ["ofsted", "occ"], "HMI Prisons and CQC are limited to secure training centres"
    school = dict(covered_by(npmlookup.at(latest, "2025-01"), "Oasis Restore"))
    assert school == {"ofsted": "lead", "cqc": "partner", "occ": "lead"}
    assert dict(covered_by(latest, "Oasis Restore")) == {}, "closed temporarily: nobody covers it now"
    assert dict(covered_by(latest, "Woodlands")) == {"cjini": "lead", "rqia": "partner"}
    assert dict(covered_by(npmlookup.at(latest, "2021-11"), "Woodlands")) == {"cjini": "lead"}, (
        "RQIA's secure care is another kind until its part at the JJC is seen"
    )
    cell = [e.member for e in latest.cells[("children-secure", "england")]]
    assert cell == ["ofsted", "hmi-prisons", "cqc"], "the cell's own answer still lists every entry"


def test_a_place_answers_as_of_the_date_asked(real: Dataset) -> None:
    assert dict(covered_by(real, "Oakhill")) == {"ofsted": "lead", "hmi-prisons": "partner", "occ": "lead"}


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        ("Brixton police station", "police-custody"),
        ("Snaresbrook Crown Court", "court-custody"),
        ("Westminster Magistrates", "court-custody"),
        ("St Ann's Hospital", "mental-health"),
        ("Cardiff Bay police station", "police-custody"),
        ("Sunnyview Care Home", "dols"),
        ("Atlantis", None),
    ],
)
def test_a_name_that_fits_nothing(latest: Dataset, text: str, setting: str | None) -> None:
    with pytest.raises(UnknownPlaceError) as raised:
        find_places(latest, text)
    assert raised.value.setting == setting
    assert [s.id for s in not_listed_settings(latest, text)][:1] == ([setting] if setting else [])
    if setting:
        assert f"setting {setting!r}" in str(raised.value), "the library's message names no command"
        assert "not listed by name" in str(raised.value)


def test_a_typo_gets_suggestions_never_an_answer(latest: Dataset) -> None:
    with pytest.raises(UnknownPlaceError) as raised:
        find_places(latest, "HMP Wandswoth")
    assert raised.value.suggestions == ["HMP & YOI Wandsworth"]


@pytest.mark.parametrize(("day", "closed"), [("2016-06-16", False), ("2016-06-17", True), ("2025-12-11", True)])
def test_closure_at_a_date(latest: Dataset, day: str, closed: bool) -> None:
    (holloway,) = find_places(latest, "Holloway")
    assert holloway.status_words == "closed on 17 June 2016"
    assert holloway.is_closed_on(day) is closed


@pytest.mark.parametrize(
    ("day", "state"), [("2014-12-31", "open"), ("2020-03-15", "uncertain"), ("2020-03-31", "closed")]
)
def test_a_closure_known_to_a_month_is_uncertain_inside_it(latest: Dataset, day: str, state: str) -> None:
    (medway,) = find_places(latest, "Medway STC")
    assert medway.state_on(day).state == state


def test_places_of_filters(latest: Dataset) -> None:
    wales = places_of(latest, nation="wales")
    assert {p.nation for p in wales} == {"wales"}
    assert len(wales) == 8
    imb_ni = places_of(latest, member="imb-ni")
    assert {p.nation for p in imb_ni} == {"northern-ireland"}
    assert {p.setting for p in imb_ni} == {"prisons"}
    stcs = places_of(latest, kind="secure training centre", status="open")
    assert [p.name for p in stcs] == ["Oakhill Secure Training Centre"]
    assert all(p.setting == "immigration" for p in places_of(latest, setting="immigration"))


def test_kinds_and_statuses_as_typed(latest: Dataset) -> None:
    assert find_place_kind(latest, "Secure Training Centre") == "secure training centre"
    assert find_place_kind(latest, "secure children") == "secure children's home"
    with pytest.raises(AmbiguousValueError):
        find_place_kind(latest, "secure")
    with pytest.raises(npmlookup.UnknownValueError):
        find_place_kind(latest, "castle")
    assert find_status("Closed") == "closed"
    assert find_status("not") == "not yet open"
    with pytest.raises(npmlookup.UnknownValueError):
        find_status("ajar")


def test_completions_complete_what_was_typed(latest: Dataset) -> None:
    values = dict(place_completions(latest, "carchar"))
    assert values["carchar-y-berwyn"] == "HMP & YOI Berwyn"
    for value, _name in place_completions(latest, "berw"):
        assert value.startswith("berw")
        assert find_places(latest, value)
