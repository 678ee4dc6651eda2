"""The shipped dataset against coverage-notes.md, the cell-by-cell reading of the factsheet.

The notes' tables are parsed here from docs/sources/coverage-notes.md (a copy of
shared/sources; .ci/run checks the copy is current), so a change to either the notes or
the dataset that makes them disagree fails a test that names the row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

import npmlookup
from npmlookup.core.dataset import Dataset

from .conftest import REPO

NOTES = (REPO / "docs" / "sources" / "coverage-notes.md").read_text(encoding="utf-8")
NATIONS = ("england", "wales", "scotland", "northern-ireland")


def markdown_table(heading: str) -> list[list[str]]:
    """The body rows of the first table after a heading, as lists of cell texts."""
    section = NOTES.split(heading, 1)[1]
    rows = []
    for line in section.splitlines()[1:]:
        if line.startswith("## "):
            break
        if line.startswith("|") and not set(line) <= set("|- "):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows[1:]  # without the header row


@dataclass(frozen=True)
class ParsedCell:
    """A cell of the notes' table: (name, role) pairs in order, and the nations it spans."""

    entries: tuple[tuple[str, str], ...]
    span: str | None  # None: its own column; "england+wales"; "all"


def parse_cell(text: str) -> ParsedCell | None:
    """Read one cell with the notes' joining words; None for '(same cell)'."""
    if text == "(same cell)":
        return None
    if text in ("(none)", ""):
        return ParsedCell((), None)
    span = None
    qualifier = re.search(r"\s*\(([^()]*)\)\s*$", text)
    if qualifier:
        words = qualifier.group(1)
        if "England + Wales" in words:
            span = "england+wales"
        elif "all four nations" in words:
            span = "all"
        jointly = re.fullmatch(r"jointly with (.+) in relation to secure training centres", words)
        text = text[: qualifier.start()]
        if jointly:
            # "Ofsted (jointly with HMI Prisons in relation to secure training centres)": the
            # notes' rule for "with" makes HMI Prisons a partner of Ofsted's inspections.
            return ParsedCell(((text.strip(), "lead"), (jointly.group(1), "partner")), span)
    entries: list[tuple[str, str]] = []
    for line in text.split(";"):  # two lines in one cell: both listed independently
        leads, _, partners = line.strip().partition(" with ")
        entries += [(name.strip(), "lead") for name in leads.split(" and ")]
        if partners:
            entries += [(name.strip(), "partner") for name in partners.split(" and ")]
    return ParsedCell(tuple(entries), span)


def expected_table(dataset: Dataset) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """setting id -> nation id -> [(member id, role)], from the notes' table."""
    table: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for label, *cells in markdown_table("## The table"):
        setting = npmlookup.find_setting(dataset, label.removesuffix(", second line")).id
        row = table.setdefault(setting, {n: [] for n in NATIONS})
        previous: ParsedCell | None = None
        parsed_cells: dict[str, ParsedCell] = {}
        for nation, text in zip(NATIONS, cells, strict=True):
            cell = parse_cell(text)
            if cell is None or (not cell.entries and previous is not None and previous.span == "all"):
                cell = previous
            assert cell is not None
            parsed_cells[nation] = cell
            previous = cell
        for nation, cell in parsed_cells.items():
            row[nation] += [(npmlookup.find_member(dataset, name).id, role) for name, role in cell.entries]
    return table


def spans(dataset: Dataset) -> dict[tuple[str, str], str | None]:
    """(setting id, member id) -> the span of the notes' cell that names it."""
    result: dict[tuple[str, str], str | None] = {}
    for label, *cells in markdown_table("## The table"):
        setting = npmlookup.find_setting(dataset, label.removesuffix(", second line")).id
        for text in cells:
            cell = parse_cell(text)
            for name, _role in cell.entries if cell else ():
                result[(setting, npmlookup.find_member(dataset, name).id)] = cell.span if cell else None
    return result


# "HMICS's remit is Scotland only, so a dataset may restrict HMICS's entry to Scotland
# and say so" (coverage-notes.md, Customs Custody Facilities): the one reading we take.
RESTRICTED = {("customs", "hmics"): "scotland"}

ROW_LABELS = [row[0] for row in markdown_table("## The table")]
SETTING_LABELS = list(dict.fromkeys(label.removesuffix(", second line") for label in ROW_LABELS))


def test_the_notes_table_was_parsed() -> None:
    assert len(SETTING_LABELS) == 10, SETTING_LABELS
    assert len(ROW_LABELS) == 12


@pytest.mark.parametrize("label", SETTING_LABELS)
def test_each_row_matches_the_notes(real: Dataset, label: str) -> None:
    setting = npmlookup.find_setting(real, label).id
    expected = expected_table(real)[setting]
    for nation in NATIONS:
        wanted = [
            (member, role) for member, role in expected[nation] if RESTRICTED.get((setting, member), nation) == nation
        ]
        actual = [(e.member, e.role) for e in real.cells[(setting, nation)]]
        assert actual == wanted, f"{label} / {nation}"


