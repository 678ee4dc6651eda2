"""The published JSON Schema agrees with the loader's own validation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

import npmlookup
from npmlookup import loader as load_module

from .conftest import DATA, REPO, small_text

SCHEMA_PATH = REPO / "data" / "coverage.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)

SMALL = small_text()


def plain(text: str) -> Any:
    """The YAML as npmlookup reads it (dates stay text, as in YAML 1.2 editors)."""
    document = load_module._YamlDocument.parse("test.yaml", text)
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


@pytest.mark.parametrize(
    ("old", "new"),
    [
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
    assert list(VALIDATOR.iter_errors(plain(text))), "the schema accepts it"
    target = tmp_path / "coverage.yaml"
    target.write_text(text, encoding="utf-8")
    assert npmlookup.validate(target), "the loader accepts it"
