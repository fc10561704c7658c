"""Reading a site's state back from its files.

The generator keeps no memory between turns: the files are the state. The
home page's <body data-kind data-topic>, its data-section and
data-site-name attributes, and the scheme comment in styles.css say what
the site is. Each is read defensively, with a fallback for files a person
has rewritten by hand.
"""

import re
from dataclasses import dataclass, field

from . import markup
from .content import default_name
from .facts import Facts
from .palette import Scheme, scheme_from_css
from .vocabulary import DEFAULT_TOPICS, KINDS, SECTION_ORDER

# What a site probably is, judged by a section only that kind has by default.
_KIND_BY_SECTION = [
    ("menu", "restaurant"),
    ("schedule", "event"),
    ("posts", "blog"),
    ("projects", "portfolio"),
]

DEFAULT_SCHEMES = {
    "landing": Scheme(hue=230, accent=172, name="blue"),
    "portfolio": Scheme(hue=None, accent=14, style="minimal", name="black and white", accent_name="coral"),
    "restaurant": Scheme(hue=16, accent=42, name="warm"),
    "blog": Scheme(hue=152, accent=32, style="muted", name="sage green"),
    "event": Scheme(hue=262, accent=330, mode="dark", style="vivid", name="violet"),
    "product": Scheme(hue=200, accent=262, style="vivid", name="sky blue"),
    "personal": Scheme(hue=270, accent=340, style="pastel", name="lavender"),
}
TOPIC_SCHEMES = {
    "bakery": Scheme(hue=28, accent=340, name="warm caramel"),
    "cafe": Scheme(hue=26, accent=150, style="muted", name="coffee brown"),
    "pizza": Scheme(hue=4, accent=45, name="tomato red"),
    "wedding": Scheme(hue=345, accent=40, style="pastel", name="blush"),
    "festival": Scheme(hue=320, accent=48, mode="dark", style="vivid", name="magenta"),
    "photography": Scheme(
        hue=None, accent=38, mode="dark", style="minimal", name="charcoal", accent_name="gold"
    ),
    "development": Scheme(hue=160, accent=260, mode="dark", name="green"),
    "gadget": Scheme(hue=32, accent=200, style="muted", name="warm oak"),
    "travel": Scheme(hue=195, accent=24, name="ocean blue"),
    "wellness": Scheme(hue=160, accent=28, style="muted", name="sage"),
    "clinic": Scheme(hue=190, accent=150, name="clinic teal"),
    "therapy": Scheme(hue=150, accent=30, style="muted", name="soft green"),
    "trades": Scheme(hue=215, accent=36, name="workwear blue"),
    "salon": Scheme(hue=335, accent=40, style="pastel", name="rose"),
    "pet": Scheme(hue=28, accent=190, style="muted", name="warm biscuit"),
    "vet": Scheme(hue=175, accent=28, name="calm teal"),
    "fitness": Scheme(hue=12, accent=200, style="vivid", name="energetic coral"),
    "shop": Scheme(hue=32, accent=170, name="warm amber"),
    "hotel": Scheme(hue=205, accent=38, style="muted", name="harbour blue"),
    "tutor": Scheme(hue=230, accent=45, name="classroom blue"),
    "estate": Scheme(hue=220, accent=150, style="muted", name="slate blue"),
    "law": Scheme(hue=None, accent=215, style="minimal", name="charcoal", accent_name="navy"),
    "charity": Scheme(hue=28, accent=150, name="warm orange"),
    "band": Scheme(hue=280, accent=330, mode="dark", style="vivid", name="stage purple"),
    "carwash": Scheme(hue=198, accent=48, style="vivid", name="bright blue"),
    "garage": Scheme(hue=None, accent=24, style="minimal", name="charcoal", accent_name="orange"),
    "locksmith": Scheme(hue=222, accent=44, name="navy"),
    "tattoo": Scheme(hue=None, accent=350, mode="dark", style="minimal", name="black", accent_name="red"),
    "childcare": Scheme(hue=46, accent=200, style="pastel", name="sunny yellow"),
}


