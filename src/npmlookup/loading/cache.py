"""A compiled copy of a coverage file's validated values, so most runs skip YAML.

Importing PyYAML and parsing the file costs more than everything else a lookup does. The
first run over a file stores its validated plain values here; later runs read them back
with `marshal`, which is built into Python.

The cache can never give a wrong answer. An entry is used only when everything the
answer depends on is what it was built from, and nobody has to remember to say so:
- the file's bytes: the entry holds them, and they must equal the file's bytes now (no
  hash, so no collision);
- the files it names (its places file): the entry holds their bytes too, and each is read
  again through the coverage file's folder as it resolves now, so a symbolic link
  repointed, or a places file edited, is seen;
- the rules that checked them and the code that stores them: the entry is stamped with
  npmlookup's version, Python's marshal version and a checksum of the source of every
  module in `core` and `loading` (read at each run, under a millisecond);
- a checksum over the payload is verified before `marshal` reads it, so a truncated or
  garbage file is a miss.

The cache owns its files and touches no other: each entry's name is
``npmlookup-XXXXXXXX-NAME.cache`` and it starts with the cache's own header, and pruning
deletes only files with both, so a cache folder shared with anything else (a
``$NPMLOOKUP_CACHE_DIR`` of other files) loses nothing. Entries are written to a temporary
name and renamed into place, so concurrent runs never see half a file. Every failure (no
home, a read-only or missing directory, a full disk) is a silent miss: the answer is then
computed from the YAML, and nothing is printed.

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

KEEP = 64
"""Entries kept in the cache directory; writing one removes the least recently used beyond this."""

_MAGIC = b"npmlookup cache\n"
_PREFIX = "npmlookup-"
_SUFFIX = ".cache"
_RULES = ("core", "loading")
"""The packages whose source decides what a file's plain values are."""


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


def entry_name(source: Path) -> str:
    """The name of a file's entry: npmlookup's prefix, a checksum of its full path, a readable part of its
    name (the name only spreads files apart; correctness comes from comparing bytes)."""
    where = os.path.abspath(source).encode("utf-8", "surrogateescape")
    readable = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in source.stem)[:40]
    return f"{_PREFIX}{zlib.crc32(where):08x}-{readable}{_SUFFIX}"


def is_entry_name(name: str) -> bool:
    """Whether a file name has the form of an entry's (`entry_name`)."""
    checksum = name[len(_PREFIX) : len(_PREFIX) + 8]
    return (
        name.startswith(_PREFIX)
        and name.endswith(_SUFFIX)
        and len(name) >= len(_PREFIX) + 9 + len(_SUFFIX)
        and all(c in "0123456789abcdef" for c in checksum)
        and name[len(_PREFIX) + 8] == "-"
    )


def _entry_path(source: Path) -> Path | None:
    folder = directory()
    return None if folder is None else folder / entry_name(source)


_rules_memo: list[str] = []


def rules_checksum() -> str:
    """A checksum of the source of every module in `core` and `loading`: the rules that decide a file's
    values, and the code that stores them. Read once a process."""
    if not _rules_memo:
        _rules_memo.append(checksum_of(Path(__file__).resolve().parent.parent))
    return _rules_memo[0]


def checksum_of(package: Path) -> str:
    """A checksum of the names and source of the modules in `package`'s `core` and `loading` folders."""
    crc, adler = 0, 1
    for folder in _RULES:
        with contextlib.suppress(OSError):
            for name in sorted(os.listdir(package / folder)):
                if name.endswith(".py"):
                    source = (package / folder / name).read_bytes()
                    crc, adler = zlib.crc32(name.encode(), zlib.crc32(source, crc)), zlib.adler32(source, adler)
    return f"{crc:08x}{adler:08x}"


def _stamp() -> bytes:
    """What the values depend on besides the files: npmlookup's version, marshal's, and the rules."""
    from npmlookup import __version__

    python = f"python {sys.version_info[0]}.{sys.version_info[1]} marshal {marshal.version}"
    return f"npmlookup {__version__}; {python}; rules {rules_checksum()}\n".encode()


def read(source: Path, raw: bytes) -> dict[str, Any] | None:
    """The stored values for a file whose bytes are exactly `raw` (and whose named files are unchanged),
    or None."""
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
    header = _MAGIC + _stamp()
    if not stored.startswith(header) or len(stored) < len(header) + 12:
        return None
    checksum = int.from_bytes(stored[len(header) : len(header) + 4], "big")
    length = int.from_bytes(stored[len(header) + 4 : len(header) + 12], "big")
    payload = stored[len(header) + 12 :]
    if len(payload) != length or zlib.crc32(payload) != checksum:
        return None
    try:
        stored_raw, depends, plain, summary = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    if stored_raw != raw or not isinstance(plain, dict) or not isinstance(summary, dict):
        return None
    if not isinstance(depends, dict) or not all(_unchanged(source, name, raw) for name, raw in depends.items()):
        return None
    with contextlib.suppress(OSError):
        os.utime(entry)  # mark it recently used, for pruning
    return plain, summary


def _unchanged(source: Path, name: Any, stored: Any) -> bool:
    """Whether the file `name` (as the coverage file names it, from its folder now) still has the bytes
    `stored`."""
    try:
        return isinstance(name, str) and (source.parent / name).read_bytes() == stored
    except OSError:
        return False


def write(
    source: Path, raw: bytes, plain: dict[str, Any], summary: dict[str, str], depends: dict[str, bytes] | None = None
) -> None:
    """Store a file's validated values and its short description, with the bytes of the files it names
    (`depends`: each as the file names it, relative to its folder); any failure is silent (the next
    run re-parses)."""
    entry = _entry_path(source)
    if entry is None:
        return
    payload = marshal.dumps((raw, depends or {}, plain, summary))
    data = _MAGIC + _stamp() + zlib.crc32(payload).to_bytes(4, "big") + len(payload).to_bytes(8, "big") + payload
    temporary = entry.with_name(f".{entry.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
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


def _is_entry(path: Path) -> bool:
    """Whether a file is one the cache wrote: an entry's name, and the cache's header."""
    if not is_entry_name(path.name) or path.is_symlink():
        return False
    try:
        with path.open("rb") as stream:
            return stream.read(len(_MAGIC)) == _MAGIC
    except OSError:
        return False


def _prune(folder: Path) -> None:
    """Keep the KEEP most recently used entries (a one-off --data file should not stay forever); delete
    nothing but entries."""
    entries = []
    with contextlib.suppress(OSError), os.scandir(folder) as found:
        for item in found:
            if is_entry_name(item.name):
                with contextlib.suppress(OSError):
                    entries.append((item.stat(follow_symlinks=False).st_mtime_ns, Path(item.path)))
    for _, path in sorted(entries, reverse=True)[KEEP:]:
        if _is_entry(path):
            with contextlib.suppress(OSError):
                path.unlink()
