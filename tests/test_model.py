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
