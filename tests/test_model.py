"""The model's records behave as frozen dataclasses with value semantics (`Record` writes them once)."""

from __future__ import annotations

import dataclasses

import pytest

from npmlookup.core.concerns import PlacePage
from npmlookup.core.model import Nation


def test_records_are_equal_by_value_hashable_and_frozen() -> None:
    wales = Nation("wales", "Wales", ("cymru",))
    assert wales == Nation("wales", "Wales", ("cymru",))
    assert wales != Nation("wales", "Wales")
    assert len({wales, Nation("wales", "Wales", ("cymru",)), Nation("x", "X")}) == 2
    assert wales != PlacePage("wales", "Wales", "cymru", "u", "t", None, None), "another class is never equal"
    with pytest.raises(dataclasses.FrozenInstanceError):
        wales.name = "Cymru"  # type: ignore[misc]
    assert repr(wales) == "Nation(id='wales', name='Wales', aliases=('cymru',))"
    assert dataclasses.replace(wales, name="Cymru").name == "Cymru"


def _records_of_a_run() -> list[object]:
    """One of every kind of record the library answers with, made as a run makes them."""
    from npmlookup.core.changes import changes_between, name_history
    from npmlookup.core.concerns import concern_for_place
    from npmlookup.core.history import at
    from npmlookup.core.search import search
    from npmlookup.loading.loader import load_contents

    contents = load_contents()
    snapshot = at(contents, "2025")
    answer = concern_for_place(snapshot, snapshot.place_by_id["hmp-parc"])
    about = contents.about
    assert about is not None
    assert contents.licence is not None
    found: list[object] = [
        contents,
        snapshot,
        contents.edition,
        contents.licence,
        about,
        about.facts[0],
        answer,
        answer.members[0],
        answer.outside[0],
        search(snapshot, "Parc")[0],
        changes_between(at(contents, "2016"), snapshot)[0],
        name_history(contents, contents.members[0].id)[0],
    ]
    for name in (
        "nations",
        "settings",
        "members",
        "entries",
        "events",
        "places",
        "place_kinds",
        "sources",
        "places_licences",
        "concern_routes",
        "outside_routes",
        "route_cells",
        "place_pages",
    ):
        found.append(getattr(contents, name)[0])
    return found


def test_every_record_refuses_to_change_a_field_once_made() -> None:
    import importlib
    import pkgutil

    import npmlookup.core

    records = _records_of_a_run()
    core = [importlib.import_module(f"npmlookup.core.{m.name}") for m in pkgutil.iter_modules(npmlookup.core.__path__)]
    defined = {
        c for module in core for c in vars(module).values() if dataclasses.is_dataclass(c) and isinstance(c, type)
    }
    assert defined <= {type(r) for r in records}, "one of every record class the core defines"
    for made in records:
        for field in dataclasses.fields(made):  # type: ignore[arg-type]
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(made, field.name, None)
            with pytest.raises(dataclasses.FrozenInstanceError):
                delattr(made, field.name)


def test_a_datasets_part_not_yet_built_cannot_be_set_either() -> None:
    from npmlookup.loading.loader import load_contents

    contents = load_contents()  # fresh: its places, concerns and facts are built when first used
    with pytest.raises(dataclasses.FrozenInstanceError):
        contents.places = ()  # type: ignore[misc]
    assert len(contents.places) > 200, "the part was built, not replaced"


def test_a_dataset_and_its_records_survive_pickling_and_copying() -> None:
    """A frozen record is restored field by field without assigning (`Frozen.__setstate__`): a dataset whose
    parts are not yet built (and one whose are) pickles, copies and deep-copies, and answers the same."""
    import copy
    import pickle

    from npmlookup.core.history import at
    from npmlookup.loading.loader import load_contents

    fresh = at(load_contents(), "2025")
    used = at(load_contents(), "2025")
    assert used.place_by_id["hmp-parc"].name
    for dataset in (fresh, used):
        for again in (pickle.loads(pickle.dumps(dataset)), copy.copy(dataset), copy.deepcopy(dataset)):
            assert again.entries == dataset.entries
            assert again.place_by_id["hmp-parc"] == dataset.place_by_id["hmp-parc"]
            assert [p.id for p in again.places] == [p.id for p in dataset.places]
            with pytest.raises(dataclasses.FrozenInstanceError):
                again.title = "changed"  # type: ignore[misc]
