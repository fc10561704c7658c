"""Plain follow-ups about the business's facts and the site's look.

"we are in Cardiff, not Bristol", "our prices are in euros", "add our phone
number …", "change the opening hours to …", "the haircut is now £28", "add
blow dry £20", "remove colour", "make the buttons rounder and the text bigger".
Reading them here keeps intent.py about sections, pages, names and colours.
"""

import re
from dataclasses import dataclass, field

from . import fact_patterns, money, places
from .facts import Facts, Item, extract
from .state import SiteState
from .stylesheet import SANS, SERIF

_PLACE_CHANGE = re.compile(
    r"(?i)\b(?:we(?:'re|\s+are)\s+(?:now\s+|actually\s+)?(?:in|based|located)|(?:we\s+)?moved\s+to|based\s+in"
    r"|located\s+in|(?:change|set|update)\s+(?:the\s+)?(?:location|city|town|place)|not\s+in|move\s+(?:it|us)\s+to"
    r"|(?:location|city|town)\s+is)\b"
)
_CURRENCY_CHANGE = re.compile(
    r"(?i)\b(?:prices?|currency|charge|cost)\b.*\b(?:in|to|into)\b|\b(?:use|switch\s+to|show|in)\s+"
    r"(?:euros?|pounds?|dollars?|usd|eur|gbp|chf|[£$€])"
)
_PRICE_CHANGE = re.compile(
    r"(?i)\b(?:now|is|are|costs?|price\s+of|change|make|set|to|should\s+be|raise|lower)\b"
)
_ADD = re.compile(
    r"(?i)^\s*(?:please\s+)?(?:add|include|put|also\s+add|we\s+(?:also\s+)?(?:do|sell|offer|serve))\b"
)
_REMOVE = re.compile(
    r"(?i)\b(?:remove|delete|drop|get\s+rid\s+of|no\s+longer|discontinue|stop\s+(?:selling|offering|doing"
    r"|serving)|don'?t\s+(?:do|sell|offer|serve))\b|\btake\b.*\b(?:off|out)\b"
)
_PERSON_ADD = re.compile(
    r"(?i:\badd\s+(?:our\s+|a\s+)?(?:new\s+)?)(?:(?P<role>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+)?"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+)"
)
_TEAM_WORDS = re.compile(
    r"(?i)\b(?:team|staff|stylist|trainer|teacher|tutor|dentist|therapist|chef|barber|instructor|coach"
    r"|member|colleague|partner|vet|nurse|agent|solicitor|lawyer|volunteer)\b"
)
_SESSION_ADD = re.compile(
    rf"(?i)\badd\s+(?:a|an|another)?\s*(?P<when>(?:{fact_patterns.DAYS})\.?\s+(?:at\s+)?(?:{fact_patterns.TIME}))"
    r"\s+(?P<what>[a-z][\w' -]{1,40}?)(?:\s+(?:class|session|workshop|gig|show|lesson))?\s*(?:$|[.,!])"
)
_HOURS_WORDS = re.compile(r"(?i)\b(?:hours|open|opening|closed|horaires|öffnungszeiten|horario)\b")
_CONTACT_WORDS = re.compile(r"(?i)\b(?:phone|number|call|tel|email|e-mail|mail|address|contact|reach)\b")

# Restyles through the stylesheet's custom properties: (pattern, {property: value}, what the reply says).
ROUNDED = (
    'ui-rounded, "Hiragino Maru Gothic ProN", Quicksand, Nunito, '
    '"Arial Rounded MT Bold", system-ui, sans-serif'
)
RESTYLES: list[tuple[str, dict[str, str], str]] = [
    (
        r"round(?:er|ed)?(?:\s+corners)?|softer\s+corners|pill",
        {"radius": "28px", "button-radius": "999px"},
        "rounder corners and buttons",
    ),
    (
        r"square(?:r)?|sharp(?:er)?\s+corners|less\s+round(?:ed)?|boxy",
        {"radius": "4px", "button-radius": "6px"},
        "squarer corners and buttons",
    ),
    (
        r"(?:bigger|larger|bolder)\s+(?:text|font|type|letters)|(?:text|font|type)\s+(?:bigger|larger)"
        r"|increase\s+the\s+(?:text|font)\s+size|easier\s+to\s+read",
        {"text-size": "1.2rem"},
        "bigger text",
    ),
    (r"smaller\s+(?:text|font|type)|(?:text|font)\s+smaller", {"text-size": "0.95rem"}, "smaller text"),
    (r"(?:bigger|larger)\s+logo|logo\s+(?:bigger|larger)", {"logo-height": "3.5rem"}, "a bigger logo"),
    (r"smaller\s+logo|logo\s+smaller", {"logo-height": "1.9rem"}, "a smaller logo"),
    (
        r"more\s+modern|modern(?:ise|ize)?|contemporary|sleek(?:er)?",
        {
            "font-heading": SANS,
            "font-body": SANS,
            "radius": "14px",
            "button-radius": "10px",
            "space": "6.5rem",
        },
        "a more modern look: clean sans-serif type, crisper corners, more air",
    ),
    (
        r"(?:more\s+)?playful|fun(?:nier)?|friendl(?:y|ier)\s+look|whimsical",
        {"font-heading": ROUNDED, "radius": "28px", "button-radius": "999px"},
        "a more playful look: rounded type and soft, round corners",
    ),
    (
        r"serif(?:\s+font)?|classic(?:al)?\s+font|elegant\s+font",
        {"font-heading": SERIF, "font-body": SERIF},
        "serif type",
    ),
    (
        r"sans(?:-|\s)?serif(?:\s+font)?|sans\s+font",
        {"font-heading": SANS, "font-body": SANS},
        "sans-serif type",
    ),
    (
        r"more\s+(?:spacing|space|white\s*space|breathing\s+room|air)|airier|roomier|spacious|less\s+cramped",
        {"space": "8rem"},
        "more space between sections",
    ),
    (
        r"less\s+(?:spacing|space|white\s*space)|tighter|more\s+compact|denser",
        {"space": "3.5rem"},
        "less space between sections",
    ),
]


