"""Build the site's pages from a `Dataset`, through the same records the JSON contract uses."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from npmlookup.contract import provenance, records
from npmlookup.contract.records import Record
from npmlookup.core.dataset import Dataset
from npmlookup.core.dates import in_words, spoken
from npmlookup.core.model import Entry, Place, normalize
from npmlookup.core.places import place_entries, place_names, places_of, unlisted_kinds
from npmlookup.core.query import name_table, nation_contrasts
from npmlookup.output.folders import FolderWriter
from npmlookup.output.words import answer_words

STATIC_FILES = ("style.css", "search.js")
"""Files copied as they are, beside the pages."""


def build_site(dataset: Dataset, directory: str | os.PathLike[str]) -> list[Path]:
    """Write the site for `dataset` as the folder `directory`; return the files written.

    The folder must be missing, empty, or a site built here before, which is replaced whole
    (`output.folders.FolderWriter`); any other folder is refused with an `InputError`, untouched.
    """
    with FolderWriter(directory, "site") as writer:
        _Site(dataset, writer).write_all()
    return writer.written


def changes_page(earlier: Dataset, later: Dataset) -> Record:
    """The changes page's context: every change from `earlier` to `later` (`npm changes`), each in words."""
    from npmlookup.core.changes import changes_between

    rows = [records.change_record(earlier, later, change) for change in changes_between(earlier, later)]
    return {"changes": [row | {"words": records.change_words(row)} for row in rows], "changes_to": later.as_of}


def templates() -> Environment:
    """The site's templates, escaped and strict (an unknown name in a template is an error)."""
    folder = resources.files("npmlookup.site") / "templates"
    return Environment(
        loader=FileSystemLoader(str(folder)),
        autoescape=select_autoescape(("html",)),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def matrix_page(dataset: Dataset) -> str:
    """The table as a page of its own (`npm matrix --html`): the site's table, styles inline, no links."""
    from npmlookup.output.picture import MADE_BY, title_of
    from npmlookup.output.words import caption

    stylesheet = (resources.files("npmlookup.site") / "static" / "style.css").read_text(encoding="utf-8")
    return (
        templates()
        .get_template("matrix-page.html")
        .render(
            made_by=MADE_BY,
            title=title_of(dataset),
            stylesheet=stylesheet,
            table=records.matrix_table(dataset),
            caption=caption(dataset),
        )
    )


class _Site:
    """One build: the templates, the dataset and the files written so far."""

    def __init__(self, dataset: Dataset, writer: FolderWriter) -> None:
        self.dataset = dataset
        self.writer = writer
        self.env = templates()
        self.contents = dataset.contents
        self.common = self._common()

    def _common(self) -> Record:
        """What every page shows: the date answered for, when the data was checked, what it rests on."""
        dataset = self.dataset
        return {
            "title_prefix": dataset.title,
            "subject": dataset.about.name if dataset.about and dataset.about.name else dataset.title,
            "edition_title": dataset.edition.name[:1].upper() + dataset.edition.name[1:],
            "edition_short": dataset.edition.short_name,
            "examples": self._examples(),
            "checked": dataset.checked,
            "answer": answer_words(dataset),
            "edition_name": dataset.edition.name,
            "as_of": records.as_of_label(dataset),
            "in_words": in_words,
            "spoken": spoken,
        }

    def _examples(self) -> list[str]:
        """What the search box suggests typing: names from the data (two places, a body, a setting)."""
        dataset = self.dataset
        names = [place.name for place in dataset.places[:2]]
        names += [member.abbreviation for member in dataset.members[:1]]
        names += [setting.name.lower() for setting in dataset.settings[1:2]]
        return names

    # Writing

    def write(self, path: str, template: str, **context: Any) -> None:
        depth = path.count("/")
        html = self.env.get_template(template).render(
            **self.common, **context, root="../" * depth, page=path, link=self.link
        )
        self._write_text(path, html)

    def _write_text(self, path: str, text: str) -> None:
        self.writer.write_text(path, text)

    def write_all(self) -> None:
        dataset = self.dataset
        for name in STATIC_FILES:
            text = (resources.files("npmlookup.site") / "static" / name).read_text(encoding="utf-8")
            self._write_text(name, text)
        index = self.search_index()
        self._write_text("search-index.json", json.dumps(index, ensure_ascii=False, indent=1) + "\n")
        # The pages load the index as a script: browsers refuse to fetch a JSON file from disk.
        self._write_text("search-index.js", "window.npmSearchIndex = " + json.dumps(index, ensure_ascii=False) + ";\n")
        self.write(
            "index.html", "index.html", about=self.about(), matrix=records.matrix_table(dataset), search=index["items"]
        )
        self.write(
            "edition.html",
            "edition.html",
            matrix=records.matrix_table(self.contents),
            edition=self.contents.edition,
            source=provenance.source_record(self.contents, self.contents.edition.source),
        )
        self.write("search.html", "search.html", search=index["items"])
        self.write("history.html", "history.html", events=[provenance.event_record(dataset, e) for e in dataset.events])
        self.write("changes.html", "changes.html", **changes_page(self.contents, dataset))
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
        self.write_open_data()

    def write_open_data(self) -> None:
        """The data package under ``data/`` and the JSON answers under ``api/`` (docs/api.md)."""
        from npmlookup.export.answers import answer_files
        from npmlookup.export.package import package_files

        for name, text in package_files(self.dataset).items():
            self._write_text(f"data/{name}", text)
        for name, text in answer_files(self.dataset).items():
            self._write_text(f"api/{name}", text)

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

    def search_index(self) -> Record:
        """What the search box needs to answer as the command does: every member, setting, nation and
        place (`items`, each with every name it answers to), and each kind's name table with the rule's
        data (`tables`, `contrasts`), and the settings whose places are not listed by name (`unlisted`)."""
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
        tables = {kind: name_table(dataset, kind) for kind in ("member", "setting", "nation")}
        tables["place"] = place_names(dataset)
        return {
            "items": items,
            "tables": {kind: table.export() for kind, table in tables.items()},
            "contrasts": nation_contrasts(dataset),
            "unlisted": [
                {
                    "id": s.id,
                    "name": s.name,
                    "url": self.link("settings", s.id),
                    "words": [normalize(word) for word in (s.name, *s.aliases, *s.place_words)],
                }
                for s in unlisted_kinds(dataset)
            ],
        }

    def _item(self, kind: str, record_id: str, title: str, detail: str, names: list[str]) -> Record:
        folder = {"member": "members", "setting": "settings", "nation": "nations", "place": "places"}[kind]
        return {
            "kind": kind,
            "title": title,
            "detail": detail,
            "id": record_id,
            "url": self.link(folder, record_id),
            "names": list(dict.fromkeys(names)),
        }
