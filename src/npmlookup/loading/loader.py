"""Read a coverage file (and the places and concerns files it names), validate all of it, and build a
`Dataset`.

The dataset that ships with npmlookup is compiled at build time: `shipped` holds the coverage
file's validated values and the digest of the file they were made from; `shipped_places` and
`shipped_concerns` the same for the files it names. While a file is unchanged, loading its part
reads it only to compare digests, with no YAML and no checks; the files it names are compared
when their part is first built, so `npm who` reads neither. A shipped file edited since (an
editable install), or any other file, is read and checked in full, every time: no answer is
ever stale and nothing is written anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeVar

from npmlookup.core.dataset import Dataset, Snapshot
from npmlookup.core.model import Edition, Entry, Event, Member, Nation, Place, Setting
from npmlookup.core.names import NameTable
from npmlookup.errors import DatasetError, Problem
from npmlookup.loading.files import data_file, read_bytes

if TYPE_CHECKING:
    import datetime
    from types import ModuleType


def load(path: str | os.PathLike[str] | None = None, *, as_of: str | datetime.date | None = None) -> Snapshot:
    """Load and validate a coverage file (the packaged one when `path` is None), at a date.

    By default the answer is the latest known state: the base edition with every dated
    change up to the day the data was last checked (None asks for that day). `as_of` takes
    what `npmlookup.at` takes (``"factsheet"`` for what the edition states). Raises `DatasetError`
    naming the file, line and column of the first problem.
    """
    from npmlookup.core.history import at

    base = load_contents(path)
    return at(base, base.checked if as_of is None else as_of)


def load_contents(path: str | os.PathLike[str] | None = None) -> Dataset:
    """The file's contents (the packaged file when `path` is None), validated: its base edition."""
    file = os.fspath(path) if path is not None else data_file()
    raw = read_bytes(file)
    if path is None and (shipped := _shipped(raw)) is not None:
        return build(shipped.VALUES, file, partial(_shipped_part, file))
    plain, problems = _check_text(file, raw)
    if plain is None:
        raise DatasetError(problems)
    return build(plain, file)


NAMED_FILES = {"places_file": "places", "concerns_file": "concerns"}
"""The files a coverage file may name (its plain value's key, and the key it is named by in the file)."""


def _shipped(raw: bytes) -> ModuleType | None:
    """The compiled module of the packaged file, while the file is what it was compiled from; None otherwise
    (or where it was never made). Each file it names is compared when its part is first built."""
    try:
        from npmlookup.loading import shipped
    except ImportError:
        return None
    return shipped if digest(raw) == shipped.DIGEST else None


def _shipped_part(file: str, part: str) -> dict[str, Any]:
    """A part's records (`Dataset.parts`) from its own compiled module (`shipped_places`, `shipped_concerns`),
    imported only when the part is first used, while its file is what the module was compiled from; or from
    the coverage file's compiled module. A part whose file was edited since is read and checked from the YAML."""
    from npmlookup.loading import shipped

    coverage = shipped.VALUES
    if part == "names":  # compiled too: folding every name costs more than restoring the tables
        return {f"{kind}_names": NameTable.restore(table) for kind, table in shipped.NAME_TABLES.items()}
    if part == "about":  # compiled with the coverage file's values
        return _part(coverage, part)
    module = import_module(f"npmlookup.loading.shipped_{part}")
    named = {name: key for key, name in NAMED_FILES.items()}[part]
    if digest(read_bytes(beside(file, coverage[named]))) != module.DIGEST:
        plain, problems = _check_text(file, read_bytes(file))
        if plain is None:
            raise DatasetError(problems)
        return _part(plain, part)
    if part != "places":
        return _part({**coverage, **module.VALUES}, part)
    records = _part({**coverage, **module.VALUES, "places": ()}, part)
    # The places are compiled as constant tuples (each a place's fields in order): they are unmarshalled as
    # they are, with no dicts to build (1 ms less a run of `npm where`), and each is made a record when first
    # asked for. The place-name table is compiled too: folding every name costs more than the rest.
    records["place_by_id"] = CompiledPlaces(module.PLACES)
    records["place_names"] = NameTable.restore(module.PLACE_NAMES)
    return records


