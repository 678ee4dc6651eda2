"""The `npm` command: a thin client of the library.

Each command parses its options, loads the dataset, asks `query`, builds a view and
writes it. Errors raised by the library are turned into a message on stderr and an exit
code in one place, `NpmGroup.invoke`: 1 when the dataset cannot be loaded, 2 for input
that cannot be answered. Typer's own usage errors also exit 2.
"""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperArgument, TyperGroup
from typer.main import get_command_from_info, get_command_name

from . import __version__, output
from . import fields as F
from .errors import InputError, NpmLookupError
from .output import Color, Format

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


commands = typer.Typer()
"""Where the commands are registered. Its decorator only records each command; `NpmGroup`
builds a command's Click object when that command is asked for, so a run pays for one
command's options, not for every command's."""


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
        output.say(f"npm: error: {error}")
        raise typer.Exit(code=error.exit_code) from None
    except UsageError as error:
        command = error.ctx.command_path if error.ctx is not None else "npm"
        output.say(f"npm: error: {error.format_message()}\nTry '{command} --help' for help.")
        raise typer.Exit(code=error.exit_code) from None
    except ClickException as error:
        output.say(f"npm: error: {error.format_message()}")
        raise typer.Exit(code=error.exit_code) from None
    except BrokenPipeError:
        output.silence_broken_pipe()
        raise typer.Exit(code=output.BROKEN_PIPE_EXIT) from None
    except OSError as error:
        if not output.is_output_error(error):
            raise
        output.say(f"npm: error: cannot write the answer: {error.strerror or error}")
        output.silence_broken_pipe()
        raise typer.Exit(code=output.OutputError.exit_code) from None


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

    from .summary import describe

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


DataOption = Annotated[
    Path | None,
    typer.Option(
        "--data",
        envvar="NPMLOOKUP_DATA",
        metavar="FILE",
        help="Another coverage file (default: the one shipped).",
        show_default=False,
        dir_okay=True,
        exists=False,
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help="Answer as of YYYY, YYYY-MM or YYYY-MM-DD, 'today', or 'factsheet' for the Dec 2014 factsheet itself "
        "(default: the latest known state, the day the data was last checked).",
        show_default=False,
    ),
]
FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="Output format: table, json, jsonl, csv, tsv, md or yaml (default: table on a terminal, tsv in a pipe).",
        metavar="FORMAT",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Short for --format json.")]
ColorOption = Annotated[
    Color,
    typer.Option("--color", case_sensitive=False, help="Colour in tables: auto, always or never.", metavar="WHEN"),
]