def test_restricted_entries_say_so(real: Dataset) -> None:
    for (setting, member), nation in RESTRICTED.items():
        (entry,) = [e for e in real.cells[(setting, nation)] if e.member == member]
        assert entry.note is not None
        assert "only" in entry.note
        assert entry.basis == "inferred"


def test_merged_cells_are_never_marked_stated(real: Dataset) -> None:
    span_of = spans(real)
    for entry in real.entries:
        if span_of.get((entry.setting, entry.member)) is not None:
            assert entry.basis in ("inferred", "confirmed"), entry


@pytest.mark.parametrize(
    ("setting", "nations", "member", "basis", "why"),
    [
        ("prisons", ["wales"], "imb", "inferred", "Prisons, second line, Wales = IMB: INFERRED"),
        ("prisons", ["northern-ireland"], "hmi-prisons", "confirmed", "NI Affairs Committee report, 2008"),
        ("prisons", ["northern-ireland"], "cjini", "confirmed", "NI Affairs Committee report, 2008"),
        ("prisons", ["northern-ireland"], "rqia", "confirmed", "RQIA's site"),
        ("police-custody", ["england", "wales"], "hmicfrs", "confirmed", "HMI Prisons' about page"),
        ("police-custody", ["england", "wales"], "hmi-prisons", "confirmed", "HMI Prisons' about page"),
        ("children-secure", ["northern-ireland"], "rqia", "confirmed", "each body's site"),
        ("children-secure", ["northern-ireland"], "cjini", "confirmed", "each body's site"),
        ("dols", ["wales"], "hiw", "confirmed", "HIW's annual DoLS reports"),
        ("dols", ["wales"], "ciw", "confirmed", "HIW's annual DoLS reports"),
        ("immigration", list(NATIONS), "hmi-prisons", "confirmed", "inspects all immigration detention in the UK"),
        ("immigration", ["scotland", "northern-ireland"], "imb", "confirmed", "IMBs for Dungavel and Larne House"),
        ("military", ["england"], "hmi-prisons", "confirmed", "MCTC (Colchester) since 2004: an addressed page"),
        (
            "military",
            ["wales", "scotland", "northern-ireland"],
            "hmi-prisons",
            "inferred",
            "service custody since 2013: CONFIRMED in the notes, but no address is recorded",
        ),
        ("military", list(NATIONS), "icva", "inferred", "ICVA's role is STATED only: not confirmed"),
        ("customs", ["wales", "northern-ireland"], "hmicfrs", "inferred", "one merged cell: INFERRED"),
        ("customs", ["england", "scotland"], "hmicfrs", "inferred", "HMIC 2013-17 reports: no address recorded"),
        ("court-custody", ["england", "wales"], "lay-observers", "confirmed", "layobservers.org/about-us"),
        ("immigration", ["england", "wales"], "imb", "confirmed", "IMBs monitor every immigration facility"),
        ("customs", ["scotland"], "hmics", "inferred", "HMICS's remit is Scotland only"),
    ],
)
def test_bases_follow_the_notes_on_single_cells(
    real: Dataset, setting: str, nations: list[str], member: str, basis: str, why: str
) -> None:
    for nation in nations:
        (entry,) = [e for e in real.cells[(setting, nation)] if e.member == member]
        assert entry.basis == basis, f"{setting}/{nation}/{member}: {why}"


def test_every_confirmed_entry_cites_a_source_with_an_address_and_every_inferred_one_says_why(
    latest: Dataset,
) -> None:
    for entry in latest.entries:  # the edition's entries and those dated changes added
        if entry.basis == "confirmed":
            assert any(latest.source_by_id[s].url for s in entry.sources), entry
        if entry.basis != "stated":
            assert entry.basis_note, entry


def test_a_confirmed_reading_without_an_address_is_not_marked_confirmed(real: Dataset) -> None:
    """The notes call these CONFIRMED, but name no page with an address: the data says why it cannot."""
    for setting, nation, member in [("customs", "england", "hmicfrs"), ("military", "scotland", "hmi-prisons")]:
        (entry,) = [e for e in real.cells[(setting, nation)] if e.member == member]
        assert entry.basis == "inferred"
        assert "no address" in (entry.basis_note or "")


@pytest.mark.parametrize("as_of", ["factsheet", "2014-12", "2014-12-31", "2013-12-03"])
def test_the_factsheet_is_reproduced_exactly(as_of: str) -> None:
    """`factsheet` is the table exactly; a date of the edition's is the table with its additions, each
    marked as one (entries that only confirm a name the table has are not new names)."""
    dataset = npmlookup.load(as_of=as_of)
    expected = expected_table(dataset)
    assert [s.id for s in dataset.settings] == list(expected)
    for setting, row in expected.items():
        for nation in NATIONS:
            wanted = [(m, r) for m, r in row[nation] if RESTRICTED.get((setting, m), nation) == nation]
            cell = dataset.cells[(setting, nation)]
            named = [(e.member, e.role) for e in cell if not e.addition or (e.member, e.role) in wanted]
            assert named == wanted, (setting, nation)
            if as_of == "factsheet":
                assert not any(e.addition for e in cell)
    assert len(dataset.members) == 20


