"""`npm matrix --svg/--html FILE` writes a new file, or replaces one it wrote; never anyone else's."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from npmlookup.cli.app import app

from .conftest import DATA

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
