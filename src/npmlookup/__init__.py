"""npmlookup: who inspects what, where, in the UK's National Preventive Mechanism.

The library is usable without the command line (Typer and Rich are not imported)::

    import npmlookup
    data = npmlookup.load()
    wales = npmlookup.find_nation(data, "wales")
    for entry in npmlookup.who(data, setting="prisons", nation=wales.id):
        print(data.member_by_id[entry.member].name, entry.role)
"""

from .errors import (
    AmbiguousValueError,
    DatasetError,
    InputError,
    InvalidDateError,
    NpmLookupError,
    Problem,
    UnknownValueError,
)
from .history import at, name_history, parse_as_of
from .load import default_path, load, validate
from .model import Dataset, Entry, Event, Member, Nation, Setting, Source, normalize
from .query import alongside, find_member, find_nation, find_setting, get_member, who

__version__ = "1.0.0"

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
    "Problem",
    "Setting",
    "Source",
    "UnknownValueError",
    "__version__",
    "alongside",
    "at",
    "default_path",
    "find_member",
    "find_nation",
    "find_setting",
    "get_member",
    "load",
    "name_history",
    "normalize",
    "parse_as_of",
    "validate",
    "who",
]
