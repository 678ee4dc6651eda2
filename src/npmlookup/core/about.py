"""What the NPM is, in its edition's own words, and the licences of the data and of the places' sources.

These records are made only when first used (`dataset.PARTS`): a question about the table
does not create their classes (0.35 ms each a run, benchmarks/startup.py).
"""

from dataclasses import dataclass

from npmlookup.core.model import Record


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Licence(Record):
    """One source of the named places, and the licence its facts are used under."""

    source: str
    """The source, in words."""
    licence: str | None
    """Its licence, as the places file records it; None where the file records none."""
    used_for: str | None = None
    """What the places take from it."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class DataLicence(Record):
    """The data's own licence, and how to cite the data."""

    name: str
    """Its SPDX identifier (``CC-BY-SA-4.0``)."""
    title: str
    """Its full name."""
    path: str
    """Its address."""
    citation: str | None = None
    """How to cite the data; ``{checked}`` stands for the day the data was last checked (its version)."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Fact(Record):
    """A sentence about the NPM itself, with its sources."""

    text: str
    """The fact."""
    sources: tuple[str, ...]
    """Ids of the sources that state it."""
    since: str | None = None
    """ISO day from which it holds (the upper bound of its date); None: since the edition."""
    until: str | None = None
    """ISO day from which it no longer holds; None: it still does."""

    def holds_on(self, day: str) -> bool:
        """Whether the fact holds on an ISO day (a fact with no `since` holds from the edition on)."""
        return (self.since is None or self.since <= day) and (self.until is None or day < self.until)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class About(Record):
    """What the NPM is, from the edition's own words."""

    summary: str
    """What an NPM is and does."""
    powers: tuple[str, ...]
    """The powers OPCAT requires an NPM to have."""
    facts: tuple[Fact, ...]
    """Dated facts about the NPM."""
    name: str | None = None
    """What the dataset is about, as a sentence names it (``the UK's National Preventive Mechanism``)."""