def _completer(kind: str) -> Any:
    """Shell completion of a setting, nation or member from the dataset (silent on any error)."""

    def complete(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        import os

        from .loader import load
        from .query import completions

        try:
            data = ctx.params.get("data") or os.environ.get("NPMLOOKUP_DATA") or None
            return completions(load(data), kind, output.argument_text(incomplete))
        except (NpmLookupError, OSError):
            return []

    return complete


def _place_completer(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of a place name from the dataset (silent on any error)."""
    import os

    from .loader import load
    from .places import place_completions

    try:
        data = ctx.params.get("data") or os.environ.get("NPMLOOKUP_DATA") or None
        return place_completions(load(data), output.argument_text(incomplete))
    except (NpmLookupError, OSError):
        return []


def _typed(value: str | None) -> str | None:
    return None if value is None else output.argument_text(value)


def _dataset(data: Path | None, as_of: str | None) -> Any:
    from .dates import FACTSHEET, parse_as_of
    from .loader import load

    day = None if as_of is None else parse_as_of(as_of)
    dataset = load(data, as_of=day)
    if day is not None and day != FACTSHEET and day > dataset.checked:
        output.say(
            f"npm: note: the data was last checked against its sources on {dataset.checked}; "
            f"changes after that day are unknown to it, so this answers as of {dataset.checked}."
        )
    return dataset


def _write(
    view: output.View,
    fmt: Format | None,
    as_json: bool,
    fields: str | None,
    color: Color,
    unavailable: dict[str, str] | None = None,
) -> None:
    chosen = output.choose_format(fmt, as_json, sys.stdout)
    output.write(view, chosen, output.select_fields(view, fields, unavailable), color)


def _many(option: str, short: str, help_text: str, kind: str) -> Any:
    """A filter option that may be repeated or take a comma-separated list."""
    return typer.Option(
        option, short, help=help_text, metavar=kind.upper(), callback=_typed_list, autocompletion=_completer(kind)
    )


def _typed_list(values: list[str] | None) -> list[str] | None:
    return None if not values else [output.argument_text(value) for value in values]


def _records(find: Any, dataset: Any, values: list[str] | None) -> list[Any]:
    """Each value's record; a value that names nothing as a whole is read as a comma-separated list."""
    from .errors import InputError

    found: list[Any] = []
    for value in values or ():
        try:
            found.append(find(dataset, value))
        except InputError:
            parts = [part.strip() for part in value.split(",") if part.strip()]
            if len(parts) < 2:
                raise
            found += [find(dataset, part) for part in parts]
    return list(dict.fromkeys(found))


@commands.command()
def who(
    setting: Annotated[
        list[str] | None,
        _many("--setting", "-s", "A setting: id, name or alias (repeat, or a,b, for several).", "setting"),
    ] = None,
    nation: Annotated[
        list[str] | None,
        _many("--nation", "-n", "A nation: id, name or alias (repeat, or a,b, for several).", "nation"),
    ] = None,
    member: Annotated[
        list[str] | None,
        _many("--member", "-m", "A member: id, abbreviation or name (repeat, or a,b, for several).", "member"),
    ] = None,
    data: DataOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: Annotated[str | None, typer.Option("--fields", metavar="FIELDS", help=F.help_text(F.WHO))] = None,
    color: ColorOption = Color.auto,
    explain: Annotated[
        bool, typer.Option("--explain", help="Say why each entry is there: its basis, sources and dated changes.")
    ] = False,
) -> None:
    """Which bodies cover a setting in a nation (any filters, each the union of its values; none: the whole table).

    Examples:

      npm who --setting prisons --nation wales

      npm who --setting prisons,police --nation scotland

      npm who --nation ni --json | jq -r '.[].member_name'

      npm who --setting police --nation wales --explain

      npm who --setting police --nation wales --as-of factsheet
    """
    from .query import find_member, find_nation, find_setting
    from .query import who as lookup
    from .views import who_view

    dataset = _dataset(data, as_of)
    s, n, m = (
        _records(find, dataset, values)
        for find, values in ((find_setting, setting), (find_nation, nation), (find_member, member))
    )
    entries = lookup(dataset, setting=s or None, nation=n or None, member=m or None)
    view = who_view(dataset, entries, settings=s, nations=n, members=m, explain=explain)
    unavailable = None if explain else {"explanation": "is there only with --explain"}
    _write(view, fmt, as_json, fields, color, unavailable)


@commands.command()
def member(
    name: Annotated[
        str,
        typer.Argument(
            help="The member: id, abbreviation, full name or alias.",
            metavar="MEMBER",
            show_default=False,
            callback=_typed,
            autocompletion=_completer("member"),
        ),
    ],
    data: DataOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: Annotated[
        str | None, typer.Option("--fields", metavar="FIELDS", help=F.help_text(F.COVERAGE, F.MEMBER_ROWS))
    ] = None,
    color: ColorOption = Color.auto,
) -> None:
    """One member's profile and everything it covers, with the bodies beside it.

    Examples:

      npm member HIW

      npm member "hmi prisons" --json
    """
    from .query import find_member
    from .views import member_view

    dataset = _dataset(data, as_of)
    _write(member_view(dataset, find_member(dataset, name)), fmt, as_json, fields, color)


@commands.command()
def where(
    name: Annotated[
        str,
        typer.Argument(
            help="A place's name, with or without HMP, YOI, IRC, STC or 'prison'; Welsh names too.",
            metavar="PLACE",
            show_default=False,
            callback=_typed,
            autocompletion=_place_completer,
        ),
    ],
    data: DataOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: Annotated[
        str | None, typer.Option("--fields", metavar="FIELDS", help=F.help_text(F.WHERE, F.WHERE_ROWS))
    ] = None,
    color: ColorOption = Color.auto,
) -> None:
    """Who inspects and monitors a named place of detention (every place the name fits).

    Police stations, courts, hospitals and care homes are not listed by name: ask
    `npm who --setting ...` for them.

    Examples:

      npm where "HMP Berwyn"

      npm where Parc --json | jq -r '.[].place.name'

      npm where Oakhill --as-of factsheet
    """
    from .places import find_places
    from .views import where_view

    dataset = _dataset(data, as_of)
    _write(where_view(dataset, find_places(dataset, name)), fmt, as_json, fields, color)


@commands.command()
def places(
    nation: Annotated[list[str] | None, _many("--nation", "-n", "Only these nations' places.", "nation")] = None,
    setting: Annotated[list[str] | None, _many("--setting", "-s", "Only these settings' places.", "setting")] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            "-k",
            metavar="KIND",
            help="Only this kind of place (e.g. 'secure training centre').",
            callback=_typed_list,
        ),
    ] = None,
    member: Annotated[
        list[str] | None, _many("--member", "-m", "Only the places these members cover.", "member")
    ] = None,
    status: Annotated[
        str | None,
        typer.Option("--status", metavar="STATUS", help="open or closed (at the date answered for).", callback=_typed),
    ] = None,
    data: DataOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: Annotated[str | None, typer.Option("--fields", metavar="FIELDS", help=F.help_text(F.PLACE))] = None,
    color: ColorOption = Color.auto,
) -> None:
    """The named places of detention, filtered by nation, setting, kind, member or status (several values of
    a filter: any of them).

    Examples:

      npm places --nation wales

      npm places --member "IMB NI"

      npm places --kind "secure training centre" --status open --json
    """
    from .places import find_place_kind, find_status, places_of
    from .query import find_member, find_nation, find_setting
    from .views import places_view

    dataset = _dataset(data, as_of)
    n, s, k, m = (
        _records(find, dataset, values)
        for find, values in (
            (find_nation, nation),
            (find_setting, setting),
            (find_place_kind, kind),
            (find_member, member),
        )
    )
    st = find_status(status) if status is not None else None
    found = places_of(
        dataset,
        nation=[r.id for r in n] or None,
        setting=[r.id for r in s] or None,
        kind=k or None,
        member=[r.id for r in m] or None,
        status=st,
    )
    asked = [", ".join(r.name for r in n), ", ".join(r.name for r in s), ", ".join(k)]
    asked += [f"covered by {', '.join(r.abbreviation for r in m)}" if m else "", st or ""]
    title = "Places: " + "; ".join(part for part in asked if part) if any(asked) else "Places"
    _write(places_view(dataset, found, title), fmt, as_json, fields, color)


