"""Where dataset files are, and reading them safely: no YAML and no data model here.

Paths here are plain strings (`os.path`): the library's load path never imports
`pathlib`, which costs more than reading the shipped dataset (benchmarks/startup.py);
`default_path` still returns a `Path`.
"""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

from npmlookup.errors import DatasetError, Problem

if TYPE_CHECKING:
    from pathlib import Path

MAX_FILE_BYTES = 4 * 1024 * 1024
"""Files larger than this are refused before they are parsed: the shipped places file is about
230 KB, and checking a file at the limit can take 0.8 GB of memory (docs/data.md)."""

PACKAGE_FOLDER = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
"""The installed `npmlookup` package's folder."""

PACKAGED_DATA = os.path.join(PACKAGE_FOLDER, "data", "coverage.yaml")
"""Where the wheel puts the dataset."""

_SOURCE_TREE_DATA = os.path.join(os.path.dirname(os.path.dirname(PACKAGE_FOLDER)), "data", "coverage.yaml")


def data_file() -> str:
    """The path of the dataset that ships with npmlookup (in a source checkout, the repository's copy)."""
    return PACKAGED_DATA if os.path.isfile(PACKAGED_DATA) else _SOURCE_TREE_DATA


def default_path() -> Path:
    """The dataset that ships with npmlookup (in a source checkout, the repository's copy)."""
    from pathlib import Path

    return Path(data_file())


def read_bytes(file: str | os.PathLike[str]) -> bytes:
    """A dataset file's bytes, or a `DatasetError` that says why it cannot be read: only a regular file
    of at most `MAX_FILE_BYTES` is read (a FIFO would wait for a writer for ever, /dev/zero never ends)."""
    name = os.fspath(file)
    try:
        if os.path.isdir(name):
            problem = "is a directory, not a coverage file"
        else:
            # O_NONBLOCK: opening a FIFO for reading would wait for a writer; a regular file reads as usual.
            with open(name, "rb", opener=lambda path, flags: os.open(path, flags | os.O_NONBLOCK)) as stream:
                status = os.fstat(stream.fileno())
                raw = stream.read(MAX_FILE_BYTES + 1) if stat.S_ISREG(status.st_mode) else None
            if raw is None:
                problem = "is not a regular file (a FIFO, a device or a socket): dataset files are read from files only"
            elif (size := max(status.st_size, len(raw))) > MAX_FILE_BYTES:
                problem = f"is {size:,} bytes; coverage files are limited to {MAX_FILE_BYTES // (1024 * 1024)} MiB"
            else:
                return raw
    except FileNotFoundError:
        problem = "no such file"
    except PermissionError:
        problem = "cannot be read (permission denied)"
    except OSError as error:
        problem = f"cannot be read ({error.strerror or error})"
    except ValueError:  # a NUL byte in the name
        problem = "cannot be read (its name holds a NUL byte)"
    raise DatasetError([Problem(name, None, None, problem)])
