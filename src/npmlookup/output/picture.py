"""`npm matrix --svg/--html`: the table as a file to keep, share or print, loading nothing from the network.

The HTML is a real table (header cells with their scope, a caption, a title, the key and
the notes as text), readable without its styles and by screen readers. The SVG is the
terminal table drawn by Rich, in the reader's own monospace font.
"""

from __future__ import annotations

import io

from npmlookup.contract.records import as_of_label
from npmlookup.core.dataset import Dataset

PICTURE_WIDTH = 180
"""Columns of the SVG: wide enough that the UK table's cells do not wrap."""

MADE_BY = "generator: npmlookup matrix"
"""Who made a picture, in the comment that opens it."""

SVG_OPENING = f"<!-- {MADE_BY} -->\n<svg "
"""How every SVG picture begins: `npm matrix --svg` replaces a file only when it begins so
(`folders.made_here`), and is named ``.svg``."""
HTML_OPENING = f"<!DOCTYPE html>\n<!-- {MADE_BY} -->\n<html "
"""How every HTML picture begins (``.html`` or ``.htm``), as `SVG_OPENING` for SVG."""


SVG_TEMPLATE = """\
<!-- {{made_by}} -->
<svg class="rich-terminal" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">
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
    from rich.text import Text

    from npmlookup.output.render_matrix import matrix
    from npmlookup.output.streams import make_console

    console = make_console(io.StringIO(), "always", record=True, width=PICTURE_WIDTH, color_system="truecolor")
    console.print(Text(title_of(dataset), style="bold"))
    console.print(matrix(dataset, PICTURE_WIDTH))
    svg: str = console.export_svg(title=title_of(dataset), code_format=SVG_TEMPLATE.replace("{{made_by}}", MADE_BY))
    return svg
