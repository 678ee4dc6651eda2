"""The README's generated sections match the real command, and its quick start is the CI's."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

from .conftest import REPO, script_module


def readme_script() -> ModuleType:
    return script_module("scripts/readme.py")


def test_the_generated_sections_are_current() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme_script().render(text) == text, "README.md is out of date: run python scripts/readme.py"


def test_the_module_map_is_made_from_the_package() -> None:
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert readme_script().render_contributing(text) == text, "CONTRIBUTING.md is out of date: run scripts/readme.py"
    package = REPO / "src" / "npmlookup"
    for module in package.rglob("*.py"):
        if module.name != "__init__.py":
            assert f"`{module.relative_to(package).as_posix()}`" in text, module


def test_the_command_reference_is_current_and_names_npm() -> None:
    from typer.main import get_command

    from npmlookup.cli.app import NpmGroup, app

    reference = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert readme_script().cli_doc() == reference, "docs/cli.md is out of date: run python scripts/readme.py"
    group = get_command(app)
    assert isinstance(group, NpmGroup)
    for name in group.list_commands(None):
        assert f"## npm {name}\n" in reference
        assert f"Usage: npm {name} [OPTIONS]" in reference
    assert "Usage: root" not in reference


def test_every_link_in_the_readme_resolves() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    targets = [t for t in re.findall(r"\]\(([^)\s]+)\)", readme) if not t.startswith(("http://", "https://", "#"))]
    assert "docs/cli.md" in targets
    assert [t for t in targets if not (REPO / t.split("#")[0]).exists()] == []


def test_ci_runs_the_readme_test_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = Path(REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e '.[test]' && python -m pytest" in readme
    assert "pip install -e '.[test]'" in ci
    assert "python -m pytest" in ci
