"""Plausible copy for every kind of site, looked up by kind, topic and section.

Lookups fall back from the topic to the kind, then to the kind a section
naturally belongs to (a menu comes from the restaurant copy), then to the
common copy. Section copy is merged key by key, so a topic only overrides
what it needs.
"""

import re
import unicodedata

from . import blog, common, event, people, portfolio, product, restaurant

_KINDS: dict[str, tuple[dict, dict, dict]] = {
    # kind: (sections, topics, default names)
    "restaurant": (restaurant.SECTIONS, restaurant.TOPICS, restaurant.DEFAULT_NAMES),
    "portfolio": (portfolio.SECTIONS, portfolio.TOPICS, portfolio.DEFAULT_NAMES),
    "blog": (blog.SECTIONS, blog.TOPICS, blog.DEFAULT_NAMES),
    "event": (event.SECTIONS, event.TOPICS, event.DEFAULT_NAMES),
    "product": (product.SECTIONS, product.TOPICS, product.DEFAULT_NAMES),
    "landing": (people.LANDING, people.LANDING_TOPICS, people.LANDING_NAMES),
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


def default_name(kind: str, topic: str) -> str:
    """A sensible name for a new site of this kind when the prompt gave none."""
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

    def __init__(self, kind: str, topic: str, name: str):
        self.kind = kind if kind in _KINDS else "landing"
        self.topic = topic
        self.name = name
        self._values = {"{name}": name, "{domain}": email_domain(name), "{first}": _first_name(name)}
        self._studio = self.kind == "portfolio" and bool(_BUSINESS_NAME.search(name))

    def fill(self, value):
        """The value with {name}, {domain} and {first} filled in, recursively."""
        if isinstance(value, str):
            return re.sub(r"\{(?:name|domain|first)\}", lambda m: self._values[m.group(0)], value)
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
        )
        return self.fill(merged)

    def page_intro(self, page: str, title: str) -> str:
        """The sentence under an extra page's heading."""
        intro = common.PAGE_INTROS.get(page)
        return self.fill(intro) if intro else f"Everything about {title.lower()} at {self.name}."
