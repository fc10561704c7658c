"""The offline generator's follow-up edits: in place, hand edits kept, nothing unescaped."""

import re

import pytest
from offline_site import build, check_page, nav_hrefs, run, sections

from webapp.generation.offline.palette import scheme_from_css

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
