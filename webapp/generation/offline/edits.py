"""Edits to an existing site, made in place so hand edits elsewhere survive.

Each edit finds what it changes by the markers the generator writes
(data-section, data-field, data-site-name, data-nav) with fallbacks for
hand-written markup, and splices only that span. What could not be done is
collected as a note for the reply instead of failing the whole message.
"""

from dataclasses import dataclass, field

from . import markup
from .content import Copy, email_domain
from .markup import esc, md
from .navigation import add_nav_item, page_from_template, remove_nav_items
from .pages import PAGE_REPLACES_SECTION, nav_link_for_page, nav_link_for_section, page_for, page_title
from .palette import Scheme, SchemeChange, palette
from .script import script
from .sections import PageContext, render_section
from .state import SiteState, as_text, html_pages, sections_in
from .stylesheet import recolour, stylesheet, with_section_css
from .vocabulary import NAV_SECTIONS, SECTION_LABELS, SECTION_ORDER

CONTACT_FIELDS = {"phone": "phone number", "email": "email address", "address": "address"}


@dataclass
class Change:
    """One thing done: a markdown bullet for the reply and a phrase for the description."""

    bullet: str
    summary: str
    kind: str = ""  # "add-section" changes are grouped in the description
    subject: str = ""
    # The change in the reply's words for a site in another language: a reply_words key, then its values.
    words: tuple[str, ...] = ()


@dataclass
class Note:
    """Something that could not be done, and the same in the reply's words for another language."""

    text: str
    words: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.text


def article(word: str) -> str:
    """'a' or 'an' before a word, by its sound ("an FAQ", "a pricing")."""
    return "an" if word[:1].lower() in "aeio" or word.startswith(("FAQ", "SMS")) else "a"


