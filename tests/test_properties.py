"""Properties: any text is answered or refused cleanly; every name resolves in any spelling."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import npmlookup
from npmlookup.cli.app import app
from npmlookup.core.dataset import Dataset

pytestmark = pytest.mark.usefixtures("shipped_contents_loaded_once")
runner = CliRunner()
REAL = npmlookup.load()


def names_of(dataset: Dataset) -> list[tuple[str, str, str]]:
    """(kind, name, id) for every id, abbreviation, alias, full name and later name."""
    names = [("setting", name, s.id) for s in dataset.all_settings for name in (s.id, s.name, *s.aliases)]
    names += [("nation", name, n.id) for n in dataset.nations for name in (n.id, n.name, *n.aliases)]
    for m in dataset.all_members:
        names += [("member", name, m.id) for name in (m.id, m.abbreviation, m.name, *m.aliases)]
    for e in dataset.events:
        if e.kind == "renamed" and e.name:
            names.append(("member", e.name, e.member) if e.member else ("setting", e.name, e.setting or ""))
    names += [("member", e.abbreviation, e.member or "") for e in dataset.events if e.abbreviation]
    return names


def find_id(kind: str, text: str) -> str:
    if kind == "setting":
        return npmlookup.find_setting(REAL, text).id
    if kind == "nation":
        return npmlookup.find_nation(REAL, text).id
    return npmlookup.find_member(REAL, text).id


@st.composite
def respelled(draw: st.DrawFn) -> tuple[str, str, str, str]:
    kind, name, record_id = draw(st.sampled_from(names_of(REAL)))
    letters = []
    for ch in name:
        if ch in " -_":
            letters.append(draw(st.sampled_from([" ", "-", "_", "  ", " - "])))
        else:
            letters.append(ch.upper() if draw(st.booleans()) else ch.lower())
    return kind, name, "".join(letters), record_id


@given(respelled())
@settings(max_examples=400, deadline=None)
def test_every_name_resolves_in_any_case_and_separators(case: tuple[str, str, str, str]) -> None:
    kind, _name, spelled, record_id = case
    assert find_id(kind, spelled) == record_id


ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80) | st.sampled_from(
    ["", " ", "-", "--", "prisons", "ni", "HMI", "care", "x" * 5000, "\x00", "\u2019", "-h"]
)


@pytest.mark.parametrize("option", ["--setting", "--nation", "--member"])
@given(text=ANY_TEXT)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_exits_0_or_2_without_a_traceback(option: str, text: str) -> None:
    result = runner.invoke(app, ["who", f"{option}={text}", "--json"])
    assert result.exit_code in (0, 2), (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


@given(text=ANY_TEXT)
@settings(max_examples=120, deadline=None)
def test_any_member_argument_exits_0_or_2(text: str) -> None:
    result = runner.invoke(app, ["member", "--json", "--", text])
    assert result.exit_code in (0, 2), (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
