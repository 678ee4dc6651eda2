"""The installed `npm` entry point in real subprocesses: pipes, encodings, terminals, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import npm_executable, run_npm, small_text, write_small


def no_traceback(stderr: bytes) -> None:
    assert b"Traceback" not in stderr
    assert b"Exception ignored" not in stderr


def test_the_readme_question_from_another_directory(tmp_path: Path) -> None:
    result = subprocess.run(
        [npm_executable(), "who", "--setting", "prisons", "--nation", "wales", "--json"],
        capture_output=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert [r["member"] for r in json.loads(result.stdout)] == ["hmi-prisons", "hiw", "imb"]


def test_three_ways_to_run_give_the_same_answer() -> None:
    args = ["who", "--nation", "ni", "--json"]
    outputs = {
        subprocess.run(command + args, capture_output=True, check=True).stdout
        for command in (
            [npm_executable()],
            [str(Path(npm_executable()).with_name("npmlookup"))],
            [sys.executable, "-m", "npmlookup"],
        )
    }
    assert len(outputs) == 1


def closed_early(*args: str) -> subprocess.CompletedProcess[bytes]:
    """Run with stdout a pipe whose reader has already gone, as `| head` does."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([npm_executable(), *args], stdout=write_end, stderr=subprocess.PIPE, check=False)
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "args",
    [
        ["who", "--json"],
        ["matrix"],
        ["matrix", "--format", "table"],
        ["who"],
        ["members", "--format", "csv"],
        ["member", "HMIP"],
        ["--help"],
        ["who", "--help"],
        ["--version"],
    ],
)
def test_a_reader_that_goes_away_gets_no_traceback(args: list[str]) -> None:
    """Every kind of answer (JSON, rows, a table, help, the version) exits 141, silently, as `| head` closes."""
    result = closed_early(*args)
    no_traceback(result.stderr)
    assert result.stderr == b""
    assert result.returncode == 141


def test_head_of_a_pipe_through_a_shell() -> None:
    script = (
        f"set -o pipefail; '{npm_executable()}' who --json | head -c 100; echo; '{npm_executable()}' matrix | head -1"
    )
    result = subprocess.run(["bash", "-c", script], capture_output=True, check=False)
    no_traceback(result.stderr)
    assert result.stdout.startswith(b"[\n  {")
    assert result.stdout.splitlines()[-1] == b"setting\tnation\tsummary"


def test_output_to_a_pipe_has_no_escape_codes() -> None:
    for args in (["matrix"], ["matrix", "--format", "table"], ["member", "HIW", "-f", "table"]):
        result = run_npm(*args)
        assert result.returncode == 0
        assert b"\x1b" not in result.stdout


def test_color_always_and_no_color() -> None:
    assert b"\x1b[" in run_npm("who", "-s", "prisons", "-f", "table", "--color", "always").stdout
    assert b"\x1b" not in run_npm("who", "-s", "prisons", "-f", "table", "--color", "never").stdout
    assert b"\x1b" not in run_npm("who", "-s", "prisons", "-f", "table", env={"NO_COLOR": "1"}).stdout


def tty_output(*args: str, env: dict[str, str]) -> str:
    """Run under a pseudo-terminal (util-linux `script`), as a person at a terminal would."""
    command = " ".join(f"'{a}'" for a in (npm_executable(), *args))
    result = subprocess.run(
        ["script", "-qec", command, "/dev/null"],
        capture_output=True,
        env={**os.environ, **env},
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result
    return result.stdout.decode()


def test_a_terminal_gets_a_table_and_term_dumb_gets_no_escapes() -> None:
    styled = tty_output("who", "-s", "prisons", "-n", "wales", env={"COLUMNS": "80", "TERM": "xterm-256color"})
    assert "(HIW)" in styled
    assert "\x1b[" in styled
    dumb = tty_output("who", "-s", "prisons", "-n", "wales", env={"COLUMNS": "80", "TERM": "dumb"})
    assert "(HIW)" in dumb
    assert "\x1b[" not in dumb
    plain = tty_output("who", "-s", "prisons", env={"COLUMNS": "80", "NO_COLOR": "1", "TERM": "xterm"})
    assert "\x1b[" not in plain


@pytest.mark.parametrize("width", [40, 80, 200])
def test_the_matrix_fits_the_terminal(width: int) -> None:
    text = run_npm("matrix", "-f", "table", env={"COLUMNS": str(width)}).stdout.decode()
    assert max(len(line.rstrip()) for line in text.splitlines()) <= width
    assert "…" not in text
    assert "HMI Prisons" in text
    if width == 40:
        assert "England:" in text, "one block per setting"


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}])
def test_curly_apostrophes_print_on_an_ascii_terminal(tmp_path: Path, env: dict[str, str]) -> None:
    curly = tmp_path / "curly.yaml"
    write_small(curly, small_text().replace("name: Lay Visitors", "name: Visitors\u2019 Board"))
    for args in (
        ["member", "LV", "--data", str(curly), "-f", "table", "--as-of", "factsheet"],
        ["members", "--data", str(curly), "--as-of", "factsheet"],
        ["member", "Visitors\u2019 Board", "--data", str(curly), "--json"],
    ):
        result = run_npm(*args, env=env)
        no_traceback(result.stderr)
        assert result.returncode == 0, result.stderr
        assert b"Visitors' Board" in result.stdout or b"Visitors\\u2019 Board" in result.stdout


