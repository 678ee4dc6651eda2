"""The errors npmlookup raises: one base, one class per thing that can go wrong.

Each error knows its exit code, so the CLI's single error boundary can turn any of them
into a message on stderr and the right status without knowing the details. The characters
no text may carry to a terminal (`UNSAFE_CHARACTERS`) are defined here, below every layer:
the loader refuses them in a dataset file, and every output for people escapes them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

UNSAFE_CHARACTERS = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
"""Characters that act on a terminal or reorder what it shows instead of being shown: the C0 and C1
control characters (tab and line feed included), the Unicode line and paragraph separators, and the
bidirectional controls (marks, embeddings, overrides and isolates). A pattern, compiled by `re` when
first searched (a run that prints only JSON never compiles it)."""


def printable(text: str) -> str:
    """Text as it may reach a terminal: each unsafe character (`UNSAFE_CHARACTERS`) but the line feed
    shown as its escape (``\\x1b``, ``\\u202e``); callers that need one line split or fold first."""
    return re.sub(
        UNSAFE_CHARACTERS,
        lambda found: "\n" if found[0] == "\n" else found[0].encode("unicode_escape").decode("ascii"),
        text,
    )


class NpmLookupError(Exception):
    """Base of every error npmlookup raises on purpose."""

    exit_code: int = 1


class Problem(NamedTuple):
    """One thing wrong with a dataset file, and where (an immutable named tuple)."""

    file: str
    """The file's path as given."""
    line: int | None
    """1-based line, when known."""
    column: int | None
    """1-based column, when known."""
    message: str
    """What is wrong, in words."""

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return printable(f"{place}: {self.message}")


class DatasetError(NpmLookupError):
    """A dataset file could not be read, parsed or validated (exit 1)."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        first = self.problems[0]
        self.file, self.line, self.column, self.problem = first.file, first.line, first.column, first.message
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''}; run 'npm validate' to see all)" if more else ""
        super().__init__(f"{first}{suffix}")


class InputError(NpmLookupError):
    """Something the user typed cannot be answered as given (exit 2)."""

    exit_code = 2


def shortened(text: str, limit: int = 60) -> str:
    """What a user typed, as a message quotes it: at most `limit` characters, a cut shown by ``...``."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


class UnknownValueError(InputError, LookupError):
    """A setting, nation, member or field that matches nothing."""

    def __init__(self, kind: str, given: str, suggestions: list[str], valid: list[str]) -> None:
        self.kind, self.given, self.suggestions, self.valid = kind, given, suggestions, valid
        message = f"unknown {kind} {shortened(given)!r}"
        if suggestions:
            message += "; did you mean " + " or ".join(repr(s) for s in suggestions) + "?"
        elif valid:
            message += "; valid values: " + ", ".join(valid)
        super().__init__(message)


class AmbiguousValueError(InputError, LookupError):
    """A name that fits more than one record; the user must choose."""

    def __init__(self, kind: str, given: str, candidates: list[str]) -> None:
        self.kind, self.given, self.candidates = kind, given, candidates
        super().__init__(
            f"{kind} {shortened(given)!r} fits more than one: " + "; ".join(candidates) + ". Please be more specific."
        )


class UnknownPlaceError(UnknownValueError):
    """A place name that fits no listed place. `settings` are the ids of the settings that could answer for it,
    from the words of its name (`setting` the first of them, None for none); `nation` the nation the text names,
    where it can be known. (`npmlookup.core.search` answers such a text with those settings.)"""

    def __init__(self, given: str, suggestions: list[str], settings: Sequence[str], nation: str | None) -> None:
        super().__init__("place", given, suggestions, [])
        self.settings = tuple(settings)
        self.setting = self.settings[0] if self.settings else None
        self.nation = nation
        if self.settings:
            where = f" in nation {nation!r}" if nation else ""
            each = " or ".join(f"setting {s!r}" for s in self.settings)
            self.args = (
                f"{self.args[0]}. Places of that kind are not listed by name: it could be a place of {each}{where}.",
            )


class InvalidDateError(InputError, ValueError):
    """An --as-of date that is malformed or outside what the dataset can answer."""


class OutputError(NpmLookupError):
    """The answer could not be written (a full disk, a closed stream): exit 74, as sysexits.h's EX_IOERR."""

    exit_code = 74
