"""Rendering one section of a page to HTML.

Every section is a <section data-section="name" id="name"> (the footer a
<footer data-section="footer">), so a later edit can find, move or remove
it in the files alone. Editable text carries data-field (headline,
tagline, cta) for the same reason.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from . import art
from .content import Copy
from .markup import attr, esc


@dataclass
class PageContext:
    """What a section needs to know about the site around it."""

    copy: Copy
    home_sections: list[str] = field(default_factory=list)  # sections on index.html
    on_home: bool = True
    page_title: str = ""
    page: str = "index"

    def link(self, target: str | None) -> str | None:
        """The href of a home-page section, or None when that section does not exist."""
        if target and target in self.home_sections:
            return f"#{target}" if self.on_home else f"index.html#{target}"
        return None

    def link_or_contact(self, target: str | None) -> str:
        """A link to `target`, else to the contact form, else to the top of the home page."""
        return self.link(target) or self.link("contact") or ("#main" if self.on_home else "index.html")


def lines(*parts: str | list[str] | None) -> str:
    """Join lines, flattening lists and skipping empty parts."""
    out: list[str] = []
    for part in parts:
        if isinstance(part, list):
            out.extend(line for line in part if line is not None)
        elif part:
            out.append(part)
    return "\n".join(out)


def nest(block: str, levels: int = 1) -> list[str]:
    """The block's lines, indented by two spaces per level."""
    pad = "  " * levels
    return [pad + line if line else line for line in block.split("\n")]


def open_section(name: str, extra_class: str = "") -> str:
    """The opening tag every section shares."""
    classes = " ".join(filter(None, ["section", f"section-{name.replace('_', '-')}", extra_class]))
    return f'<section class="{classes}" id="{name}" data-section="{name}">'


def section_head(title: str, intro: str = "", eyebrow: str = "", center: bool = False) -> str:
    """A section's heading block."""
    return lines(
        f'<div class="section-head{" center" if center else ""}">',
        f'  <p class="eyebrow">{esc(eyebrow)}</p>' if eyebrow else None,
        f"  <h2>{esc(title)}</h2>",
        f'  <p class="lead">{esc(intro)}</p>' if intro else None,
        "</div>",
    )


def wrap(name: str, *body: str, extra_class: str = "") -> str:
    """A section with a container around its body blocks."""
    inner: list[str] = []
    for block in body:
        inner += nest(block, 2)
    return lines(
        open_section(name, extra_class), '  <div class="container">', inner, "  </div>", "</section>"
    )


def checklist(items: list[str], css: str = "checklist") -> str:
    """A list with check marks."""
    return lines(
        f'<ul class="{css}">',
        [f"  <li>{art.icon('check')}<span>{esc(item)}</span></li>" for item in items],
        "</ul>",
    )


def button(label: str, href: str, css: str = "button", field_name: str = "") -> str:
    """A link styled as a button."""
    data = f' data-field="{field_name}"' if field_name else ""
    return f'<a class="{css}" href="{attr(href)}"{data}>{esc(label)}</a>'


# Sections shared by every kind of site ---------------------------------------------------------


def hero(ctx: PageContext) -> str:
    """The opening section: headline, tagline, buttons and a picture."""
    c = ctx.copy.section("hero")
    buttons = []
    primary_label, primary_target = c["cta"]
    buttons.append(button(primary_label, ctx.link_or_contact(primary_target), field_name="cta"))
    if c.get("cta2"):
        label, target = c["cta2"]
        href = ctx.link(target)
        if href and href != ctx.link_or_contact(primary_target):
            buttons.append(button(label, href, "button button-ghost"))
    copy = lines(
        '<div class="hero-copy">',
        f'  <p class="eyebrow">{esc(c["eyebrow"])}</p>' if c.get("eyebrow") else None,
        f'  <h1 data-field="headline">{esc(c["headline"])}</h1>',
        f'  <p class="lead" data-field="tagline">{esc(c["tagline"])}</p>',
        '  <div class="actions">',
        [f"    {b}" for b in buttons],
        "  </div>",
        "</div>",
    )
    visual = lines('<div class="hero-visual">', nest(_hero_visual(ctx, c)), "</div>")
    return lines(
        '<section class="hero" id="top" data-section="hero">',
        '  <div class="container hero-grid">',
        nest(copy, 2),
        nest(visual, 2),
        "  </div>",
        "</section>",
    )


