"""Issue 18: the data agrees with the corrected sources on every date, and places have lifetimes.

The sources are read here row by row, with their own small date reader (not npmlookup's), so
that a change to either the data or the date rules that makes them disagree fails the test
that names the row: every change holds on its bound, and every place is in use exactly
within its lifetime (and uncertain inside a bound's window).
"""

from __future__ import annotations

import calendar
import csv
import datetime
import json
import re
from typing import Any

import pytest
from typer.testing import CliRunner

import npmlookup
from npmlookup.cli.app import app
from npmlookup.core.dataset import Dataset

from .conftest import REPO

pytestmark = pytest.mark.usefixtures("shipped_contents_loaded_once")
runner = CliRunner()
NOTES = (REPO / "docs" / "sources" / "changes-since-2014.md").read_text(encoding="utf-8")
PLACES = list(csv.DictReader((REPO / "docs" / "sources" / "places.csv").open(encoding="utf-8", newline="")))
URL = re.compile(r"https?://[^\s;)]+")
FACTSHEET_DAY = "2014-12-31"


def json_of(*args: str) -> Any:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# A reader of the sources' dates written for these tests: (first day, last day) of a date.
def span(text: str) -> tuple[str, str]:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        day = datetime.date(*parts).isoformat()
        return day, day
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return f"{parts[0]:04d}-{parts[1]:02d}-01", f"{parts[0]:04d}-{parts[1]:02d}-{last:02d}"
    return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"


def window(text: str) -> tuple[str | None, str]:
    """A bound as (the first day it may have happened, or None for "by"; the day it is known by)."""
    if text.startswith("by "):
        return None, window(text[3:])[1]
    first, _, last = text.partition("/")
    return span(first)[0], span(last or first)[1]


def day_before(day: str) -> str:
    return (datetime.date.fromisoformat(day) - datetime.timedelta(days=1)).isoformat()


def day_after(day: str) -> str:
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()


def coverage_rows() -> list[dict[str, str]]:
    part = NOTES.split("## Coverage changes, setting by setting", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in part.splitlines() if line.startswith("|")]
    header, *body = ([cell.strip() for cell in line.strip().strip("|").split("|")] for line in lines)
    return [dict(zip(header, row, strict=True)) for row in body if not set("".join(row)) <= set("-: ")]


COVERAGE = [row for row in coverage_rows() if row["Date"] != "-"]


@pytest.fixture(scope="module")
def contents() -> Dataset:
    return npmlookup.load().contents


def test_the_coverage_rows_were_read() -> None:
    assert len(COVERAGE) == 27


@pytest.mark.parametrize("row", COVERAGE, ids=lambda row: row["Date"])
def test_every_change_holds_on_its_bound(contents: Dataset, row: dict[str, str]) -> None:
    """Each dated row is an event citing the row's pages, and what it changes holds on its bound (or
    from when its row of the table exists, or the edition's first day, whichever is later)."""
    addresses = set(URL.findall(row["Source"]))
    cited = {
        s: {contents.source_by_id[s].url, contents.source_by_id[s].read_at} for e in contents.events for s in e.sources
    }
    events = [e for e in contents.events if any(addresses & cited[s] for s in e.sources)]
    if not addresses:  # a row that points to a page named above it: matched by its start
        events = [e for e in contents.events if e.date == row["Date"].split(" to ")[0]]
    assert events, f"no event cites the pages of {row['Date']}"
    setting_from = {e.setting: e.date_latest for e in contents.events if e.kind == "setting-added"}
    for event in events:
        if event.kind != "note":
            assert event.date_latest <= window(event.date.split(" to ")[-1])[1]
        day = max(event.date_latest, contents.edition.valid_from, setting_from.get(event.setting or "", ""))
        snapshot = npmlookup.at(contents, day)
        if event.kind == "role-added":
            for nation in event.nations:
                found = [e for e in snapshot.cells[(event.setting or "", nation)] if e.event == event.id]
                assert found, f"{event.id} not in {event.setting}/{nation} on {day}"
                assert found[0].addition is (event.date_latest <= contents.edition.end)
            if event.date_latest > contents.edition.valid_from and day == event.date_latest:
                before = npmlookup.at(contents, day_before(day))
                assert not [e for e in before.entries if e.event == event.id], f"{event.id} before its bound"
        elif event.kind == "role-removed":
            for nation in event.nations:
                assert event.member not in [e.member for e in snapshot.cells[(event.setting or "", nation)]]
        elif event.kind == "note" and event.setting:
            for nation in event.nations:
                noted = [e for e in snapshot.cells[(event.setting, nation)] if event.id in e.note_events]
                assert noted, f"{event.id} notes no entry in {event.setting}/{nation}"


