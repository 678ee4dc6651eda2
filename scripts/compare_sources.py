"""Check that the project's sources (docs/sources/) still hold everything the team's shared sources hold.

    python scripts/compare_sources.py ../shared/sources docs/sources

`docs/sources/` began as a copy of the shared sources and is now the project's own record:
it may add files, rows and lines, and it may change or drop a shared row, but only with a
reason recorded in `docs/sources/DEPARTURES.md`. This fails (exit 1, one line a problem)
when a shared file, a shared CSV row (the same id with the same values) or a shared line of
text is missing from `docs/sources/` and no reason is recorded for it.

`DEPARTURES.md` is a Markdown table, one row a departure: `| file | row | reason |`, where
`row` is a CSV row's id, the start of a text line (its indent aside; enough of it to be
unique; write a `|` in it as `\\|`), or `*` for the whole file.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

RENAMED = {"000_3d1c6cb309f56b9b.txt": "factsheet.txt"}
"""Shared files kept under another name here."""

REASONS = "DEPARTURES.md"


def departures(folder: Path) -> dict[str, list[str]]:
    """The recorded departures, by file: each the id, line start or ``*`` it names."""
    path = folder / REASONS
    found: dict[str, list[str]] = {}
    if not path.is_file():
        return found
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip().strip("`").replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        if len(cells) >= 3 and cells[0] not in ("file", "") and not set(cells[0]) <= {"-", ":"} and cells[2]:
            found.setdefault(cells[0], []).append(cells[1])
    return found


def csv_rows(text: str, columns: list[str] | None = None) -> dict[str, tuple[str, ...]]:
    """A CSV's rows by their first column (the id), as tuples of the values of `columns` (all by default):
    ours may add columns, and a shared row is kept when its own columns' values are."""
    rows = list(csv.DictReader(io.StringIO(text)))
    names = columns or (list(rows[0]) if rows else [])
    return {row[names[0]]: tuple(row.get(name) or "" for name in names) for row in rows if row}


def csv_columns(text: str) -> list[str]:
    """A CSV's header."""
    return next(csv.reader(io.StringIO(text)), [])


def missing(shared: Path, ours: Path) -> list[str]:
    """Every shared file, row or line that is not in ours and has no recorded reason."""
    recorded = departures(ours)
    problems = []
    for source in sorted(p for p in shared.iterdir() if p.is_file()):
        name = RENAMED.get(source.name, source.name)
        reasons = recorded.get(name, [])
        target = ours / name
        if "*" in reasons:
            continue
        if not target.is_file():
            problems.append(f"{name}: missing from {ours} (no reason recorded in {REASONS})")
            continue
        theirs, mine = source.read_text(encoding="utf-8"), target.read_text(encoding="utf-8")
        if name.endswith(".csv"):
            columns = csv_columns(theirs)
            kept = csv_rows(mine, columns)
            for row_id, row in csv_rows(theirs, columns).items():
                if kept.get(row_id) != row and row_id not in reasons:
                    problems.append(f"{name}: row {row_id} changed or missing (no reason recorded in {REASONS})")
        else:
            lines = set(mine.splitlines())
            for line in theirs.splitlines():
                if line.strip() and line not in lines and not any(line.lstrip().startswith(r) for r in reasons if r):
                    problems.append(f"{name}: line missing: {line[:80]!r} (no reason recorded in {REASONS})")
    return problems


def main(argv: list[str]) -> int:
    """Print each problem; exit 1 when there is any (2, with the usage, for arguments it cannot take)."""
    if len(argv) != 2 or argv[0].startswith("-"):
        print("usage: python scripts/compare_sources.py SHARED_SOURCES OUR_SOURCES", file=sys.stderr)
        return 2
    shared, ours = (Path(a) for a in argv)
    problems = missing(shared, ours)
    for problem in problems:
        print(f"sources: {problem}")
    if not problems:
        print(f"sources: {ours} holds every shared source file, row and line, or a reason for its departure")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
