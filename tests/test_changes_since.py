"""The shipped dataset against changes-since-2014.md: every CONFIRMED fact has its counterpart.

The notes are parsed here from docs/sources/changes-since-2014.md (a copy of shared/sources;
.ci/run checks the copy is current). Each table row labelled CONFIRMED must be found in the
data, citing a source with the row's address, so that a change to either side that makes
them disagree fails the test that names the row.
"""

from __future__ import annotations

import re

import pytest

import npmlookup
from npmlookup.core.dataset import Dataset

from .conftest import REPO

NOTES = (REPO / "docs" / "sources" / "changes-since-2014.md").read_text(encoding="utf-8")
URL = re.compile(r"https?://[^\s;)]+")


def section(heading: str) -> str:
    """The text under a `## ` heading, up to the next one."""
    return NOTES.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]


def table(heading: str) -> list[dict[str, str]]:
    """The first table under a heading, as one dict per body row keyed by the header's cells."""
    lines = [line for line in section(heading).splitlines() if line.startswith("|")]
    header, *body = ([cell.strip() for cell in line.strip().strip("|").split("|")] for line in lines)
    return [dict(zip(header, row, strict=True)) for row in body if not set("".join(row)) <= set("-: ")]


def confirmed(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [row for row in rows if "CONFIRMED" in row["Label"]]


def urls(row: dict[str, str]) -> list[str]:
    return URL.findall(" ".join(row.values()))


def cited_urls(dataset: Dataset) -> set[str]:
    """The address of every source that something in the data cites."""
    cited = {s for e in dataset.entries for s in e.sources} | {s for e in dataset.events for s in e.sources}
    if dataset.about is not None:
        cited |= {s for f in dataset.about.facts for s in f.sources}
    # A source read only at a copy cites the copy as read_at: the notes name the address it was read at.
    return {a for s in cited for a in (dataset.source_by_id[s].url, dataset.source_by_id[s].read_at) if a}


def events_citing(dataset: Dataset, url: str) -> list[npmlookup.Event]:
    return [
        e
        for e in dataset.events
        if any(url in (dataset.source_by_id[s].url, dataset.source_by_id[s].read_at) for s in e.sources)
    ]


MEMBERSHIP = confirmed(table("Membership: still 21 bodies"))
NAMES = confirmed(table("Names over time"))
COVERAGE = confirmed(table("Coverage changes, setting by setting"))
RUN = confirmed(table("How the NPM is run now"))
WEBSITES = table("Websites")
EVERY_ROW = [*MEMBERSHIP, *NAMES, *COVERAGE, *RUN]


def test_the_notes_were_parsed() -> None:
    assert (len(MEMBERSHIP), len(NAMES), len(COVERAGE), len(RUN), len(WEBSITES)) == (3, 6, 27, 8, 22)


@pytest.mark.parametrize("row", EVERY_ROW, ids=lambda row: next(iter(row.values()))[:40])
def test_every_address_of_a_confirmed_row_is_a_cited_source(latest: Dataset, row: dict[str, str]) -> None:
    for url in urls(row):
        assert url in cited_urls(latest), f"no cited source has the address {url}"


# Dates the data writes more exactly than the table's first column: "2023-01 to 2025" is when
# HMICS's joint work began and ran, and "2012 to 2017-05" when HMIC and HMI Prisons were seen
# inspecting Border Force custody: the data counts each from its start. "2025" (Sherry Ralph still
# chair) is bounded by the day the data was checked.
EVENT_DATE = {"2023-01 to 2025": "2023-01", "2012 to 2017-05": "2012", "2025": "by 2025-12-11"}


@pytest.mark.parametrize("row", [*MEMBERSHIP, *COVERAGE, *RUN], ids=lambda row: row["Date"])
def test_every_dated_confirmed_row_is_an_event_with_its_date(latest: Dataset, row: dict[str, str]) -> None:
    date = row["Date"]
    if date == "-":
        # Undated: a confirmation of entries, which must cite the row's address.
        for url in urls(row):
            assert any(any(latest.source_by_id[s].url == url for s in e.sources) for e in latest.entries), url
        return
    wanted = EVENT_DATE.get(date, date)
    dated = [e for e in latest.events if e.date == wanted]
    assert dated, f"no event dated {wanted!r}"
    for url in urls(row):
        assert [e for e in dated if e in events_citing(latest, url)], f"no event dated {wanted!r} cites {url}"


def test_the_cell_changes_are_in_the_answers(real: Dataset, latest: Dataset) -> None:
    def cell(setting: str, nation: str) -> dict[str, str]:
        return {e.member: e.role for e in latest.cells[(setting, nation)]}

    assert cell("police-custody", "england") == {"hmicfrs": "lead", "cqc": "partner", "icva": "lead"}
    assert cell("police-custody", "wales") == {"hmicfrs": "lead", "cqc": "partner", "hiw": "partner", "icva": "lead"}
    for nation in ("england", "wales"):
        assert cell("terrorism", nation) == {"irtl": "lead", "hmicfrs": "lead", "hmi-prisons": "lead", "icva": "lead"}
    assert cell("terrorism", "scotland") == {"irtl": "lead", "icvs": "lead"}
    assert cell("terrorism", "northern-ireland") == {"irtl": "lead", "nipb-icvs": "lead"}
    assert cell("children-secure", "england") == {"ofsted": "lead", "hmi-prisons": "partner", "cqc": "partner"}
    (stc_cqc,) = [e for e in latest.cells[("children-secure", "england")] if e.member == "cqc"]
    assert stc_cqc.kinds == ("secure training centre", "secure school")
    assert cell("children-secure", "northern-ireland") == {"rqia": "partner", "cjini": "lead"}
    assert [e.kinds for e in latest.cells[("children-secure", "northern-ireland")] if e.member == "rqia"] == [
        ("secure children's home",),
        ("juvenile justice centre",),
    ], "RQIA leads for secure care and joins CJI at the juvenile justice centre"
    assert cell("immigration", "england") == {
        "hmi-prisons": "lead",
        "cqc": "partner",
        "ofsted": "partner",
        "imb": "lead",
    }
    assert cell("immigration", "scotland") == {"hmi-prisons": "lead", "mwcs": "lead", "imb": "lead"}
    assert cell("military", "england") == {"hmi-prisons": "lead", "ofsted": "partner", "icva": "lead"}
    assert cell("prisons", "scotland") == {"hmips": "lead", "ci": "partner", "shrc": "partner"}


@pytest.mark.parametrize(
    ("setting", "nation", "member", "words"),
    [
        ("prisons", "scotland", "hmips", "Independent Prison Monitors"),
        ("police-custody", "scotland", "hmics", "Healthcare Improvement Scotland"),
        ("prisons", "northern-ireland", "cjini", "Education and Training Inspectorate"),
        ("dols", "england", "cqc", "stay in force"),
        ("dols", "wales", "hiw", "stay in force"),
        ("military", "england", "icva", "rests on the factsheet alone"),
    ],
)
def test_the_notes_that_change_no_cell_are_on_its_entries(
    latest: Dataset, setting: str, nation: str, member: str, words: str
) -> None:
    (entry,) = [e for e in latest.cells[(setting, nation)] if e.member == member]
    assert words in (entry.note or "")


NOT_MEMBERS = re.findall(r"^- ([^(:]+?)(?: \(|:| takes| \()", section("Membership: still 21 bodies"), re.M)


def test_bodies_that_are_not_members_appear_only_in_notes(latest: Dataset) -> None:
    assert len(NOT_MEMBERS) == 6, NOT_MEMBERS
    notes = " ".join([*(e.note or "" for e in latest.entries), *(e.description for e in latest.events)])
    for body in NOT_MEMBERS:
        body = re.split(r" (?:also|assisted|attend) ", body)[0].removeprefix("Scotland's ").removeprefix("The ").strip()
        assert npmlookup.get_member(latest, body) is None, f"{body} must not be a member"
        assert body.split(" and ")[0] in notes, f"{body} is in no note"


@pytest.mark.parametrize("row", NAMES, ids=lambda row: row["Body (factsheet name)"][:30])
def test_names_over_time(latest: Dataset, row: dict[str, str]) -> None:
    body, later = row["Body (factsheet name)"], row["Later name"]
    if body.startswith('"Her Majesty'):
        for abbreviation in re.findall(r"\(([^)]*)\)", body)[0].split(", "):
            member = npmlookup.find_member(latest, abbreviation)
            assert member.name.startswith("His Majesty's"), member
        return
    member = npmlookup.find_member(latest, body.split(" (")[0])
    later_name = later.split(" (")[0]
    assert npmlookup.find_member(latest, later_name) == member
    # After September 2022 "HM" reads "His Majesty's" (the row of its own above).
    assert member.name.replace("His Majesty's ", "HM ") == later_name, "the current name shows by default"


def test_cssiw_to_ciw_is_bounded_by_its_sources(real: Dataset) -> None:
    (event,) = [e for e in real.events if e.id == "cssiw-renamed"]
    assert (event.date_earliest, event.date_latest) == ("2017-07-01", "2018-12-31")


@pytest.mark.parametrize("row", WEBSITES, ids=lambda row: row["Body"][:30])
def test_every_website(latest: Dataset, row: dict[str, str]) -> None:
    if row["Body"] == "UK National Preventive Mechanism":
        assert latest.source_by_id["npm-website"].url == row["Address"]
        return
    member = npmlookup.find_member(latest, row["Body"])
    assert member.website == row["Address"]
    assert ("UNCERTAIN" in row["Label"]) is (member.website_note is not None)


def test_every_member_has_a_website_field(latest: Dataset) -> None:
    assert all(m.website for m in latest.all_members)


CURRENT_SETTINGS = [
    name.strip().rstrip(".")
    for name in section("Coverage changes, setting by setting")
    .split("https://www.nationalpreventivemechanism.org.uk/about/):", 1)[1]
    .split("These are the settings' current names")[0]
    .replace("\n", " ")
    .split(";")
]


def test_the_npm_s_current_setting_names(real: Dataset, latest: Dataset) -> None:
    assert len(CURRENT_SETTINGS) == 10, CURRENT_SETTINGS
    found = [npmlookup.find_setting(latest, name) for name in CURRENT_SETTINGS]
    assert len({s.id for s in found}) == 10
    for setting, name in zip(found, CURRENT_SETTINGS, strict=True):
        assert setting.name.casefold() == name.casefold(), "the current name shows by default"
        assert npmlookup.find_setting(latest, real.setting_by_id[setting.id].name) == setting, "old names resolve"


def test_the_education_and_training_inspectorate_is_noted_from_2011(latest: Dataset) -> None:
    """December 2026 research: CJI's press release of 10 October 2011 names ETI in the Hydebank Wood
    inspections; the data dated the note from 2024 until then."""
    for day in ("2014-01", "2023-12", "2025-12"):
        entries = npmlookup.who(npmlookup.at(latest, day), setting="prisons", nation="northern-ireland")
        notes = " ".join(e.note or "" for e in entries if e.member == "cjini")
        assert "Education and Training Inspectorate" in notes, day


def test_the_childrens_commissioner_s_remit_reaches_non_devolved_matters(latest: Dataset) -> None:
    assert "non-devolved matters in Scotland, Wales and Northern Ireland" in (latest.member_by_id["occ"].remit or "")
