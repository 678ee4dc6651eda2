"""The dataset files' format, declared once: each record's keys, and what each key holds.

The checkers (`coverage_checks`, `places_checks`) validate files against
these declarations, and `schema` generates the published JSON Schemas from them, so the
two cannot drift: tests/test_schema.py checks that the shipped schemas are the generated
ones and that mutated files are refused by both or by neither. What a schema cannot say
(that ids exist, that names are not claimed twice, calendar dates, the order of events)
only `npm validate` checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from npmlookup.core.dates import DATE_SHAPE, bounds, is_day
from npmlookup.core.lifetimes import HOLDS_CHILDREN_PATTERN, PERIODS_PATTERN, STATUS_PATTERN
from npmlookup.core.model import BASES, EVENT_KINDS, ROLES
from npmlookup.errors import UNSAFE_CHARACTERS

Schema = dict[str, Any]
"""A JSON Schema fragment."""

ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$"
"""What every id is, and every reference to one: lower-case letters and digits, in words joined by
single hyphens (``hm-prisons``, ``imb-ni``). Ids name files (the site's pages), so a dataset from
elsewhere cannot make a path of one: no dots, slashes, spaces, capitals or empty words."""
ID_WORDS = "lower-case letters and digits, in words joined by single hyphens"
"""The id pattern in words, for messages."""
PLACE_KIND_PATTERN = "^[A-Za-z0-9']+([ -][A-Za-z0-9']+)*$"
"""What a place kind's id is: words (``prison and YOI``, ``secure children's home``) of letters, digits
and apostrophes, joined by single spaces or hyphens. Place kinds are still named by the words that
show in answers; they never name a file, and like ids they can hold no dot or slash."""
PLACE_KIND_WORDS = "words of letters, digits and apostrophes joined by single spaces or hyphens"
"""The place kind pattern in words, for messages."""


_WORD = re.compile(r"[^\W\d_]+")
_CONFUSABLE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def text_problem(text: str) -> str | None:
    """What is wrong with the characters of any text in a dataset file (keys included), if anything.

    No text may hold a character that acts on a terminal or reorders what it shows
    (`errors.UNSAFE_CHARACTERS`: control characters, tab and line breaks included, and the
    bidirectional controls): a long text is folded (``>-``), which joins its lines with spaces. No
    word may mix Latin letters with Cyrillic or Greek ones, the look-alikes of a name spoofed
    (a Cyrillic a, U+0430, in "Wales")."""
    unsafe = re.search(UNSAFE_CHARACTERS, text)
    if unsafe:
        what = unsafe[0].encode("unicode_escape").decode("ascii")
        return f"holds {what} (character {unsafe.start() + 1}), which acts on a terminal or on the direction of text"
    if text.isascii():
        return None
    import unicodedata

    for word in _WORD.findall(text):
        if word.isascii():
            continue
        scripts = [unicodedata.name(letter, "").partition(" ")[0] for letter in word]
        mixed = set(scripts).intersection(_CONFUSABLE_SCRIPTS)
        if len(mixed) > 1:
            first = next(s for s in scripts if s in mixed)
            odd = next(i for i, s in enumerate(scripts) if s in mixed and s != first)
            return (
                f"mixes {first.title()} and {scripts[odd].title()} letters in the word {word!r} "
                f"(U+{ord(word[odd]):04X}, {unicodedata.name(word[odd]).lower()}): a look-alike of a name"
            )
    return None


Problems = list[tuple[tuple[int, ...], str]]
"""What a kind's check finds: each problem's place within the value (a list item's index), and its words."""


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _text(value: Any) -> Problems:
    return [] if _is_text(value) else [((), "must be non-empty text")]


def _list(value: Any) -> Problems:
    return [] if isinstance(value, list) else [((), "must be a list")]


def _texts(value: Any) -> Problems:
    if not isinstance(value, list):
        return _list(value)
    return [((index,), "must hold non-empty text only") for index, item in enumerate(value) if not _is_text(item)]


def _matching(pattern: str, words: str) -> Callable[[Any], Problems]:
    """The check of a text that must match `pattern` (described in `words`) as a whole."""
    compiled = re.compile(pattern)

    def check(value: Any) -> Problems:
        if isinstance(value, str) and compiled.fullmatch(value):  # fullmatch: `$` alone allows a final newline
            return []
        return [((), f"must be an id: {words}")]

    return check


def _form(holds: Callable[[str], object], words: str) -> Callable[[str], str | None]:
    """The form check of a text that `holds` (described in `words`)."""
    return lambda text: None if holds(text) else f"{text!r} must be {words}"


def _anything(value: Any) -> Problems:
    return []


@dataclass(frozen=True)
class Kind:
    """What a key holds: its JSON Schema, and the check the checkers make of it in every file."""

    schema: Schema
    """The schema fragment (references into the schema's $defs)."""
    check: Callable[[Any], Problems] = _anything
    """The type check: what is wrong with a value of this key, if anything."""
    form: Callable[[str], str | None] | None = None
    """The format a text that passes `check` must have: what is wrong with it, in words after the key.
    Formats that need their context (event dates, vocabularies, lifetimes) are checked by the rules
    that read them."""

    @property
    def listed(self) -> bool:
        """Whether it holds a list of texts."""
        return self.check is _texts


def _patterned(pattern: str, form: Callable[[str], str | None] | None = None) -> Kind:
    """Text that matches `pattern` (the schema's check; the checkers check `form`, or the rules that read it)."""
    return Kind({"type": "string", "pattern": pattern}, _text, form)


TEXT = Kind({"$ref": "#/$defs/text"}, _text)
TEXTS = Kind({"$ref": "#/$defs/texts"}, _texts)
DAY = _patterned("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", _form(is_day, "a day, YYYY-MM-DD"))
PARTIAL_DATE = _patterned(f"^{DATE_SHAPE}$", _form(bounds, "YYYY, YYYY-MM or YYYY-MM-DD"))
EVENT_DATE = _patterned(f"^(by {DATE_SHAPE}|{DATE_SHAPE}(( to |/){DATE_SHAPE})?)$")
URL = _patterned(
    "^https?://", lambda t: None if t.startswith(("https://", "http://")) else "must start with https:// or http://"
)
ROLE = Kind({"enum": list(ROLES)}, _text)
BASIS = Kind({"enum": list(BASES)}, _text)
EVENT_KIND = Kind({"enum": list(EVENT_KINDS)}, _text)
PLACE_STATUS = _patterned(STATUS_PATTERN)  # the grammar is `core.lifetimes`'s, checked there
FORMAT_VERSION = 1
"""The only `schema_version` this release reads, in both files."""
SCHEMA_VERSION = Kind({"const": FORMAT_VERSION})
ID = Kind({"$ref": "#/$defs/id"}, _matching(ID_PATTERN, ID_WORDS))
"""A record's own id (ID_PATTERN)."""
PLACE_KIND_ID = Kind({"$ref": "#/$defs/placeKindId"}, _matching(PLACE_KIND_PATTERN, PLACE_KIND_WORDS))
"""A place kind's own id (PLACE_KIND_PATTERN)."""
REF = Kind({"$ref": "#/$defs/id"}, _text)
"""A reference to a record by its id. The schema, which cannot look ids up, checks its form; the checkers
look each one up instead, and say that an unknown one is unknown, which says more than its form would."""
REFS = Kind({"$ref": "#/$defs/ids"}, _texts)
SOURCE_REFS = Kind({"$ref": "#/$defs/ids", "minItems": 1}, _texts)
PLACE_KIND_REFS = Kind({"type": "array", "items": {"$ref": "#/$defs/placeKindId"}}, _texts)
PLACE_KIND_REF = Kind({"$ref": "#/$defs/placeKindId"}, _text)
PERIODS = _patterned(PERIODS_PATTERN)
HOLDS_CHILDREN = _patterned(HOLDS_CHILDREN_PATTERN)
FLAG = Kind({"type": "boolean"}, lambda value: [] if isinstance(value, bool) else [((), "must be true or false")])


@dataclass(frozen=True)
class Shape:
    """A record: its required and optional keys and their kinds. Optional keys may also be null."""

    name: str
    """Its name in the schema's $defs, and in messages."""
    required: dict[str, Kind]
    optional: dict[str, Kind] = field(default_factory=dict)

    @property
    def kinds(self) -> dict[str, Kind]:
        """Every key it allows, in order, with its kind."""
        return self.required | self.optional


def _list_of(name: str, *, at_least: int = 0) -> Kind:
    schema: Schema = {"type": "array", "items": {"$ref": f"#/$defs/{name}"}}
    return Kind(schema | ({"minItems": at_least} if at_least else {}), _list)


def _one_of(name: str) -> Kind:
    return Kind({"$ref": f"#/$defs/{name}"})


SOURCE = Shape(
    "source", {"id": ID, "title": TEXT}, {"url": URL, "date": TEXT, "note": TEXT, "publisher": TEXT, "read_at": URL}
)
COPY_HOSTS = (
    "docslib.org",
    "pdfslide.us",
    "pdfslide.net",
    "slidelegend.com",
    "studylib.net",
    "docplayer.net",
    "vdocument.in",
    "vdocuments.site",
    "vdocuments.mx",
    "vdocuments.net",
    "powershow.com",
    "dokumen.tips",
    "scribd.com",
    "theinfolist.com",
    "wikimili.com",
    "enwikipedia.net",
)
"""Hosts of copies of other publishers' documents and pages (document mirrors, Wikipedia copies): a
source read there names the copy as `read_at`, never as its address."""


def copy_host(address: str) -> str | None:
    """The copy host (`COPY_HOSTS`) an address is on, if it is on one."""
    parts = address.strip().split("/")  # https://HOST/...
    host = parts[2].lower().removeprefix("www.") if len(parts) > 2 else ""
    return host if host in COPY_HOSTS else None


NATION = Shape("nation", {"id": ID, "name": TEXT}, {"aliases": TEXTS})
SETTING = Shape("setting", {"id": ID, "name": TEXT}, {"aliases": TEXTS, "note": TEXT, "place_words": TEXTS})
MEMBER = Shape(
    "member",
    {"id": ID, "name": TEXT, "abbreviation": TEXT, "kind": TEXT, "nations": REFS},
    {"aliases": TEXTS, "remit": TEXT, "note": TEXT, "website": URL, "website_note": TEXT},
)
PLACE_KIND = Shape("placeKind", {"id": PLACE_KIND_ID, "setting": REF}, {"also": REFS})
EDITION = Shape(
    "edition",
    {"source": REF, "date": PARTIAL_DATE, "valid_from": DAY},
    {"description": TEXT, "name": TEXT, "short_name": TEXT},
)
ENTRY = Shape(
    "entry",
    {"member": REF, "role": ROLE, "basis": BASIS},
    {"basis_note": TEXT, "note": TEXT, "sources": REFS, "kinds": PLACE_KIND_REFS},
)
FACT = Shape("fact", {"text": TEXT}, {"sources": REFS, "since": EVENT_DATE, "until": EVENT_DATE})
ABOUT = Shape("about", {"summary": TEXT}, {"name": TEXT, "powers": TEXTS, "facts": _list_of("fact")})
EVENT = Shape("event", {"id": ID, "date": EVENT_DATE, "kind": EVENT_KIND, "description": TEXT, "sources": SOURCE_REFS})
"""The keys every event has; EVENT_KEYS adds each kind's own."""

_ROLE_KEYS = {"member": REF, "setting": REF, "nations": REFS}
EVENT_KEYS: dict[str, tuple[dict[str, Kind], dict[str, Kind]]] = {
    "designated": ({"member": REF}, {}),
    "setting-added": ({"setting": REF}, {}),
    "renamed": ({"name": TEXT}, {"member": REF, "setting": REF, "abbreviation": TEXT}),
    "role-removed": (_ROLE_KEYS, {}),
    "role-added": (
        {**_ROLE_KEYS, "role": ROLE, "basis": BASIS},
        {"basis_note": TEXT, "note": TEXT, "kinds": PLACE_KIND_REFS, "addition": FLAG},
    ),
    "note": ({}, {"member": REF, "setting": REF, "nations": REFS, "note": TEXT, "addition": FLAG}),
}
"""Each event kind's (required, optional) keys beyond EVENT's."""
EVENT_ANY = Shape(
    "event", EVENT.required, {key: kind for keys in EVENT_KEYS.values() for key, kind in (keys[0] | keys[1]).items()}
)
"""Every key an event of any kind may have."""
EVENT_SHAPES = {kind: Shape("event", EVENT.required | own[0], own[1]) for kind, own in EVENT_KEYS.items()}
"""Each event kind's keys: EVENT's and its own."""


EVENT_RULES: dict[str, dict[str, Schema]] = {
    "renamed": {
        "a renamed event names exactly one of 'member' or 'setting'": {
            "oneOf": [{"required": ["member"]}, {"required": ["setting"]}]
        },
        "a setting has no abbreviation to rename": {"not": {"required": ["setting", "abbreviation"]}},
    },
    "note": {
        "a note on a row names both 'setting' and 'nations'": {
            "dependentRequired": {"setting": ["nations"], "nations": ["setting"]}
        },
        "a note on a row needs the 'note' it adds to the entries there": {"dependentRequired": {"setting": ["note"]}},
        "a note on a member's entries names the row ('setting' and 'nations')": {
            "dependentRequired": {"member": ["setting"]}
        },
    },
}
"""The combinations of keys an event kind requires or forbids, declared once for the checker and the schema:
each one's problem in words when it is broken, and the rule as a schema on the event."""


def holds(rule: Schema, keys: set[str]) -> bool:
    """Whether an event that gives `keys` (with a value) meets a rule of EVENT_RULES (read from its schema)."""
    if "oneOf" in rule:
        return sum(holds(branch, keys) for branch in rule["oneOf"]) == 1
    if "not" in rule:
        return not holds(rule["not"], keys)
    if "required" in rule:
        return set(rule["required"]) <= keys
    return all(set(needed) <= keys for key, needed in rule["dependentRequired"].items() if key in keys)


COVERAGE_FILE = Shape(
    "coverageFile",
    {
        "schema_version": SCHEMA_VERSION,
        "title": TEXT,
        "checked": Kind(DAY.schema, _text),  # its form is checked where `checked` is read
        "edition": _one_of("edition"),
        "sources": _list_of("source"),
        "nations": _list_of("nation", at_least=1),
        "settings": _list_of("setting", at_least=1),
        "members": _list_of("member"),
        "coverage": _one_of("coverage"),
    },
    {
        "events": _list_of("event"),
        "about": _one_of("about"),
        "place_kinds": _list_of("placeKind"),
        "places": TEXT,
        "concerns": TEXT,
        "children_setting": REF,
        "licence": _one_of("dataLicence"),
    },
)
DATA_LICENCE = Shape("dataLicence", {"name": TEXT, "title": TEXT, "path": URL}, {"citation": TEXT})
"""The data's own licence (an SPDX name, its title and address) and how to cite the data."""
COVERAGE_SHAPES = (SOURCE, NATION, SETTING, MEMBER, PLACE_KIND, EDITION, ENTRY, FACT, ABOUT, EVENT, DATA_LICENCE)
"""The records of a coverage file, each a $def of its schema."""

LICENCE = Shape("licence", {"source": TEXT}, {"licence": TEXT, "used_for": TEXT})
PLACE = Shape(
    "place",
    {
        "id": ID,
        "name": TEXT,
        "kind": PLACE_KIND_REF,
        "setting": REF,
        "nation": REF,
        "status": PLACE_STATUS,
        "source_title": TEXT,
    },
    {
        "source_url": URL,
        "other_names": TEXTS,
        "operator": TEXT,
        "source_as_of": PARTIAL_DATE,
        "note": TEXT,
        "opened": TEXT,
        "periods": PERIODS,
        "holds_children": HOLDS_CHILDREN,
        "lifetime_source": TEXT,
        "children_source": TEXT,
        "read_at": TEXT,
        "town": TEXT,
        "town_source": URL,
    },
)
PLACES_FILE = Shape(
    "placesFile",
    {"schema_version": SCHEMA_VERSION, "title": TEXT, "places": _list_of("place")},
    {"licences": _list_of("licence")},
)
PLACES_SHAPES = (LICENCE, PLACE)
"""The records of a places file."""

CONCERN = Shape(
    "concern",
    {"member": REF, "confirmed": FLAG},
    {
        "takes": TEXT,
        "who": TEXT,
        "how": TEXT,
        "what": TEXT,
        "url": URL,
        "settings": TEXT,
        "quote": TEXT,
        "seen": TEXT,
    },
)
ROUTE = Shape(
    "route",
    {"id": ID, "name": TEXT, "confirmed": FLAG},
    {
        "abbreviation": TEXT,
        "takes": TEXT,
        "who": TEXT,
        "how": TEXT,
        "precondition": TEXT,
        "url": URL,
        "quote": TEXT,
    },
)
ROUTE_CELL = Shape(
    "routeCell",
    {"setting": REF, "nation": REF, "confirmed": FLAG},
    {"route": REF, "scope": TEXT, "kinds": PLACE_KIND_REFS},
)
PLACE_PAGE = Shape(
    "placePage",
    {"place": REF, "member": REF, "kind": TEXT, "url": URL, "title": TEXT},
    {"describes": TEXT, "seen": TEXT, "quote": TEXT},
)
CONCERNS_FILE = Shape(
    "concernsFile",
    {"schema_version": SCHEMA_VERSION, "members": _list_of("concern")},
    {"routes": _list_of("route"), "route_cells": _list_of("routeCell"), "place_pages": _list_of("placePage")},
)
"""Who to tell: what each member does with a person's concern, routes outside the NPM, places' pages."""