def test_additions_never_change_what_the_factsheet_states(contents: Dataset) -> None:
    edition = npmlookup.at(contents, "factsheet")
    assert edition.cells == contents.cells
    assert not any(e.addition for e in edition.entries)
    known = npmlookup.at(contents, "2014-12")
    added = {e.event for e in known.entries if e.addition}
    assert added == {"cqc-stc", "mwcs-immigration", "hmip-service-custody", "hmic-customs", "hmip-customs"}
    assert [e.id for e in contents.events if e.addition and e.setting == "terrorism"] == [
        "nipb-icvs-terrorism",
        "icva-terrorism",
        "icvs-terrorism",
    ], "held before the NPM listed the row: shown from 2017-01-12"


@pytest.mark.parametrize("row", PLACES, ids=[row["id"] for row in PLACES])
def test_every_place_is_open_exactly_within_its_lifetime(contents: Dataset, row: dict[str, str]) -> None:
    place = contents.place_by_id[row["id"]]
    assert (place.opened, place.periods, place.holds_children) == (
        row["opened"] or None,
        row["periods"] or "..",
        row["holds_children"] or None,
    )
    periods = [p.partition("..")[::2] for p in (row["periods"] or "..").split("; ")]
    # In use on the day the data was checked, unless the window of its last start is not over by then.
    latest = "open" if not periods[-1][0] or window(periods[-1][0])[1] <= contents.checked else "uncertain"
    for index, (start, end) in enumerate(periods):
        if start:
            first, known = window(start)
            assert place.state_on(known).state == "open", (row["id"], known)
            if first is None:
                assert place.state_on(day_before(known)).state == "uncertain"
            else:
                before = "not yet open" if index == 0 else "closed"
                assert place.state_on(day_before(first)).state == before
                if first < known:
                    assert place.state_on(first).state == "uncertain"
        else:
            assert place.state_on(FACTSHEET_DAY).state == "open", "in use on the factsheet's date"
        if end:
            first, closed = window(end)
            assert place.state_on(closed).state == "closed", (row["id"], closed)
            if first is not None:
                assert place.state_on(day_before(first)).state == "open"
                if first < closed:
                    assert place.state_on(first).state == "uncertain"
        else:
            assert place.state_on(contents.checked).state == latest
    if row["status"] == "open":
        assert place.state_on(contents.checked).state == latest
    else:
        assert place.state_on(contents.checked).state == "closed"


def test_status_reads_as_people_say_it(contents: Dataset) -> None:
    words = {p.id: p.status_words for p in contents.places}
    assert words["medway-stc"] == "closed in March 2020"
    assert words["hmp-holloway"] == "closed on 17 June 2016"
    assert words["campsfield-house-irc"] == "open, reopened on 1 December 2025"
    assert words["oasis-restore"].startswith("closed temporarily in September 2025")
    campsfield = contents.place_by_id["campsfield-house-irc"]
    assert campsfield.state_on("2020-06-30").words == "closed in December 2018, reopened on 1 December 2025"
    berwyn = contents.place_by_id["hmp-berwyn"]
    assert berwyn.state_on(FACTSHEET_DAY).words == "not yet open: it opened on 28 February 2017"
    oasis = contents.place_by_id["oasis-restore"]
    assert (
        oasis.state_on("2024-07-01").words
        == "uncertain on this date: it opened at some point between 21 May 2024 and September 2024"
    )


def test_children_are_held_only_within_their_periods(contents: Dataset) -> None:
    polmont = contents.place_by_id["hmp-polmont"]
    assert (polmont.children_on("2024-08-29"), polmont.children_on("2024-08-30")) == ("yes", "no")
    yoi = contents.place_by_id["hmyoi-cookham-wood"]
    assert [yoi.children_on(d) for d in ("2024-03-31", "2024-06-01", "2025-01-01")] == ["yes", "uncertain", "no"]
    prison = contents.place_by_id["hmp-cookham-wood"]
    assert [prison.children_on(d) for d in ("2024-03-31", "2024-06-01", "2025-01-01")] == ["no", "no", "no"]
    barlinnie = contents.place_by_id["hmp-barlinnie"]
    assert (barlinnie.children_on("2020-01-01"), barlinnie.children_on("2024-09-01")) == ("unknown", "no")


# The "Done when", through the command in-process.


def members(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["member_abbreviation"], r["role"]) for r in rows]


def test_police_custody_in_wales_now_and_in_2016() -> None:
    now = json_of("who", "--setting", "police", "--nation", "wales")
    assert members(now) == [("HMICFRS", "lead"), ("CQC", "partner"), ("HIW", "partner"), ("ICVA", "lead")]
    then = json_of("who", "--setting", "police", "--nation", "wales", "--as-of", "2016-06")
    assert members(then) == [("HMIC", "lead"), ("HMI Prisons", "lead"), ("CQC", "partner"), ("ICVA", "lead")]


