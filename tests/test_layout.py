"""Tables people can use: the answer first, no address folded, notes as numbered footnotes, every table
clean at 40, 80 and 100 columns (exact text at a fixed width, colour off)."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console, RenderableType

import npmlookup
from npmlookup.cli import views
from npmlookup.core.dataset import Dataset
from npmlookup.core.search import answer, search
from npmlookup.output.formats import View

WIDTHS = (40, 80, 100)


def text_of(renderable: RenderableType, width: int) -> str:
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None).print(renderable, crop=False)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def every_view(latest: Dataset) -> dict[str, View]:
    factsheet = npmlookup.at(latest, "factsheet")
    return {
        "who": views.who_view(latest, latest.entries),
        "who --explain": views.who_view(latest, npmlookup.who(latest, nation="wales"), explain=True),
        "member": views.member_view(latest, npmlookup.find_member(latest, "HMI Prisons")),
        "members": views.members_view(latest),
        "where": views.where_view(latest, answer(search(latest, "Berwyn"))),
        **{
            f"where {text}": views.where_view(latest, answer(search(latest, text)), text)
            for text in ("Parc", "Belfast", "police", "Cardiff Bay police station", "wales", "ofsted")
        },
        "places": views.places_view(latest, latest.places, "Places"),
        "history": views.history_view(latest, None),
        "sources": views.sources_view(latest),
        "changes": views.changes_view(factsheet, latest),
        "matrix": views.matrix_view(latest),
        "about": views.about_view(latest),
    }


@pytest.fixture(scope="module")
def rendered(latest: Dataset) -> dict[int, dict[str, str]]:
    """Every view drawn at every width, once for the module's tests (drawing is what they check)."""
    drawn = every_view(latest)
    return {width: {name: text_of(view.table(width), width) for name, view in drawn.items()} for width in WIDTHS}


def addresses(dataset: Dataset) -> set[str]:
    """Every address the data holds: members' websites, sources and places' sources."""
    found = {m.website for m in dataset.all_members if m.website}
    found |= {a for s in dataset.sources for a in (s.url, s.read_at) if a}
    found |= {p.source_url for p in dataset.places if p.source_url}
    found |= {a for c in dataset.concern_routes for a in (c.url,) if a}
    found |= {r.url for r in dataset.outside_routes if r.url} | {p.url for p in dataset.place_pages}
    return found


@pytest.mark.parametrize("width", WIDTHS)
def test_no_address_is_ever_split(latest: Dataset, rendered: dict[int, dict[str, str]], width: int) -> None:
    known = addresses(latest)
    for name, text in rendered[width].items():
        for address in re.findall(r"https?://[^\s<>]+", text):
            cleaned = address.rstrip(".,;:)")
            assert cleaned in known, (name, width, cleaned)


@pytest.mark.parametrize("width", WIDTHS)
def test_only_an_address_runs_past_the_edge(rendered: dict[int, dict[str, str]], width: int) -> None:
    for name, text in rendered[width].items():
        for line in text.splitlines():
            assert len(line) <= width or line.split()[-1].startswith("http"), (name, width, line)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_answer_comes_before_the_sources(rendered: dict[int, dict[str, str]], width: int) -> None:
    where = rendered[width]["where"]
    assert where.index("His Majesty's Inspectorate") < where.index("How to reach them")
    assert where.index("How to reach them") < where.index("Where this comes from") < where.index("prison-register")
    member = rendered[width]["member"]
    assert member.index("Website:") < member.index("What it covers") < member.index("About HMI Prisons")


def test_notes_are_numbered_footnotes(latest: Dataset) -> None:
    police = npmlookup.find_setting(latest, "police")
    wales = npmlookup.find_nation(latest, "wales")
    view = views.who_view(
        latest, npmlookup.who(latest, setting=police.id, nation=wales.id), settings=[police], nations=[wales]
    )
    text = text_of(view.table(80), 80)
    assert "Care Quality Commission (CQC) [1]" in text
    assert "\nNotes\n[1] Health outcomes for detainees, in the joint police custody inspections.\n" in text
    assert "note:" not in text


def test_a_website_is_a_terminal_hyperlink_where_styles_are_on(latest: Dataset) -> None:
    view = views.member_view(latest, npmlookup.find_member(latest, "HIW"))
    buffer = io.StringIO()
    Console(file=buffer, width=80, force_terminal=True, color_system="standard").print(view.table(80), crop=False)
    assert "\x1b]8;" in buffer.getvalue()
    assert "https://www.hiw.org.uk/" in buffer.getvalue()


def test_who_at_100_columns(small: Dataset) -> None:
    view = views.who_view(small, npmlookup.who(small, setting="wards"), settings=[small.setting_by_id["wards"]])
    assert (
        text_of(view.table(100), 100)
        == """\
Who covers Secure Wards

  Nation       Member                  Role   Basis
 ────────────────────────────────────────────────────
  North Land   Health Board (HB) [1]   lead   stated
  South Land   Health Board (HB)       lead   stated

How to reach them
HB: https://example.org/hb

Notes
[1] Adult wards only.

Role: lead = inspects or monitors in its own right; partner = joins a lead body's inspections; (lay)
= a lay body: volunteers who monitor or visit (a kind of body, not a role).
Basis: stated = named in the source's table; confirmed = also on a public page; inferred = the
nation read from the table's layout or a body's remit.
As the base edition states it; without --as-of, the latest known state (as of 30 June 2024).
"""
    )


def test_who_at_40_columns(small: Dataset) -> None:
    view = views.who_view(small, npmlookup.who(small, setting="wards"), settings=[small.setting_by_id["wards"]])
    assert (
        text_of(view.table(40), 40)
        == """\
Who covers Secure Wards

North Land
Member: Health Board (HB) [1]
Role:   lead
Basis:  stated

South Land
Member: Health Board (HB)
Role:   lead
Basis:  stated

How to reach them
HB: https://example.org/hb

Notes
[1] Adult wards only.

Role: lead = inspects or monitors in its
own right; partner = joins a lead body's
inspections; (lay) = a lay body:
volunteers who monitor or visit (a kind
of body, not a role).
Basis: stated = named in the source's
table; confirmed = also on a public
page; inferred = the nation read from
the table's layout or a body's remit.
As the base edition states it; without
--as-of, the latest known state (as of
30 June 2024).
"""
    )


def test_changes_at_80_columns(small: Dataset) -> None:
    view = views.changes_view(npmlookup.at(small, "2022-12"), npmlookup.at(small, "2023"))
    assert (
        text_of(view.table(80), 80)
        == """\
What changed from 31 December 2022 to 31 December 2023

  When      Change
 ──────────────────────────────────────────────────────────────────────
  by 2023   Police and Court Cells in North Land: JIC (lead) left. [1]

Sources
[1] A confirming page
  https://example.org/page

Data last checked against its sources on 30 June 2024.
"""
    )


@pytest.mark.parametrize("columns", ["40", "80", "100"])
def test_the_command_never_folds_a_website(columns: str) -> None:
    from typer.testing import CliRunner

    from npmlookup.cli.app import app

    result = CliRunner().invoke(
        app, ["member", "HMI Prisons", "--format", "table", "--color", "never"], env={"COLUMNS": columns}
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(line.strip().endswith("https://hmiprisons.justiceinspectorates.gov.uk/") for line in lines)
    assert all(len(line.rstrip()) <= int(columns) or line.split()[-1].startswith("http") for line in lines)
