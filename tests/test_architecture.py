"""The package's shape: layers import only downwards, public APIs only, small modules."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import npmlookup

PACKAGE = Path(npmlookup.__file__).parent

ALLOWED = {
    "core": {"core"},
    "loading": {"core", "loading"},
    "contract": {"core", "contract"},
    "output": {"core", "contract", "output"},
    "export": {"core", "contract", "output", "export"},
    "site": {"core", "contract", "output", "export", "site"},
    "cli": {"core", "loading", "contract", "output", "export", "site", "cli"},
}
"""Each layer (a folder of the package) and the layers it may import. Every layer may also
import `npmlookup.errors` and the package itself (its `__version__`): they hold no logic."""

SHARED = {"errors", ""}


def imported_layers(source: str, module_package: str) -> list[tuple[int, str]]:
    """(line, layer) for every import of npmlookup in a module's source, relative ones resolved."""
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = module_package.split(".")[: len(module_package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            names = [target] if target.split(".")[0] == "npmlookup" else []
            if target == "npmlookup":  # `from npmlookup import core`: each name may be a layer
                names = [
                    f"npmlookup.{alias.name}" if alias.name in ALLOWED or alias.name in SHARED else "npmlookup"
                    for alias in node.names
                ]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names if alias.name.split(".")[0] == "npmlookup"]
        for name in names:
            parts = name.split(".")
            found.append((getattr(node, "lineno", 0), parts[1] if len(parts) > 1 else ""))
    return found


def layer_violations(package: Path) -> list[str]:
    """Every import in `package` that goes up or sideways against ALLOWED, as `file:line: message`."""
    problems = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        if len(relative.parts) < 2:
            continue  # top-level modules: the public API, errors, __main__
        layer = relative.parts[0]
        allowed = ALLOWED.get(layer)
        if allowed is None:
            problems.append(f"{relative}: folder {layer!r} is not a known layer")
            continue
        module_package = ".".join(["npmlookup", *relative.parts[:-1]])
        for line, target in imported_layers(path.read_text(encoding="utf-8"), module_package):
            if target not in allowed and target not in SHARED and target in ALLOWED:
                problems.append(f"{relative}:{line}: {layer} may not import {target}")
            elif target not in allowed and target not in SHARED and target not in ALLOWED:
                problems.append(f"{relative}:{line}: {layer} imports npmlookup.{target}, which is no layer")
    return problems


def test_every_layer_imports_only_what_it_may() -> None:
    assert layer_violations(PACKAGE) == []


def test_the_check_catches_a_lower_layer_importing_a_higher(tmp_path: Path) -> None:
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "model.py").write_text(
        "from npmlookup.errors import InputError\nfrom ..cli import app\nimport npmlookup.output.render\n"
    )
    (tmp_path / "loading").mkdir()
    (tmp_path / "loading" / "loader.py").write_text("from npmlookup import site\nfrom npmlookup.core import model\n")
    assert layer_violations(tmp_path) == [
        "core/model.py:2: core may not import cli",
        "core/model.py:3: core may not import output",
        "loading/loader.py:1: loading may not import site",
    ]


def test_every_layer_folder_says_what_lives_there_and_what_it_may_import() -> None:
    for folder in sorted(p for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()):
        doc = ast.get_docstring(ast.parse((folder / "__init__.py").read_text(encoding="utf-8")))
        assert doc, f"{folder.name}/__init__.py has no docstring"
        if folder.name in ALLOWED and folder.name != "site":
            assert "May import" in doc, f"{folder.name}/__init__.py does not say what it may import"


@pytest.mark.parametrize("library", ["typer", "click", "rich"])
def test_no_private_api_of_typer_click_or_rich(library: str) -> None:
    private = re.compile(rf"\b{library}\._")
    uses = [
        f"{p.relative_to(PACKAGE)}:{number}"
        for p in PACKAGE.rglob("*.py")
        for number, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if private.search(line)
    ]
    assert uses == []
