"""The site's search answers as the command line does: search.js, run in Node on the index the build
writes, against the library's answers for the same texts."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from npmlookup.core.dataset import Dataset
from npmlookup.core.model import normalize
from npmlookup.core.search import FITS, KINDS, answer, search

from .conftest import Once

TEXTS = [
    "secure children's home Sheffield",
    "HMP Yarl's Wood",
    "HMP Morton Hall",
    "the prison in Wrexham",
    "my son is in Cookham Wood",
    "police station Bedford",
    "please send help to Wandsworth",
    "HMP",
    "HM Prison",
    "irc",
    "hmp hmp",
    "irc irc",
    "hmp irc",
    "Berwyn Parc",
    "Berwyn",
    "berwin",
    "HMP & YOI Berwyn",
    "Carchar y Berwyn",
    "Parc",
    "HMP Parc",
    "Lincol",
    "wood",
    "Colchester",
    "Rochester",
    "Broadmoor",
    "Hydebank",
    "Morton Hall",
    "Verne",
    "the mount",
    "hillside-sch",
    "mctc-colchester",
    "Yarls Wood",
    "Yarl\u2019s Wood IRC",
    "HMP Wandswoth",
    "Ha",
    "Oakhill",
    "Woodlands",
    "Cardiff police station",
    "Children's Commissioner for Wales",
    "cssiw",
    "HMIC",
    "inspectorate",
    "Care Inspectorate Walse",
    "police",
    "wales",
    "Feltham",
    "  BELMARSH  ",
    "Holloway",
    "Dungavel",
    "Berwin " * 40,
    "a" * 501,
    "children",
    "Belfast",
    "Heathrow",
    "heathrow holding room",
    "holding rooms",
    "St Ann's Hospital",
    "Cardiff Bay police station",
    "police station Cardiff",
    "Glasgow police station",
    "Leverndale Hospital, Scotland",
    "HMP Berwyn",
    "verne",
    "wandswoth",
    "Glasgow",
    "Perth",
    "Derry",
    "hospital",
    "Atlantis",
    "Wrexham",
    "ofsted",
]
"""Texts people type: names, typos, beginnings, towns, ids, former ids, other kinds, places not listed,
no place; the questions of issue 27."""

FOLDS = [
    "Ysbyty \u0174-l\u00e2n",
    "\u201cBar-L\u201d",
    "A&E",
    "st. john's_home",
    "Na\u00efve  caf\u00e9",
    "Stra\u00dfe",
    "\u0130stanbul",
]

RUN = """
const search = require(process.argv[1]);
const fs = require("fs");
const index = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const asked = JSON.parse(fs.readFileSync(0, "utf8"));
const out = {
  answers: asked.texts.map((text) => search.search(index, text)),
  best: asked.texts.map((text) => search.answer(search.search(index, text)).map((r) => r.kind + ":" + r.id)),
  folds: asked.folds.map((text) => search.fold(text)),
};
process.stdout.write(JSON.stringify(out));
"""


def made_up_texts(dataset: Dataset) -> list[str]:
    """Texts made from the data, every third place and member: a letter dropped, a beginning, a last word."""
    texts = []
    for name in [p.name for p in dataset.places[::3]] + [m.name for m in dataset.all_members[::3]]:
        middle = len(name) // 2
        texts += [name[:middle] + name[middle + 1 :], name[:4], name.split()[-1]]
    return texts


@pytest.fixture(scope="module")
def site_answers(latest_site: tuple[Dataset, Path], once_for_the_run: Once) -> dict[str, Any]:
    """What the site's script answers to every text, asked once for the run."""
    node = shutil.which("node")
    assert node is not None, "Node runs the site's search script in this test: install node"
    latest, site = latest_site

    def ask(_folder: Path) -> Any:
        result = subprocess.run(
            [node, "-e", RUN, str(site / "search.js"), str(site / "search-index.json")],
            input=json.dumps({"texts": TEXTS + made_up_texts(latest), "folds": FOLDS}),
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    answers: dict[str, Any] = once_for_the_run("site-search-answers", ask)[1]
    return answers


def test_the_site_folds_as_the_library_does(site_answers: dict[str, Any]) -> None:
    assert site_answers["folds"] == [normalize(text) for text in FOLDS]


def results_of(dataset: Dataset, text: str) -> list[dict[str, Any]]:
    """The library's search, as the site's script gives it."""
    return [asdict(r) | {"places": list(r.places)} for r in search(dataset, text)]


@pytest.mark.parametrize(("position", "text"), list(enumerate(TEXTS)))
def test_the_site_ranks_what_the_library_ranks(
    site_answers: dict[str, Any], latest: Dataset, position: int, text: str
) -> None:
    assert site_answers["answers"][position] == results_of(latest, text)
    assert site_answers["best"][position] == [f"{r.kind}:{r.id}" for r in answer(search(latest, text))]


def test_the_site_answers_texts_made_from_the_data_as_the_library_does(
    site_answers: dict[str, Any], latest: Dataset
) -> None:
    made_up = made_up_texts(latest)
    assert len(made_up) > 100
    for text, site in zip(made_up, site_answers["answers"][len(TEXTS) :], strict=True):
        assert site == results_of(latest, text), text


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("children", ["setting:children"]),
        ("police", ["setting:police-custody"]),
        ("Belfast", ["town:belfast"]),
        ("Heathrow", ["town:heathrow"]),
        ("heathrow holding room", ["place:heathrow-airport-holding-rooms"]),
        ("Broadmoor", ["place:broadmoor-hospital"]),
        ("St Ann's Hospital", ["not listed:mental-health"]),
        ("Cardiff Bay police station", ["not listed:police-custody"]),
        ("HMP Berwyn", ["place:hmp-berwyn"]),
        ("Parc", ["town:parc"]),
        ("verne", ["place:hmp-the-verne", "place:the-verne-irc"]),
        ("wandswoth", []),
        ("HMP", ["setting:prisons"]),
        ("HM Prison", ["setting:prisons"]),
        ("hmp hmp", ["setting:prisons"]),
        ("hmp irc", ["setting:prisons", "setting:immigration"]),
        ("Berwyn Parc", []),
        ("the prison in Wrexham", ["place:hmp-berwyn"]),
        ("secure children's home Sheffield", []),
        ("HMP Yarl's Wood", []),
        ("HMP Morton Hall", ["place:hmp-morton-hall"]),
        ("my son is in Cookham Wood", ["town:cookham wood"]),
        ("police station Bedford", ["not listed:police-custody"]),
        ("please send help to Wandsworth", ["place:hmp-wandsworth"]),
    ],
)
def test_the_site_answers_the_questions_of_issue_27(site_answers: dict[str, Any], text: str, best: list[str]) -> None:
    assert site_answers["best"][TEXTS.index(text)] == best


