"""The `npm` command: a thin client of the library.

The commands are in `lookup`, `place_commands` and `sources`, their shared options in `options`,
which declares the module that defines each: a run imports only the one it needs.
Errors raised by the library, Click's usage errors and failed writes are turned into one
`npm: error:` line and an exit code in one place, `_boundary`: 1 when the dataset cannot
be loaded, 2 for input that cannot be answered, 74 when the answer cannot be written,
141 when its reader went away.
"""

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from npmlookup import __version__
from npmlookup.cli.options import COMMANDS, click_command
from npmlookup.errors import NpmLookupError, OutputError
from npmlookup.output import streams


class NpmGroup(TyperGroup):
    """The app's command group: builds commands lazily, and `invoke` is the single error boundary.

    Lazy in the way Click documents for groups: `list_commands` names every command and
    `get_command` builds only the one asked for.
    """

    def list_commands(self, ctx: Any) -> list[str]:
        """Every command's name, in the order they are defined."""
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The named command, built on first use; None for an unknown name."""
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            self.commands[cmd_name] = click_command(cmd_name)
        return self.commands.get(cmd_name)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """The command named first in `args`; an unknown name suggests the commands it is close to."""
        try:
            return super().resolve_command(ctx, args)
        except Exception as error:
            message = getattr(error, "message", None)
            if isinstance(message, str) and args and "Did you mean" not in message:
                from difflib import get_close_matches

                matches = get_close_matches(args[0], COMMANDS)
                if matches:
                    error.message = f"{message.rstrip('.')}. Did you mean {', '.join(map(repr, matches))}?"  # type: ignore[attr-defined]
            raise

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Bare `npm` shows the usage and the commands, as `npm --help` does, without an error."""
        if not args and not ctx.resilient_parsing:
            sys.stdout.write(ctx.get_help() + "\n")
            raise typer.Exit(0)
        return super().parse_args(ctx, args)

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
    try:
        yield
    except NpmLookupError as error:
        streams.say(f"npm: error: {error}")
        raise typer.Exit(code=error.exit_code) from None
    except OSError as error:
        if not isinstance(error, BrokenPipeError) and not streams.is_output_error(error):
            raise
        raise typer.Exit(code=streams.failed_write(error)) from None
    except Exception as error:
        # A Click usage or command error. Typer ships Click inside itself and exports none of its exception
        # classes but `BadParameter`, so they are known by their documented interface: `format_message()`,
        # `exit_code` and, for usage errors, the `ctx` they happened in (`Exit` and `Abort` have no message).
        format_message = getattr(error, "format_message", None)
        code = getattr(error, "exit_code", None)
        if not callable(format_message) or not isinstance(code, int):
            raise
        message = str(format_message())
        if message.startswith("Got unexpected extra argument"):
            message += ': a name of several words goes in quotes ("HMP Feltham")'  # `npm where my son is in ...`
        if isinstance(error, typer.BadParameter) or hasattr(error, "ctx"):
            command = getattr(getattr(error, "ctx", None), "command_path", None) or "npm"
            message += f"\nTry '{command} --help' for help."
        streams.say(f"npm: error: {message}")
        raise typer.Exit(code=code) from None


app = typer.Typer(
    cls=NpmGroup,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if not value:
        return
    import platform

    from npmlookup.loading.loader import load_contents, summary_of

    lines = [f"npmlookup {__version__}"]
    try:
        dataset = summary_of(load_contents(os.environ.get("NPMLOOKUP_DATA") or None))
        lines += [
            f"dataset: {dataset['title']}, last checked {dataset['checked']}; base edition {dataset['edition']}",
            f"data file: {dataset['path']}",
        ]
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
    """Who inspects what, where: the bodies of a National Preventive Mechanism (OPCAT).

    Without --data, the dataset shipped with npmlookup answers.

    Examples:

      npm who --setting prisons --nation wales

      npm member HIW

      npm where "HMP Parc"
    """


def main() -> NoReturn:
    """Entry point for `npm`, `npmlookup` and `python -m npmlookup`."""
    if sys.stdout is None:  # started with standard output closed (`npm who >&-`)
        if sys.stderr is not None:
            sys.stderr.write("npm: error: cannot write the answer: standard output is closed\n")
        sys.exit(OutputError.exit_code)
    streams.prepare_streams()
    if os.path.basename(sys.argv[0]) == "npm" and "--install-completion" in sys.argv[1:]:
        # Completion installed as `npm` would take over Node.js's npm completion in the user's shell.
        streams.say(
            "npm: error: install completion under npmlookup's other name, so that Node.js's npm keeps its "
            "own: npmlookup --install-completion"
        )
        sys.exit(2)
    code: Any = 0
    try:
        app()
    except SystemExit as finished:
        code = finished.code
    except BrokenPipeError:
        code = streams.BROKEN_PIPE_EXIT
    sys.exit(streams.finish(code))
