"""The commands about named places of detention: where (who covers a place) and places (the list).

Each parses its own options, loads the dataset through its `Answer`, asks the library,
builds a view and writes it; the shared options and their meaning are in `options`. Apart
from `lookup`, so that a question about a place defines only these two commands.
"""

from typing import Annotated

import typer

from npmlookup.cli.options import Answer, answers, command, completer, many, records_of, typed, typed_list
from npmlookup.contract import fields as record_fields


@command
@answers(record_fields.WHERE, record_fields.WHERE_ROWS)
def where(
    name: Annotated[
        str,
        typer.Argument(
            help="A place's name, with or without HMP, YOI, IRC, STC or 'prison'; Welsh names too.",
            metavar="PLACE",
            show_default=False,
            callback=typed,
            autocompletion=completer("place"),
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


@command
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
    from npmlookup.cli.views import asked, places_view
    from npmlookup.core.places import find_place_kind, find_status, places_of
    from npmlookup.core.query import find_member, find_nation, find_setting

    dataset = answer.dataset()
    nations, settings, kinds, members = (
        records_of(find, dataset, values)
        for find, values in (
            (find_nation, nation),
            (find_setting, setting),
            (find_place_kind, kind),
            (find_member, member),
        )
    )
    wanted = find_status(status) if status is not None else None
    found = places_of(
        dataset,
        nation=[r.id for r in nations] or None,
        setting=[r.id for r in settings] or None,
        kind=kinds or None,
        member=[r.id for r in members] or None,
        status=wanted,
    )
    covered = f"covered by {', '.join(r.abbreviation for r in members)}" if members else ""
    question = asked(
        *(", ".join(r.name for r in rs) for rs in (nations, settings)), ", ".join(kinds), covered, wanted or ""
    )
    title = f"Places: {question}" if question else "Places"
    answer.write(places_view(dataset, found, title))
