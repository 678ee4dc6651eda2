"""The static site, built from the shipped data: complete, linked, well-formed, and offline."""

from __future__ import annotations

import functools
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from typer.testing import CliRunner

from npmlookup.cli.app import app
from npmlookup.core.dataset import Dataset
from npmlookup.site import build_site

from .conftest import DATA, SiteAsOf, run_npm

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(HTMLParser):
    """One page, parsed: its structure problems, links, resources, headings, ids and labels."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.stack: list[str] = []
        self.links: list[str] = []
        self.resources: list[str] = []
        self.headings: list[int] = []
        self.ids: list[str] = []
        self.labels: set[str] = set()
        self.fields: list[str] = []
        self.lang: str | None = None
        self.title = ""
        self.doctype = False
        self._in_title = False

    def handle_decl(self, decl: str) -> None:
        self.doctype = self.doctype or decl.lower() == "doctype html"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag not in VOID:
            self.stack.append(tag)
        if "id" in values:
            self.ids.append(values["id"])
        if tag == "html":
            self.lang = values.get("lang")
        if tag == "title":
            self._in_title = True
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
        if tag in ("script", "img", "iframe", "source", "audio", "video") and values.get("src"):
            self.resources.append(values["src"])
        if tag == "link" and values.get("href"):
            self.resources.append(values["href"])
        if tag == "label" and "for" in values:
            self.labels.add(values["for"])
        if tag in ("input", "select", "textarea") and values.get("type") != "hidden":
            self.fields.append(values.get("id", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
            return
        self.stack.pop()
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


@pytest.fixture(scope="module")
def latest_site(latest_site_build: tuple[Dataset, Path, list[Path]]) -> tuple[Dataset, Path, list[Path]]:
    """The run's site of the latest known state (conftest), with the files its build wrote."""
    return latest_site_build


@functools.cache
def parsed(path: Path) -> Page:
    """A page parsed once for the module: the site's pages are read, never changed, and the tests only read
    what the parser found."""
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_member_setting_nation_and_place_has_a_page(latest_site: tuple[Dataset, Path, list[Path]]) -> None:
    dataset, site, written = latest_site
    expected = {"index.html", "search.html", "history.html", "changes.html", "sources.html", "edition.html"}
    expected |= {f"members/{m.id}.html" for m in dataset.all_members}
    expected |= {f"settings/{s.id}.html" for s in dataset.all_settings}
    expected |= {f"nations/{n.id}.html" for n in dataset.nations}
    expected |= {f"places/{p.id}.html" for p in dataset.places}
    assert {p.relative_to(site).as_posix() for p in pages(site)} == expected
    assert len(dataset.places) == 278
    assert sorted(written) == sorted(p for p in site.rglob("*") if p.is_file())


def test_every_internal_link_resolves_to_a_written_file(latest_site: tuple[Dataset, Path, list[Path]]) -> None:
    _dataset, site, _written = latest_site
    ids = {path: set(parsed(path).ids) for path in pages(site)}
    for path in pages(site):
        page = parsed(path)
        for href in [*page.links, *page.resources]:
            parts = urlsplit(href)
            if parts.scheme in ("http", "https", "mailto"):
                continue
            assert not parts.scheme, f"{path}: {href}"
            target = (path.parent / parts.path).resolve() if parts.path else path
            assert target.is_file(), f"{path.relative_to(site)} links to {href}, which was not written"
            if parts.fragment and target.suffix == ".html":
                assert parts.fragment in ids[target], f"{path.relative_to(site)}: no #{parts.fragment} in {target}"


def test_pages_are_well_formed_and_accessible(latest_site: tuple[Dataset, Path, list[Path]]) -> None:
    _dataset, site, _written = latest_site
    for path in pages(site):
        page = parsed(path)
        name = path.relative_to(site)
        assert page.doctype, name
        assert page.problems == [], name
        assert page.stack == [], f"{name}: unclosed {page.stack}"
        assert page.lang == "en-GB", name
        assert page.title.strip(), name
        assert page.headings.count(1) == 1, f"{name}: one h1"
        assert page.headings[0] == 1, name
        for before, after in zip(page.headings, page.headings[1:], strict=False):
            assert after <= before + 1, f"{name}: h{before} then h{after}"
        assert len(page.ids) == len(set(page.ids)), f"{name}: repeated ids"
        for field in page.fields:
            assert field, f"{name}: a form field without an id"
            assert field in page.labels, f"{name}: a form field without a label"


def test_nothing_is_loaded_from_the_network(latest_site: tuple[Dataset, Path, list[Path]]) -> None:
    dataset, site, _written = latest_site
    allowed = {a for s in dataset.sources for a in (s.url, s.read_at) if a} | {
        m.website for m in dataset.all_members if m.website
    }
    allowed |= {a for p in dataset.places for a in (p.source_url, p.town_source) if a}
    allowed |= {dataset.licence.path} if dataset.licence else set()
    # Who to tell (issue 28): the official pages the concerns data cites.
    allowed |= {a for a in (*(c.url for c in dataset.concern_routes), *(r.url for r in dataset.outside_routes)) if a}
    allowed |= {p.url for p in dataset.place_pages}
    for path in pages(site):
        page = parsed(path)
        assert not [r for r in page.resources if urlsplit(r).scheme or r.startswith("//")], path
        outside = {link for link in page.links if urlsplit(link).scheme in ("http", "https")}
        assert outside <= allowed, f"{path}: links to {outside - allowed}"
    css = (site / "style.css").read_text(encoding="utf-8")
    assert "url(" not in css
    assert "@import" not in css
    assert "http" not in (site / "search.js").read_text(encoding="utf-8")


