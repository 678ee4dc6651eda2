"""The export costs nothing to the other commands: its imports stay inside it, and its test-only tools out.

Like tests/test_import_budget.py, guarded without timing: which modules each path imports.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from .conftest import REPO, npm_executable
from .test_import_budget import LIBRARY, imported, top_level

SOURCE = REPO / "src" / "npmlookup"
IMPORTERS_OF_EXPORT = {"cli/sources.py", "site/build.py"}
"""The only modules that import the export layer: its command, and the site that publishes it."""


def imports_of(path: Path) -> set[str]:
    """Every module a source file imports, by name, wherever in the file (function bodies included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_other_commands_and_the_library_do_not_import_the_export() -> None:
    for command in (["--version"], ["who", "-s", "prisons", "--json"], ["where", "Parc", "--json"], ["matrix"]):
        names = imported([npm_executable(), *command])
        assert not {name for name in names if name.startswith("npmlookup.export")}, command
    names = imported([sys.executable, "-c", LIBRARY])
    assert not {name for name in names if name.startswith("npmlookup.export")}


def test_the_export_imports_no_test_tool_and_no_rich_yaml_or_jinja2(tmp_path: Path) -> None:
    names = imported([npm_executable(), "export", str(tmp_path / "out")])
    assert "npmlookup.export.package" in names
    assert not {"frictionless", "pandas", "rich", "yaml", "jinja2", "pydantic"} & top_level(names)


def test_no_module_imports_frictionless_or_pandas() -> None:
    for path in SOURCE.rglob("*.py"):
        assert not {"frictionless", "pandas"} & top_level(imports_of(path)), path


def test_only_its_command_and_the_site_import_the_export() -> None:
    importers = {
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*.py")
        if not path.is_relative_to(SOURCE / "export")
        and any(name.startswith("npmlookup.export") for name in imports_of(path))
    }
    assert importers == IMPORTERS_OF_EXPORT
