"""Names: the one rule by which a text finds the records it names, for every kind of record.

Nothing here prints, reads files or knows about the command line. Every name and every
query is folded by `normalize` (case, accents, apostrophes, ``&``, punctuation, spaces).
A kind's names may carry designators: words that say what kind of thing it is, not which
(``HMP``, ``IRC``): they are optional at either end of a name, and a name without them is
its core. The rule, in order, the first step that finds anything wins:

1. the folded text, designators and all, is a name: every record with that name (places may
   share one);
2. its core is a name's core: every record with that core (a text without designators, such
   as ``morton hall``, fits every record it is the core of: HMP Morton Hall and Morton Hall IRC);
3. cores that begin with it: every record of them, if they are one name and longer forms
   of it (``hydebank wood``, ``hydebank wood college``), else ambiguous when several;
4. cores with a later word that begins with it (``verne`` in ``the verne``): likewise;
5. nothing: the closest cores (difflib's ratio, at least the table's cutoff) are suggestions, never
   answers. A record whose names name other nations, and not the one the text names, is left out.

Records come in the order they were given. The site's search (``static/search.js``) runs
this rule on the tables `NameTable.export` writes; a test holds the two to the same answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from npmlookup.core.model import MAX_NAME_LENGTH, normalize

CUTOFF = 0.6
"""How close (difflib's ratio) a name must be to a text to be suggested, unless a table says."""

MAX_SUGGESTIONS = 3
"""At most this many suggestions."""

MAX_FUZZY_LENGTH = 199
"""Longer folded text gets no suggestions (difflib treats longer texts differently)."""


class Match(NamedTuple):
    """What a text names: the records found (in the given order), whether they are candidates
    to choose from rather than answers, and suggestions when nothing was found."""

    ids: tuple[str, ...]
    ambiguous: bool = False
    suggestions: tuple[str, ...] = ()


class NameTable:
    """Folded names and their cores to the ids of the records that carry them (several may).

    An index, not a record: built once from (name, id) pairs and never changed.
    """

    __slots__ = ("_ending", "_starting", "cores", "cutoff", "designators", "names", "order", "sorted_cores")

    def __init__(
        self, pairs: Iterable[tuple[str, str]], designators: Iterable[str] = (), cutoff: float = CUTOFF
    ) -> None:
        self.cutoff = cutoff
        """How close (difflib's ratio) a name must be to a text to be suggested."""
        self.designators = tuple(dict.fromkeys(d for d in (normalize(d) for d in designators) if d))
        """Folded designators, longest first within each first and last word."""
        self._starting = _by_word(self.designators, 0)
        self._ending = _by_word(self.designators, -1)
        self.names: dict[str, list[str]] = {}
        """Folded name to ids."""
        self.cores: dict[str, list[str]] = {}
        """Folded name without designators to ids."""
        self.order: dict[str, int] = {}
        """Id to its position: the order answers come in."""
        for name, record_id in pairs:
            self.order.setdefault(record_id, len(self.order))
            folded = normalize(name)
            if not folded:
                continue
            for table, key in ((self.names, folded), (self.cores, self.core(folded))):
                ids = table.setdefault(key, [])
                if record_id not in ids:
                    ids.append(record_id)
        self.sorted_cores = tuple(sorted(self.cores))
        """Every core, sorted, for beginnings and suggestions."""

    def core(self, folded: str) -> str:
        """A folded name without the designators at its ends (``hmp and yoi berwyn`` is ``berwyn``)."""
        words = tuple(folded.split())
        changed = True
        while changed and len(words) > 1:
            changed = False
            for parts in self._starting.get(words[0], ()):
                if len(words) > len(parts) and words[: len(parts)] == parts:
                    words, changed = words[len(parts) :], True
                    break
            for parts in self._ending.get(words[-1], ()):
                if len(words) > len(parts) and words[-len(parts) :] == parts:
                    words, changed = words[: -len(parts)], True
                    break
        return " ".join(words)

    def match(self, text: str, contrasts: Sequence[Sequence[str]] = ()) -> Match:
        """What `text` names, by the module's rule. `contrasts`: groups of folded words (one group a
        nation) of which a text names one; a suggestion that names only others is not made."""
        folded = normalize(text) if len(text) <= MAX_NAME_LENGTH else ""
        if not folded:
            return Match(())
        core = self.core(folded)
        # A name as typed, designators and all, is that name; a bare name fits every record it is the core of.
        found = self.cores.get(core) if folded == core else self.names.get(folded) or self.cores.get(core)
        if found:
            return Match(self._ordered(found))
        for starts in (True, False):
            names = [name for name in self.sorted_cores if _begins(name, core, starts)]
            if names:
                ids = self._ordered(i for name in names for i in self.cores[name])
                shortest = min(names, key=len)
                one_name = all(name == shortest or name.startswith(shortest + " ") for name in names)
                return Match(ids, ambiguous=len(ids) > 1 and not one_name)
        return Match((), suggestions=self._suggestions(core, contrasts))

    def _ordered(self, ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(set(ids), key=self.order.__getitem__))

    def _suggestions(self, core: str, contrasts: Sequence[Sequence[str]]) -> tuple[str, ...]:
        if len(core) > MAX_FUZZY_LENGTH:
            return ()
        from difflib import get_close_matches  # only on a miss: it is not free to import

        named = _named_groups(core, contrasts)
        named_by_record: dict[str, set[int]] = {}
        if named:  # a record whose names name only other nations than the text is not what it means
            for name, ids in self.cores.items():
                for record_id in ids:
                    named_by_record.setdefault(record_id, set()).update(_named_groups(name, contrasts))
        suggestions: list[str] = []
        for name in get_close_matches(core, self.sorted_cores, n=5, cutoff=self.cutoff):
            for record_id in self.cores[name]:
                groups = named_by_record.get(record_id)
                if record_id not in suggestions and not (groups and not named & groups):
                    suggestions.append(record_id)
        return tuple(suggestions[:MAX_SUGGESTIONS])

    def export(self) -> dict[str, Any]:
        """The table as plain JSON values: for the site's search to run the same rule on, and for the
        shipped dataset (`restore` makes the table again from them without folding a name)."""
        return {
            "names": self.names,
            "cores": self.cores,
            "designators": list(self.designators),
            "cutoff": self.cutoff,
            "order": list(self.order),
            "limits": {"name": MAX_NAME_LENGTH, "fuzzy": MAX_FUZZY_LENGTH, "suggestions": MAX_SUGGESTIONS},
        }

    @classmethod
    def restore(cls, exported: dict[str, Any]) -> NameTable:
        """The table `export` wrote, made again as it was (names, cores, order and designators as stored)."""
        table = cls.__new__(cls)
        table.cutoff = float(exported["cutoff"])
        table.designators = tuple(exported["designators"])
        table._starting = _by_word(table.designators, 0)
        table._ending = _by_word(table.designators, -1)
        table.names = dict(exported["names"])
        table.cores = dict(exported["cores"])
        table.order = {record_id: position for position, record_id in enumerate(exported["order"])}
        table.sorted_cores = tuple(sorted(table.cores))
        return table


def _begins(name: str, core: str, at_start: bool) -> bool:
    """Whether `name` begins with `core` (at_start), or has a later word that does."""
    return name.startswith(core) if at_start else (" " + core) in name[1:]


def _by_word(designators: Sequence[str], position: int) -> dict[str, list[tuple[str, ...]]]:
    """Designators as word tuples, by their first (0) or last (-1) word, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for designator in sorted(designators, key=lambda d: (-len(d), d)):
        words = tuple(designator.split())
        table.setdefault(words[position], []).append(words)
    return table


def _named_groups(folded: str, contrasts: Sequence[Sequence[str]]) -> set[int]:
    """The groups (by position) that a folded text names one of the words of, as whole words."""
    padded = f" {folded} "
    return {i for i, words in enumerate(contrasts) if any(f" {word} " in padded for word in words)}


def completed(incomplete: str, name: str) -> str:
    """A shell completion's value: what was typed, character for character where folding kept its length
    (the shell keeps only values that start with it), then the rest of the folded `name` it begins,
    hyphens for spaces, so it needs no quoting and resolves to the record."""
    folded = normalize(incomplete)
    typed = incomplete if len(incomplete) == len(folded) else folded
    return (typed + name[len(folded) :]).replace(" ", "-")


def words_in(folded: str, words: Iterable[str]) -> bool:
    """Whether a folded text contains any of the folded `words` as whole words."""
    padded = f" {folded} "
    return any(f" {word} " in padded for word in words if word)
