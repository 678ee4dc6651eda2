"""The coverage file's events: dated changes, checked against the tables they change.

Their keys are declared in `fileformat` (EVENT, EVENT_KEYS, EVENT_RULES); the rules here
are what a schema cannot say: dates with an upper bound no later than `checked`, events in
order, references that exist, a confirmed change's addressed source, an added setting's
empty row. The entries' rules shared with the cells are here too.
"""

from __future__ import annotations

from typing import Any

from npmlookup.core.model import BASES, EVENT_KINDS, ROLES
from npmlookup.loading.checker import Checker
from npmlookup.loading.fileformat import EVENT, EVENT_ANY, EVENT_KEYS, EVENT_RULES
from npmlookup.loading.yamlsafe import Path_


class EventChecks(Checker):
    """The events' rules; a coverage checker's tables are filled in before they run."""

    sources: dict[str, dict[str, Any]]
    nations: dict[str, dict[str, Any]]
    settings: dict[str, dict[str, Any]]
    members: dict[str, dict[str, Any]]
    place_kinds: dict[str, dict[str, Any]]
    roles: dict[tuple[str, str, str], str]
    cell_kinds: dict[tuple[str, str], list[tuple[str, ...]]]
    edition_end: str = ""
    """The edition's last day: an event dated by then changes the table only as an addition to it."""

    def _events(self, top: dict[str, Any], coverage: dict[str, Any]) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        previous_latest = ""
        for event_id, (path, record) in self.unique_ids("events", "event").items():
            what = f"event {event_id!r}"
            kind = record.get("kind")
            if kind not in EVENT_KINDS:
                self.report((*path, "kind"), f"{what} kind {kind!r} must be one of: {', '.join(EVENT_KINDS)}")
                continue
            self.fields(record, path, what, EVENT, EVENT_KEYS[kind])
            date = self.event_date(record, path, what)
            if date is not None:
                if date.latest < previous_latest:
                    self.report(
                        (*path, "date"), f"{what} is out of order: events are listed by their date's upper bound"
                    )
                previous_latest = max(previous_latest, date.latest)
            reported = len(self.problems)  # an event with a problem from here to the vocabulary is not applied
            self._event_references(record, path, what)
            if len(self.problems) == reported:
                self._event_shape(record, path, what, kind)
            if kind == "role-added":
                self._in_vocabulary(record, path, what)
            # A required key missing is reported by `fields`; the event is then not applied.
            valid = len(self.problems) == reported and all(record.get(key) is not None for key in EVENT_KEYS[kind][0])
            if kind in ("role-added", "role-removed"):
                self._check_basis_and_nation(record, path, what, self.texts(record, "nations"))
            if kind == "setting-added" and isinstance(record.get("setting"), str):
                row = coverage.get(record["setting"])
                if isinstance(row, dict) and any(row.values()):
                    self.report(
                        (*path, "setting"),
                        f"{what} adds setting {record['setting']!r}, so its coverage row must be empty "
                        "(the edition has no such row; events add its entries)",
                    )
            if not self._known(record, path, what, "sources", self.sources) and isinstance(record.get("sources"), list):
                self.report((*path, "sources"), f"{what} must cite at least one source")
            addition = record.get("addition") is True
            edition_end = self.edition_end
            if date is not None and edition_end:
                if addition and date.latest > edition_end:
                    self.report(
                        (*path, "addition"),
                        f"{what} is an addition to the edition, so its date must end by the edition's ({edition_end})",
                    )
                elif not addition and kind in ("role-added", "role-removed") and date.latest <= edition_end:
                    self.report(
                        (*path, "date"),
                        f"{what} changes the table before the edition's end ({edition_end}): mark it 'addition: true' "
                        "(it held then though the edition omits it) or date it later",
                    )
            if date is None or not valid:
                continue
            if kind in ("role-added", "role-removed"):
                self._apply_role(record, path, what, kind)
            keys = ("sources", "member", "setting", "nations", "role", "basis", "basis_note", "note", "kinds", "name")
            events.append(
                {"id": event_id, "date": date.text, "date_earliest": date.earliest, "date_latest": date.latest}
                | {"kind": kind, **self.plain(record, EVENT_ANY, ("description", *keys, "abbreviation"))}
                | {"addition": addition}
            )
        return events

    def _event_shape(self, record: dict[str, Any], path: Path_, what: str, kind: str) -> None:
        """The first combination of keys an event kind requires or forbids (fileformat.EVENT_RULES) that it breaks."""
        given = {key for key, value in record.items() if value}
        for problem in [rule.problem for rule in EVENT_RULES if rule.kind == kind and not rule.holds(given)][:1]:
            self.report(path, f"{what}: {problem}")

    def _event_references(self, record: dict[str, Any], path: Path_, what: str) -> None:
        for key, table in (("member", self.members), ("setting", self.settings)):
            if isinstance(record.get(key), str) and record[key] not in table:
                self.report((*path, key), f"{what} names unknown {key} {record[key]!r}")
        self._known(record, path, what, "nations", self.nations)

    def _known(self, record: dict[str, Any], path: Path_, what: str, key: str, table: dict[str, Any]) -> list[str]:
        """The texts of a list of ids (nations or sources); reports each id that `table` lacks."""
        ids = self.texts(record, key)
        for index, known_id in enumerate(ids):
            if known_id not in table:
                words = "cites unknown source" if key == "sources" else f"names unknown {key.removesuffix('s')}"
                self.report((*path, key, index), f"{what} {words} {known_id!r}")
        return ids

    def _check_basis_and_nation(self, record: dict[str, Any], path: Path_, what: str, nations: list[str]) -> None:
        """A confirmed entry names an addressed source; an entry lies inside its member's nations; the
        kinds of place it is limited to are kinds its setting covers."""
        setting = record.get("setting") if "setting" in record else (path[1] if len(path) > 1 else None)
        kinds = tuple(self.texts(record, "kinds"))
        if kinds:
            for nation in nations:
                self.cell_kinds.setdefault((str(setting), nation), []).append(kinds)
        for index, kind in enumerate(kinds):
            known = self.place_kinds.get(kind)
            if known is None:
                self.report((*path, "kinds", index), f"{what} names unknown place kind {kind!r}")
            elif known["setting"] != setting:
                self.report(
                    (*path, "kinds", index),
                    f"{what} limits itself to place kind {kind!r}, which setting {known['setting']!r} covers, "
                    f"not {setting!r}",
                )
        addressed = any(self.sources.get(source, {}).get("url") for source in self.texts(record, "sources"))
        if record.get("basis") == "confirmed" and not addressed:
            self.report((*path, "basis"), f"{what} is marked confirmed but cites no source with an address (url)")
        member = self.members.get(self.text(record, "member") or "")
        if member is not None:
            outside = [n for n in nations if n not in member["nations"]]
            if outside:
                self.report(
                    (*path, "member"),
                    f"{what} places {member['id']!r} in {', '.join(outside)}, outside its nations "
                    f"({', '.join(member['nations'])})",
                )

    def _apply_role(self, record: dict[str, Any], path: Path_, what: str, kind: str) -> None:
        """Follow the table through a role event: a removal must remove an entry there at that date,
        and an added partner must join a lead."""
        member, setting = str(record["member"]), str(record["setting"])
        for index, nation in enumerate(self.texts(record, "nations")):
            key = (setting, nation, member)
            if kind == "role-removed":
                if self.roles.pop(key, None) is None:
                    self.report(
                        (*path, "nations", index),
                        f"{what} removes {member!r} from {setting}/{nation}, where no entry names it at that date",
                    )
                continue
            self.roles[key] = str(record["role"])
            cell = [role for (s, n, _m), role in self.roles.items() if (s, n) == (setting, nation)]
            if "partner" in cell and "lead" not in cell:
                self.report((*path, "role"), f"{what} leaves {setting}/{nation} with a partner but no lead")

    def _in_vocabulary(self, record: dict[str, Any], path: Path_, what: str) -> None:
        """An entry's role and basis, where given, are words of their vocabularies (cells and role-added
        events alike)."""
        for key, allowed in (("role", ROLES), ("basis", BASES)):
            value = record.get(key)
            if value is not None and value not in allowed:
                self.report((*path, key), f"{what} {key} {value!r} must be one of: {', '.join(allowed)}")
