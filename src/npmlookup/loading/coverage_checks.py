"""The coverage file's rules: its sections, the table's cells, and what the places need from it.

The keys and kinds of each record are declared in `fileformat`; the rules here are what a
schema cannot say: ids that must exist, names claimed twice, the table complete, a
confirmed entry's addressed source, an entry inside its member's nations. The events'
rules are in `event_checks`.
"""

from __future__ import annotations

from typing import Any

from npmlookup.core.dates import bounds, is_day, last_day
from npmlookup.loading.checker import Checker
from npmlookup.loading.event_checks import EventChecks
from npmlookup.loading.fileformat import (
    ABOUT,
    COPY_HOSTS,
    COVERAGE_FILE,
    EDITION,
    ENTRY,
    FACT,
    FORMAT_VERSION,
    MEMBER,
    NATION,
    PLACE_KIND,
    SETTING,
    SOURCE,
    TEXTS,
    Shape,
)
from npmlookup.loading.yamlsafe import Path_, YamlDocument


class CoverageChecker(EventChecks, Checker):
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
        if not isinstance(top, dict):
            self.report((), "the file must be a mapping with keys: " + ", ".join(COVERAGE_FILE.required))
            return {}
        self.fields(top, (), "the file", COVERAGE_FILE)
        self.characters(top)
        self.checked = self.text(top, "checked") or ""
        if self.checked and not is_day(self.checked):
            self.report(("checked",), f"checked {self.checked!r} must be a day, YYYY-MM-DD")
            self.checked = ""
        if "schema_version" in top and top["schema_version"] != FORMAT_VERSION:
            self.report(("schema_version",), f"schema_version must be {FORMAT_VERSION}, not {top['schema_version']!r}")

        # Each table is kept on the checker as soon as it is known: later checks look ids up in it.
        self.sources = sources = self._sources(top)
        self.nations = nations = self._named_records(top, "nations", "nation", NATION)
        self.settings = settings = self._named_records(top, "settings", "setting", SETTING)
        self.place_kinds = place_kinds = self._place_kinds(top)
        self.members = members = self._members(top)
        edition = self._edition(top)
        self.edition_end = edition["end"]
        entries = self._coverage(top)
        self.roles = {(e["setting"], e["nation"], e["member"]): e["role"] for e in entries}
        coverage = top.get("coverage")
        events = self._events(top, coverage if isinstance(coverage, dict) else {})
        about = self._about(top)
        return {
            "title": self.text(top, "title") or "",
            "checked": self.checked,
            "place_kinds": list(place_kinds.values()),
            "places_file": self.text(top, "places"),
            "edition": edition,
            "sources": list(sources.values()),
            "nations": list(nations.values()),
            "settings": list(settings.values()),
            "members": list(members.values()),
            "entries": entries,
            "events": events,
            "about": about,
            "children_setting": self._children_setting(top),
        }

    def _children_setting(self, top: dict[str, Any]) -> str | None:
        setting = self.text(top, "children_setting")
        if setting is not None and setting not in self.settings:
            self.report(("children_setting",), f"children_setting names unknown setting {setting!r}")
            return None
        return setting

    def _sources(self, top: dict[str, Any]) -> dict[str, dict[str, Any]]:
        result: dict[str, dict[str, Any]] = {}
        for source_id, (path, record) in self.unique_ids("sources", "source").items():
            self.fields(record, path, f"source {source_id!r}", SOURCE)
            url = self.text(record, "url")
            self.address(record, (*path, "url"), f"source {source_id!r} url")
            self.address(record, (*path, "read_at"), f"source {source_id!r} read_at")
            host = (url or "").split("/")[2].lower().removeprefix("www.") if (url or "").count("/") >= 2 else ""
            if host in COPY_HOSTS:
                self.report(
                    (*path, "url"),
                    f"source {source_id!r} url is a copy ({host}): give the publisher's own address as url "
                    "(or none) and the copy as read_at",
                )
            result[source_id] = {
                "id": source_id,
                "title": self.text(record, "title") or "",
                "url": url,
                "date": self.text(record, "date"),
                "note": self.text(record, "note"),
                "publisher": self.text(record, "publisher"),
                "read_at": self.text(record, "read_at"),
            }
        return result

    def _named_records(self, top: dict[str, Any], key: str, what: str, shape: Shape) -> dict[str, dict[str, Any]]:
        extra = [k for k in shape.optional if k != "aliases"]
        result: dict[str, dict[str, Any]] = {}
        claims: list[tuple[Path_, str, str]] = []
        for record_id, (path, record) in self.unique_ids(key, what).items():
            self.fields(record, path, f"{what} {record_id!r}", shape)
            name = self.text(record, "name") or record_id
            aliases = self.texts(record, "aliases")
            claims += [((*path, "id"), record_id, record_id), ((*path, "name"), name, record_id)]
            claims += [((*path, "aliases", i), alias, record_id) for i, alias in enumerate(aliases)]
            result[record_id] = {"id": record_id, "name": name, "aliases": aliases}
            result[record_id] |= {
                key: self.texts(record, key) if shape.optional[key] is TEXTS else self.text(record, key)
                for key in extra
            }
        if what == "setting":
            claims += self._renamed_claims(top, "setting", result)
        self.claim_names(what, claims)
        if key in top and not result and isinstance(top.get(key), list):
            self.report((key,), f"{key!r} must list at least one {what}")
        return result

    def _members(self, top: dict[str, Any]) -> dict[str, dict[str, Any]]:
        result: dict[str, dict[str, Any]] = {}
        claims: list[tuple[Path_, str, str]] = []
        for member_id, (path, record) in self.unique_ids("members", "member").items():
            what = f"member {member_id!r}"
            self.fields(record, path, what, MEMBER)
            self.address(record, (*path, "website"), f"{what} website")
            for index, nation in enumerate(self.texts(record, "nations")):
                if nation not in self.nations:
                    self.report((*path, "nations", index), f"{what} names unknown nation {nation!r}")
            name = self.text(record, "name") or member_id
            abbreviation = self.text(record, "abbreviation") or member_id
            aliases = self.texts(record, "aliases")
            claims += [((*path, "id"), member_id, member_id), ((*path, "name"), name, member_id)]
            claims += [((*path, "abbreviation"), abbreviation, member_id)]
            claims += [((*path, "aliases", i), alias, member_id) for i, alias in enumerate(aliases)]
            result[member_id] = {
                "id": member_id,
                "name": name,
                "abbreviation": abbreviation,
                "aliases": aliases,
                "kind": self.text(record, "kind") or "",
                "nations": self.texts(record, "nations"),
                "remit": self.text(record, "remit"),
                "note": self.text(record, "note"),
                "website": self.text(record, "website"),
                "website_note": self.text(record, "website_note"),
            }
        self.claim_names("member", claims + self._renamed_claims(top, "member", result))
        return result

    def _renamed_claims(self, top: dict[str, Any], what: str, known: dict[str, Any]) -> list[tuple[Path_, str, str]]:
        """The names that rename events give members or settings, as claims on those names."""
        claims: list[tuple[Path_, str, str]] = []
        for index, record in self.records(top, "events"):
            named = record.get(what) if isinstance(record, dict) else None
            if isinstance(named, str) and record.get("kind") == "renamed" and named in known:
                for key in ("name", "abbreviation"):
                    value = record.get(key)
                    if isinstance(value, str) and value.strip():
                        claims.append((("events", index, key), value, record[what]))
        return claims

    def _place_kinds(self, top: dict[str, Any]) -> dict[str, dict[str, Any]]:
        result: dict[str, dict[str, Any]] = {}
        for kind_id, (path, record) in self.unique_ids("place_kinds", "place kind").items():
            what = f"place kind {kind_id!r}"
            self.fields(record, path, what, PLACE_KIND)
            for key, settings in (("setting", [record.get("setting")]), ("also", self.texts(record, "also"))):
                for setting in settings:
                    if isinstance(setting, str) and setting not in self.settings:
                        self.report((*path, key), f"{what} names unknown setting {setting!r}")
            result[kind_id] = {
                "id": kind_id,
                "setting": self.text(record, "setting") or "",
                "also": self.texts(record, "also"),
            }
        return result

    def _edition(self, top: dict[str, Any]) -> dict[str, Any]:
        record = self.fields(top.get("edition"), ("edition",), "edition", EDITION) if "edition" in top else None
        if record is None:
            return {
                "source": "",
                "date": "",
                "valid_from": "",
                "end": "",
                "description": None,
                "name": "",
                "short_name": "the edition",
            }
        source = self.text(record, "source") or ""
        if source and source not in self.sources:
            self.report(("edition", "source"), f"edition names unknown source {source!r}")
        date = self.text(record, "date") or ""
        if date and bounds(date) is None:
            self.report(("edition", "date"), f"edition date {date!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
        valid_from = self.text(record, "valid_from") or ""
        if valid_from and not is_day(valid_from):
            self.report(("edition", "valid_from"), f"edition valid_from {valid_from!r} must be a day, YYYY-MM-DD")
        return {
            "source": source,
            "date": date,
            "valid_from": valid_from,
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
        cells: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for setting_id in self.settings:
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
                path: Path_ = ("coverage", setting_id, nation_id)
                if nation_id not in row:
                    self.report(
                        ("coverage", setting_id),
                        f"row {setting_id} has no cell for {nation_id!r} (write [] for none)",
                        at_key=True,
                    )
                    continue
                cells[(setting_id, nation_id)] = self._cell(row[nation_id], path)
        return [entry for key in ((s, n) for s in self.settings for n in self.nations) for entry in cells.get(key, [])]

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
            entry_path = (*path, index)
            checked = self.fields(record, entry_path, f"{cell} entry {index + 1}", ENTRY)
            if checked is None:
                continue
            self._check_basis_and_nation(checked, entry_path, f"{cell} entry {index + 1}", [str(path[2])])
            entry = self._entry_values(checked, entry_path, cell)
            if entry is None:
                continue
            if entry["member"] in seen:
                self.report((*entry_path, "member"), f"{cell} names member {entry['member']!r} twice")
                continue
            seen.add(entry["member"])
            entries.append({"setting": path[1], "nation": path[2], **entry, "event": None})
        if any(e["role"] == "partner" for e in entries) and not any(e["role"] == "lead" for e in entries):
            self.report(path, f"{cell} has a partner but no lead: a partner joins a lead body's inspections")
        return entries

    def _entry_values(self, record: dict[str, Any], path: Path_, cell: str) -> dict[str, Any] | None:
        member = self.text(record, "member")
        role = self.text(record, "role")
        basis = self.text(record, "basis")
        valid = self._in_vocabulary(record, path, cell)
        if member is not None and member not in self.members:
            self.report((*path, "member"), f"{cell} names unknown member {member!r}")
            valid = False
        cited = self._source_ids(record, path, cell)
        if not (valid and member and role and basis):
            return None
        return {
            "member": member,
            "role": role,
            "basis": basis,
            "basis_note": self.text(record, "basis_note"),
            "note": self.text(record, "note"),
            "sources": cited,
            "kinds": self.texts(record, "kinds"),
            "note_events": [],
        }

    def _about(self, top: dict[str, Any]) -> dict[str, Any] | None:
        if top.get("about") is None:
            return None
        record = self.fields(top["about"], ("about",), "about", ABOUT)
        if record is None:
            return None
        facts = []
        raw_facts = record.get("facts") or []
        if not isinstance(raw_facts, list):
            self.report(("about", "facts"), "about 'facts' must be a list")
            raw_facts = []
        for index, fact in enumerate(raw_facts):
            path: Path_ = ("about", "facts", index)
            what = f"about fact {index + 1}"
            if self.fields(fact, path, what, FACT) is None:
                continue
            dated = {key: self.event_date(fact, path, what, key) for key in ("since", "until")}
            facts.append(
                {
                    "text": self.text(fact, "text") or "",
                    "sources": self._source_ids(fact, path, what),
                    "since": dated["since"].latest if dated["since"] else None,
                    "until": dated["until"].latest if dated["until"] else None,
                }
            )
        return {
            "summary": self.text(record, "summary") or "",
            "name": self.text(record, "name"),
            "powers": self.texts(record, "powers"),
            "facts": facts,
        }
