"""Hostile input harms no one (#25): text that would drive a terminal, a spreadsheet or a page is
refused by the checks, and shown as text by every output even when the checks are bypassed."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import npmlookup
from npmlookup.cli.app import app
from npmlookup.core.places import find_place_kind, find_status
from npmlookup.loading.files import MAX_FILE_BYTES
from npmlookup.output.formats import csv_text, markdown_text

from .conftest import npm_executable, run_npm, small_text, write_small

runner = CliRunner()


def invoke(*args: str) -> Any:
    return runner.invoke(app, list(args))


def edited(path: Path, old: str, new: str) -> Path:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


NAME_LINE = "    name: Jail Inspection Commission\n"


@pytest.mark.parametrize(
    ("yaml_name", "shown"),
    [
        (r'"Jail \e[2J Commission"', r"\x1b"),
        (r'"Jail \x9b2J Commission"', r"\x9b"),
        (r'"Jail \u202Enoissimmoc"', r"\u202e"),
        (r'"Jail\tInspection"', r"\t"),
        (r'"Jail\nInspection"', r"\n"),
        (r'"Jail \u2028 Commission"', r"\u2028"),
    ],
)
def test_validate_refuses_control_and_bidi_characters(tmp_yaml: Path, yaml_name: str, shown: str) -> None:
    edited(tmp_yaml, NAME_LINE, f"    name: {yaml_name}\n")
    line = tmp_yaml.read_text(encoding="utf-8").splitlines().index(f"    name: {yaml_name}") + 1
    problems = npmlookup.validate(tmp_yaml)
    assert [(p.line, p.column) for p in problems] == [(line, 11)]
    assert shown in problems[0].message
    assert "acts on a terminal" in problems[0].message
    with pytest.raises(npmlookup.DatasetError):
        npmlookup.load(tmp_yaml)


def test_a_key_with_a_control_character_is_refused_at_the_key(tmp_yaml: Path) -> None:
    edited(tmp_yaml, "    kind: inspectorate\n", '    kind: inspectorate\n    "k\\ey": 1\n')
    problems = npmlookup.validate(tmp_yaml)
    assert any("key holds \\x1b" in p.message and p.column == 5 for p in problems), problems


def test_a_folded_long_text_is_still_allowed(tmp_yaml: Path) -> None:
    edited(tmp_yaml, "    note: Added after the sheet.\n", "    note: >-\n      Added after\n      the sheet.\n")
    assert npmlookup.validate(tmp_yaml) == []


@pytest.mark.parametrize("name", ["W\u0430les Board", "H\u0435alth Board", "Health Bo\u03b1rd"])
def test_a_name_mixing_latin_with_cyrillic_or_greek_is_refused(tmp_yaml: Path, name: str) -> None:
    edited(tmp_yaml, "    name: Health Board\n", f"    name: {name}\n")
    problems = npmlookup.validate(tmp_yaml)
    assert len(problems) == 1
    assert problems[0].line is not None
    assert "look-alike" in problems[0].message


def test_greek_cyrillic_and_accented_latin_words_are_fine(tmp_yaml: Path) -> None:
    edited(tmp_yaml, "    name: Health Board\n", "    name: Bwrdd Iechyd Ŵyn, Ελλάδα and Москва\n")
    assert npmlookup.validate(tmp_yaml) == []


@pytest.fixture
def unchecked(tmp_yaml: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A dataset holding hostile text that the checks let through (as a Dataset built by hand would)."""
    monkeypatch.setattr("npmlookup.loading.checker.text_problem", lambda text: None)
    edited(tmp_yaml, NAME_LINE, '    name: "Jail \\e]8;;https://evil.example\\a\\e[2J\\u202E Commission"\n')
    edited(tmp_yaml, "website: https://example.org/hb", 'website: "https://example.org/hb\\e[2J"')
    return tmp_yaml


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "md"])
def test_output_for_people_escapes_control_characters_the_checks_missed(unchecked: Path, fmt: str) -> None:
    result = invoke("members", "--data", str(unchecked), "--format", fmt, "--color", "never")
    assert result.exit_code == 0, result.output
    assert "Jail" in result.stdout
    for character in ("\x1b", "\x07", "\u202e"):
        assert character not in result.stdout
    assert "\\x1b" in result.stdout


