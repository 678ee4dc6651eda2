"""The command that hands the data over as open data: export."""

from pathlib import Path
from typing import Annotated

import typer

from npmlookup.cli.options import Answer, DataOption, commands
from npmlookup.output import streams


@commands.command(name="export")
def export_data(
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
