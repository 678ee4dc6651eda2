"""The library is as safe as the command: places_of resolves names as who() does, and no index grows
with every load()."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import npmlookup
from npmlookup.core.dataset import Dataset
from npmlookup.core.places import find_places, places_of
from npmlookup.core.query import find_nation, who

from .conftest import small_text, write_small


@pytest.mark.parametrize("name", ["Wales", "wales", "WALES", " wales ", "Cymru"])
def test_places_of_takes_a_nation_as_who_does(latest: Dataset, name: str) -> None:
    expected_nations = {e.nation for e in who(latest, nation=name)}
    found = places_of(latest, nation=name)
    assert found
    assert {p.nation for p in found} == expected_nations == {"wales"}
    assert found == places_of(latest, nation="wales") == places_of(latest, nation=find_nation(latest, "wales"))


def test_places_of_takes_settings_members_kinds_and_statuses_by_name(latest: Dataset) -> None:
    assert places_of(latest, setting="Immigration detention") == places_of(latest, setting="immigration")
    assert places_of(latest, member="IMB NI") == places_of(latest, member="imb-ni")
    assert places_of(latest, member=["IMB NI", "hmi-prisons"]) == places_of(latest, member=["imb-ni", "hmi-prisons"])
    stcs = places_of(latest, kind="Secure Training Centre", status="Open")
    assert stcs == places_of(latest, kind="secure training centre", status="open")
    assert stcs
    assert all(p.kind == "secure training centre" and not p.is_closed_on(latest.as_of) for p in stcs)


@pytest.mark.parametrize(
    "filters",
    [
        {"nation": "Atlantis"},
        {"nation": "Walse"},
        {"setting": "moon bases"},
        {"member": "nobody at all"},
        {"kind": "castle"},
        {"status": "shut"},
        {"nation": ["wales", "Atlantis"]},
    ],
)
def test_places_of_raises_on_a_name_that_fits_nothing(latest: Dataset, filters: dict[str, object]) -> None:
    with pytest.raises(LookupError):
        places_of(latest, **filters)  # type: ignore[arg-type]


def module_containers() -> dict[str, int]:
    """The size of every dict, list and set held at module level in npmlookup."""
    sizes = {}
    for name, module in list(sys.modules.items()):
        if name == "npmlookup" or name.startswith("npmlookup."):
            for attribute, value in vars(module).items():
                if isinstance(value, dict | list | set) and not attribute.startswith("__"):
                    sizes[f"{name}.{attribute}"] = len(value)
    return sizes


def test_no_index_grows_with_every_load(tmp_path: Path) -> None:
    def load_and_ask(number: int) -> None:
        path = tmp_path / f"coverage-{number}.yaml"
        write_small(path, small_text().replace("Small test NPM", f"NPM {number}"))
        dataset = npmlookup.load(path)
        assert find_places(dataset, "Northgate")
        assert places_of(dataset, nation="North Land")
        assert who(dataset, setting="jails")
        assert find_nation(dataset, "Nort").id, "a beginning: the whole name rule, not the exact index"

    for number in range(10):
        load_and_ask(number)
    before = module_containers()
    for number in range(10, 40):
        load_and_ask(number)
    after = module_containers()
    grown = {name: (before.get(name), size) for name, size in after.items() if size > before.get(name, 0)}
    assert grown == {}
