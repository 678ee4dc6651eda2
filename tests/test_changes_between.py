"""`npm changes FROM TO` and `core.changes`: who joined, left or was renamed between two dates, with the
dated source; `history` by setting and nation; whole answers for scripts (`who` websites, `places`
coverage)."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

import npmlookup
from npmlookup.cli.app import app
from npmlookup.contract import fields as record_fields
from npmlookup.contract.records import change_record
from npmlookup.core.changes import JOINED, LEFT, RENAMED, changes_between
from npmlookup.core.dataset import Dataset

pytestmark = pytest.mark.usefixtures("shipped_contents_loaded_once")
runner = CliRunner()


def json_of(*args: str) -> Any:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_police_custody_in_wales_loses_hmi_prisons_with_its_date_and_source() -> None:
    rows = json_of("changes", "factsheet", "today")
    (left,) = [
        r
        for r in rows
        if (r["kind"], r["setting"], r["nation"], r["member"]) == ("left", "police-custody", "wales", "hmi-prisons")
    ]
    assert (left["role"], left["date"], left["when"], left["event"]) == (
        "lead",
        "2022-07",
        "July 2022",
        "police-custody-2022-hmip",
    )
    assert left["sources"]
    assert all(s["title"] for s in left["sources"])
    assert any(s["url"] for s in left["sources"])
    assert (left["from"], left["to"]) == ("2014-12", "2025-12-11")


def test_hmic_is_renamed_hmicfrs_with_its_date_and_source() -> None:
    rows = json_of("changes", "factsheet", "today")
    renamed = [r for r in rows if r["kind"] == "renamed" and r["member"] == "hmicfrs"]
    first = renamed[0]
    assert first["before"] == "HM Inspectorate of Constabulary (HMIC)"
    assert first["after"].endswith("(HMICFRS)")
    assert (first["date"], first["when"]) == ("2017-07-19", "19 July 2017")
    assert first["sources"]
    # The later "His Majesty's" restyle is a rename of its own, with its own dates.
    assert [r["event"] for r in renamed] == ["hmic-renamed", "his-majestys-hmicfrs"]


def test_the_default_is_the_factsheet_to_the_latest_known_state() -> None:
    assert json_of("changes") == json_of("changes", "factsheet", "today")
    assert json_of("changes", "factsheet") == json_of("changes", "factsheet", "today")


def test_records_have_exactly_the_declared_keys() -> None:
    rows = json_of("changes", "2014", "2025")
    assert rows
    assert all(tuple(row) == record_fields.CHANGE for row in rows)


def test_nothing_changes_between_a_date_and_itself() -> None:
    assert json_of("changes", "2020", "2020") == []
    result = runner.invoke(app, ["changes", "2020", "2020", "--format", "table"])
    assert result.exit_code == 0
    assert "Nothing changed" in result.stderr


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "tsv", "md", "yaml"])
def test_every_format_answers(fmt: str) -> None:
    result = runner.invoke(app, ["changes", "factsheet", "2023", "--format", fmt, "--color", "never"])
    assert result.exit_code == 0, result.output
    assert "HMI Prisons" in result.stdout
    if fmt == "yaml":
        assert yaml.safe_load(result.stdout) == json_of("changes", "factsheet", "2023")


def test_fields_pick_columns_in_every_format() -> None:
    result = runner.invoke(app, ["changes", "factsheet", "2023", "--fields", "kind,member,date", "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "kind,member,date"
    assert "left,hmi-prisons,2022-07" in lines
    rows = json_of("changes", "factsheet", "2023", "--fields", "kind,when")
    assert all(set(row) == {"kind", "when"} for row in rows)


def test_an_unknown_date_is_a_usage_error() -> None:
    result = runner.invoke(app, ["changes", "last-tuesday"])
    assert result.exit_code == 2
    assert "is not a date" in result.stderr


def test_backwards_in_time_who_joined_has_left(latest: Dataset) -> None:
    earlier, later = npmlookup.at(latest, "2016"), npmlookup.at(latest, "2024")
    forward = {(c.kind, c.setting, c.nation, c.member) for c in changes_between(earlier, later) if c.kind != RENAMED}
    backward = {(c.kind, c.setting, c.nation, c.member) for c in changes_between(later, earlier) if c.kind != RENAMED}
    swap = {JOINED: LEFT, LEFT: JOINED}
    assert backward == {(swap.get(kind, kind), *rest) for kind, *rest in forward}
    assert forward


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # The small dataset's dated events, one window at a time.
        ("factsheet", "2021-03-14", set()),
        (
            "factsheet",
            "2021-03-15",
            {
                ("joined", "special", "north", "rev"),
                ("joined", "cells", "north", "rev"),
                ("joined", "cells", "south", "rev"),
            },
        ),
        ("2022-12", "2023", {("left", "cells", "north", "jic")}),
        ("2022-01", "2022-02", {("renamed", None, None, "hb")}),
        ("2022-05", "2022-06", {("renamed", "cells", None, None)}),
    ],
)
def test_changes_in_the_small_dataset(small: Dataset, start: str, end: str, expected: set[tuple[Any, ...]]) -> None:
    earlier, later = npmlookup.at(small, start), npmlookup.at(small, end)
    found = changes_between(earlier, later)
    assert {(c.kind, c.setting, c.nation, c.member) for c in found} == expected
    for change in found:
        record = change_record(earlier, later, change)
        assert record["event"] is not None
        assert record["sources"]


def test_a_rename_says_the_names_before_and_after(small: Dataset) -> None:
    earlier, later = npmlookup.at(small, "2022-01"), npmlookup.at(small, "2022-06")
    renames = {c.member or c.setting: (c.before, c.after) for c in changes_between(earlier, later)}
    assert renames == {
        "hb": ("Health Board (HB)", "Care Board (CB)"),
        "cells": ("Police Cells", "Police and Court Cells"),
    }


def test_the_changes_table_says_each_change_in_words() -> None:
    result = runner.invoke(
        app, ["changes", "factsheet", "2023", "--format", "table", "--color", "never"], env={"COLUMNS": "100"}
    )
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "Police Custody in Wales: HMI Prisons (lead) left." in text
    assert "HM Inspectorate of Constabulary (HMIC) is renamed" in text
    assert "\nSources\n" in text


# history by setting and nation


def test_history_filters_by_setting_and_nation() -> None:
    events = json_of("history", "--setting", "police", "--nation", "wales")
    assert {e["id"] for e in events} >= {"police-custody-2022-hmip", "cqc-police-wales", "hiw-police-wales"}
    assert all(e["setting"] == "police-custody" and "wales" in e["nations"] for e in events)
    scotland = json_of("history", "--nation", "scotland")
    assert scotland
    assert all("scotland" in e["nations"] for e in scotland)
    assert {e["id"] for e in json_of("history", "--setting", "terrorism")} >= {"irtl-terrorism", "hmicfrs-terrorism"}


def test_history_filters_combine_with_the_member() -> None:
    events = json_of("history", "CQC", "--setting", "police")
    assert [e["id"] for e in events] == ["cqc-police-england", "cqc-police-wales"]


# whole answers for scripts


def test_who_rows_carry_each_members_website() -> None:
    websites = {m["id"]: m["website"] for m in json_of("members")}
    rows = json_of("who")
    assert rows
    assert all(row["website"] == websites[row["member"]] for row in rows)
    assert tuple(rows[0])[: len(record_fields.ENTRY) - 1] == record_fields.ENTRY[:-1]


def test_places_rows_carry_the_bodies_covering_each_place() -> None:
    places = json_of("places")
    for name in ("HMP Berwyn", "Dungavel", "Oakhill"):
        (where,) = json_of("where", name)
        (row,) = [p for p in places if p["id"] == where["place"]["id"]]
        assert row["coverage"] == where["coverage"]
        assert row["covered_by"] == "; ".join(f"{c['member_abbreviation']} ({c['role']})" for c in row["coverage"])
    assert all(set(record_fields.PLACE) <= set(p) for p in places)


def test_places_coverage_follows_the_date_asked() -> None:
    (now,) = [p for p in json_of("places", "--nation", "wales") if p["id"] == "hmp-parc"]
    (then,) = [p for p in json_of("places", "--nation", "wales", "--as-of", "factsheet") if p["id"] == "hmp-parc"]
    assert {c["as_of"] for c in now["coverage"]} == {"2025-12-11"}
    assert {c["as_of"] for c in then["coverage"]} == {"2014-12"}


def test_every_change_since_the_factsheet_names_its_dated_source() -> None:
    rows = json_of("changes", "factsheet", "today")
    assert rows
    assert [r for r in rows if not r["event"] or not r["sources"]] == []


def test_a_change_is_dated_by_the_event_that_began_it_not_a_later_one() -> None:
    rows = json_of("changes", "factsheet", "today")
    (cqc,) = [r for r in rows if (r["setting"], r["nation"], r["member"]) == ("children-secure", "england", "cqc")]
    assert (cqc["kind"], cqc["date"], cqc["addition"]) == ("joined", "by 2014-02-07", True), "not Oasis Restore's 2024"
    (mwcs,) = [r for r in rows if (r["setting"], r["nation"], r["member"]) == ("immigration", "scotland", "mwcs")]
    assert (mwcs["date"], mwcs["addition"]) == ("by 2014-07", True)


def test_a_second_role_in_a_cell_is_a_join_not_a_change_of_role() -> None:
    rows = json_of("changes", "factsheet", "today")
    (rqia,) = [
        r for r in rows if (r["setting"], r["nation"], r["member"]) == ("children-secure", "northern-ireland", "rqia")
    ]
    assert (rqia["kind"], rqia["role"], rqia["event"]) == ("joined", "partner", "rqia-woodlands")


def test_dates_the_wrong_way_round_are_a_usage_error() -> None:
    result = runner.invoke(app, ["changes", "2021", "2014"])
    assert result.exit_code == 2
    assert "is after" in result.stderr


def test_changes_2014_to_2025_is_a_timeline_of_the_window_with_earlier_facts_apart(latest: Dataset) -> None:
    """Issue 26: oldest first, only changes dated inside the window; what held already (a 2005 or 2013
    fact that the factsheet's table omits) is listed apart, after them."""
    result = CliRunner().invoke(app, ["changes", "2014", "2025", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    events = {e.id: e for e in latest.events}
    inside = [r for r in rows if r["in_window"]]
    apart = [r for r in rows if not r["in_window"]]
    assert rows == inside + apart, "what held already comes after the timeline"
    days = [events[r["event"]].date_latest for r in inside]
    assert days == sorted(days), "oldest first"
    assert all("2014-12-31" < day <= "2025-12-11" for day in days)
    assert apart, "the custody visitors' Terrorism Act roles of 2005 and 2013 held already"
    assert all(events[r["event"]].date_latest <= "2014-12-31" for r in apart)
