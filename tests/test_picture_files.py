"""`npm matrix --svg/--html FILE` writes a new file, or replaces one it wrote; never anyone else's."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from npmlookup.cli.app import app

from .conftest import DATA, REPO, run_npm

runner = CliRunner()


@pytest.mark.parametrize(("option", "name"), [("--svg", "table.svg"), ("--html", "table.html")])
def test_a_picture_it_wrote_is_replaced(tmp_path: Path, option: str, name: str) -> None:
    path = tmp_path / name
    first = runner.invoke(app, ["matrix", option, str(path), "--data", str(DATA / "small.yaml")])
    assert first.exit_code == 0, first.output
    path.write_text(path.read_text(encoding="utf-8").replace("Jails", "Old jails"), encoding="utf-8")
    again = runner.invoke(app, ["matrix", option, str(path), "--data", str(DATA / "small.yaml")])
    assert again.exit_code == 0, again.output
    assert "Old jails" not in path.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == [name], "no temporary file left"


@pytest.mark.parametrize("option", ["--svg", "--html"])
def test_a_file_it_did_not_write_is_refused_untouched(tmp_path: Path, option: str) -> None:
    path = tmp_path / "report.html"
    path.write_text("<!DOCTYPE html>\n<p>Someone's report</p>\n", encoding="utf-8")
    before = path.stat().st_mtime_ns
    result = runner.invoke(app, ["matrix", option, str(path), "--data", str(DATA / "small.yaml")])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"npm: error: {path} already exists and npm did not write it: give a new file name (nothing was changed)"
    ]
    assert path.read_text(encoding="utf-8") == "<!DOCTYPE html>\n<p>Someone's report</p>\n"
    assert path.stat().st_mtime_ns == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_a_link_is_not_followed_over_a_file_it_did_not_write(tmp_path: Path) -> None:
    other = tmp_path / "theirs.svg"
    other.write_text("<!-- generator: npmlookup matrix -->", encoding="utf-8")
    link = tmp_path / "table.svg"
    link.symlink_to(other)
    result = runner.invoke(app, ["matrix", "--svg", str(link), "--data", str(DATA / "small.yaml")])
    assert result.exit_code == 2
    assert other.read_text(encoding="utf-8") == "<!-- generator: npmlookup matrix -->"
    assert link.is_symlink()


@pytest.mark.parametrize("name", ["copy.svg", "picture.py"])
def test_a_file_that_only_mentions_the_generator_is_not_ours(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    source = (REPO / "src" / "npmlookup" / "output" / "picture.py").read_text(encoding="utf-8")
    path.write_text(source, encoding="utf-8")
    result = runner.invoke(app, ["matrix", "--svg", str(path), "--data", str(DATA / "small.yaml")])
    assert result.exit_code == 2
    assert path.read_text(encoding="utf-8") == source


def test_our_opening_in_a_file_named_otherwise_is_not_ours(tmp_path: Path) -> None:
    first = tmp_path / "table.svg"
    assert runner.invoke(app, ["matrix", "--svg", str(first), "--data", str(DATA / "small.yaml")]).exit_code == 0
    renamed = first.rename(tmp_path / "notes.txt")
    result = runner.invoke(app, ["matrix", "--svg", str(renamed), "--data", str(DATA / "small.yaml")])
    assert result.exit_code == 2


def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "table.svg"
    os.mkfifo(fifo)
    result = run_npm("matrix", "--svg", str(fifo), "--data", str(DATA / "small.yaml"), timeout=20)
    assert result.returncode == 2
    assert b"npm did not write it" in result.stderr


@pytest.mark.parametrize(("option", "name"), [("--svg", "table.svg"), ("--html", "table.html")])
def test_a_replaced_picture_keeps_its_mode_and_group(tmp_path: Path, option: str, name: str) -> None:
    import os

    path = tmp_path / name
    assert runner.invoke(app, ["matrix", option, str(path), "--data", str(DATA / "small.yaml")]).exit_code == 0
    path.chmod(0o600)
    group = os.getgroups()[-1] if os.getuid() != 0 else 12345
    os.chown(path, -1, group)
    assert runner.invoke(app, ["matrix", option, str(path), "--data", str(DATA / "small.yaml")]).exit_code == 0
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    assert path.stat().st_gid == group


def test_a_picture_path_it_cannot_use_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "loop1").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop1")
    for target in (tmp_path / "loop1" / "table.svg", tmp_path / ("x" * 300 + ".svg")):
        result = runner.invoke(app, ["matrix", "--svg", str(target), "--data", str(DATA / "small.yaml")])
        assert result.exit_code == 2, result.output
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"npm: error: cannot write {target}: ")
