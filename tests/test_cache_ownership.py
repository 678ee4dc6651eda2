"""The cache owns its files and is never stale: it deletes only what it wrote, and its key covers the
data, the places file as resolved now, the version and the rules."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import npmlookup
from npmlookup.loading import cache

from .conftest import DATA, REPO


def entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if cache.is_entry_name(p.name))


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "shared-cache"
    folder.mkdir()
    monkeypatch.setenv("NPMLOOKUP_CACHE_DIR", str(folder))
    return folder


def test_unrelated_files_survive_100_runs_on_100_datasets(tmp_path: Path, cache_dir: Path) -> None:
    others = {f"firmware-{n:02d}.bin": os.urandom(64) for n in range(70)}
    # Files that look like the cache's in one way only: its name without its header, its header
    # without its name, and a link named as an entry.
    others["npmlookup-0000abcd-coverage.cache"] = b"not the cache's\n"
    others["coverage-0000abcd.bin"] = b"npmlookup cache\n" + os.urandom(64)
    for name, data in others.items():
        (cache_dir / name).write_bytes(data)
        os.utime(cache_dir / name, ns=(0, 0))  # older than any entry: the first a careless prune would take
    (cache_dir / "npmlookup-0000abce-link.cache").symlink_to(cache_dir / "firmware-00.bin")
    places = (DATA / "small-places.yaml").read_text(encoding="utf-8")
    text = (DATA / "small.yaml").read_text(encoding="utf-8")
    for number in range(100):
        folder = tmp_path / f"dataset-{number}"
        folder.mkdir()
        (folder / "small-places.yaml").write_text(places, encoding="utf-8")
        (folder / "coverage.yaml").write_text(text.replace("Small test NPM", f"Test NPM {number}"), encoding="utf-8")
        assert npmlookup.load(folder / "coverage.yaml").title == f"Test NPM {number}"
    for name, data in others.items():
        assert (cache_dir / name).read_bytes() == data, name
    assert (cache_dir / "npmlookup-0000abce-link.cache").is_symlink()
    own = [p for p in entries(cache_dir) if p.read_bytes().startswith(b"npmlookup cache\n")]
    assert len(own) == cache.KEEP
    assert sorted(p.name for p in cache_dir.iterdir()) == sorted(
        [*others, "npmlookup-0000abce-link.cache"] + [p.name for p in own]
    )


def test_a_data_folder_link_repointed_at_other_places_is_seen(tmp_path: Path, cache_dir: Path) -> None:
    """The same coverage file's bytes, its places file changed behind a symbolic link to the folder."""
    for version, name in (("v1", "HMP Northgate"), ("v2", "HMP Newgate")):
        folder = tmp_path / version
        folder.mkdir()
        shutil.copy(DATA / "small.yaml", folder / "small.yaml")
        places = (DATA / "small-places.yaml").read_text(encoding="utf-8").replace("HMP Northgate", name)
        (folder / "small-places.yaml").write_text(places, encoding="utf-8")
    link = tmp_path / "data"
    link.symlink_to(tmp_path / "v1", target_is_directory=True)
    path = link / "small.yaml"
    assert npmlookup.load(path).place_by_id["northgate"].name == "HMP Northgate"
    assert npmlookup.load(path).place_by_id["northgate"].name == "HMP Northgate"  # from the cache
    link.unlink()
    link.symlink_to(tmp_path / "v2", target_is_directory=True)
    assert npmlookup.load(path).place_by_id["northgate"].name == "HMP Newgate"


def test_an_edited_places_file_is_seen(tmp_yaml: Path, cache_dir: Path) -> None:
    places = tmp_yaml.with_name("places.yaml")
    shutil.copy(DATA / "small-places.yaml", places)
    text = tmp_yaml.read_text(encoding="utf-8")
    tmp_yaml.write_text(text.replace(f"places: {DATA / 'small-places.yaml'}", "places: places.yaml"), encoding="utf-8")
    assert npmlookup.load(tmp_yaml).place_by_id["northgate"].name == "HMP Northgate"
    places.write_text(places.read_text(encoding="utf-8").replace("HMP Northgate", "HMP Southgate"), encoding="utf-8")
    assert npmlookup.load(tmp_yaml).place_by_id["northgate"].name == "HMP Southgate"