def _hero_visual(ctx: PageContext, c: dict) -> str:
    if c.get("details"):
        facts = [
            f'  <li><span class="icon">{art.icon(ic)}</span><span><strong>{esc(label)}</strong>'
            f"<span>{esc(value)}</span></span></li>"
            for ic, label, value in c["details"]
        ]
        label, target = c["cta"]
        return lines(
            '<div class="event-card">',
            '  <ul class="event-facts">',
            nest("\n".join(facts)),
            "  </ul>",
            f"  {button(label, ctx.link_or_contact(target), 'button button-block')}",
            "</div>",
        )
    label = ctx.copy.words["picture"].format(name=ctx.copy.name)
    if c.get("art") == "monogram":
        label = ctx.copy.words["monogram"].format(name=ctx.copy.name)
        return (
            f'<div class="monogram" role="img" aria-label="{attr(label)}">'
            f"<span>{esc(art.initials(ctx.copy.name))}</span></div>"
        )
    return art.illustration(c.get("art", "dashboard"), label)


def page_header(ctx: PageContext) -> str:
    """The heading of an extra page."""
    intro = ctx.copy.page_intro(ctx.page, ctx.page_title)
    return lines(
        '<section class="page-header" id="top" data-section="page_header">',
        '  <div class="container">',
        f'    <p class="eyebrow">{esc(ctx.copy.name)}</p>',
        f'    <h1 data-field="headline">{esc(ctx.page_title)}</h1>',
        f'    <p class="lead" data-field="tagline">{esc(intro)}</p>',
        "  </div>",
        "</section>",
    )


def _cards(items: list[tuple], with_price: bool = False) -> str:
    cards = []
    for item in items:
        icon_name, title, text = item[:3]
        cards.append(
            lines(
                '<article class="card feature">',
                f'  <span class="icon">{art.icon(icon_name)}</span>',
                f"  <h3>{esc(title)}</h3>",
                f"  <p>{esc(text)}</p>" if text else None,
                f'  <p class="price-tag">{esc(item[3])}</p>'
                if with_price and len(item) > 3 and item[3]
                else None,
                "</article>",
            )
        )
    return lines('<div class="grid cards">', [line for card in cards for line in nest(card)], "</div>")


def features(ctx: PageContext) -> str:
    """Cards with an icon, a title and a sentence each."""
    c = ctx.copy.section("features")
    return wrap("features", section_head(c["title"], c.get("intro", "")), _cards(c["items"]))


def services(ctx: PageContext) -> str:
    """What is offered, with a starting price each."""
    c = ctx.copy.section("services")
    return wrap("services", section_head(c["title"], c.get("intro", "")), _cards(c["items"], with_price=True))


def about(ctx: PageContext) -> str:
    """The story, in two columns with a picture."""
    c = ctx.copy.section("about")
    text = lines(
        '<div class="about-copy">',
        f"  <h2>{esc(c['title'])}</h2>",
        [f"  <p>{esc(p)}</p>" for p in c["paragraphs"]],
        nest(checklist(c.get("points", []))) if c.get("points") else None,
        "</div>",
    )
    picture = lines(
        '<div class="about-visual">',
        "  " + art.illustration(c.get("art", "people"), ctx.copy.words["picture"].format(name=ctx.copy.name)),
        "</div>",
    )
    return wrap("about", lines('<div class="split">', nest(text), nest(picture), "</div>"))


def pricing(ctx: PageContext) -> str:
    """Plans or tickets side by side, the recommended one highlighted."""
    c = ctx.copy.section("pricing")
    cards = []
    for name, price, period, blurb, perks, featured, cta in c["plans"]:
        badge = f'  <p class="plan-badge">{esc(ctx.copy.words["popular"])}</p>' if featured else None
        cards.append(
            lines(
                f'<article class="card plan{" plan-featured" if featured else ""}">',
                badge,
                f"  <h3>{esc(name)}</h3>",
                f'  <p class="plan-blurb">{esc(blurb)}</p>',
                f'  <p class="plan-price"><span class="amount">{esc(price)}</span> '
                f'<span class="period">{esc(period)}</span></p>',
                nest(checklist(perks)),
                "  "
                + button(
                    cta, ctx.link_or_contact("contact"), "button" if featured else "button button-ghost"
                ),
                "</article>",
            )
        )
    grid = lines('<div class="grid plans">', [line for card in cards for line in nest(card)], "</div>")
    return wrap("pricing", section_head(c["title"], c.get("intro", ""), center=True), grid)


def testimonials(ctx: PageContext) -> str:
    """Quotes from happy people, with initials for avatars."""
    c = ctx.copy.section("testimonials")
    stars = "".join(art.icon("star") for _ in range(5))
    cards = []
    rated = attr(ctx.copy.words["rated"])
    for quote, person, role in c["items"]:
        cards.append(
            lines(
                '<figure class="card quote">',
                f'  <div class="stars" role="img" aria-label="{rated}">{stars}</div>',
                f"  <blockquote><p>{esc('“' + quote + '”')}</p></blockquote>",
                f'  <figcaption><span class="avatar" aria-hidden="true">{esc(art.initials(person))}</span>'
                f"<span><strong>{esc(person)}</strong><span>{esc(role)}</span></span></figcaption>",
                "</figure>",
            )
        )
    grid = lines('<div class="grid quotes">', [line for card in cards for line in nest(card)], "</div>")
    return wrap("testimonials", section_head(c["title"], c.get("intro", ""), center=True), grid)