def default_scheme(kind: str, topic: str) -> Scheme:
    """A fitting colour scheme when the prompt named none."""
    return TOPIC_SCHEMES.get(topic) or DEFAULT_SCHEMES.get(kind, DEFAULT_SCHEMES["landing"])


@dataclass
class SiteState:
    """What the current files say about the site."""

    kind: str
    topic: str
    name: str
    scheme: Scheme
    sections: list[str]  # on the home page, in document order
    pages: dict[str, str] = field(default_factory=dict)  # page slug → path, home page excluded
    facts: Facts = field(default_factory=Facts)  # place, currency and language, from the <body>


def as_text(content: str | bytes | None) -> str | None:
    """File content as text, or None when it is binary or missing."""
    if content is None:
        return None
    if isinstance(content, bytes):
        try:
            return content.decode("utf-8")
        except UnicodeDecodeError:
            return None
    return content


def html_pages(files: dict) -> dict[str, str]:
    """Every top-level HTML page's text, by path."""
    pages = {}
    for path, content in files.items():
        text = as_text(content)
        if text is not None and path.lower().endswith((".html", ".htm")) and "/" not in path:
            pages[path] = text
    return pages


def home_path(files: dict) -> str | None:
    """The path of the home page: index.html, else the only or first HTML page."""
    pages = html_pages(files)
    if "index.html" in pages:
        return "index.html"
    return sorted(pages)[0] if pages else None


def sections_in(html: str) -> list[str]:
    """The known sections on a page, by data-section (or id, for hand-written pages)."""
    found = []
    for element in markup.scan(html):
        name = element.attrs.get("data-section")
        if name is None and element.tag in ("section", "footer") and element.attrs.get("id") in SECTION_ORDER:
            name = element.attrs["id"]
        if element.tag == "footer" and name is None:
            name = "footer"
        if name in SECTION_ORDER and name not in found:
            found.append(name)
    return found


def site_name(html: str) -> str | None:
    """The site's name, from data-site-name or else the page title."""
    for element in markup.find(html, data_site_name=True):
        name = markup.text_of(html, element)
        if name:
            return name
    title = markup.first(html, "title")
    if title:
        # Extra pages are titled "Page — Name"; the home page is just the name.
        text = markup.text_of(html, title).rsplit(" — ", 1)[-1].strip()
        return text or None
    return None


def read_state(files: dict) -> SiteState | None:
    """The state of an existing site, or None when it has no HTML page at all."""
    home = home_path(files)
    if home is None:
        return None
    html = html_pages(files)[home]
    body = markup.first(html, "body")
    attrs = body.attrs if body else {}
    sections = sections_in(html)
    kind = attrs.get("data-kind")
    if kind not in KINDS:
        kind = next((k for section, k in _KIND_BY_SECTION if section in sections), "landing")
    topic = attrs.get("data-topic") or DEFAULT_TOPICS[kind]
    if not re.fullmatch(r"[a-z-]{1,30}", topic):
        topic = DEFAULT_TOPICS[kind]
    name = site_name(html) or default_name(kind, topic, attrs.get("data-lang") or "en")
    css = as_text(files.get("styles.css")) or ""
    scheme = scheme_from_css(css) or default_scheme(kind, topic)
    pages = {path[: path.rfind(".")]: path for path in sorted(html_pages(files)) if path != home}
    facts = Facts(
        place=attrs.get("data-place") or None,
        country=attrs.get("data-country") or None,
        currency=attrs.get("data-currency") or None,
        # A site made before this was written down may show a currency the person gave: keep it.
        currency_chosen=attrs.get("data-currency-from") == "place",
        language=attrs.get("data-lang") or "en",
        trade=attrs.get("data-trade") or None,
    )
    return SiteState(kind, topic, name, scheme, sections, pages, facts)
