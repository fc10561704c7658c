"""The offline generator: sites from a sentence, edits in place, nothing external, nothing unescaped."""

import re
from html.parser import HTMLParser

import pytest

from webapp.generation.base import ChatTurn, GenerationCancelled, GenerationOutcome, GenerationRequest
from webapp.generation.offline import OfflineGenerator
from webapp.generation.offline.palette import AA, STYLES, Scheme, contrast, palette, scheme_from_css
from webapp.generation.offline.vocabulary import COLOURS, MOODS

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


# Helpers ---------------------------------------------------------------------------------------


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


# New sites -------------------------------------------------------------------------------------

KINDS = [
    (
        "A landing page for my consulting business called Brightpath",
        "landing",
        "Brightpath",
        ["hero", "features", "pricing", "testimonials", "faq", "contact", "footer"],
    ),
    (
        "A portfolio for Jane Doe, a photographer",
        "portfolio",
        "Jane Doe",
        ["hero", "projects", "about", "contact", "footer"],
    ),
    (
        "Build a website for my bakery Sweet Crumbs with a menu and a contact form",
        "restaurant",
        "Sweet Crumbs",
        ["hero", "about", "menu", "gallery", "visit", "contact", "footer"],
    ),
    (
        "A travel blog named Far & Away",
        "blog",
        "Far & Away",
        ["hero", "posts", "about", "newsletter", "footer"],
    ),
    (
        "A conference website called Horizon Summit in Portland",
        "event",
        "Horizon Summit",
        ["hero", "schedule", "speakers", "visit", "pricing", "faq", "footer"],
    ),
    (
        "A product page for our smart desk lamp 'Lumen One'",
        "product",
        "Lumen One",
        ["hero", "features", "gallery", "testimonials", "pricing", "faq", "footer"],
    ),
    (
        "My personal website, I'm Jamie Taylor",
        "personal",
        "Jamie Taylor",
        ["hero", "about", "contact", "footer"],
    ),
]


@pytest.mark.parametrize(("prompt", "kind", "name", "expected"), KINDS)
def test_each_kind_of_site_is_built_with_its_name_and_sections(prompt, kind, name, expected):
    text, outcome, files = run(prompt)
    assert {"index.html", "styles.css", "script.js"} <= set(outcome.changed)
    index = files["index.html"]
    check_page(index)
    assert f'data-kind="{kind}"' in index
    escaped = name.replace("&", "&amp;")
    assert f"<title>{escaped}</title>" in index
    assert f"<span data-site-name>{escaped}</span>" in index
    found = sections(index)
    assert all(section in found for section in expected), found
    assert name.replace("&", "\\&") in text or name in text
    assert outcome.description.startswith("Created ") and name in outcome.description


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("a restaurant menu site for Luigi's Trattoria", ["$", "menu-price"]),
        ("a conference called DevDays", ["timeline", "Venue"]),
        ("a portfolio for Sam Rivera, a web developer", ["Projects", "card project"]),
        ("a food blog called The Sunday Table", ["card post", "min read"]),
        ("a SaaS app called Tidy", ["plan-price", "Most popular"]),
    ],
)
def test_content_fits_the_kind_of_site(prompt, expected):
    _text, _outcome, files = run(prompt)
    for snippet in expected:
        assert snippet in files["index.html"]


def test_the_styles_are_responsive_and_use_custom_properties():
    _text, _outcome, files = run("a bakery called Sweet Crumbs")
    css = files["styles.css"]
    assert re.search(r":root \{[^}]*--primary: #[0-9a-f]{6};", css)
    assert "@media (max-width: 980px)" in css and "grid-template-columns" in css
    assert "var(--primary)" in css and "@import" not in css and "url(" not in css


def test_the_script_toggles_the_menu_animates_the_faq_and_thanks_without_sending():
    _text, _outcome, files = run("a landing page with an FAQ and a contact form")
    script = files["script.js"]
    assert "nav-toggle" in script and "aria-expanded" in script
    assert "faq-item" in script and "animate" in script
    assert "data-contact-form" in script and "form-success" in script
    assert "fetch(" not in script and "XMLHttpRequest" not in script


