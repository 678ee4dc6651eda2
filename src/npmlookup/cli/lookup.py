"""The commands that answer who covers what: who, member, where, places, members, settings, nations, matrix.

Each parses its own options, loads the dataset through its `Answer`, asks the library,
builds a view and writes it; the shared options and their meaning are in `cli_options`.
"""

from typing import Annotated

import typer

from npmlookup.cli.options import (
    Answer,
    answers,
    commands,
    completer,
    many,
    place_completer,
    records_of,
    typed,
    typed_list,
)
from npmlookup.contract import fields as record_fields
from npmlookup.errors import InputError
from npmlookup.output import streams


@commands.command()
@answers(record_fields.WHO)
def who(
    setting: Annotated[
        list[str] | None,
        many("--setting", "-s", "A setting: id, name or alias (repeat, or a,b, for several).", "setting"),
    ] = None,
    nation: Annotated[
        list[str] | None,
        many("--nation", "-n", "A nation: id, name or alias (repeat, or a,b, for several).", "nation"),
    ] = None,
    member: Annotated[
        list[str] | None,
        many("--member", "-m", "A member: id, abbreviation or name (repeat, or a,b, for several).", "member"),
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
    s, n, m = (
        records_of(find, dataset, values)
        for find, values in ((find_setting, setting), (find_nation, nation), (find_member, member))
    )
    entries = lookup(dataset, setting=s or None, nation=n or None, member=m or None)
    view = who_view(dataset, entries, settings=s, nations=n, members=m, explain=explain)
    unavailable = None if explain else {"explanation": "is there only with --explain"}
    answer.write(view, unavailable)


@commands.command()
@answers(record_fields.COVERAGE, record_fields.MEMBER_ROWS)
def member(
    name: Annotated[
        str,
        typer.Argument(
            help="The member: id, abbreviation, full name or alias.",
            metavar="MEMBER",
            show_default=False,
            callback=typed,
            autocompletion=completer("member"),
        ),
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
    answer.write(member_view(dataset, find_member(dataset, name)))


@commands.command()
@answers(record_fields.WHERE, record_fields.WHERE_ROWS)
def where(
    name: Annotated[
        str,
        typer.Argument(
            help="A place's name, with or without HMP, YOI, IRC, STC or 'prison'; Welsh names too.",
            metavar="PLACE",
            show_default=False,
            callback=typed,
            autocompletion=place_completer,
        ),
    ],
    *,
    answer: Answer,
) -> None:
    """Who inspects and monitors a named place of detention (every place the name fits).

    Police stations, courts, hospitals and care homes are not listed by name: ask
    `npm who --setting ...` for them.

    Examples:

      npm where "HMP Berwyn"

      npm where Parc --json | jq -r '.[].place.name'

      npm where Oakhill --as-of factsheet
    """
    from npmlookup.cli.views import where_view
    from npmlookup.core.places import UnknownPlaceError, find_places

    dataset = answer.dataset()
    try:
        places = find_places(dataset, name)
    except UnknownPlaceError as error:
        error.args = (
            error.explain(lambda setting, nation: f"npm who --setting {setting} --nation {nation or 'NATION'}"),
        )
        raise
    answer.write(where_view(dataset, places))


@commands.command()
@answers(record_fields.PLACES)
def places(
    nation: Annotated[list[str] | None, many("--nation", "-n", "Only these nations' places.", "nation")] = None,
    setting: Annotated[list[str] | None, many("--setting", "-s", "Only these settings' places.", "setting")] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            "-k",
            metavar="KIND",
            help="Only this kind of place (e.g. 'secure training centre').",
            callback=typed_list,
        ),
    ] = None,
    member: Annotated[
        list[str] | None, many("--member", "-m", "Only the places these members cover.", "member")
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            metavar="STATUS",
            help="open, closed, not yet open, uncertain or all, on the date answered for "
            "(default: the places that may be in use then, open or uncertain).",
            callback=typed,
        ),
    ] = None,
    *,
    answer: Answer,
) -> None:
    """The named places of detention, filtered by nation, setting, kind, member or status (several values of
    a filter: any of them).

    Examples:

      npm places --nation wales

      npm places --member "IMB NI"

      npm places --kind "secure training centre" --status open --json
    """
    from npmlookup.cli.views import places_view
    from npmlookup.core.places import find_place_kind, find_status, places_of
    from npmlookup.core.query import find_member, find_nation, find_setting

    dataset = answer.dataset()
    n, s, k, m = (
        records_of(find, dataset, values)
        for find, values in (
            (find_nation, nation),
            (find_setting, setting),
            (find_place_kind, kind),
            (find_member, member),
        )
    )
    st = find_status(status) if status is not None else None
    found = places_of(
        dataset,
        nation=[r.id for r in n] or None,
        setting=[r.id for r in s] or None,
        kind=k or None,
        member=[r.id for r in m] or None,
        status=st,
    )
    asked = [", ".join(r.name for r in n), ", ".join(r.name for r in s), ", ".join(k)]
    asked += [f"covered by {', '.join(r.abbreviation for r in m)}" if m else "", st or ""]
    title = "Places: " + "; ".join(part for part in asked if part) if any(asked) else "Places"
    answer.write(places_view(dataset, found, title))


@commands.command()
@answers(record_fields.MEMBER)
def members(
    *,
    answer: Answer,
) -> None:
    """The NPM's members at the dataset's date.

    Examples:

      npm members

      npm members --as-of factsheet --format csv
    """
    from npmlookup.cli.views import members_view

    answer.write(members_view(answer.dataset()))


@commands.command()
@answers(record_fields.SETTING)
def settings(
    *,
    answer: Answer,
) -> None:
    """The detention settings (the table's rows) and the names they answer to, former names included.

    Examples:

      npm settings

      npm settings --as-of factsheet

      npm settings --json
    """
    from npmlookup.cli.views import named_view

    answer.write(named_view(answer.dataset(), "settings"))


@commands.command()
@answers(record_fields.NAMED, dated=False)
def nations(
    *,
    answer: Answer,
) -> None:
    """The nations (the table's columns) and the names they answer to.

    Examples:

      npm nations

      npm nations --format tsv
    """
    from npmlookup.cli.views import named_view

    answer.write(named_view(answer.dataset(), "nations"))


@commands.command()
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
    _refuse_together([*pictures, *(name for name, asked in given.items() if asked)], pictures)
    if list(pictures.values()).count("-") > 1:
        raise InputError("--svg - and --html - would both write to standard output: give one a file")
    dataset = answer.dataset()
    if not pictures:
        answer.write(matrix_view(dataset))
        return
    from npmlookup.output.picture import MADE_BY, matrix_svg

    for option, path in pictures.items():
        if option == "--svg":
            picture = matrix_svg(dataset)
        else:
            from npmlookup.site import matrix_page

            picture = matrix_page(dataset)
        if path == "-":
            streams.write_text(picture)
        else:
            streams.write_file(path, picture, made_by=MADE_BY)
            streams.say(f"npm: wrote {path}")


def _refuse_together(given: list[str], pictures: dict[str, str]) -> None:
    """A picture goes to its file, an answer to stdout in its format: asking for both is a usage error."""
    answer = [name for name in given if name not in pictures]
    if pictures and answer:
        raise InputError(
            f"{next(iter(pictures))} and {answer[0]} contradict each other: a picture is written in its own "
            "format, so use one of them"
        )
