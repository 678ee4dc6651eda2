"""The sources check CI runs: the project's sources may add and depart, never silently drop."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import REPO, script_module

compare = script_module("scripts/compare_sources.py")

CSV = "id,name\r\na,Alpha\r\nb,Beta\r\n"


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    shared, ours = tmp_path / "shared", tmp_path / "ours"
    for folder in (shared, ours):
        folder.mkdir()
        (folder / "places.csv").write_text(CSV, encoding="utf-8")
        (folder / "notes.md").write_text("# Notes\n\n| a | b |\n", encoding="utf-8")
    (shared / "000_3d1c6cb309f56b9b.txt").write_text("factsheet", encoding="utf-8")
    (ours / "factsheet.txt").write_text("factsheet", encoding="utf-8")
    return shared, ours


def record(ours: Path, *rows: str) -> None:
    table = "".join(f"| {row} |\n" for row in rows)
    (ours / "DEPARTURES.md").write_text(f"# Departures\n\n| file | row | reason |\n|---|---|---|\n{table}")


def test_additions_pass(folders: tuple[Path, Path]) -> None:
    shared, ours = folders
    (ours / "places.csv").write_text("id,name,town\r\na,Alpha,\r\nb,Beta,Bath\r\nc,Gamma,\r\n", encoding="utf-8")
    (ours / "notes.md").write_text("# Notes\n\nnew line\n\n| a | b |\n", encoding="utf-8")
    (ours / "new.csv").write_text("id\r\nx\r\n", encoding="utf-8")
    assert compare.missing(shared, ours) == []


def test_a_changed_row_fails_until_its_reason_is_recorded(folders: tuple[Path, Path]) -> None:
    shared, ours = folders
    (ours / "places.csv").write_text(CSV.replace("Beta", "Beta corrected"), encoding="utf-8")
    assert compare.missing(shared, ours) == [
        "places.csv: row b changed or missing (no reason recorded in DEPARTURES.md)"
    ]
    record(ours, "places.csv | b | corrected from the publisher's page")
    assert compare.missing(shared, ours) == []


def test_a_missing_file_or_line_fails(folders: tuple[Path, Path]) -> None:
    shared, ours = folders
    (ours / "notes.md").write_text("# Notes\n", encoding="utf-8")
    (ours / "factsheet.txt").unlink()
    assert compare.missing(shared, ours) == [
        "factsheet.txt: missing from " + str(ours) + " (no reason recorded in DEPARTURES.md)",
        "notes.md: line missing: '| a | b |' (no reason recorded in DEPARTURES.md)",
    ]
    record(ours, "notes.md | `\\| a` | the table moved to notes.csv", "factsheet.txt | * | replaced")
    assert compare.missing(shared, ours) == []


def test_an_indented_line_departs_by_its_words(folders: tuple[Path, Path]) -> None:
    shared, ours = folders
    (shared / "notes.md").write_text("# Notes\n\n- a list:\n  (an indented example)\n", encoding="utf-8")
    (ours / "notes.md").write_text("# Notes\n\n- a list:\n", encoding="utf-8")
    assert len(compare.missing(shared, ours)) == 1
    record(ours, "notes.md | (an indented | the example moved")
    assert compare.missing(shared, ours) == []


def test_a_departure_without_a_reason_does_not_count(folders: tuple[Path, Path]) -> None:
    shared, ours = folders
    (ours / "places.csv").write_text("id,name\r\na,Alpha\r\n", encoding="utf-8")
    record(ours, "places.csv | b | ")
    assert len(compare.missing(shared, ours)) == 1


@pytest.mark.parametrize("argv", [[], ["--help"], ["one"]])
def test_wrong_arguments_get_the_usage_not_a_traceback(argv: list[str]) -> None:
    assert compare.main(argv) == 2


def test_this_checkout_holds_the_shared_sources() -> None:
    shared = REPO.parent / "shared" / "sources"
    if not shared.is_dir():
        pytest.skip("the team's shared sources are not beside this checkout")
    assert compare.missing(shared, REPO / "docs" / "sources") == []