@pytest.mark.parametrize(
    ("prompt", "name"),
    [
        ("a bakery called Sweet Crumbs", "Sweet Crumbs"),
        ("a cafe named bean there with a menu", "Bean There"),
        ("a website for my bakery Sweet Crumbs", "Sweet Crumbs"),
        ("a blog: 'Notes from the Field'", "Notes from the Field"),
        ("build a site for “Acme Analytics”", "Acme Analytics"),
        ("a simple site for my plumbing business, Joe's Plumbing", "Joe's Plumbing"),
        ("Site for our wedding! Emma & James, June 2026", "Emma & James"),
        ("Maria's bakery website", "Maria's Bakery"),
        ("a restaurant website", "The Corner Table"),
        ("a wedding website", "Anna & Luis"),
    ],
)
def test_the_name_comes_from_the_prompt_or_a_default_for_the_kind(prompt, name):
    _text, outcome, _files = run(prompt)
    assert f"'{name}'" in outcome.description


def test_a_yoga_studio_gets_classes_and_passes_not_software_features():
    _text, outcome, files = run("a website for my yoga studio Still Water")
    index = files["index.html"]
    assert "Move well, breathe deeply" in index and "Class passes" in index
    assert {"services", "pricing", "visit"} <= set(sections(index))


def test_a_portfolio_named_like_a_studio_speaks_as_we():
    _text, _outcome, files = run("a portfolio for Studio North, a design studio")
    assert "About the studio" in files["index.html"] and "I'm Studio North" not in files["index.html"]


def test_pages_asked_for_up_front_are_built_and_linked():
    files = build("a blog called Trail Notes with an about page")
    assert "about.html" in files
    for path in ("index.html", "about.html"):
        check_page(files[path])
        assert "about.html" in nav_hrefs(files[path])


def test_a_headline_in_the_first_prompt_is_used():
    files = build("a bakery called Sweet Crumbs with the headline 'Fresh bread daily'")
    assert '<h1 data-field="headline">Fresh bread daily</h1>' in files["index.html"]


def test_the_stream_yields_several_text_chunks_then_exactly_one_outcome():
    items = list(OfflineGenerator().stream(GenerationRequest("a bakery called Sweet Crumbs")))
    texts = [item for item in items if isinstance(item, str)]
    assert len(texts) > 5 and all(texts)
    assert sum(isinstance(item, GenerationOutcome) for item in items) == 1
    assert isinstance(items[-1], GenerationOutcome)


def test_the_delay_is_optional_and_zero_by_default():
    assert OfflineGenerator().delay == 0.0
    assert OfflineGenerator(delay=0.01).delay == 0.01
    assert OfflineGenerator.name == "offline"


def test_the_delay_paces_the_chunks(monkeypatch):
    pauses = []
    monkeypatch.setattr("webapp.generation.offline.generator.time.sleep", pauses.append)
    items = list(OfflineGenerator(delay=0.05).stream(GenerationRequest("a bakery called Sweet Crumbs")))
    assert pauses and set(pauses) == {0.05} and len(pauses) == len(items) - 2


def test_a_cancelled_stream_ends_at_the_next_chunk():
    generator = OfflineGenerator()
    stream = generator.stream(GenerationRequest("a bakery called Sweet Crumbs"))
    assert isinstance(next(stream), str)

    generator.cancel()
    with pytest.raises(GenerationCancelled):
        next(stream)


def test_the_same_prompt_gives_the_same_site():
    assert run("a portfolio for Jane Doe")[1] == run("a portfolio for Jane Doe")[1]


# Colours ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prompt", "hue", "mode", "style"),
    [
        ("a landing page in blue", 220, "light", "standard"),
        ("a dark portfolio", None, "dark", "minimal"),
        ("a bakery site with pastel pink colours", 334, "light", "pastel"),
        ("a yoga studio landing page in green and gold", 145, "light", "standard"),
        ("a warm cafe website", 16, "light", "standard"),
        ("a minimal black and white portfolio", None, "light", "minimal"),
        ("an event site, dark green", 145, "dark", "standard"),
        ("a pastel mint landing page", 158, "light", "pastel"),
        ("a purple product page", 274, "light", "standard"),
    ],
)
def test_colour_words_map_to_a_scheme(prompt, hue, mode, style):
    _text, _outcome, files = run(prompt)
    scheme = scheme_from_css(files["styles.css"])
    assert (scheme.hue, scheme.mode, scheme.style) == (hue, mode, style)


def test_green_and_gold_uses_gold_as_the_accent():
    _text, _outcome, files = run("a landing page for my yoga studio in green and gold")
    scheme = scheme_from_css(files["styles.css"])
    assert (scheme.accent, scheme.label) == (43, "green and gold")


def test_each_kind_has_a_fitting_default_scheme():
    schemes = {kind: scheme_from_css(run(prompt)[2]["styles.css"]) for prompt, kind, *_ in KINDS}
    assert schemes["restaurant"].name != schemes["landing"].name
    assert len({(s.hue, s.mode, s.style) for s in schemes.values()}) == len(schemes)


