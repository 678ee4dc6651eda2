"""`npm export`: the tables, time as columns, the keys, and the folder it writes into.

The coverage table filtered on a day must be the library's answer on that day: checked
for every month from the factsheet's to the check's (through the command, in-process) and
for every day an answer changes on, and the day before (through the library).
"""

from __future__ import annotations

import csv
import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import npmlookup
from npmlookup.cli.app import app
from npmlookup.contract.records import entry_record
from npmlookup.core.dataset import Dataset
from npmlookup.core.dates import last_day
from npmlookup.export.package import DESCRIPTOR, cell, export_package
from npmlookup.export.tables import LIST_SEPARATOR, build_tables
from npmlookup.export.timeline import answers, place_periods

pytestmark = pytest.mark.usefixtures("shipped_contents_loaded_once")
runner = CliRunner()

Rows = list[dict[str, str]]

ENTRY_FIELDS = ("setting", "nation", "member", "role", "basis", "basis_note", "note", "sources", "event")
"""What identifies an answer's row and what it says: compared between the table and `who --json`."""


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped dataset, exported once."""
    folder = tmp_path_factory.mktemp("export") / "npm-data"
    export_package(npmlookup.load(), folder)
    return folder


@pytest.fixture(scope="module")
def tables(exported: Path) -> dict[str, Rows]:
    """Every CSV of the package, read back with `csv`."""
    descriptor = json.loads((exported / DESCRIPTOR).read_text(encoding="utf-8"))
    found = {}
    for resource in descriptor["resources"]:
        with (exported / resource["path"]).open(encoding="utf-8", newline="") as file:
            found[resource["name"]] = list(csv.DictReader(file))
    return found


def holding_on(rows: Rows, day: str) -> Rows:
    """The rows that hold on an ISO day: valid_from <= day < valid_to (or valid_to empty)."""
    return [r for r in rows if r["valid_from"] <= day and (r["valid_to"] == "" or day < r["valid_to"])]


def as_cells(record: dict[str, Any]) -> tuple[str, ...]:
    """A `who --json` record's identifying fields as the CSV writes them."""
    return tuple(cell(record[name]) for name in ENTRY_FIELDS)


def months(first: str, last: str) -> Iterator[str]:
    """Every YYYY-MM from `first` to `last`, both included."""
    year, month = (int(part) for part in first.split("-"))
    while f"{year:04d}-{month:02d}" <= last:
        yield f"{year:04d}-{month:02d}"
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def test_the_package_has_every_table_with_its_schema(exported: Path) -> None:
    descriptor = json.loads((exported / DESCRIPTOR).read_text(encoding="utf-8"))
    latest = npmlookup.load()
    assert descriptor["title"] == latest.title
    assert descriptor["checked"] == latest.checked
    assert descriptor["created_by"] == f"npmlookup {npmlookup.__version__}"
    names = [r["name"] for r in descriptor["resources"]]
    for table in ("members", "member_names", "settings", "nations", "coverage", "places", "events", "sources"):
        assert table in names
    assert sorted(p.name for p in exported.iterdir()) == sorted(
        [".npmlookup-export", DESCRIPTOR, *(f"{n}.csv" for n in names)]
    ), "the tables, the descriptor and the marker that lets a later export replace them"
    for resource in descriptor["resources"]:
        schema = resource["schema"]
        assert schema["primaryKey"], resource["name"]
        header, _, _ = (exported / resource["path"]).read_bytes().partition(b"\r\n")
        assert header.decode("utf-8").split(",") == [f["name"] for f in schema["fields"]]


def test_the_licences_of_the_places_sources_are_in_the_package(exported: Path, tables: dict[str, Rows]) -> None:
    licences = {r["source"]: r["licence"] for r in tables["place_sources"]}
    assert licences == {x.source: x.licence or "" for x in npmlookup.load().places_licences}
    assert "Open Government Licence v3.0" in licences.values()
    titles = [s["title"] for s in json.loads((exported / DESCRIPTOR).read_text(encoding="utf-8"))["sources"]]
    assert any("Open Government Licence v3.0" in title for title in titles)
    assert len(tables["sources"]) == len(npmlookup.load().sources)


