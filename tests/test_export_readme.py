"""The README's open-data example, run as written: export, then the Python lines, in a scratch folder."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

import npmlookup
from npmlookup.cli.app import app

from .conftest import REPO


def open_data_section() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.search(r"^## Open data\n(.*?)^## ", readme, flags=re.DOTALL | re.MULTILINE)
    assert found, "the README has an Open data section"
    return found.group(1)


def test_the_readme_example_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    section = open_data_section()
    command = re.search(r"`(npm export [^`]+)`", section)
    code = re.search(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert command
    assert code
    assert len([line for line in code.group(1).splitlines() if line.strip()]) == 3, "an import and two lines"
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, shlex.split(command.group(1))[1:])
    assert result.exit_code == 0, result.output
    namespace: dict[str, object] = {}
    exec(compile(code.group(1), "README.md", "exec"), namespace)
    day = re.search(r'"(\d{4}-\d{2}-\d{2})"', code.group(1))
    assert day
    expected = npmlookup.load(as_of=day.group(1))
    in_force = namespace["in_force"]
    assert isinstance(in_force, list)
    assert sorted((r["setting"], r["nation"], r["member"], r["role"]) for r in in_force) == sorted(
        (e.setting, e.nation, e.member, e.role) for e in expected.entries
    )
    assert os.listdir(tmp_path) == ["npm-data"]
