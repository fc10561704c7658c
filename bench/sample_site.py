"""A sample site and the turns that edit it, for the file store benchmark.

Deterministic (a seeded generator): a 20-file site of about 200 KB, with HTML
pages, CSS, JavaScript, JSON, SVG, a robots.txt and two binary images, whose
text is drawn from a vocabulary with a Zipf-like spread, so it compresses
roughly as real prose and markup do. Each later turn makes one edit of a few
hundred bytes to one text file, the kind of change a builder's turn makes.
"""

import json
import random
from dataclasses import dataclass

TURNS = 100
SEED = 20240611

# Words the text is drawn from (split on whitespace), then invented ones.
COMMON_WORDS = """
the of and to in a is that for it as with was on be by this are from or have an
they which you one were all we when your can there use each she how their will
other about out many then them these so some would make like him into time has
look two more write go see number no way could people than first water been
call who its now find long down day did get come made may part design studio
project client team work build craft light space home garden coffee season
local fresh hand made open hours menu price plan service support quality simple
modern warm bright calm story journey gallery detail texture colour wood stone
"""
SYLLABLES = "ka lo mi ren tor va sel dun pri mo la ther ix bel cor an sto fen gra lu"
CLASSES = ("hero", "card", "grid", "stack", "cluster", "lead", "muted", "badge", "btn", "btn--primary")
CSS_PROPERTIES = {
    "color": lambda r: f"#{r.randrange(0x1000000):06x}",
    "background": lambda r: f"#{r.randrange(0x1000000):06x}",
    "margin": lambda r: f"{r.randint(0, 6) * 0.25}rem {r.randint(0, 4)}rem",
    "padding": lambda r: f"{r.randint(1, 8) * 0.25}rem",
    "font-size": lambda r: f"clamp(1rem, {r.randint(2, 6)}vw, {r.randint(2, 4)}rem)",
    "border-radius": lambda r: f"{r.randint(2, 24)}px",
    "gap": lambda r: f"{r.randint(1, 6) * 0.5}rem",
    "display": lambda r: r.choice(["flex", "grid", "block", "inline-flex"]),
    "transition": lambda r: f"transform {r.randint(1, 9) * 50}ms ease-out",
    "box-shadow": lambda r: f"0 {r.randint(1, 8)}px {r.randint(4, 32)}px rgb(0 0 0 / {r.randint(5, 40)}%)",
}


class Words:
    """A seeded vocabulary with a Zipf-like spread, so text compresses as prose does."""

    def __init__(self, rng: random.Random):
        invented = {"".join(rng.choices(SYLLABLES.split(), k=rng.randint(2, 4))) for _ in range(1500)}
        self.vocabulary = COMMON_WORDS.split() + sorted(invented)
        self.weights = [1 / (rank + 8) for rank in range(len(self.vocabulary))]
        self.rng = rng

    def some(self, n: int) -> list[str]:
        return self.rng.choices(self.vocabulary, self.weights, k=n)

    def sentence(self) -> str:
        words = self.some(self.rng.randint(6, 18))
        return " ".join(words).capitalize() + self.rng.choice([".", ".", ".", "!", "?"])

    def prose(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))

    def slug(self, n: int = 2) -> str:
        return "-".join(self.some(n))

    def camel(self) -> str:
        first, *rest = self.some(self.rng.randint(2, 3))
        return first + "".join(w.capitalize() for w in rest)


def html_paragraph(w: Words) -> str:
    cls = w.rng.choice(["", ' class="lead"', ' class="muted"'])
    return f"      <p{cls}>{w.prose(w.rng.randint(2, 4))}</p>"


