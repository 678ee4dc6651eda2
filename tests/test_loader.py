"""The loader on the real file and on broken files: every problem named, with its place."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import npmlookup
from npmlookup.errors import DatasetError, Problem
from npmlookup.loading import files as files_module
from npmlookup.loading import yamlsafe

from .conftest import REPO, small_text, write_small

SMALL = small_text()


def problems_for(tmp_path: Path, text: str) -> list[Problem]:
    return npmlookup.validate(write_small(tmp_path / "coverage.yaml", text))


def edited(old: str, new: str) -> str:
    assert old in SMALL, f"test setup: {old!r} not in small.yaml"
    return SMALL.replace(old, new, 1)


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_the_shipped_dataset_is_valid_and_complete(real: npmlookup.Dataset) -> None:
    assert npmlookup.validate() == []
    assert len(real.settings) == 10, "the factsheet's table has 10 rows"
    assert len(real.all_settings) == 11, "Terrorism Act detention is known, added after the edition"
    assert [n.id for n in real.nations] == ["england", "wales", "scotland", "northern-ireland"]
    assert len(real.members) == 20, "the factsheet's edition has 20 members"
    assert len(real.all_members) == 21, "IRTL is known, designated after the edition"
    assert set(real.cells) == {(s.id, n.id) for s in real.all_settings for n in real.nations}
    assert real.checked == "2025-12-11"


def test_the_packaged_copy_is_the_repository_copy() -> None:
    assert npmlookup.default_path().read_bytes() == (REPO / "data" / "coverage.yaml").read_bytes()


def test_entries_follow_the_factsheet_order(real: npmlookup.Dataset) -> None:
    order = [(e.setting, e.nation) for e in real.entries]
    rows = {s.id: i for i, s in enumerate(real.settings)}
    columns = {n.id: i for i, n in enumerate(real.nations)}
    assert order == sorted(order, key=lambda key: (rows[key[0]], columns[key[1]]))


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        (
            "- {member: jic-south, role: lead",
            "- {member: HWI, role: lead",
            "HWI",
            "cell jails/south names unknown member 'HWI'",
        ),
        ("  - id: hb\n", "  - id: jic\n", "id: jic\n    name: Health", "duplicate member id 'jic'"),
        (
            "    aliases: [sl]",
            "    aliases: [nl]",
            "aliases: [nl]\nsettings",
            "nation name 'nl' is claimed by both 'north' and 'south'",
        ),
        (
            "    abbreviation: HB\n",
            "    abbreviation: JIC\n",
            "abbreviation: JIC\n    aliases: []\n    kind: regulator",
            "member name 'JIC' is claimed by both 'jic' and 'hb'",
        ),
        (
            "nations: [north, south]\n  - id: jic-south",
            "nations: [north, atlantis]\n  - id: jic-south",
            "atlantis",
            "member 'jic' names unknown nation 'atlantis'",
        ),
        (
            "  cells:\n    north:",
            "  cells:\n    atlantis: []\n    north:",
            "atlantis",
            "row cells names unknown nation 'atlantis'",
        ),
        (
            "{member: hb, role: partner",
            "{member: hb, role: boss",
            "boss",
            "cell jails/north role 'boss' must be one of: lead, partner",
        ),
        (
            "{member: jic, role: lead, basis: stated}\n      - {member: hb, role: partner",
            "{member: jic, role: lead, basis: guessed}\n      - {member: hb, role: partner",
            "guessed",
            "cell jails/north basis 'guessed' must be one of: stated, confirmed, inferred",
        ),
        (
            "    kind: inspectorate\n    nations: [south]",
            "    kind: inspectorate\n    colour: red\n    nations: [south]",
            "colour",
            "member 'jic-south' has unknown key 'colour'",
        ),
        ("    south: []\n", "", "  cells:\n    north:", "row cells has no cell for 'south' (write [] for none)"),
        (
            "  - {member: jic-south, role: lead, basis: confirmed, sources: [page]}",
            "  - {member: jic-south, role: lead, basis: confirmed, sources: [web]}",
            "sources: [web]",
            "cell jails/south cites unknown source 'web'",
        ),
        ('    date: "2022-02"', '    date: "2022-13"', "2022-13", "event 'hb-renamed' date '2022-13' must be"),
        (
            "    kind: renamed\n    member: hb",
            "    kind: merged\n    member: hb",
            "merged",
            "event 'hb-renamed' kind 'merged' must be one of",
        ),
        ("  - id: lv\n", "  - id: lv\n    id: lv2\n", "    id: lv2", "duplicate key 'id'"),
        ("schema_version: 1", "schema_version: 2", "schema_version", "schema_version must be 1, not 2"),
        ("schema_version: 1", "schema_version: true", "schema_version", "schema_version must be 1, not True"),
        (
            "    member: rev\n    setting: cells",
            "    member: nobody\n    setting: cells",
            "nobody",
            "event 'rev-cells' names unknown member 'nobody'",
        ),
        (
            "  - {member: jic-south, role: lead, basis: confirmed, sources: [page]}",
            "  - {member: jic-south, role: lead, basis: confirmed, sources: [sheet]}",
            "sources: [sheet]}",
            "cell jails/south entry 1 is marked confirmed but cites no source with an address",
        ),
        (
            "    description: The Reviewer covers special detention in the north.\n    sources: [page]",
            "    description: The Reviewer covers special detention in the north.\n    sources: [sheet]",
            "    basis: confirmed\n    description: The Reviewer covers special",
            "event 'rev-special' is marked confirmed but cites no source with an address",
        ),
        (
            "  - id: jic-south\n    name: Jail Inspection Commission South\n    abbreviation: JICS\n    aliases: []\n"
            "    kind: inspectorate\n    nations: [south]",
            "  - id: jic-south\n    name: Jail Inspection Commission South\n    abbreviation: JICS\n    aliases: []\n"
            "    kind: inspectorate\n    nations: [north]",
            "- {member: jic-south",
            "cell jails/south entry 1 places 'jic-south' in south, outside its nations (north)",
        ),
        ("    date: by 2024-06-30", "    date: unknown", "date: unknown", "event 'lv-restyled' date 'unknown' must be"),
        ('checked: "2024-06-30"', 'checked: "2024-06-29"', "date: by 2024-06-30", "ends after the dataset was last"),
        ('checked: "2024-06-30"', 'checked: "2024-06"', "checked:", "checked '2024-06' must be a day"),
        ('    date: "2023-06-15"', '    date: "2021-01-01"', '"2021-01-01"', "event 'wards-note' is out of order"),
        (
            "  special:\n    north: []",
            "  special:\n    north:\n      - {member: hb, role: lead, basis: stated}",
            "setting: special\n    description: Special",
            "event 'special-added' adds setting 'special', so its coverage row must be empty",
        ),
        (
            "    kind: renamed\n    setting: cells",
            "    kind: renamed\n    member: hb\n    setting: cells",
            "id: cells-renamed",
            "event 'cells-renamed': a renamed event names exactly one of 'member' or 'setting'",
        ),
        (
            "    note: Wards are under review.\n",
            "",
            "id: wards-note",
            "event 'wards-note': a note on a row needs the 'note'",
        ),
        (
            "    website: https://example.org/hb",
            "    website: example.org/hb",
            "website: example.org",
            "member 'hb' website must start with https:// or http://",
        ),
        (
            "    member: jic\n    setting: cells\n    nations: [north]",
            "    member: lv\n    setting: cells\n    nations: [north]",
            "nations: [north]\n    description: JIC stops",
            "event 'jic-leaves-cells' removes 'lv' from cells/north, where no entry names it at that date",
        ),
        (
            "      - {member: jic-south, role: lead, basis: confirmed, sources: [page]}",
            "      - {member: jic-south, role: partner, basis: confirmed, sources: [page]}",
            "- {member: jic-south, role: partner",
            "cell jails/south has a partner but no lead",
        ),
    ],
)
def test_each_problem_is_named_with_its_place(tmp_path: Path, old: str, new: str, needle: str, message: str) -> None:
    text = edited(old, new)
    problems = problems_for(tmp_path, text)
    matching = [p for p in problems if message in p.message]
    assert matching, f"expected {message!r} in {[str(p) for p in problems]}"
    assert matching[0].line == line_of(text, needle)
    assert matching[0].file == str(tmp_path / "coverage.yaml")


def test_problem_text_reads_file_line_column_message(tmp_path: Path) -> None:
    text = edited("- {member: jic-south, role: lead", "- {member: HWI, role: lead")
    (problem,) = problems_for(tmp_path, text)
    line = line_of(text, "HWI")
    column = text.splitlines()[line - 1].index("HWI") + 1
    assert str(problem) == f"{tmp_path / 'coverage.yaml'}:{line}:{column}: cell jails/south names unknown member 'HWI'"


def test_all_problems_are_reported_in_file_order(tmp_path: Path) -> None:
    text = edited("{member: hb, role: partner", "{member: hb, role: boss").replace("member: jic-south", "member: HWI")
    problems = problems_for(tmp_path, text)
    assert [p.message for p in problems] == [
        "cell jails/north role 'boss' must be one of: lead, partner",
        "cell jails/south names unknown member 'HWI'",
    ]


def test_load_raises_one_error_type_naming_the_first_problem(tmp_path: Path) -> None:
    target = tmp_path / "coverage.yaml"
    target.write_text(edited("member: jic-south", "member: HWI"), encoding="utf-8")
    with pytest.raises(DatasetError) as caught:
        npmlookup.load(target)
    assert caught.value.file == str(target)
    assert caught.value.problem == "cell jails/south names unknown member 'HWI'"
    assert str(caught.value).startswith(f"{target}:")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: [unclosed\n", "YAML syntax"),
        ("", "the file is empty"),
        ("- just\n- a list\n", "the file must be a mapping"),
        (
            "title: !!python/object/apply:os.system ['echo hacked']\n",
            "YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",
        ),
        ("title: !!python/name:os.system ''\n", "YAML tag 'tag:yaml.org,2002:python/name:os.system' is not allowed"),
        ("title: !!set {a, b}\n", "YAML tag 'tag:yaml.org,2002:set' is not allowed"),
        ("a: &x [1, 2]\nb: *x\n", "YAML anchors and aliases (& and *) are not allowed"),
        ("title: x\ntitle: y\n", "duplicate key 'title'"),
        ("? [a, b]\n: c\n", "keys must be plain text"),
    ],
)
def test_unsafe_or_malformed_yaml_is_refused(tmp_path: Path, text: str, message: str) -> None:
    problems = problems_for(tmp_path, text)
    assert any(message in p.message for p in problems), [str(p) for p in problems]


def test_an_alias_bomb_fails_fast(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    problems = problems_for(tmp_path, "\n".join(lines) + "\n")
    assert problems[0].message.startswith("YAML anchors and aliases (& and *) are not allowed")
    assert (problems[0].line, problems[0].column) == (1, 5), "the anchored value that is used again"


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, "a: " + "[" * 20000 + "]" * 20000 + "\n")
    assert problems
    assert "nest" in problems[0].message.lower() or "YAML syntax" in problems[0].message


def test_non_utf8_bytes_are_located(tmp_path: Path) -> None:
    target = tmp_path / "coverage.yaml"
    target.write_bytes(b"title: ok\nname: caf\xe9\n")
    (problem,) = npmlookup.validate(target)
    assert (problem.line, problem.column) == (2, 10)
    assert problem.message == "is not UTF-8 text (byte 0xe9)"


def test_missing_file_and_directory_each_say_so(tmp_path: Path) -> None:
    assert npmlookup.validate(tmp_path / "nope.yaml")[0].message == "no such file"
    assert npmlookup.validate(tmp_path)[0].message == "is a directory, not a coverage file"


def test_an_unreadable_file_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, who can read a chmod 000 file; refuse the open instead.
    unreadable = tmp_path / "secret.yaml"
    unreadable.write_text(SMALL, encoding="utf-8")
    real_open = open

    def refuse(file: Any, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(file) == str(unreadable):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(files_module, "open", refuse, raising=False)  # the module's name shadows the builtin
    assert npmlookup.validate(unreadable)[0].message == "cannot be read (permission denied)"


def test_oversized_files_are_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "coverage.yaml"
    target.write_text(SMALL, encoding="utf-8")
    monkeypatch.setattr(files_module, "MAX_FILE_BYTES", 100)
    (problem,) = npmlookup.validate(target)
    assert problem.message.startswith(f"is {len(SMALL.encode()):,} bytes; coverage files are limited to")


def test_loading_never_writes_to_the_dataset(tmp_path: Path) -> None:
    target = write_small(tmp_path / "coverage.yaml")
    before = target.stat()
    npmlookup.load(target)
    npmlookup.load(target)
    after = target.stat()
    assert (before.st_mtime_ns, before.st_size) == (after.st_mtime_ns, after.st_size)
    assert target.read_text(encoding="utf-8") == SMALL


CORE_SCHEMA_TEXT = """\
text: no
yes_word: yes
date: 2014-12-01
nothing: ~
null_word: null
empty:
truth: true
number: 42
negative: -7
octal: 0o17
hexadecimal: 0x1A
decimal: 1.5
exponent: 1e3
infinity: -.inf
quoted_number: "42"
"""
CORE_SCHEMA_VALUES = {
    "text": "no",
    "yes_word": "yes",
    "date": "2014-12-01",
    "nothing": None,
    "null_word": None,
    "empty": None,
    "truth": True,
    "number": 42,
    "negative": -7,
    "octal": 15,
    "hexadecimal": 26,
    "decimal": 1.5,
    "exponent": 1000.0,
    "infinity": float("-inf"),
    "quoted_number": "42",
}


@pytest.mark.parametrize("libyaml", [True, False], ids=["libyaml", "pure-python"])
def test_scalars_follow_the_yaml_1_2_core_schema(monkeypatch: pytest.MonkeyPatch, libyaml: bool) -> None:
    import yaml

    yamlsafe._core_schema_loader.cache_clear()
    monkeypatch.setattr(yaml, "__with_libyaml__", libyaml and yaml.__with_libyaml__)
    try:
        document = yamlsafe.YamlDocument.parse("test.yaml", CORE_SCHEMA_TEXT)
    finally:
        yamlsafe._core_schema_loader.cache_clear()
    assert document.problems == []
    assert document.value == CORE_SCHEMA_VALUES


def test_a_nul_byte_is_located_by_line_and_column(tmp_path: Path) -> None:
    (problem,) = problems_for(tmp_path, SMALL.replace("title: Small test NPM", "title: Small\x00 test NPM"))
    assert (problem.line, problem.column) == (line_of(SMALL, "title: Small"), 13)
    assert "U+0000 is not allowed" in problem.message
    assert "position" not in problem.message


@pytest.mark.parametrize(
    ("places", "message"),
    [
        ("../outside/secret.yaml", "is outside the coverage file's folder"),
        ("/etc/passwd", "must be a relative path to a file beside the coverage file"),
    ],
)
def test_the_places_file_must_sit_beside_the_dataset(tmp_path: Path, places: str, message: str) -> None:
    """A dataset cannot make the tool read any other file, nor echo its first line as "an unknown key"."""
    secret = tmp_path / "outside" / "secret.yaml"
    secret.parent.mkdir()
    secret.write_text("root:SECRET-HASH:19000:0:99999:7:::\n", encoding="utf-8")
    folder = tmp_path / "data"
    folder.mkdir()
    text = SMALL.replace("places: small-places.yaml", f'places: "{places}"')
    (problem,) = problems_for(folder, text)
    assert message in problem.message
    assert (problem.line, problem.file) == (line_of(text, "places: "), str(folder / "coverage.yaml"))
    assert "SECRET" not in str(problem)


def test_a_places_file_in_a_folder_below_the_dataset_is_read(tmp_path: Path) -> None:
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "places.yaml").write_bytes((REPO / "tests" / "data" / "small-places.yaml").read_bytes())
    text = SMALL.replace("places: small-places.yaml", "places: more/places.yaml")
    assert problems_for(tmp_path, text) == []


def test_a_source_read_at_a_copy_names_the_copy_as_read_at_not_as_its_address(tmp_path: Path) -> None:
    copy = "https://docslib.org/doc/1/a-report"
    text = edited("    url: https://example.org/page", f"    url: {copy}")
    (problem,) = problems_for(tmp_path, text)
    assert "source 'page' url is a copy (docslib.org)" in problem.message
    assert problem.line == line_of(text, copy)
    moved = edited("    url: https://example.org/page", f"    publisher: A publisher\n    read_at: {copy}")
    # Read only at a copy, it no longer confirms the entry that cites it.
    assert [p.message for p in problems_for(tmp_path, moved)] == [
        "cell jails/south entry 1 is marked confirmed but cites no source with an address (url)",
        "event 'rev-special' is marked confirmed but cites no source with an address (url)",
    ]
    kept = moved.replace("    read_at:", "    url: https://example.org/original\n    read_at:")
    assert problems_for(tmp_path, kept) == []
    source = npmlookup.load(tmp_path / "coverage.yaml").source_by_id["page"]
    assert (source.url, source.publisher, source.read_at) == ("https://example.org/original", "A publisher", copy)


def test_a_fault_while_building_a_part_is_not_a_missing_attribute() -> None:
    from dataclasses import replace

    def broken(part: str) -> dict[str, object]:
        raise AttributeError("a bug in the part's builder")

    contents = replace(npmlookup.load().contents, parts=broken)
    with pytest.raises(RuntimeError, match="building the dataset's places failed"):
        hasattr(contents, "places")  # an AttributeError would make hasattr say False, silently
