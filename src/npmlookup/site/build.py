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
from npmlookup.core.changes import changes_between
from npmlookup.core.concerns import concern_for_cell, concern_for_place
from npmlookup.core.dataset import Dataset
from npmlookup.core.dates import in_words, spoken
from npmlookup.core.model import Entry, Nation, Setting, normalize
from npmlookup.core.places import place_entries, place_names, places_of, unlisted_kinds
from npmlookup.core.query import name_table, nation_contrasts, who
from npmlookup.core.search import designated, town_names
from npmlookup.export.package import package_files
from npmlookup.output.folders import FolderWriter
from npmlookup.output.words import answer_words

TAKES_WORDS = {
    "yes": "takes a concern about one person",
    "some": "takes some concerns about one person, in some ways only",
    "no": "does not take a concern about one person",
    None: "may or may not take a concern about one person: its pages do not say",
}
"""Whether a body takes a concern about one detained person (`ConcernRoute.takes`), in words."""


def build_site(dataset: Dataset, directory: str | os.PathLike[str]) -> list[Path]:
    """Write the site for `dataset` as the folder `directory`; return the files written.

    The folder must be missing, empty, or a site built here before, which is replaced whole
    (`output.folders.FolderWriter`); any other folder is refused with an `InputError`, untouched.
    """
    with FolderWriter(directory, "site") as writer:
        _write_site(dataset, writer)
    return writer.written


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
    page = templates().get_template("matrix-page.html")
    return page.render(
        made_by=MADE_BY,
        title=title_of(dataset),
        stylesheet=stylesheet,
        table=records.matrix_table(dataset),
        caption=caption(dataset),
    )


def api_documents(dataset: Dataset) -> dict[str, Any]:
    """The JSON answers, by path under ``api/`` (docs/api.md): each what the command prints with --json
    for the same question (``members/ID.json``: ``npm member ID``; ``settings/ID.json`` and
    ``nations/ID.json``: ``npm who --setting/--nation ID``; ``places/ID.json``: ``npm where ID``;
    ``concerns/ID.json``: ``npm concern ID``; ``concerns/SETTING/NATION.json``: ``npm concern --setting
    SETTING --nation NATION``), and ``index.json``, which lists the others."""
    answers: dict[str, list[tuple[Any, Any]]] = {
        "members": [(m, records.member_record(dataset, m, with_coverage=True)) for m in dataset.all_members],
        "settings": [
            (s, [records.entry_record(dataset, e) for e in who(dataset, setting=s)]) for s in dataset.all_settings
        ],
        "nations": [(n, [records.entry_record(dataset, e) for e in who(dataset, nation=n)]) for n in dataset.nations],
        "places": [(p, [records.where_record(dataset, p)]) for p in dataset.places],
    }
    documents = {f"{kind}/{item.id}.json": document for kind, pairs in answers.items() for item, document in pairs}
    index: dict[str, Any] = {"title": dataset.title, "as_of": records.as_of_label(dataset), "checked": dataset.checked}
    for kind, pairs in answers.items():
        index[kind] = [{"id": item.id, "name": item.name, "path": f"{kind}/{item.id}.json"} for item, _ in pairs]
    concerns = [(place.id, place.name, concern_for_place(dataset, place)) for place in dataset.places] + [
        (f"{s.id}/{n.id}", f"{s.name} in {n.name}", concern_for_cell(dataset, s.id, n.id))
        for s in dataset.settings
        for n in dataset.nations
    ]
    index["concerns"] = [{"id": key, "name": name, "path": f"concerns/{key}.json"} for key, name, _ in concerns]
    documents |= {f"concerns/{key}.json": [records.concern_record(dataset, answer)] for key, _, answer in concerns}
    return documents | {"index.json": index}