# The values whose way in is the process itself: bytes that are not UTF-8 in argv, a 100 kB
# argument, terminal escapes. Other values are put to the same options in-process: named ones
# (empty, spaces, a dash...) in tests/test_options.py, any text in tests/test_properties.py.
@pytest.mark.parametrize(
    "value", [b"\x01\x02\x1b[31m", b"\xff\xfe\xfd", b"x" * 100_000], ids=["control", "invalid-utf8", "100k"]
)
@pytest.mark.parametrize("option", [b"--setting", b"--nation", b"--member"])
def test_hostile_values_exit_2_without_a_traceback(option: bytes, value: bytes) -> None:
    # No wall-clock limit (a slow machine would fail it); the timeout catches a hang.
    result = subprocess.run(
        [npm_executable().encode(), b"who", option, value], capture_output=True, check=False, timeout=30
    )
    no_traceback(result.stderr)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr) < 2000, "a long value is not echoed back in full"


def test_a_broken_dataset_exits_1_with_its_place(tmp_path: Path) -> None:
    broken = tmp_path / "coverage.yaml"
    write_small(broken, small_text().replace("member: jic-south", "member: HWI"))
    result = run_npm("who", "--data", str(broken))
    assert result.returncode == 1
    no_traceback(result.stderr)
    assert f"{broken}:".encode() in result.stderr
    assert b"names unknown member 'HWI'" in result.stderr


def test_the_piped_default_is_tab_separated_for_grep_and_cut() -> None:
    npm = npm_executable()
    script = f"'{npm}' who --nation wales | grep -w HIW | cut -f1,5"
    result = subprocess.run(["bash", "-c", f"set -o pipefail; {script}"], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == [
        "prisons\tpartner",
        "police-custody\tpartner",
        "mental-health\tlead",
        "dols\tlead",
    ]
    header = subprocess.run([npm, "who"], capture_output=True, text=True, check=True).stdout.splitlines()[0]
    assert header == "setting\tnation\tmember\tmember_abbreviation\trole\tbasis\tnote"


def test_the_launcher_runs_the_command_with_the_collector_paused() -> None:
    """The command owns its short-lived process: the collector stays paused, start-up frozen (the
    library alone never touches it: tests/test_package.py). `npm site`, the largest run, peaks at
    about 32 MB this way, against 29 MB with the collector on."""
    code = (
        "import gc, sys; sys.argv = ['npm', 'nations', '--json']\n"
        "from npmlookup.cli import launcher\n"
        "try:\n    launcher.main()\nexcept SystemExit as exit:\n    code = exit.code\n"
        "print('enabled' if gc.isenabled() else 'disabled', gc.get_freeze_count() > 0, code, file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert '"england"' in result.stdout
    assert result.stderr.strip() == "disabled True 0"


def test_completion_is_never_installed_as_npm_so_node_s_npm_keeps_its_own(tmp_path: Path) -> None:
    npm = npm_executable()
    env = {**os.environ, "HOME": str(tmp_path), "SHELL": "/bin/bash"}
    refused = subprocess.run([npm, "--install-completion", "bash"], env=env, capture_output=True, text=True)
    assert refused.returncode == 2
    assert "npmlookup --install-completion" in refused.stderr
    assert list(tmp_path.iterdir()) == [], "nothing written"
    other = str(Path(npm).with_name("npmlookup"))
    installed = subprocess.run([other, "--install-completion", "bash"], env=env, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    scripts = [p.name for p in (tmp_path / ".bash_completions").iterdir()]
    assert scripts == ["npmlookup.sh"]
