"""Every option keeps its word: fields, formats, names, errors, tables.

In-process through Typer's CliRunner (standard output is not a terminal there, as in a
pipe); through the installed command only where a real pipe, a closed stream or an exit
status is the point.
"""

from __future__ import annotations

import json
import os
import subprocess
from typing import Any

import pytest
from typer.testing import CliRunner

from npmlookup.cli.app import app

from .conftest import npm_executable, run_npm

runner = CliRunner()


def ok(*args: str, **env: str) -> str:
    result = runner.invoke(app, list(args), env=env or None, prog_name="npm")
    assert result.exit_code == 0, result.stderr
    return result.stdout


def refused(*args: str) -> str:
    result = runner.invoke(app, list(args), prog_name="npm")
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert result.stdout == ""
    return result.stderr


def as_json(*args: str) -> Any:
    return json.loads(ok(*args))


# --fields and formats


def test_fields_choose_the_columns_of_a_table() -> None:
    table = ok("who", "-s", "prisons", "-n", "wales", "--fields", "member,role", "-f", "table", COLUMNS="80")
    header = next(line for line in table.splitlines() if "member" in line)
    assert header.split() == ["member", "role"]
    assert "Basis" not in table


def test_the_default_columns_asked_for_are_what_is_printed() -> None:
    rows = as_json("who", "--json", "--fields", "setting,nation,member,member_abbreviation,role,basis,note")
    assert list(rows[0]) == ["setting", "nation", "member", "member_abbreviation", "role", "basis", "note"]


def test_fields_on_commands_whose_json_is_one_object_pick_from_their_rows() -> None:
    assert as_json("member", "hiw", "--fields", "setting,nation", "--json")[0] == {
        "setting": "prisons",
        "nation": "wales",
    }
    about = as_json("about", "--fields", "kind,text", "--json")
    assert about[0]["kind"] == "summary"
    assert set(about[0]) == {"kind", "text"}
    assert {"summary"} == set(as_json("matrix", "--json", "--fields", "summary")[0])
    assert as_json("matrix", "--json", "--fields", "summary")[0]["summary"]


def test_a_field_of_the_document_but_not_of_the_rows_says_what_the_rows_have() -> None:
    message = refused("member", "hiw", "--fields", "name", "--json")
    assert "unknown field 'name': --fields picks columns of its coverage rows" in message
    assert "did you mean 'setting_name' or 'nation_name' or 'member_name'?" in message
    assert "its coverage rows" in ok("member", "--help", COLUMNS="200")


def test_nested_values_print_as_text_never_a_repr() -> None:
    tsv = ok("history", "--format", "tsv", "--fields", "id,sources")
    assert "{'" not in tsv
    assert "Written ministerial statement, 31 March 2009" in tsv


def test_json_lines_are_the_json_records() -> None:
    json_rows = as_json("who", "-s", "prisons", "-n", "wales", "--json")
    lines = ok("who", "-s", "prisons", "-n", "wales", "--format", "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == json_rows
    assert len(json_rows[0]) == 17


def test_formats_and_fields_in_any_case() -> None:
    assert ok("who", "-f", "JSON", "-s", "prisons", "-n", "wales").lstrip().startswith("[")
    assert ok("who", "--fields", "NATION,Member", "-s", "prisons", "-n", "wales").splitlines()[0] == "nation\tmember"


def test_a_field_that_needs_another_option_says_which() -> None:
    assert "'explanation' is there only with --explain" in refused("who", "--fields", "explanation")
    assert "explanation" in ok("who", "-s", "prisons", "-n", "wales", "--explain", "--fields", "explanation")


# Options that contradict each other, and output that cannot be written


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["matrix", "--svg", "m.svg", "--json"], ("--svg", "--json")),
        (["matrix", "--html", "m.html", "--format", "csv"], ("--html", "--format")),
        (["who", "--json", "--format", "csv"], ("--json", "--format csv")),
    ],
)
def test_contradicting_options_are_a_usage_error_naming_both(
    tmp_path: Any, args: list[str], named: tuple[str, str]
) -> None:
    message = refused(*args)
    assert all(name in message for name in named)
    assert not (tmp_path / "m.svg").exists()


