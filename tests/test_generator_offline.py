"""The offline generator's new sites: each kind with its name and sections, the stream, colours."""

import re

import pytest
from offline_site import build, check_page, nav_hrefs, run, sections

from webapp.generation.base import GenerationCancelled, GenerationOutcome, GenerationRequest
from webapp.generation.offline import OfflineGenerator
from webapp.generation.offline.palette import AA, STYLES, Scheme, contrast, palette, scheme_from_css
from webapp.generation.offline.vocabulary import COLOURS, MOODS

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
