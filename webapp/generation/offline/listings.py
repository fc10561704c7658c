"""Sections that list things: a menu, a gallery, projects, posts, a schedule, speakers, a venue."""

from . import art
from .markup import attr, esc
from .sections import PageContext, lines, nest, people_grid, section_head, wrap

# Icons drawn on picture placeholders, so a tile hints at what belongs there.
_TILE_ICONS = ["camera", "star", "heart", "leaf", "sun", "spark"]


def _tile(ctx: PageContext, index: int, label: str, icon_name: str | None = None) -> str:
    """A picture placeholder: a gradient in the scheme's colours with an icon."""
    glyph = art.icon(icon_name or _TILE_ICONS[index % len(_TILE_ICONS)])
    return (
        f'<div class="tile tile-{index % 6 + 1}" role="img" '
        f'aria-label="{attr(ctx.copy.words["photo"].format(label=label))}">{glyph}</div>'
    )


def menu(ctx: PageContext) -> str:
    """Dishes by category, each with a description and a price."""
    c = ctx.copy.section("menu")
    blocks = []
    for category, items in c["categories"]:
        entries = [
            lines(
                '<li class="menu-item">',
                f'  <div class="menu-line"><span class="menu-name">{esc(name)}</span>'
                '<span class="menu-dots" aria-hidden="true"></span>'
                f'<span class="menu-price">{esc(price)}</span></div>',
                f'  <p class="menu-desc">{esc(description)}</p>' if description else None,
                "</li>",
            )
            for name, description, price in items
        ]
        blocks.append(
            lines(
                '<div class="menu-category">',
                f"  <h3>{esc(category)}</h3>",
                '  <ul class="menu-list">',
                [line for entry in entries for line in nest(entry, 2)],
                "  </ul>",
                "</div>",
            )
        )
    body = lines('<div class="menu-grid">', [line for block in blocks for line in nest(block)], "</div>")
    return wrap("menu", section_head(c["title"], c.get("intro", ""), center=True), body)


def gallery(ctx: PageContext) -> str:
    """A grid of captioned picture placeholders."""
    c = ctx.copy.section("gallery")
    figures = [
        lines(
            "<figure>",
            "  " + _tile(ctx, i, caption),
            f"  <figcaption>{esc(caption)}</figcaption>",
            "</figure>",
        )
        for i, caption in enumerate(c["items"])
    ]
    grid = lines('<div class="gallery-grid">', [line for fig in figures for line in nest(fig)], "</div>")
    return wrap("gallery", section_head(c["title"], c.get("intro", "")), grid)


def projects(ctx: PageContext) -> str:
    """Work samples: a picture, a category, a title and a sentence."""
    c = ctx.copy.section("projects")
    cards = [
        lines(
            '<article class="card project">',
            "  " + _tile(ctx, i, title, ["layers", "pen", "compass", "chart", "spark", "star"][i % 6]),
            '  <div class="card-body">',
            f'    <p class="tag">{esc(category)}</p>',
            f"    <h3>{esc(title)}</h3>",
            f"    <p>{esc(text)}</p>",
            "  </div>",
            "</article>",
        )
        for i, (title, category, text) in enumerate(c["items"])
    ]
    grid = lines('<div class="grid projects">', [line for card in cards for line in nest(card)], "</div>")
    return wrap("projects", section_head(c["title"], c.get("intro", "")), grid)


def posts(ctx: PageContext) -> str:
    """Blog post cards: picture, tag, date, reading time, title and excerpt."""
    c = ctx.copy.section("posts")
    cards = [
        lines(
            '<article class="card post">',
            "  " + _tile(ctx, i + 2, title, ["pen", "leaf", "sun", "heart", "compass", "star"][i % 6]),
            '  <div class="card-body">',
            f'    <p class="meta"><span class="tag">{esc(tag)}</span> <span>{esc(date)}</span> '
            f"<span>· {esc(minutes)} read</span></p>",
            f"    <h3>{esc(title)}</h3>",
            f"    <p>{esc(excerpt)}</p>",
            "  </div>",
            "</article>",
        )
        for i, (title, tag, date, minutes, excerpt) in enumerate(c["items"])
    ]
    grid = lines('<div class="grid posts">', [line for card in cards for line in nest(card)], "</div>")
    return wrap("posts", section_head(c["title"], c.get("intro", "")), grid)


def schedule(ctx: PageContext) -> str:
    """A timeline of what happens when."""
    c = ctx.copy.section("schedule")
    items = [
        lines(
            "<li>",
            f"  <time>{esc(time)}</time>",
            f"  <div><h3>{esc(title)}</h3><p>{esc(detail)}</p></div>",
            "</li>",
        )
        for time, title, detail in c["items"]
    ]
    body = lines('<ol class="timeline">', [line for item in items for line in nest(item)], "</ol>")
    return wrap("schedule", section_head(c["title"], c.get("intro", "")), body, extra_class="narrow")


def speakers(ctx: PageContext) -> str:
    """People on stage, with initials for portraits."""
    c = ctx.copy.section("speakers")
    grid = people_grid(c["items"], note_class="talk")
    return wrap("speakers", section_head(c["title"], c.get("intro", ""), center=True), grid)


_MAP = (
    '<svg class="map" viewBox="0 0 400 300" role="img" aria-label="{label}">'
    '<rect class="map-land" width="400" height="300"/>'
    '<path class="map-water" d="M0 230c80-20 140 10 220-10s130-40 180-30v110H0z"/>'
    '<path class="map-road" d="M0 90h400M130 0v300M290 0v230M0 170l400-60"/>'
    '<path class="map-street" d="M0 40h400M60 0v300M210 0v300M350 0v230M0 130h400"/>'
    '<rect class="map-park" x="150" y="20" width="50" height="55" rx="6"/>'
    '<path class="map-pin" d="M200 150c0-20 30-20 30 0 0 14-15 30-15 30s-15-16-15-30z"/>'
    '<circle class="map-dot" cx="215" cy="150" r="5"/>'
    "</svg>"
)


def visit(ctx: PageContext) -> str:
    """Where to find the place and when it is open, beside a drawn map."""
    c = ctx.copy.section("visit")
    hours = [f"    <div><dt>{esc(days)}</dt><dd>{esc(times)}</dd></div>" for days, times in c["hours"]]
    info = lines(
        '<div class="card visit-card">',
        f"  <h3>{art.icon('pin')}<span>{esc(ctx.copy.words['address'])}</span></h3>",
        '  <address data-field="address">' + "<br>".join(esc(line) for line in c["address"]) + "</address>",
        f"  <h3>{art.icon('clock')}<span>{esc(c.get('hours_title', ctx.copy.words['hours']))}</span></h3>",
        '  <dl class="hours" data-field="hours">',
        hours,
        "  </dl>",
        f'  <p class="note">{esc(c["note"])}</p>' if c.get("note") else None,
        "</div>",
    )
    label = ctx.copy.words["map"].format(place=", ".join(c["address"]))
    drawn = _MAP.replace("{label}", attr(label))
    body = lines('<div class="split visit">', nest(info), f'  <div class="map-frame">{drawn}</div>', "</div>")
    return wrap("visit", section_head(c["title"], c.get("intro", "")), body)
