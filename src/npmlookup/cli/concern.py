"""The command for the question a person asks first: who do I tell about someone held here, and how.

It parses its options, loads the dataset through its `Answer`, asks the library
(`core.concerns`), builds a view and writes it, as every command does.
"""

from typing import Annotated

from npmlookup.cli.options import Answer, answers, command, one, several_words
from npmlookup.contract import fields as record_fields


@command
@answers(record_fields.CONCERN_ROWS, record_fields.CONCERN_ROWS_NAME)
def concern(
    words: Annotated[
        list[str] | None,
        several_words(
            "[PLACE]",
            "A named place (as `npm where` takes it; quotes are not needed); or give --setting and --nation instead.",
            "place",
        ),
    ] = None,
    setting: Annotated[str | None, one("setting", "A setting: id, name or alias.")] = None,
    nation: Annotated[str | None, one("nation", "A nation: id, name or alias.")] = None,
    *,
    answer: Answer,
) -> None:
    """Who to tell about someone held in a place, or in a setting in a nation, and how.

    First the NPM's bodies that take a concern about one person (who may raise one, how,
    and what the body does with it), then the complaint routes outside the NPM
    (ombudsmen, police complaints bodies, children's commissioners: not part of the NPM),
    then every body that inspects or monitors there, and the place's own official pages.

    Examples:

      npm concern "HMP Wandsworth"

      npm concern --setting police --nation scotland

      npm concern Broadmoor --json | jq -r '.[].outside_npm[].name'
    """
    from npmlookup.cli.views import concern_view
    from npmlookup.core.concerns import concern_for_cell, concern_for_place
    from npmlookup.core.places import find_places
    from npmlookup.core.query import find_nation, find_setting
    from npmlookup.core.search import answer as answer_to
    from npmlookup.core.search import search
    from npmlookup.errors import InputError

    dataset = answer.dataset()
    place = " ".join(words) if words else None
    if place is not None and not place.strip():
        raise InputError("give a place's name, or --setting and --nation")
    if place is not None and (setting or nation):
        raise InputError("give a PLACE, or --setting and --nation, not both")
    if place is not None:
        answers_found = []
        for found in answer_to(search(dataset, place)):
            if found.kind == "member":
                raise InputError(
                    f"{place!r} is a body, not a place: npm member {found.id} says what it does with a concern"
                )
            if found.kind == "nation":
                raise InputError(
                    f"{place!r} is a nation: give a setting too (npm concern --setting S --nation {found.id})"
                )
            if found.kind in ("place", "town"):  # a place's own id, or every place of a town
                answers_found += [concern_for_place(dataset, dataset.place_by_id[i]) for i in found.places]
            elif found.kind in ("not listed", "setting"):  # a police station, a hospital, 'police': the setting
                nations = [found.nation] if found.nation else [n.id for n in dataset.nations]
                answers_found += [concern_for_cell(dataset, found.id, nation) for nation in nations]
        if not answers_found:
            find_places(dataset, place)  # raises the error that says why, with any suggestion
            raise InputError(f"{place!r} names no place: give a place, or --setting and --nation")
    elif setting and nation:
        found_setting, found_nation = find_setting(dataset, setting), find_nation(dataset, nation)
        answers_found = [concern_for_cell(dataset, found_setting.id, found_nation.id)]
    else:
        raise InputError('give a PLACE (npm concern "HMP Parc"), or both --setting and --nation')
    answer.write(concern_view(dataset, answers_found))
