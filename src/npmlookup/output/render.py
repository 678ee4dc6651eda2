"""Rich renderables for people: tables, the matrix and member profiles.

Functions here return renderables built from the `records` dicts; they never print and
never exit. Importing this module imports Rich, so the CLI imports it only when it is
about to draw a table.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from npmlookup.contract.records import ROLE_KEY, Record, role_word
from npmlookup.core.dataset import Dataset
from npmlookup.core.dates import in_words, spoken
from npmlookup.output.formats import flat
from npmlookup.output.words import caption

BASIS_LEGEND = (
    "Basis: stated = named in the source's table; confirmed = also on a public page; "
    "inferred = the nation read from the table's layout or a body's remit."
)


TAKES_WORDS = {"yes": "takes it", "some": "takes some", "no": "does not take one", None: "no route known here"}
"""Whether a body takes a concern about one person, in words."""


def place_line(place: Record, then: str = "") -> str:
    """What and where a place is, in a sentence: its kind, town and nation, whether it holds children on
    the day (which of two Felthams is a child's), then `then` (``; open``)."""
    held = {"yes": "; holds children (under 18)", "uncertain": "; may hold children (under 18)"}
    town = f"{place['town']}, " if place["town"] else ""
    kind = place["kind"][:1].upper() + place["kind"][1:]
    return f"{kind} in {town}{place['nation_name']}{held.get(place['holds_children'], '')}{then}."


def titled_table(title: str | None, columns: Iterable[tuple[str, int | None]] = ()) -> Table:
    """An empty table in the house style, its title on the left, with these (header, ratio) columns: one
    with a ratio folds its lines and takes that share of the width; one without (None) never wraps."""
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", show_lines=False, expand=False)
    for header, ratio in columns:
        if ratio is None:
            table.add_column(header, no_wrap=True)
        else:
            table.add_column(header, overflow="fold", ratio=ratio)
    return table


def role_cell(record: Record) -> Text:
    """A row's role in words, in bold for a lead."""
    return Text(role_word(record["role"], record["lay"]), style="bold" if record["role"] == "lead" else "")


NARROW = 60
"""Below this many columns, tables become one block per record."""


def fit(table: Table, width: int) -> RenderableType:
    """The table itself, or on a narrow terminal one block per row: its first cell as a heading,
    then each other column as `Header: value`, so that nothing folds inside a word."""
    if width >= NARROW:
        return table
    headers = [str(column.header) for column in table.columns]
    cells = [list(column.cells) for column in table.columns]
    blocks: list[RenderableType] = [Text(str(table.title), style="bold")] if table.title else []
    for heading, *rest in zip(*cells, strict=True):
        blocks += [
            Text(""),
            Text.assemble(heading if isinstance(heading, Text) else Text(str(heading)), style="bold"),
            labelled((f"{header}:", value) for header, value in zip(headers[1:], rest, strict=True)),
        ]
    return Group(*blocks, Text(""))


def labelled(rows: Iterable[tuple[str, RenderableType]], gap: int = 1) -> Table:
    """A grid of (label, value) rows: each label in bold on one line, its value folded beside it."""
    grid = Table.grid(padding=(0, gap))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for row in rows:
        grid.add_row(*row)
    return grid


def with_footer(dataset: Dataset | None, body: RenderableType, *lines: str, dated: bool = True) -> Group:
    """The body, then the given lines and the caption that says which date it answers for."""
    # Below the table rather than as its caption, so that it wraps at the terminal's width.
    said = (caption(dataset, dated=dated),) if dataset is not None else ()
    return Group(body, *(Text(line) for line in (*lines, *said)))


URL_IN_TEXT = re.compile(r"<?(https?://[^\s<>]+)>?")
"""An address in prose, bare or in angle brackets."""


def prose(text: str, *, style: str = "") -> list[Text]:
    """Prose that wraps at words, each address in it taken out onto a line of its own (see `link_lines`);
    the brackets and punctuation around an address are dropped with it."""
    lines: list[Text] = []
    position = 0
    for found in URL_IN_TEXT.finditer(text):
        if found.start() < position:
            continue
        url = found.group(1).rstrip(".,;:")
        before = text[position : found.start()].rstrip(" <")
        if before.strip():
            lines.append(Text(before.strip(), style=style))
        lines += link_lines([("", url)], 0, indent="  ")
        position = found.start(1) + len(url)
        while position < len(text) and text[position] in ">.,;: ":
            position += 1
    rest = text[position:].strip()
    if rest:
        lines.append(Text(rest, style=style))
    return lines


class Footnotes:
    """Notes and sources numbered once, in the order they are met: a cell shows ``[n]``, the text goes
    below the table, so that no note squeezes a column and no address is folded inside one."""

    def __init__(self, heading: str = "Notes") -> None:
        self.heading = heading
        self.numbers: dict[tuple[str, str | None], int] = {}

    def mark(self, text: str, url: str | None = None) -> str:
        """The ``[n]`` for this note (numbered when first met)."""
        number = self.numbers.setdefault((text, url), len(self.numbers) + 1)
        return f"[{number}]"

    def lines(self) -> list[RenderableType]:
        """The heading and each note, its addresses on lines of their own; nothing when there is no note."""
        if not self.numbers:
            return []
        shown: list[RenderableType] = [Text(self.heading, style="bold")]
        for (text, url), number in self.numbers.items():
            shown += prose(f"[{number}] {text}")
            if url:
                shown += link_lines([("", url)], 0, indent="  ")
        return shown


def sections(*blocks: Sequence[RenderableType]) -> list[RenderableType]:
    """The non-empty blocks, a blank line between each two."""
    joined: list[RenderableType] = []
    for block in (b for b in blocks if b):
        joined += [Text(""), *block] if joined else list(block)
    return joined


def link_lines(pairs: Sequence[tuple[str, str]], width: int, *, indent: str = "") -> list[Text]:
    """Each (label, address) as ``label: address`` when it fits in `width`, else the label, then the address
    alone on the next line. An address is never folded: a line longer than the terminal is left whole, for
    the terminal to wrap (and to copy whole); where styles are on, it is a hyperlink too."""
    from rich.style import Style

    lines = []
    for label, url in pairs:
        link = Text(url, style=Style(link=url))
        if label and len(indent) + len(label) + 2 + len(url) <= width:
            lines.append(Text.assemble(indent, (f"{label}: ", "bold"), link, no_wrap=True, overflow="ignore"))
            continue
        if label:
            lines.append(Text(f"{indent}{label}:", style="bold"))
        lines.append(Text.assemble(indent, link, no_wrap=True, overflow="ignore"))
    return lines


def reach_lines(records: Sequence[Record], width: int, heading: str = "How to reach them") -> list[RenderableType]:
    """Each member's website (once, in the order met), under a heading; a member without one says so."""
    sites = {row["member_abbreviation"]: row.get("website") for row in records}
    if not sites:
        return []
    lines: list[RenderableType] = [Text(heading, style="bold")]
    for abbreviation, url in sites.items():
        lines += link_lines([(abbreviation, url)], width) if url else [Text(f"{abbreviation}: no website known")]
    return lines


def member_cell(record: Record, notes: Footnotes | None = None) -> Text:
    """A row's body as a table cell: its name and abbreviation, with its note's number when `notes` is given."""
    text = Text(record["member_name"])
    if record["member_abbreviation"] != record["member_name"]:
        text.append(f" ({record['member_abbreviation']})")
    if record.get("note"):
        if notes is None:
            text.append(f"\nnote: {record['note']}", style="italic")
        else:
            text.append(f" {notes.mark(record['note'])}")
    return text


def who_table(
    dataset: Dataset,
    records: Sequence[Record],
    *,
    title: str,
    changes: Sequence[Record] = (),
    width: int = 80,
    fixed: Collection[str] = (),
) -> RenderableType:
    """The `who` answer: one line per member in each matching cell, its notes numbered below, then how to
    reach each member (with --explain, why each is there, numbered too). A column whose value the filters
    fixed (`fixed`: "setting", "nation") is left out: the title says it."""
    shown = {
        key: column for key, column in {"setting": ("Setting", 3), "nation": ("Nation", 2)}.items() if key not in fixed
    }
    table = titled_table(title, [*shown.values(), ("Member", 6), ("Role", None), ("Basis", None)])
    notes = Footnotes()
    previous: list[str] = []
    for record in records:
        member = member_cell(record, notes)
        if record.get("addition"):
            cited = "; ".join(dataset.source_by_id[s].title for s in record["sources"] if s in dataset.source_by_id)
            note = f"An addition to the edition: it held then, though the edition's table omits it (source: {cited})."
            member.append(f" {notes.mark(note)}")
        if record.get("explanation"):
            member.append(f" {notes.mark('Why: ' + record['explanation'])}")
        cell = [record[f"{key}_name"] for key in shown]
        # A cell's setting and nation are said once, on its first line (blocks on a narrow terminal keep them).
        said = cell if width < NARROW else _unrepeated(cell, previous)
        previous = cell
        table.add_row(*said, member, role_cell(record), record["basis"])
    # Too wide for the terminal: the ratios share the width out, the member's name widest.
    table.expand = _natural_width(table) > width
    removed = [f"{in_words(c['date'], lead='')}: {c['description']}" for c in changes if c["kind"] == "role-removed"]
    lines = [Text(f"Removed from this cell by a dated change, {line}") for line in dict.fromkeys(removed)]
    return with_footer(
        dataset,
        Group(
            fit(table, width),
            *sections(reach_lines(records, width), notes.lines(), lines, [Text(ROLE_KEY), Text(BASIS_LEGEND)]),
        ),
    )


def _natural_width(table: Table) -> int:
    """How wide a table would be with no line folded: each column's longest line, and the padding."""
    widest = [
        max(len(line) for cell in (column.header, *column.cells) for line in str(cell).splitlines() or [""])
        for column in table.columns
    ]
    return sum(widest) + 3 * len(widest) + 1


def _unrepeated(values: list[str], previous: list[str]) -> list[str]:
    """`values` with those that repeat the row above (from the first column on) left blank."""
    blank: list[str] = []
    for index, value in enumerate(values):
        same = index < len(previous) and previous[index] == value and (index == 0 or blank[index - 1] == "")
        blank.append("" if same else value)
    return blank


def member_profile(dataset: Dataset, record: Record, width: int = 80) -> RenderableType:
    """The `member` answer: who the body is and how to reach it, what it covers (notes numbered below),
    then its remit, names over time and the other names it answers to."""
    parts: list[RenderableType] = [Text(f"{record['name']} ({record['abbreviation']})", style="bold")]
    nations = [dataset.nation_by_id[n].name for n in record["nations"]]
    where = nations[0] if len(nations) == 1 else ", ".join(nations[:-1]) + " and " + nations[-1]
    parts.append(Text(f"{record['kind'].capitalize()}, in {where}."))
    if record["website"]:
        parts += link_lines([("Website", record["website"])], width)
        if record["website_note"]:
            parts.append(Text(f"({record['website_note']})", style="dim"))
    if not record["member_at_date"]:
        since = f"; designated {in_words(record['designated'], lead='on')}" if record["designated"] else ""
        parts.append(Text(f"Not a member of the NPM as of {spoken(record['as_of'])}{since}."))
    notes = Footnotes()
    if record["coverage"]:
        columns = [("Setting", 4), ("Nation", 2), ("Role", None), ("Alongside", 3), ("Basis", None)]
        coverage = titled_table("What it covers", columns)
        coverage.expand = True  # so that the ratios share the width
        for row in record["coverage"]:
            others = ", ".join(dataset.member_by_id[m].abbreviation for m in row["alongside"]) or "-"
            setting = Text(row["setting_name"])
            if row["note"]:
                setting.append(f" {notes.mark(row['note'])}")
            coverage.add_row(setting, row["nation_name"], role_word(row["role"], row["lay"]), others, row["basis"])
        parts += [Text(""), fit(coverage, width), *notes.lines()]
    else:
        parts += [Text(""), Text(f"No cell of the table names {record['abbreviation']}.")]
    first, later = record["names"][:1], record["names"][1:]
    said = [f"{n['name']} ({n['abbreviation']}) in {dataset.edition.short_name}" for n in first]
    said += [f"{n['name']} ({n['abbreviation']}) {in_words(n['since'], days=False)}" for n in later]
    facts = [
        ("Remit", record["remit"]),
        ("Names", "; ".join(said) if later else None),
        ("Also", ", ".join(record["aliases"])),
        ("Note", record["note"]),
    ]
    if any(value for _label, value in facts):
        # A table ends on a blank line of its own; its notes do not.
        parts += [
            *([Text("")] if notes.numbers or not record["coverage"] else []),
            Text(f"About {record['abbreviation']}", style="bold"),
            labelled([(label, value) for label, value in facts if value], gap=2),
        ]
    concern = record.get("concern")
    if concern:
        takes = TAKES_WORDS[concern["takes"]] if concern["takes"] else "not known"  # its pages do not say
        told = [("Takes", takes), ("Who", concern["who"]), ("How", concern["how"]), ("What", concern["what"])]
        parts += [
            Text(""),
            Text("A concern about one person held", style="bold"),
            labelled([(label, value) for label, value in told if value], gap=2),
            *(link_lines([("Page", concern["url"])], width) if concern["url"] else []),
        ]
    return with_footer(dataset, Group(*parts, Text("")))


def list_table(
    dataset: Dataset | None,
    title: str,
    columns: Sequence[tuple[str, str]],
    records: Sequence[Record],
    width: int = 80,
    *,
    dated: bool = True,
) -> RenderableType:
    """A plain list (members, settings, nations) with the given (key, header) columns, its title above
    it at the terminal's width (a narrow table would fold it)."""
    table = titled_table(None)
    table.pad_edge = False
    table.show_edge = False
    for _key, header in columns:
        table.add_column(header, overflow="fold")
    for record in records:
        table.add_row(*(flat(record.get(key)) for key, _header in columns))
    return with_footer(dataset, Group(Text(title, style="italic"), fit(table, width)), dated=dated)
