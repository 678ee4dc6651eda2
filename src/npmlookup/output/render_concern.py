"""Who to tell, for people: the bodies that take a person's concern first, then the routes outside
the NPM, then every body that inspects or monitors there, then the place's own pages."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.text import Text

from npmlookup.contract.records import ROLE_KEY, Record, role_word
from npmlookup.core.dataset import Dataset
from npmlookup.output.render import TAKES_WORDS, link_lines, place_line, prose, sections, with_footer


def concern_panels(dataset: Dataset, documents: Sequence[Record], width: int) -> RenderableType:
    """Each answer (one a place, or one setting in a nation) as blocks of text, most useful first."""
    parts: list[RenderableType] = []
    for document in documents:
        place, setting = document["place"], document["settings"][0]["name"] if document["settings"] else ""
        held = place["name"] if place else f"{setting} in {document['nation_name']}"
        parts.append(Text(f"To raise a concern about someone held in {held}", style="bold"))
        if place:
            parts.append(Text(place_line(place)))
            if place["closed"]:
                parts.append(Text(f"Not in use on this date ({place['status']}): no NPM body covered it then."))
                parts += [
                    Text(f"In use on its site then: {o['name']} ({o['kind']}): npm concern {o['id']}")
                    for o in document["then"]
                ]
        below = " (see below who inspects it)." if document["members"] else "."
        takers = _bodies("Who takes a concern about one person", document["takes_concerns"], width)
        parts += sections(
            takers or [Text(f"No NPM body here takes a concern about one person{below}")],
            _outside(document, width),
            _bodies("Who inspects and monitors it", document["members"], width, brief=True),
            _pages(document["pages"], width),
        )
        parts.append(Text(""))
    return with_footer(dataset, Group(*parts, Text(ROLE_KEY)))


def _bodies(heading: str, members: Sequence[Record], width: int, *, brief: bool = False) -> list[RenderableType]:
    if not members:
        return []
    lines: list[RenderableType] = [Text(heading, style="bold")]
    for member in members:
        role = role_word(member["role"], member["lay"])
        lines.append(Text(f"{member['name']} ({member['abbreviation']}), {role}: {TAKES_WORDS[member['takes']]}"))
        # A body that takes none may still say where to turn (HMI Prisons: a prison's safer custody team).
        said = [("Who", member["who"]), ("How", member["how"])] if not brief or member["takes"] == "no" else []
        lines += _indented([*said, ("", member["what"])], None if brief else member["url"], width)
    return lines


def _indented(said: Sequence[tuple[str, str | None]], url: str | None, width: int) -> list[Text]:
    """Each (label, text) that has a text, as indented prose, then the address, if any."""
    lines = [line for label, text in said if text for line in prose(f"  {label + ': ' if label else ''}{text}")]
    return lines + (link_lines([("", url)], width, indent="  ") if url else [])


def _outside(document: Record, width: int) -> list[RenderableType]:
    found = document["outside_npm"]
    if not found:
        return []
    lines: list[RenderableType] = [Text("Outside the NPM", style="bold"), Text(document["outside_npm_note"])]
    for route in found:
        if route["id"] is None:
            lines += prose(route["scope"] or "None found.")
            continue
        name = f"{route['name']} ({route['abbreviation']})" if route["abbreviation"] else route["name"]
        lines.append(Text(name + ("" if route["confirmed"] else " (its remit here is inferred, not stated)")))
        said = [("", route["scope"]), ("", route["takes"]), ("First", route["first"]), ("How", route["how"])]
        lines += _indented(said, route["url"], width)
    return lines


def _pages(pages: Sequence[Record], width: int) -> list[RenderableType]:
    """The place's own pages, each by its own headline (what a person will find there; our description
    of the page is for researchers, in JSON), the date it describes, and its address."""
    if not pages:
        return []
    lines: list[RenderableType] = [Text("Its own pages", style="bold")]
    for page in pages:
        headline = f"“{page['quote']}”" if page["quote"] else page["title"]
        lines += prose(headline + (f" ({page['describes']})" if page["describes"] else ""))
        lines += link_lines([("", page["url"])], width, indent="  ")
    return lines
