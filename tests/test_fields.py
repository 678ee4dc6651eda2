"""Each command's declared fields match the rows it builds, and its --help lists them."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import npmlookup
from npmlookup.cli import views
from npmlookup.cli.app import app
from npmlookup.contract import fields as record_fields
from npmlookup.core.dataset import Dataset
from npmlookup.core.search import answer, search
from npmlookup.output.formats import View

runner = CliRunner()


def view_for(command: str, dataset: Dataset) -> View:
    if command == "who":
        return views.who_view(dataset, dataset.entries, explain=True)
    if command == "member":
        return views.member_view(dataset, npmlookup.find_member(dataset, "HIW"))
    if command == "members":
        return views.members_view(dataset)
    if command in ("settings", "nations"):
        return views.named_view(dataset, command)
    if command == "matrix":
        return views.matrix_view(dataset)
    if command == "history":
        return views.history_view(dataset, None)
    if command == "sources":
        return views.sources_view(dataset)
    if command == "where":
        return views.where_view(dataset, answer(search(dataset, "Oakhill")))
    if command == "places":
        return views.places_view(dataset, dataset.places, "Places")
    return views.about_view(dataset)


DECLARED = {
    "who": record_fields.WHO,
    "member": record_fields.COVERAGE,
    "members": record_fields.MEMBER,
    "settings": record_fields.SETTING,
    "nations": record_fields.NAMED,
    "matrix": record_fields.CELL,
    "history": record_fields.EVENT,
    "sources": record_fields.SOURCE,
    "about": record_fields.ABOUT,
    "where": record_fields.WHERE,
    "places": record_fields.PLACES,
}


PUBLISHED = {
    "who": "setting setting_name nation nation_name member member_name member_abbreviation role note basis "
    "basis_note sources event as_of explanation",
    "member": "setting setting_name nation nation_name member member_name member_abbreviation role note basis "
    "basis_note sources event as_of alongside",
    "members": "id name abbreviation aliases kind nations remit note website website_note member_at_date designated "
    "names as_of",
    "settings": "id name aliases note",
    "nations": "id name aliases",
    "matrix": "setting setting_name nation nation_name members as_of",
    "history": "id date date_earliest date_latest kind member member_abbreviation setting nations role name "
    "abbreviation description in_edition sources",
    "sources": "id title url date note used_for",
    "about": "kind text sources",
    "where": "place place_name setting setting_name nation nation_name member member_name member_abbreviation role "
    "note basis basis_note sources event as_of website",
    "places": "id name other_names kind setting setting_name nation nation_name operator status closed source_url "
    "source_title source_as_of note as_of",
}
"""The row keys each command has published (JSON is a contract: keys may be added, never renamed
or dropped). Written out here, not read from fields.py, so that a change there must be deliberate."""


@pytest.mark.parametrize(("command", "published"), PUBLISHED.items())
def test_rows_keep_every_published_key_in_order(real: Dataset, command: str, published: str) -> None:
    view = view_for(command, real)
    keys = list(view.rows[0])
    assert keys == list(view.all_fields), "every row has the fields the command declares"
    present = [key for key in keys if key in published.split()]
    assert present == published.split(), f"{command}: published keys missing or moved"


def test_who_without_explain_has_no_explanation(real: Dataset) -> None:
    view = views.who_view(real, real.entries)
    assert tuple(view.rows[0]) == record_fields.ENTRY
    assert "explanation" not in view.all_fields


@pytest.mark.parametrize(("command", "declared"), DECLARED.items())
def test_help_lists_the_fields(command: str, declared: tuple[str, ...]) -> None:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    flat = " ".join(result.stdout.replace("│", " ").split())
    assert f"Comma-separated, any of: {', '.join(declared)}." in flat


def test_help_says_what_fields_pick_from_when_the_json_is_not_the_rows() -> None:
    flat = " ".join(runner.invoke(app, ["member", "--help"], env={"COLUMNS": "200"}).stdout.split())
    assert (
        "--fields FIELDS Print only these columns of its coverage rows (one per setting and nation it covers), "
        "in this order, in every format (json, jsonl and yaml: the coverage rows as objects with just these keys)."
    ) in flat
