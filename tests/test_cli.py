"""The CLI's wiring, through Typer's CliRunner: options, JSON contract, exit codes, help."""

from __future__ import annotations

import json
import platform
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command
from typer.testing import CliRunner

import npmlookup
from npmlookup.cli.app import NpmGroup, app

from .conftest import DATA, small_text, write_small

runner = CliRunner()

WHO_KEYS = {"setting", "setting_name", "nation", "nation_name", "member", "member_name", "role", "note", "basis"}
MEMBER_KEYS = {"id", "name", "abbreviation", "aliases", "kind", "nations"}


def invoke(*args: str, env: dict[str, str] | None = None) -> Any:
    return runner.invoke(app, list(args), env=env)


def json_of(*args: str) -> Any:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_who_prisons_in_wales() -> None:
    rows = json_of("who", "--setting", "prisons", "--nation", "wales", "--json")
    assert [(r["member"], r["role"]) for r in rows] == [("hmi-prisons", "lead"), ("hiw", "partner"), ("imb", "lead")]
    assert set(rows[0]) >= WHO_KEYS
    assert rows[0]["setting_name"] == "Prisons and young offender institutions", "the NPM's current name"
    assert rows[0]["nation_name"] == "Wales"
    assert rows[0]["member_name"] == "His Majesty's Inspectorate of Prisons"
    assert rows[2]["basis"] == "inferred"
    assert {r["as_of"] for r in rows} == {"2025-12-11"}
    factsheet = json_of("who", "--setting", "prisons", "--nation", "wales", "--as-of", "factsheet", "--json")
    assert [r["setting_name"] for r in factsheet] == ["Prisons"] * 3
    assert factsheet[0]["member_name"] == "HM Inspectorate of Prisons"


def test_police_custody_in_scotland() -> None:
    rows = json_of("who", "--setting", "Police Custody", "--nation", "scotland", "--json")
    assert [r["member_name"] for r in rows] == [
        "His Majesty's Inspectorate of Constabulary in Scotland",
        "Independent Custody Visiting Scotland",
    ]
    assert "Healthcare Improvement Scotland" in rows[0]["note"]
    factsheet = json_of("who", "--setting", "Police Custody", "--nation", "scotland", "--as-of", "factsheet", "--json")
    assert [r["member_name"] for r in factsheet] == [
        "HM Inspectorate of Constabulary in Scotland",
        "Independent Custody Visitors Scotland",
    ]
    assert factsheet[0]["note"] is None


def test_who_with_no_filter_is_the_whole_table_in_order() -> None:
    rows = json_of("who", "--json")
    assert len(rows) == 92
    assert (rows[0]["setting"], rows[0]["nation"]) == ("prisons", "england")
    assert (rows[-1]["setting"], rows[-1]["nation"]) == ("terrorism", "northern-ireland")
    factsheet = json_of("who", "--json", "--as-of", "factsheet")
    assert len(factsheet) == 72
    assert (factsheet[-1]["setting"], factsheet[-1]["nation"]) == ("customs", "northern-ireland")


def test_who_with_no_match_is_an_empty_array() -> None:
    assert json_of("who", "--setting", "children", "--nation", "wales", "--json") == []


def test_who_by_member_alone() -> None:
    rows = json_of("who", "--member", "HIW", "--json")
    assert {(r["setting"], r["nation"]) for r in rows} == {
        ("prisons", "wales"),
        ("police-custody", "wales"),
        ("mental-health", "wales"),
        ("dols", "wales"),
    }


def test_member_profile_json() -> None:
    record = json_of("member", "hmi prisons", "--json")
    assert MEMBER_KEYS | {"coverage"} <= set(record)
    assert record["id"] == "hmi-prisons"
    assert record["abbreviation"] == "HMI Prisons"
    prison_wales = next(c for c in record["coverage"] if (c["setting"], c["nation"]) == ("prisons", "wales"))
    assert set(prison_wales) >= WHO_KEYS
    assert prison_wales["alongside"] == ["hiw", "imb"]


@pytest.mark.parametrize(
    ("name", "member"),
    [
        ("CSSIW", "ciw"),
        ("CIW", "ciw"),
        ("HMIC", "hmicfrs"),
        ("HMICFRS", "hmicfrs"),
        ("care-inspectorate", "ci"),
        ("IMB", "imb"),
    ],
)
def test_member_names_old_and_new(name: str, member: str) -> None:
    assert json_of("member", name, "--json")["id"] == member


def test_members_settings_nations_lists() -> None:
    members = json_of("members", "--json")
    assert len(members) == 21
    assert len(json_of("members", "--json", "--as-of", "factsheet")) == 20
    assert set(members[0]) >= MEMBER_KEYS
    assert [s["id"] for s in json_of("settings", "--json")][:3] == ["prisons", "police-custody", "court-custody"]
    assert [n["name"] for n in json_of("nations", "--json")] == ["England", "Wales", "Scotland", "Northern Ireland"]