def html_section(w: Words) -> list[str]:
    rng = w.rng
    lines = [f'    <section id="{w.slug()}" class="section section--{rng.choice(CLASSES)}">']
    lines.append(f"      <h2>{' '.join(w.some(rng.randint(2, 5))).title()}</h2>")
    lines += [html_paragraph(w) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.5:
        lines.append('      <ul class="features">')
        for _ in range(rng.randint(3, 5)):
            lines.append(f"        <li><strong>{w.some(1)[0].title()}</strong> {w.sentence()}</li>")
        lines.append("      </ul>")
    else:
        lines.append('      <div class="grid">')
        for _ in range(rng.randint(2, 3)):
            slug = w.slug()
            lines += [
                '        <article class="card">',
                f'          <img src="/images/{slug}.jpg" alt="{w.sentence()[:-1]}" loading="lazy">',
                f"          <h3>{' '.join(w.some(3)).title()}</h3>",
                f"          <p>{w.sentence()}</p>",
                f'          <a class="btn btn--ghost" href="/{slug}.html">Read more</a>',
                "        </article>",
            ]
        lines.append("      </div>")
    lines.append("    </section>")
    return lines


def html_page(w: Words, title: str, size: int) -> str:
    pages = ["index", "about", "services", "pricing", "contact", "blog/index"]
    nav = "".join(f'<li><a href="/{p}.html">{p.split("/")[0].title()}</a></li>' for p in pages)
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{title} | Northwind Studio</title>",
        f'  <meta name="description" content="{w.sentence()}">',
        '  <link rel="icon" href="/favicon.ico">',
        '  <link rel="stylesheet" href="/css/style.css">',
        '  <link rel="stylesheet" href="/css/components.css">',
        "</head>",
        "<body>",
        '  <header class="site-header">',
        '    <a class="logo" href="/index.html"><img src="/images/logo.svg" alt="Northwind Studio"></a>',
        f'    <nav aria-label="Main"><ul class="cluster">{nav}</ul></nav>',
        "  </header>",
        "  <main>",
    ]
    foot = [
        "  </main>",
        f'  <footer class="site-footer"><p>{w.sentence()}</p><p>&copy; 2024 Northwind Studio</p></footer>',
        '  <script src="/js/main.js" defer></script>',
        "</body>",
        "</html>",
    ]
    body: list[str] = []
    while len("\n".join(head + body + foot)) < size:
        body += html_section(w)
    return "\n".join(head + body + foot) + "\n"


def css_rule(w: Words) -> str:
    selector = f".{w.rng.choice(CLASSES).split('--')[0]}-{w.slug(1)}"
    properties = w.rng.sample(sorted(CSS_PROPERTIES), w.rng.randint(3, 6))
    body = "".join(f"  {p}: {CSS_PROPERTIES[p](w.rng)};\n" for p in properties)
    return f"{selector} {{\n{body}}}"


def css_file(w: Words, size: int) -> str:
    rules = [":root {\n  --accent: #c2410c;\n  --ink: #1c1917;\n  --paper: #fafaf9;\n}"]
    while len("\n\n".join(rules)) < size:
        rules.append(css_rule(w))
    return "\n\n".join(rules) + "\n"


def js_function(w: Words) -> str:
    name, target = w.camel(), w.slug()
    return (
        f"function {name}(root = document) {{\n"
        f"  const items = root.querySelectorAll('.{target}');\n"
        f"  items.forEach((item, index) => {{\n"
        f"    item.addEventListener('click', () => {{\n"
        f"      item.classList.toggle('is-{w.slug(1)}');\n"
        f"      console.debug(`{w.sentence()} ${{index}}`);\n"
        f"    }});\n"
        f"  }});\n"
        f"  return items.length > {w.rng.randint(0, 9)};\n"
        f"}}"
    )


def js_file(w: Words, size: int) -> str:
    blocks = ["'use strict';"]
    while len("\n\n".join(blocks)) < size:
        blocks.append(js_function(w))
    return "\n\n".join(blocks) + "\n"


def json_item(w: Words, number: int) -> dict:
    return {
        "id": number,
        "name": " ".join(w.some(3)).title(),
        "slug": w.slug(3),
        "price": round(w.rng.uniform(5, 500), 2),
        "description": w.sentence(),
        "tags": w.some(w.rng.randint(1, 4)),
        "image": f"/images/{w.slug()}.jpg",
    }


def json_file(w: Words, size: int) -> str:
    items: list[dict] = []
    while len(json.dumps(items, indent=2)) < size:
        items.append(json_item(w, len(items) + 1))
    return json.dumps(items, indent=2) + "\n"


def svg_path(w: Words) -> str:
    r = w.rng
    points = " ".join(f"{r.uniform(0, 400):.1f} {r.uniform(0, 300):.1f}" for _ in range(r.randint(6, 14)))
    return f'  <path d="M {points} Z" fill="#{r.randrange(0x1000000):06x}" opacity="0.{r.randint(2, 9)}"/>'


def svg_file(w: Words, size: int) -> str:
    lines = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">']
    while len("\n".join(lines)) < size:
        lines.append(svg_path(w))
    return "\n".join(lines + ["</svg>"]) + "\n"


def robots_file(w: Words) -> str:
    rules = "".join(f"Disallow: /{w.slug()}/\n" for _ in range(3))
    return f"User-agent: *\n{rules}Sitemap: /sitemap.xml\n"


def jpeg_bytes(rng: random.Random, size: int) -> bytes:
    # Compressed image data is close to random: it neither compresses nor dedupes.
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rng.randbytes(size - 15) + b"\xff\xd9"


