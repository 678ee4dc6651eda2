"""`npm validate` on the new fields: additions to the edition, the children's row, places' lifetimes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import npmlookup

from .conftest import DATA


def problems_after(tmp_path: Path, file: str, old: str, new: str) -> list[str]:
    for name in ("small.yaml", "small-places.yaml"):
        shutil.copy(DATA / name, tmp_path / name)
    path = tmp_path / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return [p.message for p in npmlookup.validate(tmp_path / "small.yaml")]


def test_the_small_files_are_valid(tmp_path: Path) -> None:
    assert problems_after(tmp_path, "small.yaml", "title:", "title:") == []


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "small.yaml",
            "  - id: rev-cells\n",
            "  - id: rev-cells\n    addition: true\n",
            "is an addition to the edition, so its date must end by the edition's (2020-06-30)",
        ),
        ("small.yaml", "places: small-places.yaml", "places: small-places.yaml\nchildren_setting: nowhere", "nowhere"),
        (
            "small-places.yaml",
            "    status: closed 2022\n",
            '    status: closed 2022\n    periods: "..2021"\n',
            "must close when its last period ends (2021)",
        ),
        (
            "small-places.yaml",
            "    status: closed 2022\n",
            '    status: closed 2022\n    periods: "2023..2022"\n',
            "periods '2023..2022' must be",
        ),
        (
            "small-places.yaml",
            "    status: closed 2022\n",
            '    status: closed 2022\n    opened: "2019"\n',
            "opened '2019' must be the start of its first period",
        ),
        (
            "small-places.yaml",
            "    status: closed 2022\n",
            '    status: closed 2022\n    holds_children: "sometimes"\n',
            "holds_children 'sometimes' must be yes, no, yes:PERIODS or no:PERIODS",
        ),
    ],
)
def test_a_broken_lifetime_or_addition_is_refused(tmp_path: Path, file: str, old: str, new: str, message: str) -> None:
    problems = problems_after(tmp_path, file, old, new)
    assert any(message in problem for problem in problems), problems


def test_a_change_to_the_table_before_the_edition_must_be_an_addition(tmp_path: Path) -> None:
    old = '  - id: rev-cells\n    date: "2021-03-15"'
    problems = problems_after(tmp_path, "small.yaml", old, '  - id: rev-cells\n    date: "2020-02-01"')
    assert any("mark it 'addition: true'" in problem for problem in problems), problems
