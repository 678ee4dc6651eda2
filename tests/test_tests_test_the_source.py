"""The README's test command tests src/: an editable install, and a guard that refuses any other npmlookup."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import npmlookup

from .conftest import REPO, TEST_INSTALLED, import_problem, pytest_report_header

README_TEST_COMMAND = "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' && python -m pytest"


def test_the_readme_and_ci_install_editable_and_run_pytest() -> None:
    assert README_TEST_COMMAND in (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert "pip install -e '.[test]'" in ci
    assert ci.index("python -m pytest") > ci.index("pip install -e '.[test]'")
    assert "pip install -e '.[test]'" in (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")


def test_this_run_tests_the_source() -> None:
    if os.environ.get(TEST_INSTALLED) != "1":
        assert Path(npmlookup.__file__).resolve().parent == REPO / "src" / "npmlookup"


def test_the_guard_refuses_a_copy_and_allows_it_when_asked(tmp_path: Path) -> None:
    source = str(REPO / "src" / "npmlookup" / "__init__.py")
    copy = str(tmp_path / "site-packages" / "npmlookup" / "__init__.py")
    assert import_problem(source, installed=False) is None
    assert import_problem(source, installed=True) is None
    problem = import_problem(copy, installed=False)
    assert problem is not None
    assert "not from this checkout's" in problem
    assert "pip install -e '.[test]'" in problem
    assert import_problem(copy, installed=True) is None


def run_pytest(elsewhere: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Collect a test module in a run of pytest of its own, with `elsewhere` first on the path.

    That run reads the installed packages' own compiled bytecode and writes none: the run's bytecode
    folder (conftest) would have it compile pytest, its plugins and hypothesis first (1.5 s), for
    this test alone."""
    environment = {**os.environ, "PYTHONPATH": str(elsewhere), "PYTHONDONTWRITEBYTECODE": "1", **env}
    environment.pop(TEST_INSTALLED, None)
    environment.pop("PYTHONPYCACHEPREFIX", None)
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "0", "-p", "no:cacheprovider", "--collect-only", "tests/test_dates.py"],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_run_against_another_copy_of_npmlookup_fails_and_says_why(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(REPO / "src" / "npmlookup", elsewhere / "npmlookup", ignore=shutil.ignore_patterns("__pycache__"))
    refused = run_pytest(elsewhere)
    assert refused.returncode != 0
    assert f"npmlookup is imported from {elsewhere / 'npmlookup'}, not from this checkout's" in refused.stderr
    allowed = run_pytest(elsewhere, **{TEST_INSTALLED: "1"})
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert f"npmlookup: testing the INSTALLED package at {elsewhere / 'npmlookup'}" in allowed.stdout


def test_the_header_names_what_this_run_tests(pytestconfig: pytest.Config) -> None:
    header = pytest_report_header(pytestconfig)
    if os.environ.get(TEST_INSTALLED) == "1":
        assert header.startswith("npmlookup: testing the INSTALLED package at "), header
    else:
        assert header == f"npmlookup: testing the source at {REPO / 'src' / 'npmlookup'}"
