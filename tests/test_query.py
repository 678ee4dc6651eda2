"""Queries against the small hand-built dataset: name resolution and lookups."""

from __future__ import annotations

import pytest

import npmlookup
from npmlookup import AmbiguousValueError, UnknownValueError
from npmlookup.core.dataset import Dataset
from npmlookup.core.model import normalize
from npmlookup.core.names import NameTable
from npmlookup.core.query import alongside


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Police Custody", "police custody"),
        ("police-custody", "police custody"),
        ("POLICE__custody", "police custody"),
        ("  police \t custody ", "police custody"),
        ("Children\u2019s Commissioner", "childrens commissioner"),
        ("Children's Commissioner", "childrens commissioner"),
        ("N. Ireland", "n ireland"),
        ("n.ireland", "n ireland"),
        ("HIW.", "hiw"),
        ("Fire & Rescue", "fire and rescue"),
        ("Care Inspectorate (Scotland)", "care inspectorate scotland"),
        ("a, b; c", "a b c"),
    ],
)
def test_normalize_folds_case_separators_and_quotes(text: str, folded: str) -> None:
    assert normalize(text) == folded


def test_name_table_prefix_search_returns_each_id_once() -> None:
    table = NameTable([("Care Inspectorate", "ci"), ("CI", "ci"), ("Care Inspectorate Wales", "ciw")])
    assert table.match("care insp").ids == ("ci", "ciw")
    assert table.match("c").ids == ("ci", "ciw")
    assert table.match("zz").ids == ()


@pytest.mark.parametrize(
    ("setting", "nation", "member", "expected"),
    [
        ("jails", "north", None, ["jic", "hb", "lv"]),
        ("jails", None, None, ["jic", "hb", "lv", "jic-south"]),
        (None, "north", None, ["jic", "hb", "lv", "jic", "hb", "hb"]),
        (None, None, "hb", ["hb", "hb", "hb", "hb"]),
        ("jails", "north", "hb", ["hb"]),
        ("cells", "south", None, []),
        (None, "south", "lv", []),
    ],
)
def test_who_filters_by_any_combination(
    small: Dataset, setting: str | None, nation: str | None, member: str | None, expected: list[str]
) -> None:
    assert [e.member for e in npmlookup.who(small, setting=setting, nation=nation, member=member)] == expected


def test_who_without_filters_is_the_whole_table_in_order(small: Dataset) -> None:
    entries = npmlookup.who(small)
    assert entries == small.entries
    assert [(e.setting, e.nation) for e in entries][:4] == [("jails", "north")] * 3 + [("jails", "south")]


def test_alongside_lists_the_other_bodies_in_the_cell(small: Dataset) -> None:
    (hb,) = npmlookup.who(small, setting="jails", nation="north", member="hb")
    assert [e.member for e in alongside(small, hb)] == ["jic", "lv"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jails", "jails"),
        ("Jail", "jails"),
        ("POLICE", "cells"),
        ("police-cells", "cells"),
        ("Police_Cells", "cells"),
        ("secure wa", "wards"),
    ],
)
def test_settings_resolve_by_id_name_alias_and_unique_prefix(small: Dataset, text: str, expected: str) -> None:
    assert npmlookup.find_setting(small, text).id == expected


@pytest.mark.parametrize(("text", "expected"), [("NL", "north"), ("south land", "south"), ("South-Land", "south")])
def test_nations_resolve(small: Dataset, text: str, expected: str) -> None:
    assert npmlookup.find_nation(small, text).id == expected


def test_an_exact_name_wins_over_a_longer_one(small: Dataset) -> None:
    assert npmlookup.find_member(small, "Jail Inspection Commission").id == "jic"
    assert npmlookup.find_member(small, "jail inspection commission south").id == "jic-south"


def test_a_prefix_that_fits_two_records_lists_them(small: Dataset) -> None:
    with pytest.raises(AmbiguousValueError) as caught:
        npmlookup.find_member(small, "Jail Inspection")
    assert caught.value.candidates == [
        "jic (Jail Inspection Commission)",
        "jic-south (Jail Inspection Commission South)",
    ]
    assert caught.value.kind == "member"


def test_a_typo_gets_suggestions_that_are_never_chosen(small: Dataset) -> None:
    with pytest.raises(UnknownValueError) as caught:
        npmlookup.find_setting(small, "jials")
    assert caught.value.suggestions == ["jails"]
    assert "did you mean 'jails'?" in str(caught.value)


def test_nothing_close_lists_the_valid_values(small: Dataset) -> None:
    with pytest.raises(UnknownValueError) as caught:
        npmlookup.find_nation(small, "qqqqqq")
    assert caught.value.suggestions == []
    assert str(caught.value) == "unknown nation 'qqqqqq'; valid values: north, south"


@pytest.mark.parametrize("text", ["", "   ", "-", "x" * 100_000, "\x00\x01", "jails\n"])
def test_odd_input_is_unknown_not_a_crash(small: Dataset, text: str) -> None:
    if text == "jails\n":
        assert npmlookup.find_setting(small, text).id == "jails", "surrounding whitespace is folded"
        return
    with pytest.raises(UnknownValueError):
        npmlookup.find_setting(small, text)


def test_get_member_returns_a_default_instead_of_raising(small: Dataset) -> None:
    assert npmlookup.get_member(small, "nobody") is None
    assert npmlookup.get_member(small, "JIC") is not None


def test_former_and_later_names_resolve_to_the_same_member(small: Dataset) -> None:
    assert npmlookup.find_member(small, "Care Board").id == "hb"
    assert npmlookup.find_member(small, "CB").id == "hb"
    assert npmlookup.find_member(small, "Lay Visiting Scheme").id == "lv"
