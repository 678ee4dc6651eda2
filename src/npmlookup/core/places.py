"""Named places of detention: find one by what people call it, and who covers it.

Nothing here prints, reads files or knows about the command line.

Place names are matched more loosely than other names, because people drop or add the
designators that official names carry: ``HMP Berwyn``, ``Berwyn``, ``HMP & YOI Berwyn``
and ``Carchar y Berwyn`` are one place. A name is folded (case, punctuation, spaces) and
its designators (HMP, YOI, IRC, STC, "prison", their Welsh forms...) are taken off its
ends; a query is matched first as typed, then by that core, then by a unique beginning.
A name that fits several places (Parc is an adult prison and a young offender
institution) answers for each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from npmlookup.core.dataset import Dataset
from npmlookup.core.lifetimes import STATES
from npmlookup.core.model import Entry, Place, normalize
from npmlookup.core.query import Ids, id_set
from npmlookup.errors import AmbiguousValueError, UnknownValueError

DESIGNATORS = (
    "hmp and yoi",
    "hmp yoi",
    "hmpyoi",
    "hmyoi",
    "hmp",
    "hm prison",
    "hm prison and young offenders centre",
    "hm young offender institution",
    "young offender institution",
    "young offenders institution",
    "young offenders centre",
    "yoi",
    "prison and young offenders centre",
    "prison",
    "hmirc",
    "irc",
    "immigration removal centre",
    "stc",
    "secure training centre",
    "secure children s home",
    "secure childrens home",
    "short term holding facility",
    "sthf",
    "carchar y",
    "carchar",
    "sefydliad troseddwyr ifanc y",
    "sefydliad troseddwyr ifanc",
    "the",
)
"""Words that say what kind of place it is, not which: optional at either end of a name."""

_PUNCTUATION = re.compile(r"[^\w\s]|_")


def _by_word(position: int) -> dict[str, list[tuple[str, ...]]]:
    """Designators as word tuples, by their first (0) or last (-1) word, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for designator in sorted(DESIGNATORS, key=len, reverse=True):
        words = tuple(designator.split())
        table.setdefault(words[position], []).append(words)
    return table


_STARTING, _ENDING = _by_word(0), _by_word(-1)


def fold_place_name(text: str) -> str:
    """A place name folded for matching: case, quotes, punctuation (``&`` is ``and``) and spaces."""
    return " ".join(_PUNCTUATION.sub(" ", normalize(text).replace("&", " and ")).split())


def core_name(folded: str) -> str:
    """A folded name without the designators at its ends (``hmp and yoi berwyn`` is ``berwyn``)."""
    words = tuple(folded.split())
    changed = True
    while changed and len(words) > 1:
        changed = False
        for parts in _STARTING.get(words[0], ()):
            if len(words) > len(parts) and words[: len(parts)] == parts:
                words, changed = words[len(parts) :], True
                break
        for parts in _ENDING.get(words[-1], ()):
            if len(words) > len(parts) and words[-len(parts) :] == parts:
                words, changed = words[: -len(parts)], True
                break
    return " ".join(words)


class PlaceNames:
    """Folded place names, and their cores, to the places that carry them (several may)."""

    __slots__ = ("cores", "exact", "sorted_cores")

    def __init__(self, places: Sequence[Place]) -> None:
        self.exact: dict[str, list[str]] = {}
        """Folded name to place ids."""
        self.cores: dict[str, list[str]] = {}
        """Folded name without designators to place ids."""
        for place in places:
            for name in (place.name, *place.other_names):
                folded = fold_place_name(name)
                for table, key in ((self.exact, folded), (self.cores, core_name(folded))):
                    ids = table.setdefault(key, [])
                    if place.id not in ids:
                        ids.append(place.id)
        self.sorted_cores = tuple(sorted(self.cores))
        """Every core, sorted, for beginnings and suggestions."""

    def starting_with(self, core: str) -> tuple[list[str], bool]:
        """Place ids whose core starts with `core`, each once, and whether they share one name. When
        the shortest such core begins all the others ("hydebank wood", "hydebank wood college"),
        only its places: one name that several places carry."""
        from bisect import bisect_left

        names = []
        for name in self.sorted_cores[bisect_left(self.sorted_cores, core) :]:
            if not name.startswith(core):
                break
            names.append(name)
        one_name = bool(names) and all(name.startswith(min(names, key=len)) for name in names)
        if one_name:
            names = [min(names, key=len)]
        return list(dict.fromkeys(i for name in names for i in self.cores[name])), one_name

    def completions(self, folded: str) -> dict[str, str]:
        """Place id to the shortest of its folded names that starts with `folded`, for shell completion."""
        shortest: dict[str, str] = {}
        for name, ids in self.exact.items():
            if name.startswith(folded):
                for place_id in ids:
                    if place_id not in shortest or len(name) < len(shortest[place_id]):
                        shortest[place_id] = name
        return shortest


