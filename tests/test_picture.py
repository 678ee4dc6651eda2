"""npm matrix --svg/--html: well-formed files naming every member in the table."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from npmlookup.cli.app import app
from npmlookup.core.dataset import Dataset
from npmlookup.output.picture import matrix_svg
from npmlookup.site import matrix_page as matrix_html

runner = CliRunner()
VOID = {"meta", "br", "link", "img", "hr", "input"}


class BalanceChecker(HTMLParser):
    """Collects text and fails on an end tag that does not close the open element."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open, f"</{tag}> with nothing open"
        assert self.open[-1] == tag, f"</{tag}> closes <{self.open[-1]}>"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def named_abbreviations(dataset: Dataset) -> set[str]:
    return {dataset.member_by_id[e.member].abbreviation for e in dataset.entries}


def svg_text(svg: str) -> str:
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    return " ".join("".join(root.itertext()).replace("\xa0", " ").split())


def test_svg_is_well_formed_and_names_every_member(real: Dataset) -> None:
    text = svg_text(matrix_svg(real))
    for abbreviation in named_abbreviations(real):
        assert abbreviation in text
    assert "Key: lead = inspects or monitors in its own right" in text


def test_html_is_a_real_table_naming_every_member(real: Dataset) -> None:
    page = matrix_html(real)
    checker = BalanceChecker()
    checker.feed(page)
    checker.close()
    assert checker.open == []
    assert "<title>" in page
    assert '<html lang="en-GB">' in page
    assert '<table class="matrix stack">' in page
    assert "<caption>" in page
    assert page.count('<th scope="col">') == 1 + len(real.nations)
    assert page.count('<th scope="row">') == len(real.settings)
    text = " ".join("".join(checker.text).replace("\xa0", " ").split())
    for abbreviation in named_abbreviations(real):
        assert abbreviation in text
    assert "partner: joins a lead body's inspections" in text, "the key is text"


@pytest.mark.parametrize("make", [matrix_svg, matrix_html])
def test_neither_picture_loads_anything_from_the_network(latest: Dataset, make: Any) -> None:
    picture = make(latest)
    assert "@font-face" not in picture
    assert not re.search(r"url\((?!#)", picture), "only references inside the file"
    for address in re.findall(r"https?://[^\s\"'<>)]+", picture):
        assert address in ("http://www.w3.org/2000/svg", "https://www.textualize.io"), address


def test_roles_read_in_words_not_only_styles(latest: Dataset) -> None:
    page = matrix_html(latest)
    assert (
        '<li class="partner"><abbr title="Care Quality Commission">CQC</abbr> <span class="role">partner</span>' in page
    )
    assert (
        '<li class="lead lay"><abbr title="Independent Monitoring Boards">IMB</abbr> '
        '<span class="role">lead (lay)</span>' in page
    )
    assert page.count('<li id="note-') == len({e.note for e in latest.entries if e.note}), "each note once"


def test_the_page_and_the_site_draw_the_table_from_one_template(latest_site: tuple[Dataset, Path]) -> None:
    dataset, site = latest_site
    index = (site / "index.html").read_text(encoding="utf-8")
    page = matrix_html(dataset)
    links = r"<a [^>]*>|</a>|<abbr [^>]*>|</abbr>"
    site_table = re.sub(links, "", index[index.index("<tbody>") : index.index("</tbody>")])
    page_table = re.sub(links, "", page[page.index("<tbody>") : page.index("</tbody>")])
    assert site_table == page_table


def test_the_cli_writes_both_files(tmp_path: Path) -> None:
    svg, html = tmp_path / "table.svg", tmp_path / "table.html"
    result = runner.invoke(app, ["matrix", "--svg", str(svg), "--html", str(html), "--as-of", "2023-01-01"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"wrote {svg}" in result.stderr
    assert "HMICFRS" in svg_text(svg.read_text(encoding="utf-8"))
    assert "as of 2023-01-01" in svg_text(svg.read_text(encoding="utf-8"))
    assert html.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")


@pytest.mark.parametrize("option", ["--svg", "--html"])
def test_an_unwritable_path_is_a_usage_error(tmp_path: Path, option: str) -> None:
    result = runner.invoke(app, ["matrix", option, str(tmp_path / "missing" / "table.out")])
    assert result.exit_code == 2
    assert "cannot write" in result.stderr
