"""Whole pages: the document shell, the header with its navigation, and a fresh site."""

from dataclasses import dataclass, field

from .content import Copy, has_local_copy, texts
from .facts import Facts
from .markup import attr, esc
from .palette import Scheme
from .script import script
from .sections import PageContext, footer, lines, nest, render_section
from .stylesheet import stylesheet
from .vocabulary import NAV_SECTIONS, PAGE_TYPES, SECTION_ORDER

# An extra page takes over the nav link of the home-page section it expands on.
PAGE_REPLACES_SECTION = {
    "about": "about",
    "blog": "posts",
    "contact": "contact",
    "menu": "menu",
    "gallery": "gallery",
    "pricing": "pricing",
    "faq": "faq",
    "services": "services",
    "projects": "projects",
    "schedule": "schedule",
    "team": "team",
    "speakers": "speakers",
    "visit": "visit",
    "reviews": "testimonials",
    "features": "features",
}


@dataclass
class Page:
    """An extra page: its file stem, its title and the sections on it."""

    slug: str
    title: str
    sections: list[str]

    @property
    def filename(self) -> str:
        """The page's path in the site."""
        return f"{self.slug}.html"


def page_for(slug: str, title: str | None = None, language: str = "en") -> Page:
    """An extra page by name: a known kind of page, or a page of plain text, in the site's language."""
    if slug in PAGE_TYPES:
        stem, known_title, sections = PAGE_TYPES[slug]
        if language != "en":
            known_title = texts(language, "").get("pages", {}).get(slug, known_title)
            sections = [s for s in sections if s == "page_header" or has_local_copy(language, s)]
        return Page(stem, title or known_title, list(sections))
    return Page(slug, title or slug.replace("-", " ").title(), ["page_header", "text"])


@dataclass
class SiteSpec:
    """Everything needed to write a new site from nothing."""

    kind: str
    topic: str
    name: str
    scheme: Scheme
    sections: list[str]
    pages: list[Page] = field(default_factory=list)
    facts: Facts = field(default_factory=Facts)

    @property
    def copy(self) -> Copy:
        """The site's words."""
        return Copy(self.kind, self.topic, self.name, self.facts)


def nav_label(copy: Copy, section: str) -> str:
    """The text of a section's link in the navigation bar."""
    return copy.section(section).get("nav") or section.replace("_", " ").title()


def nav_link_for_section(copy: Copy, section: str, on_home: bool) -> str:
    """One <li> linking to a home-page section."""
    href = f"#{section}" if on_home else f"index.html#{section}"
    return f'<li><a href="{href}" data-nav="{section}">{esc(nav_label(copy, section))}</a></li>'


def nav_link_for_page(page: Page, current: bool) -> str:
    """One <li> linking to an extra page."""
    here = ' aria-current="page"' if current else ""
    link = f'<a href="{attr(page.filename)}" data-nav-page="{attr(page.slug)}"{here}>{esc(page.title)}</a>'
    return f"<li>{link}</li>"


def nav_items(
    copy: Copy, home_sections: list[str], pages: list[Page], on_home: bool, current: str
) -> list[str]:
    """The navigation links, home-page sections first, in page order."""
    taken = {PAGE_REPLACES_SECTION.get(page.slug) for page in pages}
    items = [
        nav_link_for_section(copy, section, on_home)
        for section in home_sections
        if section in NAV_SECTIONS and section not in taken
    ]
    items += [nav_link_for_page(page, page.slug == current) for page in pages]
    return items


def header(copy: Copy, items: list[str]) -> str:
    """The sticky header: brand, menu button for phones, navigation."""
    return lines(
        '<header class="site-header">',
        '  <div class="container header-inner">',
        '    <a class="brand" href="index.html"><span class="brand-mark" aria-hidden="true"></span>'
        f"<span data-site-name>{esc(copy.name)}</span></a>",
        '    <button class="nav-toggle" type="button" aria-expanded="false" aria-controls="site-nav">'
        f'<span class="visually-hidden">{esc(copy.words["nav_menu"])}</span>'
        '<span class="nav-toggle-bar" aria-hidden="true"></span></button>',
        '    <nav class="site-nav" id="site-nav" aria-label="Main">',
        "      <ul>",
        [f"        {item}" for item in items],
        "      </ul>",
        "    </nav>",
        "  </div>",
        "</header>",
    )


