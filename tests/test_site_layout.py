"""Pages for every screen, the answer first: the member and place pages lead with who covers it and how
to reach them, dates read in words, and the changes page is made from `npm changes`."""

from __future__ import annotations

from pathlib import Path

import pytest

from npmlookup.core.dataset import Dataset


@pytest.fixture(scope="module")
def site(latest_site: tuple[Dataset, Path]) -> tuple[Dataset, Path]:
    return latest_site


def test_member_page_leads_with_its_website_and_says_dates_in_words(site: tuple[Dataset, Path]) -> None:
    _dataset, target = site
    html = (target / "members" / "hmi-prisons.html").read_text(encoding="utf-8")
    assert html.index("https://hmiprisons.justiceinspectorates.gov.uk/") < html.index("What it covers")
    assert "counts from" not in html
    assert "2022-09-08 to 2025-12-11" not in html
    assert "between September 2022 and December 2025" in html


def test_place_page_leads_with_who_covers_it(site: tuple[Dataset, Path]) -> None:
    _dataset, target = site
    html = (target / "places" / "hmp-parc.html").read_text(encoding="utf-8")
    covers = html.index("Who inspects and monitors it")
    assert covers < html.index("Where this comes from") < html.index("prison-register code")
    assert html.index("https://www.hiw.org.uk/") < html.index("Where this comes from")
    assert "Prison and YOI in" in html


def test_the_changes_page_lists_each_change_with_its_source(site: tuple[Dataset, Path]) -> None:
    _dataset, target = site
    html = (target / "changes.html").read_text(encoding="utf-8")
    assert "Police Custody in Wales: HMI Prisons (lead) left." in html
    assert "HM Inspectorate of Constabulary (HMIC) is renamed" in html
    assert "July 2022" in html
    assert 'href="changes.html"' in (target / "index.html").read_text(encoding="utf-8")


def test_the_history_page_dates_in_words(site: tuple[Dataset, Path]) -> None:
    _dataset, target = site
    html = (target / "history.html").read_text(encoding="utf-8")
    assert "between 8 September 2022 and 11 December 2025" in html
    assert "counts from" not in html


def test_every_table_stacks_on_a_narrow_screen(site: tuple[Dataset, Path]) -> None:
    _dataset, target = site
    css = (target / "style.css").read_text(encoding="utf-8")
    assert "@media (max-width: 48rem)" in css
    for page in ("index.html", "history.html", "changes.html", "members/hmi-prisons.html", "places/hmp-parc.html"):
        html = (target / page).read_text(encoding="utf-8")
        assert html.count("<table") == html.count('class="matrix stack"') + html.count('class="entries stack"'), page
        assert "<td>" not in html, f"{page}: every cell is labelled for the stacked layout"