def icon_bytes(rng: random.Random) -> bytes:
    # A 32x32 icon: a few palette colours, like a real favicon.
    palette = [rng.randbytes(4) for _ in range(6)]
    pixels = b"".join(rng.choice(palette) for _ in range(32 * 32))
    return b"\x00\x00\x01\x00\x01\x00\x20\x20" + rng.randbytes(14) + pixels + bytes(128)


def build_site(w: Words) -> dict[str, str | bytes]:
    """The site of turn 0: 20 files, about 200 KB."""
    pages = {
        "index.html": ("Handmade furniture", 16_000),
        "about.html": ("About us", 11_000),
        "services.html": ("Services", 12_000),
        "pricing.html": ("Pricing", 10_000),
        "contact.html": ("Contact", 7_000),
        "blog/index.html": ("Journal", 9_000),
        "blog/oak-and-ash.html": ("Oak and ash", 13_000),
        "blog/finishing-oils.html": ("Finishing oils", 13_000),
    }
    files: dict[str, str | bytes] = {path: html_page(w, t, size) for path, (t, size) in pages.items()}
    files["css/style.css"] = css_file(w, 22_000)
    files["css/components.css"] = css_file(w, 11_000)
    files["js/main.js"] = js_file(w, 14_000)
    files["js/gallery.js"] = js_file(w, 8_000)
    files["data/products.json"] = json_file(w, 11_000)
    files["data/team.json"] = json_file(w, 5_000)
    files["site.webmanifest"] = json.dumps({"name": "Northwind Studio", "icons": [], "theme": "#c2410c"})
    files["images/logo.svg"] = svg_file(w, 3_000)
    files["images/pattern.svg"] = svg_file(w, 7_000)
    files["robots.txt"] = robots_file(w)
    files["images/hero.jpg"] = jpeg_bytes(w.rng, 24_000)
    files["favicon.ico"] = icon_bytes(w.rng)
    return files


# Where an edit may land in each kind of text file: blocks split by a
# separator, and the blocks an edit may replace or follow.
BLOCKS = {
    "html": ("\n", lambda b: b.lstrip().startswith("<p"), html_paragraph),
    "css": ("\n\n", lambda b: b.endswith("}"), css_rule),
    "js": ("\n\n", lambda b: b.startswith("function"), js_function),
    "svg": ("\n", lambda b: b.lstrip().startswith("<path"), svg_path),
    "txt": ("\n", lambda b: b.startswith("Disallow"), lambda w: f"Disallow: /{w.slug()}/"),
}
# How often the builder touches each kind of file.
EDIT_WEIGHTS = {"html": 4, "css": 3, "js": 2, "json": 1, "webmanifest": 0.3, "svg": 1, "txt": 0.3}


def edit_file(w: Words, path: str, content: str) -> str:
    """A realistic edit of a few hundred bytes: a block replaced, or a new one added."""
    kind = path.rsplit(".", 1)[1]
    if kind in ("json", "webmanifest"):
        data = json.loads(content)
        if isinstance(data, list):
            if w.rng.random() < 0.5:
                w.rng.choice(data)["description"] = w.sentence()
            else:
                data.append(json_item(w, len(data) + 1))
            return json.dumps(data, indent=2) + "\n"
        data[w.slug(1)] = w.sentence()
        return json.dumps(data)
    separator, editable, make_block = BLOCKS[kind]
    blocks = content.split(separator)
    at = w.rng.choice([i for i, block in enumerate(blocks) if editable(block)])
    new_block = make_block(w)
    if w.rng.random() < 0.5:
        blocks[at] = new_block
    else:
        blocks.insert(at + 1, new_block)
    return separator.join(blocks)


@dataclass(frozen=True)
class Turn:
    """One turn: what the user asked, what the assistant said, the files after it."""

    request: str
    reply: str
    files: dict[str, str | bytes]
    changed: str | None


def build_turns(seed: int = SEED, count: int = TURNS) -> list[Turn]:
    """The FileMap after each turn; every turn after the first edits one text file."""
    w = Words(random.Random(seed))
    files = build_site(w)
    turns = [Turn("Build me a site for my furniture studio.", "Here is your site.", files, None)]
    editable = [p for p in files if isinstance(files[p], str)]
    weights = [EDIT_WEIGHTS[p.rsplit(".", 1)[1]] for p in editable]
    previous = None
    while len(turns) < count:
        path = w.rng.choices(editable, weights)[0]
        if path == previous:
            continue
        files = {**files, path: edit_file(w, path, files[path])}
        turns.append(Turn(f"Please change {path}: {w.sentence()}", f"Updated {path}.", files, path))
        previous = path
    return turns
