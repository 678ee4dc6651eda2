"""Who to tell (issue 28): the concerns data against its sources, its checks, and the answers."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import npmlookup
from npmlookup.core.concerns import concern_for_cell, concern_for_place
from npmlookup.core.dataset import Dataset

from .conftest import REPO, script_module, write_small

SOURCES = REPO / "docs" / "sources"


def rows(name: str) -> list[dict[str, str]]:
    with (SOURCES / name).open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_the_concerns_file_is_what_the_sources_give() -> None:
    assert (REPO / "data" / "concerns.yaml").read_text(encoding="utf-8") == script_module(
        "scripts/concerns.py"
    ).render()


def test_every_member_has_a_sourced_concerns_entry(latest: Dataset) -> None:
    assert set(latest.concern_by_member) == {m.id for m in latest.all_members}
    for route in latest.concern_routes:
        if route.confirmed:
            assert route.url, route.member
            assert route.quote, route.member
        assert route.takes in (None, "yes", "no", "some")


def test_every_setting_in_every_nation_has_outside_routes_or_a_sourced_none(latest: Dataset) -> None:
    for setting in latest.all_settings:
        for nation in latest.nations:
            cells = latest.routes_in_cell.get((setting.id, nation.id), ())
            assert cells, (setting.id, nation.id)
            for cell in cells:
                assert cell.route in latest.outside_route_by_id or (cell.route is None and cell.scope), cell


def test_no_outside_route_is_a_member(latest: Dataset) -> None:
    members = {npmlookup.normalize(name) for m in latest.all_members for name in (m.name, *m.aliases)}
    for route in latest.outside_routes:
        assert npmlookup.normalize(route.name.split(" (")[0]) not in members, route.id


def test_the_route_cells_restate_the_checked_table() -> None:
    """outside-route-cells.csv restates outside-routes.md's table (read by a second reader) row by row:
    every route it names is in that table's cell, with the same confirmed (C) or inferred (I) mark."""
    table = (SOURCES / "outside-routes.md").read_text(encoding="utf-8")
    cells = {}
    for line in table.splitlines():
        parts = [p.strip() for p in line.strip().strip("|").split("|")]
        if len(parts) == 5 and parts[0] not in ("setting", "---"):
            for nation, text in zip(("england", "wales", "scotland", "northern-ireland"), parts[1:], strict=True):
                cells[(parts[0], nation)] = parts[2 - 1] if text == "as england" else text
    for row in rows("outside-route-cells.csv"):
        text = cells[(row["setting"], row["nation"])]
        if row["route"]:
            mark = "C" if row["basis"] == "confirmed" else "I"
            assert re.search(rf"\b{row['route']}\b[^;]*\({mark}\b", text), (row, text)


def test_the_place_pages_are_the_confirmed_ones(latest: Dataset) -> None:
    confirmed = {(r["place"], r["url"]) for r in rows("place-pages.csv") if r["label"] == "CONFIRMED"}
    assert {(p.place, p.url) for p in latest.place_pages} == confirmed


@pytest.mark.parametrize("nation", ["england", "wales", "scotland", "northern-ireland"])
def test_at_least_60_percent_of_open_prisons_have_a_page_of_their_own(latest: Dataset, nation: str) -> None:
    open_prisons = npmlookup.places_of(latest, setting="prisons", nation=nation, status="open")
    with_pages = [p for p in open_prisons if latest.pages_of_place.get(p.id)]
    assert len(with_pages) >= 0.6 * len(open_prisons), (nation, len(with_pages), len(open_prisons))


def test_a_prison_in_england(latest: Dataset) -> None:
    (wandsworth,) = npmlookup.find_places(latest, "HMP Wandsworth")
    answer = concern_for_place(latest, wandsworth)
    assert answer.takers[0].entry.member == "imb", "the monitoring board takes a prisoner's applications"
    assert [o.route.id for o in answer.outside if o.route] == ["ppo", "phso"]
    assert {c.entry.member for c in answer.members} == {"hmi-prisons", "cqc", "ofsted", "imb"}
    assert answer.pages
    assert all(page.place == wandsworth.id for page in answer.pages)


def test_police_custody_in_scotland(latest: Dataset) -> None:
    answer = concern_for_cell(latest, "police-custody", "scotland")
    assert [c.entry.member for c in answer.takers] == ["icvs"]
    assert [o.route.id for o in answer.outside if o.route] == ["pirc"]
    assert [c.entry.member for c in answer.members] == ["hmics", "icvs"]


