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
  module in `core` and `loading` (read at each run, under a millisecond: not their size and
  modification time, which an edit can keep);
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
from typing import Any

from npmlookup.loading.files import PACKAGE_FOLDER

KEEP = 64
"""Entries kept in the cache directory; writing one removes the least recently used beyond this."""

_MAGIC = b"npmlookup cache\n"
_PREFIX = "npmlookup-"
_SUFFIX = ".cache"
_RULES = ("core", "loading")
"""The packages whose source decides what a file's plain values are."""


def directory() -> str | None:
    """Where cache entries live, or None when caching is turned off or there is no home."""
    configured = os.environ.get("NPMLOOKUP_CACHE_DIR")
    if configured is not None:
        return configured or None
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return os.path.join(base, "npmlookup")
    home = os.path.expanduser("~")
    return None if home == "~" else os.path.join(home, ".cache", "npmlookup")


def entry_name(source: str | os.PathLike[str]) -> str:
    """The name of a file's entry: npmlookup's prefix, a checksum of its full path, a readable part of its
    name (the name only spreads files apart; correctness comes from comparing bytes)."""
    where = os.path.abspath(source).encode("utf-8", "surrogateescape")
    stem = os.path.splitext(os.path.basename(os.fspath(source)))[0]
    readable = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in stem)[:40]
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


def _entry_path(source: str | os.PathLike[str]) -> str | None:
    folder = directory()
    return None if folder is None else os.path.join(folder, entry_name(source))


_rules_memo: list[str] = []


def rules_checksum() -> str:
    """A checksum of every module in `core` and `loading`: the rules that decide a file's values, and the
    code that stores them. Computed once a process."""
    if not _rules_memo:
        _rules_memo.append(checksum_of(PACKAGE_FOLDER))
    return _rules_memo[0]


def checksum_of(package: str | os.PathLike[str]) -> str:
    """A checksum of the names and source of the modules in `package`'s `core` and `loading` folders.

    Their bytes, not their size and time: an edit that keeps both (a copy that keeps times, a
    tool that restores them) still changes the rules, and with PYTHONDONTWRITEBYTECODE Python
    runs the edited source, so only the bytes tell (reading them takes under a millisecond)."""
    crc, adler = 0, 1
    for folder in _RULES:
        with contextlib.suppress(OSError):
            for name in sorted(os.listdir(os.path.join(package, folder))):
                if name.endswith(".py"):
                    with open(os.path.join(package, folder, name), "rb") as stream:
                        source = stream.read()
                    crc, adler = zlib.crc32(name.encode(), zlib.crc32(source, crc)), zlib.adler32(source, adler)
    return f"{crc:08x}{adler:08x}"


def _stamp() -> bytes:
    """What the values depend on besides the files: npmlookup's version, marshal's, and the rules."""
    from npmlookup import __version__

    python = f"python {sys.version_info[0]}.{sys.version_info[1]} marshal {marshal.version}"
    return f"npmlookup {__version__}; {python}; rules {rules_checksum()}\n".encode()


class Stored:
    """A valid entry as read: the file's values, its short description, the bytes of the files it names,
    and the entry file's identity (device, inode, size) when it was read. (A plain slotted class: a
    named tuple's class is compiled when the module is imported, on every run.)"""

    __slots__ = ("depends", "identity", "plain", "summary")

    def __init__(
        self,
        plain: dict[str, Any],
        summary: dict[str, str],
        depends: dict[str, bytes],
        identity: tuple[int, int, int],
    ) -> None:
        self.plain = plain
        self.summary = summary
        self.depends = depends
        self.identity = identity


def read(source: str | os.PathLike[str], raw: bytes) -> dict[str, Any] | None:
    """The stored values for a file whose bytes are exactly `raw` (and whose named files are unchanged),
    or None."""
    stored = read_entry(source, raw)
    return None if stored is None else stored.plain


def read_summary(source: str | os.PathLike[str], raw: bytes) -> dict[str, str] | None:
    """The short description stored with a file's values (for `npm --version`), or None."""
    stored = read_entry(source, raw)
    return None if stored is None else stored.summary


def read_entry(source: str | os.PathLike[str], raw: bytes) -> Stored | None:
    """A file's entry, when it is valid for the file's bytes `raw` and its named files as they are now."""
    entry = _entry_path(source)
    if entry is None:
        return None
    try:
        with open(entry, "rb") as stream:
            stored = stream.read()
            identity = os.fstat(stream.fileno())
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
    return Stored(plain, summary, depends, (identity.st_dev, identity.st_ino, identity.st_size))


def still_valid(source: str | os.PathLike[str], stored: Stored) -> bool:
    """Whether an entry read earlier in this process is still the entry, and the files it names are
    unchanged: a caller that kept what it built from it may use that again (the source file's own bytes
    are the caller's to compare)."""
    entry = _entry_path(source)
    if entry is None:
        return False
    try:
        now = os.stat(entry)
    except OSError:
        return False
    return (now.st_dev, now.st_ino, now.st_size) == stored.identity and all(
        _unchanged(source, name, raw) for name, raw in stored.depends.items()
    )


def _unchanged(source: str | os.PathLike[str], name: Any, stored: Any) -> bool:
    """Whether the file `name` (as the coverage file names it, from its folder now) still has the bytes
    `stored`."""
    if not isinstance(name, str):
        return False
    try:
        with open(os.path.join(os.path.dirname(os.fspath(source)), name), "rb") as stream:
            return bool(stream.read() == stored)
    except OSError:
        return False


def write(
    source: str | os.PathLike[str],
    raw: bytes,
    plain: dict[str, Any],
    summary: dict[str, str],
    depends: dict[str, bytes] | None = None,
) -> None:
    """Store a file's validated values and its short description, with the bytes of the files it names
    (`depends`: each as the file names it, relative to its folder); any failure is silent (the next
    run re-parses)."""
    entry = _entry_path(source)
    if entry is None:
        return
    payload = marshal.dumps((raw, depends or {}, plain, summary))
    data = _MAGIC + _stamp() + zlib.crc32(payload).to_bytes(4, "big") + len(payload).to_bytes(8, "big") + payload
    folder, name = os.path.split(entry)
    temporary = os.path.join(folder, f".{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        os.makedirs(folder, exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(data)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        os.replace(temporary, entry)
        _prune(folder)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _is_entry(path: str) -> bool:
    """Whether a file is one the cache wrote: an entry's name, and the cache's header."""
    if not is_entry_name(os.path.basename(path)) or os.path.islink(path):
        return False
    try:
        with open(path, "rb") as stream:
            return stream.read(len(_MAGIC)) == _MAGIC
    except OSError:
        return False


def _prune(folder: str) -> None:
    """Keep the KEEP most recently used entries (a one-off --data file should not stay forever); delete
    nothing but entries."""
    entries = []
    with contextlib.suppress(OSError), os.scandir(folder) as found:
        for item in found:
            if is_entry_name(item.name):
                with contextlib.suppress(OSError):
                    entries.append((item.stat(follow_symlinks=False).st_mtime_ns, item.path))
    for _, path in sorted(entries, reverse=True)[KEEP:]:
        if _is_entry(path):
            with contextlib.suppress(OSError):
                os.unlink(path)
