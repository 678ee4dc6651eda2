"""Read a coverage file, validate all of it, and build a `Dataset`.

This is the only module that knows YAML. A file is read as bytes, decoded as UTF-8,
composed into YAML nodes (with the C parser when PyYAML has it) and walked once into
plain values, remembering the line and column of every value so that each problem can
be reported where it is. Anchors, aliases and tags other than the plain scalar ones are
refused, so nothing in a file can run code or expand into a bomb.

A valid file's plain values are what `cache` stores: the next run with the same bytes
skips YAML entirely (see cache.py).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import cache
from .dates import EVENT_DATE_FORMS, bounds, is_day, last_day, parse_event_date
from .errors import DatasetError, Problem
from .files import default_path, read_bytes
from .model import (
    BASES,
    EVENT_KINDS,
    ROLES,
    About,
    Dataset,
    Edition,
    Entry,
    Event,
    Fact,
    Member,
    NameIndex,
    Nation,
    Place,
    PlaceKind,
    Setting,
    Source,
    normalize,
)

if TYPE_CHECKING:
    import datetime

SCHEMA_VERSION = 1
"""The only `schema_version` this release reads."""

Path_ = tuple[str | int, ...]
Mark = tuple[int, int]


def load(
    path: str | os.PathLike[str] | None = None,
    *,
    as_of: str | datetime.date | None = None,
    use_cache: bool = True,
) -> Dataset:
    """Load and validate a coverage file (the packaged one when `path` is None), at a date.

    By default the answer is the latest known state: the base edition with every dated
    change up to the day the data was last checked. `as_of` takes what `npmlookup.at`
    takes (``"factsheet"`` for the base edition as it stands). Raises `DatasetError`
    naming the file, line and column of the first problem.
    """
    from .history import at

    base = _load_base(path, use_cache=use_cache)
    return at(base, base.checked if as_of is None else as_of)


def _load_base(path: str | os.PathLike[str] | None, *, use_cache: bool) -> Dataset:
    file = Path(path) if path is not None else default_path()
    raw = read_bytes(file)
    plain = cache.read(file, raw) if use_cache else None
    if plain is not None and _places_unchanged(plain):
        return build(plain, str(file))
    plain = _plain_values_or_raise(file, raw)
    dataset = build(plain, str(file))
    if use_cache:
        # The folded-name indexes go into the cache too: later runs need not rebuild them.
        indexes = (dataset.nation_names, dataset.setting_names, dataset.member_names)
        plain["name_indexes"] = [(dict(index.exact), index.sorted_names) for index in indexes]
        cache.write(file, raw, plain, summary_of(dataset))
    return dataset


def summary_of(dataset: Dataset) -> dict[str, str]:
    """What `npm --version` says of a dataset: its file, title, check day and base edition."""
    source = dataset.source_by_id.get(dataset.edition.source)
    return {
        "path": dataset.path,
        "title": dataset.title,
        "checked": dataset.checked,
        "edition": f"{source.title if source else dataset.edition.source} ({dataset.edition.date})",
    }


def _places_unchanged(plain: dict[str, Any]) -> bool:
    """Whether the places file a cached entry was built with still has the same bytes."""
    if plain.get("places_path") is None:
        return True
    try:
        return bool(Path(plain["places_path"]).read_bytes() == plain["places_raw"])
    except OSError:
        return False


def validate(path: str | os.PathLike[str] | None = None) -> list[Problem]:
    """Every problem in a coverage file and the places file it names, in file order; [] when valid."""
    file = Path(path) if path is not None else default_path()
    try:
        raw = read_bytes(file)
    except DatasetError as error:
        return list(error.problems)
    return _check_text(file, raw)[1]


def _plain_values_or_raise(file: Path, raw: bytes) -> dict[str, Any]:
    plain, problems = _check_text(file, raw)
    if problems or plain is None:
        raise DatasetError(problems)
    return plain


def _parse(name: str, raw: bytes) -> _YamlDocument:
    """A file's bytes as a YAML document; its `problems` say why it cannot be read."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        document = _YamlDocument(name)
        document.problems.append(Problem(name, line, column, f"is not UTF-8 text (byte 0x{raw[error.start]:02x})"))
        return document
    return _YamlDocument.parse(name, text)


def _in_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def _check_text(file: Path, raw: bytes) -> tuple[dict[str, Any] | None, list[Problem]]:
    document = _parse(str(file), raw)
    if document.problems:
        return None, document.problems
    checker = _Checker(str(file), document)
    plain = checker.check(document.value)
    problems = _in_order(checker.problems)
    places_file = plain.get("places_file")
    plain.update(places=[], places_source=None, places_path=None, places_raw=None)
    if places_file:
        path = file.parent / places_file
        try:
            places_raw = read_bytes(path)
        except DatasetError as error:
            line, column = document.mark_of(("places",))
            problems += [Problem(str(file), line, column, f"places file {p.file}: {p.message}") for p in error.problems]
            return None, problems
        places_document = _parse(str(path), places_raw)
        if places_document.problems:
            return None, problems + places_document.problems
        places_checker = _PlacesChecker(str(path), places_document, checker)
        plain["places"], plain["places_source"] = places_checker.check_places(places_document.value)
        plain.update(places_path=str(path.resolve()), places_raw=places_raw)
        problems += _in_order(places_checker.problems)
    return (None if problems else plain), problems


_CORE_SCHEMA = (
    # YAML 1.2 core schema: the types editors and JSON Schema tools assume. Everything
    # else is text (so `no` stays "no", and a date stays "2014-12-01").
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", "~nN"),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
)


