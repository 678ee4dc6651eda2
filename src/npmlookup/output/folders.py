"""Writing a folder of files (the site, the open data) that npmlookup owns: the one way they reach disk.

A build never writes into the folder it was given. It writes into a temporary sibling,
and only when every file is written is that swapped in for the folder; a build that
fails leaves the folder as it was. The folder must be missing, empty, or one this
module built before for the same command: such a folder holds a marker file
(`.npmlookup-site`, `.npmlookup-export`) listing every file it wrote, and is replaced
only when it holds nothing else, so a rebuild can delete no file npmlookup did not make,
and no file of a record since removed survives it.

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


def marker_name(command: str) -> str:
    """The file that says a folder is one `npm COMMAND` built, and lists the files it wrote there."""
    return f".npmlookup-{command}"


def _marker_header(command: str) -> str:
    return f"npmlookup {command}: written by `npm {command}`, which replaces this folder whole; it wrote these files:\n"


MARKER = marker_name("site")
"""The site's marker file."""


class UnsafePathError(InputError):
    """A file would fall outside the folder being built."""


class FolderWriter:
    """One build of `npm COMMAND`'s folder `directory`: `write_text` each file, then `finish` swaps them in.

    Use it as a context manager: leaving the block with an error removes what was written
    and leaves `directory` untouched; leaving it normally finishes the build.
    """

    def __init__(self, directory: str | os.PathLike[str], command: str = "site") -> None:
        self.command = command
        """The command that owns the folder: `site` or `export`."""
        self.shown = Path(directory)
        """The folder as the user named it (for messages and the paths returned)."""
        self.target = Path(os.path.abspath(self.shown)).resolve()
        _previous_build(self.target, self.shown, command)  # refused now, before anything is built
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

    def __enter__(self) -> FolderWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if kind is None:
            self.finish()
        else:
            shutil.rmtree(self.building, ignore_errors=True)

    def write_text(self, relative: str, text: str) -> Path:
        """Write a file at `relative` (a '/'-separated path inside the folder); return its path.

        Written as given, with no newline translation (the CSV files end their lines in CRLF)."""
        destination = self._inside(relative)
        key = destination.relative_to(self._root).as_posix()
        if key in self._relative or key == marker_name(self.command):
            raise UnsafePathError(f"refusing to write {key} twice: two records would share a file")
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            with destination.open("w", encoding="utf-8", newline="") as stream:
                stream.write(text)
        except OSError as error:
            raise OutputError(f"cannot write {self.shown / key}: {error.strerror or error}") from None
        self._relative.add(key)
        self.written.append(self.shown / key)
        return self.shown / key

    def _inside(self, relative: str) -> Path:
        """The resolved path of `relative` in the build folder; refused when it would fall outside it."""
        destination = (self._root / relative).resolve()
        if not relative or os.path.isabs(relative) or not destination.is_relative_to(self._root):
            raise UnsafePathError(
                f"refusing to write {relative!r}: it falls outside the {self.command} folder {self.shown}"
            )
        if destination == self._root:
            raise UnsafePathError(f"refusing to write {relative!r}: it is the {self.command} folder itself")
        return destination

    def finish(self) -> list[Path]:
        """Write the marker, swap the new build in for the folder, delete the old build's files; return
        every file written (the marker included)."""
        marker_file = marker_name(self.command)
        marker = self.building / marker_file
        try:
            marker.write_text(
                _marker_header(self.command) + "".join(f"{key}\n" for key in sorted(self._relative)), encoding="utf-8"
            )
        except OSError as error:
            shutil.rmtree(self.building, ignore_errors=True)
            raise OutputError(f"cannot write {self.shown / marker_file}: {error.strerror or error}") from None
        self.written.append(self.shown / marker_file)
        try:
            # Checked again: something may have been put in the folder while it was built.
            previous = _previous_build(self.target, self.shown, self.command)
        except InputError:
            shutil.rmtree(self.building, ignore_errors=True)
            raise
        old = None
        try:
            if previous is not None:
                old = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.old-", dir=self.target.parent))
                os.replace(self.target, old / "previous")
            os.replace(self.building, self.target)
        except OSError as error:
            if old is not None and not self.target.exists() and (old / "previous").exists():
                os.replace(old / "previous", self.target)
            shutil.rmtree(self.building, ignore_errors=True)
            raise OutputError(f"cannot put the new files in place at {self.shown}: {error.strerror or error}") from None
        finally:
            if old is not None and previous is not None:
                _remove_own(old / "previous", previous)
                with contextlib.suppress(OSError):
                    old.rmdir()
        return self.written


def _previous_build(target: Path, shown: Path, command: str) -> list[str] | None:
    """The files of the folder at `target` when `npm COMMAND` built it ([] for an empty folder, None
    when there is no folder); refuses any other folder, and one that holds files it did not write."""
    if not target.exists():
        return None
    if not target.is_dir():
        raise InputError(f"{shown} is a file, not a folder for npm {command}")
    if not _holds_a_file(target):
        return []
    marker_file = marker_name(command)
    marker = target / marker_file
    try:
        text = marker.read_text(encoding="utf-8") if marker.is_file() and not marker.is_symlink() else ""
    except (OSError, UnicodeDecodeError):
        text = ""
    if not text.startswith(_marker_header(command)):
        raise InputError(
            f"{shown} is not empty and npm {command} did not build it: give a new or empty folder "
            "(nothing in this one was changed)"
        )
    listed = {line for line in text[len(_marker_header(command)) :].splitlines() if line}
    present = _files(target)  # walked only now: a folder without the marker may be as big as `/`
    foreign = [name for name in present if name != marker_file and name not in listed]
    if foreign:
        raise InputError(
            f"{shown} holds {foreign[0]!r}, which npm {command} did not write"
            + (f" (and {len(foreign) - 1} more)" if len(foreign) > 1 else "")
            + ": move it out, or give a new or empty folder (nothing in this one was changed)"
        )
    return [*listed, marker_file]


def _holds_a_file(folder: Path) -> bool:
    """Whether the folder or a subfolder holds a file (or a link); stops at the first it finds."""
    for directory, folders, files in os.walk(folder):
        if files or any((Path(directory) / name).is_symlink() for name in folders):
            return True
    return False


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
    """Delete the listed files of an old build and then its folders, where they are empty."""
    for name in files:
        path = folder / name
        with contextlib.suppress(OSError):
            if path.resolve().is_relative_to(folder.resolve()) and not path.is_dir():
                path.unlink()
    for directory, _dirs, _files in sorted(os.walk(folder), key=lambda entry: -len(entry[0])):
        with contextlib.suppress(OSError):
            os.rmdir(directory)
