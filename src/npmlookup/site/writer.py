"""Where a site build may write, and how it replaces the site before it: the one way files reach disk.

A build never writes into the folder it was given. It writes into a temporary sibling,
and only when every file is written is that swapped in for the folder; a build that
fails leaves the folder as it was. The folder must be missing, empty, or a site this
module built before: such a site holds a marker file (`MARKER`) listing every file it
wrote, and is replaced only when it holds nothing else, so a rebuild can delete no file
npmlookup did not make, and no page of a record since removed survives it.

Every path is resolved and must fall inside the build's folder, whatever a dataset's
ids say (they are checked when the dataset is read; this is the second line).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from types import TracebackType

from npmlookup.errors import InputError, OutputError

MARKER = ".npmlookup-site"
"""The file that says a folder is a site npmlookup built, and lists the files it wrote there."""

_MARKER_HEADER = "npmlookup site: written by `npm site`, which replaces this folder whole; it wrote these files:\n"


class UnsafePathError(InputError):
    """A file of the site would fall outside the site's folder."""


class SiteWriter:
    """One build of a site into `directory`: `write_text` each file, then `finish` swaps them in.

    Use it as a context manager: leaving the block with an error removes what was written
    and leaves `directory` untouched; leaving it normally finishes the build.
    """

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.shown = Path(directory)
        """The folder as the user named it (for messages and the paths returned)."""
        self.target = Path(os.path.abspath(self.shown)).resolve()
        _previous_site(self.target, self.shown)  # refused now, before anything is built
        self.written: list[Path] = []
        """The files written so far, under `shown`."""
        self._relative: set[str] = set()
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self.building = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.building-", dir=self.target.parent))
        except OSError as error:
            raise OutputError(f"cannot create a folder beside {self.shown}: {error.strerror or error}") from None
        self._root = self.building.resolve()
        # mkdtemp makes a private folder; a site is read by others, as any folder made here would be.
        umask = os.umask(0)
        os.umask(umask)
        with contextlib.suppress(OSError):
            self.building.chmod(0o777 & ~umask)

    def __enter__(self) -> SiteWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if kind is None:
            self.finish()
        else:
            shutil.rmtree(self.building, ignore_errors=True)

    def write_text(self, relative: str, text: str) -> Path:
        """Write a file of the site at `relative` (a '/'-separated path inside it); return its path."""
        destination = self._inside(relative)
        key = destination.relative_to(self._root).as_posix()
        if key in self._relative or key == MARKER:
            raise UnsafePathError(f"refusing to write {key} in the site twice: two records would share a page")
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_text(text, encoding="utf-8")
        except OSError as error:
            raise OutputError(f"cannot write {self.shown / key}: {error.strerror or error}") from None
        self._relative.add(key)
        self.written.append(self.shown / key)
        return self.shown / key

    def _inside(self, relative: str) -> Path:
        """The resolved path of `relative` in the build folder; refused when it would fall outside it."""
        destination = (self._root / relative).resolve()
        if not relative or os.path.isabs(relative) or not destination.is_relative_to(self._root):
            raise UnsafePathError(f"refusing to write {relative!r}: it falls outside the site folder {self.shown}")
        if destination == self._root:
            raise UnsafePathError(f"refusing to write {relative!r}: it is the site folder itself")
        return destination

    def finish(self) -> list[Path]:
        """Write the marker, swap the new site in for the folder, delete the old site's files; return
        every file written (the marker included)."""
        marker = self.building / MARKER
        try:
            marker.write_text(_MARKER_HEADER + "".join(f"{key}\n" for key in sorted(self._relative)), encoding="utf-8")
        except OSError as error:
            shutil.rmtree(self.building, ignore_errors=True)
            raise OutputError(f"cannot write {self.shown / MARKER}: {error.strerror or error}") from None
        self.written.append(self.shown / MARKER)
        try:
            # Checked again: something may have been put in the folder while the site was built.
            previous = _previous_site(self.target, self.shown)
        except InputError:
            shutil.rmtree(self.building, ignore_errors=True)
            raise
        old = None
        try:
            if previous is not None:
                old = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.old-", dir=self.target.parent))
                os.replace(self.target, old / "site")
            os.replace(self.building, self.target)
        except OSError as error:
            if old is not None and not self.target.exists() and (old / "site").exists():
                os.replace(old / "site", self.target)
            shutil.rmtree(self.building, ignore_errors=True)
            raise OutputError(f"cannot put the new site in place at {self.shown}: {error.strerror or error}") from None
        finally:
            if old is not None and previous is not None:
                _remove_own(old / "site", previous)
                with contextlib.suppress(OSError):
                    old.rmdir()
        return self.written


def _previous_site(target: Path, shown: Path) -> list[str] | None:
    """The files of the site at `target` when it is one npmlookup built ([] for an empty folder, None
    when there is no folder); refuses any other folder, and a site that holds files it did not write."""
    if not target.exists():
        return None
    if not target.is_dir():
        raise InputError(f"{shown} is a file, not a folder for the site")
    present = _files(target)
    if not present:
        return []
    marker = target / MARKER
    try:
        text = marker.read_text(encoding="utf-8") if marker.is_file() and not marker.is_symlink() else ""
    except (OSError, UnicodeDecodeError):
        text = ""
    if not text.startswith(_MARKER_HEADER):
        raise InputError(
            f"{shown} is not empty and npm site did not build it: give a new or empty folder "
            "(nothing in this one was changed)"
        )
    listed = {line for line in text[len(_MARKER_HEADER) :].splitlines() if line}
    foreign = [name for name in present if name != MARKER and name not in listed]
    if foreign:
        raise InputError(
            f"{shown} holds {foreign[0]!r}, which npm site did not write"
            + (f" (and {len(foreign) - 1} more)" if len(foreign) > 1 else "")
            + ": move it out, or give a new or empty folder (nothing in this one was changed)"
        )
    return [*listed, MARKER]


def _files(folder: Path) -> list[str]:
    """Every file in a folder and its subfolders ('/'-separated, relative), symbolic links included and
    not followed."""
    found = []
    for directory, folders, files in os.walk(folder):
        here = Path(directory)
        links = [name for name in folders if (here / name).is_symlink()]
        found += [(here / name).relative_to(folder).as_posix() for name in [*files, *links]]
    return sorted(found)


def _remove_own(folder: Path, files: list[str]) -> None:
    """Delete the listed files of an old site and then its folders, where they are empty."""
    for name in files:
        path = folder / name
        with contextlib.suppress(OSError):
            if path.resolve().is_relative_to(folder.resolve()) and not path.is_dir():
                path.unlink()
    for directory, _dirs, _files in sorted(os.walk(folder), key=lambda entry: -len(entry[0])):
        with contextlib.suppress(OSError):
            os.rmdir(directory)
