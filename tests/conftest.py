"""Shared fixtures: a stable terminal, and the datasets."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import npmlookup
from npmlookup.core.dataset import Dataset

TESTS = Path(__file__).parent
DATA = TESTS / "data"
REPO = TESTS.parent

TEST_INSTALLED = "NPMLOOKUP_TEST_INSTALLED"
"""Set to 1 to test an installed npmlookup (a built wheel) instead of this checkout's src/."""


def import_problem(module_file: str, installed: bool) -> str | None:
    """Why the npmlookup imported from `module_file` is not the one to test, or None when it is.

    The tests test the source: an npmlookup installed as a copy would leave a function broken
    in src/ with its tests green. Only with `installed` (NPMLOOKUP_TEST_INSTALLED=1) may it come
    from elsewhere, to test a built wheel.
    """
    source = (REPO / "src" / "npmlookup").resolve()
    if installed or Path(module_file).resolve().parent == source:
        return None
    return (
        f"npmlookup is imported from {Path(module_file).parent}, not from this checkout's {source}: "
        "the tests would test that copy, not the source. Install it editable (pip install -e '.[test]'), "
        f"or set {TEST_INSTALLED}=1 to test an installed wheel on purpose."
    )


def pytest_configure(config: pytest.Config) -> None:
    """Refuse to run the tests against any npmlookup but this checkout's src/, unless asked to."""
    problem = import_problem(npmlookup.__file__, os.environ.get(TEST_INSTALLED) == "1")
    if problem is not None:
        raise pytest.UsageError(problem)


def pytest_report_header(config: pytest.Config) -> str:
    """Which npmlookup the run tests, in the header of every run (and CI's log)."""
    where = Path(npmlookup.__file__).parent
    if os.environ.get(TEST_INSTALLED) == "1":
        return f"npmlookup: testing the INSTALLED package at {where} ({TEST_INSTALLED}=1), not src/"
    return f"npmlookup: testing the source at {where}"


