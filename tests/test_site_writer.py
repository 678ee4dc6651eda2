"""The site writes only inside its folder, never over what it did not make, and replaces its own
site whole: output/folders.py, through build_site and `npm site`."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import npmlookup
from npmlookup.cli.app import app
from npmlookup.core.dataset import Dataset
from npmlookup.errors import InputError, OutputError
from npmlookup.output.folders import MARKER, FolderWriter, UnsafePathError
from npmlookup.site import build_site

from .conftest import DATA, REPO, small_text, write_small


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder`: its bytes and modification time."""
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def siblings(folder: Path) -> list[str]:
    """What else is beside `folder`: a build must leave no temporary folder behind."""
    return sorted(p.name for p in folder.parent.iterdir() if p != folder)


def test_a_missing_folder_is_built_with_its_marker(small: Dataset, tmp_path: Path) -> None:
    target = tmp_path / "out" / "site"
    written = build_site(small, target)
    assert (target / "index.html").is_file()
    assert (target / MARKER) in written
    assert sorted(written) == sorted(p for p in target.rglob("*") if p.is_file())
    listed = (target / MARKER).read_text(encoding="utf-8").splitlines()[1:]
    assert sorted(listed) == sorted(p.relative_to(target).as_posix() for p in written if p.name != MARKER)
    assert siblings(target) == []


def test_an_empty_folder_is_built(small: Dataset, tmp_path: Path) -> None:
    (tmp_path / "site" / "empty-subfolder").mkdir(parents=True)
    build_site(small, tmp_path / "site")
    assert (tmp_path / "site" / "members" / "jic.html").is_file()
    assert siblings(tmp_path / "site") == []


def test_a_folder_it_did_not_build_is_refused_and_untouched(small: Dataset, tmp_path: Path) -> None:
    target = tmp_path / "shared"
    target.mkdir()
    (target / "index.html").write_text("someone's page\n", encoding="utf-8")
    before = snapshot(target)
    with pytest.raises(InputError, match="npm site did not build it"):
        build_site(small, target)
    assert snapshot(target) == before
    assert siblings(target) == []


def test_npm_site_into_a_folder_it_did_not_build_exits_2_with_one_line(tmp_path: Path) -> None:
    target = tmp_path / "shared"
    (target / "notes").mkdir(parents=True)
    (target / "notes" / "mine.txt").write_text("mine\n", encoding="utf-8")
    before = snapshot(target)
    result = CliRunner().invoke(app, ["site", str(target), "--data", str(DATA / "small.yaml")])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "did not build it" in result.stderr
    assert snapshot(target) == before
    assert siblings(target) == []


def test_a_file_is_no_folder_for_the_site(small: Dataset, tmp_path: Path) -> None:
    (tmp_path / "site").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="is a file"):
        build_site(small, tmp_path / "site")
    assert (tmp_path / "site").read_text(encoding="utf-8") == "x"


def without_member(tmp_path: Path, member_id: str) -> Path:
    """small.yaml without one member (its entries and events removed with it)."""
    lines = small_text().splitlines(keepends=True)
    kept, skipping = [], False
    for line in lines:
        if line.startswith("  - id: "):
            skipping = line.strip() in (f"- id: {member_id}", f"- id: {member_id}-restyled")
        elif not line.startswith("    "):
            skipping = False
        if not skipping and f"member: {member_id}," not in line:
            kept.append(line)
    (tmp_path / "data").mkdir()
    return write_small(tmp_path / "data" / "without.yaml", "".join(kept))


def test_a_rebuild_leaves_no_page_of_a_member_since_removed(small: Dataset, tmp_path: Path) -> None:
    target = tmp_path / "site"
    build_site(small, target)
    assert (target / "members" / "lv.html").is_file()
    smaller = npmlookup.load(without_member(tmp_path, "lv"), as_of="factsheet")
    assert "lv" not in smaller.member_by_id
    written = build_site(smaller, target)
    assert not (target / "members" / "lv.html").exists()
    assert sorted(written) == sorted(p for p in target.rglob("*") if p.is_file())
    assert siblings(target) == ["data"]


def test_the_cli_rebuilds_its_own_site(tmp_path: Path) -> None:
    target = tmp_path / "site"
    for _ in range(2):
        result = CliRunner().invoke(app, ["site", str(target), "--data", str(DATA / "small.yaml")])
        assert result.exit_code == 0, result.output
    assert (target / "index.html").is_file()
    assert siblings(target) == []


def test_a_file_added_to_its_site_is_not_destroyed_by_a_rebuild(small: Dataset, tmp_path: Path) -> None:
    target = tmp_path / "site"
    build_site(small, target)
    (target / "members" / "CNAME").write_text("mine\n", encoding="utf-8")
    before = snapshot(target)
    with pytest.raises(InputError, match="'members/CNAME', which npm site did not write"):
        build_site(small, target)
    assert snapshot(target) == before


def test_a_forged_marker_that_is_a_link_is_not_believed(small: Dataset, tmp_path: Path) -> None:
    real = tmp_path / "real-marker"
    target = tmp_path / "site"
    build_site(small, target)
    real.write_bytes((target / MARKER).read_bytes())
    (target / MARKER).unlink()
    (target / MARKER).symlink_to(real)
    with pytest.raises(InputError, match="did not build it"):
        build_site(small, target)