def test_a_dash_means_standard_output() -> None:
    assert ok("matrix", "--svg", "-").startswith("<!-- generator: npmlookup matrix -->\n<svg ")
    assert ok("matrix", "--html", "-").startswith("<!DOCTYPE html>")
    assert not os.path.exists("-")


def test_a_failed_write_is_one_line_and_its_own_exit_code() -> None:
    with open(os.devnull, "w") as _unused, open("/dev/full", "w") as full:
        result = subprocess.run([npm_executable(), "who"], stdout=full, stderr=subprocess.PIPE, check=False)
    assert result.returncode == 74
    assert result.stderr.decode().splitlines() == ["npm: error: cannot write the answer: No space left on device"]


def test_a_closed_standard_output_is_one_line_and_exit_74() -> None:
    result = subprocess.run(
        f"exec {npm_executable()} who >&-", shell=True, stderr=subprocess.PIPE, check=False, executable="/bin/sh"
    )
    assert result.returncode == 74
    assert b"Traceback" not in result.stderr
    assert result.stderr.decode().startswith("npm: error: cannot write the answer")


def test_filters_take_several_values() -> None:
    repeated = as_json("who", "--setting", "prisons", "--setting", "police", "--nation", "scotland", "--json")
    listed = as_json("who", "--setting", "prisons,police", "--nation", "scotland", "--json")
    assert repeated == listed
    assert {row["setting"] for row in repeated} == {"prisons", "police-custody"}
    ofsted = as_json("who", "--member", "Office for Standards in Education, Children's Services and Skills", "--json")
    assert {row["member"] for row in ofsted} == {"ofsted"}, "a name with a comma is still one name"


@pytest.mark.parametrize("command", ["history", "sources", "nations"])
def test_a_hint_names_only_options_the_command_has(command: str) -> None:
    assert "--as-of" not in ok(command, "-f", "table", COLUMNS="200").splitlines()[-1]


def test_about_takes_the_option_its_caption_names() -> None:
    caption = ok("about", "-f", "table", COLUMNS="200").splitlines()[-1]
    assert "--as-of" in caption
    assert as_json("about", "--as-of", "factsheet", "--json")["members"] == 20


# Names people type


@pytest.mark.parametrize(
    ("option", "typed", "expected"),
    [
        ("--nation", "N. Ireland", "northern-ireland"),
        ("--nation", "n.ireland", "northern-ireland"),
        ("--nation", "Welsh", "wales"),
        ("--nation", "Scottish", "scotland"),
        ("--nation", "English", "england"),
        ("--nation", "Northern Irish", "northern-ireland"),
        ("--member", "childrens commissioner", "occ"),
        ("--member", "HIW.", "hiw"),
        ("--setting", "police station", "police-custody"),
        ("--setting", "court cells", "court-custody"),
        ("--setting", "secure childrens homes", "children-secure"),
        ("--setting", "IRC", "immigration"),
        ("--setting", "YOI", "prisons"),
        ("--setting", "young offender institution", "prisons"),
        ("--setting", "short-term holding facility", "immigration"),
        ("--setting", "STC", "children-secure"),
        ("--setting", "secure school", "children-secure"),
        ("--setting", "secure hospital", "mental-health"),
        ("--setting", "care home", "dols"),
        ("--setting", "military corrective training centre", "military"),
        ("--setting", "TACT detention", "terrorism"),
        ("--setting", "Terrorism Act", "terrorism"),
    ],
)
def test_names_people_type(option: str, typed: str, expected: str) -> None:
    rows = as_json("who", option, typed, "--json")
    key = {"--nation": "nation", "--member": "member", "--setting": "setting"}[option]
    assert rows
    assert {row[key] for row in rows} == {expected}


def test_suggestions_stay_suggestions() -> None:
    assert "did you mean" in refused("who", "--setting", "prisns")


# Tables and help people can read