class CompiledPlaces(Mapping[str, Place]):
    """The compiled places by id, each made a `Place` when first asked for: a question about one place makes
    one record, not all of them (0.5 ms of `npm where`, benchmarks/startup.py)."""

    def __init__(self, places: Iterable[tuple[Any, ...]]) -> None:
        self._fields = {fields[0]: fields for fields in places}
        self._made: dict[str, Place] = {}

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._fields  # without making the place

    def __getitem__(self, place_id: str) -> Place:
        if place_id not in self._made:
            self._made[place_id] = Place(*self._fields[place_id])
        return self._made[place_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)


def named_bytes(file: str, plain: dict[str, Any]) -> list[bytes]:
    """The bytes of each file a coverage file's plain values name (places, concerns), in order."""
    return [read_bytes(beside(file, plain[key])) for key in NAMED_FILES if plain.get(key)]


def digest(data: bytes) -> str:
    """The digest a compiled module records of the data file it was made from: its length and Adler-32. It
    tells an edited file from the one compiled, which is all it is for (whoever can write the installed
    package can write its code too); a cryptographic hash costs a millisecond more of every run, CRC-32s
    0.35 ms more."""
    from zlib import adler32

    return f"{len(data)}:{adler32(data):08x}"


def beside(file: str, named: str) -> str:
    """Where a file that a coverage file names is: beside it or below its folder. Raises `DatasetError`
    for a name that leads anywhere else (so a dataset cannot make the tool read, and echo, any file)."""
    folder = os.path.dirname(file)
    path = os.path.join(folder, named)
    if "\0" in named:
        return path  # no such name: `read_bytes` says so, located where the file names it
    if os.path.isabs(named):
        raise DatasetError([Problem(path, None, None, "must be a relative path to a file beside the coverage file")])
    inside = os.path.realpath(folder or ".")
    if os.path.commonpath([inside, os.path.realpath(path)]) != inside:
        raise DatasetError([Problem(path, None, None, "is outside the coverage file's folder")])
    return path


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
    """Every problem in a coverage file and the files it names (places, concerns), in file order; [] when
    valid."""
    file = os.fspath(path) if path is not None else data_file()
    try:
        raw = read_bytes(file)
    except DatasetError as error:
        return list(error.problems)
    return _check_text(file, raw)[1]


def plain_values(file: str) -> tuple[dict[str, Any], list[bytes]]:
    """A valid coverage file's checked plain values, and its bytes and those of the files it names (what
    `shipped` is compiled from); raises `DatasetError` when it is not valid."""
    raw = read_bytes(file)
    plain, problems = _check_text(file, raw)
    if plain is None:
        raise DatasetError(problems)
    return plain, [raw, *named_bytes(file, plain)]


def _check_text(file: str, raw: bytes) -> tuple[dict[str, Any] | None, list[Problem]]:
    from npmlookup.loading.checker import in_order
    from npmlookup.loading.concerns_checks import ConcernsChecker
    from npmlookup.loading.coverage_checks import CoverageChecker
    from npmlookup.loading.places_checks import PlacesChecker
    from npmlookup.loading.yamlsafe import YamlDocument, parse

    document = parse(file, raw)
    if document.problems:
        return None, document.problems
    checker = CoverageChecker(file, document)
    plain = checker.check(document.value)
    problems = in_order(checker.problems)
    plain.update(places=[], places_source=None, places_licences=[], concerns={})
    named: dict[str, tuple[str, YamlDocument]] = {}
    for key, name in NAMED_FILES.items():
        if not plain.get(key):
            continue
        try:
            path = beside(file, plain[key])
            named[key] = path, parse(path, read_bytes(path))
        except DatasetError as error:
            line, column = document.mark_of((name,))
            problems += [Problem(file, line, column, f"{name} file {p.file}: {p.message}") for p in error.problems]
            return None, problems
        if named[key][1].problems:
            return None, problems + named[key][1].problems
    if "places_file" in named:
        path, places_document = named["places_file"]
        places_checker = PlacesChecker(path, places_document, checker)
        plain["places"], plain["places_source"] = places_checker.check_places(places_document.value)
        plain["places_licences"] = places_checker.licences
        problems += in_order(places_checker.problems)
    if "concerns_file" in named:
        path, concerns_document = named["concerns_file"]
        concerns_checker = ConcernsChecker(path, concerns_document)
        places = {place["id"] for place in plain["places"]}
        plain["concerns"] = concerns_checker.check_concerns(
            concerns_document.value, checker.members, checker.settings, checker.nations, places, checker.place_kinds
        )
        problems += in_order(concerns_checker.problems)
    return (None if problems else plain), problems


RecordType = TypeVar("RecordType")