@dataclass
class FactEdits:
    """What a follow-up asks to change about the facts and the look."""

    place: str | None = None
    country: str | None = None
    currency: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    hours: list[tuple[str, str]] = field(default_factory=list)
    prices: list[Item] = field(default_factory=list)  # new prices of items the site has
    add_items: list[Item] = field(default_factory=list)
    remove_items: list[str] = field(default_factory=list)
    add_people: list[tuple[str, str]] = field(default_factory=list)  # (name, role)
    add_sessions: list[tuple[str, str]] = field(default_factory=list)  # (when, what)
    restyle: list[tuple[dict[str, str], str]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when the message changes none of these."""
        return not any(
            (
                self.place,
                self.currency,
                self.phone,
                self.email,
                self.address,
                self.hours,
                self.prices,
                self.add_items,
                self.remove_items,
                self.add_people,
                self.add_sessions,
                self.restyle,
            )
        )


def _stem(word: str) -> str:
    word = word.lower().strip(" .,'’")
    for ending in ("ies", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + ("y" if ending == "ies" else "")
    return word


def same_item(a: str, b: str) -> bool:
    """Whether two item names mean the same thing ("haircut" and "Haircuts")."""
    return [_stem(w) for w in a.split()] == [_stem(w) for w in b.split()]


def mentions(message: str, name: str) -> bool:
    """Whether a message names an item, singular or plural."""
    words = [_stem(w) for w in re.findall(r"[\w'’-]+", message)]
    wanted = [_stem(w) for w in name.split()]
    return any(words[i : i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))


def read(message: str, state: SiteState, site_items: list[str], language: str = "en") -> FactEdits:
    """The fact and style changes a follow-up asks for, given the site's state and its items' names."""
    edits = FactEdits()
    facts: Facts = extract(message, language)
    old_place = state.facts.place
    if _PLACE_CHANGE.search(message) or (
        old_place and re.search(rf"(?i)\bnot\s+(?:in\s+)?{re.escape(old_place)}", message)
    ):
        named = r"[A-ZÀ-Ý][\wÀ-ÿ'’-]+(?:\s[A-Z][a-z]+)?"
        candidates = [w for w in re.findall(named, message) if w != old_place]
        after = [w for w in re.findall(rf"\b(?:in|to|at|from)\s+({named})", message) if w != old_place]
        place = (
            next((c for c in candidates if places.country_of(c)), None)
            or (facts.place if facts.place != old_place else None)
            or next(iter(after), None)
        )
        if place:
            edits.place, edits.country = place, places.country_of(place)
    if facts.currency and (_CURRENCY_CHANGE.search(message) and not money.MONEY.search(message)):
        edits.currency = money.resolve(facts.currency, state.facts.region)
    if facts.phone and _CONTACT_WORDS.search(message):
        edits.phone = facts.phone
    if facts.email:
        edits.email = facts.email
    if facts.address:
        edits.address = facts.address + (
            f", {facts.place}" if facts.place and facts.place not in facts.address else ""
        )
    if facts.hours and _HOURS_WORDS.search(message):
        edits.hours = facts.hours
    if _REMOVE.search(message):
        edits.remove_items = [name for name in site_items if mentions(message, name)]
    person = _PERSON_ADD.search(message) if _TEAM_WORDS.search(message) else None
    session = _SESSION_ADD.search(message)
    for item in facts.items:
        if item.amount is None:
            continue
        known = next((name for name in site_items if mentions(message, name)), None)
        if known and not _ADD.match(message) and _PRICE_CHANGE.search(message):
            edits.prices.append(Item(known, item.amount, item.period))
        elif _ADD.match(message) and item.name:
            edits.add_items.append(item)
    if (
        _ADD.match(message)
        and not edits.add_items
        and facts.items
        and not (edits.phone or edits.email or person or session)
    ):
        edits.add_items = [
            item for item in facts.items if not any(same_item(item.name, n) for n in site_items)
        ]
    if person:
        edits.add_people.append((person.group("name"), (person.group("role") or "").strip().capitalize()))
    if session:
        what = session.group("what").strip()
        edits.add_sessions.append((session.group("when").strip(), what[:1].upper() + what[1:]))
    for pattern, values, label in RESTYLES:
        if re.search(rf"(?i)\b(?:{pattern})\b", message):
            edits.restyle.append((values, label))
    return edits