def test_the_index_has_the_table_and_the_search_box(latest_site: tuple[Dataset, Path, list[Path]]) -> None:
    dataset, site, _written = latest_site
    html = (site / "index.html").read_text(encoding="utf-8")
    assert '<table class="matrix stack">' in html
    assert '<th scope="col">' in html
    assert '<th scope="row">' in html
    assert "<caption>" in html
    for member in dataset.members:
        if dataset.entries_by_member.get(member.id):
            assert f'href="members/{member.id}.html"' in html, member.id
    for setting in dataset.settings:
        assert f'href="settings/{setting.id}.html"' in html
    assert '<label for="q">' in html
    assert "partner</span>" in html
    assert '<span class="role">lead (lay)</span>' in html, "roles in words, not only colours"
    assert "11 December 2025" in html
    assert 'href="edition.html"' in html


def test_a_place_page_says_who_covers_it(latest_site: tuple[Dataset, Path, list[Path]]) -> None:
    _dataset, site, _written = latest_site
    berwyn = (site / "places" / "hmp-berwyn.html").read_text(encoding="utf-8")
    assert "Carchar y Berwyn" in berwyn
    for member in ("hmi-prisons", "hiw", "imb"):
        assert f'href="../members/{member}.html"' in berwyn
    assert "https://www.hiw.org.uk/" in berwyn
    roles = re.findall(r'<td data-label="Role">([^<]*)</td>', berwyn)
    assert sorted(roles) == ["lead", "lead (lay)", "partner"], "a lay body says so, as in the terminal"
    holloway = (site / "places" / "hmp-holloway.html").read_text(encoding="utf-8")
    assert "<h1>HMP Holloway (closed on 17 June 2016)</h1>" in holloway


def test_the_search_index_lists_everything_by_every_name(latest_site: tuple[Dataset, Path, list[Path]]) -> None:
    dataset, site, _written = latest_site
    index = json.loads((site / "search-index.json").read_text(encoding="utf-8"))
    script = (site / "search-index.js").read_text(encoding="utf-8")
    assert script == "window.npmSearchIndex = " + json.dumps(index, ensure_ascii=False) + ";\n"
    urls = {item["url"] for item in index["items"]}
    assert {f"places/{p.id}.html" for p in dataset.places} <= urls
    assert {f"members/{m.id}.html" for m in dataset.all_members} <= urls
    parc = next(item for item in index["items"] if item["url"] == "places/hmp-parc.html")
    assert "Carchar Parc" in parc["names"]
    search = (site / "search.html").read_text(encoding="utf-8")
    assert search.count("<li><a href=") >= len(index["items"]), "without JavaScript, the search page lists everything"


def test_a_site_as_of_the_factsheet(factsheet_site_command: tuple[Path, int, str]) -> None:
    site, exit_code, stderr = factsheet_site_command
    assert exit_code == 0, stderr
    assert "npm: wrote 320 pages" in stderr, "every record the data knows has its page"
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "made up of 20 bodies" in html
    assert "as the NPM factsheet of Dec 2014 states it" in html
    assert 'href="settings/terrorism.html"' not in html, "not a row of the factsheet's table"
    terrorism = (site / "settings" / "terrorism.html").read_text(encoding="utf-8")
    assert "Not a setting of the table as the NPM factsheet of Dec 2014 states it" in terrorism


def test_a_file_in_the_way_is_a_usage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "site"
    blocker.write_text("not a folder")
    result = run_npm("site", str(blocker))
    assert result.returncode == 2
    assert b"is a file, not a folder" in result.stderr


UK_WORDS = ("UK", "United Kingdom", "England", "Wales", "Scotland", "Northern Ireland", "factsheet", "2014", "HM ")
"""Words of the shipped dataset that a site of another dataset has no reason to say."""


def test_a_site_of_another_dataset_speaks_of_that_dataset_only(small: Dataset, tmp_path: Path) -> None:
    build_site(small, tmp_path / "site")
    own = (DATA / "small.yaml").read_text(encoding="utf-8") + (DATA / "small-places.yaml").read_text(encoding="utf-8")
    said = {
        word: sorted(
            str(path.relative_to(tmp_path))
            for path in (tmp_path / "site").rglob("*")
            if path.is_file() and re.search(rf"\b{re.escape(word)}", path.read_text(encoding="utf-8"))
        )
        for word in UK_WORDS
        if not re.search(rf"\b{re.escape(word)}", own)
    }
    assert {word: files for word, files in said.items() if files} == {}
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "Small test NPM is made up of" in index, "the dataset's own name, from its file"


def command_output(*args: str) -> str:
    """What a command prints, run in-process."""
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_site_counts_changes_as_the_command_does(
    latest_site: tuple[Dataset, Path, list[Path]], site_as_of: SiteAsOf
) -> None:
    page = " ".join((latest_site[1] / "index.html").read_text(encoding="utf-8").split())
    caption = " ".join(command_output("who", "-s", "prisons", "-n", "wales", "-f", "table").split())
    count = re.search(r"with (\d+) later changes", caption)
    assert count is not None
    assert f"with {count.group(1)} later changes" in page
    for day, counted in (("2014-12", "5 additions"), ("2015-06", "1 later change")):
        page = " ".join((site_as_of(day)[1] / "index.html").read_text(encoding="utf-8").split())
        table = command_output("who", "--as-of", day, "-f", "table", "--fields", "member")
        assert re.search(rf" with {counted}\b(?!s)", " ".join(table.split())), day
        assert re.search(rf" with {counted}\b(?!s)", page), f"{day}: the site counts as the command does"
