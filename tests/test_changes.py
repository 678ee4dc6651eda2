"""Issue 6 through the CLI: history, sources, about, --explain, names over time."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from npmlookup.cli.app import app

pytestmark = pytest.mark.usefixtures("shipped_contents_loaded_once")
runner = CliRunner()


def json_of(*args: str) -> Any:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def table_of(*args: str) -> str:
    result = runner.invoke(app, [*args, "--format", "table", "--color", "never"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_history_lists_events_oldest_first_with_sources() -> None:
    events = json_of("history")
    dates = [e["date_latest"] for e in events if e["date_latest"]]
    assert dates == sorted(dates)
    assert (events[0]["id"], events[0]["in_edition"], events[0]["addition"]) == ("nipb-icvs-terrorism", False, True)
    designated = next(e for e in events if e["id"] == "npm-designated")
    assert (designated["in_edition"], designated["addition"]) == (True, False)
    assert all(e["sources"] and e["sources"][0]["title"] for e in events)
    irtl = next(e for e in events if e["id"] == "irtl-designated")
    assert (irtl["date"], irtl["in_edition"]) == ("2017-01-12", False)


def test_history_of_one_member_by_any_name_includes_its_coverage_changes() -> None:
    for name in ("HMIC", "HMICFRS", "hm inspectorate of constabulary"):
        assert [e["id"] for e in json_of("history", name)] == [
            "hmic-customs",
            "hmic-renamed",
            "hmicfrs-terrorism",
            "his-majestys-hmicfrs",
        ]
    assert [e["id"] for e in json_of("history", "CQC")] == [
        "cqc-stc",
        "cqc-irc",
        "cqc-police-england",
        "cqc-police-wales",
        "oasis-restore-opens",
    ]
    text = table_of("history", "CSSIW")
    assert "  between July 2017 " in text  # in words, over two lines of its column
    assert "  and 2018 " in text
    assert "Care Inspectorate Wales" in text


def test_history_is_sorted_by_each_date_s_upper_bound() -> None:
    events = json_of("history")
    assert all(e["date_latest"] for e in events), "every event has an upper bound"
    assert [e["date_latest"] for e in events] == sorted(e["date_latest"] for e in events)


def test_a_change_whose_day_is_unknown_says_its_bound_in_words() -> None:
    text = " ".join(table_of("history", "ICVS").split())
    assert "by 11 December 2025" in text
    assert "counts from" not in text


def test_member_shows_its_names_over_time() -> None:
    record = json_of("member", "HMIC")
    assert [(n["abbreviation"], n["since"]) for n in record["names"]] == [
        ("HMIC", None),
        ("HMICFRS", "2017-07-19"),
        ("HMICFRS", "2022-09-08 to 2025-12-11"),
    ]
    assert record["name"] == "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"
    assert json_of("member", "HMIC", "--as-of", "2020")["name"] == (
        "HM Inspectorate of Constabulary and Fire & Rescue Services"
    )
    assert json_of("member", "HMICFRS", "--as-of", "factsheet")["name"] == "HM Inspectorate of Constabulary"
    text = table_of("member", "HMIC")
    assert (
        "HM Inspectorate of Constabulary (HMIC) in the factsheet; HM Inspectorate of Constabulary and Fire & Rescue "
        "Services (HMICFRS) since July 2017" in " ".join(text.split())
    )


def test_member_ciw_shows_its_website_former_name_and_bounds() -> None:
    record = json_of("member", "CIW")
    assert (record["name"], record["abbreviation"]) == ("Care Inspectorate Wales", "CIW")
    assert record["website"] == "https://www.careinspectorate.wales/"
    assert [(n["abbreviation"], n["since"], n["counts_from"]) for n in record["names"]] == [
        ("CSSIW", None, None),
        ("CIW", "2017-07 to 2018", "2018-12-31"),
    ]
    text = " ".join(table_of("member", "CIW").split())
    assert (
        "Care and Social Services Inspectorate Wales (CSSIW) in the factsheet; Care Inspectorate Wales (CIW) "
        "since some time between July 2017 and 2018" in text
    )
    assert "Website: https://www.careinspectorate.wales/" in text


def test_every_member_has_its_website_in_members_json() -> None:
    members = json_of("members")
    assert all(m["website"] for m in members)
    uncertain = {m["abbreviation"] for m in members if m["website_note"]}
    assert uncertain == {"Ofsted", "ICVS", "IMB NI"}


def test_a_member_designated_later_says_when() -> None:
    record = json_of("member", "IRTL", "--as-of", "factsheet")
    assert (record["member_at_date"], record["designated"]) == (False, "2017-01-12")
    assert record["coverage"] == []
    assert json_of("member", "IRTL", "--as-of", "2017-01-12")["member_at_date"] is True
    assert "designated on 12 January 2017" in table_of("member", "IRTL", "--as-of", "2016")
    assert len(json_of("members", "--as-of", "factsheet")) == 20
    assert len(json_of("members")) == 21


def test_explain_gives_basis_reason_and_sources() -> None:
    rows = json_of("who", "--setting", "prisons", "--nation", "ni", "--explain")
    hmip = next(r for r in rows if r["member"] == "hmi-prisons")
    assert hmip["explanation"].startswith("Confirmed:")
    assert "Northern Ireland Affairs Committee" in hmip["explanation"]
    imb = json_of("who", "--setting", "prisons", "--nation", "wales", "--explain")[2]
    assert imb["explanation"].startswith("Inferred:")
    assert "short form is read as Wales" in imb["explanation"]


def test_explain_names_the_change_that_added_or_removed_an_entry() -> None:
    args = ("who", "--setting", "police-custody", "--nation", "england", "--explain")
    cqc = next(r for r in json_of(*args) if r["member"] == "cqc")
    assert cqc["explanation"].startswith("Added by a dated change (by 2015-09)")
    assert "table names it" not in cqc["explanation"], "no table names an entry a change added"
    assert "https://www.justiceinspectorates.gov.uk/hmicfrs/news/news-feed/lincolnshire" in cqc["explanation"]
    text = " ".join(table_of(*args).split())
    assert "Removed from this cell by a dated change, July 2022" in text
    assert "HMI Prisons no longer takes part" in text


def test_sources_say_what_rests_on_each() -> None:
    sources = {s["id"]: s for s in json_of("sources")}
    assert "every cell of the table" in sources["factsheet"]["used_for"][0]
    assert any("HMI Prisons in prisons/northern-ireland" in use for use in sources["nia-committee-2008"]["used_for"])
    assert sources["ssi-2015-39"]["url"] == "https://www.legislation.gov.uk/ssi/2015/39"
    assert all(source["used_for"] for source in sources.values()), "no source is listed that nothing cites"


def test_about_as_of_the_factsheet_states_its_facts() -> None:
    about = json_of("about", "--as-of", "factsheet")
    assert about["powers"][0] == "inspect all places of detention"
    assert len(about["powers"]) == 6
    texts = " ".join(f["text"] for f in about["facts"])
    for fact in ("2003", "designated in 2009", "coordinated by HM Inspectorate of Prisons", "55 NPMs", "20 organ"):
        assert fact in texts
    for later in ("21 organisations", "rotat", "secretariat"):
        assert later not in texts
    assert about["members"] == 20


def test_about_answers_for_now() -> None:
    about = json_of("about")
    texts = " ".join(f["text"] for f in about["facts"])
    assert about["members"] == 21
    for fact in ("21 organisations", "Chair: Sherry Ralph", "Constitution:", "Secretariat: hosted"):
        assert fact in texts
    assert "Wendy Sinclair-Gieben" not in texts, "not the chair since 2 September 2024"
    for old in ("20 organisations", "independent chair", "steering group"):
        assert old not in texts
    assert about["as_of"] == about["checked"] == "2025-12-11"


def test_an_answer_after_the_check_says_later_changes_are_unknown() -> None:
    result = runner.invoke(app, ["who", "-s", "police", "-n", "wales", "--as-of", "today", "--json"])
    assert result.exit_code == 0
    assert "last checked against its sources on 2025-12-11" in result.stderr
    assert json.loads(result.stdout) == json_of("who", "-s", "police", "-n", "wales", "--as-of", "2030") != []
    assert "last checked" not in runner.invoke(app, ["who", "-s", "police", "--json"]).stderr
