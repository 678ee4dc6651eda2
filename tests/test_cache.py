"""The compiled cache never gives a wrong answer, and never makes noise."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import npmlookup
from npmlookup.core.indexes import PlacesById
from npmlookup.core.places import match_places, place_names
from npmlookup.loading import cache
from npmlookup.loading.loader import forget_loaded

from .conftest import REPO, npm_executable


def entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if cache.is_entry_name(p.name))


def same_data(one: npmlookup.Dataset, other: npmlookup.Dataset) -> bool:
    fields = (
        "title",
        "edition",
        "sources",
        "nations",
        "settings",
        "members",
        "all_members",
        "entries",
        "events",
        "about",
    )
    return all(getattr(one, name) == getattr(other, name) for name in fields)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("NPMLOOKUP_CACHE_DIR", str(folder))
    return folder


def test_a_first_load_writes_an_entry_and_a_second_uses_it(
    tmp_yaml: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = npmlookup.load(tmp_yaml)
    (entry,) = entries(cache_dir)
    monkeypatch.setitem(sys.modules, "yaml", None)  # importing YAML now fails: the answer must come from the cache
    second = npmlookup.load(tmp_yaml)
    assert same_data(second, first)
    assert entry.exists()


def test_an_edited_file_is_picked_up_on_the_next_call(tmp_yaml: Path, cache_dir: Path) -> None:
    assert npmlookup.load(tmp_yaml).member_by_id["jic"].name == "Jail Inspection Commission"
    tmp_yaml.write_text(tmp_yaml.read_text().replace("name: Jail Inspection Commission\n", "name: Prison Board\n"))
    assert npmlookup.load(tmp_yaml).member_by_id["jic"].name == "Prison Board"


def test_an_edit_that_keeps_size_and_mtime_is_still_picked_up(tmp_yaml: Path, cache_dir: Path) -> None:
    npmlookup.load(tmp_yaml)
    info = tmp_yaml.stat()
    tmp_yaml.write_text(tmp_yaml.read_text().replace("name: North Land", "name: Nurth Land"))
    os.utime(tmp_yaml, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert npmlookup.load(tmp_yaml).nation_by_id["north"].name == "Nurth Land"


def test_an_edit_that_breaks_the_file_is_reported_not_hidden(tmp_yaml: Path, cache_dir: Path) -> None:
    npmlookup.load(tmp_yaml)
    tmp_yaml.write_text(tmp_yaml.read_text().replace("member: jic-south", "member: HWI"))
    with pytest.raises(npmlookup.DatasetError, match="unknown member 'HWI'"):
        npmlookup.load(tmp_yaml)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: data[:-1],
        lambda data: b"",
        lambda data: b"\x00" * len(data),
        lambda data: data[:-20] + bytes(20),
        lambda data: data.replace(b"; rules ", b"; rules 0"),
        lambda data: os.urandom(len(data)),
    ],
    ids=["half", "last-byte", "empty", "zeros", "tail-zeroed", "other-rules", "random"],
)
def test_a_damaged_entry_is_a_silent_miss(
    tmp_yaml: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str], damage: object
) -> None:
    expected = npmlookup.load(tmp_yaml)
    (entry,) = entries(cache_dir)
    damaged = damage(entry.read_bytes())  # type: ignore[operator]
    assert damaged != entry.read_bytes(), "the damage must change the entry, or this case tests nothing"
    entry.write_bytes(damaged)
    assert same_data(npmlookup.load(tmp_yaml), expected)
    assert capsys.readouterr() == ("", "")
    assert cache.read(tmp_yaml, tmp_yaml.read_bytes()) is not None, "the miss rewrote a good entry"


def test_a_read_only_cache_directory_still_answers(tmp_yaml: Path, cache_dir: Path) -> None:
    cache_dir.mkdir()
    cache_dir.chmod(0o500)
    try:
        assert npmlookup.load(tmp_yaml).title == "Small test NPM"
    finally:
        cache_dir.chmod(0o700)


def test_an_impossible_cache_directory_still_answers(tmp_yaml: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_yaml.parent / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("NPMLOOKUP_CACHE_DIR", str(blocker / "cache"))
    assert npmlookup.load(tmp_yaml).title == "Small test NPM"


def test_an_empty_setting_turns_the_cache_off(tmp_yaml: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NPMLOOKUP_CACHE_DIR", "")
    assert cache.directory() is None
    assert npmlookup.load(tmp_yaml).title == "Small test NPM"


def test_the_default_directory_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NPMLOOKUP_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.directory() == str(tmp_path / "npmlookup")


def test_many_first_runs_at_once_all_answer_right(tmp_yaml: Path, cache_dir: Path) -> None:
    script = "import sys, npmlookup; d = npmlookup.load(sys.argv[1]);print(len(d.entries), d.member_by_id['hb'].name)"
    env = dict(os.environ, NPMLOOKUP_CACHE_DIR=str(cache_dir))
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(tmp_yaml)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        for _ in range(8)
    ]
    results = [run.communicate(timeout=60) for run in runs]
    expected = npmlookup.load(tmp_yaml, use_cache=False)
    answer = f"{len(expected.entries)} {expected.member_by_id['hb'].name}\n".encode()
    assert answer == b"10 Care Board\n", "the latest known state"
    assert [r[0] for r in results] == [answer] * 8
    assert [r[1] for r in results] == [b""] * 8
    assert len(entries(cache_dir)) == 1
    assert not [p for p in cache_dir.iterdir() if p.suffix == ".tmp"], "no temporary file left behind"


def test_cached_name_indexes_equal_fresh_ones(tmp_yaml: Path, cache_dir: Path) -> None:
    fresh = npmlookup.load(tmp_yaml, use_cache=False)
    npmlookup.load(tmp_yaml)
    cached = npmlookup.load(tmp_yaml)
    for name in ("nation_names", "setting_names", "member_names"):
        assert getattr(cached, name).exact == getattr(fresh, name).exact
        assert getattr(cached, name).sorted_names == getattr(fresh, name).sorted_names
    assert npmlookup.find_member(cached, "Care Board").id == "hb"


def test_the_cache_keeps_only_the_most_recently_used_entries(
    tmp_yaml: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "KEEP", 3)
    copies = []
    for number in range(5):
        copy = tmp_yaml.with_name(f"copy-{number}.yaml")
        copy.write_bytes(tmp_yaml.read_bytes())
        npmlookup.load(copy)
        newest = max(entries(cache_dir), key=lambda p: p.stat().st_mtime_ns)
        os.utime(newest, ns=(number * 10**9, number * 10**9))  # a distinct, ordered time of use
        copies.append(copy)
    assert len(entries(cache_dir)) == 3
    kept = [cache.read(copy, copy.read_bytes()) is not None for copy in copies]
    assert kept == [False, False, True, True, True]


def test_an_entry_from_another_version_of_npmlookup_is_a_miss(
    tmp_yaml: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    npmlookup.load(tmp_yaml)
    raw = tmp_yaml.read_bytes()
    assert cache.read(tmp_yaml, raw) is not None
    monkeypatch.setattr(npmlookup, "__version__", "0.0.1")
    assert cache.read(tmp_yaml, raw) is None


def test_version_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    result = subprocess.run(
        [npm_executable(), "--version"],
        capture_output=True,
        env={**os.environ, "NPMLOOKUP_CACHE_DIR": str(folder)},
        check=False,
    )
    assert result.returncode == 0
    assert b"last checked 2025-12-11" in result.stdout
    assert not folder.exists(), "a cold --version validates in memory and stores nothing"


def test_the_cached_place_name_table_is_the_one_the_places_make(cache_dir: Path) -> None:
    npmlookup.load()  # a miss: fills the entry
    cached = npmlookup.load()
    uncached = npmlookup.load(use_cache=False)
    assert cached.named_places.built().names is not None, "a warm load restores the place-name table"
    assert uncached.named_places.built().names is None, "a load from the text builds it when asked"
    assert cached.places == uncached.places, "the cache's rows make the same places"
    assert cached.place_kinds == uncached.place_kinds
    assert cached.places_licences == uncached.places_licences
    built = place_names(uncached)
    restored = place_names(cached)
    assert restored is cached.named_places.built().names
    assert restored.export() == built.export()
    assert restored.sorted_cores == built.sorted_cores
    for text in ("HMP Berwyn", "berwyn", "Carchar y Berwyn", "morton hall", "hydebank", "Parc", "Brinsford", "zzz"):
        assert match_places(cached, text) == match_places(uncached, text), text


def test_a_stale_place_name_table_is_never_used(tmp_path: Path, cache_dir: Path) -> None:
    """The table is stored with the places it was made from: editing the places file is a miss, and the
    new name is found."""
    folder = tmp_path / "data"
    shutil.copytree(REPO / "data", folder)
    npmlookup.load(folder / "coverage.yaml")
    places_file = folder / "places.yaml"
    text = places_file.read_text(encoding="utf-8")
    assert "Carchar y Berwyn" in text
    places_file.write_text(text.replace("Carchar y Berwyn", "Carchar Newydd y Berwyn"), encoding="utf-8")
    edited = npmlookup.load(folder / "coverage.yaml")
    assert [p.id for p in npmlookup.find_places(edited, "Carchar Newydd y Berwyn")] == ["hmp-berwyn"]


def test_a_process_reuses_a_dataset_only_while_its_files_and_entry_are_unchanged(
    tmp_path: Path, cache_dir: Path
) -> None:
    folder = tmp_path / "data"
    shutil.copytree(REPO / "data", folder)
    coverage = folder / "coverage.yaml"
    npmlookup.load(coverage)  # a miss: writes the entry
    first = npmlookup.load(coverage).contents  # a hit: built from the entry, and kept
    assert npmlookup.load(coverage).contents is first, "an unchanged file is not built again"
    forget_loaded()
    assert npmlookup.load(coverage).contents is not first, "forgotten: read from the cache again"
    first = npmlookup.load(coverage).contents
    assert npmlookup.load(coverage, use_cache=False).contents is not first

    places_file = folder / "places.yaml"
    places_file.write_text(
        places_file.read_text(encoding="utf-8").replace("Carchar y Berwyn", "Carchar Newydd y Berwyn"),
        encoding="utf-8",
    )
    edited = npmlookup.load(coverage)
    assert edited.contents is not first
    assert [p.id for p in npmlookup.find_places(edited, "Carchar Newydd y Berwyn")] == ["hmp-berwyn"]

    coverage.write_text(coverage.read_text(encoding="utf-8").replace("title: ", "title: Edited ", 1), encoding="utf-8")
    assert npmlookup.load(coverage).title.startswith("Edited "), "edited bytes are read again"
    kept = npmlookup.load(coverage).contents
    assert npmlookup.load(coverage).contents is kept

    (entry,) = entries(cache_dir)
    entry.unlink()
    assert npmlookup.load(coverage).contents is not kept
    assert entries(cache_dir), "with its entry gone, the load goes through the cache and writes it again"


def test_places_are_built_only_when_asked_for(cache_dir: Path) -> None:
    npmlookup.load()
    data = npmlookup.load()
    assert data.named_places is data.contents.named_places, "a snapshot shares its contents' places"
    npmlookup.who(data, setting="prisons", nation="wales")
    assert not data.named_places.is_built(), "a lookup about cells builds no place"
    assert not data.deferred_about.is_built(), "nor what the NPM is"
    about = data.about
    assert about is not None
    assert about == npmlookup.load(use_cache=False).about
    assert data.deferred_about.is_built()
    assert [p.id for p in npmlookup.find_places(data, "HMP Berwyn")] == ["hmp-berwyn"]
    assert data.named_places.is_built()
    by_id = data.named_places.built().by_id
    assert isinstance(by_id, PlacesById)
    assert list(by_id._made) == ["hmp-berwyn"], "a question about one place makes that place only"
    assert len(data.places) == len(by_id) == 206
    assert data.places[[p.id for p in data.places].index("hmp-berwyn")] is by_id["hmp-berwyn"], "made once"
    assert npmlookup.at(data, "2016-01").place_by_id is data.place_by_id, "built once for every snapshot"


def test_a_dataset_pickles_whole_whatever_has_been_built(cache_dir: Path) -> None:
    """For multiprocessing: the parts built on first use are pickled built, and a snapshot keeps its
    question and its day."""
    npmlookup.load()
    for asked_about_places in (False, True):
        data = npmlookup.load()
        if asked_about_places:
            npmlookup.find_places(data, "HMP Berwyn")
        copy = pickle.loads(pickle.dumps(data))
        assert isinstance(copy, npmlookup.Snapshot)
        assert (copy.question, copy.as_of, copy.is_edition) == (data.question, data.as_of, False)
        assert npmlookup.who(copy, setting="prisons") == npmlookup.who(data, setting="prisons")
        assert copy.places == data.places
        assert copy.about == data.about
    edition = pickle.loads(pickle.dumps(npmlookup.at(npmlookup.load(), "factsheet")))
    assert edition.is_edition


def test_the_dataset_reused_names_its_file_as_asked(tmp_path: Path, cache_dir: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(REPO / "data", folder)
    absolute = str(folder / "coverage.yaml")
    relative = os.path.relpath(absolute)
    npmlookup.load(absolute)
    for _ in range(2):
        assert npmlookup.load(relative).path == relative
        assert npmlookup.load(absolute).path == absolute
