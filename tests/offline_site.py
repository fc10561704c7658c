"""Helpers for the offline generator's tests: run it, build a site, check its pages."""

import re
from html.parser import HTMLParser

from webapp.generation.base import ChatTurn, GenerationOutcome, GenerationRequest
from webapp.generation.offline import OfflineGenerator

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def run(prompt: str, files: dict | None = None, history: list[ChatTurn] | None = None):
    """Reply text, outcome and the files after applying it."""
    items = list(OfflineGenerator().stream(GenerationRequest(prompt, history or [], files or {})))
    outcome = items[-1]
    assert isinstance(outcome, GenerationOutcome)
    assert all(isinstance(item, str) for item in items[:-1])
    return "".join(items[:-1]), outcome, outcome.apply(files or {})


def build(*prompts: str) -> dict:
    """The files after a conversation of several prompts."""
    files: dict = {}
    for prompt in prompts:
        _text, outcome, files = run(prompt, files)
        assert outcome.has_changes, prompt
    return files


class WellFormed(HTMLParser):
    """Collects what a checker needs to judge a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.doctype = ""
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.titles: list[str] = []
        self.in_title = False
        self.lang = None
        self.charset = False
        self.viewport = False
        self.ids: list[str] = []
        self.urls: list[str] = []

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        if tag == "meta" and "charset" in values:
            self.charset = True
        if (
            tag == "meta"
            and values.get("name") == "viewport"
            and "width=device-width" in values.get("content", "")
        ):
            self.viewport = True
        if tag == "img" and not values.get("alt"):
            self.problems.append(f"img without alt: {values}")
        if tag == "title":
            self.in_title = True
            self.titles.append("")
        if "id" in values:
            self.ids.append(values["id"])
        self.urls += [values[name] for name in ("src", "href", "action") if values.get(name)]
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID and tag not in ("path", "circle", "rect", "ellipse"):
            self.problems.append(f"self-closed <{tag}/>")
        values = dict(attrs)
        self.urls += [values[name] for name in ("src", "href") if values.get(name)]

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close <{self.stack[-1] if self.stack else 'nothing'}>")
            return
        self.stack.pop()

    def handle_data(self, data):
        if self.in_title:
            self.titles[-1] += data


def check_page(html: str) -> WellFormed:
    """Assert a page is valid-looking HTML5 and return what was found."""
    page = WellFormed()
    page.feed(html)
    page.close()
    assert html.lstrip().startswith("<!DOCTYPE html>")
    assert page.doctype.lower() == "doctype html"
    assert page.lang == "en"
    assert page.charset and page.viewport
    assert len(page.titles) == 1 and page.titles[0].strip()
    assert not page.stack, f"unclosed: {page.stack}"
    assert not page.problems, page.problems
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    external = [url for url in page.urls if re.match(r"(?i)^(?:https?:)?//", url)]
    assert not external, external
    return page


def sections(html: str) -> list[str]:
    """The data-section names on a page, in order."""
    return re.findall(r'data-section="([\w-]+)"', html)


def nav_hrefs(html: str) -> list[str]:
    """The links in the navigation bar."""
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S)
    return re.findall(r'href="([^"]+)"', nav.group(0)) if nav else []
