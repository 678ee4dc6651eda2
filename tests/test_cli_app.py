"""The command group itself: bare `npm`, the top-level help, and how commands are built."""

from __future__ import annotations

import inspect

from typer.testing import CliRunner

from npmlookup.cli.app import app
from npmlookup.cli.options import commands

runner = CliRunner()


def test_bare_npm_shows_the_usage_and_commands_without_an_error() -> None:
    result = runner.invoke(app, [], prog_name="npm")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout.startswith("Usage: npm [OPTIONS] COMMAND [ARGS]...")
    assert "error" not in result.stdout.lower()
    assert result.stdout == runner.invoke(app, ["--help"], prog_name="npm").stdout


def test_the_top_level_help_shows_each_summary_whole() -> None:
    help_text = " ".join(runner.invoke(app, ["--help"], prog_name="npm", env={"COLUMNS": "80"}).stdout.split())
    for name, sub_app in commands.defined().items():
        callback = sub_app.registered_commands[0].callback
        assert callback is not None
        summary = " ".join((inspect.getdoc(callback) or "").partition("\n\n")[0].split())
        assert summary, f"{name} has no summary"
        assert f"{name} {summary}" in help_text, name


def test_a_required_argument_reads_plainly_in_the_usage_line() -> None:
    result = runner.invoke(app, ["member", "--help"], prog_name="npm")
    assert "Usage: npm member [OPTIONS] MEMBER\n" in result.stdout


def test_the_declared_commands_are_the_commands_the_modules_define() -> None:
    defined = commands.defined()
    assert list(defined) == commands.names() == list(commands.modules)
    assert set(commands.apps) == set(commands.modules), "every defined command is declared, and no other"
    for name, sub_app in defined.items():
        callback = sub_app.registered_commands[0].callback
        assert callback is not None, name
        assert callback.__module__ == commands.modules[name], name


def test_only_the_command_asked_for_is_built() -> None:
    built: list[str] = []
    original = commands.click_command

    def spy(name: str) -> object:
        built.append(name)
        return original(name)

    commands.click_command = spy  # type: ignore[method-assign]
    try:
        result = runner.invoke(app, ["nations", "--json"], prog_name="npm")
    finally:
        commands.click_command = original  # type: ignore[method-assign]
    assert result.exit_code == 0, result.stderr
    assert built == ["nations"]


def test_the_history_names_exactly_the_commands_that_take_as_of() -> None:
    dated = commands.taking("as_of")
    assert {"who", "where", "member", "matrix", "places", "about"} <= set(dated)
    assert not {"history", "sources", "validate", "nations"} & set(dated)
    for name in commands.names():
        help_text = runner.invoke(app, [name, "--help"], prog_name="npm").stdout
        assert ("--as-of" in help_text) is (name in dated), name
    history = runner.invoke(app, ["history", "--format", "table"], prog_name="npm", env={"COLUMNS": "200"}).stdout
    assert f"{', '.join(dated)} take --as-of" in " ".join(history.split())


def test_a_mistyped_command_suggests_the_command_it_is_close_to() -> None:
    result = runner.invoke(app, ["wher", "Parc"], prog_name="npm")
    assert result.exit_code == 2
    assert "No such command 'wher'. Did you mean 'where'?" in result.stderr
