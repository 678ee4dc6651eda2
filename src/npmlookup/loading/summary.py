"""A dataset's short description for `npm --version`: from the cache when it is warm, without the model.

Reading it never writes anything: on a cold cache the file is validated in memory only.
"""

from __future__ import annotations

import os

from npmlookup.loading import cache
from npmlookup.loading.files import data_file, read_bytes


def describe(path: str | os.PathLike[str] | None = None) -> dict[str, str]:
    """The dataset's file, title, the day it was last checked, and its base edition's source."""
    file = os.fspath(path) if path is not None else data_file()
    raw = read_bytes(file)
    summary = cache.read_summary(file, raw)
    if summary is not None:
        return summary
    from npmlookup.loading.loader import load, summary_of

    return summary_of(load(file, as_of="factsheet", use_cache=False))
