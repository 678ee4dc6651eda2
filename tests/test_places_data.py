"""The shipped places against docs/sources/places.csv, and the places file's own rules."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import npmlookup
from npmlookup.core.dataset import Dataset
from npmlookup.loading import yamlsafe

from .conftest import DATA, REPO, small_text

ROWS = list(csv.DictReader((REPO / "docs" / "sources" / "places.csv").open(encoding="utf-8", newline="")))
PLACES_SCHEMA = json.loads((REPO / "data" / "places.schema.json").read_text(encoding="utf-8"))


def test_the_csv_was_read() -> None:
    assert len(ROWS) == 278


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_every_row_of_the_csv_is_a_place(latest: Dataset, row: dict[str, str]) -> None:
    place = latest.place_by_id[row["id"]]
    assert (place.name, place.kind, place.nation, place.setting) == (
        row["name"],
        row["kind"],
        row["nation"],
        row["setting"],
    )
    assert list(place.other_names) == [n.strip() for n in row["other_names"].split(";") if n.strip()]
    assert (place.operator or "", place.status) == (row["operator"], row["status"])
    assert (place.source_url or "", place.source_title, place.source_as_of or "") == (
        row["source_url"],
        row["source_title"],
        row["source_as_of"],
    )
    assert (place.town or "", place.town_source or "") == (row["town"], row["town_source"])
    assert [p.id for p in npmlookup.find_places(latest, row["name"])] == [row["id"]] or row["id"] in [
        p.id for p in npmlookup.find_places(latest, row["name"])
    ]


TOWNS = {
    row["id"]: row for row in csv.DictReader((REPO / "docs" / "sources" / "place-towns.csv").open(encoding="utf-8"))
}


def test_a_place_has_a_town_only_where_its_research_confirms_one(latest: Dataset) -> None:
    assert list(TOWNS) == [p.id for p in latest.places], "one researched row for every place, in order"
    for place in latest.places:
        research = TOWNS[place.id]
        if research["status"] == "CONFIRMED":
            assert (place.town, place.town_source) == (research["town"], research["source_url"]), place.id
            assert research["quote"], f"{place.id}: a confirmed town has its quotation"
            assert research["check"], f"{place.id}: a confirmed town was read again"
            assert not research["check"].startswith(("WRONG", "NOT-CHECKABLE")), place.id
        else:
            assert (place.town, place.town_source) == (None, None), f"{place.id}: {research['status']}"
    assert sum(p.town is not None for p in latest.places) == 218


def test_no_place_is_in_the_data_that_the_csv_lacks(latest: Dataset) -> None:
    assert [p.id for p in latest.places] == [row["id"] for row in ROWS]


def test_the_yaml_is_what_the_script_writes_from_the_csv() -> None:
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "places.py"), "--check"], capture_output=True)
    assert result.returncode == 0, result.stderr


def test_the_licences_are_recorded(latest: Dataset) -> None:
    assert latest.places_source is not None
    for licence in ("MIT licence", "Open Government Licence v3.0", "CC BY-SA"):
        assert licence in latest.places_source


@pytest.mark.parametrize("path", [REPO / "data" / "places.yaml", DATA / "small-places.yaml"])
def test_places_files_pass_their_schema(path: Path) -> None:
    document = yamlsafe.YamlDocument.parse(str(path), path.read_text(encoding="utf-8"))
    assert list(Draft202012Validator(PLACES_SCHEMA).iter_errors(document.value)) == []


def test_the_places_file_and_its_schema_ship_beside_the_dataset() -> None:
    folder = npmlookup.default_path().parent
    for name in ("places.yaml", "places.schema.json"):
        assert (folder / name).read_bytes() == (REPO / "data" / name).read_bytes()


PLACES = (DATA / "small-places.yaml").read_text(encoding="utf-8")


def problems_for(tmp_path: Path, places: str, coverage: str | None = None) -> list[npmlookup.Problem]:
    (tmp_path / "small-places.yaml").write_text(places, encoding="utf-8")
    target = tmp_path / "coverage.yaml"
    text = coverage if coverage is not None else small_text()
    target.write_text(text)
    return npmlookup.validate(target)


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ("    kind: cell block", "    kind: castle", "kind: castle", "place 'south-cells' kind 'castle' is not one of"),
        (
            "    kind: cell block\n    setting: cells",
            "    kind: cell block\n    setting: jails",
            "setting: jails\n    nation: south",
            "place 'south-cells' setting 'jails' is not 'cells', its kind's setting",
        ),
        ("    nation: south", "    nation: east", "nation: east", "place 'south-cells' names unknown nation 'east'"),
        (
            "    status: closed 2022",
            "    status: shut",
            "status: shut",
            "status 'shut' must be open, closed WHEN or closed temporarily WHEN",
        ),
        (
            "    source_url: https://example.org/south\n    source_title: A register\n",
            "    source_url: https://example.org/south\n",
            "  - id: south-cells",
            "place 'south-cells' is missing required key 'source_title'",
        ),
        (
            "    source_url: https://example.org/south\n",
            "    source_url: https://docslib.org/doc/1/south\n",
            "docslib",
            "place 'south-cells' source_url cites a copy (docslib.org): move it to read_at",
        ),
        (
            "    source_url: https://example.org/south\n",
            "    source_url: https://example.org/south\n    town: Southport\n    town_source: https://docslib.org/doc/2\n",
            "docslib",
            "place 'south-cells' town_source cites a copy (docslib.org): move it to read_at",
        ),
        (
            "    other_names: [Northgate Youth]",
            "    other_names: [Northgate]",
            "other_names: [Northgate]",
            "place name 'Northgate' is claimed by both 'northgate' and 'northgate-youth'",
        ),
        ("  - id: south-cells", "  - id: northgate", "id: northgate\n    name: Southport", "duplicate place id"),
        ('    source_as_of: "2020"', '    source_as_of: "2020-13"', "2020-13", "source_as_of '2020-13' must be"),
    ],
)
def test_each_places_problem_is_named_in_the_places_file(
    tmp_path: Path, old: str, new: str, needle: str, message: str
) -> None:
    assert old in PLACES
    text = PLACES.replace(old, new, 1)
    problems = problems_for(tmp_path, text)
    matching = [p for p in problems if message in p.message]
    assert matching, f"expected {message!r} in {[str(p) for p in problems]}"
    assert matching[0].file == str(tmp_path / "small-places.yaml")
    assert matching[0].line == line_of(text, needle)


def test_a_name_two_places_share_is_fine_when_their_answers_agree(tmp_path: Path) -> None:
    text = PLACES.replace("    other_names: []", "    other_names: [Carchar y Gogledd]")
    (problem,) = problems_for(tmp_path, text)
    assert "claimed by both 'northgate' and 'south-cells'" in problem.message, "another cell: another answer"
    coverage = (
        small_text()
        .replace("kinds: [youth jail]", "kinds: [jail, youth jail]")
        .replace("{id: youth jail, setting: jails, also: [wards]}", "{id: youth jail, setting: jails}")
    )
    shared = PLACES.replace("    other_names: [Northgate Youth]", "    other_names: [Northgate]")
    assert problems_for(tmp_path, shared, coverage) == [], "the same cell, and no entry tells their kinds apart"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("kinds: [youth jail]", "kinds: [castle]", "cell jails/north entry 2 names unknown place kind 'castle'"),
        ("kinds: [youth jail]", "kinds: [cell block]", "limits itself to place kind 'cell block', which setting"),
        ("  - {id: cell block, setting: cells}", "  - {id: cell block, setting: dungeons}", "names unknown setting"),
    ],
)
def test_kinds_in_the_coverage_file_are_checked(tmp_path: Path, old: str, new: str, message: str) -> None:
    coverage = small_text()
    assert old in coverage
    problems = problems_for(tmp_path, PLACES, coverage.replace(old, new, 1))
    assert any(message in p.message for p in problems), [str(p) for p in problems]


def test_a_missing_places_file_is_reported_where_it_is_named(tmp_path: Path) -> None:
    target = tmp_path / "coverage.yaml"
    text = small_text().replace("places: small-places.yaml", "places: nowhere.yaml")
    target.write_text(text, encoding="utf-8")
    (problem,) = npmlookup.validate(target)
    assert (problem.file, problem.line) == (str(target), line_of(text, "places: nowhere"))
    assert "nowhere.yaml: no such file" in problem.message


def test_an_edited_places_file_is_picked_up(tmp_path: Path) -> None:
    (tmp_path / "small-places.yaml").write_text(PLACES, encoding="utf-8")
    target = tmp_path / "coverage.yaml"
    target.write_text(small_text())
    assert npmlookup.load(target).place_by_id["northgate"].operator == "State"
    (tmp_path / "small-places.yaml").write_text(PLACES.replace("operator: State", "operator: Crown"))
    assert npmlookup.load(target).place_by_id["northgate"].operator == "Crown"
