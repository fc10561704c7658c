"""Requests about pages: "add an about page", "delete blog.html", "add an FAQ to the pricing page"."""

import re
import unicodedata

from . import naming
from .naming import NAME
from .plan import MessageText, Plan
from .vocabulary import PAGE_WORDS

_PAGE_VERBS = (
    r"add|create|make|build|include|give\s+(?:it|me)|i\s+(?:want|need)|want|need|like|have|get|with|plus|and"
    r"|also|new"
)
_PAGE_SKIP = {
    "landing",
    "web",
    "home",
    "homepage",
    "single",
    "one",
    "this",
    "that",
    "the",
    "whole",
    "entire",
    "main",
    "index",
    "same",
    "new",
    "single-page",
    "one-page",
    "next",
    "first",
    "front",
    "a",
    "an",
    "each",
    "every",
    "other",
    "more",
    "separate",
    "to",
    "on",
    "of",
    "my",
    "our",
    "simple",
}
_CREATE_ONLY_SKIP = {
    "event",
    "product",
    "personal",
    "portfolio",
    "restaurant",
    "business",
    "company",
    "bakery",
    "cafe",
    "café",
    "wedding",
    "conference",
    "startup",
    "app",
    "blog",
}
_ADD_PAGE = re.compile(
    r"(?i:\b(?:"
    + _PAGE_VERBS
    + r")\s+(?:(?:a|an|the|one|another|new|separate|extra|second|own|dedicated|its)\s+)*)"
    r"(?P<what>[\w&'’-]+(?:\s+[\w&'’-]+){0,2}?)(?i:\s+(?P<plural>pages?)\b)"
)
_ADD_NAMED_PAGE = re.compile(
    r"(?i:\b(?:"
    + _PAGE_VERBS
    + r")\s+(?:a\s+|an\s+|another\s+|one\s+more\s+)?(?:new\s+|separate\s+|extra\s+)?"
    r"page\s+(?:called|named|titled|for|about|on)\s+(?:the\s+|our\s+|my\s+)?)" + NAME
)
_REMOVE_PAGE = re.compile(
    r"(?i:\b(?:remove|delete|drop|get\s+rid\s+of|take\s+(?:out|down)|lose|kill|scrap|ditch)\s+(?:the\s+)?"
    r"(?:(?P<what>[\w&'’-]+(?:\s+[\w&'’-]+){0,2}?)\s+page\b|(?P<file>[\w-]+)\.html?\b))"
)
_TARGET_PAGE = re.compile(
    r"(?i:\b(?:to|on|in|onto|from|of)\s+(?:the\s+|my\s+|our\s+)?(?P<what>[\w&'’-]+(?:\s+[\w&'’-]+)?)\s+page\b)"
)


def page_slug(what: str) -> tuple[str, str | None] | None:
    """A page's slug and title from the words before "page"; None when they do not name a page."""
    words = [w for w in re.findall(r"[\w&'’-]+", what.lower()) if w not in ("a", "an", "the", "new")]
    if not words or words[0] in _PAGE_SKIP:
        return None
    phrase = " ".join(words)
    for pattern, slug in PAGE_WORDS:
        if re.fullmatch(rf"(?:{pattern})", phrase):
            return slug, None
    # "Événements" is events.html's French cousin: événements.html, spelt without accents as a file name.
    ascii_phrase = unicodedata.normalize("NFKD", phrase).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_phrase).strip("-")[:30].strip("-")
    if not slug or slug in ("index", "home", "styles", "script"):
        return None
    return slug, naming.tidy_name(what) if what == what.lower() else what.strip()


def read_pages(text: MessageText, plan: Plan, creating: bool) -> None:
    """Pages to add or remove, and the page that section edits target ("on the about page")."""
    for match in list(_ADD_NAMED_PAGE.finditer(text.value)):
        raw = text.quote(match.group("name"))
        found = page_slug(raw)
        known = found is not None and found[0] in dict(PAGE_WORDS).values()
        if creating and not known and re.search(r"(?i)\bfor\s+(?:my|our)\s", match.group(0)):
            # "a page for my budgeting app Penny" is the site itself, not a page of it.
            continue
        if found:
            slug, _title = found
            plan.add_pages.append(
                (slug, naming.tidy_name(raw) if slug not in dict(PAGE_WORDS).values() else None)
            )
            text.take(*match.span())
    for match in list(_REMOVE_PAGE.finditer(text.value)):
        found = page_slug(match.group("what") or match.group("file") or "")
        if found:
            plan.remove_pages.append(found[0])
            text.take(*match.span())
    for match in list(_TARGET_PAGE.finditer(text.value)):
        what = match.group("what").lower()
        if what in ("home", "main", "front", "landing", "index", "first"):
            plan.target_page = "index"
        else:
            found = page_slug(what)
            if not found:
                continue
            plan.target_page = found[0]
        text.take(*match.span())
    for match in list(_ADD_PAGE.finditer(text.value)):
        what = match.group("what")
        parts = (
            re.split(r"(?i)\s*,\s*|\s+and\s+|\s*&\s*", what)
            if match.group("plural").lower() == "pages"
            else [what]
        )
        found_any = False
        for part in parts:
            first = part.split()[0].lower() if part.split() else ""
            if creating and first in _CREATE_ONLY_SKIP:
                continue
            found = page_slug(part)
            if found:
                plan.add_pages.append(found)
                found_any = True
        if found_any:
            text.take(*match.span())
