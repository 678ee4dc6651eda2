"""Read a coverage file (and the places file it names), validate all of it, and build a `Dataset`.

A valid file's plain values are what `cache` stores: the next run with the same bytes
skips YAML and the checks entirely, so this module imports them (`yamlsafe`, the
checkers) only on a cache miss. Within one process, a file loaded again while its bytes,
the files it names and its cache entry are unchanged gives the (immutable) dataset built
the first time.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from npmlookup.core.dataset import Dataset, Snapshot
from npmlookup.core.indexes import Deferred, NamedPlaces, NameIndex, PlaceParts, PlacesById
from npmlookup.core.model import (
    Edition,
    Entry,
    Event,
    Member,
    Nation,
    Setting,
    Source,
)
from npmlookup.core.names import NameTable
from npmlookup.errors import DatasetError, Problem
from npmlookup.loading import cache
from npmlookup.loading.files import data_file, read_bytes

if TYPE_CHECKING:
    import datetime

    from npmlookup.core.about_model import About


def load(
    path: str | os.PathLike[str] | None = None,
    *,
    as_of: str | datetime.date | None = None,
    use_cache: bool = True,
) -> Snapshot:
    """Load and validate a coverage file (the packaged one when `path` is None), at a date.

    By default the answer is the latest known state: the base edition with every dated
    change up to the day the data was last checked (None asks for that day). `as_of` takes
    what `npmlookup.at` takes (``"factsheet"`` for what the edition states). Raises `DatasetError`
    naming the file, line and column of the first problem.
    """
    from npmlookup.core.history import at

    base = _load_base(path, use_cache=use_cache)
    return at(base, base.checked if as_of is None else as_of)


_RECENT: dict[tuple[str, str], tuple[bytes, cache.Stored, Dataset]] = {}
"""The datasets built from cache entries in this process, by file (as named, and its full path): its
bytes, the entry, the dataset."""
_KEEP_RECENT = 4


def forget_loaded() -> None:
    """Drop the datasets this process keeps (the next load of each reads its cache entry again)."""
    _RECENT.clear()


def _load_base(path: str | os.PathLike[str] | None, *, use_cache: bool) -> Dataset:
    file = os.fspath(path) if path is not None else data_file()
    raw = read_bytes(file)
    if not use_cache:
        return _validated(file, raw, use_cache=False)
    # A dataset is immutable: while its file's bytes, its cache entry and the files it names are what it
    # was built from, loading it again in this process gives the dataset built then.
    key = (file, os.path.abspath(file))  # the dataset's `path` is the file as named
    recent = _RECENT.get(key)
    if recent is not None and recent[0] == raw and cache.still_valid(file, recent[1]):
        return recent[2]
    stored = cache.read_entry(file, raw)
    if stored is None:
        return _validated(file, raw, use_cache=True)
    dataset = build(stored.plain, file)
    _RECENT.pop(key, None)
    _RECENT[key] = (raw, cache.Stored({}, {}, stored.depends, stored.identity), dataset)  # what stays valid
    for oldest in list(_RECENT)[:-_KEEP_RECENT]:  # list() and pop() are atomic: safe across threads
        _RECENT.pop(oldest, None)
    return dataset


def _validated(file: str, raw: bytes, *, use_cache: bool) -> Dataset:
    """The dataset from the file's text, checked in full; stored in the cache when `use_cache`."""
    plain = _plain_values_or_raise(file, raw)
    places_raw = plain.pop("places_raw")
    dataset = build(plain, file)
    if use_cache:
        # The folded-name indexes go into the cache too: later runs need not rebuild them.
        indexes = (dataset.nation_names, dataset.setting_names, dataset.member_names)
        plain["name_indexes"] = [(dict(index.exact), index.sorted_names) for index in indexes]
        places = _places_plain(plain)
        for key in places:
            del plain[key]
        if dataset.places:
            from npmlookup.core.places import place_names

            places["place_names"] = place_names(dataset).export()
            # Each place as a row of its fields in the constructor's order, marshalled apart: a
            # question about one place reads and makes that one (`PlacesById`). The entry's key
            # covers the source of `core`, so the rows always fit the `Place` that reads them.
            places["place_rows"] = {place.id: marshal.dumps(place.row()) for place in dataset.places}
            del places["places"]
        plain[_PLACES_BLOB] = marshal.dumps(places)
        depends = {plain["places_file"]: places_raw} if plain["places_file"] else {}
        cache.write(file, raw, plain, summary_of(dataset), depends)
    return dataset


def summary_of(dataset: Dataset) -> dict[str, str]:
    """What `npm --version` says of a dataset: its file, title, check day and base edition."""
    source = dataset.source_by_id.get(dataset.edition.source)
    return {
        "path": dataset.path,
        "title": dataset.title,
        "checked": dataset.checked,
        "edition": f"{source.title if source else dataset.edition.source} ({dataset.edition.date})",
    }


def validate(path: str | os.PathLike[str] | None = None) -> list[Problem]:
    """Every problem in a coverage file and the places file it names, in file order; [] when valid."""
    file = os.fspath(path) if path is not None else data_file()
    try:
        raw = read_bytes(file)
    except DatasetError as error:
        return list(error.problems)
    return _check_text(file, raw)[1]


def _plain_values_or_raise(file: str, raw: bytes) -> dict[str, Any]:
    plain, problems = _check_text(file, raw)
    if problems or plain is None:
        raise DatasetError(problems)
    return plain


