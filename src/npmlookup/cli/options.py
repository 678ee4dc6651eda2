"""What the commands share, declared once: their options, the `answers` decorator, name helpers.

Every command that answers takes the same output options (--data, --as-of, --format,
--json, --fields, --color). `answers` adds them to a command's signature, so that Typer
shows and parses them, and hands the command one `Answer` that loads the dataset at the
date asked and writes a view in the format asked.
"""

import dataclasses
import functools
import inspect
import sys
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
import typer.main
from typer.core import TyperCommand

from npmlookup.contract import fields as record_fields
from npmlookup.errors import InputError, NpmLookupError
from npmlookup.output import formats as output
from npmlookup.output import streams
from npmlookup.output.formats import Color, Format

Function = TypeVar("Function", bound=Callable[..., None])


class PlainUsageCommand(TyperCommand):
    """A command whose usage line names a required argument plainly: `npm member MEMBER`.

    Typer writes required arguments in braces (`{MEMBER}`), which reads as a set of choices.
    """

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        """Click's usage pieces, with the braces around required arguments taken off."""
        pieces: list[str] = super().collect_usage_pieces(ctx)
        return [piece[1:-1] if piece.startswith("{") and piece.endswith("}") else piece for piece in pieces]


COMMANDS = {
    "who": "npmlookup.cli.lookup",
    "member": "npmlookup.cli.lookup",
    "where": "npmlookup.cli.place_commands",
    "places": "npmlookup.cli.place_commands",
    "concern": "npmlookup.cli.concern",
    **dict.fromkeys(("members", "settings", "nations", "matrix"), "npmlookup.cli.lookup"),
    **dict.fromkeys(("history", "changes", "sources", "about", "site", "validate", "export"), "npmlookup.cli.sources"),
}
"""Each command and the module that defines it, in the order `npm --help` lists them: a run imports
only the module of the command it runs, as Click documents for lazy groups."""

DATED = ("who", "member", "where", "places", "concern", "members", "settings", "matrix", "about", "site")
"""The commands that take --as-of, in the order they are listed (`answers` gives it to these)."""

APPS: dict[str, typer.Typer] = {}
"""Each defined command's one-command Typer app, by name: filled as its module is imported."""


def command(function: Function) -> Function:
    """Define a function as the command of its name; its docstring's first paragraph is its summary in `npm --help`."""
    app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)
    summary = " ".join((function.__doc__ or "").partition("\n\n")[0].split())
    app.command(function.__name__, cls=PlainUsageCommand, short_help=summary)(function)
    APPS[function.__name__] = app
    return function


def click_command(name: str) -> Any:
    """The named command's Click object, built now (its module imported)."""
    import_module(COMMANDS[name])
    return typer.main.get_command(APPS[name])


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
        readable=False,  # the loader says why a file cannot be read, located, with exit 1 (not Click's exit 2)
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help="Answer as of YYYY, YYYY-MM or YYYY-MM-DD, 'today', or 'factsheet' for what the dataset's base edition "
        "states, its table as published (default: the latest known state, the day the data was last checked).",
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


