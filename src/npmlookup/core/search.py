"""One search over everything: the settings, nations, members, towns and places a text names.

Nothing here prints, reads files or knows about the command line.

The ranking, one rule for every kind of record. A record fits a text by the best of its names
(each folded by `npmlookup.core.model.normalize`), in this order:

1. ``exact``: the text is one of its names (a place's designators optional, as in
   `npmlookup.core.names`: ``HMP Parc`` is one place, ``Parc`` every place called Parc);
2. ``words``: nothing fits exactly, and the text has words of a setting whose places are not
   all listed (``St Ann's Hospital``, ``Cardiff Bay police station``): a place not listed,
   answered by that setting, in the nation the text or a town in it gives;
3. ``beginning``: the text begins one of its names;
4. ``later word``: a later word of one of its names begins with the text;
5. ``close``: nothing fits at all; a name close to the text (a typo) is suggested, never answered.

Results come best fit first; within a fit: settings, nations, members, towns, places; within
a kind, the data's order. The results of the first fit are the answer and the rest are offered.
Places that fit exactly by one name together are one town: the places in it or at it (Belfast;
Parc, an adult prison and a young offender institution). The data has no list of towns: a town
is a name that several places carry (bare, or after a comma: ``Musgrave custody suite,
Belfast``), since the loader lets only places that give the same answer share a bare name.
So a word that names a setting answers with the setting before any place of which it begins
a later word (``children``), and a single word that fits a later word of several places
answers with none of them alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from npmlookup.core.dataset import Dataset
from npmlookup.core.model import Record, normalize, record
from npmlookup.core.names import NameTable, words_in
from npmlookup.core.places import nation_in, not_listed_settings, place_name_pairs, place_names
from npmlookup.core.query import nation_contrasts

Kind = Literal["setting", "nation", "member", "town", "place", "not listed"]
Fit = Literal["exact", "words", "beginning", "later word", "close"]

KINDS: tuple[Kind, ...] = ("setting", "nation", "member", "town", "place", "not listed")
"""The order of kinds within a fit."""

FITS: tuple[Fit, ...] = ("exact", "words", "beginning", "later word", "close")
"""The order of fits, best first: the module's rule."""


@record
class Result(Record):
    """One thing a text names, and how well it fits (equality, hashing and repr: `model.Record`'s)."""

    kind: Kind
    """What it is: a setting, nation, member, town (the places sharing a name), place, or a
    setting that answers for a place not listed by name (``not listed``)."""
    id: str
    """The record's id; a town's folded name; for ``not listed``, the setting's id."""
    name: str
    """Its name to show: the record's name, or the town's name as the data writes it."""
    fit: Fit
    """How it fits the text (the module's rule)."""
    places: tuple[str, ...] = ()
    """The ids of the places it stands for: a place's own, or every place of a town."""
    nation: str | None = None
    """A place's nation; a town's when all its places are in one; for ``not listed``, the nation
    the text names (or a town in it), None when it cannot be known."""


def search(dataset: Dataset, text: str) -> tuple[Result, ...]:
    """Everything `text` names, ranked by the module's rule: the best fit first."""
    folded = normalize(text)
    if not folded:
        return ()
    words = designated(dataset)
    kinds = {s for word, settings in words.items() if words_in(folded, (word,)) for s in settings}  # kinds named
    if folded in words or place_names(dataset).core(folded) in words:  # only words for kinds of place ('hmp irc')
        return tuple(Result("setting", s.id, s.name, "exact") for s in dataset.settings if s.id in kinds)
    found = [
        Result(kind, record_id, names[record_id], fit)
        for kind, table, names in _named(dataset)
        for record_id, fit in _fits(table, folded).items()
        if record_id in names
    ]
    found += _places(dataset, folded, kinds)
    if not any(r.fit == "exact" for r in found):
        unlisted = not_listed_settings(dataset, text)
        named = _named_at_end(dataset, folded, {s.id for s in unlisted} | kinds)
        if named:
            found += named
        else:
            nation = nation_in(dataset, text)
            found += [Result("not listed", s.id, s.name, "words", nation=nation) for s in unlisted]
    if all(r.fit == "close" for r in found):  # nothing answers: suggestions only, of every kind
        found += [r for r in _close(dataset, text) if r not in found]
    return tuple(sorted(found, key=lambda r: (FITS.index(r.fit), KINDS.index(r.kind))))


def _named_at_end(dataset: Dataset, folded: str, settings: set[str]) -> list[Result]:
    """The places a longer text ends by naming (``my son is in Cookham Wood``, ``the prison in Wrexham``):
    those the longest run of its last words names, by a name or a town; only those of the settings the
    text names, when it names any (a police station in Bedford is not Bedford's prison). Several are one
    town, as for a name alone."""
    table = place_names(dataset)
    words = folded.split()
    for size in range(len(words) - 1, 0, -1):
        end = " ".join(words[-size:])
        ids = [i for i in table.names.get(end, ()) if not settings or dataset.place_by_id[i].setting in settings]
        before = [i for i in table.names.get(" ".join(words[:-size]), ()) if i not in ids]
        if ids and before:  # two places named (`Berwyn Parc`): neither is the answer, both are offered
            return [_place(dataset, i, "close") for i in (*before, *ids)]
        if len(ids) == 1:
            return [_place(dataset, ids[0], "words")]
        if ids:
            return [_town(dataset, end, ids, "words")]
    return []


