"""A compiled copy of a coverage file's validated values, so most runs skip YAML.

Importing PyYAML and parsing the file costs more than everything else a lookup does. The
first run over a file stores its validated plain values here; later runs read them back
with `marshal`, which is built into Python.

The cache can never give a wrong answer:
- an entry holds the exact bytes of the YAML it was built from, and is used only when
  the file's current bytes are identical (no hash, so no collision);
- it is stamped with the cache's own format, npmlookup's version and Python's marshal
  version, so an upgrade misses instead of misreading (bump FORMAT whenever the layout
  of the stored values or the rules that check them change);
- a checksum over the payload is verified before `marshal` reads it, so a truncated or
  garbage file is a miss;
- entries are written to a temporary name and renamed into place, so concurrent first
  runs never see half a file.
Every failure (no home, a read-only or missing directory, a full disk) is a silent miss:
the answer is then computed from the YAML, and nothing is printed.

The directory is `$NPMLOOKUP_CACHE_DIR`, else `$XDG_CACHE_HOME/npmlookup`, else
`~/.cache/npmlookup`. Setting `NPMLOOKUP_CACHE_DIR` to an empty string turns it off.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from pathlib import Path
from typing import Any

FORMAT = 6
"""Bump when the layout of the stored values, or the rules that validated them, change."""

KEEP = 64
"""Entries kept in the cache directory; writing one removes the least recently used beyond this."""

_MAGIC = b"npmlookup cache\n"


def directory() -> Path | None:
    """Where cache entries live, or None when caching is turned off or there is no home."""
    configured = os.environ.get("NPMLOOKUP_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "npmlookup"
    home = os.path.expanduser("~")
    return None if home == "~" else Path(home) / ".cache" / "npmlookup"


def _entry_path(source: Path) -> Path | None:
    folder = directory()
    if folder is None:
        return None
    # The name only spreads files apart; correctness comes from comparing the bytes.
    where = os.path.abspath(source).encode("utf-8", "surrogateescape")
    return folder / f"{source.stem}-{zlib.crc32(where):08x}.bin"


def _stamp() -> bytes:
    from npmlookup import __version__

    python = f"python {sys.version_info[0]}.{sys.version_info[1]} marshal {marshal.version}"
    return f"format {FORMAT}; npmlookup {__version__}; {python}\n".encode()


def read(source: Path, raw: bytes) -> dict[str, Any] | None:
    """The stored values for a file whose bytes are exactly `raw`, or None."""
    stored = _read_entry(source, raw)
    return None if stored is None else stored[0]


def read_summary(source: Path, raw: bytes) -> dict[str, str] | None:
    """The short description stored with a file's values (for `npm --version`), or None."""
    stored = _read_entry(source, raw)
    return None if stored is None else stored[1]


def _read_entry(source: Path, raw: bytes) -> tuple[dict[str, Any], dict[str, str]] | None:
    entry = _entry_path(source)
    if entry is None:
        return None
    try:
        stored = entry.read_bytes()
    except OSError:
        return None
    with contextlib.suppress(OSError):
        os.utime(entry)  # mark it recently used, for pruning
    header = _MAGIC + _stamp()
    if not stored.startswith(header) or len(stored) < len(header) + 12:
        return None
    checksum = int.from_bytes(stored[len(header) : len(header) + 4], "big")
    length = int.from_bytes(stored[len(header) + 4 : len(header) + 12], "big")
    payload = stored[len(header) + 12 :]
    if len(payload) != length or zlib.crc32(payload) != checksum:
        return None
    try:
        stored_raw, plain, summary = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    if stored_raw != raw or not isinstance(plain, dict) or not isinstance(summary, dict):
        return None
    return plain, summary


def write(source: Path, raw: bytes, plain: dict[str, Any], summary: dict[str, str]) -> None:
    """Store a file's validated values and its short description; any failure is silent (the next
    run re-parses)."""
    entry = _entry_path(source)
    if entry is None:
        return
    payload = marshal.dumps((raw, plain, summary))
    data = _MAGIC + _stamp() + zlib.crc32(payload).to_bytes(4, "big") + len(payload).to_bytes(8, "big") + payload
    temporary = entry.with_name(f"{entry.name}.{os.getpid()}.{id(data):x}.tmp")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(data)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        os.replace(temporary, entry)
        _prune(entry.parent)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _prune(folder: Path) -> None:
    """Keep the KEEP most recently used entries (a one-off --data file should not stay forever)."""
    entries = []
    for path in folder.glob("*.bin"):
        with contextlib.suppress(OSError):
            entries.append((path.stat().st_mtime_ns, path))
    for _, path in sorted(entries, reverse=True)[KEEP:]:
        with contextlib.suppress(OSError):
            path.unlink()
