"""The tables of the open data, each declared once: its columns, their types, its keys, and its rows.

Rows are plain dicts of Python values (text, bool, None, lists of ids); `package` writes
them as CSV. Every table comes from the library: the records of the JSON contract where
there is one (`contract.records`), and the library's answer at each date (`timeline`)
for everything that changes over time.
"""

from __future__ import annotations

from typing import Any

from npmlookup.contract import fields as record_fields
from npmlookup.contract import records
from npmlookup.core.dataset import Dataset
from npmlookup.core.dates import FACTSHEET
from npmlookup.core.history import at
from npmlookup.export.columns import (
    PERIOD_COLUMNS,
    ForeignKey,
    Table,
    column,
)
from npmlookup.export.timeline import Period, Snapshot, periods, place_periods, snapshots


def build_tables(dataset: Dataset) -> list[Table]:
    """Every table of the open data for `dataset` (at any date: the whole history is exported)."""
    base = dataset.contents
    spans = snapshots(base)
    latest = spans[-1].dataset
    return [
        _nations(latest),
        _settings(latest),
        _setting_names(spans),
        _members(latest),
        _member_names(spans),
        _coverage(base, spans),
        _events(latest),
        _sources(latest),
        _places(latest),
        _place_periods(latest),
        _place_sources(latest),
    ]


def _nations(dataset: Dataset) -> Table:
    return Table(
        "nations",
        "Nations",
        "One row per nation: the columns of the coverage table, in its order.",
        (
            column("id", "string", "Stable key.", required=True),
            column("name", "string", "Its name.", required=True),
            column("aliases", "string", "Other names it answers to.", is_list=True),
        ),
        ("id",),
        rows=[records.nation_record(dataset, n.id) for n in dataset.nations],
    )


def _settings(dataset: Dataset) -> Table:
    return Table(
        "settings",
        "Settings",
        "One row per setting (kind of detention): the rows of the coverage table, in its order. "
        "`name` is its name when the data was last checked; setting_names has its names over time.",
        (
            column("id", "string", "Stable key.", required=True),
            column("name", "string", "Its name when the data was last checked.", required=True),
            column("aliases", "string", "Other names it answers to, former names included.", is_list=True),
            column("note", "string", "What a reader should know about the row."),
        ),
        ("id",),
        rows=[records.setting_record(dataset, s.id) for s in dataset.all_settings],
    )


def _setting_names(spans: tuple[Snapshot, ...]) -> Table:
    found = periods(spans, lambda d: (((s.id, s.name), {"setting": s.id, "name": s.name}) for s in d.settings))
    return Table(
        "setting_names",
        "Settings over time",
        "One row per setting per period in which it was a row of the table under one name.",
        (
            column("setting", "string", "The setting's id.", required=True),
            column("name", "string", "Its name in the period.", required=True),
            *PERIOD_COLUMNS,
        ),
        ("setting", "valid_from"),
        (ForeignKey("setting", "settings"),),
        rows=_with_periods(found),
    )


def _members(dataset: Dataset) -> Table:
    rows = []
    for member in dataset.all_members:
        record = records.member_record(dataset, member, with_coverage=False)
        rows.append({key: record[key] for key in MEMBER_KEYS})
    return Table(
        "members",
        "Members",
        "One row per member of the NPM, in the dataset's order, with its name and website when the data "
        "was last checked; member_names has its names and membership over time.",
        (
            column("id", "string", "Stable key; it never changes, even when the body is renamed.", required=True),
            column("name", "string", "Full name when the data was last checked.", required=True),
            column("abbreviation", "string", "Short form when the data was last checked.", required=True),
            column("aliases", "string", "Other names it answers to, former names included.", is_list=True),
            column("kind", "string", "What sort of body it is.", required=True),
            column("nations", "string", "Ids of the nations in its remit.", is_list=True),
            column("remit", "string", "Its remit in words, with its qualifications."),
            column("note", "string", "Anything else a reader should know."),
            column("website", "string", "Its own website; empty where the sources give none."),
            column("website_note", "string", "Why the address is uncertain, when it is."),
            column("designated", "string", "When it was designated after the edition, as the event dates it."),
        ),
        ("id",),
        (ForeignKey("nations", "nations"),),
        rows=rows,
    )


MEMBER_KEYS = tuple(key for key in record_fields.MEMBER if key not in ("member_at_date", "names", "as_of"))
"""The keys of a member's record (`contract.records.member_record`) that the members table keeps: all but
those that speak of one date (names over time are in member_names)."""


