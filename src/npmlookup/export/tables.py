"""The tables of the open data, each declared once: its columns, their types, its keys, and its rows.

Rows are plain dicts of Python values (text, bool, None, lists of ids); `package` writes
the columns of each as CSV and Table Schema. Every table comes from the library: the
records of the JSON contract where there is one (`contract.records`), and the library's
answer at each date (`timeline`) for everything that changes over time.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from npmlookup.contract import records
from npmlookup.core.dataset import Dataset
from npmlookup.core.dates import FACTSHEET
from npmlookup.core.history import at
from npmlookup.export.timeline import answers, place_periods, rows_over_time

LIST_SEPARATOR = ";"
"""Joins the items of a list in one CSV cell (ids and names never contain it)."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table, as its Table Schema field: its header, what it holds, its type (string, date or
    boolean), whether every row has a value, whether it holds a list (joined by `LIST_SEPARATOR`), and the
    table whose ids its values (each item, in a list column) are, when they are."""

    name: str
    description: str
    type: str = "string"
    required: bool = False
    is_list: bool = False
    refers: str = ""


@dataclass(frozen=True, slots=True)
class Table:
    """A table: its name (the file is ``NAME.csv``), a title, what one row is, its columns in order, the
    columns that identify a row, and its rows in order (each may hold more keys than the columns;
    `TABLES` declares each without its rows, `build_tables` fills them)."""

    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    rows: list[dict[str, Any]] = field(default_factory=list)


def table(name: str, title: str, description: str, *columns: Column, primary_key: tuple[str, ...] = ("id",)) -> Table:
    """A table as `TABLES` declares it, without its rows: its name, title and what one row is, then its
    columns in order (as SQLAlchemy declares a table), then the columns that identify a row when they
    are not its id."""
    return Table(name, title, description, columns, primary_key)


def flag(name: str, description: str) -> Column:
    """A boolean column: every row has a value, true or false."""
    return Column(name, description, "boolean", required=True)


PERIOD_COLUMNS = (
    Column("valid_from", "The first day the row holds.", "date", required=True),
    Column(
        "valid_to", "The first day the row no longer holds; empty: it still held when the data was checked.", "date"
    ),
)


TABLES = (
    table(
        "nations",
        "Nations",
        "One row per nation: the columns of the coverage table, in its order.",
        Column("id", "Stable key.", required=True),
        Column("name", "Its name.", required=True),
        Column("aliases", "Other names it answers to.", is_list=True),
    ),
    table(
        "settings",
        "Settings",
        "One row per setting (kind of detention): the rows of the coverage table, in its order. "
        "`name` is its name when the data was last checked; setting_names has its names over time.",
        Column("id", "Stable key.", required=True),
        Column("name", "Its name when the data was last checked.", required=True),
        Column("aliases", "Other names it answers to, former names included.", is_list=True),
        Column("note", "What a reader should know about the row."),
    ),
    table(
        "setting_names",
        "Settings over time",
        "One row per setting per period in which it was a row of the table under one name.",
        Column("setting", "The setting's id.", required=True, refers="settings"),
        Column("name", "Its name in the period.", required=True),
        *PERIOD_COLUMNS,
        primary_key=("setting", "valid_from"),
    ),
    table(
        "members",
        "Members",
        "One row per member of the NPM, in the dataset's order, with its name and website when the data "
        "was last checked; member_names has its names and membership over time.",
        Column("id", "Stable key; it never changes, even when the body is renamed.", required=True),
        Column("name", "Full name when the data was last checked.", required=True),
        Column("abbreviation", "Short form when the data was last checked.", required=True),
        Column("aliases", "Other names it answers to, former names included.", is_list=True),
        Column("kind", "What sort of body it is.", required=True),
        Column("nations", "Ids of the nations in its remit.", is_list=True, refers="nations"),
        Column("remit", "Its remit in words, with its qualifications."),
        Column("note", "Anything else a reader should know."),
        Column("website", "Its own website; empty where the sources give none."),
        Column("website_note", "Why the address is uncertain, when it is."),
        Column("designated", "When it was designated after the edition, as the event dates it."),
    ),
    table(
        "member_names",
        "Members over time",
        "One row per member per period in which it was a member under one name.",
        Column("member", "The member's id.", required=True, refers="members"),
        Column("name", "Its full name in the period.", required=True),
        Column("abbreviation", "Its short form in the period.", required=True),
        *PERIOD_COLUMNS,
        primary_key=("member", "valid_from"),
    ),
    table(
        "coverage",
        "Who covers what, over time",
        "One row per member per cell of the table (setting and nation) per period in which the entry holds "
        "unchanged: the rows holding on a day D (valid_from <= D and (valid_to is empty or D < valid_to)) are "
        "the library's answer as of D. Names are in member_names and setting_names, for the same day.",
        Column("setting", "The row's id.", required=True, refers="settings"),
        Column("nation", "The column's id.", required=True, refers="nations"),
        Column("member", "The member's id.", required=True, refers="members"),
        Column("role", "lead, or partner when it joins another body's inspections.", required=True),
        Column("basis", "How we know: stated, confirmed or inferred.", required=True),
        Column("basis_note", "Why the basis is what it is."),
        Column("note", "A qualification of the entry."),
        Column("sources", "Ids of the sources that confirm it.", is_list=True, refers="sources"),
        Column("event", "Id of the dated event that added it; empty: the edition's own entry.", refers="events"),
        Column("kinds", "The kinds of place it applies to; empty: every place in the cell.", is_list=True),
        Column("note_events", "Ids of the dated events that added to its note.", is_list=True, refers="events"),
        flag("in_edition", "Whether the edition's table, as it stands, has this entry."),
        *PERIOD_COLUMNS,
        primary_key=("setting", "nation", "member", "role", "valid_from"),
    ),
    table(
        "events",
        "Dated changes",
        "One row per dated change after (or background before) the edition, oldest first. A change counts "
        "from date_latest, the last day it may have happened.",
        Column("id", "Stable key.", required=True),
        Column("date", "When it happened, as written (2022-07, by 2022-07-31, 2017 to 2018).", required=True),
        Column("date_earliest", "The first day it may have happened; empty when only an upper bound is known.", "date"),
        Column("date_latest", "The last day it may have happened: it counts from this day.", "date", required=True),
        Column("kind", "designated, setting-added, renamed, role-added, role-removed or note.", required=True),
        Column("member", "The member it concerns.", refers="members"),
        Column("setting", "The setting it concerns.", refers="settings"),
        Column("nations", "The nations it concerns.", is_list=True, refers="nations"),
        Column("role", "For role-added: the role."),
        Column("basis", "For role-added: the basis of the new entries."),
        Column("basis_note", "For role-added: why."),
        Column("note", "The note it adds."),
        Column("kinds", "For role-added: the kinds of place the new entries apply to.", is_list=True),
        Column("name", "For renamed: the new full name."),
        Column("abbreviation", "For renamed: the new short form."),
        Column("description", "One line for people.", required=True),
        Column("sources", "Ids of the sources that report it.", is_list=True, refers="sources"),
    ),
    table(
        "sources",
        "Sources",
        "One row per document the coverage data rests on, in the data file's order. The data file records "
        "no licence for them: facts are taken from them, no text is copied.",
        Column("id", "Stable key that entries and events cite.", required=True),
        Column("title", "What the document is called.", required=True),
        Column("url", "The publisher's own address, when it is known for certain."),
        Column("date", "When it was published, as precisely as known."),
        Column("note", "What it says that matters here."),
        Column("publisher", "Who published the original, where only a copy was read."),
        Column("read_at", "A copy it was read at (a document mirror); never its address."),
    ),
    table(
        "places",
        "Named places of detention",
        "One row per named place, in the places file's order; place_periods says when each was in use.",
        Column("id", "Stable key.", required=True),
        Column("name", "Its name.", required=True),
        Column("other_names", "Other forms seen in sources.", is_list=True),
        Column("kind", "What kind of place it is.", required=True),
        Column(
            "setting", "The setting whose cell of the coverage table answers for it.", required=True, refers="settings"
        ),
        Column("nation", "Its nation.", required=True, refers="nations"),
        Column("operator", "Who runs it, where known."),
        Column("status", "Its status in words on the day the data was last checked.", required=True),
        Column("source_url", "The publisher's page its facts come from; empty: read only at a copy."),
        Column("source_title", "What that page is.", required=True),
        Column("source_as_of", "The date that page describes, where known."),
        Column("note", "What is uncertain about it."),
        Column("town", "The town of its official address; empty where no official page gives one."),
        Column("town_source", "The publisher's page its town rests on."),
    ),
    table(
        "place_periods",
        "Places over time",
        "One row per named place per period in which it was in use (state open) or may have been (state "
        "uncertain: the sources bound the change, not the day), as `npm places --as-of` reads its lifetime.",
        Column("place", "The place's id.", required=True, refers="places"),
        Column("state", "open, or uncertain.", required=True),
        *PERIOD_COLUMNS,
        primary_key=("place", "valid_from"),
    ),
    table(
        "place_sources",
        "Sources of the named places, and their licences",
        "One row per source the places file draws on, with the licence its facts are used under.",
        Column("source", "The source, in words.", required=True),
        Column("licence", "Its licence, as the places file records it; empty where it records none."),
        Column("used_for", "What the places take from it."),
        primary_key=("source",),
    ),
    table(
        "concern_routes",
        "What each member does with a person's concern",
        "One row per member: whether it takes a concern about one detained person, who may raise one, how, "
        "and the member's own page that says so (`npm concern`, `npm member`).",
        Column("member", "The member's id.", required=True, refers="members"),
        Column("takes", "yes, no, or some (in some ways only); empty where its pages do not say."),
        Column("who", "Who may raise one, as seen."),
        Column("how", "How (form, phone, post, in person), as seen."),
        Column("what", "What it does with it, in one plain sentence."),
        Column("url", "Its own page that says so; empty where none was found."),
        Column("settings", "The settings (ids) the route is for, '; '-separated; empty: wherever the member covers."),
        Column("quote", "The words of that page this rests on."),
        Column("seen", "When that page was seen, or the date it describes, as written."),
        flag("confirmed", "Whether its own page states it (false: uncertain)."),
        primary_key=("member",),
    ),
    table(
        "outside_routes",
        "Complaint routes outside the NPM",
        "One row per body outside the NPM that takes complaints (an ombudsman, a police complaints body, a "
        "children's commissioner). Not part of the NPM: never a member, never in the coverage table; "
        "route_cells says for which settings and nations.",
        Column("id", "Stable key.", required=True),
        Column("name", "Its name.", required=True),
        Column("abbreviation", "Its short form, where it has one."),
        Column("takes", "What complaints it takes."),
        Column("who", "Who may complain."),
        Column("how", "How."),
        Column(
            "precondition", "What must come first, usually the place's own complaints process (`first` in the JSON)."
        ),
        Column("url", "Its own page that says so."),
        Column("quote", "The words of that page this rests on."),
        flag("confirmed", "Whether its own page states its remit (false: inferred)."),
    ),
    table(
        "route_cells",
        "Complaint routes outside the NPM, by setting and nation",
        "One row per outside route per setting and nation, in the data file's order; a row with an empty "
        "route says why there is none for that setting and nation.",
        Column("setting", "The setting's id.", required=True, refers="settings"),
        Column("nation", "The nation's id.", required=True, refers="nations"),
        Column("route", "The outside route's id; empty: none was found, and scope says why.", refers="outside_routes"),
        flag("confirmed", "Whether the route's own pages name this setting (false: inferred from its remit)."),
        Column("scope", "What part of the setting it covers, or why there is no route."),
        Column(
            "kinds",
            "The kinds of place in the setting it is for (places.kind); empty: every kind.",
            is_list=True,
        ),
        primary_key=("setting", "nation", "route"),
    ),
    table(
        "place_pages",
        "The places' own pages",
        "One row per official page about one named place (an inspection report or its news item, a "
        "monitoring board's page or annual report), as seen: addresses move, so each has its dates.",
        Column("place", "The place's id.", required=True, refers="places"),
        Column("member", "The id of the member whose page it is.", required=True, refers="members"),
        Column("kind", "report, news, board-page or annual-report.", required=True),
        Column("url", "Its address, as seen.", required=True),
        Column("title", "What it is.", required=True),
        Column("describes", "The date it describes (an inspection, a report year), as written."),
        Column("seen", "When it was published or stored, where visible, as written."),
        Column("quote", "Its own words that show what it is about (its headline), as seen."),
        primary_key=("place", "url"),
    ),
)


def build_tables(dataset: Dataset) -> list[Table]:
    """Every table of the open data for `dataset` (at any date: the whole history is exported), in `TABLES`' order.

    A table's rows are records of the contract, rows over time, or, for a table not named here, the
    latest answer's records of the table's name, each row its attributes that the columns name.
    """
    over_time = answers(dataset)
    latest = over_time[-1][1]
    in_edition = set(at(dataset.contents, FACTSHEET).entries)

    def member_names(answer: Dataset) -> Iterator[tuple[Hashable, dict[str, Any]]]:
        for m in answer.members:
            yield (m.id, m.name, m.abbreviation), {"member": m.id, "name": m.name, "abbreviation": m.abbreviation}

    def coverage(answer: Dataset) -> Iterator[tuple[Hashable, dict[str, Any]]]:
        for e in answer.entries:
            also = {"kinds": e.kinds, "note_events": e.note_events, "in_edition": e in in_edition}
            yield e, records.entry_record(answer, e) | also

    rows: dict[str, Iterable[Any]] = {
        "settings": latest.all_settings,  # former settings too
        "setting_names": rows_over_time(
            over_time, lambda d: (((s.id, s.name), {"setting": s.id, "name": s.name}) for s in d.settings)
        ),
        "members": [records.member_record(latest, member, with_coverage=False) for member in latest.all_members],
        "member_names": rows_over_time(over_time, member_names),
        "coverage": rows_over_time(over_time, coverage),
        "places": [records.place_record(latest, place) for place in latest.places],
        "place_periods": [row for place in latest.places for row in place_periods(latest, place)],
        "place_sources": latest.places_licences,
    }

    def rows_of(table: Table) -> list[dict[str, Any]]:
        items = rows[table.name] if table.name in rows else getattr(latest, table.name)
        names = [column.name for column in table.columns]
        return [item if isinstance(item, dict) else {name: getattr(item, name) for name in names} for item in items]

    return [replace(table, rows=rows_of(table)) for table in TABLES]
