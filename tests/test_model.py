"""Records behave as frozen dataclasses with value semantics."""

from __future__ import annotations

import dataclasses

import pytest

from npmlookup.core.dataset import Dataset
from npmlookup.core.model import Entry, Member, ModelBase, Nation


def member(**changes: object) -> Member:
    fields: dict[str, object] = {
        "id": "hiw",
        "name": "Healthcare Inspectorate Wales",
        "abbreviation": "HIW",
        "aliases": (),
        "kind": "inspectorate",
        "nations": ("wales",),
    }
    return Member(**(fields | changes))  # type: ignore[arg-type]


def test_records_are_frozen_slotted_dataclasses() -> None:
    record = member()
    assert dataclasses.is_dataclass(record)
    assert not hasattr(record, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.name = "Other"  # type: ignore[misc]


def test_equality_and_hash_follow_the_fields() -> None:
    assert member() == member()
    assert member() != member(name="Other")
    assert hash(member()) == hash(member())
    assert len({member(), member(), member(id="x")}) == 2
    assert Nation("wales", "Wales") != ("wales", "Wales", ())
    assert Nation("wales", "Wales").__eq__(object()) is NotImplemented


def test_a_row_makes_an_equal_object(latest: Dataset) -> None:
    assert member(website="https://www.hiw.org.uk/").row()[:3] == ("hiw", "Healthcare Inspectorate Wales", "HIW")
    for record in (member(), *latest.places[:20], *latest.entries[:20], *latest.events[:20]):
        assert type(record)(*record.row()) == record


def test_repr_names_the_fields() -> None:
    assert repr(Nation("ni", "Northern Ireland", ("n ireland",))) == (
        "Nation(id='ni', name='Northern Ireland', aliases=('n ireland',))"
    )


def test_replace_and_fields_work() -> None:
    entry = Entry(setting="prisons", nation="wales", member="hiw", role="partner", basis="stated")
    assert dataclasses.replace(entry, role="lead").role == "lead"
    assert [f.name for f in dataclasses.fields(entry)][:4] == ["setting", "nation", "member", "role"]
    assert isinstance(entry, ModelBase)
