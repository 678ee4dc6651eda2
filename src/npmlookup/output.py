"""Everything that reaches stdout and stderr: formats, consoles, encodings, pipes.

A command hands over a `View`: the JSON document, the flat rows every tabular format
uses, and a function that builds the Rich renderable (called only for tables, so Rich is
imported only then). `write` picks the writer for the format through one exhaustive
mapping; each writer returns a string, except the table, which Rich draws.

JSON and the other machine formats never pass through Rich: Rich wraps long lines when
output is piped and would corrupt them.
"""

from __future__ import annotations

import codecs
import io
import os
import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any, TextIO

from .errors import UnknownValueError

Record = dict[str, Any]


class Format(StrEnum):
    """Output formats every command takes with --format."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    md = "md"
    yaml = "yaml"


class Color(StrEnum):
    """When to use colour and styles: auto (a terminal without NO_COLOR), always, never."""

    auto = "auto"
    always = "always"
    never = "never"


class View:
    """What a command answers, ready for any format."""

    __slots__ = ("all_fields", "document", "empty", "fields", "rows", "table")

    def __init__(
        self,
        document: Any,
        rows: Sequence[Record],
        fields: Sequence[str],
        table: Callable[[int], Any],
        all_fields: Sequence[str] = (),
        empty: str | None = None,
    ) -> None:
        self.document = document
        """The JSON document (the public contract)."""
        self.rows = rows
        """Flat rows for csv, tsv, md and jsonl."""
        self.fields = fields
        """Default columns for the tabular formats, in order."""
        self.table = table
        """Builds the Rich renderable for a given width."""
        self.all_fields = all_fields
        """Every field a user may pick with --fields (defaults to the rows' keys)."""
        self.empty = empty
        """Said on stderr when a table has no rows (machine formats print their empty form)."""


_TRANSLITERATIONS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "--",
    "\u2026": "...",
}


