"""The process's streams: encodings, terminals, consoles, messages, pipes and failed writes.

`output` decides what an answer looks like; this module gets text to where it goes, on any
terminal (ASCII locales included) and through any pipe, and says what went wrong when it
cannot.
"""

from __future__ import annotations

import codecs
import functools
import io
import os
import re
import sys
from typing import Any, TextIO

from npmlookup.errors import UNSAFE_CHARACTERS, OutputError, printable

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
        if isinstance(stream, io.TextIOWrapper) and not unicode_ok(stream):
            stream.reconfigure(errors="npmlookup-transliterate")


def unicode_ok(stream: TextIO) -> bool:
    """Whether a stream takes any character (UTF-8), or must be transliterated."""
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


@functools.cache
def console_class() -> Any:
    """Rich's `Console`, made to show text only: every segment of text it renders passes through
    `errors.printable`, and a link whose address holds an unsafe character is dropped, whatever
    the renderable (the library may be handed a `Dataset` built by hand, never checked)."""
    from rich.console import Console
    from rich.segment import Segment

    unsafe = re.compile(UNSAFE_CHARACTERS).search

    class SafeConsole(Console):
        def render(self, renderable: Any, options: Any = None) -> Any:
            for segment in super().render(renderable, options):
                text, style, control = segment
                link = style.link if style is not None else None
                if control is None and (unsafe(text) or (link and unsafe(link))):
                    # Rich checks nothing here: an escape in a cell or a link would reach the terminal.
                    safe_style = style.update_link(None) if style and link and unsafe(link) else style
                    yield Segment(printable(text), safe_style)
                else:
                    yield segment

        def on_broken_pipe(self) -> None:
            # Rich would exit 1 by itself; hand it to the CLI's one broken-pipe handler.
            self.quiet = True
            raise BrokenPipeError

    return SafeConsole


def make_console(stream: TextIO, color: Any, **options: Any) -> Any:
    """A Rich console (`console_class`) on `stream` honouring --color, NO_COLOR, TERM=dumb and COLUMNS,
    with any other `options` of Rich's `Console`.

    Without styles the console gets no colour system at all, so it writes no escape
    codes, not even for bold.
    """
    styled = color == "always" or (
        color == "auto"
        and is_terminal(stream)
        and not os.environ.get("NO_COLOR")
        and os.environ.get("TERM", "").lower() not in ("dumb", "unknown")
    )
    settings = {
        "file": stream,
        "force_terminal": styled,
        "color_system": ("standard" if color == "always" else "auto") if styled else None,
        "highlight": False,
        "soft_wrap": False,
        "emoji": False,
        "markup": False,
    }
    return console_class()(**settings | options)


def say(message: str) -> None:
    """A message for people, on stderr, its unsafe characters escaped (`errors.printable`); a stderr
    that is closed or cannot be written loses the message and changes nothing else (the exit status)."""
    try:
        sys.stderr.write(printable(message.rstrip("\n")) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # full, closed, or None when started without fd 2
        pass


def is_output_error(error: OSError) -> bool:
    """Whether an error is one of writing output (a full disk, a closed or broken stream)."""
    import errno

    return error.errno in (errno.ENOSPC, errno.EIO, errno.EBADF, errno.EFBIG, errno.EDQUOT, errno.EROFS)


def finish(code: Any) -> Any:
    """The exit status, once what is still buffered for stdout is written (or cannot be)."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OSError as error:
        return failed_write(error)
    return code


def failed_write(error: OSError) -> int:
    """Give up writing to stdout after `error`: the exit status, `BROKEN_PIPE_EXIT` when its reader went
    away (said to no one), else `OutputError`'s, said on stderr."""
    broken = isinstance(error, BrokenPipeError)
    if not broken:
        say(f"npm: error: cannot write the answer: {error.strerror or error}")
    silence_broken_pipe()
    return BROKEN_PIPE_EXIT if broken else OutputError.exit_code


BROKEN_PIPE_EXIT = 141
"""Exit status when the reader of stdout went away (``| head``): 128 + SIGPIPE, as shells report."""


def silence_broken_pipe() -> None:
    """Point stdout at /dev/null so that Python's final flush cannot fail noisily."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def write_text(text: str, stream: TextIO | None = None) -> None:
    """Write a finished text (an answer, a picture, a page) to stdout, or `stream`."""
    out = stream or sys.stdout
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"cannot write the answer: {error.strerror or error}") from None