def _record(cls: Callable[..., RecordType], values: dict[str, Any], *lists: str) -> RecordType:
    """A frozen record from its plain values, its `lists` made tuples."""
    return cls(**{**values, **{key: tuple(values[key]) for key in lists}})


def build(plain: dict[str, Any], path: str, parts: Callable[[str], dict[str, Any]] | None = None) -> Dataset:
    """Turn validated plain values (from YAML or `shipped`) into the file's contents: its base edition. Its
    places and concerns are built from `plain` when first used, or by `parts` where they are not in it."""
    edition = Edition(**plain["edition"])
    events = tuple(_record(Event, event, "sources", "nations", "kinds") for event in plain["events"])
    all_members = tuple(_record(Member, member, "aliases", "nations") for member in plain["members"])
    all_settings = tuple(_record(Setting, setting, "aliases", "place_words") for setting in plain["settings"])
    # Members and settings that a change after the edition adds are not part of it until then.
    later_members = {e.member for e in events if e.kind == "designated" and e.date_latest > edition.end}
    later_settings = {e.setting for e in events if e.kind == "setting-added" and e.date_latest > edition.end}
    return Dataset(
        title=plain["title"],
        path=path,
        edition=edition,
        as_of=edition.end,
        checked=plain["checked"],
        nations=tuple(_record(Nation, nation, "aliases") for nation in plain["nations"]),
        settings=tuple(s for s in all_settings if s.id not in later_settings),
        all_settings=all_settings,
        members=tuple(m for m in all_members if m.id not in later_members),
        all_members=all_members,
        entries=tuple(_record(Entry, entry, "sources", "kinds", "note_events") for entry in plain["entries"]),
        events=events,
        parts=parts or partial(_part, plain),
        children_setting=plain.get("children_setting"),
    )


def _part(plain: dict[str, Any], part: str) -> dict[str, Any]:
    """A part's records and their indexes (`Dataset.parts`), from their plain values: the places (with the
    coverage file's kinds of place), the concerns, or the sources, the NPM's facts and the licences; none
    for the name tables, which the dataset makes from its records."""
    if part == "names":
        return {}
    if part == "places":
        from npmlookup.core.places import PlaceKind

        kinds = tuple(_record(PlaceKind, kind, "also") for kind in plain["place_kinds"])
        return {
            "place_kinds": kinds,
            "place_kind_by_id": {kind.id: kind for kind in kinds},
            "place_by_id": {place["id"]: _record(Place, place, "other_names") for place in plain["places"]},
            "places_source": plain["places_source"],
            "place_names": None,  # built when first used (`places.place_names`)
        }
    if part == "about":
        from npmlookup.core.about import About, DataLicence, Fact, Licence, Source

        about = plain["about"]
        sources = tuple(Source(**source) for source in plain["sources"])
        return {
            "sources": sources,
            "source_by_id": {source.id: source for source in sources},
            "about": None
            if about is None
            else About(
                summary=about["summary"],
                powers=tuple(about["powers"]),
                facts=tuple(_record(Fact, fact, "sources") for fact in about["facts"]),
                name=about["name"],
            ),
            "licence": DataLicence(**plain["licence"]) if plain.get("licence") else None,
            "places_licences": tuple(Licence(**licence) for licence in plain["places_licences"]),
        }
    from npmlookup.core.concerns import ConcernRoute, OutsideRoute, PlacePage, RouteCell

    concerns = plain["concerns"]
    members = tuple(ConcernRoute(**c) for c in concerns.get("members", ()))
    routes = tuple(OutsideRoute(**r) for r in concerns.get("routes", ()))
    cells = tuple(_record(RouteCell, c, "kinds") for c in concerns.get("route_cells", ()))
    pages = tuple(PlacePage(**p) for p in concerns.get("place_pages", ()))
    return {
        "concern_routes": members,
        "outside_routes": routes,
        "route_cells": cells,
        "place_pages": pages,
        "concern_by_member": {c.member: c for c in members},
        "outside_route_by_id": {r.id: r for r in routes},
        "routes_in_cell": _grouped(cells, lambda cell: (cell.setting, cell.nation)),
        "pages_of_place": _grouped(pages, lambda page: page.place),
    }


def _grouped(records: Iterable[RecordType], key: Callable[[RecordType], Any]) -> dict[Any, tuple[RecordType, ...]]:
    """Records by a key, each group in their order."""
    groups: dict[Any, list[RecordType]] = {}
    for found in records:
        groups.setdefault(key(found), []).append(found)
    return {value: tuple(group) for value, group in groups.items()}
