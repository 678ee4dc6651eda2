"""npm matrix --svg/--html: well-formed files naming every member in the table."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from npmlookup.cli import app
from npmlookup.model import Dataset
from npmlookup.render import matrix_picture

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
    text = svg_text(matrix_picture(real, "svg"))
    for abbreviation in named_abbreviations(real):
        assert abbreviation in text
    assert "Key: lead body" in text


def test_html_is_balanced_and_names_every_member(real: Dataset) -> None:
    checker = BalanceChecker()
    checker.feed(matrix_picture(real, "html"))
    checker.close()
    assert checker.open == []
    text = " ".join("".join(checker.text).replace("\xa0", " ").split())
    for abbreviation in named_abbreviations(real):
        assert abbreviation in text


def test_leads_partners_and_lay_bodies_are_styled_apart(real: Dataset) -> None:
    html = matrix_picture(real, "html")
    assert "font-weight: bold" in html
    assert "font-style: italic" in html
    assert html.count("color: #008000") > 0, "lay bodies in green"


def test_the_cli_writes_both_files(tmp_path: Path) -> None:
    svg, html = tmp_path / "table.svg", tmp_path / "table.html"
    result = runner.invoke(app, ["matrix", "--svg", str(svg), "--html", str(html), "--as-of", "2023-01-01"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"wrote {svg}" in result.stderr
    assert "HMICFRS" in svg_text(svg.read_text(encoding="utf-8"))
    assert "(2023-01-01)" in svg.read_text(encoding="utf-8")
    assert html.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")


@pytest.mark.parametrize("option", ["--svg", "--html"])
def test_an_unwritable_path_is_a_usage_error(tmp_path: Path, option: str) -> None:
    result = runner.invoke(app, ["matrix", option, str(tmp_path / "missing" / "table.out")])
    assert result.exit_code == 2
    assert "cannot write" in result.stderr
