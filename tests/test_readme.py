"""The README's generated sections match the real command, and its quick start is the CI's."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from .conftest import REPO


def readme_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("readme_script", REPO / "scripts" / "readme.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generated_sections_are_current() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme_script().render(text) == text, "README.md is out of date: run python scripts/readme.py"


def test_every_command_appears_in_the_reference() -> None:
    from typer.main import get_command

    from npmlookup.cli import NpmGroup, app

    group = get_command(app)
    assert isinstance(group, NpmGroup)
    text = (REPO / "README.md").read_text(encoding="utf-8")
    for name in group.list_commands(None):
        assert f"<summary><code>npm {name} --help</code></summary>" in text


def test_ci_runs_the_readme_test_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = Path(REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install '.[test]' && python -m pytest" in readme
    assert "pip install --quiet --disable-pip-version-check '.[test]'" in ci
    assert "python -m pytest" in ci