def test_a_column_fixed_by_a_filter_moves_into_the_title() -> None:
    table = ok("who", "--nation", "ni", "-f", "table", COLUMNS="80", NO_COLOR="1")
    assert table.splitlines()[0].startswith("Who covers Northern Ireland")
    header = next(line for line in table.splitlines() if "Member" in line)
    assert header.split() == ["Setting", "Member", "Role", "Basis"]
    both = ok("who", "-s", "prisons", "--nation", "ni", "-f", "table", COLUMNS="80", NO_COLOR="1")
    assert next(line for line in both.splitlines() if "Member" in line).split() == ["Member", "Role", "Basis"]


def test_member_and_members_tables_fit() -> None:
    profile = ok("member", "hmi prisons", "-f", "table", COLUMNS="80", NO_COLOR="1")
    assert "  partner  " in profile
    assert "[1] Secure training centres only." in profile.splitlines()
    members = ok("members", "-f", "table", COLUMNS="120", NO_COLOR="1")
    assert max(len(line) for line in members.splitlines()) <= 120
    for name in (
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        "Independent Monitoring Boards",
    ):
        assert name in members, "each name whole on one line"


def test_help_is_plain_and_whole_at_80_columns() -> None:
    help_text = ok("member", "--help", COLUMNS="80")
    assert "{name}" not in help_text
    assert "Usage: npm member [OPTIONS] MEMBER" in help_text
    assert "╭" not in help_text
    who_help = ok("who", "--help", COLUMNS="80")
    assert "|m\n" not in who_help
    assert "table, json, jsonl, csv, tsv, md or yaml" in " ".join(who_help.split())


@pytest.mark.parametrize("args", [["who", "--bogus"], ["bogus"], ["--bogus"], ["who", "-f", "xml"]])
def test_usage_errors_are_plain_npm_error_lines(args: list[str]) -> None:
    message = refused(*args)
    assert message.startswith("npm: error: ")
    assert "╭" not in message
    assert "for help." in message.splitlines()[-1]


def test_the_matrix_reads_correctly_in_plain_text() -> None:
    text = ok("matrix", "-f", "table", COLUMNS="120", NO_COLOR="1")
    assert "\x1b[" not in text
    assert "CQC partner [" in text
    assert "IMB lead (lay)" in text
    assert "IRTL lead [" in text
    assert "with CQC" not in text
    notes = [line for line in text.splitlines() if line.startswith("[")]
    assert len(notes) == len({line.split("] ", 1)[1] for line in notes}), "each note once"
    assert "lead = inspects or monitors in its own right" in " ".join(text.split())


def test_an_empty_answer_says_what_was_asked_in_english() -> None:
    result = run_npm("who", "-m", "SHRC", "-f", "table", "--as-of", "2016")
    assert result.returncode == 0
    assert (
        result.stderr.decode().strip()
        == "Scottish Human Rights Commission covers no cell of the table as of 31 December 2016."
    )
    result = run_npm("who", "-s", "children", "-n", "wales", "-f", "table")
    assert (
        result.stderr.decode().strip()
        == "No NPM member covers Children (all settings) in Wales as of 11 December 2025."
    )


def test_the_exported_page_is_a_table_of_every_member_and_loads_nothing() -> None:
    page = ok("matrix", "--html", "-")
    assert "<title>" in page
    assert "<caption>" in page
    assert '<th scope="row">' in page
    for abbreviation in ("HMI Prisons", "HMICFRS", "IRTL", "IMB NI", "NIPB ICVS"):
        assert f">{abbreviation}</abbr>" in page
    assert "cdnjs" not in ok("matrix", "--svg", "-")


@pytest.mark.parametrize(
    "value",
    ["", "   ", "\u2019", "-", "--", "\x01\x02\x1b[31m"],
    ids=["empty", "spaces", "curly", "dash", "double-dash", "control"],
)
@pytest.mark.parametrize("option", ["--setting", "--nation", "--member"])
def test_a_value_that_names_nothing_is_refused_not_ignored(option: str, value: str) -> None:
    """An empty or meaningless filter is an error (exit 2), never a filter left out (the whole table)."""
    result = runner.invoke(app, ["who", option, value, "--json"], prog_name="npm")
    assert result.exit_code == 2, (option, value, result.stdout[:200])
    assert result.stdout == ""
    assert "npm: error:" in result.stderr