@dataclass
class SiteEditor:
    """The site's files being edited, with what was done and what could not be."""

    files: dict
    state: SiteState
    done: list[Change] = field(default_factory=list)
    notes: list[str | Note] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.original = dict(self.files)
        self.work: dict[str, str] = {}
        editable = set(html_pages(self.files)) | {"styles.css", "script.js"}
        for path, content in self.files.items():
            text = as_text(content)
            if text is not None and path in editable:
                self.work[path] = text

    # Helpers -----------------------------------------------------------------------------------

    @property
    def copy(self) -> Copy:
        """The copy for the site as it is now (name included)."""
        return Copy(self.state.kind, self.state.topic, self.state.name, self.state.facts)

    @property
    def home(self) -> str:
        """The home page's path."""
        return "index.html" if "index.html" in self.work else sorted(self.pages())[0]

    def pages(self) -> list[str]:
        """Every HTML page being edited, home page first."""
        paths = [p for p in self.work if p.lower().endswith((".html", ".htm"))]
        return sorted(paths, key=lambda p: (p != "index.html", p))

    def page_path(self, slug: str | None) -> str | None:
        """The path of a page by slug ("index" or None for the home page)."""
        if slug in (None, "index"):
            return self.home
        path = f"{slug}.html"
        return path if path in self.work else None

    def ensure_css(self, sections: list[str]) -> None:
        """Make sure styles.css carries the rules these sections need."""
        if "styles.css" not in self.work:
            self.work["styles.css"] = stylesheet(self.state.scheme, self.state.kind, sections)
        else:
            self.work["styles.css"] = with_section_css(self.work["styles.css"], sections)
        if any(s in ("faq", "contact", "newsletter") for s in sections) and "script.js" not in self.work:
            self.work["script.js"] = script()

    def context(self, path: str) -> PageContext:
        """What a section rendered on this page needs to know."""
        home_sections = [s for s in sections_in(self.work[self.home]) if s != "footer"]
        ctx = PageContext(self.copy, home_sections, on_home=path == self.home)
        if path != self.home:
            ctx.page = path.rsplit(".", 1)[0]
            h1 = markup.first(self.work[path], "h1")
            ctx.page_title = markup.text_of(self.work[path], h1) if h1 else ctx.page.title()
        return ctx

    def outcome(self) -> tuple[dict, list[str]]:
        """Files added or changed, and paths deleted."""
        changed = {
            path: text
            for path, text in self.work.items()
            if as_text(self.original.get(path)) != text and path not in self.deleted
        }
        return changed, list(self.deleted)

    # Sections ----------------------------------------------------------------------------------

    def add_section(self, section: str, page: str | None = None) -> None:
        """Insert a section where it belongs on a page, and link it from the navigation."""
        label = SECTION_LABELS.get(section, section)
        path = self.page_path(page)
        if path is None:
            title = page_for(page or "", None, self.state.facts.language).title
            self.notes.append(
                Note(
                    f"There is no {page} page yet, so I couldn't add the {label} there.",
                    ("no-page-section", md(title), section),
                )
            )
            return
        html = self.work[path]
        if section in sections_in(html):
            where = "" if path == self.home else f" on {path}"
            noun = "a contact form" if section == "contact" else f"{article(label)} {label} section"
            self.notes.append(Note(f"There is already {noun}{where}.", ("already-section", section)))
            return
        block = render_section(section, self.context(path))
        self.work[path] = _insert_section(html, section, block)
        self.ensure_css([section])
        if path == self.home and section in NAV_SECTIONS:
            self._link_section(section)
        where = "" if path == self.home else f" to {path}"
        noun = "a **contact form**" if section == "contact" else f"{article(label)} **{label}** section"
        words = ("add-contact",) if section == "contact" else ("add-section", section)
        self.done.append(Change(f"Added {noun}{where}", section, "add-section", label, words))

    def _link_section(self, section: str) -> None:
        replaced_by = {sec: slug for slug, sec in PAGE_REPLACES_SECTION.items()}
        if replaced_by.get(section) in self.state.pages:
            return
        for path in self.pages():
            on_home = path == self.home
            item = nav_link_for_section(self.copy, section, on_home)
            self.work[path] = add_nav_item(self.work[path], item, section=section)

    def remove_section(self, section: str, page: str | None = None) -> None:
        """Take a section out, with its navigation links."""
        label = SECTION_LABELS.get(section, section)
        if page:
            targets = [self.page_path(page)] if self.page_path(page) else []
        else:
            targets = [self.home] if section in sections_in(self.work[self.home]) else self.pages()
        removed_from = []
        for path in targets:
            html = self.work[path]
            found = [
                el
                for el in markup.scan(html)
                if el.attrs.get("data-section") == section
                or (
                    el.tag in ("section", "footer")
                    and "data-section" not in el.attrs
                    and el.attrs.get("id") == section
                )
            ]
            for element in sorted(found, key=lambda el: el.start, reverse=True):
                html = markup.remove_element(html, element)
            if found:
                self.work[path] = html
                removed_from.append(path)
        if not removed_from:
            self.notes.append(
                Note(f"I couldn't find {article(label)} {label} section to remove.", ("no-section", section))
            )
            return
        if self.home in removed_from:
            for path in self.pages():
                html = remove_nav_items(self.work[path], section=section)
                prefix = "#" if path == self.home else "index.html#"
                fallback = "#main" if path == self.home else "index.html"
                self.work[path] = html.replace(f'href="{prefix}{section}"', f'href="{fallback}"')
        where = "" if removed_from == [self.home] else " from " + ", ".join(removed_from)
        self.done.append(
            Change(
                f"Removed the **{label}** section{where}",
                f"removed the {label} section",
                words=("remove-section", section),
            )
        )

    # Pages -------------------------------------------------------------------------------------

    def add_page(self, slug: str, title: str | None = None) -> None:
        """Write a new page from the home page's header and footer, and link it everywhere."""
        page = page_for(slug, title, self.state.facts.language)
        if page.filename in self.work or page.filename in self.files:
            self.notes.append(
                Note(
                    f"There is already a {page.title} page ({page.filename}).",
                    ("already-page", md(page.title), page.filename),
                )
            )
            return
        ctx = PageContext(self.copy, [s for s in sections_in(self.work[self.home]) if s != "footer"], False)
        ctx.page_title, ctx.page = page.title, page.slug
        main = "\n\n".join(render_section(name, ctx) for name in page.sections)
        self.work[page.filename] = page_from_template(
            self.work[self.home], self.state, self.copy, page, page_title(self.state.name, page.title), main
        )
        self.state.pages[page.slug] = page.filename
        self.ensure_css(page.sections)
        replaced = PAGE_REPLACES_SECTION.get(page.slug)
        for path in self.pages():
            html = self.work[path]
            if replaced:
                html = remove_nav_items(html, section=replaced)
            self.work[path] = add_nav_item(
                html, nav_link_for_page(page, path == page.filename), page=page.slug
            )
        self.done.append(
            Change(
                f"Added {article(page.title)} **{page.title}** page (`{page.filename}`), linked from the "
                "navigation on every page",
                f"added {article(page.title)} {page.title} page",
                words=("add-page", md(page.title), page.filename),
            )
        )

    def remove_page(self, slug: str) -> None:
        """Delete a page and the links to it."""
        path = self.page_path(slug)
        if path is None or path == self.home:
            what = "the home page" if path == self.home else f"{article(slug)} {slug} page"
            if path:
                self.notes.append(Note(f"I couldn't remove {what}.", ("no-remove-home",)))
            else:
                title = page_for(slug, None, self.state.facts.language).title
                self.notes.append(Note(f"There is no {slug} page to remove.", ("no-page", md(title))))
            return
        del self.work[path]
        self.deleted.append(path)
        self.state.pages.pop(slug, None)
        section = PAGE_REPLACES_SECTION.get(slug)
        for other in self.pages():
            html = remove_nav_items(self.work[other], page=slug, href=path)
            if section and section in sections_in(self.work[self.home]) and section in NAV_SECTIONS:
                html = add_nav_item(
                    html, nav_link_for_section(self.copy, section, other == self.home), section=section
                )
            self.work[other] = html
        self.done.append(
            Change(
                f"Removed the **{slug}** page (`{path}`) and its links",
                f"removed the {slug} page",
                words=("remove-page", slug, path),
            )
        )

    # Words -------------------------------------------------------------------------------------

    def rename(self, new: str) -> None:
        """Give the site a new name in titles, headers, footers and text."""
        old = self.state.name
        if new == old:
            self.notes.append(Note(f"The site is already called “{new}”.", ("already-named", md(new))))
            return
        for path in self.pages():
            html, _count = (
                markup.replace_text(self.work[path], old, new) if len(old) >= 2 else (self.work[path], 0)
            )
            for element in sorted(
                markup.find(html, data_site_name=True), key=lambda e: e.start, reverse=True
            ):
                html = markup.splice(html, element.open_end, element.close_start, esc(new))
            title = markup.first(html, "title")
            if title and new not in markup.text_of(html, title):
                h1 = markup.first(html, "h1")
                heading = markup.text_of(html, h1) if h1 and path != self.home else None
                html = markup.splice(html, title.open_end, title.close_start, esc(page_title(new, heading)))
            # The placeholder email address follows the name (hello@oldname.com → hello@newname.com).
            self.work[path] = html.replace(f"@{email_domain(old)}", f"@{email_domain(new)}")
        self.state.name = new
        self.done.append(
            Change(
                f"Renamed the site to **{md(new)}** on every page",
                f"renamed the site to '{new}'",
                words=("rename", md(new)),
            )
        )

    def set_field(self, name: str, value: str, page: str | None = None) -> None:
        """Change the headline, tagline or main button of a page."""
        if name in CONTACT_FIELDS:
            self.set_contact_detail(name, value)
            return
        path = self.page_path(page) or self.home
        html = self.work[path]
        element = markup.first(html, data_field=name) or _field_fallback(html, name)
        label = {"headline": "headline", "tagline": "tagline", "cta": "main button"}[name]
        if element is None:
            self.notes.append(f"I couldn't find a {label} to change on {path}.")
            return
        self.work[path] = markup.splice(html, element.open_end, element.close_start, esc(value))
        self.done.append(
            Change(
                f"Changed the {label} to “{md(value)}”",
                f"changed the {label} to '{value}'",
                words=("field", label, md(value)),
            )
        )

    def set_contact_detail(self, name: str, value: str) -> None:
        """Change the phone number, email or address wherever the site shows it."""
        label = CONTACT_FIELDS[name]
        if name == "phone":
            href = "tel:" + "".join(ch for ch in value if ch.isdigit() or ch == "+")
        else:
            href = "mailto:" + value.strip()
        count = 0
        for path in self.pages():
            html = self.work[path]
            for element in sorted(markup.find(html, data_field=name), key=lambda e: e.start, reverse=True):
                html = markup.splice(html, element.open_end, element.close_start, esc(value))
                if name != "address" and element.tag == "a":
                    html = markup.set_attribute(html, element, "href", href)
                count += 1
            self.work[path] = html
        if not count:
            self.notes.append(
                Note(
                    f"I couldn't find {article(label)} {label} on the site. Try *add a contact form* first.",
                    ("no-contact",),
                )
            )
            return
        self.done.append(
            Change(
                f"Changed the {label} to “{md(value)}”",
                f"changed the {label}",
                words=("field", label, md(value)),
            )
        )

    def replace(self, old: str, new: str) -> None:
        """Replace a quoted piece of text wherever people read it."""
        total = 0
        for ignore_case in (False, True):
            for path in self.pages():
                self.work[path], count = markup.replace_text(self.work[path], old, new, ignore_case)
                total += count
            if total:
                break
        if not total:
            self.notes.append(
                Note(
                    f"I couldn't find “{md(old)}” on the site. Check the spelling, or quote the exact text.",
                    ("no-text", md(old)),
                )
            )
            return
        places = "1 place" if total == 1 else f"{total} places"
        self.done.append(
            Change(
                f"Replaced “{md(old)}” with “{md(new)}” ({places})",
                f"replaced '{old}' with '{new}'",
                words=("replace", md(old), md(new)),
            )
        )

    # Colours -----------------------------------------------------------------------------------

    def recolour(self, change: SchemeChange) -> None:
        """Apply a new colour scheme through the stylesheet's custom properties."""
        scheme = change.apply(self.state.scheme)
        if palette(scheme) == palette(self.state.scheme) and "styles.css" in self.work:
            self.notes.append(
                Note(f"The colours are already {scheme.label}.", ("already-colours", *_colour_words(scheme)))
            )
            return
        css = self.work.get("styles.css")
        if css is None:
            self.ensure_css(sections_in(self.work[self.home]))
        else:
            self.work["styles.css"] = recolour(css, scheme, self.state.kind)
            if "var(--primary" not in css:
                self.notes.append(
                    "styles.css doesn't use the colour variables I set (--primary, --bg...), so you may not "
                    "see the new colours until it does."
                )
        self.state.scheme = scheme
        self.done.append(
            Change(
                f"Changed the colours to **{scheme.label}**",
                f"changed the colours to {scheme.label}",
                words=("colours", *_colour_words(scheme)),
            )
        )


