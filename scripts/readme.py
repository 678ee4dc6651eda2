"""Regenerate the README's generated sections and docs/cli.md from the real command.

    python scripts/readme.py          # rewrite README.md and docs/cli.md in place
    python scripts/readme.py --check  # exit 1 if either is out of date (tests/test_readme.py does this)

README sections sit between `<!-- NAME:start -->` and `<!-- NAME:end -->` markers;
everything else in the README is written by hand. docs/cli.md is generated whole.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
CLI_DOC = ROOT / "docs" / "cli.md"
WIDTH = "88"

EXAMPLES = [
    ["who", "--setting", "prisons", "--nation", "wales"],
    ["who", "--setting", "police", "--nation", "wales", "--as-of", "factsheet"],
    ["where", "Oakhill", "--fields", "member_abbreviation,role,note"],
]

FORMAT_EXAMPLES = [
    ("json", ["who", "--setting", "prisons", "--nation", "wales", "--json", "--fields", "member,role,basis"]),
    ("tsv (the default in a pipe)", ["who", "--nation", "scotland", "--setting", "police"]),
    ("csv", ["members", "--format", "csv", "--fields", "abbreviation,name,website"]),
]
MAX_LINES = 8


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

    from npmlookup.cli.app import app

    result = CliRunner().invoke(app, args, prog_name="npm")
    if result.exit_code != 0:
        raise SystemExit(f"npm {' '.join(args)} exited {result.exit_code}: {result.output}")
    return "\n".join(line.rstrip() for line in result.stdout.rstrip("\n").splitlines())


def cli_doc() -> str:
    """docs/cli.md: every command's --help, as the command prints it."""
    from typer.main import get_command

    from npmlookup.cli.app import app

    with fixed_terminal():
        parts = [
            "# Command reference",
            "",
            "Generated from the real command by `python scripts/readme.py`; do not edit by hand.",
            "",
            "```text",
            "$ npm --help",
            run(["--help"]),
            "```",
        ]
        for name in get_command(app).list_commands(None):  # type: ignore[attr-defined]
            parts += ["", f"## npm {name}", "", "```text", f"$ npm {name} --help", run([name, "--help"]), "```"]
    return "\n".join(parts) + "\n"


def examples_section() -> str:
    parts = []
    with fixed_terminal():
        for args in EXAMPLES:
            parts += ["```text", f"$ npm {' '.join(args)}", run([*args, "--format", "table"]), "```", ""]
    return "\n".join(parts).rstrip("\n")


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
    for name, make in (("examples", examples_section), ("formats", formats_section)):
        start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
        found = re.search(re.escape(start) + ".*?" + re.escape(end), text, re.DOTALL)
        if found is None:
            raise SystemExit(f"README.md has no {start} ... {end} section")
        text = text[: found.start()] + f"{start}\n{make()}\n{end}" + text[found.end() :]
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if either file is out of date")
    options = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    wanted = {README: render(current), CLI_DOC: cli_doc()}
    if options.check:
        stale = [
            path.name for path, text in wanted.items() if not path.exists() or path.read_text(encoding="utf-8") != text
        ]
        if stale:
            sys.exit(f"{', '.join(stale)} out of date: run python scripts/readme.py")
        return
    for path, text in wanted.items():
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