def _transliterate(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(_TRANSLITERATIONS.get(ch, ch.encode("ascii", "backslashreplace").decode()) for ch in text), error.end


codecs.register_error("npmlookup-transliterate", _transliterate)


def prepare_streams() -> None:
    """Let stdout and stderr print any name on any terminal (ASCII, LC_ALL=C, ...)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and not (stream.encoding or "").lower().replace("-", "").startswith(
            "utf"
        ):
            stream.reconfigure(errors="npmlookup-transliterate")


def _unicode_ok(stream: TextIO) -> bool:
    return (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "").startswith("utf")


def argument_text(value: str) -> str:
    """Text the user typed, with UTF-8 recovered when the locale made Python decode argv as ASCII."""
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        return os.fsencode(value).decode("utf-8", errors="replace")
    return value


def is_terminal(stream: TextIO) -> bool:
    """Whether the stream is an interactive terminal."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def choose_format(requested: Format | None, as_json: bool, stream: TextIO) -> Format:
    """--json wins, then --format; otherwise a table on a terminal and TSV into a pipe."""
    if as_json:
        return Format.json
    if requested is not None:
        return requested
    return Format.table if is_terminal(stream) else Format.tsv


def select_fields(view: View, requested: str | None) -> list[str]:
    """The columns to print: --fields (validated) or the view's defaults."""
    if not requested:
        return list(view.fields)
    valid = list(view.all_fields or (view.rows[0].keys() if view.rows else view.fields))
    chosen = [name.strip() for name in requested.split(",") if name.strip()]
    for name in chosen:
        if name not in valid:
            from difflib import get_close_matches

            raise UnknownValueError("field", name, get_close_matches(name, valid, n=3), valid)
    return chosen


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(_flat(v) for v in value)
    return str(value)


def to_json(view: View, fields: Sequence[str], *, ascii_only: bool) -> str:
    """The document, indented; --fields narrows each object (or each array item)."""
    import json

    document = view.document
    if fields != list(view.fields):
        document = _narrow(document, fields)
    return json.dumps(document, indent=2, ensure_ascii=ascii_only) + "\n"


def _narrow(document: Any, fields: Sequence[str]) -> Any:
    if isinstance(document, list):
        return [_narrow(item, fields) for item in document]
    if isinstance(document, dict):
        return {key: document[key] for key in fields if key in document}
    return document


def to_jsonl(view: View, fields: Sequence[str], *, ascii_only: bool) -> str:
    """One JSON object per row."""
    import json

    return "".join(json.dumps({k: row.get(k) for k in fields}, ensure_ascii=ascii_only) + "\n" for row in view.rows)


def to_csv(view: View, fields: Sequence[str], *, ascii_only: bool) -> str:
    """RFC 4180 CSV with a header row and CRLF line ends."""
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(fields)
    writer.writerows([_flat(row.get(k)) for k in fields] for row in view.rows)
    return buffer.getvalue()


def to_tsv(view: View, fields: Sequence[str], *, ascii_only: bool) -> str:
    """Tab-separated rows with a header line; tabs and newlines in values become spaces."""
    lines = ["\t".join(fields)]
    for row in view.rows:
        lines.append("\t".join(" ".join(_flat(row.get(k)).split()) for k in fields))
    return "\n".join(lines) + "\n"


def to_markdown(view: View, fields: Sequence[str], *, ascii_only: bool) -> str:
    """A GitHub table; pipes in values are escaped."""

    def cell(value: Any) -> str:
        return " ".join(_flat(value).split()).replace("|", "\\|")

    lines = ["| " + " | ".join(fields) + " |", "|" + "|".join(" --- " for _ in fields) + "|"]
    lines += ["| " + " | ".join(cell(row.get(k)) for k in fields) + " |" for row in view.rows]
    return "\n".join(lines) + "\n"


def to_yaml(view: View, fields: Sequence[str], *, ascii_only: bool) -> str:
    """The same data as the JSON, as YAML (block style, keys in order)."""
    import yaml

    document = view.document if fields == list(view.fields) else _narrow(view.document, fields)
    dumped: str = yaml.safe_dump(document, sort_keys=False, allow_unicode=not ascii_only, default_flow_style=False)
    return dumped


TEXT_WRITERS: dict[Format, Callable[..., str]] = {
    Format.json: to_json,
    Format.jsonl: to_jsonl,
    Format.csv: to_csv,
    Format.tsv: to_tsv,
    Format.md: to_markdown,
    Format.yaml: to_yaml,
}
"""Every format but the table, which Rich draws (see `write`)."""


def make_console(stream: TextIO, color: Color) -> Any:
    """A Rich console on `stream` honouring --color, NO_COLOR, TERM=dumb and COLUMNS.

    Without styles the console gets no colour system at all, so it writes no escape
    codes, not even for bold.
    """
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # Rich would exit 1 by itself; hand it to the CLI's one broken-pipe handler.
            self.quiet = True
            raise BrokenPipeError

    styled = color is Color.always or (
        color is Color.auto
        and is_terminal(stream)
        and not os.environ.get("NO_COLOR")
        and os.environ.get("TERM", "").lower() not in ("dumb", "unknown")
    )
    return _Console(
        file=stream,
        force_terminal=styled,
        color_system=("standard" if color is Color.always else "auto") if styled else None,
        highlight=False,
        soft_wrap=False,
        emoji=False,
        markup=False,
    )


def write(view: View, fmt: Format, fields: Sequence[str], color: Color, stream: TextIO | None = None) -> None:
    """Write a view to stdout (or `stream`) in the chosen format."""
    out = stream or sys.stdout
    if fmt is Format.table:
        if not view.rows and view.empty:
            say(view.empty)
            return
        console = make_console(out, color)
        console.print(view.table(console.width))
        return
    out.write(TEXT_WRITERS[fmt](view, fields, ascii_only=not _unicode_ok(out)))
    out.flush()


def say(message: str) -> None:
    """A message for people, on stderr."""
    sys.stderr.write(message.rstrip("\n") + "\n")
    sys.stderr.flush()


BROKEN_PIPE_EXIT = 141
"""Exit status when the reader of stdout went away (``| head``): 128 + SIGPIPE, as shells report."""


def silence_broken_pipe() -> None:
    """Point stdout at /dev/null so that Python's final flush cannot fail noisily."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def write_file(path: os.PathLike[str] | str, text: str) -> None:
    """Write an exported picture; a path that cannot be written is a usage error."""
    from .errors import InputError

    try:
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(text)
    except OSError as error:
        raise InputError(f"cannot write {os.fspath(path)}: {error.strerror or error}") from None