@commands.command()
def members(
    data: DataOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: Annotated[str | None, typer.Option("--fields", metavar="FIELDS", help=F.help_text(F.MEMBER))] = None,
    color: ColorOption = Color.auto,
) -> None:
    """The NPM's members at the dataset's date.

    Examples:

      npm members

      npm members --as-of factsheet --format csv
    """
    from .views import members_view

    _write(members_view(_dataset(data, as_of)), fmt, as_json, fields, color)


@commands.command()
def settings(
    data: DataOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: Annotated[str | None, typer.Option("--fields", metavar="FIELDS", help=F.help_text(F.SETTING))] = None,
    color: ColorOption = Color.auto,
) -> None:
    """The detention settings (the table's rows) and the names they answer to, former names included.

    Examples:

      npm settings

      npm settings --as-of factsheet

      npm settings --json
    """
    from .views import named_view

    _write(named_view(_dataset(data, as_of), "settings"), fmt, as_json, fields, color)


@commands.command()
def nations(
    data: DataOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: Annotated[str | None, typer.Option("--fields", metavar="FIELDS", help=F.help_text(F.NAMED))] = None,
    color: ColorOption = Color.auto,
) -> None:
    """The nations (the table's columns) and the names they answer to.

    Examples:

      npm nations

      npm nations --format tsv
    """
    from .views import named_view

    _write(named_view(_dataset(data, None), "nations"), fmt, as_json, fields, color)


@commands.command()
def matrix(
    data: DataOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: Annotated[
        str | None, typer.Option("--fields", metavar="FIELDS", help=F.help_text(F.CELL, F.CELL_ROWS))
    ] = None,
    color: ColorOption = Color.auto,
    svg: Annotated[
        str | None,
        typer.Option("--svg", metavar="FILE", help="Write the table as an SVG picture to this file ('-': stdout)."),
    ] = None,
    html: Annotated[
        str | None,
        typer.Option("--html", metavar="FILE", help="Write the table as an HTML page to this file ('-': stdout)."),
    ] = None,
) -> None:
    """The whole table as the factsheet shows it: settings down, nations across.

    Examples:

      npm matrix

      npm matrix --as-of 2014-12 --svg npm-table.svg

      npm matrix --html - > npm-table.html
    """
    from .views import matrix_view

    pictures = {kind: path for kind, path in (("--svg", svg), ("--html", html)) if path is not None}
    answers = {"--json": as_json, "--format": fmt is not None, "--fields": fields is not None}
    _refuse_together([*pictures, *(name for name, given in answers.items() if given)], pictures)
    if list(pictures.values()).count("-") > 1:
        raise InputError("--svg - and --html - would both write to standard output: give one a file")
    dataset = _dataset(data, as_of)
    if not pictures:
        _write(matrix_view(dataset), fmt, as_json, fields, color)
        return
    from .picture import matrix_html, matrix_svg

    for option, path in pictures.items():
        picture = matrix_svg(dataset) if option == "--svg" else matrix_html(dataset)
        if path == "-":
            output.write_text(picture)
        else:
            output.write_file(path, picture)
            output.say(f"npm: wrote {path}")


