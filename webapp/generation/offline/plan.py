"""A message as the parser sees it, and the plan it turns into."""

from dataclasses import dataclass, field

from .facts import Facts
from .naming import extract_quotes, restore_quotes
from .palette import SchemeChange


@dataclass
class Plan:
    """Everything one message asks for."""

    kind: str | None = None
    topic: str | None = None
    name: str | None = None  # a name for a new site, or the new name of this one
    scheme: SchemeChange = field(default_factory=SchemeChange)
    add_sections: list[str] = field(default_factory=list)
    remove_sections: list[str] = field(default_factory=list)
    target_page: str | None = None  # the page section edits apply to ("on the about page")
    add_pages: list[tuple[str, str | None]] = field(default_factory=list)  # (slug, title)
    remove_pages: list[str] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)  # (headline|tagline|cta, text)
    replacements: list[tuple[str, str]] = field(default_factory=list)
    wants_site: bool = False  # plausibly asks for a website
    fresh_start: bool = False  # asks for a new site even though one exists
    asks_help: bool = False
    facts: Facts = field(default_factory=Facts)  # what the message says about the business
    language: str = "en"  # the message's language, which may be one sites are not written in
    page_count: int = 0  # "a 3-page site": how many pages in all, home page included

    @property
    def has_edits(self) -> bool:
        """True when there is something to change on an existing site."""
        return bool(
            self.name
            or not self.scheme.is_empty
            or self.add_sections
            or self.remove_sections
            or self.add_pages
            or self.remove_pages
            or self.fields
            or self.replacements
        )


class MessageText:
    """The message with quotes as markers; `take` blanks a used span so it is read once."""

    def __init__(self, prompt: str):
        self.value, self.quotes = extract_quotes(prompt)

    def take(self, start: int, end: int) -> None:
        """Blank out a span that has been understood."""
        self.value = self.value[:start] + " ; " + " " * max(0, end - start - 3) + self.value[end:]

    def quote(self, marker: str) -> str:
        """The text behind a ⟦n⟧ marker (or any text with markers in it)."""
        return restore_quotes(marker, self.quotes).strip()
