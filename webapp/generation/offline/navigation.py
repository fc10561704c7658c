"""The navigation bar across pages: adding and removing links, and new pages cut from the home page."""

import re

from . import markup
from .content import Copy
from .pages import Page, document, header, nav_items
from .sections import PageContext, footer
from .state import SiteState, sections_in
from .vocabulary import SECTION_ORDER


def _nav_list(html: str, elements: list[markup.Element]) -> markup.Element | None:
    navs = [e for e in elements if e.tag == "nav"]
    nav = next((e for e in navs if e.attrs.get("id") == "site-nav" or e.has_class("site-nav")), None)
    nav = nav or (navs[0] if navs else None)
    if nav is None:
        return None
    return next((e for e in elements if e.tag in ("ul", "ol") and nav.contains(e)), None)


def nav_items_in(html: str) -> list[tuple[markup.Element, dict[str, str]]]:
    """The navigation's <li> items with the attributes of the link inside each."""
    elements = markup.scan(html)
    ul = _nav_list(html, elements)
    if ul is None:
        return []
    items = [e for e in elements if e.tag == "li" and ul.contains(e) and e.depth == ul.depth + 1]
    result = []
    for li in items:
        link = next((e for e in elements if e.tag == "a" and li.contains(e)), None)
        result.append((li, link.attrs if link else {}))
    return result


def _section_of(link: dict[str, str]) -> str | None:
    if link.get("data-nav"):
        return link["data-nav"]
    match = re.fullmatch(r"(?:index\.html)?#([\w-]+)", link.get("href", ""))
    return match.group(1) if match else None


def _is_page(link: dict[str, str]) -> bool:
    return "data-nav-page" in link or bool(re.fullmatch(r"[\w-]+\.html?", link.get("href", "")))


def add_nav_item(html: str, item: str, section: str | None = None, page: str | None = None) -> str:
    """The page with one more navigation link, placed in order; unchanged if already linked."""
    elements = markup.scan(html)
    ul = _nav_list(html, elements)
    if ul is None:
        return html
    items = nav_items_in(html)
    for _li, link in items:
        if (section and _section_of(link) == section) or (
            page and (link.get("data-nav-page") == page or link.get("href") == f"{page}.html")
        ):
            return html
    before = None
    if section and section in SECTION_ORDER:
        rank = SECTION_ORDER.index(section)
        for li, link in items:
            other = _section_of(link)
            if _is_page(link) or (other in SECTION_ORDER and SECTION_ORDER.index(other) > rank):
                before = li
                break
    if before is not None:
        pad = markup.line_indent(html, before.start)
        return html[: before.start] + item + "\n" + pad + html[before.start :]
    if items:
        last = items[-1][0]
        pad = markup.line_indent(html, last.start)
        return html[: last.end] + "\n" + pad + item + html[last.end :]
    pad = markup.line_indent(html, ul.start)
    return html[: ul.open_end] + "\n" + pad + "  " + item + "\n" + pad + html[ul.close_start :]


def remove_nav_items(
    html: str, section: str | None = None, page: str | None = None, href: str | None = None
) -> str:
    """The page without the navigation links to a section or a page."""
    doomed = [
        li
        for li, link in nav_items_in(html)
        if (section and _section_of(link) == section)
        or (page and link.get("data-nav-page") == page)
        or (href and link.get("href") == href)
    ]
    for li in sorted(doomed, key=lambda e: e.start, reverse=True):
        html = markup.remove_element(html, li)
    return html


def _dedent(block: str, pad: str) -> str:
    lines = block.split("\n")
    return "\n".join([lines[0]] + [line[len(pad) :] if line.startswith(pad) else line for line in lines[1:]])


def _borrowed(home: str, tag: str) -> str | None:
    """The home page's header or footer, with its links made to work from another page."""
    element = next((e for e in markup.scan(home) if e.tag == tag), None)
    if element is None:
        return None
    block = _dedent(home[element.start : element.end], markup.line_indent(home, element.start))
    block = re.sub(r'href="#', 'href="index.html#', block)
    return block.replace(' aria-current="page"', "")


def page_from_template(home: str, state: SiteState, copy: Copy, page: Page, title: str, main: str) -> str:
    """A new page with the home page's header and footer (hand edits included) around `main`."""
    home_sections = [s for s in sections_in(home) if s != "footer"]
    ctx = PageContext(copy, home_sections, on_home=False, page_title=page.title, page=page.slug)
    pages = [Page(slug, slug.title(), []) for slug in state.pages]
    head = _borrowed(home, "header") or header(copy, nav_items(copy, home_sections, pages, False, page.slug))
    foot = _borrowed(home, "footer") or footer(ctx)
    return document(
        copy,
        state.kind,
        state.topic,
        title,
        copy.page_intro(page.slug, page.title),
        page.slug,
        head,
        main,
        foot,
    )
