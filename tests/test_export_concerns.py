"""The export's tables for who to tell (issue 28): filtered for a place, or a setting in a nation, they
agree with `npm concern --json`, and the site's api/ carries that answer for every place and cell."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import npmlookup
from npmlookup.cli.app import app
from npmlookup.core.dataset import Dataset
from npmlookup.export.package import DESCRIPTOR, cell, export_package

runner = CliRunner()
Rows = list[dict[str, str]]


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rows]:
    """The shipped dataset exported once, every CSV read back with `csv`."""
    folder = tmp_path_factory.mktemp("export-concerns") / "npm-data"
    export_package(npmlookup.load(), folder)
    descriptor = json.loads((folder / DESCRIPTOR).read_text(encoding="utf-8"))
    found = {}
    for resource in descriptor["resources"]:
        with (folder / resource["path"]).open(encoding="utf-8", newline="") as file:
            found[resource["name"]] = list(csv.DictReader(file))
    return found


def concern_json(*args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["concern", *args, "--json"])
    assert result.exit_code == 0, result.output
    answer: list[dict[str, Any]] = json.loads(result.stdout)
    return answer


def outside_from_tables(tables: dict[str, Rows], settings: list[str], nation: str) -> list[tuple[str, ...]]:
    """The outside routes for the settings (a place's own first) in a nation, as `concern` orders them."""
    routes = {r["id"]: r for r in tables["outside_routes"]}
    found: list[tuple[str, ...]] = []
    for setting in settings:
        for row in tables["route_cells"]:
            if (row["setting"], row["nation"]) == (setting, nation) and row["route"]:
                route = routes[row["route"]]
                confirmed = cell(row["confirmed"] == "true" and route["confirmed"] == "true")
                item = (route["id"], route["name"], route["precondition"], route["url"], row["scope"], confirmed)
                if all(known[0] != item[0] for known in found):
                    found.append(item)
    if not found:
        found = [
            ("", "", "", "", row["scope"], row["confirmed"])
            for row in tables["route_cells"]
            if (row["setting"], row["nation"]) == (settings[0], nation) and not row["route"]
        ]
    return found


def outside_from_json(answer: dict[str, Any]) -> list[tuple[str, ...]]:
    keys = ("id", "name", "first", "url", "scope", "confirmed")
    return [tuple(cell(route[key]) for key in keys) for route in answer["outside_npm"]]


def members_from_tables(tables: dict[str, Rows], members: list[str], settings: list[str]) -> list[tuple[str, ...]]:
    """Each member's route, where it is for one of the settings (a route's `settings`: empty, every one)."""
    routes = {
        r["member"]: r
        for r in tables["concern_routes"]
        if not r["settings"] or set(r["settings"].split("; ")) & set(settings)
    }
    empty = dict.fromkeys(("takes", "who", "how", "url"), "") | {"confirmed": "false"}
    keys = ("takes", "who", "how", "url", "confirmed")
    return [(member, *(routes.get(member, empty)[key] for key in keys)) for member in members]


def members_from_json(members: list[dict[str, Any]]) -> list[tuple[str, ...]]:
    keys = ("member", "takes", "who", "how", "url", "confirmed")
    return [tuple(cell(m[key]) for key in keys) for m in members]


@pytest.mark.parametrize("place", ["hmp-wandsworth", "hmp-parc", "hmp-berwyn", "oakhill-stc", "hmp-maghaberry"])
def test_a_places_rows_are_its_concern_answer(tables: dict[str, Rows], place: str) -> None:
    (answer,) = concern_json(place)
    settings, nation = [s["id"] for s in answer["settings"]], answer["nation"]
    assert outside_from_tables(tables, settings, nation) == outside_from_json(answer)
    members = [m["member"] for m in answer["members"]]
    assert members_from_tables(tables, members, settings) == members_from_json(answer["members"])
    pages = [
        (r["member"], r["kind"], r["title"], r["url"], r["describes"], r["seen"], r["quote"])
        for r in tables["place_pages"]
        if r["place"] == place
    ]
    keys = ("member", "kind", "title", "url", "describes", "seen", "quote")
    assert pages == [tuple(cell(p[key]) for key in keys) for p in answer["pages"]]
    assert answer["outside_npm"], f"{place} has a route outside the NPM"


@pytest.mark.parametrize(
    ("setting", "nation"),
    [("police-custody", "scotland"), ("prisons", "wales"), ("court-custody", "england"), ("immigration", "ni")],
)
def test_a_cells_rows_are_its_concern_answer(tables: dict[str, Rows], setting: str, nation: str) -> None:
    (answer,) = concern_json("--setting", setting, "--nation", nation)
    assert outside_from_tables(tables, [setting], answer["nation"]) == outside_from_json(answer)
    members = [m["member"] for m in answer["members"]]
    assert members_from_tables(tables, members, [setting]) == members_from_json(answer["members"])
    takers = [m for m in answer["members"] for takes in ("yes", "some") if m["takes"] == takes]
    assert members_from_json(answer["takes_concerns"]) == sorted(
        members_from_json(takers), key=lambda m: (m[1] != "yes", members.index(m[0]))
    )


def test_every_member_and_route_is_a_row(tables: dict[str, Rows]) -> None:
    dataset = npmlookup.load()
    assert [r["member"] for r in tables["concern_routes"]] == [c.member for c in dataset.concern_routes]
    assert [r["id"] for r in tables["outside_routes"]] == [r.id for r in dataset.outside_routes]
    assert len(tables["route_cells"]) == len(dataset.route_cells)
    assert len(tables["place_pages"]) == len(dataset.place_pages) > 100
    none = [r for r in tables["route_cells"] if not r["route"]]
    assert none
    assert all(r["scope"] for r in none), "a setting and nation with no route says why"


def test_the_site_api_carries_each_concern_answer(latest_site: tuple[Dataset, Path]) -> None:
    dataset, folder = latest_site
    api = folder / "api" / "concerns"
    for place in dataset.places:
        text = (api / f"{place.id}.json").read_text(encoding="utf-8")
        if place.id in ("hmp-wandsworth", "hmp-parc", "broadmoor-hospital"):
            result = runner.invoke(app, ["concern", place.id, "--json"])
            assert text == result.stdout, place.id
        assert json.loads(text)[0]["place"]["id"] == place.id
    for setting in dataset.settings:
        for nation in dataset.nations:
            text = (api / setting.id / f"{nation.id}.json").read_text(encoding="utf-8")
            if (setting.id, nation.id) in (("police-custody", "scotland"), ("prisons", "wales")):
                args = ["concern", "--setting", setting.id, "--nation", nation.id, "--json"]
                assert text == runner.invoke(app, args).stdout
    index = json.loads((folder / "api" / "index.json").read_text(encoding="utf-8"))
    paths = [item["path"] for item in index["concerns"]]
    assert "concerns/hmp-wandsworth.json" in paths
    assert "concerns/police-custody/scotland.json" in paths
