"""Write data/places.yaml from docs/sources/places.csv, the named places of detention.

    python scripts/places.py          # rewrite data/places.yaml
    python scripts/places.py --check  # exit 1 if data/places.yaml is not what the CSV gives

The CSV is the source (docs/sources/places.md describes it); the YAML is what npmlookup
loads and `npm validate` checks. Every value is written as a JSON string, which YAML reads
back exactly, so no name can turn into a number, a date or a boolean.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CSV = ROOT / "docs" / "sources" / "places.csv"
YAML = ROOT / "data" / "places.yaml"

LICENCES: list[dict[str, str | None]] = [
    {
        "source": "Ministry of Justice prison-register (GitHub)",
        "licence": "MIT licence, Crown copyright",
        "used_for": "England and Wales names, types and operators (as of 2022-05), Welsh names (2025-02)",
    },
    {
        "source": "symroe/prison-estate-data",
        "licence": "Open Government Licence v3.0",
        "used_for": "older name forms, start and closure dates (about 2017)",
    },
    {
        "source": "Wikipedia and its mirrors",
        "licence": "CC BY-SA",
        "used_for": "the July 2024 register of secure children's homes, some immigration removal centres and "
        "operators, some opening and closure dates",
    },
    {
        "source": "Official pages (gov.uk, Ministry of Justice, HM Inspectorate of Prisons, IMB, SPS, HMIPS, gov.scot, "
        "the Scottish Parliament, nidirect, CJI) and dated news reports (named in lifetime_source and note)",
        "licence": None,
        "used_for": "the rest; facts (names, places, operators, dates) are used and no text is copied",
    },
]

HEADER = """\
# yaml-language-server: $schema=places.schema.json
#
# Named places of detention in the UK, written by scripts/places.py from
# docs/sources/places.csv (see docs/sources/places.md): do not edit by hand.
# Each place points into the coverage table by its kind, setting and nation; the
# coverage file's place_kinds say which setting covers each kind.
"""


def quoted(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def render(rows: list[dict[str, str]]) -> str:
    lines = [HEADER, "schema_version: 1", f"title: {quoted('Named places of detention (docs/sources/places.csv)')}"]
    lines.append("licences:")
    for licence in LICENCES:
        lines.append(f"  - source: {quoted(licence['source'] or '')}")
        lines.append(f"    licence: {quoted(licence['licence']) if licence['licence'] else 'null'}")
        lines.append(f"    used_for: {quoted(licence['used_for'] or '')}")
    lines.append("places:")
    for row in rows:
        lines.append(f"  - id: {quoted(row['id'])}")
        lines.append(f"    name: {quoted(row['name'])}")
        others = [name.strip() for name in row["other_names"].split(";") if name.strip()]
        lines.append(f"    other_names: [{', '.join(quoted(name) for name in others)}]")
        for key in ("kind", "setting", "nation", "operator", "status", "source_url", "source_title", "source_as_of"):
            lines.append(f"    {key}: {quoted(row[key]) if row[key] else 'null'}")
        if row["note"]:
            lines.append(f"    note: {quoted(row['note'])}")
        # Lifetimes (places.md's grammar, read by npmlookup.core.lifetimes): written as the CSV has them.
        if row["opened"]:
            lines.append(f"    opened: {quoted(row['opened'])}")
        lines.append(f"    periods: {quoted(row['periods'] or '..')}")
        for key in ("holds_children", "lifetime_source", "children_source", "read_at", "town", "town_source"):
            if row[key]:
                lines.append(f"    {key}: {quoted(row[key])}")
    return "\n".join(lines) + "\n"


def read_rows() -> list[dict[str, str]]:
    with CSV.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if data/places.yaml is out of date")
    options = parser.parse_args()
    text = render(read_rows())
    if options.check:
        if YAML.read_text(encoding="utf-8") != text:
            sys.exit("data/places.yaml is out of date: run python scripts/places.py")
        return
    YAML.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
