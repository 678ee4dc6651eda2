"""Shell completion through Typer's real protocol: values from the dataset, full names as help.

The app answers in-process; the installed command answers the same protocol in `complete_installed`."""

from __future__ import annotations

import os
import subprocess

import pytest
from typer.testing import CliRunner

import npmlookup
from npmlookup.cli.app import app
from npmlookup.core.dataset import Dataset
from npmlookup.core.query import completions

from .conftest import DATA, npm_executable


def protocol(shell: str, line: str, **extra: str) -> dict[str, str]:
    """The environment in which a shell asks `npm` to complete `line`."""
    env = {"_NPM_COMPLETE": f"complete_{shell}", "_TYPER_COMPLETE_ARGS": line, **extra}
    if shell == "bash":
        words = line.split(" ")
        env |= {"COMP_WORDS": line, "COMP_CWORD": str(len(words) - 1)}
    if shell == "fish":
        env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    return env


def complete(shell: str, line: str, **extra: str) -> str:
    """What the app answers a shell that asks it to complete `line`, run in-process."""
    result = CliRunner().invoke(app, [], env=protocol(shell, line, **extra), prog_name="npm")
    assert result.exit_code == 0, result.output
    assert result.exception is None, repr(result.exception)
    assert result.stderr == ""
    return result.stdout


def complete_installed(shell: str, line: str, **extra: str) -> str:
    """What the installed command answers a shell that asks it to complete `line`: the protocol end to end."""
    env = {**os.environ, **protocol(shell, line, **extra)}
    result = subprocess.run([npm_executable()], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def test_zsh_completes_settings_with_their_names() -> None:
    assert (
        complete_installed("zsh", "npm who --setting pol").strip()
        == """_arguments '*: :(("police":"Police Custody"))'"""
    )
    # The shortest name of the setting that starts with what was typed: "police cells" is an alias.
    assert complete("zsh", "npm who --setting police-cu").strip() == (
        """_arguments '*: :(("police-custody":"Police Custody"))'"""
    )


def test_fish_completes_nations_with_descriptions() -> None:
    assert complete("fish", "npm who --nation ").splitlines() == [
        "england\tEngland",
        "wales\tWales",
        "scotland\tScotland",
        "northern-ireland\tNorthern Ireland",
    ]


def test_bash_completes_member_values() -> None:
    assert complete("bash", "npm member hea").split() == ["healthcare-inspectorate-wales"]
    assert complete("bash", "npm who --member cq").split() == ["cqc"]


def test_history_completes_members_by_later_names() -> None:
    assert "hmicfrs" in complete("zsh", "npm history hmicf")


def test_completion_reads_another_dataset() -> None:
    assert complete("fish", "npm who --nation ", NPMLOOKUP_DATA=str(DATA / "small.yaml")).splitlines() == [
        "north\tNorth Land",
        "south\tSouth Land",
    ]


def test_a_broken_dataset_completes_nothing_quietly() -> None:
    assert complete("fish", "npm who --nation ", NPMLOOKUP_DATA="/nonexistent.yaml").strip() == ""
    assert complete_installed("fish", "npm who --nation ", NPMLOOKUP_DATA="/nonexistent.yaml").strip() == ""


@pytest.mark.parametrize("kind", ["setting", "nation", "member"])
@pytest.mark.parametrize("typed", ["", "h", "HM", "care-i", "n", "Pol", "dep", "x", "Independent_C"])
def test_every_offered_value_resolves_to_its_record(real: Dataset, kind: str, typed: str) -> None:
    for value, help_text in completions(real, kind, typed):
        assert value.startswith(typed.replace(" ", "-")), (typed, value)
        if kind == "setting":
            assert npmlookup.find_setting(real, value).name == help_text
        elif kind == "nation":
            assert npmlookup.find_nation(real, value).name == help_text
        else:
            assert npmlookup.find_member(real, value).name == help_text


def test_where_completes_place_names_welsh_included() -> None:
    assert complete("bash", "npm where carchar-y-b").split() == ["carchar-y-berwyn"]
    fish = complete("fish", "npm where oakh").splitlines()
    assert fish == ["oakham\tHMP Stocken", "oakhill\tOakhill Secure Training Centre"]  # a town, then a place


def test_a_place_typed_with_capitals_keeps_them() -> None:
    assert complete("bash", "npm where Wands").split() == ["Wandsworth"]  # bash keeps only what begins as typed


def test_where_completes_a_town_once() -> None:
    assert complete("fish", "npm where belf").splitlines() == ["belfast\t4 listed places"]
