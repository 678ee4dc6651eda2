"""YAML read safely, as plain values, with the line and column of every value.

A file is read as bytes, decoded as UTF-8 and composed into YAML nodes (with the C parser
when PyYAML has it), then walked once into plain values. Anchors, aliases and tags other
than the plain scalar ones are refused, so nothing in a file can run code or expand into a
bomb. Values follow the YAML 1.2 core schema, as editors and JSON Schema tools read them.
Marks are looked up from the node tree only when a problem is reported.
"""

from __future__ import annotations

import functools
from typing import Any

from npmlookup.errors import Problem

Path_ = tuple[str | int, ...]
"""Where a value is in a document: keys and list indexes from the top."""
Mark = tuple[int, int]


_CORE_SCHEMA = (
    # YAML 1.2 core schema: the types editors and JSON Schema tools assume, each with the first characters
    # it can start with and its value. Everything else is text (so `no` stays "no", and a date stays "2014-12-01").
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", "~nN", lambda text: None),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF", lambda text: text.lower() == "true"),
    (
        "tag:yaml.org,2002:int",
        r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$",
        "-+0123456789",
        lambda text: int(text, 0 if text.startswith(("0x", "0o")) else 10),  # no sign on 0x, 0o
    ),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
        lambda text: float(text.lower().replace(".inf", "inf").replace(".nan", "nan")),
    ),
)
_SCALAR_VALUES = {tag: value for tag, _pattern, _first, value in _CORE_SCHEMA}


@functools.cache
def _core_schema_loader(yaml: Any) -> Any:
    """A composing loader (libyaml's parser when PyYAML has it) that resolves the core schema."""
    import re

    scalar_node, sequence_node = yaml.ScalarNode, yaml.SequenceNode
    by_first_character: dict[str, list[tuple[str, Any]]] = {}
    for tag, pattern, first, _value in _CORE_SCHEMA:
        for character in [*first, ""] if "~" in first else first:
            by_first_character.setdefault(character, []).append((tag, re.compile(pattern)))

    class CoreLoader(yaml.CBaseLoader if getattr(yaml, "__with_libyaml__", False) else yaml.BaseLoader):  # type: ignore[misc]
        def resolve(self, kind: Any, value: str, implicit: tuple[bool, bool]) -> str:
            # Called by the parser for every node without an explicit tag: kept minimal.
            if kind is scalar_node:
                if implicit[0]:
                    for tag, pattern in by_first_character.get(value[:1], ()):
                        if pattern.match(value):
                            return tag
                return "tag:yaml.org,2002:str"
            return "tag:yaml.org,2002:seq" if kind is sequence_node else "tag:yaml.org,2002:map"

    return CoreLoader


def _line_and_column(text: Any, position: int, newline: Any) -> Mark:
    """The line and column (from 1) of a position in a text or in bytes (columns count characters or bytes)."""
    return text.count(newline, 0, position) + 1, position - text.rfind(newline, 0, position)


def _mark(node: Any) -> Mark:
    return node.start_mark.line + 1, node.start_mark.column + 1


class YamlDocument:
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
        self._pairs: dict[int, dict[str, tuple[Any, Any]]] = {}
        """Each mapping node's key and value nodes by key, made when a mark is first looked up in it:
        a file with many problems in one mapping is reported in linear time."""

    @classmethod
    def parse(cls, file: str, text: str) -> YamlDocument:
        """The document a text composes into; its `problems` say why when it does not."""
        import yaml  # only here: the shipped dataset never pays for importing YAML

        document = cls(file)
        try:
            node = yaml.compose(text, Loader=_core_schema_loader(yaml))
            if node is None:
                return document._fail(1, 1, "the file is empty")
            document.root = node
            document.value = document._walk(node)
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            what = error.problem or error.context or "invalid YAML"
            line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
            return document._fail(line, column, f"YAML syntax: {what}")
        except yaml.reader.ReaderError as error:
            # A character YAML refuses (a NUL byte...): located by line and column, as every problem.
            code = error.character if isinstance(error.character, int) else ord(error.character)
            what = f"YAML syntax: character U+{code:04X} is not allowed ({error.reason})"
            return document._fail(*_line_and_column(text, error.position, "\n"), what)
        except yaml.YAMLError as error:
            return document._fail(None, None, f"YAML syntax: {error}")
        except RecursionError:
            return document._fail(None, None, "YAML is nested too deeply")
        return document

    def _fail(self, line: int | None, column: int | None, message: str) -> YamlDocument:
        self.problems.append(Problem(self.file, line, column, message))
        return self

    def _refuse(self, node: Any, message: str) -> None:
        self.problems.append(Problem(self.file, *_mark(node), message))

    def _walk(self, node: Any) -> Any:
        if id(node) in self._seen:
            # A node reached twice is an alias: refusing it keeps alias bombs out.
            return self._refuse(
                node, "YAML anchors and aliases (& and *) are not allowed (this anchored value is used again)"
            )
        self._seen.add(id(node))
        kind, tag = node.id, node.tag  # each node class's id: "mapping", "sequence" or "scalar"
        if kind == "mapping" and tag == "tag:yaml.org,2002:map":
            mapping: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if key_node.id != "scalar" or key_node.tag != "tag:yaml.org,2002:str":
                    self._refuse(key_node, "keys must be plain text")
                elif key_node.value in mapping:
                    self._refuse(key_node, f"duplicate key {key_node.value!r}")
                else:
                    mapping[key_node.value] = self._walk(value_node)
            return mapping
        if kind == "sequence" and tag == "tag:yaml.org,2002:seq":
            return [self._walk(item) for item in node.value]
        if kind == "scalar" and tag == "tag:yaml.org,2002:str":
            return node.value
        if kind == "scalar" and tag in _SCALAR_VALUES:
            try:
                return _SCALAR_VALUES[tag](node.value)
            except ValueError:  # Python refuses integers of more than 4,300 digits
                return self._refuse(node, f"number {node.value[:20]}... is too long")
        return self._refuse(node, f"YAML tag {tag!r} is not allowed")

    def mark_of(self, path: Path_, *, at_key: bool = False) -> tuple[int | None, int | None]:
        """Line and column of the value at `path` (or of its key), else of its nearest ancestor."""
        node = self.root
        if node is None:
            return None, None
        for depth, step in enumerate(path):
            children = node.value if isinstance(node.value, list) else None
            if children and isinstance(step, str) and isinstance(children[0], tuple):
                if id(node) not in self._pairs:  # by key, the first where a key repeats (as a search would find)
                    self._pairs[id(node)] = {str(getattr(pair[0], "value", "")): pair for pair in reversed(children)}
                pair = self._pairs[id(node)].get(step)
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


def parse(name: str, raw: bytes) -> YamlDocument:
    """A file's bytes as a YAML document; its `problems` say why it cannot be read."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        where = _line_and_column(raw, error.start, b"\n")
        return YamlDocument(name)._fail(*where, f"is not UTF-8 text (byte 0x{raw[error.start]:02x})")
    return YamlDocument.parse(name, text)