def _every_scheme():
    hues = [None] + sorted({hue for hue, _mode, _style in COLOURS.values() if hue is not None})
    for hue in hues:
        for mode in ("light", "dark"):
            for style in STYLES:
                yield Scheme(hue=hue, accent=(hue or 0) + 150, mode=mode, style=style)
    for hue, accent, style in MOODS.values():
        yield Scheme(hue=hue, accent=accent, style=style)


@pytest.mark.parametrize("scheme", list(_every_scheme()), ids=str)
def test_every_scheme_keeps_text_readable(scheme):
    colours = palette(scheme)
    for background in ("bg", "surface", "surface-2"):
        assert contrast(colours["text"], colours[background]) >= 7
        assert contrast(colours["muted"], colours[background]) >= AA
        assert contrast(colours["primary-ink"], colours[background]) >= AA
    assert contrast(colours["text"], colours["primary-soft"]) >= AA
    assert contrast(colours["on-primary"], colours["primary"]) >= AA
    assert contrast(colours["on-accent"], colours["accent"]) >= AA


# Follow-up edits -------------------------------------------------------------------------------

HAND_EDIT = "<p>Family owned since 1987 — ask for Rosa!</p>"


def hand_edited_bakery() -> dict:
    """A bakery site whose about section a person has edited by hand."""
    files = build("a bakery called Sweet Crumbs")
    index = files["index.html"]
    files["index.html"] = index.replace(
        "<h2>Baked by hand, since 2012</h2>", "<h2>Our bakery</h2>\n" + HAND_EDIT, 1
    )
    return files


def test_adding_a_section_keeps_hand_edits_elsewhere():
    files = hand_edited_bakery()
    text, outcome, after = run("add a pricing section", files)
    assert set(outcome.changed) <= {"index.html", "styles.css"} and not outcome.deleted
    index = after["index.html"]
    assert HAND_EDIT in index and "<h2>Our bakery</h2>" in index
    assert "pricing" in sections(index)
    # In its natural place: after the gallery, before the testimonials.
    order = sections(index)
    assert order.index("gallery") < order.index("pricing") < order.index("testimonials")
    assert "#pricing" in nav_hrefs(index)
    assert "/* section: pricing */" in after["styles.css"]
    assert outcome.description == "Added a pricing section"
    check_page(index)
    # Apart from the new section and its nav link, the page is byte for byte what it was.
    start = index.index('<section class="section section-pricing"')
    end = index.index("</section>", start) + len("</section>\n\n    ")
    link = '<li><a href="#pricing" data-nav="pricing">Catering</a></li>\n          '
    assert (index[:start] + index[end:]).replace(link, "") == files["index.html"]


def test_removing_a_section_removes_it_and_its_link():
    files = build("a bakery called Sweet Crumbs")
    _text, outcome, after = run("remove the gallery", files)
    assert "gallery" not in sections(after["index.html"])
    assert "#gallery" not in nav_hrefs(after["index.html"])
    assert outcome.description == "Removed the gallery section"
    check_page(after["index.html"])


def test_renaming_updates_the_title_and_header_on_every_page():
    files = build("a bakery called Sweet Crumbs", "add an about page")
    _text, outcome, after = run("rename it to 'Golden Loaf'", files)
    assert {"index.html", "about.html"} <= set(outcome.changed)
    for path in ("index.html", "about.html"):
        assert "Sweet Crumbs" not in after[path]
        assert "<span data-site-name>Golden Loaf</span>" in after[path]
        check_page(after[path])
    assert "<title>Golden Loaf</title>" in after["index.html"]
    assert "<title>About — Golden Loaf</title>" in after["about.html"]
    assert outcome.description == "Renamed the site to 'Golden Loaf'"


def test_call_it_renames_and_the_colour_word_in_the_name_is_not_a_colour():
    files = build("a cafe called Bean There")
    before = scheme_from_css(files["styles.css"])
    _text, outcome, after = run("call it Blue Bottle", files)
    assert "Blue Bottle" in after["index.html"]
    assert "styles.css" not in outcome.changed and scheme_from_css(after["styles.css"]) == before


def test_quoted_text_is_replaced_wherever_it_is_read():
    files = build("a bakery called Sweet Crumbs")
    _text, outcome, after = run("replace 'Order a cake' with 'Book a tasting'", files)
    assert "Order a cake" not in after["index.html"] and "Book a tasting" in after["index.html"]
    assert outcome.description == "Replaced 'Order a cake' with 'Book a tasting'"


