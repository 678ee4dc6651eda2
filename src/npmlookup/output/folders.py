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

Whether npmlookup made a file, and so may replace it, has one rule (`made_here`): a regular
file whose bytes begin with exactly the opening npmlookup writes in such a file (a folder's
marker, a picture's first lines). What is replaced keeps its permissions and, where it can,
its group (`_keep_mode`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
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
        try:
            self.target = Path(os.path.abspath(self.shown)).resolve()
            _previous_build(self.target, self.shown, command)  # refused now, before anything is built
        except (OSError, RuntimeError, ValueError) as error:  # RuntimeError: pathlib's "Symlink loop"
            raise InputError(f"cannot write {self.shown}: {getattr(error, 'strerror', None) or error}") from None
        self.written: list[Path] = []
        """The files written so far, under `shown`."""
        self._relative: set[str] = set()
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self.building = Path(
                tempfile.mkdtemp(prefix=f".{self.target.name[:100]}.building-", dir=self.target.parent)
            )
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
        destination = (self._root / relative).resolve()
        if not relative or os.path.isabs(relative) or not destination.is_relative_to(self._root):
            raise UnsafePathError(
                f"refusing to write {relative!r}: it falls outside the {self.command} folder {self.shown}"
            )
        if destination == self._root:
            raise UnsafePathError(f"refusing to write {relative!r}: it is the {self.command} folder itself")
        key = destination.relative_to(self._root).as_posix()
        if key in self._relative or key == marker_name(self.command):
            raise UnsafePathError(f"refusing to write {key} twice: two records would share a file")
        self._write(key, text)
        self._relative.add(key)
        return self.shown / key

    def _write(self, key: str, text: str) -> None:
        """Write the file `key` ('/'-separated, already checked) into the build folder."""
        destination = self._root / key
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            with destination.open("w", encoding="utf-8", newline="") as stream:
                stream.write(text)
        except OSError as error:
            raise OutputError(f"cannot write {self.shown / key}: {error.strerror or error}") from None
        self.written.append(self.shown / key)

    def finish(self) -> list[Path]:
        """Write the marker, swap the new build in for the folder, delete the old build's files; return
        every file written (the marker included). Whatever fails, the folder is left as it was."""
        listing = "".join(f"{key}\n" for key in sorted(self._relative))
        old = None
        try:
            self._write(marker_name(self.command), _marker_header(self.command) + listing)
            # Checked again: something may have been put in the folder while it was built.
            previous = _previous_build(self.target, self.shown, self.command)
            if previous is not None:
                _keep_mode(self.target, self.building)
                old = Path(tempfile.mkdtemp(prefix=f".{self.target.name[:100]}.old-", dir=self.target.parent))
                os.replace(self.target, old / "previous")
            os.replace(self.building, self.target)
            if old is not None and previous is not None:
                _remove_own(old / "previous", previous)
        except BaseException as error:
            # Ctrl-C too: between the two renames the old folder is aside and no folder is in place.
            if old is not None and os.path.lexists(old / "previous") and not os.path.lexists(self.target):
                os.replace(old / "previous", self.target)
            shutil.rmtree(self.building, ignore_errors=True)
            if isinstance(error, OSError):
                raise OutputError(
                    f"cannot put the new files in place at {self.shown}: {error.strerror or error}"
                ) from None
            raise
        finally:
            if old is not None:
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
    try:
        if next(_files(target), None) is None:
            return []
    except OSError:
        pass  # a subfolder that cannot be read may hold anything: the folder is not empty
    marker_file, header = marker_name(command), _marker_header(command)
    marker = target / marker_file
    try:
        text = marker.read_text(encoding="utf-8") if made_here(marker, header) else ""
    except (OSError, UnicodeDecodeError):
        text = ""
    if not text.startswith(header):
        raise InputError(
            f"{shown} is not empty and npm {command} did not build it: give a new or empty folder "
            "(nothing in this one was changed)"
        )
    listed = {line for line in text[len(header) :].splitlines() if line}
    try:
        present = sorted(_files(target))  # walked whole only now: a folder without the marker may be as big as `/`
    except OSError as error:
        raise InputError(
            f"{shown} holds a folder that cannot be read ({error.filename}): npm cannot tell that it made "
            "what is in it (nothing in this one was changed)"
        ) from None
    foreign = [name for name in present if name != marker_file and name not in listed]
    if foreign:
        raise InputError(
            f"{shown} holds {foreign[0]!r}, which npm {command} did not write"
            + (f" (and {len(foreign) - 1} more)" if len(foreign) > 1 else "")
            + ": move it out, or give a new or empty folder (nothing in this one was changed)"
        )
    return [*listed, marker_file]


def _files(folder: Path) -> Iterator[str]:
    """Every file in a folder and its subfolders ('/'-separated, relative), symbolic links included and
    not followed, as they are found; a subfolder that cannot be read raises its `OSError` (`os.walk`
    alone would skip it, silently)."""

    def fail(error: OSError) -> None:
        raise error

    for directory, folders, files in os.walk(folder, onerror=fail):
        here = Path(directory)
        links = [name for name in folders if (here / name).is_symlink()]
        yield from ((here / name).relative_to(folder).as_posix() for name in [*files, *links])


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


def made_here(path: str | os.PathLike[str], opening: str) -> bool:
    """Whether npmlookup made the file at `path`, and so may replace it: a regular file (not a link, a
    folder, a FIFO or a device) whose bytes begin with exactly `opening`, the first line or lines
    npmlookup writes in such a file, which a file of anyone else's does not carry by accident."""
    expected = opening.encode("utf-8")

    def unfollowed(name: str, flags: int) -> int:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
        return os.open(name, flags | os.O_NOFOLLOW | os.O_NONBLOCK)

    try:
        with open(path, "rb", opener=unfollowed) as stream:  # buffered: reads until it has them all, or the end
            return stat.S_ISREG(os.fstat(stream.fileno()).st_mode) and stream.read(len(expected)) == expected
    except (OSError, ValueError):  # ValueError: a path with a NUL in it
        return False


def _keep_mode(replaced: Path, replacement: Path) -> None:
    """Give `replacement` the permission bits (setgid included) and, where allowed, the group of what it
    replaces, as an edit in place would keep them."""
    try:
        status = os.lstat(replaced)
    except OSError:
        return
    with contextlib.suppress(OSError):
        os.chown(replacement, -1, status.st_gid)  # before chmod: changing the group may clear setgid
    with contextlib.suppress(OSError):
        os.chmod(replacement, stat.S_IMODE(status.st_mode))


def write_file(path: str | os.PathLike[str], text: str, *, opening: str, suffixes: tuple[str, ...]) -> None:
    """Write a picture to a new file, or over one npmlookup made: named with one of `suffixes` and
    beginning with exactly `opening` (`made_here`), as `text` must. Any other file is refused,
    untouched. Written beside it and renamed into place (keeping the mode and group of a file it
    replaces), so a failed write leaves what was there. A path that cannot be written is a usage error."""
    assert text.startswith(opening), "a picture begins with its opening, or it could never be replaced"
    shown = os.fspath(path)
    try:
        target = Path(os.path.abspath(shown))
        exists = os.path.lexists(target)
        if exists and not (target.name.lower().endswith(suffixes) and made_here(target, opening)):
            raise InputError(
                f"{shown} already exists and npm did not write it: give a new file name (nothing was changed)"
            )
        temporary = target.with_name(f".{target.name[:200]}.{os.getpid()}.tmp")
    except (OSError, ValueError) as error:
        raise InputError(f"cannot write {shown}: {getattr(error, 'strerror', None) or error}") from None
    try:
        with open(temporary, "x", encoding="utf-8") as stream:
            stream.write(text)
        _keep_mode(target, temporary)  # of the file it replaces, if any
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise InputError(f"cannot write {shown}: {error.strerror or error}") from None
        raise