def test_every_key_holds(exported: Path, tables: dict[str, Rows]) -> None:
    """Primary keys are unique, their required columns present (route_cells' route is empty where there is no
    route); every foreign key, list items included, names a row."""
    checked = 0
    for table in build_tables(npmlookup.load()):
        rows = tables[table.name]
        assert len(rows) == len(table.rows)
        keys = [tuple(row[column] for column in table.primary_key) for row in rows]
        required = [column.name for column in table.columns if column.required and column.name in table.primary_key]
        assert all(row[column] for row in rows for column in required), table.name
        assert required, f"{table.name}: a key with no required column"
        assert len(set(keys)) == len(keys), f"{table.name}: duplicate primary keys"
        for foreign in (column for column in table.columns if column.refers):
            known = {row["id"] for row in tables[foreign.refers]}
            for row in rows:
                value = row[foreign.name]
                values = value.split(LIST_SEPARATOR) if foreign.is_list else [value]
                for item in filter(None, values):
                    assert item in known, f"{table.name}.{foreign.name} {item!r} is not in {foreign.refers}"
                    checked += 1
    assert checked > 1000, "the foreign keys are actually used"


def test_coverage_on_every_month_is_who_as_of_that_month(tables: dict[str, Rows]) -> None:
    """For every month from the factsheet's to the check's, filtering on its last day is `who --as-of`."""
    latest = npmlookup.load()
    checked_months = list(months(latest.edition.date, latest.checked[:7]))
    assert len(checked_months) > 100
    for month in checked_months:
        day = last_day(month)
        result = runner.invoke(app, ["who", "--as-of", month, "--json"])
        assert result.exit_code == 0, result.output
        answer = json.loads(result.stdout)
        rows = holding_on(tables["coverage"], day)
        assert Counter(tuple(r[name] for name in ENTRY_FIELDS) for r in rows) == Counter(map(as_cells, answer)), month
        # The names on that day come from the names tables.
        member_names = {r["member"]: (r["name"], r["abbreviation"]) for r in holding_on(tables["member_names"], day)}
        setting_names = {r["setting"]: r["name"] for r in holding_on(tables["setting_names"], day)}
        for record in answer:
            assert member_names[record["member"]] == (record["member_name"], record["member_abbreviation"]), month
            assert setting_names[record["setting"]] == record["setting_name"], month


def test_coverage_changes_exactly_on_the_days_answers_change(tables: dict[str, Rows]) -> None:
    """On each change day and on the day before it, the table is the library's answer."""
    base = npmlookup.load(as_of="factsheet")
    days = set()
    for day, _ in answers(base):
        days.add(day)
        year, month, date = (int(part) for part in day.split("-"))
        if date > 1:
            days.add(f"{year:04d}-{month:02d}-{date - 1:02d}")
    for day in sorted(d for d in days if d >= base.edition.valid_from):
        answer = npmlookup.at(base, day)
        expected = Counter(as_cells(entry_record(answer, e)) for e in answer.entries)
        rows = holding_on(tables["coverage"], day)
        assert Counter(tuple(r[name] for name in ENTRY_FIELDS) for r in rows) == expected, day


def test_rows_that_still_hold_are_the_latest_answer(tables: dict[str, Rows]) -> None:
    latest = npmlookup.load()
    still = [r for r in tables["coverage"] if r["valid_to"] == ""]
    assert len(still) == len(latest.entries)
    assert all(r["valid_from"] < r["valid_to"] for r in tables["coverage"] if r["valid_to"])


def test_in_edition_marks_the_editions_own_table(latest: Dataset, tables: dict[str, Rows]) -> None:
    factsheet = npmlookup.load(as_of="factsheet")
    published = {(e.setting, e.nation, e.member, e.role) for e in factsheet.entries}
    marked = {
        (r["setting"], r["nation"], r["member"], r["role"]) for r in tables["coverage"] if r["in_edition"] == "true"
    }
    assert marked <= published
    additions = {e.id for e in latest.events if e.addition}
    confirmed_since = {  # added by an addition, or carrying an addition's note (the ETI in NI's prisons)
        (r["setting"], r["nation"], r["member"], r["role"])
        for r in tables["coverage"]
        if r["event"] in additions or additions & set(r["note_events"].split(";"))
    }
    assert published - marked <= confirmed_since, "an entry of the table is shown as published or as its addition"
    assert len(marked) < len(tables["coverage"]), "later changes are not the factsheet's"


