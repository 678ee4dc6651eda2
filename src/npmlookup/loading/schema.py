"""The published JSON Schemas, generated from the declarations in `fileformat`.

    python -m npmlookup.loading.schema            # rewrite data/coverage.schema.json and data/places.schema.json
    python -m npmlookup.loading.schema --check    # exit 1 if they are not what the declarations give

tests/test_schema.py checks that the shipped schemas are these.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from npmlookup.loading.fileformat import (
    COVERAGE_FILE,
    COVERAGE_SHAPES,
    EVENT,
    EVENT_ANY,
    EVENT_KEYS,
    EVENT_RULES,
    ID_PATTERN,
    PLACE_KIND_PATTERN,
    PLACES_FILE,
    PLACES_SHAPES,
    Schema,
    Shape,
)

DRAFT = "https://json-schema.org/draft/2020-12/schema"
NULL: Schema = {"type": "null"}
COMMON_DEFS: Schema = {
    "text": {"type": "string", "minLength": 1, "pattern": "\\S"},
    "texts": {"type": "array", "items": {"$ref": "#/$defs/text"}},
    "id": {"type": "string", "pattern": ID_PATTERN},
    "ids": {"type": "array", "items": {"$ref": "#/$defs/id"}},
    "placeKindId": {"type": "string", "pattern": PLACE_KIND_PATTERN},
}
"""The definitions every schema shares: texts, and ids (which the kinds in `fileformat` refer to)."""


def shape_schema(shape: Shape) -> Schema:
    """A record as a closed object: its required keys, and its optional keys (which may be null)."""
    properties = {key: kind.schema for key, kind in shape.required.items()}
    properties |= {key: {"anyOf": [kind.schema, NULL]} for key, kind in shape.optional.items()}
    return {"type": "object", "additionalProperties": False, "required": list(shape.required), "properties": properties}


def _file_schema(title: str, description: str, file: Shape, shapes: tuple[Shape, ...], **defs: Schema) -> Schema:
    """A file's schema: its top-level shape, with the common definitions, its records' and `defs`."""
    records = {shape.name: shape_schema(shape) for shape in shapes}
    return {
        "$schema": DRAFT,
        "title": title,
        "description": description,
        **shape_schema(file),
        "$defs": dict(COMMON_DEFS) | records | defs,
    }


def event_schema() -> Schema:
    """Events: the keys every event has, and each kind's own keys and rules."""
    schema = shape_schema(EVENT_ANY)
    branches = []
    for kind, (required, optional) in EVENT_KEYS.items():
        then: Schema = {
            "required": list(required),
            "propertyNames": {"enum": [*EVENT.kinds, *required, *optional]},
        }
        if required:
            then["properties"] = {key: value.schema for key, value in required.items()}
        if kind in EVENT_RULES:
            then["allOf"] = list(EVENT_RULES[kind].values())
        branches.append({"if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]}, "then": then})
    schema["allOf"] = branches
    return schema


def coverage_schema() -> Schema:
    """The schema of a coverage file."""
    cell = {"anyOf": [{"type": "array", "items": {"$ref": "#/$defs/entry"}}, NULL]}
    row = {"type": "object", "propertyNames": {"$ref": "#/$defs/id"}, "additionalProperties": cell}
    coverage = {
        "type": "object",
        "description": "setting id -> nation id -> the cell's entries ([] or null for none).",
        "propertyNames": {"$ref": "#/$defs/id"},
        "additionalProperties": row,
    }
    return _file_schema(
        "npmlookup coverage dataset",
        "Who covers which detention setting in which nation, for one National Preventive Mechanism. "
        "Generated from npmlookup's declarations (npmlookup/fileformat.py). `npm validate` also checks what a "
        "schema cannot: that every id a cell or event names exists, that no name is claimed twice, calendar "
        "dates, the order of events, and that every cell of the table is present.",
        COVERAGE_FILE,
        COVERAGE_SHAPES,
        event=event_schema(),
        coverage=coverage,
    )


def places_schema() -> Schema:
    """The schema of a places file."""
    return _file_schema(
        "npmlookup places file",
        "Named places of detention, each pointing into a coverage file's table by kind, setting and nation. "
        "Generated from npmlookup's declarations (npmlookup/fileformat.py). `npm validate`, run on the coverage "
        "file that names this one, also checks that kinds, settings and nations exist there, that a place's "
        "setting is its kind's, and that a name two places share gives them the same answer.",
        PLACES_FILE,
        PLACES_SHAPES,
    )


def as_text(schema: Schema) -> str:
    """A schema as the file that ships it."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


SCHEMAS = {"coverage.schema.json": coverage_schema, "places.schema.json": places_schema}
"""Each shipped schema file's name, and what generates it."""


def main() -> None:
    """Write the schemas into data/ (with --check: only say whether they are current)."""
    folder = Path(__file__).resolve().parents[3] / "data"
    texts = {folder / name: as_text(make()) for name, make in SCHEMAS.items()}
    stale = [path.name for path, text in texts.items() if not path.exists() or path.read_text(encoding="utf-8") != text]
    if "--check" not in sys.argv[1:]:
        for path, text in texts.items():
            path.write_text(text, encoding="utf-8")
    elif stale:
        sys.exit(f"{', '.join(stale)} out of date: run python -m npmlookup.loading.schema")


if __name__ == "__main__":
    main()
