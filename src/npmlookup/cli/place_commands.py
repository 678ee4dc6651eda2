"""The commands about named places of detention: where (who covers a place) and places (the list).

Each parses its own options, loads the dataset through its `Answer`, asks the library,
builds a view and writes it; the shared options and their meaning are in `options`. Apart
from `lookup`, so that a question about a place defines only these two commands.
"""

from typing import Annotated

import typer

from npmlookup.cli.options import (
    Answer,
    answers,
    command,
    many,
    records_of,
    several_words,
    typed,
    typed_list,
)
from npmlookup.contract import fields as record_fields


@command
@answers(record_fields.WHERE, record_fields.WHERE_ROWS)
def where(
    words: Annotated[
        list[str],
        several_words(
            "PLACE",
            "A place's name (with or without HMP, YOI, IRC, STC or 'prison'; Welsh names too), a town, "
            "or a setting, nation or body; quotes are not needed.",
            "place",
        ),
    ],
    *,
    answer: Answer,
) -> None:
    """Who inspects and monitors a named place of detention (every place the name fits; every listed
    place in a town).

    Police stations, courts, hospitals and care homes are not all listed by name: for one that is
    not, the answer is its setting's, with the command that gives it.

    Examples:

      npm where "HMP Berwyn"

      npm where Belfast

      npm where "Cardiff Bay police station"

      npm where Parc --json | jq -r '.[].place.name'

      npm where Oakhill --as-of factsheet
    """
    from npmlookup.cli.views import where_view
    from npmlookup.core.places import unlisted_kinds
    from npmlookup.core.search import answer as best
    from npmlookup.core.search import search
    from npmlookup.errors import InputError, UnknownValueError, shortened

    name = " ".join(words)
    if not name.strip():
        raise InputError("give a place's name (or a town, setting, nation or body)")
    dataset = answer.dataset()
    results = search(dataset, name)
    found = best(results)
    if found and all(r.kind == "setting" for r in found):  # a word naming a setting: the others it begins too
        found += tuple(r for r in results if r.kind == "setting" and r.fit != "close" and r not in found)
    if not found:
        error = UnknownValueError("place", name, list(dict.fromkeys(r.name for r in results)), [])
        if not results:
            example = " or ".join(f"'{shortened(name)} {s.place_words[0]}'" for s in unlisted_kinds(dataset))
            error.args = (
                f"{error}: no place, town, setting, nation or body has that name. For a place not "
                f"listed by name, say its kind ({example}).",
            )
        raise error
    answer.write(where_view(dataset, found, name))


@command
@answers(record_fields.PLACES)
def places(
    nation: Annotated[list[str] | None, many("nation", "Only these nations' places.")] = None,
    setting: Annotated[list[str] | None, many("setting", "Only these settings' places.")] = None,
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
    member: Annotated[list[str] | None, many("member", "Only the places these members cover.")] = None,
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
    count: Annotated[
        bool,
        typer.Option(
            "--count", help="How many listed places each body covers (with --member: those bodies only), not the list."
        ),
    ] = False,
    *,
    answer: Answer,
) -> None:
    """The named places of detention, filtered by nation, setting, kind, member or status (several values of
    a filter: any of them).

    Examples:

      npm places --nation wales

      npm places --member "IMB NI"

      npm places --kind "secure training centre" --status open --json

      npm places --member "IMB NI" --count
    """
    from npmlookup.cli.views import asked, counts_view, places_view
    from npmlookup.core.places import find_place_kind, find_status, places_of
    from npmlookup.core.query import find_member, find_nation, find_setting
    from npmlookup.errors import InputError

    dataset = answer.dataset()
    nations, settings = records_of(find_nation, dataset, nation), records_of(find_setting, dataset, setting)
    kinds, members = records_of(find_place_kind, dataset, kind), records_of(find_member, dataset, member)
    if count:
        if nations or settings or kinds or status is not None:
            raise InputError("--count counts the places each body covers: of the filters, it takes --member only")
        answer.write(counts_view(dataset, [r.id for r in members]))
        return
    wanted = find_status(status) if status is not None else None
    filters = {"nation": nations, "setting": settings, "kind": kinds, "member": members}
    found = places_of(dataset, **{name: values or None for name, values in filters.items()}, status=wanted)
    covered = f"covered by {', '.join(r.abbreviation for r in members)}" if members else ""
    question = asked(
        *(", ".join(r.name for r in rs) for rs in (nations, settings)), ", ".join(kinds), covered, wanted or ""
    )
    title = f"Places: {question}" if question else "Places"
    answer.write(places_view(dataset, found, title))
