"""Named places of detention: find one by what people call it, and who covers it.

Nothing here prints, reads files or knows about the command line.

Place names are found by the one rule of `npmlookup.core.names`, with the place words of
the settings whose places are listed (``HMP``, ``YOI``, ``IRC``, their Welsh forms...: the
data file declares them) as designators, optional at either end: ``HMP Berwyn``,
``Berwyn``, ``HMP & YOI Berwyn`` and ``Carchar y Berwyn`` are one place. A place answers
to its id, its name, its other names and the town after the last comma of one
(``Medway STC, Rochester``). A name that fits several places (Parc is an adult prison and
a young offender institution) answers for each; a beginning that fits places of different
names is ambiguous. A name that fits no listed place is answered with the settings that
could hold it, from the words the data file gives each setting.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace

from npmlookup.core.dataset import Dataset
from npmlookup.core.lifetimes import STATES
from npmlookup.core.model import Entry, Place, Record, Setting, normalize, record
from npmlookup.core.names import NameTable, completed, words_in
from npmlookup.core.query import Names, _resolved, nation_contrasts
from npmlookup.errors import AmbiguousValueError, UnknownPlaceError, UnknownValueError


@record
class PlaceKind(Record):
    """A kind of named place (``secure training centre``) and the rows of the table that cover it."""

    id: str
    """The kind as places name it, e.g. ``prison and YOI``."""
    setting: str
    """Id of the setting whose cells cover places of this kind."""
    also: tuple[str, ...] = ()
    """Ids of further settings that cover it too (``children``: children in all settings)."""


def place_name_pairs(places: Sequence[Place]) -> Iterator[tuple[str, str]]:
    """(name, place id) for every name a place answers to: its id, name, other names, the part after
    the last comma of a name (the town a source gives: ``Oasis Restore, Rochester``), and its town."""
    for place in places:
        yield place.id, place.id
        for name in (place.name, *place.other_names):
            yield name, place.id
            if "," in name:
                yield name.rsplit(",", 1)[1], place.id
        if place.town:
            yield place.town, place.id


def place_designators(dataset: Dataset) -> tuple[str, ...]:
    """The place words of the settings whose places are listed in full: optional at a place name's ends.

    The words of a setting listed in part (``hospital``, ``police station``) are not: a hospital or
    police station in Cardiff is not HMP Cardiff, and is answered as a place not listed.
    """
    partly = {s.id for s in unlisted_kinds(dataset)}
    listed = {kind.setting for kind in dataset.place_kinds} - partly
    return tuple(word for s in dataset.all_settings if s.id in listed for word in s.place_words)


PLACE_CUTOFF = 0.75
"""Place names are many and alike: a suggestion must be closer than for other names."""


def place_names(dataset: Dataset) -> NameTable:
    """The dataset's place-name table, built on first use (plain lookups never pay for it) and kept on
    the file's contents, which every snapshot of them shares."""
    contents = dataset.contents
    if contents.place_names is None:
        table = NameTable(place_name_pairs(contents.places), place_designators(contents), PLACE_CUTOFF)
        object.__setattr__(contents, "place_names", table)  # a frozen record's one index built late
    return contents.place_names  # type: ignore[return-value]  # set just above


def not_listed_settings(dataset: Dataset, text: str) -> tuple[Setting, ...]:
    """The settings a place of a kind not listed by name could belong to, from the words of its name
    (a police station, a court, a hospital...): each setting whose name, alias or place word it has."""
    folded = normalize(text)
    return tuple(
        s
        for s in unlisted_kinds(dataset)
        if words_in(folded, (normalize(w) for w in (s.name, *s.aliases, *s.place_words)))
    )


def unlisted_kinds(dataset: Dataset) -> tuple[Setting, ...]:
    """The settings whose places are not all listed by name: those the data gives place words, unless
    one of those words is the name of one of the setting's place kinds.

    The data says which by that rule: prisons' place words name the kind ``prison``, so their places
    are listed in full; hospitals (``high secure hospital``) and police custody (``police custody
    suite``) are listed in part, and their place words name none of their kinds.
    """
    kinds: dict[str, set[str]] = {}
    for kind in dataset.place_kinds:
        kinds.setdefault(kind.setting, set()).add(normalize(kind.id))
    return tuple(
        s
        for s in dataset.settings
        if s.place_words and not kinds.get(s.id, set()) & {normalize(w) for w in s.place_words}
    )


def nation_in(dataset: Dataset, text: str) -> str | None:
    """The nation a text names, where it can be known: a nation's name or alias, or else listed places
    all in one nation whose names (a town) the text contains as whole words."""
    folded = normalize(text)
    for nation, words in zip(dataset.nations, nation_contrasts(dataset), strict=True):
        if words_in(folded, words):
            return nation.id
    table = place_names(dataset)
    words = folded.split()
    found = {
        dataset.place_by_id[place_id].nation
        for size in range(len(words), 0, -1)
        for start in range(len(words) - size + 1)
        for place_id in table.names.get(" ".join(words[start : start + size]), ())
    }
    return found.pop() if len(found) == 1 else None