def test_a_setting_with_no_route_outside_says_why(latest: Dataset) -> None:
    answer = concern_for_cell(latest, "court-custody", "england")
    (none,) = answer.outside
    assert none.route is None
    assert (none.cell.scope or "").startswith("None found")


def test_a_high_secure_hospital(latest: Dataset) -> None:
    (broadmoor,) = npmlookup.find_places(latest, "Broadmoor")
    answer = concern_for_place(latest, broadmoor)
    assert [c.entry.member for c in answer.takers] == ["cqc"]
    assert {o.route.id for o in answer.outside if o.route} == {"phso", "lgsco"}


def test_a_concerns_file_naming_what_does_not_exist_is_refused(tmp_path: Path) -> None:
    target = write_small(tmp_path / "coverage.yaml")
    target.write_text(target.read_text(encoding="utf-8") + "concerns: concerns.yaml\n", encoding="utf-8")
    (tmp_path / "concerns.yaml").write_text(
        "schema_version: 1\nmembers:\n"
        "  - {member: jic, confirmed: true, takes: yes}\n"
        "  - {member: nobody, confirmed: false}\n"
        "  - {member: hb, confirmed: false, takes: perhaps}\n"
        "route_cells:\n  - {setting: jails, nation: north, route: ombudsman, confirmed: true}\n"
        "  - {setting: jails, nation: north, confirmed: true, kinds: [castle]}\n",
        encoding="utf-8",
    )
    problems = npmlookup.validate(target)
    assert [(p.line, p.message) for p in problems] == [
        (4, "members item 2 names unknown member 'nobody'"),
        (5, "members item 3 takes 'perhaps' must be one of: yes, no, some"),
        (7, "route_cells item 1 names unknown route 'ombudsman'"),
        (8, "route_cells item 2 names unknown place kind 'castle'"),
    ]
    assert all(p.file == str(tmp_path / "concerns.yaml") for p in problems)


def test_a_route_for_one_setting_is_not_offered_in_another(latest: Dataset) -> None:
    """CQC's and HIW's routes are for the Mental Health Act, the Care Inspectorate's for registered care
    services: none of them is a route for a prisoner (a reviewer found them offered at prisons)."""
    for name in ("HMP Wandsworth", "HMP Berwyn", "HMP Parc"):
        (place, *_) = npmlookup.find_places(latest, name)
        assert [c.entry.member for c in concern_for_place(latest, place).takers] == ["imb"], name
    assert [c.entry.member for c in concern_for_cell(latest, "prisons", "scotland").takers] == ["hmips"]
    (broadmoor,) = npmlookup.find_places(latest, "Broadmoor")
    assert [c.entry.member for c in concern_for_place(latest, broadmoor).takers] == ["cqc"]


def test_a_route_cells_kinds_of_place_are_those_its_scope_names() -> None:
    """A route limited to some kinds of place (outside-route-cells.csv's `kinds`) names them in its scope, as
    the route's own pages give it (outside-routes.md)."""
    limited = [row for row in rows("outside-route-cells.csv") if row["kinds"]]
    assert limited, "the PPO's children's cells"
    for row in limited:
        for kind in row["kinds"].split("; "):
            assert kind in row["scope"].lower(), row


@pytest.mark.parametrize(
    ("name", "offered"),
    [
        ("Oakhill", True),  # a secure training centre: the PPO's complaints pages name them
        ("Aycliffe", False),  # a secure children's home: named for deaths only, not complaints
        ("Oasis Restore", False),  # a secure school, registered as a secure children's home
        ("Hillside", False),  # Wales: the PPO's scope there is young offender institutions
    ],
)
def test_a_route_for_some_kinds_of_place_is_not_offered_at_another(latest: Dataset, name: str, offered: bool) -> None:
    """The PPO takes complaints from secure training centres and YOIs: a parent asking about a child in a
    secure children's home must not be sent there."""
    (place,) = npmlookup.find_places(latest, name)
    routes = [o.route.id for o in concern_for_place(latest, place).outside if o.route]
    assert ("ppo" in routes) is offered, routes
    if place.nation == "england":
        assert "lgsco" in routes, "the council placement route stays"
    cell = [o.route.id for o in concern_for_cell(latest, place.setting, place.nation).outside if o.route]
    assert "ppo" in cell, "asked of the setting, the PPO is offered with its scope"
