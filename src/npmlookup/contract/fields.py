"""The fields of every record of the JSON contract, declared once: what --fields may pick, the default
columns, and the keys `records` and `provenance` build each record with.

A module of names only, so that the CLI can list them in --help without importing the
data model.
"""

SETTING_AND_NATION = ("setting", "setting_name", "nation", "nation_name")
"""A cell of the table (or a place's setting and nation), by id and by name."""
MEMBER_IN_CELL = (*SETTING_AND_NATION, "member", "member_name", "member_abbreviation", "role")
"""A member in a cell, by id and by name: how `who` rows and `changes` rows begin."""

ENTRY = (*MEMBER_IN_CELL, "note", "basis", "basis_note", "sources", "event", "as_of", "website", "addition", "lay")
"""A row of `who` (and of `member`'s coverage, and of `where`): a member in a cell, and how to reach it.
`addition`: true when the entry is an addition to the edition (it held at the edition's date though the
edition's table omits it; `event` says which). `lay`: true when the body is a lay body (volunteers who
monitor or visit: a kind of body, not a role; its role is `lead` or `partner` like any other's)."""
ENTRY_DEFAULT = ("setting", "nation", "member", "member_abbreviation", "role", "basis", "note")
WHO = (*ENTRY, "explanation")
"""`who`: with --explain, each row also has `explanation`."""
COVERAGE = (*ENTRY, "alongside")
"""`member`: its coverage rows, each with the other members in the cell."""
MEMBER = (
    "id",
    "name",
    "abbreviation",
    "aliases",
    "kind",
    "nations",
    "remit",
    "note",
    "website",
    "website_note",
    "member_at_date",
    "designated",
    "names",
    "as_of",
)
"""`members`."""
MEMBER_DEFAULT = ("id", "abbreviation", "name", "kind", "nations", "website")
NAMED = ("id", "name", "aliases")
"""`nations`."""
SETTING = (*NAMED, "note")
"""`settings`."""
CELL_RECORD = (*SETTING_AND_NATION, "members", "as_of")
"""A cell of `matrix --json`."""
CELL = (*CELL_RECORD, "summary")
"""`matrix`: one row per cell, with a one-line summary."""
CELL_DEFAULT = ("setting", "nation", "summary")
EVENT = (
    "id",
    "date",
    "date_earliest",
    "date_latest",
    "kind",
    "member",
    "member_abbreviation",
    "setting",
    "nations",
    "role",
    "name",
    "abbreviation",
    "description",
    "in_edition",
    "sources",
    "addition",
)
"""`history`. `in_edition`: already in the edition's table; `addition`: dated before the edition's end
and omitted from its table, so it applies from its own date but not to the edition as published."""
NAME = ("name", "abbreviation", "since", "counts_from", "event")
"""One of a member's names over time."""
CELL_MEMBER = ("member", "member_name", "member_abbreviation", "role", "basis", "note")
"""A member in a cell of `matrix --json`."""
EVENT_DEFAULT = ("date", "kind", "member_abbreviation", "description")
SOURCE_RECORD = ("id", "title", "url", "date", "note", "publisher", "read_at")
"""A source, wherever one is cited: `url` is the publisher's own address; `read_at` a copy it was read at
(a document mirror), never its address."""
SOURCE = (*SOURCE_RECORD, "used_for", "copy_only")
"""`sources`: each source, with what rests on it; `copy_only`: true when it was read only at a copy (no
address of the publisher's was found)."""
SOURCE_DEFAULT = ("id", "title", "url", "used_for")
ABOUT = ("kind", "text", "sources")
"""`about`: the summary, each power and each fact."""
PLACE = (
    "id",
    "name",
    "other_names",
    "kind",
    *SETTING_AND_NATION,
    "operator",
    "status",
    "closed",
    "source_url",
    "source_title",
    "source_as_of",
    "note",
    "as_of",
    "state",
    "status_latest",
    "opened",
    "periods",
    "holds_children",
    "lifetime_source",
    "children_source",
    "read_at",
    "town",
    "town_source",
)
"""`places`: one row per place. `status` is its status on the day answered for, in words; `state`
the same as one word (open, closed, not yet open, uncertain); `status_latest` its status at the
latest source; `holds_children` yes, no, uncertain or unknown on that day; `source_url` the publisher's
page (null where the only source was read at a copy); `read_at` the copies some facts were read at;
`town` the town of its official address (null where no official page gives one) and `town_source` the page
it rests on."""
PLACES = (*PLACE, "coverage", "covered_by")
"""`places`: each place with the bodies that cover it at the date asked (`coverage`: rows as `where` gives
them; `covered_by`: the same in one line, for the tabular formats)."""
COUNT = ("member", "member_abbreviation", "member_name", "places")
"""`places --count`: how many listed places a body covers on the day answered for (places that may be in
use then: open, or uncertain)."""
PLACE_DEFAULT = ("id", "name", "kind", "nation", "operator", "status")
WHERE = ("place", "place_name", *ENTRY)
"""`where`: one row per body covering a matched place (the JSON nests them under each place)."""
WHERE_POINTER = ("kind", "id", "name", "nation", "nation_name", "command", "coverage")
"""`where`: an answer that is not a place. `kind` is setting, nation, member, or ``not listed`` (a place not
listed by name, answered by the setting `id` it could belong to, in `nation` when the text gives it);
`command` the command that answers it; `coverage` the rows that command gives for a setting (none for a
nation or member)."""
WHERE_DEFAULT = ("place_name", "setting", "nation", "member", "member_abbreviation", "role", "note", "website")
PROBLEM = ("file", "line", "column", "message")
"""`validate`."""
CHANGE = (
    "kind",
    *MEMBER_IN_CELL,
    "before",
    "after",
    "date",
    "when",
    "event",
    "description",
    "sources",
    "from",
    "to",
    "addition",
    "in_window",
)
"""`changes`: one change between two dates. `kind` is joined, left or role-changed (a member in a cell:
`setting`, `nation`, `member`, its `role`), or renamed (a member or a setting: `before` and `after` are
its names); `date` as written and `when` in words, `event`, `description` and `sources` say which dated
change it comes from; `from` and `to` are the two dates compared; `addition` is true when that event is
an addition to the edition (it held at the edition's date, though the edition's table omits it);
`in_window` is false when that event is dated before `from` (it held already, and shows between the
dates only because its row was listed later or the edition's table omits it)."""
CHANGE_DEFAULT = ("when", "kind", "setting", "nation", "member_abbreviation", "role", "before", "after")

