"""The commands that say where answers come from, and hand the data over: history, changes, sources,
about, site, validate, export."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from npmlookup.cli.options import Answer, AsOfOption, DataOption, answers, argument, command, many, records_of
from npmlookup.contract import fields as record_fields
from npmlookup.errors import InputError
from npmlookup.output import streams


@command
@answers(record_fields.EVENT)
def history(
    name: Annotated[
        str | None, argument("MEMBER", "Only this member's changes: id, abbreviation or any name.", "member")
    ] = None,
    setting: Annotated[list[str] | None, many("setting", "Only changes to these settings (repeat, or a,b).")] = None,
    nation: Annotated[list[str] | None, many("nation", "Only changes in these nations (repeat, or a,b).")] = None,
    *,
    answer: Answer,
) -> None:
    """The dated changes since (and before) the edition, oldest first, with their sources.

    Examples:

      npm history

      npm history HMIC

      npm history --setting police --nation wales
    """
    from npmlookup.cli.views import history_view
    from npmlookup.core.query import find_member, find_nation, find_setting

    dataset = answer.dataset()
    member = find_member(dataset, name) if name is not None else None
    settings, nations = records_of(find_setting, dataset, setting), records_of(find_nation, dataset, nation)
    answer.write(history_view(dataset, member, settings=settings, nations=nations))


@command
@answers(record_fields.CHANGE)
def changes(
    start: Annotated[
        str, argument("FROM", "From this date: YYYY, YYYY-MM, YYYY-MM-DD, 'today' or 'factsheet'.", show_default=True)
    ] = "factsheet",
    end: Annotated[str | None, argument("TO", "To this date, as FROM (default: the latest known state).")] = None,
    *,
    answer: Answer,
) -> None:
    """What changed between two dates, cell by cell: who joined, left or was renamed, with the dated source.

    Examples:

      npm changes

      npm changes factsheet today --json

      npm changes 2017 2023 --format csv
    """
    from npmlookup.cli.views import changes_view
    from npmlookup.core.history import at

    dataset = answer.dataset()
    earlier, later = at(dataset, start), at(dataset, end or dataset.checked)
    if earlier.as_of > later.as_of:
        raise InputError(f"FROM ({start}) is after TO ({end or 'the latest known state'}): give the earlier date first")
    answer.write(changes_view(earlier, later))


@command
@answers(record_fields.SOURCE)
def sources(*, answer: Answer) -> None:
    """Where each part of the data comes from: the edition, confirmations and dated changes.

    Examples:

      npm sources

      npm sources --json | jq -r '.[] | select(.url) | .url'
    """
    from npmlookup.cli.views import sources_view

    answer.write(sources_view(answer.dataset()))


@command
@answers(record_fields.ABOUT, record_fields.ABOUT_ROWS)
def about(*, answer: Answer) -> None:
    """What the NPM is: its OPCAT powers, its members, how it is run and who hosts it.

    Examples:

      npm about

      npm about --as-of factsheet

      npm about --json | jq .powers
    """
    from npmlookup.cli.views import about_view

    answer.write(about_view(answer.dataset()))


@command
def site(
    directory: Annotated[
        Path,
        typer.Argument(
            help="The folder for the site: a new or empty one, or a site npm site built (replaced whole).",
            metavar="DIR",
            show_default=False,
        ),
    ],
    data: DataOption = None,
    as_of: AsOfOption = None,
) -> None:
    """Write the answers as a static website: plain pages that work from disk, offline and without JavaScript.

    A page per member, setting, nation and named place, the table, the changes since 2014,
    the sources, and a search box. Open DIRECTORY/index.html, or put the folder on any
    static host. A folder that holds anything npm site did not write is refused, untouched.

    Examples:

      npm site npm-site

      npm site npm-site-2014 --as-of factsheet
    """
    from npmlookup.site import build_site

    written = build_site(Answer(data=data, as_of=as_of).dataset(), directory)
    pages = sum(1 for path in written if path.suffix == ".html")
    streams.say(f"npm: wrote {pages} pages and {len(written) - pages} other files; open {directory / 'index.html'}")


@command
@answers(record_fields.PROBLEM)
def validate(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="The coverage file (default: --data, $NPMLOOKUP_DATA or the shipped one).",
            metavar="FILE",
            readable=False,  # an unreadable file is a problem `validate` reports, exit 1, not a usage error
        ),
    ] = None,
    *,
    answer: Answer,
) -> None:
    """Check a coverage file and print every problem, each with file, line and column.

    Exits 1 when there is any problem, 0 with a one-line summary when there is none.

    Examples:

      npm validate my-coverage.yaml

      npm validate my-coverage.yaml --json | jq -r '.[].message'
    """
    from npmlookup.cli.views import validation_view

    view, report, problems = validation_view(path or answer.data)
    if answer.fmt is None and not answer.as_json:
        sys.stdout.write(report)
    else:
        answer.write(view)
    if problems:
        raise typer.Exit(code=1)


@command
def export(
    directory: Annotated[
        Path,
        typer.Argument(
            help="The folder to write the data into (created; an existing one must be empty or an earlier "
            "export, which is replaced whole).",
            metavar="DIR",
            show_default=False,
        ),
    ],
    data: DataOption = None,
) -> None:
    """Write the whole dataset, every date, as CSV tables with a Frictionless Data Package (datapackage.json).

    One CSV per table (coverage, members, settings, nations, places, events, sources, and
    their names and periods over time), each described in datapackage.json with its types
    and keys. Rows that change over time have valid_from (inclusive) and valid_to
    (exclusive; empty: still in force). Opens in pandas, R and spreadsheets.

    Examples:

      npm export npm-data

      frictionless validate npm-data/datapackage.json
    """
    from npmlookup.export.package import DESCRIPTOR, export_package

    written = export_package(Answer(data=data).dataset(), directory)
    tables = [path for path in written if path.suffix == ".csv"]
    streams.say(f"npm: wrote {len(tables)} tables and {DESCRIPTOR} into {directory}")