def test_a_failed_build_leaves_the_old_site_intact(
    small: Dataset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "site"
    build_site(small, target)
    before = snapshot(target)
    calls = []
    original = FolderWriter.write_text

    def failing(self: FolderWriter, relative: str, text: str) -> Path:
        calls.append(relative)
        if len(calls) == 10:
            raise OutputError("disk full")
        return original(self, relative, text)

    monkeypatch.setattr(FolderWriter, "write_text", failing)
    with pytest.raises(OutputError, match="disk full"):
        build_site(small, target)
    assert snapshot(target) == before
    assert siblings(target) == []


def test_a_hostile_id_that_escaped_validation_is_refused_by_the_site(small: Dataset, tmp_path: Path) -> None:
    """Defence in depth: a Dataset built in code, never validated, with a place id that climbs out."""
    contents = small.contents
    place = dataclasses.replace(contents.places[0], id="../../escaped")
    places = (*contents.places, place)
    hostile = dataclasses.replace(
        contents, parts=lambda part: {**contents.parts(part), "place_by_id": {p.id: p for p in places}}
    )
    target = tmp_path / "deep" / "out" / "site"
    with pytest.raises(UnsafePathError, match="falls outside the site folder"):
        build_site(hostile, target)
    assert not list(tmp_path.rglob("escaped*"))
    assert not target.exists()
    assert siblings(target) == []


@pytest.mark.parametrize("relative", ["../x.html", "a/../../x.html", "/etc/x.html", "", ".", "a/.."])
def test_the_writer_refuses_every_path_outside_its_folder(tmp_path: Path, relative: str) -> None:
    with pytest.raises(UnsafePathError), FolderWriter(tmp_path / "site") as writer:
        writer.write_text(relative, "x")
    assert not (tmp_path / "site").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_the_writer_refuses_a_path_written_twice_and_its_own_marker(tmp_path: Path) -> None:
    with FolderWriter(tmp_path / "twice") as writer:
        writer.write_text("a/b.html", "x")
        with pytest.raises(UnsafePathError, match="twice"):
            writer.write_text("a/./b.html", "y")
    assert (tmp_path / "twice" / "a" / "b.html").read_text(encoding="utf-8") == "x"
    with pytest.raises(UnsafePathError), FolderWriter(tmp_path / "site") as writer:
        writer.write_text(MARKER, "forged")
    assert not (tmp_path / "site").exists()


def test_the_writer_writes_inside_paths_and_nothing_else(tmp_path: Path) -> None:
    with FolderWriter(tmp_path / "site") as writer:
        writer.write_text("data/x.json", "{}\n")
        writer.write_text("a/../b.html", "b\n")
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()) == [
        f"site/{MARKER}",
        "site/b.html",
        "site/data/x.json",
    ]
    assert writer.written == [
        tmp_path / "site" / "data/x.json",
        tmp_path / "site" / "b.html",
        tmp_path / "site" / MARKER,
    ]


def test_the_readme_says_what_the_site_writes_and_where() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## What it writes") :].split("\n## ")[0]
    assert f"`{MARKER}`" in section
    assert "`npm site DIR`" in section
    assert "refused, untouched" in section


def _build(folder: Path, text: str = "one") -> None:
    with FolderWriter(folder) as writer:
        writer.write_text("page.html", text)


def _unreadable(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make every folder called `name` unreadable, as chmod 000 would for anyone but root."""
    import os

    real = os.scandir

    def scandir(path: Any) -> Any:
        if Path(path).name == name:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_a_folder_holding_only_an_unreadable_folder_is_not_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "t"
    (folder / ".hidden").mkdir(parents=True)
    (folder / ".hidden" / "theirs.txt").write_text("mine", encoding="utf-8")
    _unreadable(monkeypatch, ".hidden")
    with pytest.raises(InputError, match="did not build it"):
        _build(folder)
    assert (folder / ".hidden" / "theirs.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t"]


def test_an_unreadable_subfolder_of_its_own_site_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "t"
    _build(folder)
    (folder / "private").mkdir()
    (folder / "private" / "theirs.txt").write_text("mine", encoding="utf-8")
    _unreadable(monkeypatch, "private")
    with pytest.raises(InputError, match="cannot be read"):
        _build(folder, "two")
    assert (folder / "private" / "theirs.txt").read_text(encoding="utf-8") == "mine"
    assert (folder / "page.html").read_text(encoding="utf-8") == "one"


def test_ctrl_c_between_the_two_renames_leaves_the_old_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    folder = tmp_path / "t"
    _build(folder)
    real = os.replace

    def replace(source: Any, destination: Any) -> None:
        if ".building-" in str(source):
            raise KeyboardInterrupt
        real(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        _build(folder, "two")
    assert (folder / "page.html").read_text(encoding="utf-8") == "one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t"]


def test_a_rebuild_keeps_the_folders_mode_and_group(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "t"
    _build(folder)
    folder.chmod(0o2750)
    group = os.getgroups()[-1] if os.getuid() != 0 else 12345
    os.chown(folder, -1, group)
    _build(folder, "two")
    assert (folder / "page.html").read_text(encoding="utf-8") == "two"
    assert oct(folder.stat().st_mode & 0o7777) == oct(0o2750)
    assert folder.stat().st_gid == group


@pytest.mark.parametrize("command", ["site", "export"])
def test_an_output_path_it_cannot_use_is_one_line_and_exit_2(tmp_path: Path, command: str) -> None:
    (tmp_path / "loop1").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop1")
    for target in (tmp_path / "loop1" / "out", tmp_path / ("x" * 300)):
        result = CliRunner().invoke(app, [command, str(target), "--data", str(DATA / "small.yaml")])
        assert result.exit_code == 2, result.output
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"npm: error: cannot write {target}: ")