def faq(ctx: PageContext) -> str:
    """Questions that open to show their answers (works without JavaScript too)."""
    c = ctx.copy.section("faq")
    items = [
        lines(
            '<details class="faq-item">',
            f"  <summary>{esc(question)}</summary>",
            f'  <div class="faq-answer"><p>{esc(answer)}</p></div>',
            "</details>",
        )
        for question, answer in c["items"]
    ]
    body = lines('<div class="faq-list">', [line for item in items for line in nest(item)], "</div>")
    return wrap("faq", section_head(c["title"], c.get("intro", ""), center=True), body, extra_class="narrow")


def stats(ctx: PageContext) -> str:
    """A row of big numbers."""
    c = ctx.copy.section("stats")
    items = [
        f'  <div class="stat"><dt>{esc(label)}</dt><dd>{esc(number)}</dd></div>'
        for number, label in c["items"]
    ]
    return wrap("stats", lines('<dl class="stats">', items, "</dl>"))


def people_grid(items, note_class: str = "") -> str:
    """A grid of person cards: initials, name, role and one line (a bio, a talk)."""
    note = f'<p class="{note_class}">' if note_class else "<p>"
    cards = [
        lines(
            '<article class="card person">',
            f'  <span class="avatar avatar-lg" aria-hidden="true">{esc(art.initials(name))}</span>',
            f"  <h3>{esc(name)}</h3>",
            f'  <p class="role">{esc(role)}</p>' if role else None,
            f"  {note}{esc(line)}</p>" if line else None,
            "</article>",
        )
        for name, role, line in items
    ]
    return lines('<div class="grid people">', [line for card in cards for line in nest(card)], "</div>")


def team(ctx: PageContext) -> str:
    """People with initials, role and a line about them."""
    c = ctx.copy.section("team")
    return wrap("team", section_head(c["title"], c.get("intro", "")), people_grid(c["items"]))


def cta(ctx: PageContext) -> str:
    """A bold band that asks for one action."""
    c = ctx.copy.section("cta")
    label, target = c["button"]
    band = lines(
        '<div class="cta-band">',
        "  <div>",
        f"    <h2>{esc(c['title'])}</h2>",
        f"    <p>{esc(c['text'])}</p>",
        "  </div>",
        "  " + button(label, ctx.link_or_contact(target), "button button-light"),
        "</div>",
    )
    return wrap("cta", band)


def text(ctx: PageContext) -> str:
    """Plain paragraphs for a page without a template of its own."""
    c = ctx.copy.section("text")
    return wrap(
        "text", lines('<div class="prose">', [f"  <p>{esc(p)}</p>" for p in c["paragraphs"]], "</div>")
    )


def footer(ctx: PageContext) -> str:
    """The site's footer: name, a line of thanks and the copyright."""
    c = ctx.copy.section("footer")
    name = esc(ctx.copy.name)
    return lines(
        '<footer class="site-footer" data-section="footer">',
        '  <div class="container footer-inner">',
        '    <div class="footer-brand">',
        f'      <a class="brand" href="index.html"><span class="brand-mark" aria-hidden="true"></span>'
        f"<span data-site-name>{name}</span></a>",
        f"      <p>{esc(c['tagline'])}</p>",
        "    </div>",
        f'    <p class="footer-note">© <span data-site-name>{name}</span>. '
        f"{esc(ctx.copy.words['rights'])}</p>",
        "  </div>",
        "</footer>",
    )


def renderers() -> dict[str, Callable[[PageContext], str]]:
    """Every section name mapped to the function that renders it."""
    from . import forms, listings

    return {
        "hero": hero,
        "page_header": page_header,
        "features": features,
        "services": services,
        "about": about,
        "pricing": pricing,
        "testimonials": testimonials,
        "faq": faq,
        "stats": stats,
        "team": team,
        "cta": cta,
        "text": text,
        "footer": footer,
        "menu": listings.menu,
        "gallery": listings.gallery,
        "projects": listings.projects,
        "posts": listings.posts,
        "schedule": listings.schedule,
        "speakers": listings.speakers,
        "visit": listings.visit,
        "contact": forms.contact,
        "newsletter": forms.newsletter,
    }


def render_section(name: str, ctx: PageContext) -> str:
    """One section's HTML, unindented."""
    return renderers()[name](ctx)
