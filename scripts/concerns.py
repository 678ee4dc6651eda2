"""Write data/concerns.yaml from the researched sources: who to tell about a person's detention.

    python scripts/concerns.py          # rewrite data/concerns.yaml
    python scripts/concerns.py --check  # exit 1 if data/concerns.yaml is not what the sources give

The sources are in docs/sources/ (each fact with the publisher's own address and a short
quotation, read again by a second reader):
- concerns.csv: what each member does with a concern about one detained person;
- outside-routes.csv: complaint bodies outside the NPM, and outside-route-cells.csv, which of
  them applies to each setting in each nation (or none, and why);
- place-pages.csv: official pages about a place (its inspection reports, its monitoring board).
Only what is labelled CONFIRMED is a page of a place; every concern and route row is written
with its label as `confirmed` true or false, so answers can say what is uncertain. Every value
is written as a JSON string, which YAML reads back exactly.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "docs" / "sources"
YAML = ROOT / "data" / "concerns.yaml"

NOT_OUTSIDE = {"cc-england": "the Children's Commissioner for England is the NPM member OCC"}
"""Routes researched as outside the NPM that are in fact a member: the member's own row answers."""

HEADER = """\
# Who to tell: what each member does with a person's concern, the complaint routes outside the
# NPM for each setting and nation, and places' own pages. Written by scripts/concerns.py from
# docs/sources/ (concerns.csv, outside-routes.csv, outside-route-cells.csv, place-pages.csv):
# do not edit by hand.
"""


def rows(name: str) -> list[dict[str, str]]:
    """A CSV of docs/sources as dicts, one a row."""
    with (SOURCES / name).open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def value(text: str | None) -> str:
    """A YAML value: a JSON string, or null for an empty cell."""
    text = (text or "").strip()
    return json.dumps(text, ensure_ascii=False) if text else "null"


def record(lines: list[str], pairs: list[tuple[str, str | None]]) -> None:
    """One list item of `key: value` lines."""
    for index, (key, text) in enumerate(pairs):
        lines.append(f"  {'- ' if index == 0 else '  '}{key}: {value(text)}")


def render() -> str:
    """The file's text, from the sources as they are now."""
    lines = [HEADER, "schema_version: 1"]
    lines.append("members:")
    for row in rows("concerns.csv"):
        record(
            lines,
            [
                ("member", row["member"]),
                ("takes", row["takes_individual_concerns"]),
                ("who", row["who"]),
                ("how", row["how"]),
                ("what", row["what_it_does"]),
                ("url", row["url"]),
                ("settings", row["settings"]),
                ("quote", row["quote"]),
                ("seen", row["seen"]),
            ],
        )
        lines.append(f"    confirmed: {json.dumps(row['label'] == 'CONFIRMED')}")
    lines.append("routes:")
    for row in rows("outside-routes.csv"):
        if row["id"] in NOT_OUTSIDE:
            continue
        record(
            lines,
            [
                ("id", row["id"]),
                ("name", row["name"]),
                ("abbreviation", row["abbreviation"]),
                ("takes", row["takes"]),
                ("who", row["who"]),
                ("how", row["how"]),
                ("precondition", row["precondition"]),
                ("url", row["url"]),
                ("quote", row["quote"]),
            ],
        )
        lines.append(f"    confirmed: {json.dumps(row['label'] == 'CONFIRMED')}")
    lines.append("route_cells:")
    for row in rows("outside-route-cells.csv"):
        record(lines, [("setting", row["setting"]), ("nation", row["nation"]), ("route", row["route"])])
        lines.append(f"    confirmed: {json.dumps(row['basis'] == 'confirmed')}")
        lines.append(f"    scope: {value(row['scope'])}")
        if row["kinds"]:
            lines.append(f"    kinds: {json.dumps(row['kinds'].split('; '))}")
    lines.append("place_pages:")
    for row in rows("place-pages.csv"):
        if row["label"] != "CONFIRMED":
            continue
        record(
            lines,
            [
                ("place", row["place"]),
                ("member", row["member"]),
                ("kind", row["kind"]),
                ("url", row["url"]),
                ("title", row["title"]),
                ("describes", row["describes"]),
                ("seen", row["seen"]),
                ("quote", row["quote"]),
            ],
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    """Write the file, or with ``--check`` exit 1 when it is stale."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if data/concerns.yaml is out of date")
    options = parser.parse_args()
    text = render()
    if options.check:
        if not YAML.exists() or YAML.read_text(encoding="utf-8") != text:
            sys.exit("data/concerns.yaml is out of date: run python scripts/concerns.py")
        return
    YAML.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
