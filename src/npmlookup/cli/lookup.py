"""The commands that answer who covers what: who, member, members, settings, nations, matrix.

The commands about named places (where, places) are in `place_commands`.

Each parses its own options, loads the dataset through its `Answer`, asks the library,
builds a view and writes it; the shared options and their meaning are in `cli_options`.
"""

from typing import Annotated

import typer

from npmlookup.cli.options import Answer, answers, command, many, records_of, several_words
from npmlookup.contract import fields as record_fields
from npmlookup.errors import InputError
from npmlookup.output import streams


@command
@answers(record_fields.WHO)
def who(
    setting: Annotated[
        list[str] | None, many("setting", "A setting: id, name or alias (repeat, or a,b, for several).")
    ] = None,
    nation: Annotated[
        list[str] | None, many("nation", "A nation: id, name or alias (repeat, or a,b, for several).")
    ] = None,
    member: Annotated[
        list[str] | None, many("member", "A member: id, abbreviation or name (repeat, or a,b, for several).")
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Say why each entry is there: its basis, sources and dated changes.")
    ] = False,
    *,
    answer: Answer,
) -> None:
    """Which bodies cover a setting in a nation (any filters, each the union of its values; none: the whole table).

    Examples:

      npm who --setting prisons --nation wales

      npm who --setting prisons,police --nation scotland

      npm who --nation ni --json | jq -r '.[].member_name'

      npm who --setting police --nation wales --explain

      npm who --setting police --nation wales --as-of factsheet
    """
    from npmlookup.cli.views import who_view
    from npmlookup.core.query import find_member, find_nation, find_setting
    from npmlookup.core.query import who as lookup

    dataset = answer.dataset()
    settings, nations, members = (
        records_of(find, dataset, values)
        for find, values in ((find_setting, setting), (find_nation, nation), (find_member, member))
    )
    entries = lookup(dataset, setting=settings or None, nation=nations or None, member=members or None)
    view = who_view(dataset, entries, settings=settings, nations=nations, members=members, explain=explain)
    unavailable = None if explain else {"explanation": "is there only with --explain"}
    answer.write(view, unavailable)


@command
@answers(record_fields.COVERAGE, record_fields.MEMBER_ROWS)
def member(
    words: Annotated[
        list[str],
        several_words("MEMBER", "The member: id, abbreviation, full name or alias; quotes are not needed.", "member"),
    ],
    *,
    answer: Answer,
) -> None:
    """One member's profile and everything it covers, with the bodies beside it.

    Examples:

      npm member HIW

      npm member "hmi prisons" --json
    """
    from npmlookup.cli.views import member_view
    from npmlookup.core.query import find_member

    dataset = answer.dataset()
    answer.write(member_view(dataset, find_member(dataset, " ".join(words))))


@command
@answers(record_fields.MEMBER)
def members(*, answer: Answer) -> None:
    """The NPM's members at the dataset's date.

    Examples:

      npm members

      npm members --as-of factsheet --format csv
    """
    from npmlookup.cli.views import members_view

    answer.write(members_view(answer.dataset()))


@command
@answers(record_fields.SETTING)
def settings(*, answer: Answer) -> None:
    """The detention settings (the table's rows) and the names they answer to, former names included.

    Examples:

      npm settings

      npm settings --as-of factsheet

      npm settings --json
    """
    from npmlookup.cli.views import named_view

    answer.write(named_view(answer.dataset(), "settings"))


@command
@answers(record_fields.NAMED)
def nations(*, answer: Answer) -> None:
    """The nations (the table's columns) and the names they answer to.

    Examples:

      npm nations

      npm nations --format tsv
    """
    from npmlookup.cli.views import named_view

    answer.write(named_view(answer.dataset(), "nations"))


@command
@answers(record_fields.CELL, record_fields.CELL_ROWS)
def matrix(
    svg: Annotated[
        str | None,
        typer.Option("--svg", metavar="FILE", help="Write the table as an SVG picture to this file ('-': stdout)."),
    ] = None,
    html: Annotated[
        str | None,
        typer.Option("--html", metavar="FILE", help="Write the table as an HTML page to this file ('-': stdout)."),
    ] = None,
    *,
    answer: Answer,
) -> None:
    """The whole table as the factsheet shows it: settings down, nations across.

    Examples:

      npm matrix

      npm matrix --as-of 2014-12 --svg npm-table.svg

      npm matrix --html - > npm-table.html
    """
    from npmlookup.cli.views import matrix_view

    pictures = {kind: path for kind, path in (("--svg", svg), ("--html", html)) if path is not None}
    given = {"--json": answer.as_json, "--format": answer.fmt is not None, "--fields": answer.fields is not None}
    answered = [name for name, asked in given.items() if asked]
    if pictures and answered:  # a picture goes to its file, an answer to stdout in its format: not both
        raise InputError(
            f"{next(iter(pictures))} and {answered[0]} contradict each other: a picture is written in its own "
            "format, so use one of them"
        )
    if list(pictures.values()).count("-") > 1:
        raise InputError("--svg - and --html - would both write to standard output: give one a file")
    dataset = answer.dataset()
    if not pictures:
        answer.write(matrix_view(dataset))
        return
    from npmlookup.output.folders import write_file
    from npmlookup.output.picture import HTML_OPENING, SVG_OPENING, matrix_svg

    for option, path in pictures.items():
        if option == "--svg":
            picture, opening, suffixes = matrix_svg(dataset), SVG_OPENING, (".svg", ".svg")
        else:
            from npmlookup.site import matrix_page

            picture, opening, suffixes = matrix_page(dataset), HTML_OPENING, (".html", ".htm")
        if path == "-":
            streams.write_text(picture)
        else:
            write_file(path, picture, opening=opening, suffixes=suffixes)
            streams.say(f"npm: wrote {path}")
