"""Where dataset files are, and reading them safely: no YAML and no data model here.

Kept apart from the loader, which imports it, so that `npm --version` can name the
dataset from the cache without importing the model. Paths here are plain strings
(`os.path`): the library's load path never imports `pathlib`, which costs more than the
rest of a cached load (benchmarks/startup.py); `default_path` still returns a `Path`.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from npmlookup.errors import DatasetError, Problem

if TYPE_CHECKING:
    from pathlib import Path

MAX_FILE_BYTES = 16 * 1024 * 1024
"""Files larger than this are refused before they are parsed."""

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
    """A dataset file's bytes, or a `DatasetError` that says why it cannot be read."""
    name = os.fspath(file)
    try:
        if os.path.isdir(name):
            raise DatasetError([Problem(name, None, None, "is a directory, not a coverage file")])
        size = os.stat(name).st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            raise DatasetError(
                [Problem(name, None, None, f"is {size:,} bytes; coverage files are limited to {limit} MiB")]
            )
        with open(name, "rb") as stream:
            return stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DatasetError([Problem(name, None, None, "no such file")]) from None
    except PermissionError:
        raise DatasetError([Problem(name, None, None, "cannot be read (permission denied)")]) from None
    except OSError as error:
        raise DatasetError([Problem(name, None, None, f"cannot be read ({error.strerror or error})")]) from None
