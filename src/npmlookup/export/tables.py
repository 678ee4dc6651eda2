"""The tables of the open data, each declared once: its columns, their types, its keys, and its rows.

Rows are plain dicts of Python values (text, bool, None, lists of ids); `package` writes
the columns of each as CSV and Table Schema. Every table comes from the library: the
records of the JSON contract where there is one (`contract.records`), and the library's
answer at each date (`timeline`) for everything that changes over time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from npmlookup.contract import records
from npmlookup.core.dataset import Dataset
from npmlookup.core.dates import FACTSHEET
from npmlookup.core.history import at
from npmlookup.export.timeline import Span, place_periods, rows_over_time, spans

LIST_SEPARATOR = ";"
"""Joins the items of a list in one CSV cell (ids and names never contain it)."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table, as its Table Schema field: its header, its type (string, date or boolean),
    what it holds, whether every row has a value, and whether it holds a list (joined by `LIST_SEPARATOR`)."""

    name: str
    type: str
    description: str
    required: bool = False
    is_list: bool = False


@dataclass(frozen=True, slots=True)
class ForeignKey:
    """Values of `column` (each item, in a list column) are ids of `table`."""

    column: str
    table: str


@dataclass(frozen=True, slots=True)
class Table:
    """A table: its name (the file is ``NAME.csv``), a title, what one row is, its columns in order, the
    columns that identify a row, the columns that refer to other tables, and its rows in order (each may
    hold more keys than the columns)."""

    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    rows: list[dict[str, Any]] = field(default_factory=list)


PERIOD_COLUMNS = (
    Column("valid_from", "date", "The first day the row holds.", required=True),
    Column(
        "valid_to", "date", "The first day the row no longer holds; empty: it still held when the data was checked."
    ),
)


def _attributes(items: Iterable[Any], columns: tuple[Column, ...]) -> list[dict[str, Any]]:
    """Each item's attributes named by the columns, as a row."""
    return [{column.name: getattr(item, column.name) for column in columns} for item in items]


def build_tables(dataset: Dataset) -> list[Table]:
    """Every table of the open data for `dataset` (at any date: the whole history is exported)."""
    base = dataset.contents
    over_time = spans(base)
    latest = over_time[-1].dataset
    return [
        _nations(latest),
        _settings(latest),
        _setting_names(over_time),
        _members(latest),
        _member_names(over_time),
        _coverage(base, over_time),
        _events(latest),
        _sources(latest),
        _places(latest),
        _place_periods(latest),
        _place_sources(latest),
        _concern_routes(latest),
        _outside_routes(latest),
        _route_cells(latest),
        _place_pages(latest),
    ]


def _nations(dataset: Dataset) -> Table:
    return Table(
        "nations",
        "Nations",
        "One row per nation: the columns of the coverage table, in its order.",
        (
            Column("id", "string", "Stable key.", required=True),
            Column("name", "string", "Its name.", required=True),
            Column("aliases", "string", "Other names it answers to.", is_list=True),
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
            Column("id", "string", "Stable key.", required=True),
            Column("name", "string", "Its name when the data was last checked.", required=True),
            Column("aliases", "string", "Other names it answers to, former names included.", is_list=True),
            Column("note", "string", "What a reader should know about the row."),
        ),
        ("id",),
        rows=[records.setting_record(dataset, s.id) for s in dataset.all_settings],
    )


def _setting_names(over_time: list[Span]) -> Table:
    found = rows_over_time(
        over_time, lambda d: (((s.id, s.name), {"setting": s.id, "name": s.name}) for s in d.settings)
    )
    return Table(
        "setting_names",
        "Settings over time",
        "One row per setting per period in which it was a row of the table under one name.",
        (
            Column("setting", "string", "The setting's id.", required=True),
            Column("name", "string", "Its name in the period.", required=True),
            *PERIOD_COLUMNS,
        ),
        ("setting", "valid_from"),
        (ForeignKey("setting", "settings"),),
        rows=found,
    )


