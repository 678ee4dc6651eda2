"""The whole table as a Rich renderable: settings down, nations across, with its key and notes.

It draws `contract.records.matrix_table`, the same table the site's pages and `npm matrix
--html` draw as HTML; `picture` prints this one into an SVG. Importing this module imports Rich.
"""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from npmlookup.contract.records import Record, matrix_table
from npmlookup.core.dataset import Dataset
from npmlookup.output.render import NARROW, labelled, with_footer

ROLE_STYLES = {"lead": "bold", "partner": "italic dark_cyan"}
"""How each role word stands apart where colour is on."""


def _cell(bodies: list[Record]) -> Text:
    """A cell, one body a line, each with its role in words and the number of its note."""
    text = Text()
    for index, body in enumerate(bodies):
        text.append("\n" if index else "")
        text.append(body["abbreviation"], style="green" if body["lay"] else ROLE_STYLES[body["role"]])
        text.append(f" {body['word']}" + (f" [{body['note_number']}]" if body["note_number"] else ""))
    return text if text else Text("-")


def matrix(dataset: Dataset, width: int) -> RenderableType:
    """The table as the factsheet shows it; on a narrow terminal, one block per setting."""
    table = matrix_table(dataset)
    below = [
        Text("\n".join(f"[{note['number']}] {note['text']}" for note in table["notes"])),
        Text("Key: " + "; ".join(f"{k['word']} = {k['meaning']}" for k in table["key"]) + ". [n] = a note below."),
    ]
    nations = [nation["name"] for nation in table["nations"]]
    if width < NARROW:
        blocks: list[RenderableType] = []
        for row in table["rows"]:
            cells = ((f"{nation}:", _cell(bodies)) for nation, bodies in zip(nations, row["cells"], strict=True))
            blocks += [Text(row["name"], style="bold underline"), labelled(cells), Text("")]
        return with_footer(dataset, Group(*blocks, *below))
    grid = Table(box=box.SQUARE, show_lines=True)
    grid.add_column("Setting", overflow="fold", ratio=3)
    for nation in nations:
        grid.add_column(nation, overflow="fold", ratio=2)
    for row in table["rows"]:
        grid.add_row(row["name"], *map(_cell, row["cells"]))
    return with_footer(dataset, Group(grid, *below))
