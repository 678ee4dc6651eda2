"""The whole table as a Rich renderable: settings down, nations across, with its key and notes.

Importing this module imports Rich; `picture` draws the same renderable as an SVG.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from npmlookup.contract.records import ROLE_MEANINGS, lay_last, matrix_notes, role_word
from npmlookup.core.dataset import Dataset
from npmlookup.core.model import Entry
from npmlookup.output.render import with_footer

LEAD_STYLE, PARTNER_STYLE, LAY_STYLE = "bold", "italic dark_cyan", "green"
MATRIX_KEY = (
    "Key: " + "; ".join(f"{word} = {meaning}" for word, meaning in ROLE_MEANINGS.items()) + ". [n] = a note below."
)


def _matrix_cell(dataset: Dataset, entries: Sequence[Entry], notes: dict[str, int]) -> Text:
    """A cell, one body a line, each with its role in words (and styled apart where colour is on)."""
    text = Text()
    for index, entry in enumerate(lay_last(dataset, entries)):
        word = role_word(dataset, entry)
        style = {"lead": LEAD_STYLE, "partner": PARTNER_STYLE, "lay": LAY_STYLE}[word]
        text.append("\n" if index else "")
        text.append(dataset.member_by_id[entry.member].abbreviation, style=style)
        text.append(f" {word}")
        if entry.note:
            text.append(f" [{notes[entry.note]}]")
    return text if text else Text("-")


def matrix(dataset: Dataset, width: int) -> RenderableType:
    """The table as the factsheet shows it; below 60 columns, one block per setting."""
    notes = matrix_notes(dataset)
    footnotes = Text("\n".join(f"[{number}] {note}" for note, number in notes.items()))

    def cell(setting: str, nation: str) -> Text:
        return _matrix_cell(dataset, dataset.cells.get((setting, nation), ()), notes)

    key = Text(MATRIX_KEY)
    if width < 60:
        blocks: list[RenderableType] = []
        for setting in dataset.settings:
            block = Table.grid(padding=(0, 1))
            block.add_column(style="bold", no_wrap=True)
            block.add_column(overflow="fold")
            for nation in dataset.nations:
                block.add_row(f"{nation.name}:", cell(setting.id, nation.id))
            blocks += [Text(setting.name, style="bold underline"), block, Text("")]
        return with_footer(dataset, Group(*blocks, footnotes, key))
    table = Table(box=box.SQUARE, show_lines=True)
    table.add_column("Setting", overflow="fold", ratio=3)
    for nation in dataset.nations:
        table.add_column(nation.name, overflow="fold", ratio=2)
    for setting in dataset.settings:
        table.add_row(setting.name, *(cell(setting.id, n.id) for n in dataset.nations))
    return with_footer(dataset, Group(table, footnotes, key))
