"""Regenerate the README's generated sections, docs/cli.md and CONTRIBUTING's module map.

    python scripts/readme.py          # rewrite README.md, docs/cli.md and CONTRIBUTING.md in place
    python scripts/readme.py --check  # exit 1 if any is out of date (tests/test_readme.py does this)

Generated sections sit between `<!-- NAME:start -->` and `<!-- NAME:end -->` markers;
everything else is written by hand. docs/cli.md is generated whole; the module map is
made from the package's own docstrings, so it names every module and nothing else.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
CONTRIBUTING = ROOT / "CONTRIBUTING.md"
PACKAGE = ROOT / "src" / "npmlookup"
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


def first_paragraph(path: Path) -> str:
    """A module's docstring, its first paragraph on one line."""
    import ast

    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    return " ".join(doc.split("\n\n")[0].split())


def modules_section() -> str:
    """CONTRIBUTING's module map: each layer folder with what its __init__ says, then its modules."""
    lines = ["| module | job |", "| --- | --- |"]
    for path in sorted(PACKAGE.glob("*.py")):
        lines.append(f"| `{path.name}` | {first_paragraph(path)} |")
    for folder in sorted(p for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()):
        lines.append(f"| **`{folder.name}/`** | {first_paragraph(folder / '__init__.py')} |")
        for path in sorted(folder.glob("*.py")):
            if path.name != "__init__.py":
                lines.append(f"| `{folder.name}/{path.name}` | {first_paragraph(path)} |")
    return "\n".join(line.replace("|  |", "| |") for line in lines)


def render(text: str, sections: tuple[tuple[str, Callable[[], str]], ...] | None = None) -> str:
    """The text with every generated section brought up to date (by default the README's)."""
    for name, make in sections or (("examples", examples_section), ("formats", formats_section)):
        start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
        found = re.search(re.escape(start) + ".*?" + re.escape(end), text, re.DOTALL)
        if found is None:
            raise SystemExit(f"no {start} ... {end} section")
        text = text[: found.start()] + f"{start}\n{make()}\n{end}" + text[found.end() :]
    return text


def render_contributing(text: str) -> str:
    """CONTRIBUTING.md with its module map brought up to date."""
    return render(text, (("modules", modules_section),))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if either file is out of date")
    options = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    wanted = {
        README: render(current),
        CLI_DOC: cli_doc(),
        CONTRIBUTING: render_contributing(CONTRIBUTING.read_text(encoding="utf-8")),
    }
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
