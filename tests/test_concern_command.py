"""`npm concern`: who to tell, first; in a table and as JSON; the routes outside the NPM said to be so."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

from npmlookup.cli.app import app


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def document(*args: str) -> Any:
    code, output = run(*args, "--json")
    assert code == 0, output
    return json.loads(output)


def test_a_prison_answers_who_takes_a_concern_first() -> None:
    (answer,) = document("concern", "HMP Wandsworth")
    assert answer["place"]["id"] == "hmp-wandsworth"
    assert answer["takes_concerns"][0]["abbreviation"] == "IMB"
    assert [o["abbreviation"] for o in answer["outside_npm"]] == ["PPO", "PHSO"]
    assert "Not part of the NPM" in answer["outside_npm_note"]
    assert {m["abbreviation"] for m in answer["members"]} == {"HMI Prisons", "CQC", "Ofsted", "IMB"}
    assert answer["pages"], "the place's own pages"
    assert all(page["quote"] for page in answer["pages"]), "each with its own words (its headline)"


def test_a_hospital_answers_with_the_health_ombudsmen() -> None:
    (answer,) = document("concern", "Broadmoor")
    assert answer["place"]["name"] == "Broadmoor Hospital"
    assert [m["abbreviation"] for m in answer["takes_concerns"]] == ["CQC"]
    assert {o["abbreviation"] for o in answer["outside_npm"]} == {"PHSO", "LGSCO"}


def test_a_setting_in_a_nation() -> None:
    (answer,) = document("concern", "--setting", "police", "--nation", "scotland")
    assert answer["place"] is None
    assert [m["abbreviation"] for m in answer["takes_concerns"]] == ["ICVS"]
    assert [o["abbreviation"] for o in answer["outside_npm"]] == ["PIRC"]


def test_the_table_opens_with_who_takes_a_concern_and_marks_the_routes_outside() -> None:
    code, output = run("concern", "HMP Wandsworth", "--format", "table")
    assert code == 0
    assert output.index("Who takes a concern about one person") < output.index("Outside the NPM")
    assert output.index("Outside the NPM") < output.index("Who inspects and monitors it")
    assert "Not part of the NPM" in output
    assert "Prisons and Probation Ombudsman (PPO)" in output


def test_a_setting_without_a_route_outside_says_why() -> None:
    (answer,) = document("concern", "--setting", "court", "--nation", "england")
    (none,) = answer["outside_npm"]
    assert none["id"] is None
    assert none["scope"].startswith("None found")


def test_rows_for_spreadsheets_keep_the_order_of_the_answer() -> None:
    code, output = run(
        "concern", "--setting", "police", "--nation", "scotland", "--format", "csv", "--fields", "part,name"
    )
    assert code == 0
    parts = [line.split(",")[0] for line in output.splitlines()[1:]]
    assert parts == ["takes", "outside", "covers", "covers"]


def test_asking_for_neither_a_place_nor_a_cell_is_a_usage_error() -> None:
    code, output = run("concern")
    assert code == 2
    assert "give a PLACE" in output
    code, output = run("concern", "Parc", "--setting", "prisons")
    assert code == 2


def test_a_place_not_listed_is_answered_for_its_setting_in_its_nation() -> None:
    answers = document("concern", "Cardiff Bay police station")
    assert [(a["settings"][0]["id"], a["nation"]) for a in answers] == [("police-custody", "wales")]
    assert [o["abbreviation"] for o in answers[0]["outside_npm"]] == ["IOPC"]


def test_a_name_that_fits_nothing_is_an_error_with_a_suggestion() -> None:
    code, output = run("concern", "wandswoth")
    assert code == 2
    assert "Wandsworth" in output


def test_a_scottish_removal_centre_offers_the_prisons_ombudsman_as_inferred() -> None:
    (answer,) = document("concern", "Dungavel")
    outside = {o["abbreviation"]: o for o in answer["outside_npm"]}
    assert outside["PPO"]["confirmed"] is False, "inferred from the PPO's words about any removal centre"
    assert "Anyone detained in an immigration removal centre" in outside["PPO"]["scope"]
    assert "PIRC" in outside, "the police complaints reviewer still answers for immigration officers"


def test_a_place_not_in_use_points_to_the_place_in_use_on_its_site() -> None:
    """A parent asking about HMYOI Cookham Wood, a YOI until 2024, is pointed to the adult prison there now."""
    (answer,) = document("concern", "hmyoi-cookham-wood")
    assert [o["id"] for o in answer["then"]] == ["hmp-cookham-wood"]
    (open_place,) = document("concern", "HMP Wandsworth")
    assert open_place["then"] == []
    drawn = CliRunner().invoke(app, ["concern", "hmyoi-cookham-wood", "-f", "table"], env={"COLUMNS": "120"}).stdout
    assert "In use on its site then: HMP Cookham Wood (prison): npm concern hmp-cookham-wood" in drawn
