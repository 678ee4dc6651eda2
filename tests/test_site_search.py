"""The site's search answers as the command line does: search.js, run in Node on the index the build
writes, against the library's answers for the same texts."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from npmlookup.core.dataset import Dataset
from npmlookup.core.model import normalize
from npmlookup.core.places import place_names
from npmlookup.core.query import name_table, nation_contrasts
from npmlookup.site.build import build_site

TEXTS = [
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
]
"""Texts people type: names, typos, beginnings, towns, ids, former ids, other kinds, no place."""

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
def site_answers(latest_site: tuple[Dataset, Path]) -> dict[str, Any]:
    node = shutil.which("node")
    assert node is not None, "Node runs the site's search script in this test: install node"
    latest, site = latest_site
    result = subprocess.run(
        [node, "-e", RUN, str(site / "search.js"), str(site / "search-index.json")],
        input=json.dumps({"texts": TEXTS + made_up_texts(latest), "folds": FOLDS}),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    answers: dict[str, Any] = json.loads(result.stdout)
    return answers


def test_the_site_folds_as_the_library_does(site_answers: dict[str, Any]) -> None:
    assert site_answers["folds"] == [normalize(text) for text in FOLDS]


@pytest.mark.parametrize(("position", "text"), list(enumerate(TEXTS)))
def test_the_site_finds_what_the_library_finds(
    site_answers: dict[str, Any], latest: Dataset, position: int, text: str
) -> None:
    site = site_answers["answers"][position]
    place = place_names(latest).match(text, nation_contrasts(latest))
    assert site["place"] == {
        "ids": list(place.ids),
        "ambiguous": place.ambiguous,
        "suggestions": list(place.suggestions),
    }
    for kind in ("member", "setting", "nation"):
        expected = name_table(latest, kind).match(text, nation_contrasts(latest))
        assert site[kind] == {
            "ids": list(expected.ids),
            "ambiguous": expected.ambiguous,
            "suggestions": list(expected.suggestions),
        }, kind


def test_the_site_answers_texts_made_from_the_data_as_the_library_does(
    site_answers: dict[str, Any], latest: Dataset
) -> None:
    made_up = made_up_texts(latest)
    assert len(made_up) > 100
    for text, site in zip(made_up, site_answers["answers"][len(TEXTS) :], strict=True):
        for kind in ("place", "member", "setting", "nation"):
            table = place_names(latest) if kind == "place" else name_table(latest, kind)
            expected = table.match(text, nation_contrasts(latest))
            assert site[kind] == {
                "ids": list(expected.ids),
                "ambiguous": expected.ambiguous,
                "suggestions": list(expected.suggestions),
            }, (text, kind)


def test_the_texts_cover_every_outcome(site_answers: dict[str, Any]) -> None:
    places = [answer["place"] for answer in site_answers["answers"][: len(TEXTS)]]
    assert len(TEXTS) >= 30
    assert any(len(p["ids"]) == 1 for p in places), "one place"
    assert any(len(p["ids"]) > 1 and not p["ambiguous"] for p in places), "a name several places carry"
    assert any(p["ambiguous"] for p in places), "a beginning that fits several names"
    assert any(p["suggestions"] for p in places), "a typo"
    assert any(not p["ids"] and not p["suggestions"] for p in places), "nothing at all"


def test_berwin_suggests_berwyn_on_the_site(site_answers: dict[str, Any]) -> None:
    assert site_answers["answers"][TEXTS.index("berwin")]["place"]["suggestions"] == ["hmp-berwyn"]


def test_the_index_carries_the_rule_s_data(tmp_path: Path, latest: Dataset) -> None:
    build_site(latest, tmp_path / "site")
    index = json.loads((tmp_path / "site" / "search-index.json").read_text(encoding="utf-8"))
    assert set(index["tables"]) == {"place", "member", "setting", "nation"}
    assert "hmp" in index["tables"]["place"]["designators"], "designators come from the data's place words"
    assert {s["id"] for s in index["unlisted"]} >= {"mental-health", "police-custody"}
    assert index["tables"]["place"]["names"]["carchar y berwyn"] == ["hmp-berwyn"], "names are written folded"
    assert index["tables"]["member"]["names"]["cssiw"] == ["ciw"], "former ids too"
