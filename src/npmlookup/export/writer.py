"""Writing the package into a folder: only there, never over a file it did not make.

The files go into a new temporary sibling of the folder first: a new folder is then
renamed into place whole; into an existing one each file is renamed over its old copy, so
no reader ever sees half a file. A folder that already exists is replaced only
when it is empty or holds nothing but files an export writes (its `datapackage.json`
among them); anything else is refused, with the reason, before anything is written.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from contextlib import suppress
from pathlib import Path

from npmlookup.errors import InputError, OutputError
from npmlookup.export.package import DESCRIPTOR


def write_files(files: Mapping[str, str], directory: str | os.PathLike[str]) -> list[Path]:
    """Write `files` (name to text) as the whole content of `directory`; return the paths written."""
    target = Path(os.path.abspath(directory))  # "." and "out/" have a name and a parent too
    if not target.name:
        raise InputError(f"{os.fspath(directory)} cannot be replaced: give a folder inside it")
    old_names = _replaceable(target, set(files), os.fspath(directory))
    staging = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    written: list[Path] = []
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir()
        for name, text in files.items():
            path = staging / name
            with path.open("w", encoding="utf-8", newline="") as out:
                out.write(text)
            written.append(path)
        if old_names is None:
            staging.rename(target)
        else:
            # The folder stays (its permissions, a shell or server inside it); each file is swapped in whole.
            for name in files:
                os.replace(staging / name, target / name)
            staging.rmdir()
    except OSError as error:
        with suppress(OSError):
            _remove(staging, [path.name for path in written])
        raise OutputError(f"cannot write {os.fspath(directory)}: {error.strerror or error}") from None
    return [target / name for name in files]


def _replaceable(target: Path, names: set[str], shown_as: str) -> list[str] | None:
    """The names of an existing folder's files, when export may replace them all; None when there is no folder."""
    if not target.exists():
        return None
    if not target.is_dir():
        raise InputError(f"{shown_as} is a file, not a folder to export into")
    present = sorted(entry.name for entry in target.iterdir())
    foreign = [name for name in present if name not in names or not (target / name).is_file()]
    if present and (foreign or DESCRIPTOR not in present):
        shown = ", ".join(foreign[:3]) + (", ..." if len(foreign) > 3 else "") if foreign else "no " + DESCRIPTOR
        raise InputError(f"{shown_as} holds files an export did not write ({shown}): give a new or empty folder")
    return present


def _remove(folder: Path, names: list[str]) -> None:
    """Remove the named files and then the folder, which then holds nothing else."""
    for name in names:
        (folder / name).unlink(missing_ok=True)
    if folder.exists():
        folder.rmdir()
