"""Sentences for people about an answer: which state of the data it gives, said once for every output.

No Rich here: the tables' captions and the site's pages say the same things in the same words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from npmlookup.core.dates import FACTSHEET, spoken

if TYPE_CHECKING:
    from npmlookup.core.dataset import Dataset


def _counted(dataset: Dataset) -> tuple[int, str]:
    """What an answer adds to its edition, and the same in words: up to the edition's end, the additions
    its entries carry (facts of its date that the edition's table omits); after it, its later changes."""
    from npmlookup.core.history import later_changes

    if dataset.as_of <= dataset.edition.end:
        count, word = len({e.event for e in dataset.entries if e.addition}), "addition"
    else:
        count, word = len(later_changes(dataset)), "later change"
    return count, f"{count} {word}{'' if count == 1 else 's'}"


def answer_words(dataset: Dataset) -> str:
    """Which state an answer gives, as a phrase to end a sentence with: "as of 11 December 2025: the NPM
    factsheet of Dec 2014 with 46 later changes"."""
    name = dataset.edition.name
    if dataset.is_edition:
        return f"as {name} states it"
    count, counted = _counted(dataset)
    as_of = spoken(dataset.as_of)
    if dataset.as_of > dataset.edition.end:
        return f"as of {as_of}: {name} with {counted}"
    if not count:
        return f"as of {as_of}: {name}, as it states it"
    return f"as of {as_of}: {name} with {counted} (facts of its date that its table omits)"


def caption(dataset: Dataset, *, dated: bool = True) -> str:
    """The line under a table: which state it gives, as `answer_words` says it, and how to get the others;
    `dated` False for commands that take no --as-of, whose caption names no option."""
    checked = spoken(dataset.checked)
    if not dated:
        return f"Data last checked against its sources on {checked}."
    name = dataset.edition.name
    if dataset.is_edition:
        return f"As {name} states it; without --as-of, the latest known state (as of {checked})."
    count, counted = _counted(dataset)
    as_of = spoken(dataset.as_of)
    if dataset.as_of <= dataset.edition.end and not count:
        return f"As of {as_of}: {name}, as it states it (no later change applies yet)."
    if dataset.as_of <= dataset.edition.end:
        return (
            f"As of {as_of}: {name} with {counted} (facts of its date that its table omits, marked as additions); "
            f"--as-of {FACTSHEET} for its table as published."
        )
    if dataset.as_of == dataset.checked:
        itself = f"--as-of {FACTSHEET} for the {dataset.edition.source} itself"
        return f"As of {as_of} (last checked): {name} with {counted} (npm history); {itself}."
    return f"As of {as_of}: {name} with {counted} (npm history); without --as-of, the latest known state ({checked})."
