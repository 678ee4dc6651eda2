"""`npm matrix --svg/--html`: the table as a file to keep, share or print, loading nothing from the network.

The HTML is a real table (header cells with their scope, a caption, a title, the key and
the notes as text), readable without its styles and by screen readers. The SVG is the
terminal table drawn by Rich, in the reader's own monospace font.
"""

from __future__ import annotations

import html
import io

from npmlookup.contract.records import ROLE_MEANINGS, as_of_label, lay_last, matrix_notes, role_word
from npmlookup.core.dataset import Dataset

PICTURE_WIDTH = 180
"""Columns of the SVG: wide enough that the UK table's cells do not wrap."""

KEY = " ".join(f"{word}: {meaning}." for word, meaning in ROLE_MEANINGS.items()) + (
    " A number refers to a note below the table."
)

STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; }
table { border-collapse: collapse; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
th, td { border: 1px solid #b1b4b6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f3f2f1; }
ul { list-style: none; margin: 0; padding: 0; }
.lead .name { font-weight: bold; }
.partner .name { font-style: italic; color: #5b2d86; }
.lay .name { color: #00703c; }
@media (max-width: 48rem) {
  body { margin: 1rem; overflow-wrap: anywhere; }
  table, caption, tbody, tr, th, td { display: block; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { margin-bottom: .75rem; }
  td::before { content: attr(data-label) ": "; font-weight: bold; }
}
"""


MADE_BY = "generator: npmlookup matrix"
"""Written near the top of every picture, so that `npm matrix` may later replace a file it made (and only
such a file: output.streams.write_file)."""


SVG_TEMPLATE = """\
<svg class="rich-terminal" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">
<!-- {{made_by}} -->
    <style>
    .{unique_id}-matrix {{
        font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace;
        font-size: {char_height}px;
        line-height: {line_height}px;
        font-variant-east-asian: full-width;
    }}
    .{unique_id}-title {{
        font-size: 18px;
        font-weight: bold;
        font-family: system-ui, sans-serif;
    }}
    {styles}
    </style>
    <defs>
    <clipPath id="{unique_id}-clip-terminal">
      <rect x="0" y="0" width="{terminal_width}" height="{terminal_height}" />
    </clipPath>
    {lines}
    </defs>
    {chrome}
    <g transform="translate({terminal_x}, {terminal_y})" clip-path="url(#{unique_id}-clip-terminal)">
    {backgrounds}
    <g class="{unique_id}-matrix">
    {matrix}
    </g>
    </g>
</svg>
"""
"""Our own template for Rich's documented `export_svg(code_format=...)`: the reader's own
monospace font, and nothing fetched from the network (Rich's default loads a web font)."""


def title_of(dataset: Dataset) -> str:
    """The picture's title: what it shows and for which date."""
    return f"{dataset.title}: who covers what, where, as of {as_of_label(dataset)}"


def matrix_svg(dataset: Dataset) -> str:
    """The terminal table as an SVG picture, styled, with its key; fonts are the reader's own."""
    from rich.console import Console
    from rich.text import Text

    from npmlookup.output.render_matrix import matrix

    console = Console(
        record=True,
        width=PICTURE_WIDTH,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        highlight=False,
        emoji=False,
        markup=False,
    )
    console.print(Text(title_of(dataset), style="bold"))
    console.print(matrix(dataset, PICTURE_WIDTH))
    return console.export_svg(title=title_of(dataset), code_format=SVG_TEMPLATE.replace("{{made_by}}", MADE_BY))


def matrix_html(dataset: Dataset) -> str:
    """The table as a standalone HTML page with a real table."""
    from npmlookup.output.render import caption

    notes = matrix_notes(dataset)
    e = html.escape
    head = "".join(f'<th scope="col">{e(n.name)}</th>' for n in dataset.nations)
    rows = []
    for setting in dataset.settings:
        cells = []
        for nation in dataset.nations:
            entries = dataset.cells.get((setting.id, nation.id), ())
            items = []
            for entry in lay_last(dataset, entries):
                member = dataset.member_by_id[entry.member]
                word = role_word(dataset, entry)
                note = f" <sup>{notes[entry.note]}</sup>" if entry.note else ""
                items.append(
                    f'<li class="{word}"><abbr class="name" title="{e(member.name)}">{e(member.abbreviation)}</abbr>'
                    f" {word}{note}</li>"
                )
            # Labelled with its nation, for a narrow screen, where each row becomes a block (STYLE).
            label = f' data-label="{e(nation.name)}"'
            cells.append(f"<td{label}><ul>{''.join(items)}</ul></td>" if items else f"<td{label}>No member</td>")
        rows.append(f'<tr><th scope="row">{e(setting.name)}</th>{"".join(cells)}</tr>')
    notes_list = "".join(f'<li value="{number}">{e(note)}</li>' for note, number in notes.items())
    return f"""<!DOCTYPE html>
<!-- {MADE_BY} -->
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title_of(dataset))}</title>
<style>{STYLE}</style>
</head>
<body>
<main>
<h1>{e(title_of(dataset))}</h1>
<table>
<caption>Who covers each setting (rows) in each nation (columns)</caption>
<thead><tr><th scope="col">Setting</th>{head}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>Key: {e(KEY)}</p>
<h2>Notes</h2>
<ol>{notes_list}</ol>
<p>{e(caption(dataset))}</p>
</main>
</body>
</html>
"""