def test_a_coloured_table_writes_only_its_own_escapes(unchecked: Path) -> None:
    result = invoke("member", "jic", "--data", str(unchecked), "--format", "table", "--color", "always")
    assert result.exit_code == 0, result.output
    assert "\x1b[2J" not in result.stdout
    assert "\x1b]8;;https://evil" not in result.stdout
    assert "\\x1b]8;;https://evil.example\\x1b[2J\\u202e" in result.stdout  # Rich drops the BEL itself


def test_a_link_whose_address_holds_an_escape_is_not_made(unchecked: Path) -> None:
    result = invoke("member", "hb", "--data", str(unchecked), "--format", "table", "--color", "always")
    assert result.exit_code == 0, result.output
    assert "\x1b[2J" not in result.stdout
    assert "https://example.org/hb\\x1b[2J" in result.stdout
    assert "\x1b]8;" not in result.stdout  # no terminal hyperlink to that address


def test_messages_escape_control_characters(tmp_yaml: Path) -> None:
    edited(tmp_yaml, "places: ", 'places: "\\e[2J')
    edited(tmp_yaml, "small-places.yaml", 'small-places.yaml"')
    result = invoke("validate", str(tmp_yaml))
    assert result.exit_code == 1
    assert "\x1b" not in result.stdout + result.stderr
    assert "\\x1b[2J" in result.stdout
    result = invoke("who", "--data", str(tmp_yaml), "--setting", "jails")
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr


