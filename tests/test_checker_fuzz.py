"""Fuzzing the checks (#25): whatever a dataset file holds, `validate` returns problems and never
raises, and `load` raises `DatasetError` or nothing."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import npmlookup

from .conftest import DATA, small_text

SMALL = small_text()
PLACES = (DATA / "small-places.yaml").read_text(encoding="utf-8")
DOCUMENT = yaml.safe_load(SMALL)

PIECES = [
    ":",
    ": ",
    "- ",
    "-",
    "{",
    "}",
    "[",
    "]",
    ",",
    "&a ",
    "*a",
    "!!python/object:os.system ",
    "!!binary ",
    "? ",
    "\t",
    "\n",
    "\n  ",
    "\x00",
    "\x1b[2J",
    "\u202e",
    "'",
    '"',
    "#",
    "---\n",
    "...\n",
    "~",
    "null",
    "true",
    "1e999",
    "0x1F",
    "-0",
    ".nan",
    "9" * 4400,
    "2020-13-45",
    "by 2021",
    "role-added",
    "kind",
    "member",
    "id",
    "\ufeff",
    "\\",
    "W\u0430les",
    "=1+1",
    "<img>",
    "|\n",
    ">-\n",
]
"""Fragments that mean something to YAML, to the format or to a terminal."""

FUZZ = settings(
    max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
"""Bounded: about 200 files per test, each checked within two seconds."""


def edited_text(draw: st.DrawFn, text: str) -> str:
    """`text` with a few fragments inserted, slices or lines deleted, or values replaced."""
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "text", "line", "value"]))
        lines = text.splitlines(keepends=True)
        line = draw(st.integers(0, len(lines) - 1))
        if action == "line":
            text = "".join(lines[:line] + lines[line + 1 :])
        elif action == "value" and ": " in lines[line]:
            key = lines[line].partition(": ")[0]
            lines[line] = f"{key}: {draw(st.sampled_from(PIECES))}\n"
            text = "".join(lines)
        elif action == "insert":
            text = text[:at] + draw(st.sampled_from(PIECES)) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        else:
            text = text[:at] + draw(st.text(max_size=8)) + text[at:]
    return text


@st.composite
def edited_files(draw: st.DrawFn) -> tuple[str, str | None]:
    """A coverage file's text, and a places file's (None: the small one), one or the other edited."""
    if draw(st.booleans()):
        return edited_text(draw, SMALL), None
    return SMALL, edited_text(draw, PLACES)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


@st.composite
def replaced_values(draw: st.DrawFn) -> str:
    """The small coverage file with one value, anywhere in it, replaced by any JSON value (JSON is YAML)."""
    document: Any = json.loads(json.dumps(DOCUMENT))
    node = document
    for _ in range(draw(st.integers(0, 5))):
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node)))
        elif isinstance(node, list) and node:
            key = draw(st.integers(0, len(node) - 1))
        else:
            break
        if not isinstance(node[key], dict | list):
            break
        node = node[key]
    if isinstance(node, dict) and node:
        node[draw(st.sampled_from(sorted(node)))] = draw(JSON_VALUES)
    elif isinstance(node, list) and node:
        node[draw(st.integers(0, len(node) - 1))] = draw(JSON_VALUES)
    return json.dumps(document)


def check(coverage: str, places: str | None) -> None:
    """`validate` returns a list of problems, each located in a file; `load` raises DatasetError or nothing."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "coverage.yaml"
        (Path(folder) / "small-places.yaml").write_text(PLACES if places is None else places, encoding="utf-8")
        target.write_text(coverage, encoding="utf-8", errors="surrogatepass")
        problems = npmlookup.validate(target)
        assert isinstance(problems, list)
        assert all(isinstance(problem, npmlookup.Problem) and problem.file for problem in problems)
        refused = None
        try:
            npmlookup.load(target)
        except npmlookup.DatasetError as error:
            refused = str(error)
        assert (refused is not None) == bool(problems), f"load and validate disagree: {refused} / {problems}"


@FUZZ
@given(edited_files())
def test_edited_files_give_problems_never_exceptions(files: tuple[str, str | None]) -> None:
    check(*files)


@FUZZ
@given(replaced_values())
def test_any_value_anywhere_gives_problems_never_exceptions(coverage: str) -> None:
    check(coverage, None)
