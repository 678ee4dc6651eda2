"""`npm site` publishes the open data: the package under data/ and the JSON answers under api/.

Each answer file must be what the command prints with --json for the same question.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import npmlookup
from npmlookup.cli.app import app
from npmlookup.core.dataset import Dataset
from npmlookup.export.package import package_files

from .conftest import SiteAsOf

pytestmark = pytest.mark.usefixtures("shipped_contents_loaded_once")
runner = CliRunner()


@pytest.fixture(scope="module")
def site(latest_site: tuple[Dataset, Path]) -> tuple[Dataset, Path]:
    return latest_site


def command_json(*args: str) -> str:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_site_holds_the_package(site: tuple[Dataset, Path]) -> None:
    dataset, folder = site
    files = package_files(dataset)
    assert sorted(p.name for p in (folder / "data").iterdir()) == sorted(files)
    for name, text in files.items():
        assert (folder / "data" / name).read_bytes() == text.encode("utf-8"), name


def test_every_page_links_to_the_data(site: tuple[Dataset, Path]) -> None:
    _, folder = site
    pages = list(folder.rglob("*.html"))
    assert len(pages) > 200
    for page in pages:
        html = page.read_text(encoding="utf-8")
        depth = len(page.relative_to(folder).parts) - 1
        assert f'<a href="{"../" * depth}data/datapackage.json">Download the data</a>' in html, page


def test_a_place_file_is_where_json(site: tuple[Dataset, Path]) -> None:
    dataset, folder = site
    assert len(dataset.places) > 100
    for place in dataset.places:
        text = (folder / "api" / "places" / f"{place.id}.json").read_text(encoding="utf-8")
        assert text == command_json("where", place.id), place.id


def test_member_setting_and_nation_files_are_the_commands_json(site: tuple[Dataset, Path]) -> None:
    dataset, folder = site
    api = folder / "api"
    for member in dataset.all_members:
        assert (api / "members" / f"{member.id}.json").read_text(encoding="utf-8") == command_json("member", member.id)
    for setting in dataset.all_settings:
        expected = command_json("who", "--setting", setting.id)
        assert (api / "settings" / f"{setting.id}.json").read_text(encoding="utf-8") == expected
    for nation in dataset.nations:
        expected = command_json("who", "--nation", nation.id)
        assert (api / "nations" / f"{nation.id}.json").read_text(encoding="utf-8") == expected


def test_the_index_lists_every_answer_file(site: tuple[Dataset, Path]) -> None:
    dataset, folder = site
    index = json.loads((folder / "api" / "index.json").read_text(encoding="utf-8"))
    assert (index["title"], index["checked"], index["as_of"]) == (dataset.title, dataset.checked, dataset.as_of)
    kinds = ("members", "settings", "nations", "places", "concerns")
    listed = [item["path"] for kind in kinds for item in index[kind]]
    written = sorted(str(p.relative_to(folder / "api")) for p in (folder / "api").rglob("*.json"))
    assert sorted([*listed, "index.json"]) == written
    assert len(index["places"]) == len(dataset.places)


@pytest.mark.parametrize("when", ["factsheet", "2015-06"])
def test_a_site_as_of_a_date_answers_as_of_it(
    factsheet_site_command: tuple[Path, int, str], site_as_of: SiteAsOf, when: str
) -> None:
    """The site `npm site --as-of factsheet` writes, and a site of a date between the factsheet and the
    latest state (the one `test_site.py` counts changes on), each built once for the run."""
    if when == "factsheet":
        dataset, site = npmlookup.load(as_of=when), factsheet_site_command[0]
    else:
        dataset, site = site_as_of(when)
    api = site / "api"
    for member in dataset.all_members:
        expected = command_json("member", member.id, "--as-of", when)
        assert (api / "members" / f"{member.id}.json").read_text(encoding="utf-8") == expected
    for setting in dataset.all_settings:
        expected = command_json("who", "--setting", setting.id, "--as-of", when)
        assert (api / "settings" / f"{setting.id}.json").read_text(encoding="utf-8") == expected
    for nation in dataset.nations:
        expected = command_json("who", "--nation", nation.id, "--as-of", when)
        assert (api / "nations" / f"{nation.id}.json").read_text(encoding="utf-8") == expected
    index = json.loads((api / "index.json").read_text(encoding="utf-8"))
    assert index["as_of"] == ("2014-12" if when == "factsheet" else dataset.as_of), "the command's as_of"
