"""Ids are safe names: one pattern, checked by `validate`, by every command that loads a dataset, and by
the published JSON Schemas."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

import npmlookup
from npmlookup.cli.app import app
from npmlookup.errors import DatasetError
from npmlookup.loading import yamlsafe
from npmlookup.loading.fileformat import ID_PATTERN, PLACE_KIND_PATTERN

from .conftest import DATA, REPO

HOSTILE = ["../../escaped", "a/b", "..", "Capital", "two  words", "trailing-", ""]
"""Ids no dataset may hold: each would make a path, or is not one documented form."""

RECORDS = [
    ("member", "rev"),
    ("member", "jic"),
    ("setting", "wards"),
    ("nation", "south"),
    ("source", "page"),
    ("event", "founded"),
    ("place", "northgate"),
    ("place kind", "cell block"),
]
"""A record of each kind in tests/data/small*.yaml, by its id."""


def token(record_id: str) -> re.Pattern[str]:
    """Every use of an id as a whole value (not inside a longer id such as jic-south)."""
    return re.compile(rf"(?<![\w-]){re.escape(record_id)}(?![\w-])")


def hostile_copy(folder: Path, record_id: str, new: str) -> Path:
    """small.yaml and its places file in `folder`, with `record_id` written as `new` everywhere."""
    quoted = json.dumps(new)  # a YAML string, whatever its characters
    for name in ("small.yaml", "small-places.yaml"):
        text = (DATA / name).read_text(encoding="utf-8")
        (folder / name).write_text(token(record_id).sub(lambda _: quoted, text), encoding="utf-8")
    return folder / "small.yaml"


def test_the_shipped_ids_match_the_pattern() -> None:
    assert npmlookup.validate() == []
    assert npmlookup.validate(DATA / "small.yaml") == []


@pytest.mark.parametrize(("what", "record_id"), RECORDS)
@pytest.mark.parametrize("new", HOSTILE)
def test_validate_refuses_an_unsafe_id_where_it_is(tmp_path: Path, what: str, record_id: str, new: str) -> None:
    if what == "place kind" and new == "Capital":
        new = "Capital/"  # place kinds are words, capitals included (fileformat.PLACE_KIND_PATTERN)
    path = hostile_copy(tmp_path, record_id, new)
    problems = npmlookup.validate(path)
    located = [p for p in problems if "must be an id" in p.message or "must be non-empty text" in p.message]
    assert located, [str(p) for p in problems]
    assert all(p.line is not None and p.column is not None for p in located)
    # The record's own id is among the places reported, at its line.
    file = tmp_path / ("small-places.yaml" if what == "place" else "small.yaml")
    lines = file.read_text(encoding="utf-8").splitlines()
    id_line = next(i + 1 for i, line in enumerate(lines) if re.search(rf"\bid: {re.escape(json.dumps(new))}", line))
    assert (str(file), id_line) in {(p.file, p.line) for p in located}
    with pytest.raises(DatasetError):
        npmlookup.load(path)


@pytest.mark.parametrize(
    ("old", "new", "reference"),
    [
        ("{member: jic, role: lead, basis: stated}", "{member: ../jic, role: lead, basis: stated}", "../jic"),
        ("sources: [page]}", "sources: [pa/ge]}", "pa/ge"),
        ("nations: [north, south]", "nations: [north, ../south]", "../south"),
        ("kinds: [youth jail]", "kinds: [../youth jail]", "../youth jail"),
        ("  source: sheet\n", "  source: /etc/sheet\n", "/etc/sheet"),
    ],
)
def test_validate_refuses_an_unsafe_reference(tmp_yaml: Path, old: str, new: str, reference: str) -> None:
    """A reference names a record of the file, so one that is no id is an unknown one: said so, where it is."""
    text = tmp_yaml.read_text(encoding="utf-8")
    assert old in text
    tmp_yaml.write_text(text.replace(old, new, 1), encoding="utf-8")
    located = [p for p in npmlookup.validate(tmp_yaml) if repr(reference) in p.message]
    assert located
    lines = tmp_yaml.read_text(encoding="utf-8").splitlines()
    line = next(i + 1 for i, text in enumerate(lines) if new.strip() in text)
    assert line in {p.line for p in located}
    assert all("unknown" in p.message for p in located)


def test_validate_on_the_command_line_says_file_line_and_column(tmp_path: Path) -> None:
    path = hostile_copy(tmp_path, "rev", "../../escaped")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert re.search(rf"{re.escape(str(path))}:\d+:\d+: member '\.\./\.\./escaped' 'id' must be an id", result.output)


COMMANDS = [
    ["who"],
    ["who", "--setting", "jails"],
    ["member", "jic"],
    ["where", "Northgate"],
    ["places"],
    ["members"],
    ["settings"],
    ["nations"],
    ["matrix"],
    ["history"],
    ["sources"],
    ["about"],
    ["who", "--json"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_refuses_a_dataset_with_an_unsafe_id(tmp_path: Path, args: list[str]) -> None:
    path = hostile_copy(tmp_path, "lv", "../../escaped")
    result = CliRunner().invoke(app, [*args, "--data", str(path)])
    assert result.exit_code == 1, result.output
    assert "must be an id" in result.output


def test_the_site_refuses_a_dataset_with_an_unsafe_id_and_writes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = hostile_copy(data, "lv", "../../escaped")
    site = tmp_path / "out" / "site"
    result = CliRunner().invoke(app, ["site", str(site), "--data", str(path)])
    assert result.exit_code == 1, result.output
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["data", "small-places.yaml", "small.yaml"]


def test_the_id_pattern_is_declared_once() -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "src").rglob("*.py"))
    assert sources.count('"^[a-z0-9]+(-[a-z0-9]+)*$"') == 1


@pytest.mark.parametrize("name", ["coverage.schema.json", "places.schema.json"])
def test_the_schemas_carry_the_id_patterns(name: str) -> None:
    schema = json.loads((REPO / "data" / name).read_text(encoding="utf-8"))
    assert schema["$defs"]["id"]["pattern"] == ID_PATTERN
    assert schema["$defs"]["placeKindId"]["pattern"] == PLACE_KIND_PATTERN


@pytest.mark.parametrize(("what", "record_id"), RECORDS)
def test_the_schemas_refuse_an_unsafe_id(tmp_path: Path, what: str, record_id: str) -> None:
    hostile_copy(tmp_path, record_id, "../../escaped")
    refused = []
    for data, schema in (("small.yaml", "coverage.schema.json"), ("small-places.yaml", "places.schema.json")):
        validator = Draft202012Validator(json.loads((REPO / "data" / schema).read_text(encoding="utf-8")))
        text = (tmp_path / data).read_text(encoding="utf-8")
        value = yamlsafe.YamlDocument.parse(data, text).value
        errors = list(validator.iter_errors(value))
        while errors:  # the errors, and the errors under each branch of an anyOf
            error = errors.pop()
            refused.append(error.message)
            errors += error.context or []
    assert any("'../../escaped' does not match" in message for message in refused), refused


@pytest.mark.parametrize("good", ["hm-prisons", "imb-ni", "a", "2024", "x1-2y"])
def test_ids_of_the_documented_form_pass(good: str) -> None:
    assert re.fullmatch(ID_PATTERN, good)


@pytest.mark.parametrize("bad", ["-a", "a--b", "a.b", "a_b", "A", "a b", "a\n", "é"])
def test_ids_of_any_other_form_fail(bad: str) -> None:
    assert re.fullmatch(ID_PATTERN, bad) is None
