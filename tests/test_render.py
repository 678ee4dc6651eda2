"""Renderers at a fixed width with colour off: the exact text a person sees."""

from __future__ import annotations

import io
import re

from rich.console import Console, RenderableType

import npmlookup
from npmlookup.cli import views
from npmlookup.contract.records import cell_summary
from npmlookup.core.dataset import Dataset
from npmlookup.site import matrix_page


def text_of(renderable: RenderableType, width: int = 80) -> str:
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None).print(renderable, crop=False)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def test_who_table(small: Dataset) -> None:
    view = views.who_view(small, npmlookup.who(small, setting="jails"), settings=[small.setting_by_id["jails"]])
    assert (
        text_of(view.table(80))
        == """\
Who covers Jails

  Nation        Member                                  Role         Basis
 ──────────────────────────────────────────────────────────────────────────────
  North Land    Jail Inspection Commission (JIC)        lead         stated
                Health Board (HB)                       partner      stated
                Lay Visitors (LV)                       lead (lay)   inferred
  South Land    Jail Inspection Commission South        lead         confirmed
                (JICS)

How to reach them
JIC: no website known
HB: https://example.org/hb
LV: no website known
JICS: no website known

Role: lead = inspects or monitors in its own right; partner = joins a lead
body's inspections; (lay) = a lay body: volunteers who monitor or visit (a kind
of body, not a role).
Basis: stated = named in the source's table; confirmed = also on a public page;
inferred = the nation read from the table's layout or a body's remit.
As the base edition states it; without --as-of, the latest known state (as of 30
June 2024).
"""
    )


def test_member_profile_at_a_date(small: Dataset) -> None:
    dated = npmlookup.at(small, "2025-01-01")
    assert (
        text_of(views.member_view(dated, dated.member_by_id["hb"]).table(80))
        == """\
Care Board (CB)
Regulator / inspectorate, in North Land and South Land.
Website: https://example.org/hb

What it covers

  Setting                    Nation        Role      Alongside          Basis
 ──────────────────────────────────────────────────────────────────────────────
  Jails                      North Land    partner   JIC, LV            stated
  Police and Court Cells     North Land    lead      ROD                stated
  Secure Wards [1]           North Land    lead      -                  stated
  Secure Wards               South Land    lead      -                  stated

Notes
[1] Adult wards only. Wards are under review.

About CB
Names  Health Board (HB) in the edition; Care Board (CB) since February 2022
Also   Health Board, HB

As of 30 June 2024 (last checked): the base edition with 9 later changes (npm
history); --as-of factsheet for the sheet itself.
"""
    )


def test_matrix_at_80_columns(small: Dataset) -> None:
    assert (
        text_of(views.matrix_view(small).table(80))
        == """\
┌──────────────┬───────────────┬────────────┐
│ Setting      │ North Land    │ South Land │
├──────────────┼───────────────┼────────────┤
│ Jails        │ JIC lead      │ JICS lead  │
│              │ HB partner    │            │
│              │ LV lead (lay) │            │
├──────────────┼───────────────┼────────────┤
│ Police Cells │ JIC lead      │ -          │
│              │ HB lead       │            │
├──────────────┼───────────────┼────────────┤
│ Secure Wards │ HB lead [1]   │ HB lead    │
└──────────────┴───────────────┴────────────┘
[1] Adult wards only.
Key: lead = inspects or monitors in its own right; partner = joins a lead body's
inspections; (lay) = a lay body: volunteers who monitor or visit (a kind of
body, not a role). [n] = a note below.
As the base edition states it; without --as-of, the latest known state (as of 30
June 2024).
"""
    )


def test_matrix_at_40_columns_is_one_block_per_setting(small: Dataset) -> None:
    assert text_of(views.matrix_view(small).table(40), width=40).startswith("""\
Jails
North Land: JIC lead
            HB partner
            LV lead (lay)
South Land: JICS lead

Police Cells
North Land: JIC lead
            HB lead
South Land: -
""")


def test_cell_summary_reads_like_the_factsheet(real: Dataset) -> None:
    assert cell_summary(real, real.cells[("prisons", "england")]) == "HMI Prisons with CQC and Ofsted\nIMB"
    assert cell_summary(real, real.cells[("prisons", "northern-ireland")]) == "CJINI and HMI Prisons with RQIA\nIMB NI"
    assert cell_summary(real, real.cells[("children", "wales")]) == "-"


def test_no_name_is_ever_cut_at_any_width(real: Dataset) -> None:
    for width in (40, 80, 200):
        rendered = text_of(views.matrix_view(real).table(width), width)
        assert "…" not in rendered
        flat = " ".join(rendered.replace("│", " ").split())
        words = set(flat.split())
        for abbreviation in {m.abbreviation for m in real.members} - {"SHRC"}:
            assert abbreviation in flat, (width, abbreviation)
        for setting in real.settings:
            # A setting's name may wrap over lines, but never inside a word.
            assert set(setting.name.split()) <= words, (width, setting.name)
        assert max(len(line) for line in rendered.splitlines()) <= width


def test_a_40_column_terminal_gets_blocks_with_whole_words(real: Dataset) -> None:
    wales = npmlookup.find_nation(real, "wales")
    hiw = npmlookup.find_member(real, "HIW")
    cases = [
        (
            views.who_view(real, npmlookup.who(real, nation=wales.id), nations=[wales], explain=True),
            [real.member_by_id[e.member].name for e in npmlookup.who(real, nation=wales.id)],
        ),
        (views.member_view(real, hiw), [real.setting_by_id[e.setting].name for e in real.entries_by_member["hiw"]]),
        (views.members_view(real), [m.name for m in real.members]),
        (views.history_view(real, None), [e.description for e in real.events]),
        (views.sources_view(real), [s.title for s in real.sources]),
    ]
    for view, names in cases:
        text = text_of(view.table(40), width=40)
        # Only an address, never folded, may run past the edge (on a line of its own).
        assert all(len(line) <= 40 or line.split()[-1].startswith("http") for line in text.splitlines())
        words = set(text.split())
        for name in names:
            missing = [word for word in name.split() if word not in words]
            assert not missing, (name, missing)


def test_the_terminal_matrix_says_what_the_html_matrix_says(real: Dataset) -> None:
    """Every body of every cell, with its role and note number, in the same order in both drawings."""
    html = matrix_page(real)
    tbody = html[html.index("<tbody>") : html.index("</tbody>")]
    in_html = [
        f"{abbreviation} {word}{f' [{note}]' if note else ''}"
        for abbreviation, word, note in re.findall(
            r'<li class="[\w ]+"><abbr [^>]*>([^<]+)</abbr> <span class="role">([\w ()]+)</span>'
            r"(?: <a [^>]*>\[(\d+)\]</a>)?",
            tbody,
        )
    ]
    text = text_of(views.matrix_view(real).table(59), width=59)
    in_terminal = [
        found.group(1)
        for line in text[: text.index("[1] ")].splitlines()
        if (found := re.fullmatch(r"(?:[A-Z][\w ]*:)?\s*(.+ (?:lead|partner)(?: \(lay\))?(?: \[\d+\])?)", line))
    ]
    assert len(in_html) > 50
    assert in_terminal == in_html