def test_the_secure_training_centre_qualifier_is_a_note_on_hmi_prisons(real: Dataset) -> None:
    (entry,) = [e for e in real.cells[("children-secure", "england")] if e.member == "hmi-prisons"]
    assert entry.note == "Secure training centres only."


MEMBER_ROWS = markdown_table("## The 20 members")


def test_the_notes_list_twenty_members() -> None:
    assert len(MEMBER_ROWS) == 20


@pytest.mark.parametrize("row", MEMBER_ROWS, ids=[row[0] for row in MEMBER_ROWS])
def test_each_member_matches_the_notes(real: Dataset, row: list[str]) -> None:
    abbreviations, full_name, _remit, kind = row
    first, *others = [a.strip() for a in abbreviations.split(",")]
    member = npmlookup.find_member(real, first)
    assert member in real.members, "a member at the factsheet's date"
    assert member.abbreviation == first
    for other in others:
        assert npmlookup.find_member(real, other) == member
    name = full_name if full_name.startswith("Independent Monitoring Boards (") else full_name.split(" (")[0]
    assert member.name == name
    assert npmlookup.find_member(real, name) == member
    assert member.kind == kind.split(";")[0].strip()


def test_the_member_in_no_cell_is_shrc(real: Dataset) -> None:
    assert [m.id for m in real.members if not real.entries_by_member[m.id]] == ["shrc"]


CHANGE_ROWS = markdown_table("## What changed after the factsheet")
# Dates that changes-since-2014.md, the later source, bounds better than coverage-notes.md:
# CSSIW became CIW between July 2017 and early 2018; the restyles are seen on pages of 2025.
REFINED = {"by 2017": "2017-07 to 2018", "later, date unverified": "by 2025-12-11", "current usage": "by 2025-12-11"}


@pytest.mark.parametrize("row", CHANGE_ROWS, ids=[row[0] for row in CHANGE_ROWS])
def test_each_dated_change_in_the_notes_is_an_event(real: Dataset, row: list[str]) -> None:
    date, change, _source = row
    expected_date = REFINED.get(date, date)
    dated = [e for e in real.events if e.date == expected_date]
    assert dated, f"no event dated {expected_date!r} for: {change}"


def test_every_event_rests_on_one_of_the_notes(real: Dataset) -> None:
    """Dated in coverage-notes.md's table of changes, or citing a page that changes-since-2014.md names."""
    dates = {REFINED.get(row[0], row[0]) for row in CHANGE_ROWS}
    later_notes = (REPO / "docs" / "sources" / "changes-since-2014.md").read_text(encoding="utf-8")
    for event in real.events:
        addresses = [a for s in event.sources for a in (real.source_by_id[s].url, real.source_by_id[s].read_at)]
        assert event.date in dates or any(url and url in later_notes for url in addresses), event.id


@pytest.mark.parametrize(
    ("kind", "member", "date"),
    [
        ("designated", "ci", "2013-12-03"),
        ("designated", "lay-observers", "2013-12-03"),
        ("designated", "icvs", "2013-12-03"),
        ("designated", "irtl", "2017-01-12"),
        ("renamed", "hmicfrs", "2017-07-19"),
        ("renamed", "ciw", "2017-07 to 2018"),
        ("renamed", "icvs", "by 2025-12-11"),
        ("renamed", "occ", "by 2025-12-11"),
        ("role-removed", "hmi-prisons", "2022-07"),
        ("role-added", "cqc", "by 2015-09"),
        ("role-added", "cqc", "by 2016-04"),
        ("role-added", "hiw", "by 2024-08"),
        ("role-added", "cqc", "by 2014-02-07"),
    ],
)
def test_the_changes_that_alter_the_data_are_recorded(real: Dataset, kind: str, member: str, date: str) -> None:
    assert any(e.kind == kind and e.member == member and e.date == date for e in real.events)


def test_renamed_names_are_the_notes_names(real: Dataset) -> None:
    renames = {e.member: (e.name, e.abbreviation) for e in real.events if e.kind == "renamed" and e.member}
    renames["hmicfrs"] = next((e.name, e.abbreviation) for e in real.events if e.id == "hmic-renamed")
    assert renames["hmicfrs"] == ("HM Inspectorate of Constabulary and Fire & Rescue Services", "HMICFRS")
    assert renames["ciw"] == ("Care Inspectorate Wales", "CIW")
    assert renames["icvs"][0] == "Independent Custody Visiting Scotland"
    assert renames["occ"][0] == "Children's Commissioner for England"
