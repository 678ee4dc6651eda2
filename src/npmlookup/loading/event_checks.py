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
            valid = self._event_references(record, path, what) and self._event_shape(record, path, what, kind)
            # A required key missing is reported by `fields`; the event is then not applied.
            valid = valid and all(record.get(key) is not None for key in EVENT_KEYS[kind][0])
            if kind == "role-added":
                valid = self._in_vocabulary(record, path, what) and valid
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
            cited = self._source_ids(record, path, what)
            if not cited and isinstance(record.get("sources"), list):
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

    def _event_shape(self, record: dict[str, Any], path: Path_, what: str, kind: str) -> bool:
        """The combinations of keys an event kind requires or forbids (fileformat.EVENT_RULES)."""
        given = {key for key, value in record.items() if value}
        broken = [rule.problem for rule in EVENT_RULES if rule.kind == kind and not rule.holds(given)]
        for problem in broken[:1]:
            self.report(path, f"{what}: {problem}")
        return not broken

    def _event_references(self, record: dict[str, Any], path: Path_, what: str) -> bool:
        valid = True
        member = record.get("member")
        if isinstance(member, str) and member not in self.members:
            self.report((*path, "member"), f"{what} names unknown member {member!r}")
            valid = False
        setting = record.get("setting")
        if isinstance(setting, str) and setting not in self.settings:
            self.report((*path, "setting"), f"{what} names unknown setting {setting!r}")
            valid = False
        for index, nation in enumerate(self.texts(record, "nations")):
            if nation not in self.nations:
                self.report((*path, "nations", index), f"{what} names unknown nation {nation!r}")
                valid = False
        return valid

    def _addressed(self, cited: list[str]) -> bool:
        return any(self.sources.get(source_id, {}).get("url") for source_id in cited)

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
        if record.get("basis") == "confirmed" and not self._addressed(self.texts(record, "sources")):
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

    def _source_ids(self, record: dict[str, Any], path: Path_, what: str) -> list[str]:
        cited = self.texts(record, "sources")
        for index, source in enumerate(cited):
            if source not in self.sources:
                self.report((*path, "sources", index), f"{what} cites unknown source {source!r}")
        return cited

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

    def _in_vocabulary(self, record: dict[str, Any], path: Path_, what: str) -> bool:
        """An entry's role and basis, where given, are words of their vocabularies (cells and role-added
        events alike)."""
        valid = True
        for key, allowed in (("role", ROLES), ("basis", BASES)):
            value = record.get(key)
            if value is not None and value not in allowed:
                self.report((*path, key), f"{what} {key} {value!r} must be one of: {', '.join(allowed)}")
                valid = False
        return valid