def test_matrix_json_has_every_cell() -> None:
    cells = json_of("matrix", "--json")
    assert len(cells) == 44, "11 settings today, Terrorism Act detention included"
    assert cells[0]["members"][0]["member"] == "hmi-prisons"
    assert len(json_of("matrix", "--json", "--as-of", "2014-12")) == 40


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["who", "--setting", "prisns"], "unknown setting 'prisns'; did you mean 'prisons'?"),
        (["who", "--nation", "atlantis"], "unknown nation 'atlantis'; valid values: england, wales"),
        (["member", "HWI"], "unknown member 'HWI'; did you mean 'hiw'?"),
        (["member", "HM Inspectorate"], "fits more than one"),
        (["who", "--as-of", "yesterday"], "is not a date"),
        (["who", "--fields", "colour"], "unknown field 'colour'"),
    ],
)
def test_unknown_values_exit_2_with_a_message_on_stderr(args: list[str], message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_a_missing_dataset_exits_1(tmp_path: Path) -> None:
    result = invoke("who", "--data", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 1
    assert "nope.yaml: no such file" in result.stderr


def test_data_option_and_environment(tmp_path: Path) -> None:
    small = str(DATA / "small.yaml")
    assert [n["id"] for n in json_of("nations", "--data", small, "--json")] == ["north", "south"]
    result = invoke("nations", "--json", env={"NPMLOOKUP_DATA": small})
    assert [n["id"] for n in json.loads(result.stdout)] == ["north", "south"]
    result = invoke("nations", "--json", "--data", small, env={"NPMLOOKUP_DATA": str(tmp_path / "nope.yaml")})
    assert result.exit_code == 0, "the flag wins over the environment"


@pytest.mark.parametrize("nation", ["england", "wales"])
def test_police_custody_today_and_in_the_factsheet(nation: str) -> None:
    default = json_of("who", "--setting", "police", "--nation", nation, "--json")
    assert [(r["member_abbreviation"], r["role"]) for r in default] == [
        ("HMICFRS", "lead"),
        ("CQC", "partner"),
        *([("HIW", "partner")] if nation == "wales" else []),
        ("ICVA", "lead"),
    ]
    assert {r["as_of"] for r in default} == {"2025-12-11"}
    for as_of in ("2014-12", "factsheet", "2022-06"):
        before = json_of("who", "--setting", "police", "--nation", nation, "--as-of", as_of, "--json")
        assert "HMI Prisons" in [r["member_abbreviation"] for r in before]
        assert ("CQC" in [r["member_abbreviation"] for r in before]) is (as_of == "2022-06"), "CQC by 2015-09"
    assert {r["as_of"] for r in before} == {"2022-06-30"}, "a month means its last day"


def group() -> NpmGroup:
    built = get_command(app)
    assert isinstance(built, NpmGroup)
    return built


def commands() -> list[str]:
    return group().list_commands(None)


def test_only_the_command_asked_for_is_built() -> None:
    fresh = group()
    assert fresh.commands == {}
    assert fresh.get_command(None, "who") is not None
    assert set(fresh.commands) == {"who"}
    assert fresh.get_command(None, "nope") is None


def test_the_expected_commands_exist() -> None:
    assert {"who", "member", "members", "settings", "nations", "matrix"} <= set(commands())


@pytest.mark.parametrize("command", commands())
def test_every_command_has_help_with_examples(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Examples" in result.stdout
    assert f"npm {command}" in result.stdout


def test_top_level_help_and_version() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    assert "who" in result.stdout
    version = invoke("--version")
    assert version.exit_code == 0
    lines = version.stdout.splitlines()
    assert lines[0] == f"npmlookup {npmlookup.__version__}"
    assert lines[1] == (
        "dataset: UK National Preventive Mechanism coverage, last checked 2025-12-11; base edition "
        "Introducing the UK's National Preventive Mechanism (NPM factsheet) (2014-12)"
    )
    assert lines[-1].startswith(f"Python {platform.python_version()}")


def test_version_survives_a_broken_dataset(tmp_path: Path) -> None:
    result = invoke("--version", env={"NPMLOOKUP_DATA": str(tmp_path / "nope.yaml")})
    assert result.exit_code == 0
    assert "dataset: cannot be loaded:" in result.stdout


def broken_copy(tmp_path: Path) -> Path:
    target = tmp_path / "coverage.yaml"
    write_small(target, small_text().replace("member: jic-south", "member: HWI").replace("role: partner", "role: boss"))
    return target


def test_validate_reports_every_problem_and_exits_1(tmp_path: Path) -> None:
    target = broken_copy(tmp_path)
    result = invoke("validate", str(target))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{target}:")
    assert lines[0].endswith("role 'boss' must be one of: lead, partner")
    assert lines[1].endswith("names unknown member 'HWI'")
    assert lines[-1] == f"{target}: 2 problems"


def test_validate_json_and_csv_give_the_problems_as_records(tmp_path: Path) -> None:
    target = broken_copy(tmp_path)
    problems = json.loads(invoke("validate", str(target), "--json").stdout)
    assert [set(p) for p in problems] == [{"file", "line", "column", "message"}] * 2
    assert all(isinstance(p["line"], int) and isinstance(p["column"], int) for p in problems)
    csv_text = invoke("validate", str(target), "--format", "csv").stdout
    assert csv_text.splitlines()[0] == "file,line,column,message"


def test_validate_a_valid_file_exits_0_with_a_summary() -> None:
    result = invoke("validate", str(DATA / "small.yaml"))
    assert result.exit_code == 0
    assert result.stdout.strip().endswith("valid: 4 settings, 2 nations, 5 members, 8 entries, 10 events")
    assert json_of("validate", "--json") == []