def test_children_in_secure_accommodation_in_england() -> None:
    args = ("who", "--setting", "children-secure", "--nation", "england")
    assert ("CQC", "partner") in members(json_of(*args, "--as-of", "2015-06"))
    factsheet = json_of(*args, "--as-of", "factsheet")
    assert members(factsheet) == [("Ofsted", "lead"), ("HMI Prisons", "partner")], "the factsheet's cell"
    assert not any(r["addition"] for r in factsheet)
    known = json_of(*args, "--as-of", "2014-12")
    assert members(known) == [*members(factsheet), ("CQC", "partner")]
    (cqc,) = [r for r in known if r["member"] == "cqc"]
    assert (cqc["addition"], cqc["event"]) == (True, "cqc-stc")
    table = runner.invoke(app, [*args, "--as-of", "2014-12", "-f", "table"]).stdout
    assert "addition to the edition" in " ".join(table.split())


def test_where_names_every_body_and_the_children_s_commissioner() -> None:
    (woodlands,) = json_of("where", "Woodlands")
    assert members(woodlands["coverage"]) == [("CJI", "lead"), ("RQIA", "partner")]
    for name in ("HMYOI Wetherby", "HMYOI Feltham"):
        (place,) = json_of("where", name)
        (occ,) = [r for r in place["coverage"] if r["member"] == "occ"]
        assert occ["setting"] == "children"
        assert "holds children (under 18) on this date" in occ["note"]
    (pentonville,) = json_of("where", "Pentonville")
    assert "occ" not in [r["member"] for r in pentonville["coverage"]], "no children held there"


def test_places_open_and_closed_on_their_dates() -> None:
    (oasis,) = json_of("where", "Oasis Restore")
    assert oasis["place"]["state"] != "open"
    assert "open" not in oasis["place"]["status"].split()
    (medway,) = json_of("where", "Medway STC", "--as-of", "2019-12")
    assert (medway["place"]["state"], medway["place"]["status"]) == ("open", "open")
    (medway,) = json_of("where", "Medway STC", "--as-of", "2020-06")
    assert (medway["place"]["state"], medway["place"]["status"]) == ("closed", "closed in March 2020")
    assert medway["coverage"] == []
    table = runner.invoke(app, ["where", "Medway STC", "--as-of", "2020-06", "-f", "table"]).stdout
    assert "On 30 June 2020 it was not in use" in " ".join(table.split())