@pytest.fixture(scope="session")
def bytecode_folder(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """Where the processes the tests start keep compiled bytecode for the run: outside the source tree.

    One folder for all of the run's workers (xdist gives each its own temporary folder, inside one of
    the run's), so that npmlookup and its dependencies are compiled once, not once a worker; Python
    writes each compiled file whole (a new file renamed into place), so workers may share it.
    """
    run = tmp_path_factory.getbasetemp()
    folder = (run if worker_id == "master" else run.parent) / "bytecode"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(autouse=True)
def _isolated_environment(bytecode_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets a fixed, colourless 80-column terminal.

    The processes it starts compile npmlookup once for the run, into a folder of the run's
    own, even where PYTHONDONTWRITEBYTECODE is set (which keeps bytecode out of the source
    tree, as this does): otherwise each of them compiles the package again (50 ms a process).
    """
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", str(bytecode_folder))
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("TERM", "xterm-256color")
    for name in ("NO_COLOR", "NPMLOOKUP_DATA", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "LINES"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def real() -> Dataset:
    """The shipped dataset at its base edition, the factsheet as it stands."""
    return npmlookup.load(as_of="factsheet")


@pytest.fixture(scope="session")
def latest() -> Dataset:
    """The shipped dataset as every command answers by default: the latest known state."""
    return npmlookup.load()


@pytest.fixture(scope="session")
def shipped_contents() -> Dataset:
    """The shipped file's contents (its base edition), loaded once for the run."""
    from npmlookup.loading.loader import load_contents

    return load_contents()


@pytest.fixture(scope="module")
def shipped_contents_loaded_once(shipped_contents: Dataset) -> Iterator[None]:
    """Everything the module's tests run in-process (the commands through CliRunner included) reads the
    shipped file's contents loaded once for the run, as one process of the command loads them once;
    each command still answers as of its own date (`at`), and any other file loads as usual.

    For modules whose tests ask many questions of the shipped data and change none of its files
    (`pytestmark = pytest.mark.usefixtures("shipped_contents_loaded_once")`): a command in-process
    otherwise loads the file again for every question, half the time of most.
    """
    from npmlookup.loading import loader

    load_file = loader.load_contents

    def load_contents(path: str | os.PathLike[str] | None = None) -> Dataset:
        return shipped_contents if path is None else load_file(path)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(loader, "load_contents", load_contents)
        yield


Once = Callable[[str, Callable[[Path], Any]], tuple[Path, Any]]
"""`once(name, make)`: the folder `name` of the run's, and `make(folder)`'s answer (JSON)."""


@pytest.fixture(scope="session")
def once_for_the_run(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Once:
    """Make something that tests only read once for the run, however many workers ask for it.

    The first of the run's workers (pytest-xdist) to ask makes it in a folder of the run's; the
    others wait for its answer and read it (pytest-xdist's way to run a session fixture once).
    """
    run = tmp_path_factory.getbasetemp()
    shared = run if worker_id == "master" else run.parent

    def once(name: str, make: Callable[[Path], Any]) -> tuple[Path, Any]:
        folder = shared / name
        answer, failed = folder / "answer.json", folder / "failed"
        try:
            folder.mkdir()
        except FileExistsError:
            deadline = time.monotonic() + 300
            while not answer.exists():
                if failed.exists() or time.monotonic() > deadline:
                    pytest.fail(f"{name}: the worker that makes it failed (its error is in its report)")
                time.sleep(0.05)
            return folder, json.loads(answer.read_text(encoding="utf-8"))
        try:
            made = make(folder)
        except BaseException:
            failed.touch()
            raise
        partial = folder / "answer.partial"
        partial.write_text(json.dumps(made), encoding="utf-8")
        partial.replace(answer)
        return folder, made

    return once


@pytest.fixture(scope="session")
def latest_site_build(once_for_the_run: Once) -> tuple[Dataset, Path, list[Path]]:
    """The site of the shipped dataset's latest known state, built once for the run: read, never changed;
    with the files the build says it wrote."""
    from npmlookup.site import build_site

    dataset = npmlookup.load()
    folder, written = once_for_the_run("latest-site", lambda f: [str(p) for p in build_site(dataset, f / "site")])
    return dataset, folder / "site", [Path(p) for p in written]


@pytest.fixture(scope="session")
def latest_site(latest_site_build: tuple[Dataset, Path, list[Path]]) -> tuple[Dataset, Path]:
    """The site of the shipped dataset's latest known state, and the dataset it was built from."""
    return latest_site_build[0], latest_site_build[1]


SiteAsOf = Callable[[str], tuple[Dataset, Path]]
"""`site_as_of(day)`: the shipped dataset as of `day`, and its site, built once for the run."""


@pytest.fixture(scope="session")
def site_as_of(once_for_the_run: Once) -> SiteAsOf:
    """The site of the shipped dataset as of a date (`--as-of`), built once for the run by the first test
    to ask for that date: read, never changed. Each is a full build (a second or more), which the tests
    of one date share (`test_site.py`, `test_export_site.py`)."""
    from npmlookup.site import build_site

    def site(day: str) -> tuple[Dataset, Path]:
        dataset = npmlookup.load(as_of=day)
        folder, _ = once_for_the_run(f"site-{day}", lambda f: [str(p) for p in build_site(dataset, f / "site")])
        return dataset, folder / "site"

    return site


@pytest.fixture(scope="session")
def factsheet_site_command(once_for_the_run: Once) -> tuple[Path, int, str]:
    """`npm site DIR --as-of factsheet`, run once for the run, in-process: the folder it wrote, its exit
    status and what it said on stderr. Read, never changed."""
    from typer.testing import CliRunner

    from npmlookup.cli.app import app

    def make(folder: Path) -> tuple[int, str]:
        result = CliRunner().invoke(app, ["site", str(folder / "site"), "--as-of", "factsheet"])
        return result.exit_code, result.stderr

    folder, (exit_code, stderr) = once_for_the_run("site-factsheet-command", make)
    return folder / "site", exit_code, stderr


@pytest.fixture(scope="session")
def small() -> Dataset:
    """A small hand-built dataset (tests/data/small.yaml) at its base edition."""
    return npmlookup.load(DATA / "small.yaml", as_of="factsheet")


def npm_executable() -> str:
    """The entry point that this environment installed, next to its Python: never another program
    called `npm` (Node's) or an npmlookup from elsewhere on PATH."""
    for name in ("npm", "npmlookup"):
        candidate = Path(sys.executable).with_name(name)
        if candidate.exists():
            return str(candidate)
    raise AssertionError(f"npmlookup is not installed beside {sys.executable}: pip install '.[test]'")


def run_npm(
    *args: str, env: dict[str, str] | None = None, input_bytes: bytes | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed entry point in a subprocess, capturing bytes."""
    environment = dict(os.environ)
    environment.update(env or {})
    return subprocess.run(
        [npm_executable(), *args], capture_output=True, env=environment, input=input_bytes, timeout=timeout, check=False
    )


def script_module(relative: str) -> ModuleType:
    """A script of the repository (benchmarks/startup.py, scripts/readme.py) imported as a module."""
    spec = importlib.util.spec_from_file_location(Path(relative).stem, REPO / relative)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def small_text() -> str:
    """small.yaml's text (it names its places file, small-places.yaml, beside it: `write_small`)."""
    return (DATA / "small.yaml").read_text(encoding="utf-8")


def write_small(target: Path, text: str | None = None) -> Path:
    """Write a coverage file (small.yaml's text unless given) with small-places.yaml beside it."""
    target.write_text(small_text() if text is None else text, encoding="utf-8")
    places = target.parent / "small-places.yaml"
    if not places.exists():
        places.write_bytes((DATA / "small-places.yaml").read_bytes())
    return target


@pytest.fixture
def tmp_yaml(tmp_path: Path) -> Path:
    """A scratch copy of small.yaml that a test may edit."""
    return write_small(tmp_path / "coverage.yaml")
