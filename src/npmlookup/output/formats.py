"""Everything that reaches stdout and stderr: formats, consoles, encodings, pipes.

A command hands over a `View`: the JSON document, the flat rows every tabular format
uses, and a function that builds the Rich renderable (called only for tables, so Rich is
imported only then). `write` picks the writer for the format through one exhaustive
mapping; each writer returns a string, except the table, which Rich draws.

One rule for --fields: without it, every format prints the command's answer (JSON, JSON
Lines and YAML the whole document; tables, CSV, TSV and Markdown the default columns of
its rows); with it, every format prints the command's rows, with exactly the columns
asked for, in that order.

JSON and the other machine formats never pass through Rich: Rich wraps long lines when
output is piped and would corrupt them.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TextIO

from npmlookup.errors import InputError, OutputError, UnknownValueError, printable
from npmlookup.output.streams import is_terminal, make_console, say, unicode_ok, write_text

if TYPE_CHECKING:
    from npmlookup.contract.records import Record  # only a name here: the data model is not imported by --version


Format = Literal["table", "json", "jsonl", "csv", "tsv", "md", "yaml"]
"""Output formats every command takes with --format (Typer offers a `Literal`'s values as the choices)."""

Color = Literal["auto", "always", "never"]
"""When to use colour and styles: auto (a terminal without NO_COLOR), always, never."""


@dataclass(slots=True, eq=False, repr=False)  # compared and printed never: each generated method costs start-up
class View:
    """What a command answers, ready for any format."""

    document: Any
    """The JSON document (the public contract)."""
    rows: Sequence[Record]
    """Flat rows for csv, tsv, md and jsonl."""
    fields: Sequence[str]
    """Default columns for the tabular formats, in order."""
    table: Callable[[int], Any]
    """Builds the Rich renderable for a given width."""
    all_fields: Sequence[str] = ()
    """Every field a user may pick with --fields (defaults to the rows' keys)."""
    empty: str | None = None
    """Said on stderr when a table has no rows (machine formats print their empty form)."""
    title: str | None = None
    """The title of a table of chosen --fields."""
    dataset: Any = None
    """The dataset answered from, for the caption under a table of chosen --fields."""
    dated: bool = True
    """Whether the command takes --as-of, which its caption may then mention."""
    rows_name: str | None = None
    """What its rows are, when its JSON is not simply those rows (``its coverage rows``)."""


def choose_format(requested: Format | None, as_json: bool, stream: TextIO) -> Format:
    """--json or --format; otherwise a table on a terminal and TSV into a pipe. The two disagreeing
    is a usage error."""
    if as_json:
        if requested not in (None, "json"):
            raise InputError(f"--json and --format {requested} contradict each other: use one of them")
        return "json"
    return requested or ("table" if is_terminal(stream) else "tsv")


def select_fields(view: View, requested: str | None, unavailable: dict[str, str] | None = None) -> list[str] | None:
    """The columns --fields asks for, in its order (any case); None when it was not given.

    `unavailable` names fields the command has only with another option, and why.
    """
    if requested is None:
        return None
    valid = list(view.all_fields or (view.rows[0].keys() if view.rows else view.fields))
    by_folded = {name.casefold(): name for name in valid}
    chosen = []
    for typed in filter(None, (name.strip() for name in requested.split(","))):
        name = by_folded.get(typed.casefold())
        if name is None:
            if unavailable and typed.casefold() in unavailable:
                raise InputError(f"field {typed!r} {unavailable[typed.casefold()]}")
            from difflib import get_close_matches

            containing = [field for field in valid if typed.casefold() in field.split("_")]
            suggestions = containing[:3] or get_close_matches(typed.casefold(), valid, n=3, cutoff=0.7)
            if view.rows_name is not None:
                raise InputError(
                    f"unknown field {typed!r}: --fields picks columns of {view.rows_name}"
                    + ("; did you mean " + " or ".join(repr(s) for s in suggestions) + "?" if suggestions else "")
                    + " (see --help)"
                )
            raise UnknownValueError("field", typed, suggestions, valid)
        chosen.append(name)
    if not chosen:
        raise InputError("--fields names no field: give one or more, separated by commas")
    return chosen


def flat(value: Any) -> str:
    """A value as one cell of text: lists as ``a; b``, a record by its title or name, never a repr."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(flat(v) for v in value)
    if isinstance(value, dict):
        label = next((value[key] for key in ("title", "name", "text", "id") if value.get(key)), None)
        if label is None:
            return "; ".join(f"{key}: {flat(item)}" for key, item in value.items())
        return f"{label} <{value['url']}>" if value.get("url") else str(label)
    return str(value)


def narrowed(view: View, fields: Sequence[str] | None) -> Any:
    """What JSON, JSON Lines and YAML print: the document, or the rows with the chosen fields."""
    if fields is None:
        return view.document
    return [{key: row.get(key) for key in fields} for row in view.rows]


def cells(view: View, fields: Sequence[str] | None) -> list[list[str]]:
    """What CSV, TSV and Markdown print: a header of the chosen fields (or the default columns), then
    each row's values in those columns, each as one cell of text (`flat`)."""
    chosen = view.fields if fields is None else fields
    return [list(chosen), *([flat(row.get(key)) for key in chosen] for row in view.rows)]


def to_json(view: View, fields: Sequence[str] | None, *, ascii_only: bool) -> str:
    """The document (or the chosen fields of each row), indented."""
    import json

    return json.dumps(narrowed(view, fields), indent=2, ensure_ascii=ascii_only) + "\n"


def to_jsonl(view: View, fields: Sequence[str] | None, *, ascii_only: bool) -> str:
    """The JSON records, one per line: the items of the document (or the document itself when it is one object)."""
    import json

    document = narrowed(view, fields)
    items = document if isinstance(document, list) else [document]
    return "".join(json.dumps(item, ensure_ascii=ascii_only) + "\n" for item in items)


def to_csv(view: View, fields: Sequence[str] | None, *, ascii_only: bool) -> str:
    """RFC 4180 CSV with a header row and CRLF line ends (`csv_text`)."""
    return csv_text(cells(view, fields))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet takes as the start of a formula, in a CSV cell it opens."""


def csv_text(rows: Iterable[Sequence[str]]) -> str:
    """Rows as RFC 4180 CSV with CRLF line ends: every CSV npmlookup writes (answers, the open data,
    the site's data/) is made here. A cell that starts as a formula would (`FORMULA_STARTS`) gets a
    single quote before it, as OWASP advises against CSV injection, so that a spreadsheet shows it
    as text; its unsafe characters are escaped (`errors.printable`)."""
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([printable(f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell) for cell in row])
    return buffer.getvalue()


def to_tsv(view: View, fields: Sequence[str] | None, *, ascii_only: bool) -> str:
    """Tab-separated rows with a header line; tabs and newlines in values become spaces, and other
    unsafe characters are escaped (`errors.printable`)."""
    return "".join("\t".join(printable(" ".join(cell.split())) for cell in row) + "\n" for row in cells(view, fields))


_MARKDOWN_SPECIAL = r"([\\`*_\[\]<>!|~&])"


def markdown_text(text: str) -> str:
    """Text as one Markdown table cell that shows it as written: on one line, every character that
    Markdown or HTML would read as markup (links, images, tags, emphasis, the cell's pipes)
    backslash-escaped, and unsafe characters escaped (`errors.printable`)."""
    return re.sub(_MARKDOWN_SPECIAL, r"\\\1", printable(" ".join(text.split())))


def to_markdown(view: View, fields: Sequence[str] | None, *, ascii_only: bool) -> str:
    """A GitHub table whose cells show their text as written (`markdown_text`)."""
    header, *rows = cells(view, fields)
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(markdown_text(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def to_yaml(view: View, fields: Sequence[str] | None, *, ascii_only: bool) -> str:
    """The same data as the JSON, as YAML (block style, keys in order)."""
    import yaml

    document = narrowed(view, fields)
    return str(yaml.safe_dump(document, sort_keys=False, allow_unicode=not ascii_only, default_flow_style=False))


TEXT_WRITERS: dict[Format, Callable[..., str]] = {
    "json": to_json,
    "jsonl": to_jsonl,
    "csv": to_csv,
    "tsv": to_tsv,
    "md": to_markdown,
    "yaml": to_yaml,
}
"""Every format but the table, which Rich draws (see `write`)."""


def write(view: View, fmt: Format, fields: Sequence[str] | None, color: Color, stream: TextIO | None = None) -> None:
    """Write a view to stdout (or `stream`) in the chosen format; `fields` None means the defaults."""
    out = stream or sys.stdout
    if fmt != "table":
        write_text(TEXT_WRITERS[fmt](view, fields, ascii_only=not unicode_ok(out)), out)
        return
    if not view.rows and view.empty:
        say(view.empty)
        return
    try:
        console = make_console(out, color)
        if fields is None:
            # Not cropped: an address longer than the terminal is left whole (render.link_lines).
            console.print(view.table(console.width), crop=False)
        else:
            from npmlookup.output.render import list_table

            columns = [(field, field) for field in fields]  # headed by the field names, in --fields' order
            console.print(
                list_table(view.dataset, view.title or "", columns, view.rows, console.width, dated=view.dated)
            )
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"cannot write the answer: {error.strerror or error}") from None
