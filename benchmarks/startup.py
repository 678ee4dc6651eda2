"""Start-up and scale benchmark for npmlookup: run it from the venv where npmlookup is installed.

    python benchmarks/startup.py [--runs 25] [--json results.json]

It builds the floor apps (a two-command Typer app that prints one line, and the same app
printing a one-row Rich table) in a temporary folder, then times them interleaved with
the installed `npm` and bare `python -c pass`, round after round, so that whatever else
the machine is doing falls on all of them alike. It reports medians and the ratios the
targets are stated in, times the library path, and times load and lookup on generated
datasets 1x, 10x and 100x the real one.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

FLOOR_APP = """
import typer

app = typer.Typer()


@app.command()
def hello(name: str = "world") -> None:
    print(f"hello {name}")


@app.command()
def bye() -> None:
    print("bye")


if __name__ == "__main__":
    app()
"""

FLOOR_RICH_APP = """
import typer

app = typer.Typer()


@app.command()
def hello(name: str = "world") -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("Name", "Greeting")
    table.add_row(name, "hello")
    Console().print(table)


@app.command()
def bye() -> None:
    print("bye")


if __name__ == "__main__":
    app()
"""

LIBRARY = (
    "import npmlookup; d = npmlookup.load(); "
    "npmlookup.who(d, setting=npmlookup.find_setting(d, 'prisons').id, nation=npmlookup.find_nation(d, 'wales').id)"
)


def time_once(command: Sequence[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - started


def interleaved(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict[str, list[float]]:
    """Each round runs every command once; a warm-up round first (page cache, .pyc)."""
    for command in commands.values():
        time_once(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(time_once(command, env))
    return times


def imported_modules(command: list[str], env: dict[str, str]) -> set[str]:
    result = subprocess.run(
        command, capture_output=True, text=True, env={**env, "PYTHONPROFILEIMPORTTIME": "1"}, check=True
    )
    return {line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}


def generated_dataset(scale: int) -> str:
    """A valid coverage file about `scale` times the real one: members, settings and nations scaled."""
    nations = max(4, min(50, 4 * scale // 8 if scale > 1 else 4))
    settings, members = 10 * scale, 21 * scale
    lines = [
        "schema_version: 1",
        f"title: Generated x{scale}",
        'checked: "2021-12-31"',
        "edition:",
        "  source: s",
        '  date: "2020-01"',
        '  valid_from: "2020-01-01"',
        "sources:",
        "  - id: s",
        "    title: Generated",
        "nations:",
    ]
    lines += [f"  - {{id: n{n}, name: Nation {n}, aliases: [nation-alias-{n}]}}" for n in range(nations)]
    lines.append("settings:")
    lines += [f"  - {{id: s{s}, name: Setting {s}, aliases: [setting-alias-{s}]}}" for s in range(settings)]
    lines.append("members:")
    # Entries sit in the first four nations: every member's nations include them (validate checks it).
    lines += [
        f"  - {{id: m{m}, name: Member body {m}, abbreviation: MB{m}, aliases: [mb-alias-{m}], "
        f"kind: inspectorate, nations: [{', '.join(dict.fromkeys(f'n{n}' for n in (0, 1, 2, 3, m % nations)))}]}}"
        for m in range(members)
    ]
    lines.append("coverage:")
    entry_number = 0
    for s in range(settings):
        lines.append(f"  s{s}:")
        for n in range(nations):
            # About as many entries per setting as the real table (7 a row): the rest are empty cells.
            if n < 4:
                first, second = entry_number % members, (entry_number + 1) % members
                lines.append(f"    n{n}:")
                lines.append(f"      - {{member: m{first}, role: lead, basis: stated}}")
                lines.append(f"      - {{member: m{second}, role: partner, basis: inferred, basis_note: generated}}")
                entry_number += 2
            else:
                lines.append(f"    n{n}: []")
    lines.append("events:")
    lines += [
        f'  - {{id: e{m}, date: "2021-01-01", kind: renamed, member: m{m}, '
        f"name: Renamed body {m}, description: renamed, sources: [s]}}"
        for m in range(0, members, 10)
    ]
    return "\n".join(lines) + "\n"


def paired_ratio(times: dict[str, list[float]], name: str, reference: str) -> float:
    """The median over the rounds of a command's time divided by a reference's time in the same round."""
    return statistics.median(mine / theirs for mine, theirs in zip(times[name], times[reference], strict=True))


def best_of(call: Callable[[], object], *, number: int, repeat: int) -> float:
    """The fastest of `repeat` timings of `number` calls: the least disturbed by the machine."""
    return min(timeit.repeat(call, number=number, repeat=repeat))


def scale_series(folder: Path) -> list[dict[str, float | int]]:
    """Load (YAML, checked in full: every file but the shipped one) and lookup times, at 1x, 10x and 100x."""
    import npmlookup

    rows = []
    for scale in (1, 10, 100):
        path = folder / f"generated-{scale}.yaml"
        path.write_text(generated_dataset(scale), encoding="utf-8")
        cold = best_of(partial(npmlookup.load, path), number=1, repeat=3)
        data = npmlookup.load(path)
        setting, nation = data.settings[len(data.settings) // 2].id, data.nations[1].id
        member_name = data.all_members[len(data.all_members) // 2].name.upper()
        loops = 2000
        cell = best_of(partial(npmlookup.who, data, setting=setting, nation=nation), number=loops, repeat=5) / loops
        named = best_of(partial(npmlookup.find_member, data, member_name), number=loops, repeat=5) / loops
        rows.append(
            {
                "scale": scale,
                "bytes": path.stat().st_size,
                "members": len(data.all_members),
                "settings": len(data.settings),
                "nations": len(data.nations),
                "entries": len(data.entries),
                "load_cold_s": cold,
                "who_cell_us": cell * 1e6,
                "find_member_us": named * 1e6,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=25, help="rounds of interleaved runs (default 25)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    options = parser.parse_args()

    python = sys.executable
    npm = str(Path(python).with_name("npm"))
    if not Path(npm).exists():
        sys.exit(f"no npm next to {python}: run this with the Python of the venv where npmlookup is installed")

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "floor.py").write_text(FLOOR_APP, encoding="utf-8")
        (folder / "floor_rich.py").write_text(FLOOR_RICH_APP, encoding="utf-8")
        env = dict(os.environ, COLUMNS="80", NO_COLOR="1")
        env.pop("NPMLOOKUP_DATA", None)
        # Installed code runs from bytecode (pip compiles it); with this set, the warm-up could not
        # write any, and every timed run of an editable install would recompile npmlookup from source.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        commands = {
            "python -c pass": [python, "-c", "pass"],
            "floor: typer app, one line": [python, str(folder / "floor.py"), "hello"],
            "floor: typer app, rich table": [python, str(folder / "floor_rich.py"), "hello"],
            "npm who ... --json": [npm, "who", "--setting", "prisons", "--nation", "wales", "--json"],
            "npm who ... (table)": [npm, "who", "--setting", "prisons", "--nation", "wales", "--format", "table"],
            "npm where ... --json": [npm, "where", "HMP Berwyn", "--json"],
            "npm --version": [npm, "--version"],
            "npm --help": [npm, "--help"],
            "library: load + who": [python, "-c", LIBRARY],
        }
        times = interleaved(commands, options.runs, env)
        medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
        bare, floor, floor_rich = (
            medians["python -c pass"],
            medians["floor: typer app, one line"],
            medians["floor: typer app, rich table"],
        )
        checks = [
            ("npm who ... --json", "floor: typer app, one line", 1.2, 8),
            ("npm who ... (table)", "floor: typer app, rich table", 1.2, 11),
            ("npm where ... --json", "floor: typer app, one line", 1.2, 8),
            ("library: load + who", None, None, 4.5),
        ]
        version_modules = imported_modules([npm, "--version"], env)
        library_modules = imported_modules([python, "-c", LIBRARY], env)
        scale = scale_series(folder)

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.processor() or platform.platform()}; "
        f"Python {platform.python_version()}; {options.runs} interleaved runs each"
    )
    print()
    print(f"{'command':34} {'median ms':>10} {'x python':>9} {'x floor':>8}")
    for name, median in medians.items():
        floor_for = floor_rich if "table" in name and name.startswith("npm") else floor
        ratio_floor = f"{median / floor_for:8.2f}" if name.startswith("npm") else ""
        print(f"{name:34} {median:10.1f} {median / bare:9.2f} {ratio_floor:>8}")
    print()
    # Each verdict is the median of the rounds' own ratios: the two commands of a ratio ran one after
    # the other in the same round, so a drift in the machine's speed over the run falls on both.
    print("Verdicts: the median of each round's ratio (the table above divides medians).")
    verdicts = []
    for name, floor_name, floor_limit, bare_limit in checks:
        parts = []
        to_floor = paired_ratio(times, name, floor_name) if floor_name else None
        to_bare = paired_ratio(times, name, "python -c pass")
        if to_floor is not None and floor_name is not None:
            of_medians = medians[name] / medians[floor_name]
            parts.append(f"{to_floor:.2f}x floor (limit {floor_limit}; ratio of medians {of_medians:.2f})")
        parts.append(f"{to_bare:.2f}x python (limit {bare_limit}; ratio of medians {medians[name] / bare:.2f})")
        ok = (to_floor is None or floor_limit is None or to_floor <= floor_limit) and to_bare <= bare_limit
        verdicts.append(ok)
        print(f"{'PASS' if ok else 'FAIL'}  {name}: " + ", ".join(parts))
    for label, modules, banned in (
        ("npm --version", version_modules, ("rich", "yaml", "pydantic")),
        ("library", library_modules, ("typer", "rich", "pydantic")),
    ):
        found = sorted(b for b in banned if b in modules)
        print(
            f"{'PASS' if not found else 'FAIL'}  {label} imports none of {', '.join(banned)}"
            + (f" (imports {', '.join(found)})" if found else "")
        )
    print()
    print(
        f"{'scale':>5} {'KB':>7} {'members':>8} {'settings':>8} {'nations':>7} {'entries':>7} "
        f"{'load YAML s':>11} {'who cell us':>11} {'find member us':>14}"
    )
    for row in scale:
        print(
            f"{row['scale']:>5} {row['bytes'] / 1024:7.0f} {row['members']:>8} {row['settings']:>8} "
            f"{row['nations']:>7} {row['entries']:>7} {row['load_cold_s']:11.3f} "
            f"{row['who_cell_us']:11.2f} {row['find_member_us']:14.2f}"
        )
    if options.json:
        options.json.write_text(json.dumps({"medians_ms": medians, "scale": scale}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