_INDEXES: dict[int, tuple[tuple[Place, ...], PlaceNames]] = {}


def place_names(dataset: Dataset) -> PlaceNames:
    """The dataset's place-name index, built on first use (plain lookups never pay for it)."""
    cached = _INDEXES.get(id(dataset.places))
    if cached is None or cached[0] is not dataset.places:
        cached = (dataset.places, PlaceNames(dataset.places))
        _INDEXES[id(dataset.places)] = cached
    return cached[1]


NOT_LISTED = (
    ("police-custody", ("police", "station", "custody suite", "custody centre", "cells", "tact")),
    ("court-custody", ("court", "magistrates", "tribunal", "escort")),
    ("mental-health", ("hospital", "psychiatric", "mental health", "ward", "clinic", "medium secure", "nhs")),
    ("dols", ("care home", "nursing home", "residential home", "care centre", "supported living")),
)
"""Kinds of place that are too many to list by name, the words that give them away, and the setting
whose cell answers for them."""


def not_listed_setting(text: str) -> str | None:
    """The setting that answers for a place of a kind not listed by name (a police station, a court...)."""
    folded = f" {fold_place_name(text)} "
    for setting, words in NOT_LISTED:
        if any(f" {word} " in folded for word in words):
            return setting
    return None


class UnknownPlaceError(UnknownValueError):
    """A place name that fits no listed place; `setting` says which cell answers, when it looks like one
    of the kinds of place not listed by name."""

    def __init__(self, given: str, suggestions: list[str], setting: str | None, setting_name: str | None) -> None:
        super().__init__("place", given, suggestions, [])
        self.setting = setting
        if setting is not None:
            self.args = (
                f"{self.args[0]}. Police stations, courts, hospitals and care homes are not listed by name: "
                f"their setting ({setting_name}) answers for all of them, nation by nation "
                f"(npm who --setting {setting} --nation NATION).",
            )


def find_places(dataset: Dataset, text: str) -> tuple[Place, ...]:
    """The places `text` names: as typed, then without designators, then by a unique beginning.

    Raises `UnknownPlaceError` (with suggestions, and the setting that answers for a police
    station, court, hospital or care home) or `AmbiguousValueError` when a beginning fits
    several places with different names.
    """
    index = place_names(dataset)
    folded = fold_place_name(text) if len(text) <= 500 else ""
    core = core_name(folded)
    ids = index.exact.get(folded) or index.cores.get(core) or []
    if not ids and core:
        starting, one_name = index.starting_with(core)
        if len(starting) > 1 and not one_name:
            raise AmbiguousValueError("place", text, [f"{dataset.place_by_id[i].name} ({i})" for i in starting[:12]])
        ids = starting
    if ids:
        return tuple(dataset.place_by_id[i] for i in ids)
    suggestions: list[str] = []
    if core:
        from difflib import get_close_matches

        for name in get_close_matches(core, index.sorted_cores, n=5, cutoff=0.75):
            suggestions += [dataset.place_by_id[i].name for i in index.cores[name] if i not in suggestions]
    setting = not_listed_setting(text)
    shown = text if len(text) <= 60 else text[:57] + "..."
    known = dataset.setting_by_id.get(setting) if setting is not None else None
    setting_name = known.name if known is not None else None
    raise UnknownPlaceError(shown, list(dict.fromkeys(suggestions))[:3], setting, setting_name)


def place_settings(dataset: Dataset, place: Place) -> tuple[str, ...]:
    """The rows whose cells answer for a place on the dataset's day: its own, those its kind names,
    and the row for children wherever they are held while it holds (or may hold) children then."""
    settings = list(place_settings_of_kind(dataset, place))
    children = dataset.children_setting
    if children is not None and children not in settings and place.children_on(dataset.as_of) in ("yes", "uncertain"):
        settings.append(children)
    return tuple(settings)


def place_entries(dataset: Dataset, place: Place) -> tuple[Entry, ...]:
    """The entries that cover a place at the dataset's date: its cell's, and those of any further
    setting that answers for it (`place_settings`), each only where the entry applies to places of its
    kind. None when the place is not in use on that day (closed, or not yet open). An entry of the
    children row that applies because the place holds children then says so in its note."""
    if place.is_closed_on(dataset.as_of):
        return ()
    own = place_settings_of_kind(dataset, place)
    found = []
    for setting in place_settings(dataset, place):
        for entry in dataset.cells.get((setting, place.nation), ()):
            if entry.kinds and place.kind not in entry.kinds:
                continue
            if setting not in own:
                holds = "holds" if place.children_on(dataset.as_of) == "yes" else "may hold"
                reason = (
                    f"{place.name} {holds} children (under 18) on this date; this row covers children wherever held"
                )
                if holds == "may hold":
                    reason += " (uncertain: its sources bound the change, not the day)"
                entry = replace(entry, note=f"{entry.note.rstrip('.')}. {reason}." if entry.note else f"{reason}.")
            found.append(entry)
    return tuple(found)


