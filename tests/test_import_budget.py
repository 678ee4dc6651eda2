"""Start-up budget, guarded without timing: which modules each path may import.

`python -X importtime` (PYTHONPROFILEIMPORTTIME=1) lists every module a process imports.
A regression that pulls Rich, PyYAML or pydantic into a path that does not need them
fails here, on any machine, however fast.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import DATA, npm_executable


def imported(command: list[str]) -> set[str]:
    """The modules a process imports. Each command runs once: the tests that ask about the same command
    share its answer (the runs are independent of each other)."""
    key = tuple(command)
    if key not in _seen:
        env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
        result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
        lines = result.stderr.splitlines()
        _seen[key] = {line.split("|")[-1].strip() for line in lines if line.startswith("import time:")}
    assert _seen[key], "no import timing was reported"
    return set(_seen[key])


_seen: dict[tuple[str, ...], set[str]] = {}


def top_level(names: set[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


LIBRARY = "import npmlookup; d = npmlookup.load(); npmlookup.who(d, setting='prisons', nation='wales')"


def test_version_imports_no_rich_yaml_pydantic_or_views() -> None:
    names = imported([npm_executable(), "--version"])
    assert not {"rich", "yaml", "pydantic"} & top_level(names)
    assert not {"npmlookup.cli.views", "npmlookup.contract.records"} & names


def test_the_library_imports_no_typer_rich_or_pydantic() -> None:
    names = top_level(imported([sys.executable, "-c", LIBRARY]))
    assert not {"typer", "rich", "pydantic", "click"} & names


def test_the_shipped_dataset_is_read_without_yaml() -> None:
    assert "yaml" not in top_level(imported([sys.executable, "-c", LIBRARY]))
    assert "yaml" not in top_level(imported([npm_executable(), "who", "-s", "prisons", "--json"]))


def test_any_other_file_is_parsed_and_checked_every_time() -> None:
    small = [npm_executable(), "nations", "--data", str(DATA / "small.yaml"), "--json"]
    assert "npmlookup.loading.coverage_checks" in imported(small)


def test_json_output_imports_no_rich() -> None:
    names = top_level(imported([npm_executable(), "who", "-s", "prisons", "-n", "wales", "--json"]))
    assert not {"rich", "yaml", "pydantic"} & names


def test_provenance_loads_only_to_explain() -> None:
    plain = imported([npm_executable(), "who", "-s", "prisons", "--json"])
    assert "npmlookup.core.history" in plain, "every answer applies the dated changes"
    assert "npmlookup.contract.provenance" not in plain
    assert "npmlookup.contract.provenance" in imported([npm_executable(), "who", "--json", "--explain"])


def test_only_tables_import_rich() -> None:
    names = top_level(imported([npm_executable(), "who", "-s", "prisons", "--format", "table"]))
    assert "rich" in names
    assert "yaml" not in names


def test_only_place_questions_load_the_places_module() -> None:
    who = imported([npm_executable(), "who", "-s", "prisons", "--json"])
    assert "npmlookup.core.places" not in who
    assert not {"npmlookup.core.concerns", "npmlookup.core.about"} & who, "parts are built when first used"
    names = imported([npm_executable(), "where", "HMP Berwyn", "--json"])
    assert "npmlookup.core.places" in names
    assert not {"npmlookup.core.concerns", "npmlookup.core.about"} & names, "where builds only the places"
    assert not {"rich", "yaml"} & top_level(names)


def test_only_the_site_imports_jinja2(tmp_path: Path) -> None:
    for command in (["who", "-s", "prisons", "--format", "table"], ["where", "Parc", "--json"], ["matrix", "--json"]):
        assert "jinja2" not in top_level(imported([npm_executable(), *command])), command
    site = [npm_executable(), "site", str(tmp_path / "site"), "--data", str(DATA / "small.yaml")]
    assert "jinja2" in top_level(imported(site)), "a small dataset's site is enough to show it"


def modules_after(args: list[str]) -> set[str]:
    """Every module loaded when a command has run (importtime does not see `importlib.import_module`)."""
    script = (
        "import atexit, sys; atexit.register(lambda: print(*sorted(sys.modules), file=sys.stderr)); "
        f"sys.argv = ['npm', *{args!r}]; from npmlookup.cli.launcher import main; main()"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(result.stderr.split())


def test_a_command_imports_only_the_module_that_defines_it() -> None:
    who = modules_after(["who", "-s", "prisons", "--json"])
    assert "npmlookup.cli.lookup" in who
    assert not {"npmlookup.cli.sources", "npmlookup.cli.place_commands"} & who
    where = modules_after(["where", "Parc", "--json"])
    assert "npmlookup.cli.place_commands" in where
    assert not {"npmlookup.cli.lookup", "npmlookup.cli.sources"} & where
    history = modules_after(["history", "--json"])
    assert "npmlookup.cli.sources" in history
    assert not {"npmlookup.cli.lookup", "npmlookup.cli.place_commands"} & history