def _members(dataset: Dataset) -> Table:
    return Table(
        "members",
        "Members",
        "One row per member of the NPM, in the dataset's order, with its name and website when the data "
        "was last checked; member_names has its names and membership over time.",
        (
            Column("id", "string", "Stable key; it never changes, even when the body is renamed.", required=True),
            Column("name", "string", "Full name when the data was last checked.", required=True),
            Column("abbreviation", "string", "Short form when the data was last checked.", required=True),
            Column("aliases", "string", "Other names it answers to, former names included.", is_list=True),
            Column("kind", "string", "What sort of body it is.", required=True),
            Column("nations", "string", "Ids of the nations in its remit.", is_list=True),
            Column("remit", "string", "Its remit in words, with its qualifications."),
            Column("note", "string", "Anything else a reader should know."),
            Column("website", "string", "Its own website; empty where the sources give none."),
            Column("website_note", "string", "Why the address is uncertain, when it is."),
            Column("designated", "string", "When it was designated after the edition, as the event dates it."),
        ),
        ("id",),
        (ForeignKey("nations", "nations"),),
        rows=[records.member_record(dataset, member, with_coverage=False) for member in dataset.all_members],
    )


def _member_names(over_time: list[Span]) -> Table:
    found = rows_over_time(
        over_time,
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
            Column("member", "string", "The member's id.", required=True),
            Column("name", "string", "Its full name in the period.", required=True),
            Column("abbreviation", "string", "Its short form in the period.", required=True),
            *PERIOD_COLUMNS,
        ),
        ("member", "valid_from"),
        (ForeignKey("member", "members"),),
        rows=found,
    )