def _refuse_together(given: list[str], pictures: dict[str, str]) -> None:
    """A picture goes to its file, an answer to stdout in its format: asking for both is a usage error."""
    answer = [name for name in given if name not in pictures]
    if pictures and answer:
        raise InputError(
            f"{next(iter(pictures))} and {answer[0]} contradict each other: a picture is written in its own "
            "format, so use one of them"
        )


@commands.command()
def history(
    name: Annotated[
        str | None,
        typer.Argument(
            help="Only this member's changes: id, abbreviation or any name.",
            metavar="MEMBER",
            callback=_typed,
            autocompletion=_completer("member"),
        ),
    ] = None,
    data: DataOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: Annotated[str | None, typer.Option("--fields", metavar="FIELDS", help=F.help_text(F.EVENT))] = None,
    color: ColorOption = Color.auto,
) -> None:
    """The dated changes since (and before) the edition, oldest first, with their sources.

    Examples:

      npm history

      npm history HMIC
    """
    from .query import find_member
    from .views import history_view

    dataset = _dataset(data, None)
    member = find_member(dataset, name) if name is not None else None
    _write(history_view(dataset, member), fmt, as_json, fields, color)


@commands.command()
def sources(
    data: DataOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: Annotated[str | None, typer.Option("--fields", metavar="FIELDS", help=F.help_text(F.SOURCE))] = None,
    color: ColorOption = Color.auto,
) -> None:
    """Where each part of the data comes from: the edition, confirmations and dated changes.

    Examples:

      npm sources

      npm sources --json | jq -r '.[] | select(.url) | .url'
    """
    from .views import sources_view

    _write(sources_view(_dataset(data, None)), fmt, as_json, fields, color)


@commands.command()
def about(
    data: DataOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: Annotated[
        str | None, typer.Option("--fields", metavar="FIELDS", help=F.help_text(F.ABOUT, F.ABOUT_ROWS))
    ] = None,
    color: ColorOption = Color.auto,
) -> None:
    """What the NPM is: its OPCAT powers, its members, how it is run and who hosts it.

    Examples:

      npm about

      npm about --as-of factsheet

      npm about --json | jq .powers
    """
    from .views import about_view

    _write(about_view(_dataset(data, as_of)), fmt, as_json, fields, color)


@commands.command()
def site(
    directory: Annotated[
        Path,
        typer.Argument(
            help="The folder to write the site into (created if needed).", metavar="DIR", show_default=False
        ),
    ],
    data: DataOption = None,
    as_of: AsOfOption = None,
) -> None:
    """Write the answers as a static website: plain pages that work from disk, offline and without JavaScript.

    A page per member, setting, nation and named place, the table, the changes since 2014,
    the sources, and a search box. Open DIRECTORY/index.html, or put the folder on any
    static host.

    Examples:

      npm site npm-site

      npm site npm-site-2014 --as-of factsheet
    """
    from .site import build_site

    written = build_site(_dataset(data, as_of), directory)
    pages = sum(1 for path in written if path.suffix == ".html")
    output.say(f"npm: wrote {pages} pages and {len(written) - pages} other files; open {directory / 'index.html'}")


@commands.command()
def validate(
    path: Annotated[
        Path | None,
        typer.Argument(help="The coverage file (default: --data, $NPMLOOKUP_DATA or the shipped one).", metavar="FILE"),
    ] = None,
    data: DataOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: Annotated[str | None, typer.Option("--fields", metavar="FIELDS", help=F.help_text(F.PROBLEM))] = None,
    color: ColorOption = Color.auto,
) -> None:
    """Check a coverage file and print every problem, each with file, line and column.

    Exits 1 when there is any problem, 0 with a one-line summary when there is none.

    Examples:

      npm validate my-coverage.yaml

      npm validate my-coverage.yaml --json | jq -r '.[].message'
    """
    from .views import validation_view

    view, report, problems = validation_view(path or data)
    if fmt is None and not as_json:
        sys.stdout.write(report)
    else:
        _write(view, fmt, as_json, fields, color)
    if problems:
        raise typer.Exit(code=1)


def main() -> NoReturn:
    """Entry point for `npm`, `npmlookup` and `python -m npmlookup`."""
    if sys.stdout is None:  # started with standard output closed (`npm who >&-`)
        if sys.stderr is not None:
            sys.stderr.write("npm: error: cannot write the answer: standard output is closed\n")
        sys.exit(output.OutputError.exit_code)
    output.prepare_streams()
    code: Any = 0
    try:
        app()
    except SystemExit as finished:
        code = finished.code
    except BrokenPipeError:
        code = output.BROKEN_PIPE_EXIT
    sys.exit(output.finish(code))