def _member_names(spans: tuple[Snapshot, ...]) -> Table:
    found = periods(
        spans,
        lambda d: (
            ((m.id, m.name, m.abbreviation), {"member": m.id, "name": m.name, "abbreviation": m.abbreviation})
            for m in d.members
        ),
    )
    return Table(
        "member_names",
        "Members over time",
        "One row per member per period in which it was a member under one name.",
        (
            column("member", "string", "The member's id.", required=True),
            column("name", "string", "Its full name in the period.", required=True),
            column("abbreviation", "string", "Its short form in the period.", required=True),
            *PERIOD_COLUMNS,
        ),
        ("member", "valid_from"),
        (ForeignKey("member", "members"),),
        rows=_with_periods(found),
    )


COVERAGE_KEYS = ("setting", "nation", "member", "role", "basis", "basis_note", "note", "sources", "event")
"""The keys of a `who` record (`contract.records.entry_record`) that the coverage table keeps: its ids and
what the entry says, not the names, which change on their own days (member_names, setting_names)."""


def _coverage(base: Dataset, spans: tuple[Snapshot, ...]) -> Table:
    in_edition = set(at(base, FACTSHEET).entries)

    def rows_of(dataset: Dataset) -> Any:
        for entry in dataset.entries:
            record = records.entry_record(dataset, entry)
            row = {key: record[key] for key in COVERAGE_KEYS}
            row |= {"kinds": list(entry.kinds), "note_events": list(entry.note_events)}
            yield entry, row | {"in_edition": entry in in_edition}

    return Table(
        "coverage",
        "Who covers what, over time",
        "One row per member per cell of the table (setting and nation) per period in which the entry holds "
        "unchanged: the rows holding on a day D (valid_from <= D and (valid_to is empty or D < valid_to)) are "
        "the library's answer as of D. Names are in member_names and setting_names, for the same day.",
        (
            column("setting", "string", "The row's id.", required=True),
            column("nation", "string", "The column's id.", required=True),
            column("member", "string", "The member's id.", required=True),
            column("role", "string", "lead, or partner when it joins another body's inspections.", required=True),
            column("basis", "string", "How we know: stated, confirmed or inferred.", required=True),
            column("basis_note", "string", "Why the basis is what it is."),
            column("note", "string", "A qualification of the entry."),
            column("sources", "string", "Ids of the sources that confirm it.", is_list=True),
            column("event", "string", "Id of the dated event that added it; empty: the edition's own entry."),
            column(
                "kinds", "string", "The kinds of place it applies to; empty: every place in the cell.", is_list=True
            ),
            column("note_events", "string", "Ids of the dated events that added to its note.", is_list=True),
            column(
                "in_edition", "boolean", "Whether the edition's table, as it stands, has this entry.", required=True
            ),
            *PERIOD_COLUMNS,
        ),
        ("setting", "nation", "member", "role", "valid_from"),
        (
            ForeignKey("setting", "settings"),
            ForeignKey("nation", "nations"),
            ForeignKey("member", "members"),
            ForeignKey("sources", "sources"),
            ForeignKey("event", "events"),
            ForeignKey("note_events", "events"),
        ),
        rows=_with_periods(periods(spans, rows_of)),
    )


def _events(dataset: Dataset) -> Table:
    rows = [
        {
            "id": e.id,
            "date": e.date,
            "date_earliest": e.date_earliest,
            "date_latest": e.date_latest,
            "kind": e.kind,
            "member": e.member,
            "setting": e.setting,
            "nations": list(e.nations),
            "role": e.role,
            "basis": e.basis,
            "basis_note": e.basis_note,
            "note": e.note,
            "kinds": list(e.kinds),
            "name": e.name,
            "abbreviation": e.abbreviation,
            "description": e.description,
            "sources": list(e.sources),
        }
        for e in dataset.events
    ]
    return Table(
        "events",
        "Dated changes",
        "One row per dated change after (or background before) the edition, oldest first. A change counts "
        "from date_latest, the last day it may have happened.",
        (
            column("id", "string", "Stable key.", required=True),
            column(
                "date", "string", "When it happened, as written (2022-07, by 2022-07-31, 2017 to 2018).", required=True
            ),
            column(
                "date_earliest", "date", "The first day it may have happened; empty when only an upper bound is known."
            ),
            column("date_latest", "date", "The last day it may have happened: it counts from this day.", required=True),
            column(
                "kind",
                "string",
                "designated, setting-added, renamed, role-added, role-removed or note.",
                required=True,
            ),
            column("member", "string", "The member it concerns."),
            column("setting", "string", "The setting it concerns."),
            column("nations", "string", "The nations it concerns.", is_list=True),
            column("role", "string", "For role-added: the role."),
            column("basis", "string", "For role-added: the basis of the new entries."),
            column("basis_note", "string", "For role-added: why."),
            column("note", "string", "The note it adds."),
            column("kinds", "string", "For role-added: the kinds of place the new entries apply to.", is_list=True),
            column("name", "string", "For renamed: the new full name."),
            column("abbreviation", "string", "For renamed: the new short form."),
            column("description", "string", "One line for people.", required=True),
            column("sources", "string", "Ids of the sources that report it.", is_list=True),
        ),
        ("id",),
        (
            ForeignKey("member", "members"),
            ForeignKey("setting", "settings"),
            ForeignKey("nations", "nations"),
            ForeignKey("sources", "sources"),
        ),
        rows=rows,
    )


