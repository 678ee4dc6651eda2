"""Pure functions over a `Dataset`: resolve what the user typed, and answer lookups.

Nothing here prints, reads files or knows about the command line.

Settings, nations and members are found by the one rule of `npmlookup.core.names` (as
places are): by id, abbreviation, alias, full name or former name; then by a beginning
or a word's beginning, one record or an `AmbiguousValueError` that lists them; else an
`UnknownValueError` with the closest names as suggestions (never chosen).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from npmlookup.core.dataset import Dataset
from npmlookup.core.model import MAX_NAME_LENGTH, Entry, Member, Nation, Setting, normalize
from npmlookup.core.names import NameTable, completed
from npmlookup.errors import AmbiguousValueError, UnknownValueError, shortened

Named = Setting | Nation | Member


def _tables(dataset: Dataset, kind: str) -> tuple[Sequence[Named], NameTable, Mapping[str, Named]]:
    """A kind's records in order, its name table and its records by id."""
    if kind == "setting":
        return dataset.settings, dataset.setting_names, dataset.setting_by_id
    if kind == "nation":
        return dataset.nations, dataset.nation_names, dataset.nation_by_id
    return dataset.all_members, dataset.member_names, dataset.member_by_id


def name_table(dataset: Dataset, kind: str) -> NameTable:
    """The `NameTable` of a kind (``setting``, ``nation`` or ``member``): every record the file knows,
    in its order, by every name it answers to."""
    return _tables(dataset, kind)[1]


def nation_contrasts(dataset: Dataset) -> list[list[str]]:
    """Each nation's folded name and aliases: a suggestion that names another nation than the text
    does is not made."""
    return [[normalize(name) for name in (n.name, *n.aliases)] for n in dataset.nations]


def _find_id(dataset: Dataset, kind: str, text: str) -> str:
    _records, table, by_id = _tables(dataset, kind)
    exact = table.names.get(normalize(text) if len(text) <= MAX_NAME_LENGTH else "")
    if exact is not None and len(exact) == 1:  # the common case: a name as the table holds it
        return exact[0]
    match = table.match(text, nation_contrasts(dataset))
    if len(match.ids) > 1:  # one record is the answer: several that fit are a choice
        raise AmbiguousValueError(kind, text, [f"{i} ({by_id[i].name})" for i in match.ids])
    if match.ids:
        return match.ids[0]
    valid = [r.id for r in _records]
    if kind == "member" and not match.suggestions:
        from npmlookup.core.names import words_in

        folded = normalize(text)
        # A name that fits no member but names a nation: the members working there are the choice.
        contrasts = zip(dataset.nations, nation_contrasts(dataset), strict=True)
        nations = [n for n, words in contrasts if words_in(folded, words)]
        if nations:
            there = [m.id for m in dataset.members if {n.id for n in nations} & set(m.nations)]
            error = UnknownValueError(kind, text, [], there)
            where = " and ".join(n.name for n in nations)
            error.args = (
                f"unknown member {shortened(text)!r}: no member has that name; "
                f"the members in {where}: {', '.join(there)}",
            )
            raise error
    raise UnknownValueError(kind, text, list(match.suggestions), valid)


def find_setting(dataset: Dataset, text: str) -> Setting:
    """The setting the user means by `text`; raises `UnknownValueError` or `AmbiguousValueError`."""
    return dataset.setting_by_id[_find_id(dataset, "setting", text)]


def find_nation(dataset: Dataset, text: str) -> Nation:
    """The nation the user means by `text`; raises `UnknownValueError` or `AmbiguousValueError`."""
    return dataset.nation_by_id[_find_id(dataset, "nation", text)]


def find_member(dataset: Dataset, text: str) -> Member:
    """The member the user means by `text` (any of its names, past or later); raises on no match."""
    return dataset.member_by_id[_find_id(dataset, "member", text)]


def get_member(dataset: Dataset, text: str, default: Member | None = None) -> Member | None:
    """Like `find_member`, but returns `default` instead of raising."""
    try:
        return find_member(dataset, text)
    except LookupError:
        return default


Names = str | Setting | Nation | Member | Collection[str | Setting | Nation | Member] | None
"""What a filter of `who` takes: a name (any id, name, alias, former or later name), a record,
several of those (any of them matches), or None (no filter)."""


def _resolved(dataset: Dataset, kind: str, names: Names) -> frozenset[str] | None:
    """The ids that a filter's names resolve to, as the command resolves them; None for no filter."""
    if names is None:
        return None
    values = (names,) if isinstance(names, str | Setting | Nation | Member) else tuple(names)
    return frozenset(v.id if isinstance(v, Setting | Nation | Member) else _find_id(dataset, kind, v) for v in values)


def who(dataset: Dataset, *, setting: Names = None, nation: Names = None, member: Names = None) -> tuple[Entry, ...]:
    """Entries matching every filter given (none given: the whole table), in table order.

    Each filter takes what the command takes: any name, abbreviation, alias or id, in any
    case and spelling, or a record, or several (any of them matches). Raises
    `UnknownValueError` or `AmbiguousValueError` for a name that fits no record or several.
    """
    settings = _resolved(dataset, "setting", setting)
    nations = _resolved(dataset, "nation", nation)
    members = _resolved(dataset, "member", member)
    if settings is not None and nations is not None and len(settings) == len(nations) == 1:
        entries = dataset.cells.get((next(iter(settings)), next(iter(nations))), ())
    elif members is not None and len(members) == 1:
        entries = dataset.entries_by_member.get(next(iter(members)), ())
    else:
        entries = dataset.entries
    return tuple(
        e
        for e in entries
        if (settings is None or e.setting in settings)
        and (nations is None or e.nation in nations)
        and (members is None or e.member in members)
    )


def alongside(dataset: Dataset, entry: Entry) -> tuple[Entry, ...]:
    """The other entries in the same cell as `entry`: the bodies it works beside."""
    return tuple(e for e in dataset.cells.get((entry.setting, entry.nation), ()) if e.member != entry.member)


def completions(dataset: Dataset, kind: str, incomplete: str) -> list[tuple[str, str]]:
    """(value, full name) for each setting, nation or member with a name that starts with `incomplete`.

    For shell completion, which keeps only values that start with what was typed: the
    value is the typed text completed with the rest of the shortest matching name (the
    id when nothing was typed), hyphens for spaces, so it needs no quoting and resolves
    to the record.
    """
    from bisect import bisect_left  # only for completion: no answer imports it

    records, table, _by_id = _tables(dataset, kind)
    folded = normalize(incomplete)
    if not folded:
        return [(r.id, r.name) for r in records]
    shortest: dict[str, str] = {}
    for name in table.sorted_cores[bisect_left(table.sorted_cores, folded) :]:
        if not name.startswith(folded):
            break
        for record_id in table.cores[name]:
            if record_id not in shortest or len(name) < len(shortest[record_id]):
                shortest[record_id] = name
    return [(completed(incomplete, shortest[r.id]), r.name) for r in records if r.id in shortest]
