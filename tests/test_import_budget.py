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
from typing import Any

import pytest

from .conftest import DATA, npm_executable


def imported(command: list[str], cache_dir: Path) -> set[str]:
    """The modules a process imports. With the module's warm cache, each command runs once: the tests
    that ask about the same command share its answer (the runs are independent of each other)."""
    if cache_dir == _warm.get("folder"):
        key = tuple(command)
        if key not in _warm:
            _warm[key] = _run_imported(command, cache_dir)
        return set(_warm[key])
    return _run_imported(command, cache_dir)


def _run_imported(command: list[str], cache_dir: Path) -> set[str]:
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1", "NPMLOOKUP_CACHE_DIR": str(cache_dir)}
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    names = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert names, "no import timing was reported"
    return names


_warm: dict[Any, Any] = {}


def top_level(names: set[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


LIBRARY = "import npmlookup; d = npmlookup.load(); npmlookup.who(d, setting='prisons', nation='wales')"


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache directory that already holds the shipped dataset's entry (no test changes that entry)."""
    folder = tmp_path_factory.mktemp("warm-cache")
    env = {**os.environ, "NPMLOOKUP_CACHE_DIR": str(folder)}
    subprocess.run([sys.executable, "-c", "import npmlookup; npmlookup.load()"], env=env, check=True)
    _warm.clear()
    _warm["folder"] = folder
    return folder


def test_version_imports_no_rich_yaml_pydantic_or_views(warm_cache: Path) -> None:
    names = imported([npm_executable(), "--version"], warm_cache)
    assert not {"rich", "yaml", "pydantic"} & top_level(names)
    assert (
        not {"npmlookup.core.model", "npmlookup.loading.loader", "npmlookup.cli.views", "npmlookup.contract.records"}
        & names
    )


def test_the_library_imports_no_typer_rich_or_pydantic(warm_cache: Path) -> None:
    names = top_level(imported([sys.executable, "-c", LIBRARY], warm_cache))
    assert not {"typer", "rich", "pydantic", "click"} & names


def test_a_warm_cache_means_no_yaml_at_all(warm_cache: Path) -> None:
    assert "yaml" not in top_level(imported([sys.executable, "-c", LIBRARY], warm_cache))
    assert "yaml" not in top_level(imported([npm_executable(), "who", "-s", "prisons", "--json"], warm_cache))


def test_a_cold_cache_parses_yaml_once(tmp_path: Path) -> None:
    assert "yaml" in top_level(imported([sys.executable, "-c", LIBRARY], tmp_path))
    assert "yaml" not in top_level(imported([sys.executable, "-c", LIBRARY], tmp_path))


def test_json_output_imports_no_rich(warm_cache: Path) -> None:
    names = top_level(imported([npm_executable(), "who", "-s", "prisons", "-n", "wales", "--json"], warm_cache))
    assert not {"rich", "yaml", "pydantic"} & names


def test_provenance_loads_only_to_explain(warm_cache: Path) -> None:
    plain = imported([npm_executable(), "who", "-s", "prisons", "--json"], warm_cache)
    assert "npmlookup.core.history" in plain, "every answer applies the dated changes"
    assert "npmlookup.contract.provenance" not in plain
    assert "npmlookup.contract.provenance" in imported([npm_executable(), "who", "--json", "--explain"], warm_cache)


def test_only_tables_import_rich(warm_cache: Path) -> None:
    names = top_level(imported([npm_executable(), "who", "-s", "prisons", "--format", "table"], warm_cache))
    assert "rich" in names
    assert "yaml" not in names


def test_another_dataset_is_cached_too(tmp_path: Path) -> None:
    small = str(DATA / "small.yaml")
    imported([npm_executable(), "nations", "--data", small, "--json"], tmp_path)
    assert "yaml" not in top_level(imported([npm_executable(), "nations", "--data", small, "--json"], tmp_path))


def test_only_place_questions_load_the_places_module(warm_cache: Path) -> None:
    who = imported([npm_executable(), "who", "-s", "prisons", "--json"], warm_cache)
    assert not {"npmlookup.core.places", "npmlookup.core.place_model"} & who, "who builds no place"
    assert not {"npmlookup.core.place_model", "npmlookup.core.about_model"} & imported(
        [sys.executable, "-c", LIBRARY], warm_cache
    ), "a lookup creates neither the places' classes nor what the NPM is"
    assert "npmlookup.core.about_model" not in who
    names = imported([npm_executable(), "where", "HMP Berwyn", "--json"], warm_cache)
    assert {"npmlookup.core.places", "npmlookup.core.place_model"} <= names
    assert not {"rich", "yaml"} & top_level(names)


def test_only_the_site_imports_jinja2(warm_cache: Path, tmp_path: Path) -> None:
    for command in (["who", "-s", "prisons", "--format", "table"], ["where", "Parc", "--json"], ["matrix", "--json"]):
        assert "jinja2" not in top_level(imported([npm_executable(), *command], warm_cache)), command
    site = [npm_executable(), "site", str(tmp_path / "site"), "--data", str(DATA / "small.yaml")]
    assert "jinja2" in top_level(imported(site, warm_cache)), "a small dataset's site is enough to show it"


def modules_after(args: list[str], cache_dir: Path) -> set[str]:
    """Every module loaded when a command has run (importtime does not see `importlib.import_module`)."""
    script = (
        "import atexit, sys; atexit.register(lambda: print(*sorted(sys.modules), file=sys.stderr)); "
        f"sys.argv = ['npm', *{args!r}]; from npmlookup.cli.launcher import main; main()"
    )
    env = {**os.environ, "NPMLOOKUP_CACHE_DIR": str(cache_dir)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    return set(result.stderr.split())


def test_a_command_imports_only_the_module_that_defines_it(warm_cache: Path) -> None:
    who = modules_after(["who", "-s", "prisons", "--json"], warm_cache)
    assert "npmlookup.cli.lookup" in who
    assert not {"npmlookup.cli.sources", "npmlookup.cli.exporting", "npmlookup.cli.place_commands"} & who
    where = modules_after(["where", "Parc", "--json"], warm_cache)
    assert "npmlookup.cli.place_commands" in where
    assert not {"npmlookup.cli.lookup", "npmlookup.cli.sources"} & where
    history = modules_after(["history", "--json"], warm_cache)
    assert "npmlookup.cli.sources" in history
    assert not {"npmlookup.cli.lookup", "npmlookup.cli.exporting"} & history
