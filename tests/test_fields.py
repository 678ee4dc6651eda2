"""Each command's declared fields match the rows it builds, and its --help lists them."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import npmlookup
from npmlookup.cli import views
from npmlookup.cli.app import app
from npmlookup.contract import fields as F
from npmlookup.core.dataset import Dataset
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
        return views.where_view(dataset, npmlookup.find_places(dataset, "Oakhill"))
    if command == "places":
        return views.places_view(dataset, dataset.places, "Places")
    return views.about_view(dataset)


DECLARED = {
    "who": F.WHO,
    "member": F.COVERAGE,
    "members": F.MEMBER,
    "settings": F.SETTING,
    "nations": F.NAMED,
    "matrix": F.CELL,
    "history": F.EVENT,
    "sources": F.SOURCE,
    "about": F.ABOUT,
    "where": F.WHERE,
    "places": F.PLACES,
}


@pytest.mark.parametrize(("command", "declared"), DECLARED.items())
def test_rows_have_exactly_the_declared_fields(real: Dataset, command: str, declared: tuple[str, ...]) -> None:
    view = view_for(command, real)
    assert tuple(view.rows[0]) == declared
    assert tuple(view.all_fields) == declared
    assert set(view.fields) <= set(declared)


def test_who_without_explain_has_no_explanation(real: Dataset) -> None:
    view = views.who_view(real, real.entries)
    assert tuple(view.rows[0]) == F.ENTRY
    assert "explanation" not in view.all_fields


@pytest.mark.parametrize(("command", "declared"), DECLARED.items())
def test_help_lists_the_fields(command: str, declared: tuple[str, ...]) -> None:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    flat = " ".join(result.stdout.replace("│", " ").split())
    rows = {"member": F.MEMBER_ROWS, "matrix": F.CELL_ROWS, "about": F.ABOUT_ROWS, "where": F.WHERE_ROWS}
    assert F.help_text(declared, rows.get(command, "its rows")) in flat