def find_places(dataset: Dataset, text: str) -> tuple[Place, ...]:
    """The places `text` names by the one rule (`npmlookup.core.names`): by id or any name, then without
    designators, then by a beginning. (`npmlookup.core.search` answers any text, a place's or not.)

    Raises `AmbiguousValueError` when a beginning fits places of different names, and
    `UnknownPlaceError` (with suggestions, and the settings that answer for a police station,
    court, hospital or care home) when nothing fits.
    """
    if text in dataset.place_by_id:  # its id names one place, as the site's api/places/ID.json files do
        return (dataset.place_by_id[text],)
    found = place_names(dataset).match(text, nation_contrasts(dataset))
    if found.ambiguous:
        raise AmbiguousValueError("place", text, [f"{dataset.place_by_id[i].name} ({i})" for i in found.ids])
    if found.ids:
        return tuple(dataset.place_by_id[i] for i in found.ids)
    suggestions = list(dict.fromkeys(dataset.place_by_id[i].name for i in found.suggestions))
    settings = [s.id for s in not_listed_settings(dataset, text)]
    raise UnknownPlaceError(text, suggestions, settings, nation_in(dataset, text))


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

    table = place_names(dataset)
    cores = {table.core(normalize(name)) for name in (place.name, *place.other_names)}
    first, last = in_use_between(place.periods)
    found = []
    for other in dataset.places:
        if other.id == place.id:
            continue
        start, end = in_use_between(other.periods)
        apart = end <= first or last <= start
        if apart and cores & {table.core(normalize(name)) for name in (other.name, *other.other_names)}:
            found.append(other)
    return tuple(found)


def place_settings_of_kind(dataset: Dataset, place: Place) -> tuple[str, ...]:
    """The rows that answer for a place by its kind: its own setting and those its kind names."""
    kind = dataset.place_kind_by_id.get(place.kind)
    return (place.setting, *(kind.also if kind else ()))


def places_of(
    dataset: Dataset,
    *,
    nation: Names = None,
    setting: Names = None,
    kind: str | Collection[str] | None = None,
    member: Names = None,
    status: str | None = None,
) -> tuple[Place, ...]:
    """Places matching every filter given, in the file's order.

    `nation`, `setting` and `member` take what `who` takes: any name, abbreviation, alias or
    id, in any case and spelling, or a record, or several (any of them matches); `kind` any
    name of a place kind, or several. `status` is a state on the dataset's day (``open``,
    ``closed``, ``not yet open``, ``uncertain``, or a beginning of one) or ``all``; without
    it, the places that may be in use then (open or uncertain). `member` keeps the places
    those members cover at the dataset's date. Raises `UnknownValueError` or
    `AmbiguousValueError` for a name that fits no record or several.
    """
    nations, settings, members = (
        _resolved(dataset, what, names)
        for what, names in (("nation", nation), ("setting", setting), ("member", member))
    )
    kinds = (
        None if kind is None else {find_place_kind(dataset, k) for k in ((kind,) if isinstance(kind, str) else kind)}
    )
    wanted = None if status is None else find_status(status)
    found = []
    for place in dataset.places:
        if nations is not None and place.nation not in nations:
            continue
        if settings is not None and place.setting not in settings:
            continue
        if kinds is not None and place.kind not in kinds:
            continue
        if wanted != "all" and not in_status(place.state_on(dataset.as_of).state, wanted):
            continue
        if members is not None and not any(e.member in members for e in place_entries(dataset, place)):
            continue
        found.append(place)
    return tuple(found)


def find_place_kind(dataset: Dataset, text: str) -> str:
    """The place kind `text` names, by the one rule for names; raises on no match or several."""
    kinds = [k.id for k in dataset.place_kinds]
    found = NameTable((kind, kind) for kind in kinds).match(text)
    if len(found.ids) == 1:
        return found.ids[0]
    if found.ids:
        raise AmbiguousValueError("kind", text, list(found.ids))
    raise UnknownValueError("kind", text, list(found.suggestions), kinds)


def place_completions(dataset: Dataset, incomplete: str) -> list[tuple[str, str]]:
    """(value, full name) for each place with a name that starts with `incomplete`, in the file's order;
    a name that several places share (a town: ``belfast``) once, with how many places it answers for.

    As for other names: the typed text completed with the rest of the place's shortest
    matching name, hyphens for spaces, so it needs no quoting and finds the place.
    """
    folded = normalize(incomplete)
    shortest: dict[str, str] = {}
    for name, ids in place_names(dataset).names.items():
        if name.startswith(folded):
            for place_id in ids:
                if place_id not in shortest or len(name) < len(shortest[place_id]):
                    shortest[place_id] = name
    offered: dict[str, list[str]] = {}
    for place in dataset.places:
        if place.id in shortest:
            offered.setdefault(completed(incomplete, shortest[place.id]), []).append(place.name)
    return [(value, names[0] if len(names) == 1 else f"{len(names)} listed places") for value, names in offered.items()]


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


def place_counts(dataset: Dataset, member: Names = None) -> dict[str, int]:
    """How many listed places each member covers on the dataset's day, by member id in the data's
    order (every member, none left out for covering none; with `member`, those it names only).

    A place counts when it may be in use that day (open, or uncertain: as `places_of` without a
    status) and one of the member's entries covers it (`place_entries`). Raises as `places_of`
    does for a member name that fits none or several.
    """
    wanted = _resolved(dataset, "member", member)
    counts = {m.id: 0 for m in dataset.members if wanted is None or m.id in wanted}
    for place in places_of(dataset):
        for covering in {e.member for e in place_entries(dataset, place)}:
            if covering in counts:
                counts[covering] += 1
    return counts
