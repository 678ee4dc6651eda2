"""Where dataset files are, and reading them safely: no YAML and no data model here.

Kept apart from the loader, which imports it, so that `npm --version` can name the
dataset from the cache without importing the model.
"""

from __future__ import annotations

from pathlib import Path

from npmlookup.errors import DatasetError, Problem

MAX_FILE_BYTES = 16 * 1024 * 1024
"""Files larger than this are refused before they are parsed."""

_PACKAGE = Path(__file__).resolve().parent.parent

PACKAGED_DATA = _PACKAGE / "data" / "coverage.yaml"
"""Where the wheel puts the dataset."""

_SOURCE_TREE_DATA = _PACKAGE.parents[1] / "data" / "coverage.yaml"


def default_path() -> Path:
    """The dataset that ships with npmlookup (in a source checkout, the repository's copy)."""
    if PACKAGED_DATA.is_file():
        return PACKAGED_DATA
    return _SOURCE_TREE_DATA


def read_bytes(file: Path) -> bytes:
    """A dataset file's bytes, or a `DatasetError` that says why it cannot be read."""
    name = str(file)
    try:
        if file.is_dir():
            raise DatasetError([Problem(name, None, None, "is a directory, not a coverage file")])
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            raise DatasetError(
                [Problem(name, None, None, f"is {size:,} bytes; coverage files are limited to {limit} MiB")]
            )
        with file.open("rb") as stream:
            return stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DatasetError([Problem(name, None, None, "no such file")]) from None
    except PermissionError:
        raise DatasetError([Problem(name, None, None, "cannot be read (permission denied)")]) from None
    except OSError as error:
        raise DatasetError([Problem(name, None, None, f"cannot be read ({error.strerror or error})")]) from None