def test_the_headline_changes_and_nothing_else():
    files = build("a bakery called Sweet Crumbs")
    _text, outcome, after = run("change the headline to 'Fresh bread daily'", files)
    assert set(outcome.changed) == {"index.html"}
    assert '<h1 data-field="headline">Fresh bread daily</h1>' in after["index.html"]
    assert after["index.html"].count("Fresh bread daily") == 1


def test_adding_a_page_adds_the_file_and_a_link_on_every_page():
    files = build("a landing page called Brightpath", "add a blog page")
    _text, outcome, after = run("add an about page", files)
    assert "about.html" in outcome.changed
    for path in ("index.html", "blog.html", "about.html"):
        assert "about.html" in nav_hrefs(after[path]), path
        check_page(after[path])
    assert 'aria-current="page">About</a>' in after["about.html"]
    # The page's nav link replaces the link to the home page's about section.
    assert "#about" not in nav_hrefs(after["index.html"])
    assert outcome.description == "Added an About page"


def test_removing_a_page_deletes_it_and_its_links():
    files = build("a landing page called Brightpath", "add a blog page")
    _text, outcome, after = run("delete the blog page", files)
    assert outcome.deleted == ["blog.html"] and "blog.html" not in after
    assert "blog.html" not in after["index.html"]


def test_colour_changes_touch_only_the_custom_properties():
    files = build("a bakery called Sweet Crumbs")
    files["styles.css"] += "\n.my-rule { color: hotpink; }\n"
    _text, outcome, after = run("make it dark green", files)
    assert set(outcome.changed) == {"styles.css"}
    scheme = scheme_from_css(after["styles.css"])
    assert (scheme.hue, scheme.mode) == (145, "dark")
    assert ".my-rule { color: hotpink; }" in after["styles.css"]
    assert "color-scheme: dark;" in after["styles.css"]
    assert outcome.description == "Changed the colours to dark green"


def test_several_edits_in_one_message():
    files = build("a landing page called Brightpath", "remove the pricing", "remove the faq")
    _text, outcome, after = run("add pricing and an FAQ, and make it purple", files)
    assert {"pricing", "faq"} <= set(sections(after["index.html"]))
    assert scheme_from_css(after["styles.css"]).hue == 274
    assert outcome.description == "Added pricing and FAQ sections; changed the colours to purple"


def test_contact_details_change_wherever_they_appear():
    files = build("a bakery called Sweet Crumbs", "add a contact page")
    _text, outcome, after = run(
        "update the phone number to +1 503 555 0199 and the email to orders@crumbs.example", files
    )
    for path in ("index.html", "contact.html"):
        assert '<a href="tel:+15035550199" data-field="phone">+1 503 555 0199</a>' in after[path]
        assert (
            '<a href="mailto:orders@crumbs.example" data-field="email">orders@crumbs.example</a>'
            in after[path]
        )
    _text, _outcome, after = run("change the address to 1 Main St, Springfield", after)
    assert after["index.html"].count(">1 Main St, Springfield<") == 2  # contact details and opening hours


@pytest.mark.parametrize(
    ("prompt", "check"),
    [
        (
            "can you add a section with customer reviews?",
            lambda f: "testimonials" in sections(f["index.html"]),
        ),
        ("get rid of the pricing table", lambda f: "pricing" not in sections(f["index.html"])),
        ("I'd like a page about our team", lambda f: "team.html" in f),
        ("can we have a gallery page too", lambda f: "gallery.html" in f),
        ("switch to dark mode", lambda f: scheme_from_css(f["styles.css"]).mode == "dark"),
        ("could you make the colors more orange?", lambda f: scheme_from_css(f["styles.css"]).hue == 24),
        ("The business is now called Joe & Sons", lambda f: "Joe &amp; Sons</span>" in f["index.html"]),
        ("pricing and faq please", lambda f: "pricing" in sections(f["index.html"])),
        ("no testimonials, but add a team section", lambda f: "team" in sections(f["index.html"])),
        ("delete about.html", lambda f: "about.html" not in f),
    ],
)
def test_many_ways_of_asking_for_the_same_edit(prompt, check):
    files = build(
        "a landing page called Brightpath", "remove the pricing and testimonials", "add an about page"
    )
    if "pricing table" in prompt:
        files = run("add pricing", files)[2]
    _text, outcome, after = run(prompt, files)
    assert outcome.has_changes and check(after)


def test_a_section_can_go_on_another_page():
    files = build("a landing page called Brightpath", "add a blog page")
    _text, _outcome, after = run("add an FAQ to the blog page", files)
    assert "faq" in sections(after["blog.html"])


