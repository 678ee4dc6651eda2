"""npmlookup: who inspects what, where, in the UK's National Preventive Mechanism.

The library is usable without the command line (Typer and Rich are not imported)::

    import npmlookup

    data = npmlookup.load()  # a Snapshot: the latest known state; npmlookup.at(data, "factsheet") for the factsheet
    for entry in npmlookup.who(data, setting="prisons", nation="Wales"):
        print(data.member_by_id[entry.member].name, entry.role)

Names are re-exported lazily: `import npmlookup` loads no submodule until one of its
names is used, so the command line pays only for the modules a command needs.
"""

from __future__ import annotations

import typing as _typing

__version__ = "2.0.0"

_EXPORTS = {
    "errors": (
        "AmbiguousValueError",
        "DatasetError",
        "InputError",
        "InvalidDateError",
        "NpmLookupError",
        "Problem",
        "UnknownPlaceError",
        "UnknownValueError",
    ),
    "core.dates": ("parse_as_of",),
    "core.history": ("at", "current"),
    "core.changes": ("name_history",),
    "loading.files": ("default_path",),
    "loading.loader": ("load", "validate"),
    "core.dataset": ("Dataset", "Snapshot"),
    "core.about": ("Source",),
    "core.model": ("Entry", "Event", "Member", "Nation", "Place", "Setting", "normalize"),
    "core.places": ("find_places", "place_entries", "places_of"),
    "core.query": ("alongside", "find_member", "find_nation", "find_setting", "get_member", "who"),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = [
    "AmbiguousValueError",
    "Dataset",
    "DatasetError",
    "Entry",
    "Event",
    "InputError",
    "InvalidDateError",
    "Member",
    "Nation",
    "NpmLookupError",
    "Place",
    "Problem",
    "Setting",
    "Snapshot",
    "Source",
    "UnknownPlaceError",
    "UnknownValueError",
    "__version__",
    "alongside",
    "at",
    "current",
    "default_path",
    "find_member",
    "find_nation",
    "find_places",
    "find_setting",
    "get_member",
    "load",
    "name_history",
    "normalize",
    "parse_as_of",
    "place_entries",
    "places_of",
    "validate",
    "who",
]


def __getattr__(name: str) -> _typing.Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'npmlookup' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if _typing.TYPE_CHECKING:
    from .core.about import Source
    from .core.changes import name_history
    from .core.dataset import Dataset, Snapshot
    from .core.dates import parse_as_of
    from .core.history import at, current
    from .core.model import Entry, Event, Member, Nation, Place, Setting, normalize
    from .core.places import find_places, place_entries, places_of
    from .core.query import alongside, find_member, find_nation, find_setting, get_member, who
    from .errors import (
        AmbiguousValueError,
        DatasetError,
        InputError,
        InvalidDateError,
        NpmLookupError,
        Problem,
        UnknownPlaceError,
        UnknownValueError,
    )
    from .loading.files import default_path
    from .loading.loader import load, validate