def page_title(name: str, title: str | None) -> str:
    """The <title> of a page: the site's name, after the page's own title for extra pages."""
    return f"{title} — {name}" if title else name


def document(
    copy: Copy,
    kind: str,
    topic: str,
    title: str,
    description: str,
    page: str,
    header_html: str,
    main_html: str,
    footer_html: str,
) -> str:
    """A complete HTML page around a header, main content and footer."""
    return lines(
        "<!DOCTYPE html>",
        f'<html lang="{attr(copy.language)}">',
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{esc(title)}</title>",
        f'  <meta name="description" content="{attr(description)}">',
        '  <link rel="stylesheet" href="styles.css">',
        '  <script src="script.js" defer></script>',
        "</head>",
        f'<body data-kind="{attr(kind)}" data-topic="{attr(topic)}" data-page="{attr(page)}"'
        f"{fact_attrs(copy.facts)}>",
        f'  <a class="skip-link" href="#main">{esc(copy.words["skip"])}</a>',
        nest(header_html),
        '  <main id="main">',
        nest(main_html, 2) if main_html else None,
        "  </main>",
        nest(footer_html) if footer_html else None,
        "</body>",
        "</html>",
        "",
    )


def fact_attrs(facts: Facts) -> str:
    """The facts a later edit reads back from the page: place, country, currency, language, trade."""
    values = {
        "data-place": facts.place,
        "data-country": facts.region,
        "data-currency": facts.currency_code,
        "data-currency-from": "place" if facts.currency_chosen or not facts.currency else "prompt",
        "data-lang": facts.language,
        "data-trade": facts.trade,
    }
    return "".join(f' {name}="{attr(value)}"' for name, value in values.items() if value)


def main_sections(ctx: PageContext, sections: list[str]) -> str:
    """The sections inside <main>, separated by blank lines."""
    return "\n\n".join(render_section(name, ctx) for name in sections if name != "footer")


def ordered(sections: list[str]) -> list[str]:
    """Sections without duplicates, in their natural order on a page."""
    unique = list(dict.fromkeys(s for s in sections if s in SECTION_ORDER))
    return sorted(unique, key=SECTION_ORDER.index)


def arranged(defaults: list[str], extra: list[str]) -> list[str]:
    """A kind's default sections in their own order, each extra one slotted in where it belongs."""
    result = [s for s in dict.fromkeys(defaults) if s in SECTION_ORDER]
    for section in extra:
        if section in result or section not in SECTION_ORDER:
            continue
        rank = SECTION_ORDER.index(section)
        later = next((i for i, s in enumerate(result) if SECTION_ORDER.index(s) > rank), len(result))
        result.insert(later, section)
    if "footer" in result:
        result.append(result.pop(result.index("footer")))
    return result


def render_page(spec: SiteSpec, page: Page | None) -> str:
    """The HTML of the home page (page=None) or of one extra page."""
    copy = spec.copy
    home = list(spec.sections)
    on_home = page is None
    ctx = PageContext(copy, [s for s in home if s != "footer"], on_home)
    if page is not None:
        ctx.page_title, ctx.page = page.title, page.slug
    sections = home if page is None else ordered(page.sections)
    items = nav_items(copy, home, spec.pages, on_home, "index" if page is None else page.slug)
    description = copy.section("hero")["tagline"]
    return document(
        copy,
        spec.kind,
        spec.topic,
        page_title(copy.name, None if page is None else page.title),
        description,
        "index" if page is None else page.slug,
        header(copy, items),
        main_sections(ctx, sections),
        footer(ctx) if "footer" in home else "",
    )


def render_site(spec: SiteSpec) -> dict[str, str]:
    """Every file of a new site."""
    all_sections = set(spec.sections)
    for page in spec.pages:
        all_sections.update(page.sections)
    files = {"index.html": render_page(spec, None)}
    for page in spec.pages:
        files[page.filename] = render_page(spec, page)
    files["styles.css"] = stylesheet(spec.scheme, spec.kind, ordered(list(all_sections)))
    files["script.js"] = script()
    return files
