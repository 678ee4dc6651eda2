"""The export, validated by the Data Package standard's own tool, `frictionless` (a test-only dependency).

npmlookup never imports frictionless at run time (tests/test_export_imports.py); only this file does.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import npmlookup
from npmlookup.export.package import DESCRIPTOR, export_package


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("frictionless") / "npm-data"
    export_package(npmlookup.load(), folder)
    return folder


def problems(folder: Path) -> tuple[bool, list[str], list[str]]:
    import frictionless  # here, not at collection: every test process would pay for its import

    report = frictionless.validate(str(folder / DESCRIPTOR))
    errors = [error.message for error in report.errors]
    warnings = list(report.warnings)
    for task in report.tasks:
        errors += [error.message for error in task.errors]
        warnings += list(task.warnings)
    return report.valid, errors, warnings


def test_frictionless_finds_no_error_and_no_warning(exported: Path) -> None:
    valid, errors, warnings = problems(exported)
    assert errors == []
    assert warnings == []
    assert valid


def test_frictionless_checks_the_foreign_keys(exported: Path, tmp_path: Path) -> None:
    """The validation above can fail: a coverage row naming an unknown member is an error."""
    broken = tmp_path / "broken"
    shutil.copytree(exported, broken)
    coverage = broken / "coverage.csv"
    lines = coverage.read_bytes().split(b"\r\n")
    header = lines[0].split(b",")
    cells = lines[1].split(b",")
    cells[header.index(b"member")] = b"no-such-member"
    coverage.write_bytes(b"\r\n".join([lines[0], b",".join(cells), *lines[2:]]))
    valid, errors, _ = problems(broken)
    assert not valid
    assert any("no-such-member" in message for message in errors), errors