def test_a_place_is_in_use_exactly_as_its_lifetime_says(latest: Dataset, tables: dict[str, Rows]) -> None:
    for place in latest.places:
        rows = [r for r in tables["place_periods"] if r["place"] == place.id]
        expected = [(p["valid_from"], p["valid_to"], p["state"]) for p in place_periods(latest, place)]
        assert [(r["valid_from"], r["valid_to"] or None, r["state"]) for r in rows] == expected
        for row in rows:
            assert place.state_on(row["valid_from"]).state == row["state"]
            if row["valid_to"]:
                assert place.state_on(row["valid_to"]).state != row["state"]
    medway = [r for r in tables["place_periods"] if r["place"] == "medway-stc"]
    assert [(r["valid_from"], r["valid_to"], r["state"]) for r in medway] == [
        ("2013-12-03", "2020-03-01", "open"),
        ("2020-03-01", "2020-03-31", "uncertain"),
    ], "closed in March 2020: in use before it, uncertain inside it"


def test_another_dataset_exports_itself(tmp_yaml: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(tmp_path / "out"), "--data", str(tmp_yaml)])
    assert result.exit_code == 0, result.output
    descriptor = json.loads((tmp_path / "out" / DESCRIPTOR).read_text(encoding="utf-8"))
    small = npmlookup.load(tmp_yaml)
    assert descriptor["title"] == small.title
    with (tmp_path / "out" / "coverage.csv").open(encoding="utf-8", newline="") as file:
        assert len(holding_on(list(csv.DictReader(file)), small.checked)) == len(small.entries)


# The folder it writes into


def test_the_command_says_what_it_wrote(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "npm: wrote 15 tables and datapackage.json into" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "nothing is left beside the folder"


def test_an_export_replaces_an_earlier_export_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "out"
    assert runner.invoke(app, ["export", str(target)]).exit_code == 0
    (target / "coverage.csv").write_text("stale", encoding="utf-8")
    assert runner.invoke(app, ["export", str(target)]).exit_code == 0
    assert (target / "coverage.csv").read_text(encoding="utf-8").startswith("setting,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_an_empty_folder_is_used(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    assert runner.invoke(app, ["export", str(tmp_path / "out")]).exit_code == 0
    assert (tmp_path / "out" / DESCRIPTOR).is_file()


@pytest.mark.parametrize("extra", ["notes.txt", "coverage.csv"])
def test_a_folder_with_files_it_did_not_write_is_refused_untouched(tmp_path: Path, extra: str) -> None:
    target = tmp_path / "out"
    target.mkdir()
    (target / extra).write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["export", str(target)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("npm: error: ")
    assert "npm export did not" in result.stderr
    assert [p.name for p in target.iterdir()] == [extra]
    assert (target / extra).read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_an_earlier_export_with_a_file_added_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "out"
    assert runner.invoke(app, ["export", str(target)]).exit_code == 0
    (target / "analysis.R").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["export", str(target)])
    assert result.exit_code == 2
    assert "analysis.R" in result.stderr
    assert (target / "analysis.R").read_text(encoding="utf-8") == "mine"


def test_the_current_folder_when_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    assert runner.invoke(app, ["export", "."]).exit_code == 0
    assert (tmp_path / "here" / DESCRIPTOR).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["here"]
    assert runner.invoke(app, ["export", "/"]).exit_code == 2


def test_a_failed_write_is_exit_74_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    result = runner.invoke(app, ["export", str(tmp_path / "out")])
    assert result.exit_code == 74
    assert "No space left on device" in result.stderr
    assert list(tmp_path.iterdir()) == [], "the temporary sibling is gone too"


def test_a_file_in_the_way_is_a_usage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["export", str(blocker)])
    assert result.exit_code == 2
    assert "is a file, not a folder" in result.stderr
    assert blocker.read_text(encoding="utf-8") == "mine"


def test_a_list_item_with_the_separator_is_refused() -> None:
    assert cell(["a", "b"]) == "a;b"
    assert (cell(None), cell(True), cell(False), cell("x")) == ("", "true", "false", "x")
    with pytest.raises(ValueError, match="joins a list"):
        cell(["a;b"])


def test_the_package_carries_the_data_s_licence_version_and_citation(exported: Path, latest: Dataset) -> None:
    descriptor = json.loads((exported / DESCRIPTOR).read_text(encoding="utf-8"))
    licence = latest.contents.licence
    assert licence is not None
    assert descriptor["licenses"] == [{"name": licence.name, "path": licence.path, "title": licence.title}]
    assert descriptor["licenses"][0]["name"] == "CC-BY-SA-4.0", "as docs/sources/LICENSING.md chose"
    assert descriptor["version"] == latest.checked, "the data's version is its checked day, not the software's"
    assert latest.checked in descriptor["citation"]