def test_asking_for_a_section_that_exists_changes_nothing():
    files = build("a bakery called Sweet Crumbs")
    text, outcome, _after = run("add a menu", files)
    assert not outcome.has_changes and "already" in text
    text, outcome, _after = run("add a contact form", files)
    assert not outcome.has_changes and "There is already a contact form." in text


def test_links_keep_pointing_somewhere_after_edits():
    files = build(
        "a bakery called Sweet Crumbs",
        "add an about page",
        "remove the hero",
        "remove the contact form",
        "add a call to action",
        "add a blog page",
        "remove the about page",
    )
    for path, html in files.items():
        if not path.endswith(".html"):
            continue
        for href in re.findall(r'href="([^"]+)"', html):
            if href.startswith(("mailto:", "tel:")):
                continue
            page, _, anchor = href.partition("#")
            target = files[page] if page else html
            assert not anchor or f' id="{anchor}"' in target, (path, href)


def test_uploaded_images_are_kept_through_edits():
    files = build("a bakery called Sweet Crumbs")
    files["images/loaf.png"] = b"\x89PNG\r\n"
    _text, outcome, after = run("add a pricing section and rename it to Loaf", files)
    assert after["images/loaf.png"] == b"\x89PNG\r\n" and "images/loaf.png" not in outcome.changed


def test_renaming_moves_the_placeholder_email_to_the_new_name():
    files = build("a bakery called Sweet Crumbs")
    _text, _outcome, after = run("rename it to Golden Loaf", files)
    assert "hello@goldenloaf.com" in after["index.html"] and "sweetcrumbs.com" not in after["index.html"]


def test_the_state_survives_hand_edits_without_markers():
    files = {
        "index.html": '<!DOCTYPE html>\n<html lang="en">\n'
        '<head><meta charset="utf-8"><title>Acme</title></head>'
        "\n<body>\n<main>\n<h1>Hello</h1>\n</main>\n<footer>(c) Acme</footer>\n</body>\n</html>\n",
        "styles.css": "body { color: black; }\n",
    }
    _text, outcome, after = run("add a pricing section and make it blue", files)
    assert 'data-section="pricing"' in after["index.html"]
    assert after["index.html"].index("pricing") < after["index.html"].index("<footer")
    assert "<h1>Hello</h1>" in after["index.html"]
    assert "--primary:" in after["styles.css"] and "body { color: black; }" in after["styles.css"]


def test_starting_over_replaces_the_site():
    files = build("a bakery called Sweet Crumbs", "add an about page")
    _text, outcome, after = run("start over with a portfolio for Sam Rivera", files)
    assert 'data-kind="portfolio"' in after["index.html"] and "Sam Rivera" in after["index.html"]
    assert outcome.deleted == ["about.html"]


# Unclear requests ------------------------------------------------------------------------------


@pytest.mark.parametrize("prompt", ["what's the weather like?", "make it pop", "asdfgh", "help"])
def test_unclear_requests_change_nothing_and_answer_politely(prompt):
    files = build("a bakery called Sweet Crumbs")
    text, outcome, after = run(prompt, files)
    assert not outcome.has_changes and outcome.description == ""
    assert after == files
    assert "add a pricing section" in text


@pytest.mark.parametrize("prompt", ["hello", "asdfgh", "what time is it?"])
def test_without_a_site_unclear_prompts_ask_what_to_build(prompt):
    text, outcome, _after = run(prompt)
    assert not outcome.has_changes
    assert "Tell me what your site is for" in text


def test_a_plain_request_for_a_website_builds_a_landing_page():
    _text, outcome, files = run("make me a website")
    assert 'data-kind="landing"' in files["index.html"]


# Escaping --------------------------------------------------------------------------------------

HOSTILE = "<script>alert(1)</script>"


def test_a_hostile_name_is_escaped_everywhere():
    text, _outcome, files = run(f"a bakery called '{HOSTILE}'")
    index = files["index.html"]
    assert HOSTILE not in index and "&lt;script&gt;alert(1)&lt;/script&gt;" in index
    check_page(index)
    # The reply is markdown: the name is shown literally, never as a tag.
    assert "<script>" not in text and "\\<script\\>" in text


def test_hostile_text_in_edits_is_escaped():
    files = build("a bakery called Sweet Crumbs")
    _text, _outcome, after = run(
        f"rename it to '{HOSTILE}' and change the headline to '<b>Hi</b> & bye'", files
    )
    index = after["index.html"]
    assert HOSTILE not in index and "&lt;b&gt;Hi&lt;/b&gt; &amp; bye" in index
    check_page(index)
    _text, _outcome, after = run(f"replace 'Order a cake' with '{HOSTILE}'", after)
    assert HOSTILE not in after["index.html"]