def test_places_on_the_factsheet_s_day() -> None:
    def undated(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        # Who covers each place differs (2014-12 has the edition's additions); the places do not.
        return [{k: v for k, v in row.items() if k not in ("as_of", "coverage", "covered_by")} for row in rows]

    factsheet = json_of("places", "--as-of", "factsheet", "--status", "open")
    assert undated(factsheet) == undated(json_of("places", "--as-of", "2014-12", "--status", "open"))
    ids = {p["id"] for p in factsheet}
    for later in ("hmp-berwyn", "hmp-five-wells", "hmp-fosse-way", "hmp-millsike", "derwentside-irc", "oasis-restore"):
        assert later not in ids
    assert all(not p["opened"] or p["opened"][:4] <= "2014" for p in factsheet)
    assert "hmp-holloway" in ids, "--as-of factsheet and --as-of 2014-12 agree about Holloway"
    default = {p["id"] for p in json_of("places", "--as-of", "factsheet")}
    assert "hmp-berwyn" not in default, "a place not in use is left out unless --status asks"
    assert "hmp-berwyn" in {p["id"] for p in json_of("places", "--as-of", "factsheet", "--status", "all")}


def test_about_names_the_chair_of_the_day() -> None:
    def texts(*args: str) -> str:
        return " ".join(f["text"] for f in json_of("about", *args)["facts"])

    assert "Chair: Sherry Ralph" in texts()
    assert "Chair: John Wadham" in texts("--as-of", "2020")
    assert "Chair: Wendy Sinclair-Gieben" in texts("--as-of", "2023-06")
    assert "Chair:" not in texts("--as-of", "factsheet"), "no chair of its own at the factsheet's date"
    assert "Secretariat: hosted by HM Inspectorate of Prisons" in texts()


# Two questions, each with one day.


def test_a_snapshot_answers_one_question_on_one_day(contents: Dataset) -> None:
    assert contents.question is None
    assert contents.as_of == contents.edition.end
    for when, question, day in (("factsheet", "edition", "2014-12-31"), ("2014-12", "known", "2014-12-31")):
        snapshot = npmlookup.at(contents, when)
        assert (snapshot.question, snapshot.as_of) == (question, day)
        assert snapshot.contents is contents
        assert snapshot.is_edition is (question == "edition")
    assert npmlookup.load().as_of == contents.checked


def test_a_place_that_may_hold_children_says_so() -> None:
    yoi, prison = json_of("where", "Cookham Wood", "--as-of", "2024-06")
    assert (yoi["place"]["id"], yoi["place"]["holds_children"]) == ("hmyoi-cookham-wood", "uncertain")
    (occ,) = [r for r in yoi["coverage"] if r["member"] == "occ"]
    assert "may hold children" in occ["note"]
    assert "uncertain" in occ["note"]
    assert (prison["place"]["id"], prison["place"]["holds_children"]) == ("hmp-cookham-wood", "no")
    assert "occ" not in [r["member"] for r in prison["coverage"]]
    later = json_of("where", "Cookham Wood", "--as-of", "2025-01")
    assert not [r for item in later for r in item["coverage"] if r["member"] == "occ"], "closed as a YOI in 2024"


def test_a_place_whose_kind_changed_is_answered_by_the_kind_of_the_day() -> None:
    (then,) = [i["place"] for i in json_of("where", "Cookham Wood", "--as-of", "2020") if i["place"]["state"] == "open"]
    assert (then["name"], then["kind"], then["holds_children"]) == (
        "HMYOI Cookham Wood",
        "young offender institution",
        "yes",
    )
    now = {i["place"]["id"]: i["place"] for i in json_of("where", "Cookham Wood")}
    assert now["hmyoi-cookham-wood"]["state"] == "closed"
    prison = now["hmp-cookham-wood"]
    assert (prison["name"], prison["kind"], prison["state"]) == ("HMP Cookham Wood", "prison", "uncertain")
    assert [i["place"]["id"] for i in json_of("where", "HMYOI Cookham Wood", "--as-of", "2020")] == [
        "hmyoi-cookham-wood"
    ]


def test_before_it_opened_where_says_what_the_site_was_then() -> None:
    (prison,) = [
        i for i in json_of("where", "HMP Morton Hall", "--as-of", "2019") if i["place"]["id"] == "hmp-morton-hall"
    ]
    assert prison["place"]["status"] == "not yet open: it opened in December 2021"
    assert [(o["id"], o["status"]) for o in prison["then"]] == [("morton-hall-irc", "open")]
    (now,) = [i for i in json_of("where", "HMP Morton Hall") if i["place"]["id"] == "hmp-morton-hall"]
    assert now["then"] == [], "in use: nothing else to say"
    table = runner.invoke(app, ["where", "HMP Morton Hall", "--as-of", "2019", "-f", "table"]).stdout
    assert "Then on its site: Morton Hall Immigration Removal Centre" in " ".join(table.split())


def test_a_setting_the_npm_listed_later_is_not_answered_as_nobody() -> None:
    result = runner.invoke(app, ["who", "-s", "terrorism", "-n", "scotland", "--as-of", "2016-12", "-f", "table"])
    assert result.exit_code == 0
    assert "No NPM member covers" not in result.stderr
    assert "was not yet a row of the table: it was listed on 12 January 2017" in result.stderr
    assert "npm history --setting terrorism" in result.stderr
    held = runner.invoke(app, ["who", "--setting", "terrorism", "--nation", "scotland", "--as-of", "2017-02", "--json"])
    (visitors,) = [row for row in json.loads(held.stdout) if row["member"] == "icvs"]
    assert "since 1 April 2013" in visitors["note"], "from when the row exists, with a note that it held earlier"


def test_a_place_is_answered_for_throughout_its_uncertain_windows(contents: Dataset) -> None:
    """Inside a bound's window a place may be in use: who covers it is answered (its state says
    "uncertain"), never an empty answer as if it were closed."""
    from npmlookup.core.places import place_entries, place_settings

    checked = 0
    snapshots: dict[str, Dataset] = {}  # the data as of a day, made once for all the places uncertain on it
    for place in contents.places:
        for day in (f"{year}-{month:02d}-15" for year in range(2014, 2026) for month in range(1, 13)):
            if day < contents.edition.valid_from or place.state_on(day).state != "uncertain":
                continue
            if day not in snapshots:
                snapshots[day] = npmlookup.at(contents, day)
            snapshot = snapshots[day]
            cell = [e for s in place_settings(snapshot, place) for e in snapshot.cells.get((s, place.nation), ())]
            assert not cell or place_entries(snapshot, place), (place.id, day)
            checked += 1
    assert checked > 30, "the shipped places have uncertain windows to check"