def test_the_texts_cover_every_kind_and_fit(site_answers: dict[str, Any]) -> None:
    results = [r for answer in site_answers["answers"][: len(TEXTS)] for r in answer]
    assert {r["kind"] for r in results} == set(KINDS)
    assert {r["fit"] for r in results} == set(FITS)
    assert any(r["kind"] == "not listed" and r["nation"] for r in results), "a nation the text gives"
    assert not site_answers["answers"][TEXTS.index("Atlantis")], "nothing at all"


def test_a_town_is_written_as_the_data_writes_it(site_answers: dict[str, Any]) -> None:
    (town,) = [r for r in site_answers["answers"][TEXTS.index("Belfast")] if r["kind"] == "town"]
    assert (town["name"], town["nation"], len(town["places"])) == ("Belfast", "northern-ireland", 4)


def test_berwin_suggests_berwyn_on_the_site(site_answers: dict[str, Any]) -> None:
    assert [r["id"] for r in site_answers["answers"][TEXTS.index("berwin")]] == ["hmp-berwyn"]


def test_the_index_carries_the_rule_s_data(latest_site: tuple[Dataset, Path]) -> None:
    index = json.loads((latest_site[1] / "search-index.json").read_text(encoding="utf-8"))
    assert set(index["tables"]) == {"place", "member", "setting", "nation"}
    assert "hmp" in index["tables"]["place"]["designators"], "designators come from the data's place words"
    assert {s["id"] for s in index["unlisted"]} >= {"mental-health", "police-custody"}
    assert index["tables"]["place"]["names"]["carchar y berwyn"] == ["hmp-berwyn"], "names are written folded"
    assert index["tables"]["member"]["names"]["cssiw"] == ["ciw"], "former ids too"
    assert index["towns"]["belfast"] == "Belfast", "the towns as the data writes them"
    assert ["police-custody", "Police Custody"] in index["records"]["setting"]
