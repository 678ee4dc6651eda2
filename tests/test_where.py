"""`npm where` and `npm places` through the command: answers, JSON contract, errors, exit codes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from npmlookup.cli.app import app
from npmlookup.core.dataset import Dataset
from npmlookup.core.places import place_counts

from .conftest import DATA, run_npm

pytestmark = pytest.mark.usefixtures("shipped_contents_loaded_once")
runner = CliRunner()


def json_of(*args: str) -> Any:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def covered(item: dict[str, Any]) -> list[tuple[str, str]]:
    return [(row["member_abbreviation"], row["role"]) for row in item["coverage"]]


def test_where_berwyn() -> None:
    (item,) = json_of("where", "HMP Berwyn")
    assert item["place"]["id"] == "hmp-berwyn"
    assert (item["place"]["kind"], item["place"]["nation"], item["place"]["setting"]) == (
        "prison and YOI",
        "wales",
        "prisons",
    )
    assert covered(item) == [("HMI Prisons", "lead"), ("HIW", "partner"), ("IMB", "lead")]
    assert item["coverage"][1]["website"] == "https://www.hiw.org.uk/"
    assert json_of("where", "Carchar y Berwyn") == [item]


def test_where_parc_answers_for_both_establishments() -> None:
    assert [item["place"]["name"] for item in json_of("where", "Parc")] == ["HMP & YOI Parc", "HMYOI Parc"]


def test_where_oakhill_includes_hmi_prisons_and_a_secure_childrens_home_does_not() -> None:
    (oakhill,) = json_of("where", "Oakhill")
    assert ("HMI Prisons", "partner") in covered(oakhill)
    (home,) = json_of("where", "Adel Beck")
    assert home["place"]["kind"] == "secure children's home"
    assert "HMI Prisons" not in [m for m, _ in covered(home)]


def test_where_json_contract() -> None:
    (item,) = json_of("where", "Dungavel")
    assert set(item) == {"place", "then", "coverage"}
    assert set(item["place"]) == {
        "id", "name", "other_names", "kind", "setting", "setting_name", "nation", "nation_name", "operator",
        "status", "closed", "source_url", "source_title", "source_as_of", "note", "as_of",
        "state", "status_latest", "opened", "periods", "holds_children", "lifetime_source", "children_source",
        "read_at", "town", "town_source",
    }  # fmt: skip
    who = json_of("who", "--setting", "immigration", "--nation", "scotland")
    assert item["coverage"] == who


def test_a_closed_place_says_so_and_answers_for_an_earlier_date() -> None:
    (now,) = json_of("where", "HMP Holloway")
    assert (now["place"]["status"], now["place"]["closed"]) == ("closed on 17 June 2016", True)
    assert now["coverage"] == [], "nobody covers a place that is closed"
    table = runner.invoke(app, ["where", "Holloway", "-f", "table"]).stdout
    assert table.splitlines()[0] == "HMP Holloway (closed on 17 June 2016)"
    (then,) = json_of("where", "HMP Holloway", "--as-of", "2015")
    assert (then["place"]["closed"], then["place"]["as_of"]) == (False, "2015-12-31")
    assert then["coverage"][0]["member_name"] == "HM Inspectorate of Prisons", "the names of 2015"
    assert runner.invoke(app, ["where", "Holloway", "-f", "table", "--as-of", "2015"]).stdout.startswith(
        "HMP Holloway\n"
    )


def test_no_match_exits_2_with_suggestions_on_stderr() -> None:
    result = run_npm("where", "HMP Wandswoth")
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"did you mean 'HMP & YOI Wandsworth'?" in result.stderr
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "setting", "nation"),
    [("Brixton police station", "police-custody", "england"), ("Cardiff Crown Court", "court-custody", "wales")],
)
def test_a_police_station_or_court_is_answered_by_its_setting(name: str, setting: str, nation: str) -> None:
    """In the nation a listed place of the same town is in (HMP Brixton, HMP Cardiff)."""
    (item,) = json_of("where", name)
    command = f"npm who --setting {setting} --nation {nation}"
    assert (item["kind"], item["id"], item["nation"], item["command"]) == ("not listed", setting, nation, command)
    assert item["coverage"] == json_of(*command.split()[1:])


def test_where_pipes_a_row_per_body() -> None:
    result = run_npm("where", "Oakhill")
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines()
    assert lines[0].split("\t") == [
        "place_name", "setting", "nation", "member", "member_abbreviation", "role", "note", "website",
    ]  # fmt: skip
    assert len(lines) == 5
    police = run_npm("where", "police").stdout.decode().splitlines()
    nations = [line.split("\t")[2] for line in police[1:]]
    assert {"england", "wales", "scotland", "northern-ireland"} <= set(nations), "which nation each row is for"


def test_places_filters_and_formats() -> None:
    imb_ni = json_of("places", "--member", "IMB NI")
    assert imb_ni
    assert {p["nation"] for p in imb_ni} == {"northern-ireland"}
    assert {p["kind"] for p in json_of("places", "--kind", "secure training")} == {"secure training centre"}
    wales = json_of("places", "--nation", "wales", "--setting", "prisons")
    assert "Carchar y Berwyn" in [n for p in wales for n in p["other_names"]]
    closed = json_of("places", "--status", "closed")
    assert all(p["closed"] for p in closed)
    assert len(closed) == 20
    assert [p["id"] for p in json_of("places", "--status", "not yet open", "--as-of", "factsheet")] == [
        "hmp-berwyn",
        "hmp-cookham-wood",
        "hmp-downview",
        "hmp-five-wells",
        "hmp-morton-hall",
        "hmp-the-verne",
        "hmp-fosse-way",
        "hmp-millsike",
        "hmp-stirling",
        "bella-centre",
        "lilias-centre",
        "derwentside-irc",
        "manchester-airport-rsthf",
        "manston-sthf",
        "oasis-restore",
        "rowan-view",
        "psni-custody-waterside",
    ]
    csv = runner.invoke(app, ["places", "--nation", "ni", "-f", "csv", "--fields", "name,kind"]).stdout
    assert csv.splitlines()[0] == "name,kind"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["places", "--kind", "castle"], "unknown kind 'castle'"),
        (["places", "--status", "ajar"], "unknown status 'ajar'"),
        (["places", "--nation", "atlantis"], "unknown nation 'atlantis'"),
    ],
)
def test_places_refuses_unknown_filters(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_another_dataset_s_places() -> None:
    data = str(DATA / "small.yaml")
    (item,) = json_of("where", "Carchar y Gogledd", "--data", data)
    assert item["place"]["id"] == "northgate"
    assert [row["member"] for row in item["coverage"]] == ["jic", "lv"], "HB is limited to youth jails"
    (closed,) = json_of("where", "Northgate Youth", "--data", data)
    assert closed["coverage"] == [], "closed in 2022"
    (youth,) = json_of("where", "Northgate Youth", "--data", data, "--as-of", "2021")
    assert [(r["member"], r["setting"]) for r in youth["coverage"]] == [
        ("jic", "jails"),
        ("hb", "jails"),
        ("lv", "jails"),
        ("hb", "wards"),
    ], "a kind's further settings answer too"


def answered(text: str) -> list[tuple[str, str]]:
    """What `where TEXT --json` answers: (kind, id) of each item, ``place`` for a place's record."""
    return [("place", i["place"]["id"]) if "place" in i else (i["kind"], i["id"]) for i in json_of("where", text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("children", [("setting", "children"), ("setting", "children-secure")]),
        ("police", [("setting", "police-custody")]),
        ("Belfast", [("place", p) for p in ("hydebank-wood-college", "ash-house-hydebank-wood")]
         + [("place", "drumkeen-house-sthf"), ("place", "psni-custody-musgrave")]),
        ("Heathrow", [("place", p) for p in ("colnbrook-irc", "harmondsworth-irc", "heathrow-airport-holding-rooms")]),
        ("heathrow holding room", [("place", "heathrow-airport-holding-rooms")]),
        ("Broadmoor", [("place", "broadmoor-hospital")]),
        ("St Ann's Hospital", [("not listed", "mental-health")]),
        ("Cardiff Bay police station", [("not listed", "police-custody")]),
        ("HMP Berwyn", [("place", "hmp-berwyn")]),
        ("Parc", [("place", "hmp-parc"), ("place", "hmyoi-parc")]),
        ("verne", [("place", "hmp-the-verne"), ("place", "the-verne-irc")]),
        ("wales", [("nation", "wales")]),
        ("ofsted", [("member", "ofsted")]),
    ],
)  # fmt: skip
def test_the_questions_of_issue_27(text: str, expected: list[tuple[str, str]]) -> None:
    assert answered(text) == expected


