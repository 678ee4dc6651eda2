"""What the NPM is: the edition's own words about it, and dated facts, each with its sources.

Plain, frozen, slotted dataclasses like the rest of the model (`model`), in a module of
their own so that a lookup never creates these classes: the dataset builds its `about`
on first use (`indexes.Deferred`); `npm about`, `--explain` and the site ask for it.
"""

from dataclasses import dataclass

from npmlookup.core.model import ModelBase


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Fact(ModelBase):
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
class About(ModelBase):
    """What the NPM is, from the edition's own words."""

    summary: str
    """What an NPM is and does."""
    powers: tuple[str, ...]
    """The powers OPCAT requires an NPM to have."""
    facts: tuple[Fact, ...]
    """Dated facts about the NPM."""
    name: str | None = None
    """What the dataset is about, as a sentence names it (``the UK's National Preventive Mechanism``)."""
