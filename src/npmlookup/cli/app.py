"""The `npm` command: a thin client of the library.

The commands are in `lookup` and `sources`, their shared options in `options`.
Errors raised by the library, Click's usage errors and failed writes are turned into one
`npm: error:` line and an exit code in one place, `_boundary`: 1 when the dataset cannot
be loaded, 2 for input that cannot be answered, 74 when the answer cannot be written,
141 when its reader went away.
"""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperArgument, TyperGroup
from typer.main import get_command_from_info, get_command_name

from npmlookup import __version__
from npmlookup.cli import exporting, lookup, sources  # noqa: F401  (importing them registers their commands, in this order)
from npmlookup.cli.options import commands
from npmlookup.errors import NpmLookupError, OutputError
from npmlookup.output import streams

HELP = """Who inspects what, where: the UK's National Preventive Mechanism (OPCAT).

Examples:

  npm who --setting prisons --nation wales

  npm member HIW

  npm where "HMP Parc"
"""


class PlainArgument(TyperArgument):
    """An argument shown in usage lines by its metavar alone: ``npm member MEMBER``, not ``{MEMBER}``."""

    def make_metavar(self, ctx: Any, *, usage: bool = False) -> str:
        """The metavar; optional arguments in brackets."""
        var = self.metavar or (self.name or "").upper()
        return f"[{var}]" if usage and not self.required else var


class NpmGroup(TyperGroup):
    """The app's command group: builds commands lazily, and `invoke` is the single error boundary."""

    def list_commands(self, ctx: Any) -> list[str]:
        """Every command's name, in the order they are defined."""
        return [
            get_command_name(info.name or info.callback.__name__)
            for info in commands.registered_commands
            if info.callback
        ]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The named command, built on first use; None for an unknown name."""
        if cmd_name not in self.commands:
            for info in commands.registered_commands:
                if info.callback and get_command_name(info.name or info.callback.__name__) == cmd_name:
                    command = get_command_from_info(info, pretty_exceptions_short=True, rich_markup_mode=None)
                    for param in command.params:
                        if isinstance(param, TyperArgument):
                            param.__class__ = PlainArgument
                    self.commands[cmd_name] = command
        return self.commands.get(cmd_name)

    def make_context(self, info_name: Any, args: Any, parent: Any = None, **extra: Any) -> Any:
        """Parse the group's own options (and print `npm --help`), under the same error boundary."""
        with _boundary():
            return super().make_context(info_name, args, parent=parent, **extra)

    def invoke(self, ctx: Any) -> Any:
        """Run the command; library errors become a message and an exit code."""
        with _boundary():
            return super().invoke(ctx)


@contextmanager
def _boundary() -> Iterator[None]:
    """The single error boundary: every error becomes one `npm: error:` line and its exit code."""
    from typer._click.exceptions import ClickException, UsageError

    try:
        yield
    except NpmLookupError as error:
        streams.say(f"npm: error: {error}")
        raise typer.Exit(code=error.exit_code) from None
    except UsageError as error:
        command = error.ctx.command_path if error.ctx is not None else "npm"
        streams.say(f"npm: error: {error.format_message()}\nTry '{command} --help' for help.")
        raise typer.Exit(code=error.exit_code) from None
    except ClickException as error:
        streams.say(f"npm: error: {error.format_message()}")
        raise typer.Exit(code=error.exit_code) from None
    except BrokenPipeError:
        streams.silence_broken_pipe()
        raise typer.Exit(code=streams.BROKEN_PIPE_EXIT) from None
    except OSError as error:
        if not streams.is_output_error(error):
            raise
        streams.say(f"npm: error: cannot write the answer: {error.strerror or error}")
        streams.silence_broken_pipe()
        raise typer.Exit(code=OutputError.exit_code) from None


app = typer.Typer(
    cls=NpmGroup,
    help=HELP,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if not value:
        return
    import os
    import platform

    from npmlookup.loading.summary import describe

    lines = [f"npmlookup {__version__}"]
    try:
        dataset = describe(os.environ.get("NPMLOOKUP_DATA") or None)
        lines.append(
            f"dataset: {dataset['title']}, last checked {dataset['checked']}; base edition {dataset['edition']}"
        )
        lines.append(f"data file: {dataset['path']}")
    except NpmLookupError as error:
        lines.append(f"dataset: cannot be loaded: {error}")
    lines.append(f"Python {platform.python_version()} ({sys.executable})")
    sys.stdout.write("\n".join(lines) + "\n")
    raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", "-V", help="Show the version and exit.", callback=_version, is_eager=True)
    ] = False,
) -> None:
    """Who inspects what, where: the UK's National Preventive Mechanism (OPCAT)."""


def main() -> NoReturn:
    """Entry point for `npm`, `npmlookup` and `python -m npmlookup`."""
    if sys.stdout is None:  # started with standard output closed (`npm who >&-`)
        if sys.stderr is not None:
            sys.stderr.write("npm: error: cannot write the answer: standard output is closed\n")
        sys.exit(OutputError.exit_code)
    streams.prepare_streams()
    code: Any = 0
    try:
        app()
    except SystemExit as finished:
        code = finished.code
    except BrokenPipeError:
        code = streams.BROKEN_PIPE_EXIT
    sys.exit(streams.finish(code))
