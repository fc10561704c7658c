"""Plausible copy for every kind of site, looked up by kind, topic and section.

Lookups fall back from the topic to the kind, then to the kind a section
naturally belongs to (a menu comes from the restaurant copy), then to the
common copy. Section copy is merged key by key, so a topic only overrides
what it needs.
"""

import re
import unicodedata

from ..facts import Facts
from ..money import localise_filler
from ..places import STREETS
from . import (
    animal_topics,
    blog,
    common,
    event,
    more_topics,
    neighbourhood_topics,
    people,
    portfolio,
    product,
    restaurant,
    services_topics,
)
from .local import LOCAL_NAMES
from .overlay import overlay
from .words import has_local_copy, local_section, texts

__all__ = ["Copy", "default_name", "email_domain", "has_local_copy", "has_timetable", "texts"]

# Businesses beyond the original seven kinds are topics of the landing page, with copy of their own.
_LANDING_TOPICS = {
    **people.LANDING_TOPICS,
    **services_topics.TOPICS,
    **animal_topics.TOPICS,
    **more_topics.TOPICS,
    **neighbourhood_topics.TOPICS,
}
_LANDING_TOPICS["wellness"] = {
    **_LANDING_TOPICS["wellness"],
    "schedule": services_topics.TOPICS["fitness"]["schedule"],
}
_LANDING_NAMES = {
    **people.LANDING_NAMES,
    **services_topics.NAMES,
    **animal_topics.NAMES,
    **more_topics.NAMES,
    **neighbourhood_topics.NAMES,
}

_KINDS: dict[str, tuple[dict, dict, dict]] = {
    # kind: (sections, topics, default names)
    "restaurant": (restaurant.SECTIONS, restaurant.TOPICS, restaurant.DEFAULT_NAMES),
    "portfolio": (portfolio.SECTIONS, portfolio.TOPICS, portfolio.DEFAULT_NAMES),
    "blog": (blog.SECTIONS, blog.TOPICS, blog.DEFAULT_NAMES),
    "event": (event.SECTIONS, event.TOPICS, event.DEFAULT_NAMES),
    "product": (product.SECTIONS, product.TOPICS, product.DEFAULT_NAMES),
    "landing": (people.LANDING, _LANDING_TOPICS, _LANDING_NAMES),
    "personal": (people.PERSONAL, {}, people.PERSONAL_NAMES),
}

# Where a section's copy comes from when the site's own kind has none.
_BUSINESS_NAME = re.compile(
    r"&|\b(?:studio|studios|design|designs|agency|co|company|collective|labs?|creative|works|partners|group"
    r"|films|media|digital|architects?|inc|ltd|llc|photography)\b",
    re.I,
)

_HOME_KIND = {
    "menu": "restaurant",
    "schedule": "event",
    "speakers": "event",
    "posts": "blog",
    "projects": "portfolio",
}


def has_timetable(topic: str | None) -> bool:
    """Whether a kind of business has a weekly timetable of classes (a studio, a gym)."""
    return "schedule" in _LANDING_TOPICS.get(topic or "", {})


def default_name(kind: str, topic: str, language: str = "en") -> str:
    """A sensible name for a new site of this kind when the prompt gave none, in the site's language."""
    local = LOCAL_NAMES.get(language)
    if local:
        # A personal site's topic is "general", as a blog's is: its name is a person's.
        key = "personal" if kind == "personal" else topic
        # An English name ("The Little Shop") on a French site reads as a mistake: the language's plain
        # business name is better when the kind has none of its own.
        return local.get(key) or local["business"]
    names = _KINDS.get(kind, _KINDS["landing"])[2]
    return names.get(topic) or next(iter(names.values()))


def _merge(*layers: dict | None) -> dict:
    merged: dict = {}
    for layer in layers:
        if layer:
            merged.update(layer)
    return merged


def email_domain(name: str) -> str:
    """The made-up domain of the site's placeholder email address, from its name."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]", "", ascii_name.lower())[:30]
    return f"{slug}.com" if slug else "example.com"


def _first_name(name: str) -> str:
    words = name.split()
    return words[0] if words else name


class Copy:
    """The words for one site: section copy with the site's name filled in."""

    def __init__(self, kind: str, topic: str, name: str, facts: Facts | None = None):
        self.kind = kind if kind in _KINDS else "landing"
        self.topic = topic
        self.name = name
        self.facts = facts or Facts()
        self.words = texts(self.facts.language, topic, self.facts.trade)
        place = self.facts.place
        street = STREETS.get(self.facts.language) or STREETS.get(self.facts.region or "", "Elm Street")
        self._values = {
            "{name}": name,
            "{domain}": email_domain(name),
            "{first}": _first_name(name),
            "{city}": place or "Portland",
            "{city_line}": place or "Portland, OR 97205",
            "{street}": street if place or self.facts.language != "en" else "Elm Street",
            "{noun}": self.words["noun"],
            # What the app is for, in the person's words: "the habit tracking app".
            "{app}": f"{self.facts.purpose} app" if self.facts.purpose else "app",
        }
        self._studio = self.kind == "portfolio" and bool(_BUSINESS_NAME.search(name))

    @property
    def language(self) -> str:
        """The language of the site's words."""
        return self.facts.language

    def fill(self, value):
        """The value with {name}, {domain}, {first} and the place filled in, recursively."""
        if isinstance(value, str):
            value = re.sub(
                r"\{(?:name|domain|first|city|city_line|street|noun|app)\}",
                lambda m: self._values[m.group(0)],
                value,
            )
            return localise_filler(value, self.facts.currency_code, self.facts.locale)
        if isinstance(value, (list, tuple)):
            return type(value)(self.fill(item) for item in value)
        if isinstance(value, dict):
            return {key: self.fill(item) for key, item in value.items()}
        return value

    def section(self, section: str) -> dict:
        """The copy for one section, merged from topic, kind, home kind and common."""
        sections, topics, _names = _KINDS[self.kind]
        home = _HOME_KIND.get(section)
        home_layer: dict | None = None
        if home and home != self.kind:
            home_sections, home_topics, _ = _KINDS[home]
            home_layer = _merge(home_sections.get(section), home_topics.get(self.topic, {}).get(section))
        merged = _merge(
            common.SECTIONS.get(section),
            home_layer,
            sections.get(section),
            topics.get(self.topic, {}).get(section),
            portfolio.STUDIO.get(section) if self._studio else None,
            local_section(self.language, section),
        )
        return overlay(section, self.fill(merged), self.facts, {**self.words, "name": self.name})

    def page_intro(self, page: str, title: str) -> str:
        """The sentence under an extra page's heading."""
        if "page_intro" in self.words:
            return self.words["page_intro"].format(title=title, name=self.name)
        intro = common.PAGE_INTROS.get(page)
        return self.fill(intro) if intro else f"Everything about {title.lower()} at {self.name}."