def _sources(dataset: Dataset) -> Table:
    return Table(
        "sources",
        "Sources",
        "One row per document the coverage data rests on, in the data file's order. The data file records "
        "no licence for them: facts are taken from them, no text is copied.",
        (
            column("id", "string", "Stable key that entries and events cite.", required=True),
            column("title", "string", "What the document is called.", required=True),
            column("url", "string", "Where to read it, when the address is known for certain."),
            column("date", "string", "When it was published, as precisely as known."),
            column("note", "string", "What it says that matters here."),
        ),
        ("id",),
        rows=[{"id": s.id, "title": s.title, "url": s.url, "date": s.date, "note": s.note} for s in dataset.sources],
    )


def _places(dataset: Dataset) -> Table:
    rows = []
    for place in dataset.places:
        record = records.place_record(dataset, place)
        rows.append({key: record[key] for key in PLACE_KEYS})
    return Table(
        "places",
        "Named places of detention",
        "One row per named place, in the places file's order; place_periods says when each was in use.",
        (
            column("id", "string", "Stable key.", required=True),
            column("name", "string", "Its name.", required=True),
            column("other_names", "string", "Other forms seen in sources.", is_list=True),
            column("kind", "string", "What kind of place it is.", required=True),
            column("setting", "string", "The setting whose cell of the coverage table answers for it.", required=True),
            column("nation", "string", "Its nation.", required=True),
            column("operator", "string", "Who runs it, where known."),
            column("status", "string", "Its status at the latest source, as the places file writes it.", required=True),
            column("source_url", "string", "The page its facts come from.", required=True),
            column("source_title", "string", "What that page is.", required=True),
            column("source_as_of", "string", "The date that page describes, where known."),
            column("note", "string", "What is uncertain about it."),
        ),
        ("id",),
        (ForeignKey("setting", "settings"), ForeignKey("nation", "nations")),
        rows=rows,
    )


PLACE_KEYS = (
    "id",
    "name",
    "other_names",
    "kind",
    "setting",
    "nation",
    "operator",
    "status",
    "source_url",
    "source_title",
    "source_as_of",
    "note",
)
"""The keys of a place's record (`contract.records.place_record`) that the places table keeps."""


def _place_periods(dataset: Dataset) -> Table:
    rows = [
        {"place": place.id, "state": state, "valid_from": start, "valid_to": end}
        for place in dataset.places
        for start, end, state in place_periods(dataset, place)
    ]
    return Table(
        "place_periods",
        "Places over time",
        "One row per named place per period in which it was in use (state open) or may have been (state "
        "uncertain: the sources bound the change, not the day), as `npm places --as-of` reads its lifetime.",
        (
            column("place", "string", "The place's id.", required=True),
            column("state", "string", "open, or uncertain.", required=True),
            *PERIOD_COLUMNS,
        ),
        ("place", "valid_from"),
        (ForeignKey("place", "places"),),
        rows=rows,
    )


def _place_sources(dataset: Dataset) -> Table:
    return Table(
        "place_sources",
        "Sources of the named places, and their licences",
        "One row per source the places file draws on, with the licence its facts are used under.",
        (
            column("source", "string", "The source, in words.", required=True),
            column("licence", "string", "Its licence, as the places file records it; empty where it records none."),
            column("used_for", "string", "What the places take from it."),
        ),
        ("source",),
        rows=[{"source": x.source, "licence": x.licence, "used_for": x.used_for} for x in dataset.places_licences],
    )


def _with_periods(found: list[Period]) -> list[dict[str, Any]]:
    return [period.row | {"valid_from": period.valid_from, "valid_to": period.valid_to} for period in found]