@functools.cache
def _core_schema_loader(yaml: Any) -> Any:
    """A composing loader (libyaml's parser when PyYAML has it) that resolves the core schema."""
    import re

    class CoreResolver(yaml.resolver.BaseResolver):  # type: ignore[misc]
        def resolve(self, kind: Any, value: str, implicit: tuple[bool, bool]) -> str:
            # Called by the parser for every node without an explicit tag: kept minimal.
            if kind is scalar_node:
                if implicit[0]:
                    for tag, pattern in by_first_character.get(value[:1], ()):
                        if pattern.match(value):
                            return tag
                return "tag:yaml.org,2002:str"
            return "tag:yaml.org,2002:seq" if kind is sequence_node else "tag:yaml.org,2002:map"

    scalar_node, sequence_node = yaml.ScalarNode, yaml.SequenceNode
    by_first_character: dict[str, list[tuple[str, Any]]] = {}
    for tag, pattern, first in _CORE_SCHEMA:
        for character in [*first, ""] if "~" in first else first:
            by_first_character.setdefault(character, []).append((tag, re.compile(pattern)))

    if getattr(yaml, "__with_libyaml__", False):
        from yaml.cyaml import CParser  # type: ignore[attr-defined]

        class CLoader(CParser, CoreResolver):
            def __init__(self, stream: str) -> None:
                CParser.__init__(self, stream)
                CoreResolver.__init__(self)

        return CLoader

    class PyLoader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer, CoreResolver):  # type: ignore[misc]
        def __init__(self, stream: str) -> None:
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)
            yaml.composer.Composer.__init__(self)
            CoreResolver.__init__(self)

    return PyLoader


def _scalar_value(tag: str, text: str) -> Any:
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return text.lower() == "true"
    if tag == "tag:yaml.org,2002:int":
        sign, digits = (-1, text[1:]) if text.startswith("-") else (1, text.lstrip("+"))
        base = 16 if digits.startswith("0x") else 8 if digits.startswith("0o") else 10
        return sign * int(digits[2:] if base != 10 else digits, base)
    lowered = text.lower()
    if lowered.endswith(".inf"):
        return float("-inf") if lowered.startswith("-") else float("inf")
    return float("nan") if lowered == ".nan" else float(text)


def _mark(node: Any) -> Mark:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _YamlDocument:
    """A YAML document as plain values; the line and column of any value are found on demand.

    Values are built in one walk over the composed nodes. Marks are looked up from the
    node tree only when a problem is reported, so a valid file pays nothing for them.
    """

    def __init__(self, file: str) -> None:
        self.file = file
        self.value: Any = None
        self.root: Any = None
        self.problems: list[Problem] = []
        self._seen: set[int] = set()

    @classmethod
    def parse(cls, file: str, text: str) -> _YamlDocument:
        import yaml  # only here: the cached path never pays for importing YAML

        document = cls(file)
        try:
            node = yaml.compose(text, Loader=_core_schema_loader(yaml))
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            where = (mark.line + 1, mark.column + 1) if mark else (None, None)
            what = error.problem or error.context or "invalid YAML"
            document.problems.append(Problem(file, where[0], where[1], f"YAML syntax: {what}"))
            return document
        except yaml.YAMLError as error:
            document.problems.append(Problem(file, None, None, f"YAML syntax: {error}"))
            return document
        except RecursionError:
            document.problems.append(Problem(file, None, None, "YAML is nested too deeply"))
            return document
        if node is None:
            document.problems.append(Problem(file, 1, 1, "the file is empty"))
            return document
        document.root = node
        try:
            document.value = document._walk(node, yaml.MappingNode, yaml.SequenceNode, yaml.ScalarNode)
        except RecursionError:
            document.problems.append(Problem(file, None, None, "YAML is nested too deeply"))
        return document

    def _walk(self, node: Any, mapping_type: Any, sequence_type: Any, scalar_type: Any) -> Any:
        if id(node) in self._seen:
            # A node reached twice is an alias: refusing it keeps alias bombs out.
            message = "YAML anchors and aliases (& and *) are not allowed (this anchored value is used again)"
            self.problems.append(Problem(self.file, *_mark(node), message))
            return None
        self._seen.add(id(node))
        kind = type(node)
        if kind is mapping_type:
            if node.tag != "tag:yaml.org,2002:map":
                self.problems.append(Problem(self.file, *_mark(node), f"YAML tag {node.tag!r} is not allowed"))
                return None
            mapping: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if type(key_node) is not scalar_type or key_node.tag != "tag:yaml.org,2002:str":
                    self.problems.append(Problem(self.file, *_mark(key_node), "keys must be plain text"))
                    continue
                key = key_node.value
                if key in mapping:
                    self.problems.append(Problem(self.file, *_mark(key_node), f"duplicate key {key!r}"))
                    continue
                mapping[key] = self._walk(value_node, mapping_type, sequence_type, scalar_type)
            return mapping
        if kind is sequence_type:
            if node.tag != "tag:yaml.org,2002:seq":
                self.problems.append(Problem(self.file, *_mark(node), f"YAML tag {node.tag!r} is not allowed"))
                return None
            return [self._walk(item, mapping_type, sequence_type, scalar_type) for item in node.value]
        tag = node.tag
        if tag == "tag:yaml.org,2002:str":
            return node.value
        if tag in (
            "tag:yaml.org,2002:null",
            "tag:yaml.org,2002:bool",
            "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float",
        ):
            return _scalar_value(tag, node.value)
        self.problems.append(Problem(self.file, *_mark(node), f"YAML tag {tag!r} is not allowed"))
        return None

    def mark_of(self, path: Path_, *, at_key: bool = False) -> tuple[int | None, int | None]:
        """Line and column of the value at `path` (or of its key), else of its nearest ancestor."""
        node = self.root
        if node is None:
            return None, None
        for depth, step in enumerate(path):
            children = node.value if isinstance(node.value, list) else None
            if children and isinstance(step, str) and isinstance(children[0], tuple):
                pair = next((p for p in children if getattr(p[0], "value", None) == step), None)
                if pair is None:
                    break
                if at_key and depth == len(path) - 1:
                    return _mark(pair[0])
                node = pair[1]
            elif children is not None and isinstance(step, int) and step < len(children):
                node = children[step]
            else:
                break
        return _mark(node)


