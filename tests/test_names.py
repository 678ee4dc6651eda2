"""One name resolver for everything: every id and name any command prints resolves in every command."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from typer.testing import CliRunner

import npmlookup
from npmlookup import AmbiguousValueError, UnknownValueError
from npmlookup.cli.app import app
from npmlookup.core.dataset import Dataset
from npmlookup.core.model import normalize
from npmlookup.core.names import NameTable
from npmlookup.core.places import find_places, place_names
from npmlookup.errors import UnknownPlaceError

pytestmark = pytest.mark.usefixtures("shipped_contents_loaded_once")
runner = CliRunner()


def json_of(*args: str) -> Any:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, (args, result.output)
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("HMP & YOI Berwyn", "hmp and yoi berwyn"),
        ("Children\u2019s Commissioner", "childrens commissioner"),
        ("Altcourse (HMP & YOI)", "altcourse hmp and yoi"),
        ("HMP/YOI  Altcourse", "hmp yoi altcourse"),
        ("Ysbyty \u0174-l\u00e2n", "ysbyty w lan"),
        ("police_custody", "police custody"),
        ("\u201cBar-L\u201d", "bar l"),
    ],
)
def test_one_folding(text: str, folded: str) -> None:
    assert normalize(text) == folded
    assert normalize(folded) == folded, "folding twice changes nothing"


def test_every_printed_id_resolves_in_every_command() -> None:
    places = [row["id"] for row in json_of("places", "--status", "all")]
    members = [row["id"] for row in json_of("members")]
    settings = [row["id"] for row in json_of("settings")]
    nations = [row["id"] for row in json_of("nations")]
    assert len(places) >= 196
    assert {"hillside-sch", "mctc-colchester"} <= set(places), "two of the ids once refused"
    for place_id in places:
        assert [item["place"]["id"] for item in json_of("where", place_id)] == [place_id]
    for member_id in members:
        assert json_of("member", member_id)["id"] == member_id
        assert {row["member"] for row in json_of("who", "--member", member_id)} <= {member_id}
        json_of("places", "--member", member_id)
    for setting_id in settings:
        assert {row["setting"] for row in json_of("who", "--setting", setting_id)} == {setting_id}
        json_of("places", "--setting", setting_id)
    for nation_id in nations:
        assert {row["nation"] for row in json_of("who", "--nation", nation_id)} == {nation_id}
        assert {row["nation"] for row in json_of("places", "--nation", nation_id)} <= {nation_id}


def test_every_name_a_place_carries_finds_it(latest: Dataset) -> None:
    for place in latest.places:
        for name in (
            place.id,
            place.name,
            *place.other_names,
            *(n.rsplit(",", 1)[1] for n in place.other_names if "," in n),
        ):
            assert place.id in place_names(latest).match(name).ids, (place.id, name)


def test_every_name_a_member_setting_or_nation_has_had_finds_it(latest: Dataset) -> None:
    for member in latest.all_members:
        for name in (member.id, member.name, member.abbreviation, *member.aliases):
            assert npmlookup.find_member(latest, name) == member, name
    renamed = [e for e in latest.events if e.kind == "renamed" and e.member]
    assert renamed
    for event in renamed:
        for later in (event.name, event.abbreviation):
            if later:
                assert npmlookup.find_member(latest, later).id == event.member
    for setting in latest.all_settings:
        for name in (setting.id, setting.name, *setting.aliases):
            assert npmlookup.find_setting(latest, name).id == setting.id, name
    for nation in latest.nations:
        for name in (nation.id, nation.name, *nation.aliases):
            assert npmlookup.find_nation(latest, name) == nation


@pytest.mark.parametrize(
    ("former", "current"), [("cssiw", "ciw"), ("hmic", "hmicfrs"), ("CSSIW", "ciw"), ("HMIC", "hmicfrs")]
)
def test_ids_are_current_names_and_former_ids_resolve(latest: Dataset, former: str, current: str) -> None:
    assert current in latest.member_by_id
    assert former.casefold() not in latest.member_by_id
    assert npmlookup.find_member(latest, former).id == current
    assert json_of("member", former)["id"] == current


def test_a_beginning_that_fits_two_places_answers_with_both() -> None:
    assert [item["place"]["id"] for item in json_of("where", "Lincol")] == [
        "hmp-lincoln",
        "hmp-morton-hall",
        "morton-hall-irc",
        "lincolnshire-sch",
    ], "each place that Lincoln (a name, or a town) or Lincolnshire begins"


def test_a_beginning_that_fits_two_members_lists_both(latest: Dataset) -> None:
    assert npmlookup.find_member(latest, "HM Inspectorate of Prisons").id == "hmi-prisons"
    with pytest.raises(AmbiguousValueError) as raised:
        npmlookup.find_member(latest, "HM Inspectorate of Pris")
    # one name and a longer form of it still fit two records: a member is one record, so a choice
    assert [c.split()[0] for c in raised.value.candidates] == ["hmi-prisons", "hmips"]


def test_a_word_inside_a_name_finds_it(latest: Dataset) -> None:
    assert [p.id for p in find_places(latest, "Mount")] == ["hmp-the-mount"]
    with pytest.raises(AmbiguousValueError):
        npmlookup.find_member(latest, "inspectorate")


def test_a_town_finds_the_place(latest: Dataset) -> None:
    towns = {
        "mctc-colchester": ("MCTC", "Camulodunum"),
        "medway-stc": ("Medway STC, Durovernum",),
        "oasis-restore": ("Oasis Restore, Durovernum",),
    }
    places = tuple(replace(p, other_names=towns[p.id]) if p.id in towns else p for p in latest.places)
    contents = latest.contents
    changed = replace(
        contents,
        parts=lambda part: {**contents.parts(part), "place_by_id": {p.id: p for p in places}, "place_names": None},
    )
    assert [p.id for p in find_places(changed, "Camulodunum")] == ["mctc-colchester"], "a town alone"
    in_town = [p.id for p in places if p.id in ("medway-stc", "oasis-restore")]
    assert [p.id for p in find_places(changed, "Durovernum")] == in_town, "a town after a comma: each place in it"


def test_colchester_is_the_military_corrective_training_centre(latest: Dataset) -> None:
    assert [p.id for p in find_places(latest, "Colchester")] == ["mctc-colchester"]
    assert [item["place"]["id"] for item in json_of("where", "Colchester")] == ["mctc-colchester"]


def test_broadmoor_is_listed_now(latest: Dataset) -> None:
    assert [p.id for p in find_places(latest, "Broadmoor")] == ["broadmoor-hospital"]


def test_a_bare_name_that_fits_nothing_says_to_name_its_kind() -> None:
    result = runner.invoke(app, ["where", "Bethlem"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "'Bethlem hospital'" in result.stderr
    assert "'Bethlem police'" in result.stderr
    assert len(result.stderr) < 300


@pytest.mark.parametrize(
    ("text", "setting", "nation"),
    [
        ("Cardiff police station", "police-custody", "wales"),
        ("Bethlem Royal Hospital", "mental-health", None),
        ("Leverndale Hospital, Scotland", "mental-health", "scotland"),
        ("Sunnyview care home in Wales", "dols", "wales"),
        ("Snaresbrook Crown Court", "court-custody", None),
    ],
)
def test_a_kind_of_place_not_listed_gets_its_setting_and_nation(
    latest: Dataset, text: str, setting: str, nation: str | None
) -> None:
    with pytest.raises(UnknownPlaceError) as raised:
        find_places(latest, text)
    assert raised.value.setting == setting
    assert raised.value.nation == nation
    assert "npm who" not in str(raised.value), "below the command line, no command is named"
    (item,) = json_of("where", text)
    assert (item["kind"], item["id"], item["nation"]) == ("not listed", setting, nation)
    assert item["command"] == f"npm who --setting {setting}" + (f" --nation {nation}" if nation else "")


def test_the_hint_words_come_from_the_data(latest: Dataset) -> None:
    settings = tuple(
        replace(s, place_words=(*s.place_words, "asylum")) if s.id == "mental-health" else s for s in latest.settings
    )
    changed = replace(latest, settings=settings)
    with pytest.raises(UnknownPlaceError) as raised:
        find_places(changed, "Bedlam Asylum")
    assert raised.value.setting == "mental-health"
    with pytest.raises(UnknownPlaceError) as raised:
        find_places(latest, "Bedlam Asylum")
    assert raised.value.setting is None


def test_a_member_that_does_not_exist_is_not_suggested_as_another_nation_s(latest: Dataset) -> None:
    with pytest.raises(UnknownValueError) as raised:
        npmlookup.find_member(latest, "Children's Commissioner for Wales")
    assert "occ" not in raised.value.suggestions
    assert "no member has that name" in str(raised.value)
    assert "hiw" in raised.value.valid, "the members in Wales are the choice"
    assert "occ" not in raised.value.valid
    with pytest.raises(UnknownValueError) as raised:
        npmlookup.find_member(latest, "Childrens Comissioner for England")
    assert raised.value.suggestions == ["occ"], "a typo of England's commissioner still finds it"


def test_typos_are_suggested_never_chosen(latest: Dataset) -> None:
    with pytest.raises(UnknownPlaceError) as raised:
        find_places(latest, "berwin")
    assert raised.value.suggestions == ["HMP & YOI Berwyn"]


def test_the_table_rule_in_order() -> None:
    pairs_by_id = {"a": "Alpha House", "b": "Alpha House College", "c": "Beta", "d": "HMP Beta", "e": "Gamma Wood"}
    table = NameTable([(name, record_id) for record_id, name in pairs_by_id.items()], designators=["hmp"])
    assert table.match("beta").ids == ("c", "d"), "one core that two records carry: both"
    assert table.match("HMP Beta").ids == ("d",), "a full name: its record"
    assert table.match("alph") == (("a", "b"), False, ()), "one name and a longer form of it"
    assert table.match("wood").ids == ("e",), "a later word"
    assert table.match("Alpha House C").ids == ("b",)
    assert table.match("gama wood").suggestions == ("e",)
    assert table.match("") == ((), False, ())


@pytest.mark.parametrize(
    ("text", "said"),
    [("hiw", ("member", "hiw", "npm member hiw")), ("Cymru", ("nation", "wales", "npm who --nation wales"))],
)
def test_a_name_of_another_kind_says_what_it_is(text: str, said: tuple[str, str, str]) -> None:
    (item,) = json_of("where", text)
    assert (item["kind"], item["id"], item["command"]) == said


def test_the_words_of_place_names_live_in_the_data_not_the_code(latest: Dataset) -> None:
    import npmlookup.core.names
    import npmlookup.core.places
    import npmlookup.core.query

    for module in (npmlookup.core.names, npmlookup.core.places, npmlookup.core.query):
        for name, value in vars(module).items():
            if name in ("STATUSES", "STATES") or name.startswith("__") or not isinstance(value, tuple | list | dict):
                continue  # what `places --status` takes, the tool's own vocabulary
            items = list(value.values()) if isinstance(value, dict) else list(value)
            items += [part for item in items if isinstance(item, tuple) for part in item]
            assert not any(isinstance(item, str) for item in items), f"{module.__name__}.{name}: words in code"
    designators = place_names(latest).designators
    assert "hmp" in designators, "the designators are the data's place words"
    assert set(designators) <= {normalize(w) for s in latest.all_settings for w in s.place_words}
