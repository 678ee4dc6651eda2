"""The places file's rules, against the coverage file that names it.

Keys and kinds are declared in `fileformat` (PLACES_FILE, PLACE, LICENCE); the rules here
are what a schema cannot say: kinds, settings and nations that the coverage file knows, a
place's setting its kind's, and a name two places share only when their answers agree.
"""

from __future__ import annotations

from typing import Any

from npmlookup.core.lifetimes import (
    HOLDS_CHILDREN_FORM,
    default_periods,
    in_use_between,
    lifetime_problem,
    parse_holds_children,
)
from npmlookup.core.model import normalize
from npmlookup.loading.checker import Checker
from npmlookup.loading.coverage_checks import CoverageChecker
from npmlookup.loading.fileformat import LICENCE, PLACE, PLACES_FILE, copy_host
from npmlookup.loading.yamlsafe import Path_, YamlDocument


class PlacesChecker(Checker):
    """Validates a places file against the coverage file that names it."""

    def __init__(self, file: str, document: YamlDocument, coverage: CoverageChecker) -> None:
        super().__init__(file, document)
        self.coverage = coverage
        self.licences: list[dict[str, str | None]] = []
        """The places' sources and their licences, as `check_places` found them."""

    def check_places(self, top: Any) -> tuple[list[dict[str, Any]], str | None]:
        """The places, checked, and where they come from (with their sources' licences)."""
        if not self.whole_file(top, "the places file", PLACES_FILE):
            return [], None
        for index, record in self.records(top, "licences"):
            if self.fields(record, ("licences", index), f"licence {index + 1}", LICENCE):
                self.licences.append(self.plain(record, LICENCE))
        places = {
            path: place
            for place_id, (path, record) in self.unique_ids("places", "place", PLACE).items()
            if (place := self._place(place_id, path, record)) is not None
        }
        self._shared_names(places)
        title = self.text(top, "title") or ""
        licences = [f"{licence['source']} ({licence['licence'] or 'licence not stated'})" for licence in self.licences]
        return list(places.values()), "; ".join([title, *licences]) if licences else title

    def _place(self, place_id: str, path: Path_, record: dict[str, Any]) -> dict[str, Any] | None:
        what = f"place {place_id!r}"
        kind, setting, nation, status = (self.text(record, key) for key in ("kind", "setting", "nation", "status"))
        reported = len(self.problems)  # a place with a problem from here on is in no answer
        known_kind = self.coverage.place_kinds.get(kind or "")
        if kind is not None and known_kind is None:
            self.report((*path, "kind"), f"{what} kind {kind!r} is not one of the coverage file's place_kinds")
        unknown = self.unknown(setting, self.coverage.settings, (*path, "setting"), f"{what} names unknown setting")
        if not unknown and known_kind is not None and setting != known_kind["setting"]:
            self.report(
                (*path, "setting"), f"{what} setting {setting!r} is not {known_kind['setting']!r}, its kind's setting"
            )
        self.unknown(nation, self.coverage.nations, (*path, "nation"), f"{what} names unknown nation")
        periods = self.text(record, "periods") or default_periods(status or "open")
        problem = lifetime_problem(periods, status) if status is not None else None
        if problem is not None:
            self.report((*path, "status" if problem.startswith("status") else "periods"), f"{what} {problem}")
        holds = self.text(record, "holds_children")
        if holds is not None and parse_holds_children(holds) is None:
            self.report((*path, "holds_children"), f"{what} holds_children {holds!r} must be {HOLDS_CHILDREN_FORM}")
        valid = len(self.problems) == reported
        opened = self.text(record, "opened")
        if opened is not None and not periods.startswith((opened + "..", opened + "; ")):
            self.report((*path, "opened"), f"{what} opened {opened!r} must be the start of its first period")
        if not valid or not all(self.text(record, key) for key in PLACE.required):
            return None
        self._not_copies(record, path, what)
        return {**self.plain(record, PLACE), "periods": periods}

    def _not_copies(self, record: dict[str, Any], path: Path_, what: str) -> None:
        """A place's own addresses are its publishers': a copy (`COPY_HOSTS`) goes in `read_at`."""
        for key in ("source_url", "lifetime_source", "children_source", "town_source"):
            for address in (self.text(record, key) or "").split(" ; "):
                host = copy_host(address)
                if host:
                    self.report((*path, key), f"{what} {key} cites a copy ({host}): move it to read_at")

    def _shared_names(self, places: dict[Path_, dict[str, Any]]) -> None:
        """A name two places share must give the same answer (the same cells, and the same entries there
        that are limited to some kinds of place), unless one was in use only after the other (a site
        re-roled: an immigration removal centre that became a prison)."""

        def overlap(one: dict[str, Any], other: dict[str, Any]) -> bool:
            (start, end), (other_start, other_end) = in_use_between(one["periods"]), in_use_between(other["periods"])
            return start < other_end and other_start < end

        def answer(place: dict[str, Any]) -> tuple[Any, ...]:
            kind = self.coverage.place_kinds[place["kind"]]
            cells = [(setting, place["nation"]) for setting in (kind["setting"], *kind["also"])]
            return (
                *cells,
                *(place["kind"] in kinds for cell in cells for kinds in self.coverage.cell_kinds.get(cell, [])),
            )

        owner: dict[str, dict[str, Any]] = {}
        for path, place in places.items():
            for index, name in enumerate([place["name"], *place["other_names"]]):
                first = owner.setdefault(normalize(name), place)
                if first is not place and answer(first) != answer(place) and overlap(first, place):
                    where = (*path, "name") if index == 0 else (*path, "other_names", index - 1)
                    self.report(
                        where,
                        f"place name {name!r} is claimed by both {first['id']!r} and {place['id']!r}, "
                        "which different bodies cover",
                    )
