"""The concerns file's rules, against the coverage file (and places) that it refers to.

Keys and kinds are declared in `fileformat` (CONCERNS_FILE, CONCERN, ROUTE, ROUTE_CELL,
PLACE_PAGE); the rules here are what a schema cannot say: members, settings, nations, routes
and places that exist, one concern entry a member, and ``takes`` in its vocabulary.
"""

from __future__ import annotations

from typing import Any

from npmlookup.loading.checker import Checker
from npmlookup.loading.fileformat import CONCERN, CONCERNS_FILE, PLACE_PAGE, ROUTE, ROUTE_CELL, Shape

TAKES = ("yes", "no", "some")
"""Whether a member takes a concern about one detained person."""
LISTS = {"members": CONCERN, "routes": ROUTE, "route_cells": ROUTE_CELL, "place_pages": PLACE_PAGE}
"""The file's lists, each of records of one shape."""


class ConcernsChecker(Checker):
    """Validates a concerns file against what the coverage and places files define."""

    def check_concerns(
        self,
        top: Any,
        members: dict[str, Any],
        settings: dict[str, Any],
        nations: dict[str, Any],
        places: set[str],
        place_kinds: dict[str, Any],
    ) -> dict[str, list[dict[str, Any]]]:
        """The file's four lists, checked: concern routes, outside routes, route cells (the kinds of place a
        route is for among the coverage file's), place pages."""
        found: dict[str, list[dict[str, Any]]] = {key: [] for key in LISTS}
        if not self.whole_file(top, "the concerns file", CONCERNS_FILE):
            return found
        routes = {self.text(r, "id") for _index, r in self.records(top, "routes") if isinstance(r, dict)}
        known = {"member": members, "setting": settings, "nation": nations, "route": routes, "place": places}
        known["place kind"] = place_kinds  # named in lists (a route cell's `kinds`), not by one key
        seen: set[str] = set()
        for key, shape in LISTS.items():
            for index, record in self.records(top, key):
                value = self._record(record, (key, index), f"{key} item {index + 1}", shape, known)
                if value is None:
                    continue
                if key == "members":
                    if value["member"] in seen:
                        self.report((key, index, "member"), f"member {value['member']!r} has two concern entries")
                    seen.add(value["member"])
                found[key].append(value)
        return found

    def _record(
        self, record: Any, path: tuple[str | int, ...], what: str, shape: Shape, known: dict[str, Any]
    ) -> dict[str, Any] | None:
        if not self.fields(record, path, what, shape):
            return None
        reported = len(self.problems)
        for key, table in known.items():
            named = self.text(record, key) if key in shape.kinds else None
            self.unknown(named, table, (*path, key), f"{what} names unknown {key}")
        # Any setting's kind: a cell may be for places of another (Wales' children's cell is for YOIs, prisons).
        for index, kind in enumerate(self.texts(record, "kinds") if shape is ROUTE_CELL else ()):
            self.unknown(kind, known["place kind"], (*path, "kinds", index), f"{what} names unknown place kind")
        for setting in (self.text(record, "settings") or "").split("; ") if shape is CONCERN else ():
            self.unknown(setting or None, known["setting"], (*path, "settings"), f"{what} names unknown setting")
        takes = self.text(record, "takes") if shape is CONCERN else None
        if takes is not None and takes not in TAKES:
            self.report((*path, "takes"), f"{what} takes {takes!r} must be one of: {', '.join(TAKES)}")
        if len(self.problems) != reported:
            return None
        value = self.plain(record, shape)
        if "confirmed" in value:
            value["confirmed"] = record.get("confirmed") is True
        return value
