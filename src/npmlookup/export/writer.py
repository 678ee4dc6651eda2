"""Writing the package into a folder: only there, never over a file it did not make.

The files go into a new temporary sibling of the folder, which is then renamed into place,
so a reader never sees half a package. A folder that already exists is replaced only
when it is empty or holds nothing but files an export writes (its `datapackage.json`
among them); anything else is refused, with the reason, before anything is written.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path

from npmlookup.errors import InputError, OutputError
from npmlookup.export.package import DESCRIPTOR


def write_files(files: Mapping[str, str], directory: str | os.PathLike[str]) -> list[Path]:
    """Write `files` (name to text) as the whole content of `directory`; return the paths written."""
    target = Path(directory)
    old_names = _replaceable(target, set(files))
    token = secrets.token_hex(4)
    staging = target.with_name(f".{target.name}.{token}.tmp")
    retired = target.with_name(f".{target.name}.{token}.old") if old_names is not None else None
    written: list[Path] = []
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir()
        for name, text in files.items():
            path = staging / name
            with path.open("w", encoding="utf-8", newline="") as out:
                out.write(text)
            written.append(path)
        if retired is not None:
            target.rename(retired)
        try:
            staging.rename(target)
        except OSError:
            if retired is not None:
                retired.rename(target)
            raise
    except OSError as error:
        _remove(staging, [path.name for path in written])
        raise OutputError(f"cannot write {os.fspath(directory)}: {error.strerror or error}") from None
    if retired is not None and old_names is not None:
        _remove(retired, old_names)
    return [target / name for name in files]


def _replaceable(target: Path, names: set[str]) -> list[str] | None:
    """The names of an existing folder's files, when export may replace it; None when there is no folder."""
    if not target.exists():
        return None
    if not target.is_dir():
        raise InputError(f"{target} is a file, not a folder to export into")
    present = sorted(entry.name for entry in target.iterdir())
    foreign = [name for name in present if name not in names or not (target / name).is_file()]
    if present and (foreign or DESCRIPTOR not in present):
        shown = ", ".join(foreign[:3]) + (", ..." if len(foreign) > 3 else "") if foreign else "no " + DESCRIPTOR
        raise InputError(f"{target} holds files an export did not write ({shown}): give a new or empty folder")
    return present


def _remove(folder: Path, names: list[str]) -> None:
    """Remove the named files and then the folder, which then holds nothing else."""
    for name in names:
        (folder / name).unlink(missing_ok=True)
    if folder.exists():
        folder.rmdir()
