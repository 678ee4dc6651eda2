"""Compile the shipped dataset: write `src/npmlookup/loading/shipped.py` from `data/coverage.yaml`.

    python scripts/shipped.py          # write it
    python scripts/shipped.py --check  # exit 1 if it is stale

The module holds the validated values of the coverage file and its places file, and the
digest of the two files' bytes: loading the shipped dataset imports it instead of parsing
and checking YAML, while the files are what it was made from (`npmlookup.loading.loader`).
`tests/test_shipped.py` fails when it is stale.
"""

from __future__ import annotations

import pprint
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "npmlookup" / "loading" / "shipped.py"


def compiled_text() -> str:
    """The module's text for the data files as they are now."""
    from npmlookup.core.places import place_names
    from npmlookup.loading.loader import build, digest, plain_values

    file = str(ROOT / "data" / "coverage.yaml")
    plain, files = plain_values(file)
    values = pprint.pformat(plain, width=120, sort_dicts=False, compact=True)
    names = pprint.pformat(place_names(build(plain, file)).export(), width=120, sort_dicts=False, compact=True)
    return (
        '"""The shipped dataset\'s validated values; made by `python scripts/shipped.py`: do not edit."""\n\n'
        "from typing import Any\n\n"
        f'DIGEST = "{digest(*files)}"\n'
        '"""The digest (lengths and CRC-32s) of the coverage file and the files it names, compiled from."""\n\n'
        f"VALUES: dict[str, Any] = {values}\n"
        '"""The files\' validated plain values, as `loader.build` takes them."""\n\n'
        f"PLACE_NAMES: dict[str, Any] = {names}\n"
        '"""The place-name table (`NameTable.export`) of those places."""\n'
    )


def main(argv: list[str]) -> int:
    """Write the module, or with ``--check`` say whether it is current."""
    text = compiled_text()
    if "--check" in argv:
        current = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        print(f"{TARGET.name}: {'current' if current else 'stale: run python scripts/shipped.py'}")
        return 0 if current else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