def completer(kind: str) -> Any:
    """Shell completion of a setting, nation, member or place from the dataset (silent on any error)."""

    def complete(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        import os

        from npmlookup.core.places import place_completions
        from npmlookup.core.query import completions
        from npmlookup.loading.loader import load

        try:
            dataset = load(ctx.params.get("data") or os.environ.get("NPMLOOKUP_DATA") or None)
            text = streams.argument_text(incomplete)
            return place_completions(dataset, text) if kind == "place" else completions(dataset, kind, text)
        except (NpmLookupError, OSError):
            return []

    return complete


def typed(value: str | None) -> str | None:
    """An option's value as the user typed it (UTF-8 recovered under an ASCII locale)."""
    return None if value is None else streams.argument_text(value)


def argument(metavar: str, help_text: str, kind: str | None = None, *, show_default: bool = False) -> Any:
    """A command's argument as the user typed it (`typed`); with `kind`, completed from the dataset."""
    return typer.Argument(
        help=help_text,
        metavar=metavar,
        show_default=show_default,
        callback=typed,
        autocompletion=completer(kind) if kind else None,
    )


def several_words(metavar: str, help_text: str, kind: str) -> Any:
    """A command's argument of one or more words, completed from the dataset: a name of several words needs no
    quotes (`npm where HMP Wandsworth`); the command joins them with single spaces."""
    return typer.Argument(help=help_text, metavar=metavar, callback=typed_list, autocompletion=completer(kind))


def many(kind: str, help_text: str) -> Any:
    """A filter option, `--KIND` or `-K`, that may be repeated or take a comma-separated list, completed
    from the dataset."""
    flags = (f"--{kind}", f"-{kind[0]}")
    return typer.Option(
        *flags, help=help_text, metavar=kind.upper(), callback=typed_list, autocompletion=completer(kind)
    )


def one(kind: str, help_text: str) -> Any:
    """An option, `--KIND` or `-K`, that takes one value, as the user typed it (`typed`)."""
    return typer.Option(f"--{kind}", f"-{kind[0]}", metavar=kind.upper(), help=help_text, callback=typed)


def typed_list(values: list[str] | None) -> list[str] | None:
    """A repeatable option's values as the user typed them; None when not given."""
    return None if not values else [streams.argument_text(value) for value in values]


def records_of(find: Any, dataset: Any, values: list[str] | None) -> list[Any]:
    """Each value's record; a value that names nothing as a whole is read as a comma-separated list."""

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


@dataclasses.dataclass(eq=False, repr=False)  # compared and printed never: each generated method costs start-up
class Answer:
    """The shared output options of one run, and what they mean; each field's annotation is its option."""

    data: DataOption = None
    as_of: AsOfOption = None
    fmt: FormatOption = None
    as_json: JsonOption = False
    fields: str | None = None
    """--fields: its help names the command's own fields (`answers`)."""
    color: ColorOption = "auto"

    def dataset(self) -> Any:
        """The dataset asked for, at the date asked (a line on stderr when that is after its check)."""
        from npmlookup.core.dates import FACTSHEET, parse_as_of
        from npmlookup.loading.loader import load

        day = None if self.as_of is None else parse_as_of(self.as_of)
        dataset = load(self.data, as_of=day)
        if day is not None and day != FACTSHEET and day > dataset.checked:
            streams.say(
                f"npm: note: the data was last checked against its sources on {dataset.checked}; "
                f"changes after that day are unknown to it, so this answers as of {dataset.checked}."
            )
        return dataset

    def write(self, view: output.View, unavailable: dict[str, str] | None = None) -> None:
        """Write a view in the format and with the fields asked for."""
        chosen = output.choose_format(self.fmt, self.as_json, sys.stdout)
        output.write(view, chosen, output.select_fields(view, self.fields, unavailable), self.color)


def answers(fields: tuple[str, ...], rows: str = "its rows") -> Callable[[Function], Function]:
    """Give a command the shared output options (--as-of too if it is one of `DATED`) and its `answer`.

    The command declares `answer: Answer` last; Typer sees the options in its place, with the
    --fields help for these `fields` of its `rows`.
    """
    fields_option = Annotated[
        str | None, typer.Option("--fields", metavar="FIELDS", help=record_fields.help_text(fields, rows))
    ]

    def decorate(command: Function) -> Function:
        own = [p for p in inspect.signature(command).parameters.values() if p.name != "answer"]
        added = [
            inspect.Parameter(field.name, inspect.Parameter.KEYWORD_ONLY, default=field.default, annotation=field.type)
            for field in dataclasses.fields(Answer)
            if field.name != "as_of" or command.__name__ in DATED
        ]
        added = [p.replace(annotation=fields_option) if p.name == "fields" else p for p in added]

        @functools.wraps(command)
        def run(**values: Any) -> None:
            answer = Answer(**{p.name: values.pop(p.name) for p in added})
            command(**values, answer=answer)

        run.__signature__ = inspect.Signature([*own, *added])  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in [*own, *added]} | {"return": None}
        return run  # type: ignore[return-value]

    return decorate
