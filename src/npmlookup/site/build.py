"""Build the site's pages from a `Dataset`, through the same records the JSON contract uses."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from npmlookup.contract import provenance, records
from npmlookup.contract.records import Record
from npmlookup.core.dataset import Dataset
from npmlookup.core.history import events_until
from npmlookup.core.model import Entry, Place
from npmlookup.core.places import place_entries, places_of
from npmlookup.errors import InputError

STATIC_FILES = ("style.css", "search.js")
"""Files copied as they are, beside the pages."""

ROLE_WORDS = {"lead": "leads", "partner": "partner"}
"""How a role reads in a cell; lay bodies read as their kind (lay monitoring, lay custody visiting)."""


def build_site(dataset: Dataset, directory: str | os.PathLike[str]) -> list[Path]:
    """Write the site for `dataset` into `directory` (created if needed); return the files written."""
    target = Path(directory)
    if target.exists() and not target.is_dir():
        raise InputError(f"{os.fspath(directory)} is a file, not a folder for the site")
    site = _Site(dataset, target)
    return site.write_all()


class _Site:
    """One build: the templates, the dataset and the files written so far."""

    def __init__(self, dataset: Dataset, target: Path) -> None:
        self.dataset = dataset
        self.target = target
        self.written: list[Path] = []
        folder = resources.files("npmlookup.site") / "templates"
        self.env = Environment(
            loader=FileSystemLoader(str(folder)),
            autoescape=select_autoescape(("html",)),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.factsheet = dataset.contents
        self.common = self._common()

    def _common(self) -> Record:
        """What every page shows: the date answered for, when the data was checked, what it rests on."""
        dataset = self.dataset
        changes = len(events_until(dataset, dataset.as_of))
        if dataset.is_edition:
            answer = f"as {dataset.edition.name} states it"
        elif changes:
            answer = f"as of {dataset.as_of}: {dataset.edition.name} with {changes} later changes"
        else:
            answer = f"as of {dataset.as_of}: {dataset.edition.name}, as it states it"
        return {
            "title_prefix": dataset.title,
            "checked": dataset.checked,
            "answer": answer,
            "edition_name": dataset.edition.name,
            "as_of": records.as_of_label(dataset),
        }

    # Writing

    def write(self, path: str, template: str, **context: Any) -> None:
        depth = path.count("/")
        html = self.env.get_template(template).render(
            **self.common, **context, root="../" * depth, page=path, link=self.link
        )
        self._write_text(path, html)

    def _write_text(self, path: str, text: str) -> None:
        destination = self.target / path
        destination.parent.mkdir(parents=True, exist_ok=True)
        try:
            destination.write_text(text, encoding="utf-8")
        except OSError as error:
            raise InputError(f"cannot write {destination}: {error.strerror or error}") from None
        self.written.append(destination)

    def write_all(self) -> list[Path]:
        dataset = self.dataset
        self.target.mkdir(parents=True, exist_ok=True)
        for name in STATIC_FILES:
            text = (resources.files("npmlookup.site") / "static" / name).read_text(encoding="utf-8")
            self._write_text(name, text)
        index = self.search_index()
        self._write_text("search-index.json", json.dumps(index, ensure_ascii=False, indent=1) + "\n")
        # The pages load the index as a script: browsers refuse to fetch a JSON file from disk.
        self._write_text("search-index.js", "window.npmSearchIndex = " + json.dumps(index, ensure_ascii=False) + ";\n")
        self.write("index.html", "index.html", about=self.about(), matrix=self.matrix(dataset), search=index)
        self.write(
            "factsheet.html",
            "factsheet.html",
            matrix=self.matrix(self.factsheet),
            edition=self.factsheet.edition,
            source=provenance.source_record(self.factsheet, self.factsheet.edition.source),
        )
        self.write("search.html", "search.html", search=index)
        self.write("history.html", "history.html", events=[provenance.event_record(dataset, e) for e in dataset.events])
        uses = provenance.source_uses(dataset)
        sources = [provenance.source_record(dataset, s.id) | {"used_for": uses.get(s.id, [])} for s in dataset.sources]
        self.write("sources.html", "sources.html", sources=sources, places_source=dataset.places_source)
        for member in dataset.all_members:
            self.write(f"members/{member.id}.html", "member.html", **self.member(member.id))
        for setting in dataset.all_settings:
            self.write(f"settings/{setting.id}.html", "setting.html", **self.setting(setting.id))
        for nation in dataset.nations:
            self.write(f"nations/{nation.id}.html", "nation.html", **self.nation(nation.id))
        for place in dataset.places:
            self.write(f"places/{place.id}.html", "place.html", **self.place(place))
        return self.written

    # Links

    def link(self, kind: str, record_id: str) -> str:
        """The path of a record's page from the site's root (templates prefix `root`)."""
        return f"{kind}/{record_id}.html"

    # Page contexts

    def about(self) -> Record:
        about = self.dataset.about
        facts = [f for f in about.facts if f.holds_on(self.dataset.as_of)] if about else []
        return {
            "summary": about.summary if about else None,
            "powers": list(about.powers) if about else [],
            "facts": [
                {"text": f.text, "sources": [provenance.source_record(self.dataset, s) for s in f.sources]}
                for f in facts
            ],
            "members": len(self.dataset.members),
        }

    def cell(self, dataset: Dataset, entries: Sequence[Entry]) -> list[Record]:
        """A cell's bodies in order, each with its role in words (lay bodies by their kind)."""
        cell = []
        for entry in entries:
            member = dataset.member_by_id[entry.member]
            lay = records.is_lay(dataset, entry)
            cell.append(
                {
                    "member": member.id,
                    "abbreviation": member.abbreviation,
                    "name": member.name,
                    "role": entry.role,
                    "role_words": member.kind if lay else ROLE_WORDS[entry.role],
                    "lay": lay,
                    "note": entry.note,
                }
            )
        return cell

    def matrix(self, dataset: Dataset) -> Record:
        return {
            "nations": [{"id": n.id, "name": n.name} for n in dataset.nations],
            "rows": [
                {
                    "id": s.id,
                    "name": s.name,
                    "cells": [self.cell(dataset, dataset.cells.get((s.id, n.id), ())) for n in dataset.nations],
                }
                for s in dataset.settings
            ],
        }

    def entry_rows(self, entries: Iterable[Entry]) -> list[Record]:
        dataset = self.dataset
        rows = []
        for entry in entries:
            row = records.entry_record(dataset, entry)
            row["sources_full"] = [provenance.source_record(dataset, s) for s in entry.sources]
            row["explanation"] = provenance.explanation(dataset, entry)
            row["website"] = dataset.member_by_id[entry.member].website
            rows.append(row)
        return rows

    def place_links(self, places: Iterable[Place]) -> list[Record]:
        return [
            {
                "id": p.id,
                "name": p.name,
                "kind": p.kind,
                "nation": self.dataset.nation_by_id[p.nation].name,
                "status": p.state_on(self.dataset.as_of).words,
            }
            for p in places
        ]

    def member(self, member_id: str) -> Record:
        dataset = self.dataset
        record = records.member_record(dataset, dataset.member_by_id[member_id], with_coverage=False)
        return {
            "member": record,
            "nation_names": [dataset.nation_by_id[n].name for n in record["nations"]],
            "coverage": self.entry_rows(dataset.entries_by_member.get(member_id, ())),
            "places": self.place_links(places_of(dataset, member=member_id)),
            "history": [provenance.event_record(dataset, e) for e in dataset.events if e.member == member_id],
        }

    def setting(self, setting_id: str) -> Record:
        dataset = self.dataset
        present = any(s.id == setting_id for s in dataset.settings)
        return {
            "setting": records.setting_record(dataset, setting_id),
            "present": present,
            "nations": [
                {"id": n.id, "name": n.name, "entries": self.entry_rows(dataset.cells.get((setting_id, n.id), ()))}
                for n in dataset.nations
            ],
            "places": self.place_links(places_of(dataset, setting=setting_id)),
            "factsheet_name": dataset.contents.setting_by_id[setting_id].name,
        }

    def nation(self, nation_id: str) -> Record:
        dataset = self.dataset
        return {
            "nation": records.nation_record(dataset, nation_id),
            "settings": [
                {"id": s.id, "name": s.name, "entries": self.entry_rows(dataset.cells.get((s.id, nation_id), ()))}
                for s in dataset.settings
            ],
            "places": self.place_links(places_of(dataset, nation=nation_id)),
        }

    def place(self, place: Place) -> Record:
        dataset = self.dataset
        return {
            "place": records.place_record(dataset, place),
            "coverage": self.entry_rows(place_entries(dataset, place)),
        }

    def search_index(self) -> list[Record]:
        """Members, settings, nations and places, each with every name it answers to, for the search box."""
        dataset = self.dataset
        items: list[Record] = []
        for member in dataset.all_members:
            names = [member.name, member.abbreviation, *member.aliases]
            items.append(self._item("member", member.id, f"{member.name} ({member.abbreviation})", member.kind, names))
        for setting in dataset.settings:
            items.append(
                self._item("setting", setting.id, setting.name, "detention setting", [setting.name, *setting.aliases])
            )
        for nation in dataset.nations:
            items.append(self._item("nation", nation.id, nation.name, "nation", [nation.name, *nation.aliases]))
        for place in dataset.places:
            where = dataset.nation_by_id[place.nation].name
            detail = f"{place.kind}, {where}" + ("" if place.status == "open" else f" ({place.status_words})")
            items.append(self._item("place", place.id, place.name, detail, [place.name, *place.other_names]))
        return items

    def _item(self, kind: str, record_id: str, title: str, detail: str, names: list[str]) -> Record:
        folder = {"member": "members", "setting": "settings", "nation": "nations", "place": "places"}[kind]
        return {
            "kind": kind,
            "title": title,
            "detail": detail,
            "url": self.link(folder, record_id),
            "names": list(dict.fromkeys(names)),
        }