def _coverage(base: Dataset, over_time: list[Span]) -> Table:
    in_edition = set(at(base, FACTSHEET).entries)

    def rows_of(dataset: Dataset) -> Any:
        for entry in dataset.entries:
            record = records.entry_record(dataset, entry)
            yield (
                entry,
                record | {"kinds": entry.kinds, "note_events": entry.note_events, "in_edition": entry in in_edition},
            )

    return Table(
        "coverage",
        "Who covers what, over time",
        "One row per member per cell of the table (setting and nation) per period in which the entry holds "
        "unchanged: the rows holding on a day D (valid_from <= D and (valid_to is empty or D < valid_to)) are "
        "the library's answer as of D. Names are in member_names and setting_names, for the same day.",
        (
            Column("setting", "string", "The row's id.", required=True),
            Column("nation", "string", "The column's id.", required=True),
            Column("member", "string", "The member's id.", required=True),
            Column("role", "string", "lead, or partner when it joins another body's inspections.", required=True),
            Column("basis", "string", "How we know: stated, confirmed or inferred.", required=True),
            Column("basis_note", "string", "Why the basis is what it is."),
            Column("note", "string", "A qualification of the entry."),
            Column("sources", "string", "Ids of the sources that confirm it.", is_list=True),
            Column("event", "string", "Id of the dated event that added it; empty: the edition's own entry."),
            Column(
                "kinds", "string", "The kinds of place it applies to; empty: every place in the cell.", is_list=True
            ),
            Column("note_events", "string", "Ids of the dated events that added to its note.", is_list=True),
            Column(
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
        rows=rows_over_time(over_time, rows_of),
    )


def _events(dataset: Dataset) -> Table:
    return Table(
        "events",
        "Dated changes",
        "One row per dated change after (or background before) the edition, oldest first. A change counts "
        "from date_latest, the last day it may have happened.",
        columns := (
            Column("id", "string", "Stable key.", required=True),
            Column(
                "date", "string", "When it happened, as written (2022-07, by 2022-07-31, 2017 to 2018).", required=True
            ),
            Column(
                "date_earliest", "date", "The first day it may have happened; empty when only an upper bound is known."
            ),
            Column("date_latest", "date", "The last day it may have happened: it counts from this day.", required=True),
            Column(
                "kind",
                "string",
                "designated, setting-added, renamed, role-added, role-removed or note.",
                required=True,
            ),
            Column("member", "string", "The member it concerns."),
            Column("setting", "string", "The setting it concerns."),
            Column("nations", "string", "The nations it concerns.", is_list=True),
            Column("role", "string", "For role-added: the role."),
            Column("basis", "string", "For role-added: the basis of the new entries."),
            Column("basis_note", "string", "For role-added: why."),
            Column("note", "string", "The note it adds."),
            Column("kinds", "string", "For role-added: the kinds of place the new entries apply to.", is_list=True),
            Column("name", "string", "For renamed: the new full name."),
            Column("abbreviation", "string", "For renamed: the new short form."),
            Column("description", "string", "One line for people.", required=True),
            Column("sources", "string", "Ids of the sources that report it.", is_list=True),
        ),
        ("id",),
        (
            ForeignKey("member", "members"),
            ForeignKey("setting", "settings"),
            ForeignKey("nations", "nations"),
            ForeignKey("sources", "sources"),
        ),
        rows=_attributes(dataset.events, columns),
    )


def _sources(dataset: Dataset) -> Table:
    return Table(
        "sources",
        "Sources",
        "One row per document the coverage data rests on, in the data file's order. The data file records "
        "no licence for them: facts are taken from them, no text is copied.",
        columns := (
            Column("id", "string", "Stable key that entries and events cite.", required=True),
            Column("title", "string", "What the document is called.", required=True),
            Column("url", "string", "The publisher's own address, when it is known for certain."),
            Column("date", "string", "When it was published, as precisely as known."),
            Column("note", "string", "What it says that matters here."),
            Column("publisher", "string", "Who published the original, where only a copy was read."),
            Column("read_at", "string", "A copy it was read at (a document mirror); never its address."),
        ),
        ("id",),
        rows=_attributes(dataset.sources, columns),
    )


def _places(dataset: Dataset) -> Table:
    return Table(
        "places",
        "Named places of detention",
        "One row per named place, in the places file's order; place_periods says when each was in use.",
        (
            Column("id", "string", "Stable key.", required=True),
            Column("name", "string", "Its name.", required=True),
            Column("other_names", "string", "Other forms seen in sources.", is_list=True),
            Column("kind", "string", "What kind of place it is.", required=True),
            Column("setting", "string", "The setting whose cell of the coverage table answers for it.", required=True),
            Column("nation", "string", "Its nation.", required=True),
            Column("operator", "string", "Who runs it, where known."),
            Column("status", "string", "Its status at the latest source, as the places file writes it.", required=True),
            Column("source_url", "string", "The publisher's page its facts come from; empty: read only at a copy."),
            Column("source_title", "string", "What that page is.", required=True),
            Column("source_as_of", "string", "The date that page describes, where known."),
            Column("note", "string", "What is uncertain about it."),
        ),
        ("id",),
        (ForeignKey("setting", "settings"), ForeignKey("nation", "nations")),
        rows=[records.place_record(dataset, place) for place in dataset.places],
    )


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
            Column("place", "string", "The place's id.", required=True),
            Column("state", "string", "open, or uncertain.", required=True),
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
        columns := (
            Column("source", "string", "The source, in words.", required=True),
            Column("licence", "string", "Its licence, as the places file records it; empty where it records none."),
            Column("used_for", "string", "What the places take from it."),
        ),
        ("source",),
        rows=_attributes(dataset.places_licences, columns),
    )


def _concern_routes(dataset: Dataset) -> Table:
    return Table(
        "concern_routes",
        "What each member does with a person's concern",
        "One row per member: whether it takes a concern about one detained person, who may raise one, how, "
        "and the member's own page that says so (`npm concern`, `npm member`).",
        columns := (
            Column("member", "string", "The member's id.", required=True),
            Column("takes", "string", "yes, no, or some (in some ways only); empty where its pages do not say."),
            Column("who", "string", "Who may raise one, as seen."),
            Column("how", "string", "How (form, phone, post, in person), as seen."),
            Column("what", "string", "What it does with it, in one plain sentence."),
            Column("url", "string", "Its own page that says so; empty where none was found."),
            Column(
                "settings",
                "string",
                "The settings (ids) the route is for, '; '-separated; empty: wherever the member covers.",
            ),
            Column("quote", "string", "The words of that page this rests on."),
            Column("seen", "string", "When that page was seen, or the date it describes, as written."),
            Column("confirmed", "boolean", "Whether its own page states it (false: uncertain).", required=True),
        ),
        ("member",),
        (ForeignKey("member", "members"),),
        rows=_attributes(dataset.concern_routes, columns),
    )


def _outside_routes(dataset: Dataset) -> Table:
    return Table(
        "outside_routes",
        "Complaint routes outside the NPM",
        "One row per body outside the NPM that takes complaints (an ombudsman, a police complaints body, a "
        "children's commissioner). Not part of the NPM: never a member, never in the coverage table; "
        "route_cells says for which settings and nations.",
        columns := (
            Column("id", "string", "Stable key.", required=True),
            Column("name", "string", "Its name.", required=True),
            Column("abbreviation", "string", "Its short form, where it has one."),
            Column("takes", "string", "What complaints it takes."),
            Column("who", "string", "Who may complain."),
            Column("how", "string", "How."),
            Column(
                "precondition",
                "string",
                "What must come first, usually the place's own complaints process (`first` in the JSON).",
            ),
            Column("url", "string", "Its own page that says so."),
            Column("quote", "string", "The words of that page this rests on."),
            Column("confirmed", "boolean", "Whether its own page states its remit (false: inferred).", required=True),
        ),
        ("id",),
        rows=_attributes(dataset.outside_routes, columns),
    )


def _route_cells(dataset: Dataset) -> Table:
    return Table(
        "route_cells",
        "Complaint routes outside the NPM, by setting and nation",
        "One row per outside route per setting and nation, in the data file's order; a row with an empty "
        "route says why there is none for that setting and nation.",
        columns := (
            Column("setting", "string", "The setting's id.", required=True),
            Column("nation", "string", "The nation's id.", required=True),
            Column("route", "string", "The outside route's id; empty: none was found, and scope says why."),
            Column(
                "confirmed",
                "boolean",
                "Whether the route's own pages name this setting (false: inferred from its remit).",
                required=True,
            ),
            Column("scope", "string", "What part of the setting it covers, or why there is no route."),
        ),
        ("setting", "nation", "route"),
        (
            ForeignKey("setting", "settings"),
            ForeignKey("nation", "nations"),
            ForeignKey("route", "outside_routes"),
        ),
        rows=_attributes(dataset.route_cells, columns),
    )


def _place_pages(dataset: Dataset) -> Table:
    return Table(
        "place_pages",
        "The places' own pages",
        "One row per official page about one named place (an inspection report or its news item, a "
        "monitoring board's page or annual report), as seen: addresses move, so each has its dates.",
        columns := (
            Column("place", "string", "The place's id.", required=True),
            Column("member", "string", "The id of the member whose page it is.", required=True),
            Column("kind", "string", "report, news, board-page or annual-report.", required=True),
            Column("url", "string", "Its address, as seen.", required=True),
            Column("title", "string", "What it is.", required=True),
            Column("describes", "string", "The date it describes (an inspection, a report year), as written."),
            Column("seen", "string", "When it was published or stored, where visible, as written."),
        ),
        ("place", "url"),
        (ForeignKey("place", "places"), ForeignKey("member", "members")),
        rows=_attributes(dataset.place_pages, columns),
    )