def designated(dataset: Dataset) -> dict[str, list[str]]:
    """Each word that says a place's kind (a designator of place names: ``hmp``, ``irc``), folded, and the
    settings (current, in order) whose place words it is."""
    words: dict[str, list[str]] = {}
    place_words = [(s.id, {normalize(word) for word in s.place_words}) for s in dataset.settings]  # folded once
    for designator in place_names(dataset).designators:
        for setting, folded in place_words:
            if designator in folded:
                words.setdefault(designator, []).append(setting)
    return words


def answer(results: Iterable[Result]) -> tuple[Result, ...]:
    """The results of the best fit (the answer; the others are offers), none when the best is a
    suggestion (``close``)."""
    ranked = tuple(results)
    if not ranked or ranked[0].fit == "close":
        return ()
    return tuple(r for r in ranked if r.fit == ranked[0].fit)


def _named(dataset: Dataset) -> tuple[tuple[Kind, NameTable, dict[str, str]], ...]:
    """The kinds of record other than places: each with its name table and its records' names."""
    return (
        ("setting", dataset.setting_names, {s.id: s.name for s in dataset.settings}),
        ("nation", dataset.nation_names, {n.id: n.name for n in dataset.nations}),
        ("member", dataset.member_names, {m.id: m.name for m in dataset.members}),
    )


def _fits(table: NameTable, folded: str) -> dict[str, Fit]:
    """Each record of a table that fits the folded text, by its best fit (never ``close``), in the
    table's order."""
    core = table.core(folded)
    # As the names' rule says: a name as typed, designators and all, is that name; a bare name fits
    # every record it is the core of.
    exact = table.cores.get(core, []) if folded == core else table.names.get(folded) or table.cores.get(core, [])
    fits: dict[str, Fit] = dict.fromkeys(exact, "exact")
    for name in table.sorted_cores:
        fit: Fit = "beginning" if name.startswith(core) else "later word"
        if fit == "later word" and f" {core}" not in name[1:]:
            continue
        for record_id in table.cores[name]:
            if record_id not in fits or FITS.index(fit) < FITS.index(fits[record_id]):
                fits[record_id] = fit
    return dict(sorted(fits.items(), key=lambda item: table.order[item[0]]))


def _places(dataset: Dataset, folded: str, kinds: set[str]) -> list[Result]:
    """The places that fit; those that fit exactly, when there are several, as one town. A text with a
    word for a kind of place (``secure children's home Sheffield``) fits only places of that kind's
    settings; the others it names are suggested, never answered (``HMP Yarl's Wood``: did you mean
    Yarl's Wood IRC?). `kinds`: the settings whose words for a kind of place the text has."""
    fits = _fits(place_names(dataset), folded)
    other = [i for i in fits if kinds and dataset.place_by_id[i].setting not in kinds]
    fits = {i: fit for i, fit in fits.items() if i not in other}
    if other and not fits:
        return [_place(dataset, i, "close") for i in other]
    exact = [i for i, fit in fits.items() if fit == "exact"]
    town = len(exact) > 1
    results = [_place(dataset, i, fit) for i, fit in fits.items() if not (town and fit == "exact")]
    if town:
        results.insert(0, _town(dataset, folded, exact, "exact"))
    return results


def _place(dataset: Dataset, place_id: str, fit: Fit) -> Result:
    """One place, as a result of the fit."""
    place = dataset.place_by_id[place_id]
    return Result("place", place.id, place.name, fit, (place.id,), place.nation)


def _town(dataset: Dataset, folded: str, ids: list[str], fit: Fit) -> Result:
    """Places that one name fits, as one town: its name as the data writes it, its nation if they share one."""
    nations = {dataset.place_by_id[i].nation for i in ids}
    written = town_names(dataset).get(folded, folded)
    return Result("town", folded, written, fit, tuple(ids), nations.pop() if len(nations) == 1 else None)


def town_names(dataset: Dataset) -> dict[str, str]:
    """A town's name as the data writes it, by its folded name: the first name (or town after a comma)
    that folds to it, else the first whose core does (the site's search reads the same table)."""
    table = place_names(dataset)
    written: dict[str, str] = {}
    cores: dict[str, str] = {}
    for name, _place_id in place_name_pairs(dataset.places):
        folded = normalize(name)
        written.setdefault(folded, name.strip())
        cores.setdefault(table.core(folded), name.strip())
    return cores | written


def _close(dataset: Dataset, text: str) -> list[Result]:
    """Suggestions for a text that fits nothing: the closest names of each kind, never answers."""
    contrasts = nation_contrasts(dataset)
    found = [
        Result(kind, record_id, names[record_id], "close")
        for kind, table, names in _named(dataset)
        for record_id in table.match(text, contrasts).suggestions
        if record_id in names
    ]
    found += [_place(dataset, i, "close") for i in place_names(dataset).match(text, contrasts).suggestions]
    return found
