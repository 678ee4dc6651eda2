"""The coverage file's rules: its sections, the table's cells, its events, and what the places need from it.

The keys and kinds of each record are declared in `fileformat`; the rules here are what a
schema cannot say: ids that must exist, names claimed twice, the table complete, a
confirmed entry's addressed source, an entry inside its member's nations; events dated no
later than `checked`, in order, each followed through the table (a removal removes an
entry there), an added setting's row empty.
"""

from __future__ import annotations

from typing import Any

from npmlookup.core.dates import is_day, last_day
from npmlookup.core.model import BASES, EVENT_KINDS, ROLES
from npmlookup.loading.checker import Checker
from npmlookup.loading.fileformat import (
    ABOUT,
    COVERAGE_FILE,
    DATA_LICENCE,
    EDITION,
    ENTRY,
    EVENT_ANY,
    EVENT_KEYS,
    EVENT_RULES,
    EVENT_SHAPES,
    FACT,
    MEMBER,
    NATION,
    PLACE_KIND,
    SETTING,
    SOURCE,
    Shape,
    copy_host,
    holds,
)
from npmlookup.loading.yamlsafe import Path_, YamlDocument


class CoverageChecker(Checker):
    """Validates the plain values of a coverage file and returns them normalised."""

    def __init__(self, file: str, document: YamlDocument) -> None:
        super().__init__(file, document)
        # Valid records by id, filled in by check() as each section is read.
        self.sources: dict[str, dict[str, Any]] = {}
        self.nations: dict[str, dict[str, Any]] = {}
        self.settings: dict[str, dict[str, Any]] = {}
        self.members: dict[str, dict[str, Any]] = {}
        self.place_kinds: dict[str, dict[str, Any]] = {}
        self.roles: dict[tuple[str, str, str], str] = {}
        """(setting, nation, member) to its role, as the edition and then each event in turn leave it."""
        self.cell_kinds: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        """(setting, nation) to the kinds each entry there at any date is limited to: what tells apart the
        answers of places of different kinds in one cell."""

    def check(self, top: Any) -> dict[str, Any]:
        """Check the whole file's plain values; return them normalised (problems are in `problems`)."""
        if not self.whole_file(top, "the file", COVERAGE_FILE):
            return {}
        self.checked = self.text(top, "checked") or ""
        if self.checked and not is_day(self.checked):
            self.report(("checked",), f"checked {self.checked!r} must be a day, YYYY-MM-DD")
            self.checked = ""

        # Each table is kept on the checker as soon as it is known: later checks look ids up in it.
        for source_id, (path, record) in self.unique_ids("sources", "source", SOURCE).items():
            self.sources[source_id] = source = self.plain(record, SOURCE)
            host = copy_host(source["url"] or "")
            if host:
                self.report(
                    (*path, "url"),
                    f"source {source_id!r} url is a copy ({host}): give the publisher's own address as url "
                    "(or none) and the copy as read_at",
                )
        self.nations = self._named(top, "nations", NATION)
        self.settings = self._named(top, "settings", SETTING)
        self.place_kinds = self._place_kinds()
        # A member's values in the order `shipped` records them.
        member_keys = ("id", "name", "abbreviation", "aliases", "kind", "nations", "remit", "note", "website")
        self.members = self._named(top, "members", MEMBER, (*member_keys, "website_note"))
        edition = self._edition(top)
        entries = self._coverage(top)
        self.roles = {(e["setting"], e["nation"], e["member"]): e["role"] for e in entries}
        coverage = top.get("coverage")
        events = self._events(coverage if isinstance(coverage, dict) else {}, edition["end"])
        about = self._about(top)
        children = self.text(top, "children_setting")
        if self.unknown(children, self.settings, ("children_setting",), "children_setting names unknown setting"):
            children = None
        return {
            "title": self.text(top, "title") or "",
            "checked": self.checked,
            "place_kinds": list(self.place_kinds.values()),
            "places_file": self.text(top, "places"),
            "concerns_file": self.text(top, "concerns"),
            "licence": self.plain(top["licence"], DATA_LICENCE)
            if top.get("licence") is not None and self.fields(top["licence"], ("licence",), "licence", DATA_LICENCE)
            else None,
            "edition": edition,
            "sources": list(self.sources.values()),
            "nations": list(self.nations.values()),
            "settings": list(self.settings.values()),
            "members": list(self.members.values()),
            "entries": entries,
            "events": events,
            "about": about,
            "children_setting": children,
        }

    def _named(
        self, top: dict[str, Any], key: str, shape: Shape, keys: tuple[str, ...] = ()
    ) -> dict[str, dict[str, Any]]:
        """Nations, settings or members: each name (id, name, abbreviation, alias) claimed by one only."""
        result: dict[str, dict[str, Any]] = {}
        claims: list[tuple[Path_, str, str]] = []
        for record_id, (path, record) in self.unique_ids(key, shape.name, shape).items():
            if shape is MEMBER:
                self._known(record, path, f"member {record_id!r}", "nations", self.nations)
            result[record_id] = values = self.plain(record, shape, keys)
            for name in ("id", "name", "abbreviation"):
                if name in values:
                    values[name] = values[name] or record_id
                    claims.append(((*path, name), values[name], record_id))
            claims += [((*path, "aliases", i), alias, record_id) for i, alias in enumerate(values["aliases"])]
        if shape is not NATION:
            claims += self._renamed_claims(top, shape.name, result)
        self.claim_names(shape.name, claims)
        if isinstance(top.get(key), list) and not result and "minItems" in COVERAGE_FILE.required[key].schema:
            self.report((key,), f"{key!r} must list at least one {shape.name}")
        return result

    def _renamed_claims(self, top: dict[str, Any], what: str, known: dict[str, Any]) -> list[tuple[Path_, str, str]]:
        """The names that rename events give members or settings, as claims on those names."""
        claims: list[tuple[Path_, str, str]] = []
        for index, record in self.records(top, "events"):
            named = record.get(what) if isinstance(record, dict) else None
            if isinstance(named, str) and record.get("kind") == "renamed" and named in known:
                names = [key for key in ("name", "abbreviation") if isinstance(record.get(key), str)]
                claims += [(("events", index, key), record[key], named) for key in names]
        return claims

    def _place_kinds(self) -> dict[str, dict[str, Any]]:
        result: dict[str, dict[str, Any]] = {}
        for kind_id, (path, record) in self.unique_ids("place_kinds", "place kind", PLACE_KIND).items():
            for key, settings in (("setting", [record.get("setting")]), ("also", self.texts(record, "also"))):
                for setting in settings:
                    self.unknown(setting, self.settings, (*path, key), f"place kind {kind_id!r} names unknown setting")
            result[kind_id] = self.plain(record, PLACE_KIND)
        return result

    def _edition(self, top: dict[str, Any]) -> dict[str, Any]:
        # A missing edition reads as an empty one: its problems are reported, and its values never used.
        record = (self.fields(top["edition"], ("edition",), "edition", EDITION) if "edition" in top else None) or {}
        self.unknown(self.text(record, "source"), self.sources, ("edition", "source"), "edition names unknown source")
        date = self.text(record, "date") or ""
        return {
            **self.plain(record, EDITION, ("source", "date", "valid_from")),
            "end": last_day(date) if date else "",
            "description": self.text(record, "description"),
            "name": self.text(record, "name") or "the base edition",
            "short_name": self.text(record, "short_name") or "the edition",
        }

    def _coverage(self, top: dict[str, Any]) -> list[dict[str, Any]]:
        coverage = top.get("coverage")
        if not isinstance(coverage, dict):
            if "coverage" in top:
                self.report(("coverage",), "'coverage' must be a mapping of setting ids to nations")
            return []
        for setting_id in coverage:
            if setting_id not in self.settings:
                self.report(("coverage", setting_id), f"coverage names unknown setting {setting_id!r}", at_key=True)
        entries: list[dict[str, Any]] = []
        for setting_id in self.settings:  # entries in the table's order (settings, then nations), not the file's
            if setting_id not in coverage:
                self.report(
                    ("coverage",), f"coverage has no row for setting {setting_id!r} (write [] for an empty cell)"
                )
                continue
            row = coverage[setting_id]
            if not isinstance(row, dict):
                self.report(("coverage", setting_id), f"coverage row {setting_id!r} must map nation ids to entries")
                continue
            for nation_id in row:
                if nation_id not in self.nations:
                    self.report(
                        ("coverage", setting_id, nation_id),
                        f"row {setting_id} names unknown nation {nation_id!r}",
                        at_key=True,
                    )
            for nation_id in self.nations:
                if nation_id not in row:
                    self.report(
                        ("coverage", setting_id),
                        f"row {setting_id} has no cell for {nation_id!r} (write [] for none)",
                        at_key=True,
                    )
                    continue
                entries += self._cell(row[nation_id], ("coverage", setting_id, nation_id))
        return entries

    def _cell(self, value: Any, path: Path_) -> list[dict[str, Any]]:
        cell = f"cell {path[1]}/{path[2]}"
        if value is None:
            value = []
        if not isinstance(value, list):
            self.report(path, f"{cell} must be a list of entries ([] for none)")
            return []
        entries: list[dict[str, Any]] = []
        seen: set[str] = set()
        for index, record in enumerate(value):
            entry_path, what = (*path, index), f"{cell} entry {index + 1}"
            if self.fields(record, entry_path, what, ENTRY) is None:
                continue
            self._check_basis_and_nation(record, entry_path, what, [str(path[2])])
            reported = len(self.problems)  # an entry with a problem from here on is not in the table
            self._in_vocabulary(record, entry_path, cell)
            member = self.text(record, "member")
            self.unknown(member, self.members, (*entry_path, "member"), f"{cell} names unknown member")
            valid = len(self.problems) == reported
            self._known(record, entry_path, cell, "sources", self.sources)
            entry = self.plain(record, ENTRY)
            if not (valid and all(entry[key] for key in ENTRY.required)):
                continue
            if member in seen:
                self.report((*entry_path, "member"), f"{cell} names member {member!r} twice")
                continue
            seen.add(entry["member"])
            entries.append({"setting": path[1], "nation": path[2], **entry, "note_events": [], "event": None})
        if any(e["role"] == "partner" for e in entries) and not any(e["role"] == "lead" for e in entries):
            self.report(path, f"{cell} has a partner but no lead: a partner joins a lead body's inspections")
        return entries

    def _about(self, top: dict[str, Any]) -> dict[str, Any] | None:
        if top.get("about") is None:
            return None
        record = self.fields(top["about"], ("about",), "about", ABOUT)
        if record is None:
            return None
        facts = []
        for index, fact in self.records(record, "facts"):
            path: Path_ = ("about", "facts", index)
            what = f"about fact {index + 1}"
            if self.fields(fact, path, what, FACT) is None:
                continue
            values = self.plain(fact, FACT)
            for key in ("since", "until"):
                date = self.event_date(fact, path, what, key)
                values[key] = date.latest if date else None
            self._known(fact, path, what, "sources", self.sources)
            facts.append(values)
        return {**self.plain(record, ABOUT), "facts": facts}

    def _events(self, coverage: dict[str, Any], edition_end: str) -> list[dict[str, Any]]:
        """The events, checked in order and followed through the table; one dated by the edition's end
        changes the table only as an addition to it."""
        events: list[dict[str, Any]] = []
        previous_latest = ""
        for event_id, (path, record) in self.unique_ids("events", "event").items():
            what = f"event {event_id!r}"
            kind = record.get("kind")
            if kind not in EVENT_KINDS:
                self.report((*path, "kind"), f"{what} kind {kind!r} must be one of: {', '.join(EVENT_KINDS)}")
                continue
            self.fields(record, path, what, EVENT_SHAPES[kind])
            date = self.event_date(record, path, what)
            if date is not None:
                if date.latest < previous_latest:
                    self.report(
                        (*path, "date"), f"{what} is out of order: events are listed by their date's upper bound"
                    )
                previous_latest = max(previous_latest, date.latest)
            reported = len(self.problems)  # an event with a problem from here to the vocabulary is not applied
            for key, table in (("member", self.members), ("setting", self.settings)):
                self.unknown(record.get(key), table, (*path, key), f"{what} names unknown {key}")
            self._known(record, path, what, "nations", self.nations)
            given = {key for key, value in record.items() if value}
            broken = [problem for problem, rule in EVENT_RULES.get(kind, {}).items() if not holds(rule, given)]
            if broken and len(self.problems) == reported:  # the first combination of keys the kind needs that it breaks
                self.report(path, f"{what}: {broken[0]}")
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

    def _known(self, record: dict[str, Any], path: Path_, what: str, key: str, table: dict[str, Any]) -> list[str]:
        """The texts of a list of ids (nations or sources); reports each id that `table` lacks."""
        ids = self.texts(record, key)
        words = "cites unknown source" if key == "sources" else f"names unknown {key.removesuffix('s')}"
        for index, known_id in enumerate(ids):
            self.unknown(known_id, table, (*path, key, index), f"{what} {words}")
        return ids

    def _check_basis_and_nation(self, record: dict[str, Any], path: Path_, what: str, nations: list[str]) -> None:
        """A confirmed entry names an addressed source; an entry lies inside its member's nations; the
        kinds of place it is limited to are kinds its setting covers."""
        setting = record.get("setting", path[1])  # an event's, or its cell's
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
