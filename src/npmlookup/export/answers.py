"""The JSON answers as static files: one per member, setting, nation and named place, and an index.

Each file holds what the command prints with ``--json`` for the same question, at the
dataset's date: ``members/ID.json`` is ``npm member ID --json``, ``settings/ID.json`` is
``npm who --setting ID --json``, ``nations/ID.json`` is ``npm who --nation ID --json`` and
``places/ID.json`` is ``npm where ID --json``. ``index.json`` lists them (docs/api.md).
"""

from __future__ import annotations

import json
from typing import Any

from npmlookup.contract import records
from npmlookup.core.dataset import Dataset
from npmlookup.core.query import who

INDEX = "index.json"
"""The file that lists every other."""


def answer_files(dataset: Dataset) -> dict[str, str]:
    """Every answer file, by its path under the API's folder, as JSON text."""
    documents: dict[str, Any] = {}
    index: dict[str, Any] = {
        "title": dataset.title,
        "as_of": records.as_of_label(dataset),
        "checked": dataset.checked,
    }
    listed: dict[str, list[dict[str, str]]] = {"members": [], "settings": [], "nations": [], "places": []}
    for member in dataset.all_members:
        path = f"members/{member.id}.json"
        documents[path] = records.member_record(dataset, member, with_coverage=True)
        listed["members"].append({"id": member.id, "name": member.name, "path": path})
    for setting in dataset.all_settings:
        path = f"settings/{setting.id}.json"
        documents[path] = [records.entry_record(dataset, e) for e in who(dataset, setting=setting)]
        listed["settings"].append({"id": setting.id, "name": setting.name, "path": path})
    for nation in dataset.nations:
        path = f"nations/{nation.id}.json"
        documents[path] = [records.entry_record(dataset, e) for e in who(dataset, nation=nation)]
        listed["nations"].append({"id": nation.id, "name": nation.name, "path": path})
    for place in dataset.places:
        path = f"places/{place.id}.json"
        documents[path] = [records.where_record(dataset, place)]
        listed["places"].append({"id": place.id, "name": place.name, "path": path})
    documents[INDEX] = index | listed
    return {path: json.dumps(document, indent=2, ensure_ascii=False) + "\n" for path, document in documents.items()}
