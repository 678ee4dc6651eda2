"""The command group itself: bare `npm`, the top-level help, and how commands are built."""

from __future__ import annotations

from typer.testing import CliRunner

from npmlookup.cli.app import app
from npmlookup.cli.options import APPS, COMMANDS, DATED, click_command

runner = CliRunner()


def test_bare_npm_shows_the_usage_and_commands_without_an_error() -> None:
    result = runner.invoke(app, [], prog_name="npm")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout.startswith("Usage: npm [OPTIONS] COMMAND [ARGS]...")
    assert "error" not in result.stdout.lower()
    assert result.stdout == runner.invoke(app, ["--help"], prog_name="npm").stdout


def test_the_top_level_help_lists_every_command_with_its_summary_whole() -> None:
    help_text = runner.invoke(app, ["--help"], prog_name="npm", env={"COLUMNS": "80"}).stdout
    listed = [line.split()[0] for line in help_text.partition("Commands:")[2].splitlines() if line[2:3].strip()]
    assert listed == list(COMMANDS)
    flat = " ".join(help_text.split())
    assert "who Which bodies cover a setting in a nation (any filters, each the union of its values; none: " in flat
    assert "export Write the whole dataset, every date, as CSV tables with a Frictionless Data Package" in flat


def test_a_required_argument_reads_plainly_in_the_usage_line() -> None:
    result = runner.invoke(app, ["member", "--help"], prog_name="npm")
    assert "Usage: npm member [OPTIONS] MEMBER\n" in result.stdout


def test_the_declared_commands_are_the_commands_the_modules_define() -> None:
    for name in COMMANDS:
        assert click_command(name).name == name
    assert set(APPS) == set(COMMANDS), "every defined command is declared, and no other"
    for name, sub_app in APPS.items():
        callback = sub_app.registered_commands[0].callback
        assert callback is not None, name
        assert callback.__module__ == COMMANDS[name], name


def test_the_history_names_exactly_the_commands_that_take_as_of() -> None:
    for name in COMMANDS:
        help_text = runner.invoke(app, [name, "--help"], prog_name="npm").stdout
        assert ("--as-of" in help_text) is (name in DATED), name
    history = runner.invoke(app, ["history", "--format", "table"], prog_name="npm", env={"COLUMNS": "200"}).stdout
    expected = (
        "who, member, where, places, concern, members, settings, matrix, about, site take --as-of for an earlier day."
    )
    assert expected in " ".join(history.split())


def test_a_mistyped_command_suggests_the_command_it_is_close_to() -> None:
    result = runner.invoke(app, ["wher", "Parc"], prog_name="npm")
    assert result.exit_code == 2
    assert "No such command 'wher'. Did you mean 'where'?" in result.stderr