def _colour_words(scheme: Scheme) -> tuple[str, ...]:
    """A scheme's label and the parts another language names it by: dark or not, colour, accent."""
    return scheme.label, "dark" if scheme.mode == "dark" else "", scheme.name, scheme.accent_name


def _field_fallback(html: str, name: str) -> markup.Element | None:
    elements = markup.scan(html)
    if name == "headline":
        return next((e for e in elements if e.tag == "h1"), None)
    hero = next((e for e in elements if e.attrs.get("data-section") in ("hero", "page_header")), None)
    inside = [e for e in elements if hero is None or hero.contains(e)]
    if name == "tagline":
        return next((e for e in inside if e.tag == "p" and e.has_class("lead")), None)
    return next((e for e in inside if e.tag in ("a", "button") and e.has_class("button")), None)


def _insert_section(html: str, section: str, block: str) -> str:
    """The page with a rendered section inserted in its natural place."""
    rank = SECTION_ORDER.index(section)
    elements = markup.scan(html)
    main = next((e for e in elements if e.tag == "main"), None)
    if section == "footer":
        body = next((e for e in elements if e.tag == "body"), None)
        at = body.close_start if body else len(html)
        pad = (markup.line_indent(html, body.start) + "  ") if body else ""
        return html[:at].rstrip(" ") + pad + markup.indent(block, pad) + "\n" + html[at:]
    placed = [
        e
        for e in elements
        if e.attrs.get("data-section") in SECTION_ORDER
        and e.attrs.get("data-section") != "footer"
        and (main is None or main.contains(e))
    ]
    placed = [e for e in placed if not any(o is not e and o.contains(e) for o in placed)]
    later = next((e for e in placed if SECTION_ORDER.index(e.attrs["data-section"]) > rank), None)
    if later is not None:
        pad = markup.line_indent(html, later.start)
        return html[: later.start] + markup.indent(block, pad) + "\n\n" + pad + html[later.start :]
    if placed:
        last = placed[-1]
        pad = markup.line_indent(html, last.start)
        return html[: last.end] + "\n\n" + pad + markup.indent(block, pad) + html[last.end :]
    if main is not None:
        pad = markup.line_indent(html, main.start) + "  "
        return html[: main.open_end] + "\n" + pad + markup.indent(block, pad) + html[main.open_end :]
    footer = next((e for e in elements if e.tag == "footer"), None)
    body = next((e for e in elements if e.tag == "body"), None)
    at = footer.start if footer else body.close_start if body else len(html)
    pad = markup.line_indent(html, at)
    return html[:at] + markup.indent(block, pad) + "\n" + pad + html[at:]