def copy_of_the_rules(tmp_path: Path) -> Path:
    package = tmp_path / "npmlookup"
    for folder in ("core", "loading"):
        shutil.copytree(
            REPO / "src" / "npmlookup" / folder, package / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    return package


def test_the_rules_checksum_covers_every_rule_in_core_and_loading(tmp_path: Path) -> None:
    package = copy_of_the_rules(tmp_path)
    assert cache.checksum_of(package) == cache.rules_checksum()
    seen = {cache.checksum_of(package)}
    for path in [package / "loading" / "coverage_checks.py", package / "core" / "dates.py"]:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("return", "return  ", 1), encoding="utf-8")
        seen.add(cache.checksum_of(package))
        path.write_text(text, encoding="utf-8")
    (package / "loading" / "new_rule.py").write_text("RULE = 1\n", encoding="utf-8")
    seen.add(cache.checksum_of(package))
    assert len(seen) == 4


def test_an_edit_that_keeps_size_and_time_still_changes_the_rules(tmp_path: Path) -> None:
    """A copy or tool that keeps times, and an edit of the same length: only the bytes tell (found by
    a review: a key of size and time served the old values while Python ran the edited source)."""
    package = copy_of_the_rules(tmp_path)
    path = package / "core" / "dates.py"
    before = cache.checksum_of(package)
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    assert "-12-31" in text
    path.write_text(text.replace("-12-31", "-06-30", 1), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    assert path.stat().st_mtime_ns == stat.st_mtime_ns
    assert cache.checksum_of(package) != before


def test_an_entry_written_under_other_rules_is_a_miss(
    tmp_yaml: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    npmlookup.load(tmp_yaml)
    raw = tmp_yaml.read_bytes()
    assert cache.read(tmp_yaml, raw) is not None
    monkeypatch.setattr(cache, "_rules_memo", ["0123456789abcdef"])
    assert cache.read(tmp_yaml, raw) is None


WRITER = """
import sys
from pathlib import Path
from npmlookup.loading import cache
source, raw, number = Path(sys.argv[1]), Path(sys.argv[1]).read_bytes(), sys.argv[2]
for turn in range(40):
    cache.write(source, raw, {"writer": number, "turn": turn, "padding": "x" * 200_000}, {"path": str(source)})
    stored = cache.read(source, raw)
    assert stored is not None and stored["padding"] == "x" * 200_000, turn
print("ok")
"""


def test_two_processes_filling_the_cache_at_once_leave_a_valid_cache(tmp_yaml: Path, cache_dir: Path) -> None:
    env = dict(os.environ, NPMLOOKUP_CACHE_DIR=str(cache_dir))
    runs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_yaml), str(n)], stdout=subprocess.PIPE, env=env)
        for n in range(2)
    ]
    assert [run.communicate(timeout=60)[0] for run in runs] == [b"ok\n", b"ok\n"]
    assert [run.returncode for run in runs] == [0, 0]
    stored = cache.read(tmp_yaml, tmp_yaml.read_bytes())
    assert stored is not None
    assert stored["turn"] == 39
    assert [p.name for p in cache_dir.iterdir()] == [entries(cache_dir)[0].name], "one entry, no temporary file"


def test_the_readme_says_what_the_cache_writes_and_where(tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## What it writes") :].split("\n## ")[0]
    for where in ("`$NPMLOOKUP_CACHE_DIR`", "`$XDG_CACHE_HOME/npmlookup`", "`~/.cache/npmlookup`"):
        assert where in section
    assert f"keeps the {cache.KEEP}" in section
    assert "`npmlookup-*.cache`" in section
    assert cache.is_entry_name(cache.entry_name(tmp_path / "coverage.yaml"))
    assert cache.entry_name(tmp_path / "coverage.yaml").startswith("npmlookup-")
    assert cache.entry_name(tmp_path / "coverage.yaml").endswith(".cache")
