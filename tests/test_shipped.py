"""The shipped dataset compiled at build time: current, never stale, and nothing written anywhere."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

import pytest

import npmlookup
from npmlookup.core.names import NameTable
from npmlookup.loading import loader, shipped

from .conftest import REPO, npm_executable, script_module


def test_the_compiled_modules_are_current() -> None:
    texts = script_module("scripts/shipped.py").compiled_texts()
    assert len(texts) == 3
    for path, text in texts.items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run python scripts/shipped.py"


def test_the_shipped_dataset_equals_the_one_checked_from_its_yaml(latest: npmlookup.Dataset) -> None:
    compiled = loader.load_contents()
    checked = loader.build(loader.plain_values(compiled.path)[0], compiled.path)
    for field in dataclasses.fields(npmlookup.Dataset):  # every record; indexes and name tables are made from them
        value = getattr(compiled, field.name)
        if field.name != "parts" and not isinstance(value, (Mapping, NameTable, type(None))):
            assert value == getattr(checked, field.name), field.name
    assert dict(compiled.place_by_id) == dict(checked.place_by_id)
    assert compiled.place_names is not None
    from npmlookup.core.places import place_names

    def plain(table: dict[str, object]) -> object:
        return json.loads(json.dumps(table))  # lists and tuples alike

    assert plain(compiled.place_names.export()) == plain(place_names(checked).export())
    for kind in ("nation", "setting", "member"):  # compiled too, and made from the records for the YAML
        table = f"{kind}_names"
        assert plain(getattr(compiled, table).export()) == plain(getattr(checked, table).export()), table


def test_a_compiled_place_is_one_record_however_it_is_reached() -> None:
    """The compiled places are made records when first asked for: once, and shared with every snapshot."""
    from npmlookup.core.history import at

    contents = loader.load_contents()
    parc = contents.place_by_id["hmp-parc"]
    assert contents.place_by_id["hmp-parc"] is parc
    assert at(contents, "2020").place_by_id["hmp-parc"] is parc
    assert [p for p in contents.places if p is parc] == [parc]


def copy_of_the_data(folder: Path) -> Path:
    for name in ("coverage.yaml", "places.yaml", "concerns.yaml"):
        shutil.copy(REPO / "data" / name, folder / name)
    return folder / "coverage.yaml"


@pytest.mark.parametrize("edited", ["coverage.yaml", "places.yaml", "concerns.yaml"])
def test_an_edited_data_file_is_never_answered_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edited: str
) -> None:
    """An editable install whose data was edited after `shipped` was made: the YAML is read instead."""
    coverage = copy_of_the_data(tmp_path)
    monkeypatch.setattr(loader, "data_file", lambda: str(coverage))
    assert loader.load_contents().place_names is not None, "unchanged files: the compiled values"
    target = tmp_path / edited
    old, new = {
        "coverage.yaml": ("title: UK National Preventive Mechanism coverage", "title: Edited coverage"),
        "places.yaml": ('name: "HMP & YOI Berwyn"', 'name: "HMP Berwyn Edited"'),
        "concerns.yaml": ('takes: "yes"', 'takes: "no"'),
    }[edited]
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new), encoding="utf-8")
    contents = loader.load_contents()
    said = (contents.title, contents.place_by_id["hmp-berwyn"].name, contents.concern_by_member["imb"].takes)
    assert new.split(": ")[1].strip('"') in said, "the edited file was read and checked"
    if edited != "concerns.yaml":  # each named file is compared when its part is built: the places stay compiled
        assert contents.place_names is None


def test_a_part_whose_file_was_broken_since_says_so_when_first_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The coverage file is compared at load, each file it names when its part is first built: a question
    about the table alone is answered; one about the places says what is wrong with their file."""
    coverage = copy_of_the_data(tmp_path)
    monkeypatch.setattr(loader, "data_file", lambda: str(coverage))
    places = tmp_path / "places.yaml"
    places.write_text(places.read_text(encoding="utf-8").replace('kind: "prison"', 'kind: "castle"', 1), "utf-8")
    contents = loader.load_contents()
    assert contents.title == "UK National Preventive Mechanism coverage"
    with pytest.raises(npmlookup.DatasetError, match="castle") as raised:
        contents.place_by_id  # noqa: B018  (the part is built when first used)
    assert raised.value.problems[0].file == str(places)


def test_a_compiled_module_for_other_files_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    coverage = copy_of_the_data(tmp_path)
    monkeypatch.setattr(loader, "data_file", lambda: str(coverage))
    monkeypatch.setattr(shipped, "DIGEST", "0" * 64)
    assert loader.load_contents().place_names is None


def test_no_command_writes_a_file_outside_what_it_was_asked_to_write(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    for command in (["who", "-s", "prisons", "--json"], ["where", "Berwyn", "--json"], ["--version"]):
        subprocess.run([npm_executable(), *command], env=env, capture_output=True, check=True, cwd=tmp_path)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["home"]
