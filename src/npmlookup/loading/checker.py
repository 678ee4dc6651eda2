"""Checking a dataset file's plain values against the declarations in `fileformat`, with located problems.

`Checker` holds what every file's checks share: reporting a problem at the line and column
of the value it concerns, checking a record's keys, kinds and forms against its `Shape`,
reading its values, and the rules that apply in both files (ids, names claimed twice,
dates). The coverage file's rules are in `coverage_checks`, the places file's in
`places_checks`.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import Any

from npmlookup.core.dates import EVENT_DATE_FORMS, EventDate, parse_event_date
from npmlookup.core.model import normalize
from npmlookup.errors import Problem
from npmlookup.loading.fileformat import FORMAT_VERSION, Shape, text_problem
from npmlookup.loading.yamlsafe import Path_, YamlDocument


class Checker:
    """One file's problems, and the checks that fill them in."""

    def __init__(self, file: str, document: YamlDocument) -> None:
        self.file = file
        self.document = document
        self.problems: list[Problem] = []
        self.checked = ""
        """The day the data was last checked (the coverage file's `checked`): no date may end after it."""

    def report(self, path: Path_, message: str, *, at_key: bool = False) -> None:
        """A problem at the value (or key) at `path`."""
        line, column = self.document.mark_of(path, at_key=at_key)
        self.problems.append(Problem(self.file, line, column, message))

    def characters(self, value: Any, path: Path_ = (), *, at_key: bool = False) -> None:
        """Report every text in `value` (keys included, at any depth) whose characters `text_problem` refuses."""
        if isinstance(value, str):
            problem = text_problem(value)
            if problem is not None:
                self.report(path, f"{'key' if at_key else 'text'} {problem}", at_key=at_key)
        elif isinstance(value, dict):
            for key, item in value.items():
                self.characters(key, (*path, key), at_key=True)
                self.characters(item, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                self.characters(item, (*path, index))

    def fields(self, value: Any, path: Path_, what: str, shape: Shape) -> dict[str, Any] | None:
        """Check a record's keys and the kind and form of each value against its shape; None when it is no
        mapping. Optional keys may be null."""
        required, kinds = shape.required, shape.kinds
        if not isinstance(value, dict):
            self.report(path, f"{what} must be a mapping")
            return None
        for key in value:
            if key not in kinds:
                self.report((*path, key), f"{what} has unknown key {key!r} (allowed: {', '.join(kinds)})", at_key=True)
        for key, kind in kinds.items():
            if key in required and key not in value:
                self.report(path, f"{what} is missing required key {key!r}")
            elif key in required or value.get(key) is not None:
                problems = kind.check(value[key])
                for where, problem in problems:
                    self.report((*path, key, *where), f"{what} {key!r} {problem}")
                if not problems and kind.form is not None and (wrong := kind.form(value[key])) is not None:
                    self.report((*path, key), f"{what} {key} {wrong}")
        return value

    def whole_file(self, top: Any, what: str, shape: Shape) -> bool:
        """Check a whole file: a mapping of the shape's keys, every text's characters, the format version."""
        if not isinstance(top, dict):
            self.report((), f"{what} must be a mapping with keys: {', '.join(shape.required)}")
            return False
        self.fields(top, (), what, shape)
        self.characters(top)
        version = top.get("schema_version", FORMAT_VERSION)
        if isinstance(version, bool) or version != FORMAT_VERSION:  # True == 1 in Python, never in a file
            self.report(("schema_version",), f"schema_version must be {FORMAT_VERSION}, not {version!r}")
        return True

    def plain(self, record: dict[str, Any], shape: Shape, keys: Iterable[str] = ()) -> dict[str, Any]:
        """A record's values of `keys` (by default the shape's, in order): a list's texts, else non-empty
        text, or for a missing one "" (a required key) or None."""
        kinds = shape.kinds
        return {
            key: self.texts(record, key)
            if kinds[key].listed
            else self.text(record, key) or ("" if key in shape.required else None)
            for key in keys or kinds
        }

    def text(self, record: dict[str, Any], key: str) -> str | None:
        """The key's value when it is non-empty text, else None."""
        value = record.get(key)
        return value if isinstance(value, str) and value.strip() else None

    def texts(self, record: dict[str, Any], key: str) -> list[str]:
        """The key's text items when it is a list, else []."""
        value = record.get(key)
        return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []

    def records(self, record: dict[str, Any], key: str) -> list[tuple[int, Any]]:
        """The items of a list with their indexes ([] when it is no list, which `fields` reports)."""
        value = record.get(key)
        return list(enumerate(value)) if isinstance(value, list) else []

    def unique_ids(self, key: str, what: str, shape: Shape | None = None) -> dict[str, tuple[Path_, dict[str, Any]]]:
        """Records of a top-level list by id (each checked against `shape`, if given); reports records without
        an id and repeated ids."""
        by_id: dict[str, tuple[Path_, dict[str, Any]]] = {}
        for index, record in self.records(self.document.value, key):
            path: Path_ = (key, index)
            if not isinstance(record, dict):
                self.report(path, f"each {what} must be a mapping")
                continue
            record_id = record.get("id")
            if not isinstance(record_id, str) or not record_id.strip():
                if "id" in record:
                    self.report((*path, "id"), f"{what} id must be non-empty text")
                continue
            if record_id in by_id:
                self.report((*path, "id"), f"duplicate {what} id {record_id!r}")
                continue
            by_id[record_id] = (path, record)
            if shape is not None:
                self.fields(record, path, f"{what} {record_id!r}", shape)
        return by_id

    def unknown(self, named: Any, table: Container[str], path: Path_, words: str) -> bool:
        """Report `named`, a text, when `table` lacks it ("`words` 'named'"); whether it did."""
        if isinstance(named, str) and named not in table:
            self.report(path, f"{words} {named!r}")
            return True
        return False

    def claim_names(self, what: str, claims: list[tuple[Path_, str, str]]) -> None:
        """Report any name (id, abbreviation, alias, full name) that two records claim."""
        owner: dict[str, str] = {}
        for path, name, record_id in claims:
            folded = normalize(name)
            if not folded:
                continue
            if owner.setdefault(folded, record_id) != record_id:
                self.report(path, f"{what} name {name!r} is claimed by both {owner[folded]!r} and {record_id!r}")

    def event_date(self, record: dict[str, Any], path: Path_, what: str, key: str = "date") -> EventDate | None:
        """A date (an event's, or a fact's since or until) with its bounds; None (reported) when malformed
        or after `checked`."""
        text = record.get(key)
        if not isinstance(text, str) or not text.strip():
            return None
        date = parse_event_date(text)
        if date is None:
            self.report((*path, key), f"{what} {key} {text!r} must be {EVENT_DATE_FORMS}")
            return None
        if self.checked and date.latest > self.checked:
            self.report(
                (*path, key),
                f"{what} {key} {text!r} ends after the dataset was last checked ({self.checked}): "
                "it would be part of no answer",
            )
        return date


def in_order(problems: list[Problem]) -> list[Problem]:
    """Problems in file order."""
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))