def same_site(dataset: Dataset, place: Place) -> tuple[Place, ...]:
    """Other places that carry one of its names (without designators) and were in use at other times:
    what the site was before or after (HMP Morton Hall and Morton Hall IRC), in the file's order."""
    from npmlookup.core.lifetimes import in_use_between

    cores = {core_name(fold_place_name(name)) for name in (place.name, *place.other_names)}
    first, last = in_use_between(place.periods)
    found = []
    for other in dataset.places:
        if other.id == place.id:
            continue
        start, end = in_use_between(other.periods)
        apart = end <= first or last <= start
        if apart and cores & {core_name(fold_place_name(name)) for name in (other.name, *other.other_names)}:
            found.append(other)
    return tuple(found)


def place_settings_of_kind(dataset: Dataset, place: Place) -> tuple[str, ...]:
    """The rows that answer for a place by its kind: its own setting and those its kind names."""
    kind = dataset.place_kind_by_id.get(place.kind)
    return (place.setting, *(kind.also if kind else ()))


def places_of(
    dataset: Dataset,
    *,
    nation: Ids = None,
    setting: Ids = None,
    kind: Ids = None,
    member: Ids = None,
    status: str | None = None,
) -> tuple[Place, ...]:
    """Places matching every filter given, in the file's order. Each filter is an id or a collection
    of ids (any of them matches); `member` keeps the places those members cover at the dataset's date.
    `status` is a state on the dataset's day (``open``, ``closed``, ``not yet open``, ``uncertain``) or
    ``all``; without it, the places that may be in use then (open or uncertain)."""
    nations, settings, kinds, members = (id_set(ids) for ids in (nation, setting, kind, member))
    found = []
    for place in dataset.places:
        if nations is not None and place.nation not in nations:
            continue
        if settings is not None and place.setting not in settings:
            continue
        if kinds is not None and place.kind not in kinds:
            continue
        if status != "all" and not in_status(place.state_on(dataset.as_of).state, status):
            continue
        if members is not None and not any(e.member in members for e in place_entries(dataset, place)):
            continue
        found.append(place)
    return tuple(found)


def find_place_kind(dataset: Dataset, text: str) -> str:
    """The place kind `text` names (any case and spacing, or a unique beginning); raises on no match."""
    folded = fold_place_name(text)
    kinds = [k.id for k in dataset.place_kinds]
    exact = [k for k in kinds if fold_place_name(k) == folded]
    starting = exact or ([k for k in kinds if fold_place_name(k).startswith(folded)] if folded else [])
    if len(starting) == 1:
        return starting[0]
    if starting:
        raise AmbiguousValueError("kind", text, starting)
    from difflib import get_close_matches

    raise UnknownValueError("kind", text, get_close_matches(text, kinds, n=3), kinds)


def place_completions(dataset: Dataset, incomplete: str) -> list[tuple[str, str]]:
    """(value, full name) for each place with a name that starts with `incomplete`, in the file's order.

    As for other names: the typed text completed with the rest of the place's shortest
    matching name, hyphens for spaces, so it needs no quoting and finds the place.
    """
    folded = fold_place_name(incomplete)
    shortest = place_names(dataset).completions(folded)
    typed = incomplete if fold_place_name(incomplete) == incomplete else folded
    return [
        (typed.replace(" ", "-") + shortest[p.id][len(folded) :].replace(" ", "-"), p.name)
        for p in dataset.places
        if p.id in shortest
    ]


STATUSES = (*STATES, "all")
"""What `places_of` takes for `status`: a state on the dataset's day, or every place."""


def in_status(state: str, status: str | None) -> bool:
    """Whether a place in `state` answers a `status` filter (None: open or uncertain, so perhaps in use)."""
    return state in ("open", "uncertain") if status is None else status in ("all", state)


def find_status(text: str) -> str:
    """A status from what was typed (any case, or a beginning); raises on anything else."""
    folded = normalize(text)
    found = [status for status in STATUSES if folded and status.startswith(folded)]
    if len(found) == 1:
        return found[0]
    raise UnknownValueError("status", text, [], list(STATUSES))
