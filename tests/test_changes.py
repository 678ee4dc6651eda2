"""Issue 6 through the CLI: history, sources, about, --explain, names over time."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

from npmlookup.cli import app

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
    assert events[0]["id"] == "npm-designated"
    assert events[0]["in_edition"] is True
    assert all(e["sources"] and e["sources"][0]["title"] for e in events)
    irtl = next(e for e in events if e["id"] == "irtl-designated")
    assert (irtl["date"], irtl["in_edition"]) == ("2017-01-12", False)


def test_history_of_one_member_by_any_name() -> None:
    for name in ("HMIC", "HMICFRS", "hm inspectorate of constabulary"):
        assert [e["id"] for e in json_of("history", name)] == ["hmic-renamed"]
    text = table_of("history", "CSSIW")
    assert "by 2017" in text
    assert "Care Inspectorate Wales" in text


def test_undated_changes_say_they_are_never_applied() -> None:
    assert "date unverified" in table_of("history", "ICVS")


def test_member_shows_its_names_over_time() -> None:
    record = json_of("member", "HMIC")
    assert [(n["abbreviation"], n["since"]) for n in record["names"]] == [("HMIC", None), ("HMICFRS", "2017-07-19")]
    assert record["name"] == "HM Inspectorate of Constabulary", "the edition's name by default"
    assert json_of("member", "HMIC", "--as-of", "today")["name"] == (
        "HM Inspectorate of Constabulary and Fire & Rescue Services"
    )
    text = table_of("member", "HMIC")
    assert "HM Inspectorate of Constabulary (HMIC); since 2017-07-19:" in " ".join(text.split())


def test_a_member_designated_later_says_when() -> None:
    record = json_of("member", "IRTL")
    assert (record["member_at_date"], record["designated"]) == (False, "2017-01-12")
    assert record["coverage"] == []
    assert json_of("member", "IRTL", "--as-of", "2017-01-12")["member_at_date"] is True
    assert "designated 2017-01-12" in table_of("member", "IRTL")
    assert len(json_of("members")) == 20
    assert len(json_of("members", "--as-of", "today")) == 21


def test_explain_gives_basis_reason_and_sources() -> None:
    rows = json_of("who", "--setting", "prisons", "--nation", "ni", "--explain")
    hmip = next(r for r in rows if r["member"] == "hmi-prisons")
    assert hmip["explanation"].startswith("Confirmed:")
    assert "Northern Ireland Affairs Committee" in hmip["explanation"]
    imb = json_of("who", "--setting", "prisons", "--nation", "wales", "--explain")[2]
    assert imb["explanation"].startswith("Inferred:")
    assert "short form is read as Wales" in imb["explanation"]


def test_explain_names_the_change_that_added_or_removed_an_entry() -> None:
    args = ("who", "--setting", "police-custody", "--nation", "england", "--as-of", "2023-01-01", "--explain")
    cqc = next(r for r in json_of(*args) if r["member"] == "cqc")
    assert "Added by a dated change (2022-07)" in cqc["explanation"]
    text = " ".join(table_of(*args).split())
    assert "Removed from this cell by a dated change, 2022-07" in text
    assert "HMI Prisons no longer takes part" in text


def test_sources_say_what_rests_on_each() -> None:
    sources = {s["id"]: s for s in json_of("sources")}
    assert "every cell of the table" in sources["factsheet"]["used_for"][0]
    assert any("HMI Prisons in prisons/northern-ireland" in use for use in sources["nia-committee-2008"]["used_for"])
    assert sources["ssi-2015-39"]["url"] == "https://www.legislation.gov.uk/ssi/2015/39"
    assert all(source["used_for"] for source in sources.values()), "no source is listed that nothing cites"


def test_about_states_the_factsheet_facts() -> None:
    about = json_of("about")
    assert about["powers"][0] == "inspect all places of detention"
    assert len(about["powers"]) == 6
    texts = " ".join(f["text"] for f in about["facts"])
    for fact in ("2003", "designated in 2009", "coordinated by HM Inspectorate of Prisons", "55 NPMs"):
        assert fact in texts
    assert about["members"] == 20
