"""Finding elements in HTML by offset, so edits splice text and leave the rest untouched.

People edit their files by hand. Parsing into a tree and serialising again
would rewrite their formatting, so edits locate an element's exact span in
the original text and replace only that span.
"""

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


def esc(text: str) -> str:
    """Text made safe for an element's content (quotes stay readable)."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    """Text made safe for a double-quoted attribute value."""
    return html.escape(text, quote=True)


def md(text: str) -> str:
    """User text made literal in markdown: *, _, <, [ and friends are backslash-escaped."""
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~])", r"\\\1", text)


@dataclass
class Element:
    """Where one element sits in the text: its start tag, content and end."""

    tag: str
    attrs: dict[str, str]
    start: int
    open_end: int
    close_start: int
    end: int
    depth: int

    def inner(self, text: str) -> str:
        """The element's content as written."""
        return text[self.open_end : self.close_start]

    def has_class(self, name: str) -> bool:
        """Whether the class attribute lists `name`."""
        return name in self.attrs.get("class", "").split()

    def contains(self, other: "Element") -> bool:
        """Whether `other` lies inside this element."""
        return self.start < other.start and other.end <= self.end


class _Scanner(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.stack: list[Element] = []
        self.found: list[Element] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _open(self, tag: str, attrs: list[tuple[str, str | None]]) -> Element:
        start = self._offset()
        raw = self.get_starttag_text() or ""
        end = start + len(raw)
        values = {name: value or "" for name, value in attrs}
        element = Element(tag, values, start, end, end, end, len(self.stack))
        self.found.append(element)
        return element

    def handle_starttag(self, tag, attrs):
        """Record an element; keep it open unless it is void."""
        element = self._open(tag, attrs)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        """Record a self-closed element."""
        self._open(tag, attrs)

    def handle_endtag(self, tag):
        """Close the nearest open element with this tag."""
        start = self._offset()
        closing = self.text.find(">", start)
        end = len(self.text) if closing < 0 else closing + 1
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].tag == tag:
                # Elements left open inside (an unclosed <p>, say) end where their parent ends.
                for unclosed in self.stack[index + 1 :]:
                    unclosed.close_start = unclosed.end = start
                element = self.stack[index]
                element.close_start, element.end = start, end
                del self.stack[index:]
                return

    def finish(self) -> list[Element]:
        """Every element found, those never closed ending at the end of the text."""
        self.close()
        for element in self.stack:
            element.close_start = element.end = len(self.text)
        return self.found


def scan(text: str) -> list[Element]:
    """Every element in the text, in document order."""
    scanner = _Scanner(text)
    scanner.feed(text)
    return scanner.finish()


def find(text: str, tag: str | None = None, **attrs: str | bool) -> list[Element]:
    """Elements with the tag and attributes given (True: present with any value)."""
    wanted = {name.replace("_", "-"): value for name, value in attrs.items()}
    found = []
    for element in scan(text):
        if tag and element.tag != tag:
            continue
        if all(
            (name in element.attrs) if value is True else element.attrs.get(name) == value
            for name, value in wanted.items()
        ):
            found.append(element)
    return found


def first(text: str, tag: str | None = None, **attrs: str | bool) -> Element | None:
    """The first element matching, or None."""
    found = find(text, tag, **attrs)
    return found[0] if found else None


def splice(text: str, start: int, end: int, new: str) -> str:
    """The text with [start, end) replaced by `new`."""
    return text[:start] + new + text[end:]


def set_attribute(text: str, element: Element, name: str, value: str) -> str:
    """The text with one attribute of the element's start tag set, the rest of the tag kept as written."""
    tag = text[element.start : element.open_end]
    pattern = re.compile(rf"(\s{re.escape(name)}\s*=\s*)(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
    if pattern.search(tag):
        tag = pattern.sub(lambda m: f'{m.group(1)}"{attr(value)}"', tag, count=1)
    else:
        end = len(tag) - (2 if tag.endswith("/>") else 1)
        tag = f'{tag[:end]} {name}="{attr(value)}"{tag[end:]}'
    return text[: element.start] + tag + text[element.open_end :]


def line_indent(text: str, offset: int) -> str:
    """The whitespace between the start of the line and `offset`, if only whitespace."""
    line_start = text.rfind("\n", 0, offset) + 1
    prefix = text[line_start:offset]
    return prefix if not prefix.strip() else ""


def indent(block: str, prefix: str) -> str:
    """Every non-empty line of `block` prefixed, except the first."""
    lines = block.split("\n")
    return "\n".join([lines[0]] + [prefix + line if line.strip() else "" for line in lines[1:]])


def remove_element(text: str, element: Element) -> str:
    """The text without the element, and without the blank line it leaves behind."""
    start, end = element.start, element.end
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():
        start = line_start
        line_end = text.find("\n", end)
        if line_end >= 0 and not text[end:line_end].strip():
            end = line_end + 1
        # Sections are separated by a blank line: drop the one above when one remains below.
        if text[:start].endswith("\n\n") and (text[end:].startswith("\n") or not text[end:].strip()):
            start -= 1
    return text[:start] + text[end:]


def text_of(text: str, element: Element) -> str:
    """The element's visible text: tags stripped, entities decoded, spaces collapsed."""
    inner = re.sub(r"<[^>]*>", "", element.inner(text))
    return " ".join(html.unescape(inner).split())


# Text outside tags, scripts, styles and comments is what people read and may want replaced.
_NOT_TEXT = re.compile(r"<!--.*?-->|<script\b.*?</script\s*>|<style\b.*?</style\s*>|<[^>]*>", re.S | re.I)
_READABLE_ATTRS = re.compile(r'(\s(?:alt|title|placeholder|aria-label|content)=")([^"]*)(")', re.I)


def _pattern(old: str, ignore_case: bool) -> re.Pattern[str]:
    escaped = re.escape(old)
    # Whole words only, so renaming "Art" does not touch "party".
    if old[:1].isalnum() or old[:1] == "_":
        escaped = r"(?<![\w])" + escaped
    if old[-1:].isalnum() or old[-1:] == "_":
        escaped += r"(?![\w])"
    return re.compile(escaped, re.I if ignore_case else 0)


def replace_text(text: str, old: str, new: str, ignore_case: bool = False) -> tuple[str, int]:
    """Replace `old` with `new` where people read it (text and readable attributes); count them."""
    if not old:
        return text, 0
    count = 0
    pieces = []
    position = 0
    text_pattern = _pattern(esc(old), ignore_case)
    plain_pattern = _pattern(old, ignore_case)
    attr_pattern = _pattern(attr(old), ignore_case)

    def in_text(segment: str) -> str:
        nonlocal count
        segment, n = text_pattern.subn(lambda _m: esc(new), segment)
        count += n
        if not n and "&" in segment and plain_pattern.search(html.unescape(segment)):
            # Written with other entities (&#39; for an apostrophe): compare decoded text.
            segment, n = plain_pattern.subn(lambda _m: new, html.unescape(segment))
            segment = esc(segment)
            count += n
        return segment

    def in_attr(match: re.Match[str]) -> str:
        nonlocal count
        value, n = attr_pattern.subn(lambda _m: attr(new), match.group(2))
        count += n
        return match.group(1) + value + match.group(3)

    for match in _NOT_TEXT.finditer(text):
        pieces.append(in_text(text[position : match.start()]))
        tag = match.group(0)
        if tag.startswith("<") and not tag.startswith(("<!--", "<script", "<style", "</")):
            tag = _READABLE_ATTRS.sub(in_attr, tag)
        pieces.append(tag)
        position = match.end()
    pieces.append(in_text(text[position:]))
    return "".join(pieces), count
