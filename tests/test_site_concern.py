"""Who to tell, on the site (issue 28): every place page opens with the concern block; setting and nation
pages give it per cell, member pages what the body does with a person's concern; the front page puts the
search box first, its results just below."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markupsafe import escape

from npmlookup.contract.records import ROLE_MEANINGS, concern_record
from npmlookup.core.concerns import concern_for_cell, concern_for_place
from npmlookup.core.dataset import Dataset


@pytest.fixture(scope="module")
def site(latest_site: tuple[Dataset, Path]) -> tuple[Dataset, Path]:
    return latest_site


def main_of(folder: Path, page: str) -> str:
    html = (folder / page).read_text(encoding="utf-8")
    return html[html.index('<main id="main">') : html.index("</main>")]


def block(html: str, heading_id: str) -> str:
    """The concern block labelled by `heading_id`."""
    start = html.index(f'<section class="concern" aria-labelledby="{heading_id}">')
    return html[start : html.index("</section>", start)]


def has_key(html: str) -> bool:
    return all(
        f"<strong>{word}</strong>: {meaning}".replace("'", "&#39;") in html for word, meaning in ROLE_MEANINGS.items()
    )


def test_every_place_page_opens_with_the_concern_block(site: tuple[Dataset, Path]) -> None:
    dataset, folder = site
    for place in dataset.places:
        main = main_of(folder, f"places/{place.id}.html")
        after_heading = main[main.index("</h1>") + len("</h1>") :].lstrip()
        assert after_heading.startswith('<section class="concern" aria-labelledby="concern">'), place.id
        concern = block(main, "concern")
        assert '<h2 id="concern">To raise a concern</h2>' in concern
        answer = concern_record(dataset, concern_for_place(dataset, place))
        for body in answer["takes_concerns"]:
            assert f'href="../members/{body["member"]}.html"' in concern, (place.id, body["member"])
        for route in answer["outside_npm"]:
            if route["id"] and route["url"]:
                assert f'href="{route["url"]}"' in concern, (place.id, route["id"])
        for page in answer["pages"]:
            assert f'href="{page["url"]}"' in concern, (place.id, page["url"])
            text = f"“{escape(page['quote'])}”" if page["quote"] else str(escape(page["title"]))
            assert f'href="{page["url"]}">{text}</a>' in concern, (place.id, "its own headline is the link")
        if not answer["pages"]:
            assert "No page of this place's own was seen" in concern, place.id
        assert has_key(concern), place.id


def test_a_prisons_block_names_its_takers_routes_and_pages(site: tuple[Dataset, Path]) -> None:
    _dataset, folder = site
    main = main_of(folder, "places/hmp-wandsworth.html")
    concern = block(main, "concern")
    assert main.index("To raise a concern") < main.index('class="lead"') < main.index("Who inspects and monitors it")
    assert concern.index("Independent Monitoring Boards (IMB)") < concern.index("Prisons and Probation Ombudsman")
    assert "lead (lay)" in concern
    assert "Who: the prisoner or detainee" in concern
    assert "https://www.imb.org.uk/independent-monitors-launch" in concern
    ombudsman = concern[concern.index("Prisons and Probation Ombudsman") :]
    assert ombudsman.index("not part of the NPM") < 200
    assert "First: Use the internal complaints system" in concern
    assert "https://hmiprisons.justiceinspectorates.gov.uk/news/reports-published-12-may" in concern
    assert "(independent review of progress 31 March-2 April 2025; published 12 May (2025))" in concern
    assert "HM Inspectorate of Prisons" not in concern, "a body that does not take one is below, not here"


def test_setting_and_nation_pages_give_the_block_for_each_cell(site: tuple[Dataset, Path]) -> None:
    dataset, folder = site
    for setting in dataset.settings:
        setting_page = main_of(folder, f"settings/{setting.id}.html")
        assert has_key(setting_page), setting.id
        for nation in dataset.nations:
            nation_page = main_of(folder, f"nations/{nation.id}.html")
            answer = concern_record(dataset, concern_for_cell(dataset, setting.id, nation.id))
            for html, heading_id in ((setting_page, f"concern-{nation.id}"), (nation_page, f"concern-{setting.id}")):
                concern = block(html, heading_id)
                heading = f'To raise a concern<span class="visually-hidden">: {setting.name} in {nation.name}</span>'
                assert heading.replace("'", "&#39;") in concern
                for route in answer["outside_npm"]:
                    if route["id"]:
                        assert route["name"].replace("'", "&#39;") in concern, (setting.id, nation.id, route["id"])
                    else:
                        assert "None found" in concern, (setting.id, nation.id)
                if answer["outside_npm"]:
                    assert "not part of the NPM" in concern
                for body in answer["takes_concerns"]:
                    assert f"members/{body['member']}.html" in concern
    police = block(main_of(folder, "settings/police-custody.html"), "concern-scotland")
    assert "Police Investigations and Review Commissioner" in police or "PIRC" in police


def test_member_pages_say_what_the_body_does_with_a_persons_concern(site: tuple[Dataset, Path]) -> None:
    dataset, folder = site
    imb = main_of(folder, "members/imb.html")
    assert "<strong>IMB takes a concern about one person.</strong>" in imb
    assert 'href="https://www.imb.org.uk/independent-monitors-launch' in imb
    assert imb.index("A concern about one person") < imb.index("What it covers")
    assert "<strong>HMI Prisons does not take a concern about one person.</strong>" in main_of(
        folder, "members/hmi-prisons.html"
    )
    assert "its pages do not say" in main_of(folder, "members/ofsted.html")
    for member in dataset.all_members:
        page = main_of(folder, f"members/{member.id}.html")
        assert 'aria-labelledby="concern"' in page, member.id
        if dataset.entries_by_member.get(member.id):
            assert has_key(page), member.id


def test_the_front_page_puts_the_search_box_first_with_its_results_just_below(site: tuple[Dataset, Path]) -> None:
    _dataset, folder = site
    main = main_of(folder, "index.html")
    after_heading = main[main.index("</h1>") + len("</h1>") :]
    assert re.match(r'\s*<form class="search"', after_heading), "nothing between the heading and the search box"
    form_end = main.index("</form>")
    assert re.match(r'</form>\s*<p id="results-status"[^>]*></p>\s*<ul id="results"', main[form_end:]), (
        "the results follow the box"
    )
    form = main[main.index('<form class="search"') : form_end]
    assert form.index('id="q-hint"') < form.index('<input id="q"'), (
        "the hint above the box, not between it and the results"
    )
    css = (folder / "style.css").read_text(encoding="utf-8")
    assert not re.search(r"position:\s*(fixed|sticky)", css), "nothing fixed to cover the results"


def test_a_body_that_takes_none_says_where_to_turn(site: tuple[Dataset, Path]) -> None:
    _dataset, folder = site
    concern = block(main_of(folder, "places/hmp-wandsworth.html"), "concern")
    assert "HMI Prisons: not taken; for urgent welfare, contact the prison&#39;s duty governor" in concern
