"""Regenerate the README's generated sections from the real command: its help and format examples.

    python scripts/readme.py          # rewrite README.md in place
    python scripts/readme.py --check  # exit 1 if README.md is out of date (tests/test_readme.py does this)

Sections sit between `<!-- NAME:start -->` and `<!-- NAME:end -->` markers; everything
else in the README is written by hand.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
WIDTH = "100"

FORMAT_EXAMPLES = [
    ("table", ["who", "--setting", "prisons", "--nation", "wales", "--format", "table"]),
    ("json", ["who", "--setting", "prisons", "--nation", "wales", "--json", "--fields", "member,role,basis"]),
    ("jsonl", ["who", "--setting", "prisons", "--nation", "wales", "--format", "jsonl", "--fields", "member,role"]),
    ("csv", ["members", "--format", "csv", "--fields", "abbreviation,name,kind"]),
    ("tsv", ["who", "--nation", "scotland", "--format", "tsv"]),
    ("md", ["nations", "--format", "md"]),
    ("yaml", ["who", "--setting", "court", "--nation", "wales", "--format", "yaml", "--fields", "member,role,note"]),
]
MAX_LINES = 12


@contextmanager
def fixed_terminal() -> Iterator[None]:
    """A 100-column, colourless terminal, and the shipped dataset, for reproducible output."""
    saved = dict(os.environ)
    os.environ.update({"COLUMNS": WIDTH, "TERMINAL_WIDTH": WIDTH, "NO_COLOR": "1", "TERM": "dumb"})
    os.environ.pop("NPMLOOKUP_DATA", None)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run(args: list[str]) -> str:
    from typer.testing import CliRunner

    from npmlookup.cli import app

    result = CliRunner().invoke(app, args)
    if result.exit_code != 0:
        raise SystemExit(f"npm {' '.join(args)} exited {result.exit_code}: {result.output}")
    return "\n".join(line.rstrip() for line in result.stdout.rstrip("\n").splitlines())


def usage_section() -> str:
    from typer.main import get_command

    from npmlookup.cli import app

    with fixed_terminal():
        parts = ["```text", "$ npm --help", run(["--help"]), "```"]
        for name in get_command(app).list_commands(None):  # type: ignore[attr-defined]
            parts += [
                "",
                "<details>",
                f"<summary><code>npm {name} --help</code></summary>",
                "",
                "```text",
                run([name, "--help"]),
                "```",
                "</details>",
            ]
    return "\n".join(parts)


def formats_section() -> str:
    parts = []
    with fixed_terminal():
        for name, args in FORMAT_EXAMPLES:
            lines = run(args).splitlines()
            shown = lines[:MAX_LINES] + (["..."] if len(lines) > MAX_LINES else [])
            parts += [f"`{name}`:", "", "```text", f"$ npm {' '.join(args)}", *shown, "```", ""]
    return "\n".join(parts).rstrip("\n")


def render(text: str) -> str:
    """The README text with every generated section brought up to date."""
    for name, make in (("usage", usage_section), ("formats", formats_section)):
        start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
        found = re.search(re.escape(start) + ".*?" + re.escape(end), text, re.DOTALL)
        if found is None:
            raise SystemExit(f"README.md has no {start} ... {end} section")
        text = text[: found.start()] + f"{start}\n{make()}\n{end}" + text[found.end() :]
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if README.md is out of date")
    options = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    wanted = render(current)
    if options.check:
        if wanted != current:
            sys.exit("README.md is out of date: run python scripts/readme.py")
        return
    README.write_text(wanted, encoding="utf-8")


if __name__ == "__main__":
    main()