def test_a_setting_is_answered_nation_by_nation() -> None:
    (police,) = json_of("where", "police")
    assert police["command"] == "npm who --setting police-custody"
    assert police["coverage"] == json_of("who", "--setting", "police-custody")
    table = runner.invoke(app, ["where", "police", "-f", "table"], env={"COLUMNS": "40"}).stdout
    for nation in ("England", "Wales", "Scotland", "Northern Ireland"):
        assert f"\n{nation}: " in table
    assert "Marydale" not in runner.invoke(app, ["where", "children", "-f", "table"]).stdout


def test_a_place_not_listed_is_answered_by_its_setting_in_its_nation() -> None:
    (item,) = json_of("where", "Cardiff Bay police station")
    assert (item["nation"], item["command"]) == ("wales", "npm who --setting police-custody --nation wales")
    assert item["coverage"] == json_of("who", "--setting", "police-custody", "--nation", "wales")
    (hospital,) = json_of("where", "St Ann's Hospital")
    assert (hospital["nation"], hospital["command"]) == (None, "npm who --setting mental-health")
    table = runner.invoke(app, ["where", "St Ann's Hospital", "-f", "table"], env={"COLUMNS": "40"}).stdout
    assert "NATION" not in table
    assert "npm who --setting mental-health" in table