FORMULAS = ['=HYPERLINK("https://evil.example")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_csv_cell_that_starts_as_a_formula_is_quoted_as_text(formula: str) -> None:
    (row,) = csv.reader(io.StringIO(csv_text([[formula, "plain", "2014-12-01", "true", ""]]), newline=""))
    assert row[0].startswith("'")
    assert row[1:] == ["plain", "2014-12-01", "true", ""]


def test_every_csv_the_tool_writes_neutralises_formulas(tmp_yaml: Path, tmp_path: Path) -> None:
    edited(tmp_yaml, NAME_LINE, '    name: "=HYPERLINK(""https://evil.example"")"\n'.replace('""', '\\"'))
    answer = invoke("members", "--data", str(tmp_yaml), "--format", "csv")
    assert answer.exit_code == 0, answer.output
    assert "'=HYPERLINK" in answer.stdout
    assert invoke("export", str(tmp_path / "export"), "--data", str(tmp_yaml)).exit_code == 0
    assert invoke("site", str(tmp_path / "site"), "--data", str(tmp_yaml)).exit_code == 0
    for folder in (tmp_path / "export", tmp_path / "site" / "data"):
        text = (folder / "members.csv").read_text(encoding="utf-8")
        cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
        assert '\'=HYPERLINK("https://evil.example")' in cells
        assert not any(cell.startswith("=") for cell in cells)


def test_markdown_cells_show_links_and_html_as_text() -> None:
    cell = markdown_text("[click](javascript:alert(1)) <img src=x onerror=alert(1)> ![i](x) a|b *b* `c` &amp;")
    assert " <img" not in cell
    assert " [click](" not in cell
    assert " ![i]" not in cell
    assert "\\<img src=x onerror=alert(1)\\>" in cell
    assert "a\\|b" in cell
    assert "\\&amp;" in cell


def test_markdown_output_escapes_a_note(tmp_yaml: Path) -> None:
    edited(tmp_yaml, NAME_LINE, '    name: "[click](javascript:alert(1)) <img src=x onerror=alert(1)>"\n')
    result = invoke("members", "--data", str(tmp_yaml), "--format", "md")
    assert result.exit_code == 0, result.output
    assert "\\[click\\](javascript:alert(1)) \\<img" in result.stdout
    assert " <img" not in result.stdout


def test_every_page_carries_a_strict_content_security_policy(latest_site: tuple[Any, Path]) -> None:
    _dataset, folder = latest_site
    pages = sorted(folder.rglob("*.html"))
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        if "<main" not in html:
            continue  # the matrix picture (`npm matrix --html`) is a standalone file, not a page of the site
        assert "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self';" in html
        assert "<script>" not in html
        assert " style=" not in html
        assert " onclick=" not in html


def test_many_unknown_keys_are_reported_in_linear_time(tmp_path: Path) -> None:
    extra = "".join(f"unknown_key_{number}: {number}\n" for number in range(30_000))
    target = write_small(tmp_path / "coverage.yaml", small_text() + extra)
    started = time.perf_counter()
    problems = npmlookup.validate(target)
    assert time.perf_counter() - started < 8  # 0.5 s in linear time; a minute when quadratic
    assert len(problems) == 30_000
    assert (problems[-1].line, problems[-1].column) == (len(small_text().splitlines()) + 30_000, 1)


@pytest.mark.parametrize("which", ["dataset", "places"])
def test_a_fifo_or_a_device_is_refused_at_once(tmp_path: Path, which: str) -> None:
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    for special in (fifo, tmp_path / "zero.yaml"):
        target = special
        if which == "places":
            target = tmp_path / "coverage.yaml"
            target.write_text(re.sub(r"(?m)^places: .*$", f"places: {special.name}", small_text()), encoding="utf-8")
        result = run_npm("validate", str(target), timeout=20)
        assert result.returncode == 1
        # A FIFO beside the dataset is no regular file; /dev/zero, reached by a link, is outside its folder.
        assert b"is not a regular file" in result.stdout or b"outside the coverage file's folder" in result.stdout


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    target = tmp_path / "coverage.yaml"
    target.write_text(small_text() + "#" * MAX_FILE_BYTES, encoding="utf-8")
    (problem,) = npmlookup.validate(target)
    assert "coverage files are limited to 4 MiB" in problem.message


@pytest.mark.parametrize("missing", ["role", "member", "setting", "nations", "basis"])
def test_a_role_added_event_without_a_required_key_is_a_located_problem(tmp_yaml: Path, missing: str) -> None:
    text = tmp_yaml.read_text(encoding="utf-8")
    event = text.index("  - id: rev-special")
    start = text.index(f"\n    {missing}: ", event) + 1
    tmp_yaml.write_text(text[:start] + text[text.index("\n", start) + 1 :], encoding="utf-8")
    problems = npmlookup.validate(tmp_yaml)
    assert f"event 'rev-special' is missing required key {missing!r}" in [p.message for p in problems]
    assert all(p.line for p in problems)
    with pytest.raises(npmlookup.DatasetError):
        npmlookup.load(tmp_yaml)


def test_a_nul_byte_in_the_places_path_is_a_located_problem(tmp_yaml: Path) -> None:
    edited(tmp_yaml, "small-places.yaml", 'small-places.yaml\\0x"')
    edited(tmp_yaml, "places: ", 'places: "')
    problems = npmlookup.validate(tmp_yaml)
    assert any("its name holds a NUL byte" in p.message and p.line for p in problems), problems
    with pytest.raises(npmlookup.DatasetError):
        npmlookup.load(tmp_yaml)


def test_an_integer_of_5000_digits_is_a_located_problem(tmp_yaml: Path) -> None:
    edited(tmp_yaml, "schema_version: 1", "schema_version: " + "9" * 5000)
    (problem,) = npmlookup.validate(tmp_yaml)
    assert (problem.line, problem.column) == (2, 17)
    assert "too long" in problem.message
    with pytest.raises(npmlookup.DatasetError):
        npmlookup.load(tmp_yaml)


@pytest.fixture
def unreadable(tmp_yaml: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The dataset as a file nobody may read (chmod 000 does not stop root, who runs CI's containers)."""
    import npmlookup.loading.files as files_module

    real_open, real_access = open, os.access

    def refuse(file: Any, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(file) == str(tmp_yaml):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(files_module, "open", refuse, raising=False)
    monkeypatch.setattr(
        os, "access", lambda path, *a, **k: os.fspath(path) != str(tmp_yaml) and real_access(path, *a, **k)
    )
    return tmp_yaml


def test_an_unreadable_dataset_is_exit_1_with_the_tools_own_message(unreadable: Path) -> None:
    result = invoke("who", "--data", str(unreadable), "--setting", "jails")
    assert result.exit_code == 1
    assert result.stderr == f"npm: error: {unreadable}: cannot be read (permission denied)\n"
    result = invoke("validate", str(unreadable), "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["message"] == "cannot be read (permission denied)"


@pytest.mark.parametrize("stderr", ["2>&-", "2>/dev/full"])
@pytest.mark.parametrize(
    ("arguments", "code"), [("who --bogus", 2), ("who --setting nowhere", 2), ("validate /nowhere", 1)]
)
def test_the_exit_status_does_not_depend_on_stderr(stderr: str, arguments: str, code: int) -> None:
    command = f"exec '{npm_executable()}' {arguments} >/dev/null {stderr}"
    result = subprocess.run(["sh", "-c", command], capture_output=True, timeout=30, check=False)
    assert result.returncode == code, result.stderr


LONG = "HMP " + "x" * 5000


@pytest.mark.parametrize(
    ("ask", "cut"),
    [
        (lambda d: npmlookup.find_setting(d, LONG), 60),
        (lambda d: npmlookup.find_nation(d, LONG), 60),
        (lambda d: npmlookup.find_member(d, LONG), 60),
        (lambda d: npmlookup.find_places(d, LONG), 60),
        (lambda d: find_place_kind(d, LONG), 60),
        (lambda d: find_status(LONG), 60),
        (lambda d: npmlookup.parse_as_of(LONG), 40),
    ],
)
def test_a_message_quotes_a_long_text_cut_short(ask: Any, cut: int) -> None:
    """However long the text, a message quotes only its beginning: a screenful, not the whole paste."""
    with pytest.raises(npmlookup.InputError) as raised:
        ask(npmlookup.load())
    message = str(raised.value)
    assert repr(LONG[: cut - 3] + "...") in message
    assert len(message) < 1500


def _concerns_edited(folder: Path, cut_from: str, cut_to: str, new: str) -> Path:
    """A copy of the shipped data whose concerns file has the text from `cut_from` up to `cut_to` replaced."""
    data = Path(npmlookup.default_path()).parent
    for name in ("coverage.yaml", "places.yaml", "concerns.yaml"):
        (folder / name).write_bytes((data / name).read_bytes())
    concerns = folder / "concerns.yaml"
    text = concerns.read_text(encoding="utf-8")
    start, end = text.index(cut_from), text.index(cut_to)
    concerns.write_text(text[:start] + new + text[end:], encoding="utf-8")
    return folder / "coverage.yaml"


@pytest.mark.parametrize(
    ("cut_from", "new", "said"),
    [
        ("routes:\n", "routes: 5\n", "must be a list"),
        ('  - id: "ppo"\n', '  - id: ["ppo"]\n    name: "x"\n', "id"),
    ],
)
def test_a_malformed_outside_route_is_a_located_problem_not_a_crash(
    tmp_path: Path, cut_from: str, new: str, said: str
) -> None:
    """Once a crash (TypeError): a routes list that is a number, a route whose id is a list."""
    cut_to = "route_cells:\n" if new.startswith("routes: 5") else '  - id: "spso"\n'
    problems = npmlookup.validate(_concerns_edited(tmp_path, cut_from, cut_to, new))
    assert problems, "refused"
    assert any(said in p.message and p.file.endswith("concerns.yaml") and p.line for p in problems), problems
