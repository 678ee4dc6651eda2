"""The published JSON Schema agrees with the loader's own validation."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import npmlookup
from npmlookup.loading import yamlsafe

from .conftest import DATA, REPO, small_text

SCHEMA_PATH = REPO / "data" / "coverage.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)

SMALL = small_text()


def plain(text: str) -> Any:
    """The YAML as npmlookup reads it (dates stay text, as in YAML 1.2 editors)."""
    document = yamlsafe.YamlDocument.parse("test.yaml", text)
    assert not document.problems
    return document.value


def test_the_schema_is_a_valid_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", [REPO / "data" / "coverage.yaml", DATA / "small.yaml"])
def test_valid_files_pass_the_schema(path: Path) -> None:
    errors = [e.message for e in VALIDATOR.iter_errors(plain(path.read_text(encoding="utf-8")))]
    assert errors == []


def test_the_dataset_names_its_schema_on_its_first_line() -> None:
    first = (REPO / "data" / "coverage.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=coverage.schema.json"


def test_the_schema_ships_beside_the_dataset() -> None:
    shipped = npmlookup.default_path().with_name("coverage.schema.json")
    assert shipped.read_bytes() == SCHEMA_PATH.read_bytes()


def test_the_shipped_schemas_are_the_generated_ones() -> None:
    from npmlookup.loading import schema

    for name, make in schema.SCHEMAS.items():
        shipped = (REPO / "data" / name).read_text(encoding="utf-8")
        assert shipped == schema.as_text(make()), f"data/{name} is out of date: run python -m npmlookup.loading.schema"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('    date: "2022-02"', '    date: "By 2022-02"'),
        ('    date: "2022-02"', '    date: "UNKNOWN"'),
        ('    date: "2022-02"', '    date: "2022-02 "'),
        ("{member: hb, role: partner", "{member: hb, role: boss"),
        (
            "{member: jic, role: lead, basis: stated}\n      - {member: hb",
            "{member: jic, role: lead, basis: x}\n      - {member: hb",
        ),
        (
            "    kind: inspectorate\n    nations: [south]",
            "    kind: inspectorate\n    colour: red\n    nations: [south]",
        ),
        ('    date: "2022-02"', '    date: "Feb 2022"'),
        ("    kind: renamed\n    member: hb", "    kind: merged\n    member: hb"),
        ("schema_version: 1", "schema_version: 2"),
        ("schema_version: 1", "schema_version: true"),
        ("  facts:\n    - text: It exists.\n      sources: [sheet]\n", '  facts: ""\n'),
        ("  facts:\n    - text: It exists.\n      sources: [sheet]\n", "  facts: false\n"),
        ("    name: Care Board\n", ""),
        ("  - id: hb\n    name: Health Board\n", "  - id: hb\n"),
        (
            "    role: lead\n    basis: inferred\n    basis_note: The designation",
            "    role: lead\n    basis_note: The designation",
        ),
        ("title: Small test NPM", "title: ''"),
        ("    url: https://example.org/page", "    url: example.org/page"),
        (
            "    kind: note\n    description: The NPM was founded.",
            "    kind: note\n    member: hb\n    description: The NPM was founded.",
        ),
    ],
)
def test_structural_problems_fail_both_schema_and_loader(tmp_path: Path, old: str, new: str) -> None:
    assert old in SMALL
    text = SMALL.replace(old, new, 1)
    assert not VALIDATOR.is_valid(plain(text)), "the schema accepts it"
    target = tmp_path / "coverage.yaml"
    target.write_text(text, encoding="utf-8")
    shutil.copy(DATA / "small-places.yaml", tmp_path)  # else its absence alone is a problem
    assert npmlookup.validate(target), "the loader accepts it"


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    """Every value in a document with its path, the document itself excluded."""
    found = [(path, value)] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def _replaced(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    copy = json.loads(json.dumps(document))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return copy


WRONG_TYPES: dict[type, list[Any]] = {
    str: [12345, [], {"x": "y"}, "", "   ", True],
    int: ["1", [], None, True],  # a bool is never an int, though Python says True == 1
    list: ["text", {"x": "y"}, 7],
    dict: ["text", ["x"], 7],
    type(None): [12345, ["x"]],
}
"""For a value of each type, values of the wrong type (or empty text, where text is due)."""
DOCUMENT = plain(SMALL)
MUTABLE = [(path, value) for path, value in _paths(DOCUMENT) if type(value) in WRONG_TYPES]


@given(st.data())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_both_refuse_a_value_of_the_wrong_kind(tmp_path: Path, data: st.DataObject) -> None:
    """A valid file with one value replaced by one of the wrong kind: the schema and validate both refuse it."""
    path, value = data.draw(st.sampled_from(MUTABLE))
    if path[0] == "coverage" and isinstance(value, dict):
        return  # a row's or the table's keys are ids, which only validate can check
    wrong = data.draw(st.sampled_from(WRONG_TYPES[type(value)]))
    if path == ("places",) and isinstance(wrong, str) and wrong.strip():
        return  # another places file's name: only validate can tell it is missing
    mutated = _replaced(DOCUMENT, path, wrong)
    assert not VALIDATOR.is_valid(mutated), f"the schema accepts {path} = {wrong!r}"
    target = tmp_path / "mutated.yaml"
    target.write_text(json.dumps(mutated), encoding="utf-8")  # JSON is YAML
    shutil.copy(DATA / "small-places.yaml", tmp_path)
    assert npmlookup.validate(target), f"validate accepts {path} = {wrong!r}"


@given(st.data())
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_both_refuse_an_unknown_key(tmp_path: Path, data: st.DataObject) -> None:
    records: list[tuple[Any, ...]] = [
        path for path, value in _paths(DOCUMENT) if isinstance(value, dict) and path[0] != "coverage"
    ]
    path = data.draw(st.sampled_from(records))
    target_record = DOCUMENT
    for step in path:
        target_record = target_record[step]
    mutated = _replaced(DOCUMENT, path, {**target_record, "colour": "red"})
    assert not VALIDATOR.is_valid(mutated)
    target = tmp_path / "mutated.yaml"
    target.write_text(json.dumps(mutated), encoding="utf-8")
    assert any("unknown key 'colour'" in p.message for p in npmlookup.validate(target))