def _write_site(dataset: Dataset, writer: FolderWriter) -> None:
    """Every file of the site: the static files, the search index, the pages and the open data."""
    env, common, edition, write_text = templates(), _common(dataset), dataset.contents, writer.write_text

    def page(path: str, template: str, **context: Any) -> None:
        write_text(path, env.get_template(template).render(**common, **context, root="../" * path.count("/")))

    def entry_rows(entries: Iterable[Entry]) -> list[Record]:
        return [
            records.entry_record(dataset, entry)
            | {
                "sources_full": [provenance.source_record(dataset, s) for s in entry.sources],
                "explanation": provenance.explanation(dataset, entry),
            }
            for entry in entries
        ]

    def cell(setting: Setting, nation: Nation, heading: Setting | Nation) -> Record:
        """A cell of the table on a setting's or a nation's page, headed by the other of the two."""
        return {
            "id": heading.id,
            "name": heading.name,
            "entries": entry_rows(dataset.cells.get((setting.id, nation.id), ())),
            "concern": records.concern_record(dataset, concern_for_cell(dataset, setting.id, nation.id)),
        }

    for name in ("style.css", "search.js"):
        write_text(name, (resources.files("npmlookup.site") / "static" / name).read_text(encoding="utf-8"))
    index = search_index(dataset)
    write_text("search-index.json", json.dumps(index, ensure_ascii=False, indent=1) + "\n")
    # The pages load the index as a script: browsers refuse to fetch a JSON file from disk.
    write_text("search-index.js", "window.npmSearchIndex = " + json.dumps(index, ensure_ascii=False) + ";\n")
    page("index.html", "index.html", about=_about(dataset), matrix=records.matrix_table(dataset), search=index["items"])
    page(
        "edition.html",
        "edition.html",
        matrix=records.matrix_table(edition),
        edition=edition.edition,
        source=provenance.source_record(edition, edition.edition.source),
    )
    page("search.html", "search.html", search=index["items"])
    page("history.html", "history.html", events=[provenance.event_record(dataset, e) for e in dataset.events])
    changes = [records.change_record(edition, dataset, c) for c in changes_between(edition, dataset)]
    changes = [row | {"words": records.change_words(row)} for row in changes]
    page("changes.html", "changes.html", changes=changes, changes_to=dataset.as_of)
    uses = provenance.source_uses(dataset)
    sources = [provenance.source_record(dataset, s.id) | {"used_for": uses.get(s.id, [])} for s in dataset.sources]
    page("sources.html", "sources.html", sources=sources, places_source=dataset.places_source)
    for member in dataset.all_members:
        record = records.member_record(dataset, member, with_coverage=False)
        page(
            f"members/{member.id}.html",
            "member.html",
            member=record,
            nation_names=[dataset.nation_by_id[n].name for n in record["nations"]],
            coverage=entry_rows(dataset.entries_by_member.get(member.id, ())),
            places=[records.place_record(dataset, p) for p in places_of(dataset, member=member.id)],
            history=[provenance.event_record(dataset, e) for e in dataset.events if e.member == member.id],
            concern=dataset.concern_by_member.get(member.id),
        )
    for setting in dataset.all_settings:
        page(
            f"settings/{setting.id}.html",
            "setting.html",
            setting=records.setting_record(dataset, setting.id),
            present=any(s.id == setting.id for s in dataset.settings),
            nations=[cell(setting, n, n) for n in dataset.nations],
            places=[records.place_record(dataset, p) for p in places_of(dataset, setting=setting.id)],
            factsheet_name=edition.setting_by_id[setting.id].name,
        )
    for nation in dataset.nations:
        page(
            f"nations/{nation.id}.html",
            "nation.html",
            nation=records.nation_record(dataset, nation.id),
            settings=[cell(s, nation, s) for s in dataset.settings],
            places=[records.place_record(dataset, p) for p in places_of(dataset, nation=nation.id)],
        )
    for place in dataset.places:
        page(
            f"places/{place.id}.html",
            "place.html",
            place=records.place_record(dataset, place),
            coverage=entry_rows(place_entries(dataset, place)),
            concern=records.concern_record(dataset, concern_for_place(dataset, place)),
        )
    for name, text in package_files(dataset).items():
        write_text(f"data/{name}", text)
    for path, document in api_documents(dataset).items():
        write_text(f"api/{path}", json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def _common(dataset: Dataset) -> Record:
    """What every page shows: the date answered for, when the data was checked, what it rests on."""
    return {
        "subject": dataset.about.name if dataset.about and dataset.about.name else dataset.title,
        "edition_title": dataset.edition.name[:1].upper() + dataset.edition.name[1:],
        "edition_short": dataset.edition.short_name,
        # What the search box suggests typing: names from the data (two places, a body, a setting).
        "examples": [
            *(place.name for place in dataset.places[:2]),
            *(member.abbreviation for member in dataset.members[:1]),
            *(setting.name.lower() for setting in dataset.settings[1:2]),
        ],
        "checked": dataset.checked,
        "licence": dataset.licence,
        "citation": dataset.licence.citation.replace("{checked}", dataset.checked)
        if dataset.licence and dataset.licence.citation
        else None,
        "answer": answer_words(dataset),
        "edition_name": dataset.edition.name,
        "in_words": in_words,
        "spoken": spoken,
        "takes_words": TAKES_WORDS,
        "role_meanings": records.ROLE_MEANINGS,
    }


def _about(dataset: Dataset) -> Record:
    """What the NPM is, for the home page: its summary and powers, and the facts that hold on the day."""
    about = dataset.about
    facts = [f for f in about.facts if f.holds_on(dataset.as_of)] if about else []
    return {
        "summary": about.summary if about else None,
        "powers": list(about.powers) if about else [],
        "facts": [
            {"text": f.text, "sources": [provenance.source_record(dataset, s) for s in f.sources]} for f in facts
        ],
        "members": len(dataset.members),
    }


def search_index(dataset: Dataset) -> Record:
    """What the search box needs to answer as the command does (`npmlookup.core.search`): every member,
    setting, nation and place (`items`, each with every name it answers to; a place with its nation),
    each kind's name table with the rule's data (`tables`, `contrasts`), the records a search answers
    with (`records`: the members, settings and nations of the day, by id and name), the towns' names as
    written (`towns`: the names several places carry), and the settings whose places are not listed by
    name (`unlisted`), and the words that say a kind of place, with the settings they name (`designated`)."""

    def item(kind: str, record_id: str, title: str, detail: str, names: list[str]) -> Record:
        return {
            "kind": kind,
            "title": title,
            "detail": detail,
            "id": record_id,
            "url": f"{kind}s/{record_id}.html",
            "names": list(dict.fromkeys(names)),
        }

    items = [
        item("member", m.id, f"{m.name} ({m.abbreviation})", m.kind, [m.name, m.abbreviation, *m.aliases])
        for m in dataset.all_members
    ]
    items += [item("setting", s.id, s.name, "detention setting", [s.name, *s.aliases]) for s in dataset.settings]
    items += [item("nation", n.id, n.name, "nation", [n.name, *n.aliases]) for n in dataset.nations]
    for place in dataset.places:
        where = ", ".join(filter(None, (place.town, dataset.nation_by_id[place.nation].name)))
        detail = f"{place.kind}, {where}" + ("" if place.status == "open" else f" ({place.status_words})")
        names = [place.name, *place.other_names]
        extra = {"nation": place.nation, "setting": place.setting}
        items.append(item("place", place.id, place.name, detail, names) | extra)
    tables = {kind: name_table(dataset, kind) for kind in ("member", "setting", "nation")}
    places = tables["place"] = place_names(dataset)
    several = {name for table in (places.names, places.cores) for name, ids in table.items() if len(ids) > 1}
    return {
        "items": items,
        "tables": {kind: table.export() for kind, table in tables.items()},
        "contrasts": nation_contrasts(dataset),
        "records": {
            "setting": [[s.id, s.name] for s in dataset.settings],
            "nation": [[n.id, n.name] for n in dataset.nations],
            "member": [[m.id, m.name] for m in dataset.members],
        },
        "towns": {name: written for name, written in town_names(dataset).items() if name in several},
        "unlisted": [
            {
                "id": s.id,
                "name": s.name,
                "url": f"settings/{s.id}.html",
                "words": [normalize(word) for word in (s.name, *s.aliases, *s.place_words)],
            }
            for s in unlisted_kinds(dataset)
        ],
        "designated": designated(dataset),
    }
