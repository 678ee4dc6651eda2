"""Compile the shipped dataset: write `src/npmlookup/loading/shipped*.py` from `data/coverage.yaml`.

    python scripts/shipped.py          # write them
    python scripts/shipped.py --check  # exit 1 if one is stale

`shipped.py` holds the validated values of the coverage file and the digest of its bytes and
those of the files it names; `shipped_places.py` and `shipped_concerns.py` hold the values of
those files, imported only when a command first uses them. Loading the shipped dataset imports
these instead of parsing and checking YAML, while the files are what they were made from
(`npmlookup.loading.loader`). `tests/test_shipped.py` fails when they are stale.
"""

from __future__ import annotations

import pprint
import sys
from dataclasses import astuple
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "npmlookup" / "loading" / "shipped.py"
PARTS = {"places": ("places_source",), "concerns": ("concerns",)}
"""The values of each file the coverage file names, compiled into `shipped_PART.py` (the places apart)."""


def _literal(name: str, value: Any, doc: str) -> str:
    text = pprint.pformat(value, width=120, sort_dicts=False, compact=True)
    return f'\n{name}: dict[str, Any] = {text}\n"""{doc}"""\n'


def compiled_texts() -> dict[Path, str]:
    """Each module's text for the data files as they are now."""
    from npmlookup.core.places import place_names
    from npmlookup.loading.loader import build, digest, plain_values

    file = str(ROOT / "data" / "coverage.yaml")
    plain, files = plain_values(file)
    head = "\nfrom typing import Any\n"
    named = ["places", *(key for keys in PARTS.values() for key in keys)]
    texts = {
        TARGET: '"""The shipped dataset\'s validated values; made by `python scripts/shipped.py`: do not edit."""\n'
        f'{head}\nDIGEST = "{digest(files[0])}"\n'
        '"""The digest (length and Adler-32) of the coverage file it was compiled from."""\n'
        + _literal(
            "VALUES",
            {k: v for k, v in plain.items() if k not in named},
            "The coverage file's validated plain values, as `loader.build` takes them.",
        )
    }
    for (part, keys), data in zip(PARTS.items(), files[1:], strict=True):
        texts[TARGET.with_name(f"shipped_{part}.py")] = (
            f'"""The shipped {part} file\'s validated values; made by `python scripts/shipped.py`: do not edit."""\n'
            + head
            + f'\nDIGEST = "{digest(data)}"\n'
            + f'"""The digest (length and Adler-32) of the {part} file it was compiled from."""\n'
            + _literal(
                "VALUES", {key: plain[key] for key in keys}, "Its validated plain values, as `loader.build` takes them."
            )
        )
    contents = build(plain, file)
    tables = {kind: getattr(contents, f"{kind}_names").export() for kind in ("nation", "setting", "member")}
    texts[TARGET] += _literal(
        "NAME_TABLES", tables, "The name tables of its nations, settings and members (`NameTable.export`)."
    )
    places = pprint.pformat(tuple(astuple(place) for place in contents.places), width=120, compact=True)
    texts[TARGET.with_name("shipped_places.py")] += (
        f'\nPLACES = {places}\n"""The places: each one\'s fields, in order (`Place(*fields)`)."""\n'
        + _literal(
            "PLACE_NAMES", place_names(contents).export(), "The place-name table (`NameTable.export`) of those places."
        )
    )
    return texts


def compiled_text() -> str:
    """The text of `shipped.py` (which holds the digest of every data file) for the data files as they are now."""
    return compiled_texts()[TARGET]


def main(argv: list[str]) -> int:
    """Write the modules, or with ``--check`` say whether they are current."""
    texts = compiled_texts()
    if "--check" in argv:
        stale = [
            path.name for path, text in texts.items() if not path.exists() or path.read_text(encoding="utf-8") != text
        ]
        print(f"stale: {', '.join(stale)}: run python scripts/shipped.py" if stale else "shipped modules: current")
        return 1 if stale else 0
    for path, text in texts.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