def _check_text(file: str, raw: bytes) -> tuple[dict[str, Any] | None, list[Problem]]:
    from npmlookup.loading.checker import in_order
    from npmlookup.loading.coverage_checks import CoverageChecker
    from npmlookup.loading.places_checks import PlacesChecker
    from npmlookup.loading.yamlsafe import parse

    document = parse(file, raw)
    if document.problems:
        return None, document.problems
    checker = CoverageChecker(file, document)
    plain = checker.check(document.value)
    problems = in_order(checker.problems)
    places_file = plain.get("places_file")
    plain.update(places=[], places_source=None, places_licences=[], places_raw=None)
    if places_file:
        path = os.path.join(os.path.dirname(file), places_file)
        try:
            places_raw = read_bytes(path)
        except DatasetError as error:
            line, column = document.mark_of(("places",))
            problems += [Problem(file, line, column, f"places file {p.file}: {p.message}") for p in error.problems]
            return None, problems
        places_document = parse(path, places_raw)
        if places_document.problems:
            return None, problems + places_document.problems
        places_checker = PlacesChecker(path, places_document, checker)
        plain["places"], plain["places_source"] = places_checker.check_places(places_document.value)
        plain["places_licences"] = places_checker.licences
        plain["places_raw"] = places_raw  # for the cache: the places file as read
        problems += in_order(places_checker.problems)
    return (None if problems else plain), problems


RecordType = TypeVar("RecordType")


def _record(cls: Callable[..., RecordType], values: dict[str, Any], *lists: str) -> RecordType:
    """A frozen record from its plain values, its `lists` made tuples."""
    return cls(**{**values, **{key: tuple(values[key]) for key in lists}})


def build(plain: dict[str, Any], path: str) -> Dataset:
    """Turn validated plain values (from YAML or the cache) into a `Dataset` at its base edition."""
    edition = Edition(**plain["edition"])
    events = tuple(_record(Event, event, "sources", "nations", "kinds") for event in plain["events"])
    all_members = tuple(_record(Member, member, "aliases", "nations") for member in plain["members"])
    all_settings = tuple(_record(Setting, setting, "aliases", "place_words") for setting in plain["settings"])
    # Members and settings that a change after the edition adds are not part of it until then.
    later_members = {e.member for e in events if e.kind == "designated" and e.date_latest > edition.end}
    later_settings = {e.setting for e in events if e.kind == "setting-added" and e.date_latest > edition.end}
    return Dataset.create(
        title=plain["title"],
        path=path,
        edition=edition,
        as_of=edition.end,
        checked=plain["checked"],
        sources=tuple(Source(**source) for source in plain["sources"]),
        nations=tuple(Nation(n["id"], n["name"], tuple(n["aliases"])) for n in plain["nations"]),
        settings=tuple(s for s in all_settings if s.id not in later_settings),
        all_settings=all_settings,
        members=tuple(m for m in all_members if m.id not in later_members),
        all_members=all_members,
        entries=tuple(_record(Entry, entry, "sources", "kinds", "note_events") for entry in plain["entries"]),
        events=events,
        deferred_about=Deferred(partial(_about, plain["about"])),
        name_indexes=_cached_name_indexes(plain),
        named_places=NamedPlaces(partial(_place_parts, plain.get(_PLACES_BLOB) or _places_plain(plain))),
        children_setting=plain.get("children_setting"),
    )


def _about(about: dict[str, Any] | None) -> About | None:
    """What the NPM is, from its plain values."""
    if about is None:
        return None
    from npmlookup.core.about_model import About, Fact

    return About(
        summary=about["summary"],
        powers=tuple(about["powers"]),
        facts=tuple(Fact(f["text"], tuple(f["sources"]), f["since"], f["until"]) for f in about["facts"]),
        name=about["name"],
    )


_PLACES_BLOB = "places_marshalled"
"""Where the cache keeps the places' plain values: marshalled apart, read only when places are asked for."""


def _places_plain(plain: dict[str, Any]) -> dict[str, Any]:
    """The plain values the places are built from."""
    keys = ("place_kinds", "places", "places_source", "places_licences")
    return {key: plain[key] for key in keys}


def _place_parts(values: dict[str, Any] | bytes) -> PlaceParts:
    """The named places from their plain values (or the cache's marshalled copy of them)."""
    from npmlookup.core.place_model import Licence, Place, PlaceKind

    plain = marshal.loads(values) if isinstance(values, bytes) else values
    by_id = None
    places: tuple[Place, ...] = ()
    if "place_rows" in plain:  # the cache's rows (`_validated`), each made when first asked for
        by_id = PlacesById(plain["place_rows"])
    else:  # from the file's text: a dict a place
        places = tuple(_record(Place, p, "other_names") for p in plain["places"])
    return PlaceParts(
        kinds=tuple(PlaceKind(k["id"], k["setting"], tuple(k["also"])) for k in plain["place_kinds"]),
        places=places,
        by_id=by_id,
        source=plain["places_source"],
        licences=tuple(Licence(**licence) for licence in plain["places_licences"]),
        names=NameTable.restore(plain["place_names"]) if "place_names" in plain else None,
    )


def _cached_name_indexes(plain: dict[str, Any]) -> tuple[NameIndex, NameIndex, NameIndex] | None:
    if "name_indexes" not in plain:
        return None
    nations, settings, members = (NameIndex(dict(exact), tuple(names)) for exact, names in plain["name_indexes"])
    return nations, settings, members