# Field kinds for _Checker.fields: what each key must hold.
TEXT, OPTIONAL_TEXT, TEXT_LIST, DATE = "text", "optional text", "list of text", "date"


class _Checker:
    """Validates the plain values of a coverage file and returns them normalised."""

    def __init__(self, file: str, document: _YamlDocument) -> None:
        self.file = file
        self.document = document
        self.problems: list[Problem] = []
        # Valid records by id, filled in by check() as each section is read.
        self.sources: dict[str, dict[str, Any]] = {}
        self.nations: dict[str, dict[str, Any]] = {}
        self.settings: dict[str, dict[str, Any]] = {}
        self.members: dict[str, dict[str, Any]] = {}
        self.place_kinds: dict[str, dict[str, Any]] = {}
        self.cell_kinds: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        """(setting, nation) to the kinds each entry there at any date is limited to: what tells apart the
        answers of places of different kinds in one cell."""
        self.checked = ""

    def report(self, path: Path_, message: str, *, at_key: bool = False) -> None:
        line, column = self.document.mark_of(path, at_key=at_key)
        self.problems.append(Problem(self.file, line, column, message))

    def fields(
        self, value: Any, path: Path_, what: str, required: dict[str, str], optional: dict[str, str] | None = None
    ) -> dict[str, Any] | None:
        """Check a mapping's keys and the kind of each value; None when it is no mapping."""
        optional = optional or {}
        if not isinstance(value, dict):
            self.report(path, f"{what} must be a mapping")
            return None
        for key in value:
            if key not in required and key not in optional:
                allowed = ", ".join([*required, *optional])
                self.report((*path, key), f"{what} has unknown key {key!r} (allowed: {allowed})", at_key=True)
        for key, kind in required.items():
            if key not in value:
                self.report(path, f"{what} is missing required key {key!r}")
            else:
                self._kind(value[key], (*path, key), f"{what} {key!r}", kind)
        for key, kind in optional.items():
            if key in value and value[key] is not None:
                self._kind(value[key], (*path, key), f"{what} {key!r}", kind)
        return value

    def _kind(self, value: Any, path: Path_, what: str, kind: str) -> None:
        if kind in (TEXT, OPTIONAL_TEXT, DATE):
            if kind == OPTIONAL_TEXT and value is None:
                return
            if not isinstance(value, str) or not value.strip():
                self.report(path, f"{what} must be non-empty text")
        elif kind == TEXT_LIST:
            if not isinstance(value, list):
                self.report(path, f"{what} must be a list")
                return
            for index, item in enumerate(value):
                if not isinstance(item, str) or not item.strip():
                    self.report((*path, index), f"{what} must hold non-empty text only")

    def text(self, record: dict[str, Any], key: str) -> str | None:
        value = record.get(key)
        return value if isinstance(value, str) and value.strip() else None

    def texts(self, record: dict[str, Any], key: str) -> list[str]:
        value = record.get(key)
        return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []

    def records(self, top: dict[str, Any], key: str) -> list[tuple[int, dict[str, Any]]]:
        value = top.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.report((key,), f"{key!r} must be a list")
            return []
        return [(index, item) for index, item in enumerate(value)]

    def check(self, top: Any) -> dict[str, Any]:
        required = dict.fromkeys(
            ("schema_version", "edition", "sources", "nations", "settings", "members", "coverage"), ""
        )
        if not isinstance(top, dict):
            self.report((), "the file must be a mapping with keys: title, " + ", ".join(required))
            return {}
        self.fields(
            top,
            (),
            "the file",
            {"title": TEXT, "checked": DATE, **required},
            {"events": "", "about": "", "place_kinds": "", "places": TEXT},
        )
        self.checked = self.text(top, "checked") or ""
        if self.checked and not is_day(self.checked):
            self.report(("checked",), f"checked {self.checked!r} must be a day, YYYY-MM-DD")
            self.checked = ""
        if "schema_version" in top and top["schema_version"] != SCHEMA_VERSION:
            self.report(("schema_version",), f"schema_version must be {SCHEMA_VERSION}, not {top['schema_version']!r}")

        # Each table is kept on the checker as soon as it is known: later checks look ids up in it.
        self.sources = sources = self._sources(top)
        self.nations = nations = self._named_records(top, "nations", "nation")
        self.settings = settings = self._named_records(top, "settings", "setting", {"note": OPTIONAL_TEXT})
        self.place_kinds = place_kinds = self._place_kinds(top)
        self.members = members = self._members(top)
        edition = self._edition(top)
        entries = self._coverage(top)
        coverage = top.get("coverage")
        events = self._events(top, coverage if isinstance(coverage, dict) else {})
        about = self._about(top)
        return {
            "title": self.text(top, "title") or "",
            "checked": self.checked,
            "place_kinds": list(place_kinds.values()),
            "places_file": self.text(top, "places"),
            "edition": edition,
            "sources": list(sources.values()),
            "nations": list(nations.values()),
            "settings": list(settings.values()),
            "members": list(members.values()),
            "entries": entries,
            "events": events,
            "about": about,
        }

    def _unique_ids(self, key: str, what: str) -> dict[str, tuple[Path_, dict[str, Any]]]:
        """Records of a top-level list by id; reports records without an id and repeated ids."""
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
        return by_id

    def _claim_names(self, what: str, claims: list[tuple[Path_, str, str]]) -> None:
        """Report any name (id, abbreviation, alias, full name) that two records claim."""
        owner: dict[str, str] = {}
        for path, name, record_id in claims:
            folded = normalize(name)
            if not folded:
                continue
            if owner.setdefault(folded, record_id) != record_id:
                self.report(path, f"{what} name {name!r} is claimed by both {owner[folded]!r} and {record_id!r}")

    def _sources(self, top: dict[str, Any]) -> dict[str, dict[str, Any]]:
        result: dict[str, dict[str, Any]] = {}
        for source_id, (path, record) in self._unique_ids("sources", "source").items():
            self.fields(
                record,
                path,
                f"source {source_id!r}",
                {"id": TEXT, "title": TEXT},
                {"url": OPTIONAL_TEXT, "date": DATE, "note": OPTIONAL_TEXT},
            )
            url = self.text(record, "url")
            self._address(record, (*path, "url"), f"source {source_id!r} url")
            result[source_id] = {
                "id": source_id,
                "title": self.text(record, "title") or "",
                "url": url,
                "date": self.text(record, "date"),
                "note": self.text(record, "note"),
            }
        return result

    def _named_records(
        self, top: dict[str, Any], key: str, what: str, extra: dict[str, str] | None = None
    ) -> dict[str, dict[str, Any]]:
        extra = extra or {}
        result: dict[str, dict[str, Any]] = {}
        claims: list[tuple[Path_, str, str]] = []
        for record_id, (path, record) in self._unique_ids(key, what).items():
            self.fields(
                record, path, f"{what} {record_id!r}", {"id": TEXT, "name": TEXT}, {"aliases": TEXT_LIST, **extra}
            )
            name = self.text(record, "name") or record_id
            aliases = self.texts(record, "aliases")
            claims += [((*path, "id"), record_id, record_id), ((*path, "name"), name, record_id)]
            claims += [((*path, "aliases", i), alias, record_id) for i, alias in enumerate(aliases)]
            result[record_id] = {"id": record_id, "name": name, "aliases": aliases}
            result[record_id] |= {key: self.text(record, key) for key in extra}
        if what == "setting":
            claims += self._renamed_claims(top, "setting", result)
        self._claim_names(what, claims)
        if key in top and not result and isinstance(top.get(key), list):
            self.report((key,), f"{key!r} must list at least one {what}")
        return result

    def _members(self, top: dict[str, Any]) -> dict[str, dict[str, Any]]:
        result: dict[str, dict[str, Any]] = {}
        claims: list[tuple[Path_, str, str]] = []
        for member_id, (path, record) in self._unique_ids("members", "member").items():
            what = f"member {member_id!r}"
            self.fields(
                record,
                path,
                what,
                {"id": TEXT, "name": TEXT, "abbreviation": TEXT, "kind": TEXT, "nations": TEXT_LIST},
                {
                    "aliases": TEXT_LIST,
                    "remit": OPTIONAL_TEXT,
                    "note": OPTIONAL_TEXT,
                    "website": OPTIONAL_TEXT,
                    "website_note": OPTIONAL_TEXT,
                },
            )
            self._address(record, (*path, "website"), f"{what} website")
            for index, nation in enumerate(self.texts(record, "nations")):
                if nation not in self.nations:
                    self.report((*path, "nations", index), f"{what} names unknown nation {nation!r}")
            name = self.text(record, "name") or member_id
            abbreviation = self.text(record, "abbreviation") or member_id
            aliases = self.texts(record, "aliases")
            claims += [((*path, "id"), member_id, member_id), ((*path, "name"), name, member_id)]
            claims += [((*path, "abbreviation"), abbreviation, member_id)]
            claims += [((*path, "aliases", i), alias, member_id) for i, alias in enumerate(aliases)]
            result[member_id] = {
                "id": member_id,
                "name": name,
                "abbreviation": abbreviation,
                "aliases": aliases,
                "kind": self.text(record, "kind") or "",
                "nations": self.texts(record, "nations"),
                "remit": self.text(record, "remit"),
                "note": self.text(record, "note"),
                "website": self.text(record, "website"),
                "website_note": self.text(record, "website_note"),
            }
        self._claim_names("member", claims + self._renamed_claims(top, "member", result))
        return result

    def _renamed_claims(self, top: dict[str, Any], what: str, known: dict[str, Any]) -> list[tuple[Path_, str, str]]:
        """The names that rename events give members or settings, as claims on those names."""
        claims: list[tuple[Path_, str, str]] = []
        for index, record in self.records(top, "events"):
            if isinstance(record, dict) and record.get("kind") == "renamed" and record.get(what) in known:
                for key in ("name", "abbreviation"):
                    value = record.get(key)
                    if isinstance(value, str) and value.strip():
                        claims.append((("events", index, key), value, record[what]))
        return claims

    def _address(self, record: dict[str, Any], path: Path_, what: str) -> None:
        url = self.text(record, path[-1] if isinstance(path[-1], str) else "")
        if url and not url.startswith(("https://", "http://")):
            self.report(path, f"{what} must start with https:// or http://")

    def _addressed(self, cited: list[str]) -> bool:
        return any(self.sources.get(source_id, {}).get("url") for source_id in cited)

    def _check_basis_and_nation(self, record: dict[str, Any], path: Path_, what: str, nations: list[str]) -> None:
        """A confirmed entry names an addressed source; an entry lies inside its member's nations; the
        kinds of place it is limited to are kinds its setting covers."""
        setting = record.get("setting") if "setting" in record else (path[1] if len(path) > 1 else None)
        kinds = tuple(self.texts(record, "kinds"))
        if kinds:
            for nation in nations:
                self.cell_kinds.setdefault((str(setting), nation), []).append(kinds)
        for index, kind in enumerate(kinds):
            known = self.place_kinds.get(kind)
            if known is None:
                self.report((*path, "kinds", index), f"{what} names unknown place kind {kind!r}")
            elif known["setting"] != setting:
                self.report(
                    (*path, "kinds", index),
                    f"{what} limits itself to place kind {kind!r}, which setting {known['setting']!r} covers, "
                    f"not {setting!r}",
                )
        if record.get("basis") == "confirmed" and not self._addressed(self.texts(record, "sources")):
            self.report((*path, "basis"), f"{what} is marked confirmed but cites no source with an address (url)")
        member = self.members.get(record.get("member") or "")
        if member is not None:
            outside = [n for n in nations if n not in member["nations"]]
            if outside:
                self.report(
                    (*path, "member"),
                    f"{what} places {member['id']!r} in {', '.join(outside)}, outside its nations "
                    f"({', '.join(member['nations'])})",
                )

    def _place_kinds(self, top: dict[str, Any]) -> dict[str, dict[str, Any]]:
        result: dict[str, dict[str, Any]] = {}
        for kind_id, (path, record) in self._unique_ids("place_kinds", "place kind").items():
            what = f"place kind {kind_id!r}"
            self.fields(record, path, what, {"id": TEXT, "setting": TEXT}, {"also": TEXT_LIST})
            for key, settings in (("setting", [record.get("setting")]), ("also", self.texts(record, "also"))):
                for setting in settings:
                    if isinstance(setting, str) and setting not in self.settings:
                        self.report((*path, key), f"{what} names unknown setting {setting!r}")
            result[kind_id] = {
                "id": kind_id,
                "setting": self.text(record, "setting") or "",
                "also": self.texts(record, "also"),
            }
        return result

    def _edition(self, top: dict[str, Any]) -> dict[str, Any]:
        record = (
            self.fields(
                top.get("edition"),
                ("edition",),
                "edition",
                {"source": TEXT, "date": DATE, "valid_from": DATE},
                {"description": OPTIONAL_TEXT, "name": OPTIONAL_TEXT},
            )
            if "edition" in top
            else None
        )
        if record is None:
            return {"source": "", "date": "", "valid_from": "", "end": "", "description": None, "name": ""}
        source = self.text(record, "source") or ""
        if source and source not in self.sources:
            self.report(("edition", "source"), f"edition names unknown source {source!r}")
        date = self.text(record, "date") or ""
        if date and bounds(date) is None:
            self.report(("edition", "date"), f"edition date {date!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
        valid_from = self.text(record, "valid_from") or ""
        if valid_from and not is_day(valid_from):
            self.report(("edition", "valid_from"), f"edition valid_from {valid_from!r} must be a day, YYYY-MM-DD")
        return {
            "source": source,
            "date": date,
            "valid_from": valid_from,
            "end": last_day(date) if date else "",
            "description": self.text(record, "description"),
            "name": self.text(record, "name") or "the base edition",
        }

    def _source_ids(self, record: dict[str, Any], path: Path_, what: str) -> list[str]:
        cited = self.texts(record, "sources")
        for index, source in enumerate(cited):
            if source not in self.sources:
                self.report((*path, "sources", index), f"{what} cites unknown source {source!r}")
        return cited

    def _coverage(self, top: dict[str, Any]) -> list[dict[str, Any]]:
        coverage = top.get("coverage")
        if not isinstance(coverage, dict):
            if "coverage" in top:
                self.report(("coverage",), "'coverage' must be a mapping of setting ids to nations")
            return []
        for setting_id in coverage:
            if setting_id not in self.settings:
                self.report(("coverage", setting_id), f"coverage names unknown setting {setting_id!r}", at_key=True)
        cells: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for setting_id in self.settings:
            if setting_id not in coverage:
                self.report(
                    ("coverage",), f"coverage has no row for setting {setting_id!r} (write [] for an empty cell)"
                )
                continue
            row = coverage[setting_id]
            if not isinstance(row, dict):
                self.report(("coverage", setting_id), f"coverage row {setting_id!r} must map nation ids to entries")
                continue
            for nation_id in row:
                if nation_id not in self.nations:
                    self.report(
                        ("coverage", setting_id, nation_id),
                        f"row {setting_id} names unknown nation {nation_id!r}",
                        at_key=True,
                    )
            for nation_id in self.nations:
                path: Path_ = ("coverage", setting_id, nation_id)
                if nation_id not in row:
                    self.report(
                        ("coverage", setting_id),
                        f"row {setting_id} has no cell for {nation_id!r} (write [] for none)",
                        at_key=True,
                    )
                    continue
                cells[(setting_id, nation_id)] = self._cell(row[nation_id], path)
        return [entry for key in ((s, n) for s in self.settings for n in self.nations) for entry in cells.get(key, [])]

    def _cell(self, value: Any, path: Path_) -> list[dict[str, Any]]:
        cell = f"cell {path[1]}/{path[2]}"
        if value is None:
            value = []
        if not isinstance(value, list):
            self.report(path, f"{cell} must be a list of entries ([] for none)")
            return []
        entries: list[dict[str, Any]] = []
        seen: set[str] = set()
        for index, record in enumerate(value):
            entry_path = (*path, index)
            checked = self.fields(
                record,
                entry_path,
                f"{cell} entry {index + 1}",
                {"member": TEXT, "role": TEXT, "basis": TEXT},
                {"basis_note": OPTIONAL_TEXT, "note": OPTIONAL_TEXT, "sources": TEXT_LIST, "kinds": TEXT_LIST},
            )
            if checked is None:
                continue
            self._check_basis_and_nation(checked, entry_path, f"{cell} entry {index + 1}", [str(path[2])])
            entry = self._entry_values(checked, entry_path, cell)
            if entry is None:
                continue
            if entry["member"] in seen:
                self.report((*entry_path, "member"), f"{cell} names member {entry['member']!r} twice")
                continue
            seen.add(entry["member"])
            entries.append({"setting": path[1], "nation": path[2], **entry, "event": None})
        return entries

    def _entry_values(self, record: dict[str, Any], path: Path_, cell: str) -> dict[str, Any] | None:
        member = self.text(record, "member")
        role = self.text(record, "role")
        basis = self.text(record, "basis")
        valid = True
        if member is not None and member not in self.members:
            self.report((*path, "member"), f"{cell} names unknown member {member!r}")
            valid = False
        if role is not None and role not in ROLES:
            self.report((*path, "role"), f"{cell} role {role!r} must be one of: {', '.join(ROLES)}")
            valid = False
        if basis is not None and basis not in BASES:
            self.report((*path, "basis"), f"{cell} basis {basis!r} must be one of: {', '.join(BASES)}")
            valid = False
        cited = self._source_ids(record, path, cell)
        if not (valid and member and role and basis):
            return None
        return {
            "member": member,
            "role": role,
            "basis": basis,
            "basis_note": self.text(record, "basis_note"),
            "note": self.text(record, "note"),
            "sources": cited,
            "kinds": self.texts(record, "kinds"),
            "note_events": [],
        }

    def _events(self, top: dict[str, Any], coverage: dict[str, Any]) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        role_fields = {"member": TEXT, "setting": TEXT, "nations": TEXT_LIST}
        kind_fields: dict[str, tuple[dict[str, str], dict[str, str]]] = {
            "designated": ({"member": TEXT}, {}),
            "setting-added": ({"setting": TEXT}, {}),
            "renamed": ({"name": TEXT}, {"member": TEXT, "setting": TEXT, "abbreviation": TEXT}),
            "role-removed": (role_fields, {}),
            "role-added": (
                {**role_fields, "role": TEXT, "basis": TEXT},
                {"basis_note": OPTIONAL_TEXT, "note": OPTIONAL_TEXT, "kinds": TEXT_LIST},
            ),
            "note": ({}, {"member": TEXT, "setting": TEXT, "nations": TEXT_LIST, "note": TEXT}),
        }
        previous_latest = ""
        for event_id, (path, record) in self._unique_ids("events", "event").items():
            what = f"event {event_id!r}"
            kind = record.get("kind")
            if kind not in EVENT_KINDS:
                self.report((*path, "kind"), f"{what} kind {kind!r} must be one of: {', '.join(EVENT_KINDS)}")
                continue
            extra_required, extra_optional = kind_fields[kind]
            self.fields(
                record,
                path,
                what,
                {"id": TEXT, "date": DATE, "kind": TEXT, "description": TEXT, "sources": TEXT_LIST} | extra_required,
                extra_optional,
            )
            date = self._event_date(record, path, what)
            if date is not None:
                if date.latest < previous_latest:
                    self.report(
                        (*path, "date"), f"{what} is out of order: events are listed by their date's upper bound"
                    )
                previous_latest = max(previous_latest, date.latest)
            valid = self._event_references(record, path, what) and self._event_shape(record, path, what, kind)
            if kind == "role-added":
                for key, allowed in (("role", ROLES), ("basis", BASES)):
                    if record.get(key) not in allowed:
                        self.report(
                            (*path, key), f"{what} {key} {record.get(key)!r} must be one of: {', '.join(allowed)}"
                        )
                        valid = False
            if kind in ("role-added", "role-removed"):
                self._check_basis_and_nation(record, path, what, self.texts(record, "nations"))
            if kind == "setting-added" and isinstance(record.get("setting"), str):
                row = coverage.get(record["setting"])
                if isinstance(row, dict) and any(row.values()):
                    self.report(
                        (*path, "setting"),
                        f"{what} adds setting {record['setting']!r}, so its coverage row must be empty "
                        "(the edition has no such row; events add its entries)",
                    )
            cited = self._source_ids(record, path, what)
            if not cited and isinstance(record.get("sources"), list):
                self.report((*path, "sources"), f"{what} must cite at least one source")
            if date is None or not valid:
                continue
            events.append(
                {
                    "id": event_id,
                    "date": date.text,
                    "date_earliest": date.earliest,
                    "date_latest": date.latest,
                    "kind": kind,
                    "description": self.text(record, "description") or "",
                    "sources": cited,
                    "member": self.text(record, "member"),
                    "setting": self.text(record, "setting"),
                    "nations": self.texts(record, "nations"),
                    "role": self.text(record, "role"),
                    "basis": self.text(record, "basis"),
                    "basis_note": self.text(record, "basis_note"),
                    "note": self.text(record, "note"),
                    "kinds": self.texts(record, "kinds"),
                    "name": self.text(record, "name"),
                    "abbreviation": self.text(record, "abbreviation"),
                }
            )
        return events

    def _event_date(self, record: dict[str, Any], path: Path_, what: str, key: str = "date") -> Any:
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

    def _event_shape(self, record: dict[str, Any], path: Path_, what: str, kind: str) -> bool:
        """Combinations of keys that the per-kind key lists cannot say."""
        has = {key for key in ("member", "setting", "nations", "note", "abbreviation") if record.get(key)}
        problem = None
        if kind == "renamed" and ("member" in has) == ("setting" in has):
            problem = "a renamed event names exactly one of 'member' or 'setting'"
        elif kind == "renamed" and "setting" in has and "abbreviation" in has:
            problem = "a setting has no abbreviation to rename"
        elif kind == "note" and ("setting" in has) != ("nations" in has):
            problem = "a note on a row names both 'setting' and 'nations'"
        elif kind == "note" and "setting" in has and "note" not in has:
            problem = "a note on a row needs the 'note' it adds to the entries there"
        elif kind == "note" and "member" in has and "setting" not in has:
            problem = "a note on a member's entries names the row ('setting' and 'nations')"
        if problem:
            self.report(path, f"{what}: {problem}")
        return problem is None

    def _event_references(self, record: dict[str, Any], path: Path_, what: str) -> bool:
        valid = True
        member = record.get("member")
        if isinstance(member, str) and member not in self.members:
            self.report((*path, "member"), f"{what} names unknown member {member!r}")
            valid = False
        setting = record.get("setting")
        if isinstance(setting, str) and setting not in self.settings:
            self.report((*path, "setting"), f"{what} names unknown setting {setting!r}")
            valid = False
        for index, nation in enumerate(self.texts(record, "nations")):
            if nation not in self.nations:
                self.report((*path, "nations", index), f"{what} names unknown nation {nation!r}")
                valid = False
        return valid

    def _about(self, top: dict[str, Any]) -> dict[str, Any] | None:
        if top.get("about") is None:
            return None
        record = self.fields(
            top["about"], ("about",), "about", {"summary": TEXT}, {"powers": TEXT_LIST, "facts": "list"}
        )
        if record is None:
            return None
        facts = []
        raw_facts = record.get("facts") or []
        if not isinstance(raw_facts, list):
            self.report(("about", "facts"), "about 'facts' must be a list")
            raw_facts = []
        for index, fact in enumerate(raw_facts):
            path: Path_ = ("about", "facts", index)
            what = f"about fact {index + 1}"
            optional = {"sources": TEXT_LIST, "since": DATE, "until": DATE}
            if self.fields(fact, path, what, {"text": TEXT}, optional) is None:
                continue
            dated = {key: self._event_date(fact, path, what, key) for key in ("since", "until")}
            facts.append(
                {
                    "text": self.text(fact, "text") or "",
                    "sources": self._source_ids(fact, path, what),
                    "since": dated["since"].latest if dated["since"] else None,
                    "until": dated["until"].latest if dated["until"] else None,
                }
            )
        return {"summary": self.text(record, "summary") or "", "powers": self.texts(record, "powers"), "facts": facts}


def _is_place_status(text: str) -> bool:
    """``open``, ``closed`` or ``closed YYYY``."""
    year = text.removeprefix("closed ")
    return text in ("open", "closed") or (year != text and len(year) == 4 and year.isascii() and year.isdigit())


class _PlacesChecker(_Checker):
    """Validates a places file against the coverage file that names it."""

    def __init__(self, file: str, document: _YamlDocument, coverage: _Checker) -> None:
        super().__init__(file, document)
        self.coverage = coverage

    def check_places(self, top: Any) -> tuple[list[dict[str, Any]], str | None]:
        """The places, checked, and where they come from (with their sources' licences)."""
        if not isinstance(top, dict):
            self.report((), "the places file must be a mapping with keys: schema_version, title, places")
            return [], None
        self.fields(top, (), "the places file", {"schema_version": "", "title": TEXT, "places": ""}, {"licences": ""})
        if "schema_version" in top and top["schema_version"] != SCHEMA_VERSION:
            self.report(("schema_version",), f"schema_version must be {SCHEMA_VERSION}, not {top['schema_version']!r}")
        licences = []
        for index, record in self.records(top, "licences"):
            path: Path_ = ("licences", index)
            what = f"licence {index + 1}"
            if self.fields(record, path, what, {"source": TEXT}, {"licence": OPTIONAL_TEXT, "used_for": OPTIONAL_TEXT}):
                licence = self.text(record, "licence") or "licence not stated"
                licences.append(f"{self.text(record, 'source')} ({licence})")
        places = [
            self._place(place_id, path, record)
            for place_id, (path, record) in self._unique_ids("places", "place").items()
        ]
        self._shared_names([p for p in places if p is not None])
        title = self.text(top, "title") or ""
        checked = [{k: v for k, v in p.items() if k != "path"} for p in places if p is not None]
        return checked, "; ".join([title, *licences]) if licences else title

    def _place(self, place_id: str, path: Path_, record: dict[str, Any]) -> dict[str, Any] | None:
        what = f"place {place_id!r}"
        required = dict.fromkeys(
            ("id", "name", "kind", "setting", "nation", "status", "source_url", "source_title"), TEXT
        )
        optional = {
            "other_names": TEXT_LIST,
            "operator": OPTIONAL_TEXT,
            "source_as_of": OPTIONAL_TEXT,
            "note": OPTIONAL_TEXT,
        }
        self.fields(record, path, what, required, optional)
        kind, setting, nation = (self.text(record, key) for key in ("kind", "setting", "nation"))
        valid = True
        known_kind = self.coverage.place_kinds.get(kind or "")
        if kind is not None and known_kind is None:
            self.report((*path, "kind"), f"{what} kind {kind!r} is not one of the coverage file's place_kinds")
            valid = False
        if setting is not None and setting not in self.coverage.settings:
            self.report((*path, "setting"), f"{what} names unknown setting {setting!r}")
            valid = False
        elif known_kind is not None and setting != known_kind["setting"]:
            self.report(
                (*path, "setting"), f"{what} setting {setting!r} is not {known_kind['setting']!r}, its kind's setting"
            )
            valid = False
        if nation is not None and nation not in self.coverage.nations:
            self.report((*path, "nation"), f"{what} names unknown nation {nation!r}")
            valid = False
        status = self.text(record, "status")
        if status is not None and not _is_place_status(status):
            self.report((*path, "status"), f"{what} status {status!r} must be open, closed or closed YYYY")
            valid = False
        self._address(record, (*path, "source_url"), f"{what} source_url")
        as_of = self.text(record, "source_as_of")
        if as_of is not None and bounds(as_of) is None:
            self.report((*path, "source_as_of"), f"{what} source_as_of {as_of!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
        if not valid or not all(self.text(record, key) for key in required):
            return None
        return {
            "id": place_id,
            "name": self.text(record, "name"),
            "other_names": self.texts(record, "other_names"),
            **{key: self.text(record, key) for key in ("kind", "setting", "nation", "operator", "status")},
            **{key: self.text(record, key) for key in ("source_url", "source_title", "source_as_of", "note")},
            "path": path,
        }

    def _shared_names(self, places: list[dict[str, Any]]) -> None:
        """A name two places share must give the same answer: the same cells, and the same entries there
        that are limited to some kinds of place."""
        from .places import fold_place_name

        def answer(place: dict[str, Any]) -> tuple[Any, ...]:
            kind = self.coverage.place_kinds[place["kind"]]
            cells = [(setting, place["nation"]) for setting in (kind["setting"], *kind["also"])]
            return (
                *cells,
                *(place["kind"] in kinds for cell in cells for kinds in self.coverage.cell_kinds.get(cell, [])),
            )

        owner: dict[str, dict[str, Any]] = {}
        for place in places:
            for index, name in enumerate([place["name"], *place["other_names"]]):
                first = owner.setdefault(fold_place_name(name), place)
                if first is not place and answer(first) != answer(place):
                    where = (*place["path"], "name") if index == 0 else (*place["path"], "other_names", index - 1)
                    self.report(
                        where,
                        f"place name {name!r} is claimed by both {first['id']!r} and {place['id']!r}, "
                        "which different bodies cover",
                    )


def build(plain: dict[str, Any], path: str) -> Dataset:
    """Turn validated plain values (from YAML or the cache) into a `Dataset` at its base edition."""
    edition = Edition(**plain["edition"])
    events = tuple(
        Event(
            **{
                **event,
                "sources": tuple(event["sources"]),
                "nations": tuple(event["nations"]),
                "kinds": tuple(event["kinds"]),
            }
        )
        for event in plain["events"]
    )
    all_members = tuple(
        Member(**{**member, "aliases": tuple(member["aliases"]), "nations": tuple(member["nations"])})
        for member in plain["members"]
    )
    all_settings = tuple(Setting(s["id"], s["name"], tuple(s["aliases"]), s["note"]) for s in plain["settings"])
    # Members and settings that a change after the edition adds are not part of it until then.
    later_members = {e.member for e in events if e.kind == "designated" and e.date_latest > edition.end}
    later_settings = {e.setting for e in events if e.kind == "setting-added" and e.date_latest > edition.end}
    about = plain["about"]
    return Dataset.create(
        title=plain["title"],
        path=path,
        edition=edition,
        as_of=None,
        checked=plain["checked"],
        sources=tuple(Source(**source) for source in plain["sources"]),
        nations=tuple(Nation(n["id"], n["name"], tuple(n["aliases"])) for n in plain["nations"]),
        settings=tuple(s for s in all_settings if s.id not in later_settings),
        all_settings=all_settings,
        members=tuple(m for m in all_members if m.id not in later_members),
        all_members=all_members,
        entries=tuple(
            Entry(
                **{
                    **entry,
                    "sources": tuple(entry["sources"]),
                    "kinds": tuple(entry["kinds"]),
                    "note_events": tuple(entry["note_events"]),
                }
            )
            for entry in plain["entries"]
        ),
        events=events,
        about=None
        if about is None
        else About(
            summary=about["summary"],
            powers=tuple(about["powers"]),
            facts=tuple(Fact(f["text"], tuple(f["sources"]), f["since"], f["until"]) for f in about["facts"]),
        ),
        name_indexes=_cached_name_indexes(plain),
        place_kinds=tuple(PlaceKind(k["id"], k["setting"], tuple(k["also"])) for k in plain["place_kinds"]),
        places=tuple(Place(**{**p, "other_names": tuple(p["other_names"])}) for p in plain["places"]),
        places_source=plain["places_source"],
    )


def _cached_name_indexes(plain: dict[str, Any]) -> tuple[NameIndex, NameIndex, NameIndex] | None:
    if "name_indexes" not in plain:
        return None
    nations, settings, members = (NameIndex(dict(exact), tuple(names)) for exact, names in plain["name_indexes"])
    return nations, settings, members