def test_a_town_lists_each_place_with_who_covers_it() -> None:
    drawn = runner.invoke(app, ["where", "Belfast", "-f", "table"], env={"COLUMNS": "40"}).stdout
    table = "\n".join(line.rstrip() for line in drawn.splitlines())
    assert table.startswith("Belfast: 4 listed places\n")
    assert "Musgrave custody suite\nPolice custody suite in Belfast,\nNorthern Ireland; open.\n" in table
    assert "npm where psni-custody-musgrave" in table
    assert "Covered by: CJI (lead); RQIA (partner);\nNIPB ICVS (lead, lay)." in table
    assert max(len(line.rstrip()) for line in table.splitlines()) <= 40


def test_a_typo_is_suggested() -> None:
    result = runner.invoke(app, ["where", "wandswoth"])
    assert result.exit_code == 2
    assert "did you mean 'HMP & YOI Wandsworth'?" in result.stderr


def test_places_count_says_how_many_places_each_body_covers(latest: Dataset) -> None:
    counts = json_of("places", "--count")
    assert [row["member"] for row in counts] == [m.id for m in latest.members]
    assert {row["member"]: row["places"] for row in counts} == place_counts(latest)
    assert json_of("places", "--member", "IMB NI", "--count") == [
        {
            "member": "imb-ni",
            "member_abbreviation": "IMB NI",
            "member_name": "Independent Monitoring Boards (Northern Ireland)",
            "places": 4,
        }
    ]
    then = json_of("places", "--member", "nipb-icvs", "--count", "--as-of", "2016-06-01")
    assert then[0]["places"] == 11, "on a date: the custody suites in use then"
    table = runner.invoke(app, ["places", "-m", "IMB NI", "--count", "-f", "table"], env={"COLUMNS": "40"}).stdout
    assert "Places: 4" in table


def test_places_count_takes_no_other_filter() -> None:
    result = runner.invoke(app, ["places", "--count", "--nation", "wales"])
    assert result.exit_code == 2
    assert "--member only" in result.stderr


def test_a_town_says_which_of_its_places_holds_children() -> None:
    drawn = runner.invoke(app, ["where", "Feltham", "-f", "table"], env={"COLUMNS": "120"}).stdout
    adults, children = drawn.split("HMYOI Feltham\n")
    assert "holds children" not in adults, "HMP Feltham holds 18-21s"
    assert "Young offender institution in Feltham, England; holds children (under 18); open." in children


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (["where", "HMP", "Wandsworth", "--json"], '"name": "HMP & YOI Wandsworth"'),
        (["where", "my", "son", "is", "in", "Cookham", "Wood", "--json"], '"id": "hmyoi-cookham-wood"'),
        (["concern", "HMP", "Wandsworth", "--json"], '"name": "HMP & YOI Wandsworth"'),
        (["member", "HM", "Inspectorate", "of", "Prisons", "--json"], '"member": "hmi-prisons"'),
    ],
)
def test_a_name_of_several_words_needs_no_quotes(words: list[str], said: str) -> None:
    """A newcomer typed `npm where HMP Wandsworth` and was refused: the words are one name."""
    result = runner.invoke(app, words)
    assert result.exit_code == 0, result.stderr
    assert said in result.stdout


def test_two_names_typed_without_quotes_answer_with_neither() -> None:
    result = runner.invoke(app, ["where", "Berwyn", "Parc"])
    assert result.exit_code == 2
    assert "did you mean 'HMP & YOI Berwyn' or 'HMP & YOI Parc'" in result.stderr


def test_other_extra_words_are_told_to_quote_them() -> None:
    result = runner.invoke(app, ["who", "prisons", "wales"])
    assert result.exit_code == 2
    assert "a name of several words goes in quotes" in result.stderr


@pytest.mark.parametrize("words", [["where", " "], ["where", "", ""], ["concern", " "]])
def test_a_blank_name_is_a_usage_error(words: list[str]) -> None:
    result = runner.invoke(app, words)
    assert result.exit_code == 2
    assert "give a place's name" in result.stderr