MEMBER_ROWS = "its coverage rows (one per setting and nation it covers)"
"""What --fields picks from in `member`, whose JSON is one object."""
ABOUT_ROWS = "its rows (the summary, each power and each fact)"
"""What --fields picks from in `about`, whose JSON is one object."""
CELL_ROWS = "its rows (one per cell, with a one-line summary)"
"""What --fields picks from in `matrix`."""
WHERE_ROWS = "its rows (one per body covering each place)"
"""What --fields picks from in `where`, whose JSON nests the rows under each place."""
CONCERN_ROWS = (
    "part",
    "name",
    "abbreviation",
    "in_npm",
    "role",
    "takes",
    "who",
    "how",
    "what",
    "first",
    "url",
    "confirmed",
    "place",
    "setting",
    "nation",
)
"""`concern`: one row per body or page, `part` saying which part of the answer it is in: ``takes`` (an NPM
member that takes a concern about one person), ``outside`` (a complaint route outside the NPM: `in_npm`
is false), ``none`` (no route outside the NPM was found: `what` says why), ``covers`` (every member that
inspects or monitors there), ``page`` (the place's own page). `takes` is yes, no or some; `first` what must
come first (usually the place's own complaints process); `confirmed` whether its own page states it."""
CONCERN_DEFAULT = ("part", "name", "takes", "how", "url")
CONCERN_ROWS_NAME = "its rows (one per body or page, in the order of the answer)"
"""What --fields picks from in `concern`, whose JSON is one object an answer."""


def help_text(fields: tuple[str, ...], rows: str = "its rows") -> str:
    """The --fields help for a command whose `rows` (``its rows``, ``its coverage rows (...)``) have these fields."""
    short = rows.split(" (")[0].replace("its ", "the ", 1)
    return (
        f"Print only these columns of {rows}, in this order, in every format (json, jsonl and yaml: "
        f"{short} as objects with just these keys). Comma-separated, any of: " + ", ".join(fields) + "."
    )
