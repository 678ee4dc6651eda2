"""What the data rests on and says of itself: its sources, what the NPM is, and the licences.

These records are made only when first used (`dataset.PARTS`): a question about the table
does not create their classes (0.35 ms each a run, benchmarks/startup.py).
"""

from npmlookup.core.model import Record, record


@record
class Source(Record):
    """A document that the data rests on."""

    id: str
    """Stable key that entries and events cite."""
    title: str
    """What the document is called."""
    url: str | None = None
    """Where to read it, when the address is known for certain."""
    date: str | None = None
    """When it was published, as precisely as known."""
    note: str | None = None
    """What it says that matters here."""
    publisher: str | None = None
    """Who published the original, where only a copy was read (`read_at`) or it is not obvious."""
    read_at: str | None = None
    """A copy it was read at (a document mirror), when the publisher's own address (`url`) is not known
    or differs: a copy is never the source's address."""


@record
class Licence(Record):
    """One source of the named places, and the licence its facts are used under."""

    source: str
    """The source, in words."""
    licence: str | None
    """Its licence, as the places file records it; None where the file records none."""
    used_for: str | None = None
    """What the places take from it."""


@record
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


@record
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


@record
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
