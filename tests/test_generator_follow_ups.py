"""Follow-ups to a site: facts that change later, in any of the site's languages."""

import re

import pytest
from generator_corpus import CHAINS, generate, shows, start, start_prompt, visible_text


def _prices(files: dict) -> list[str]:
    return re.findall(r'class="(?:menu-price|price-tag|amount)"[^>]*>([^<]*)<', files["index.html"])


@pytest.mark.parametrize(
    ("prompt", "move", "symbol", "said"),
    [
        (
            "Sweet Crumbs bakery in Bristol",
            "we moved to Lyon",
            "€",
            "Showed prices in **EUR**, the currency of Lyon",
        ),
        ("a hair salon called Glow", "we're based in Leeds", "£", "the currency of Leeds"),
        (
            "Site pour ma boulangerie Le Pain Doré à Lyon",
            "nous sommes à Genève",
            "CHF",
            "la monnaie de Genève",
        ),
        (
            "Eine Webseite für meine Bäckerei in Wien",
            "Wir sind jetzt in Zürich",
            "CHF",
            "der Währung von Zürich",
        ),
    ],
)
def test_after_a_move_the_prices_the_site_chose_are_shown_in_the_new_places_currency(
    prompt, move, symbol, said
):
    _text, files = generate(prompt)
    before = _prices(files)
    text, files = generate(move, files)
    after = _prices(files)
    assert said in text
    assert after and all(symbol in price for price in after)
    # The same numbers: filler is re-priced in the new currency, never converted.
    assert [re.sub(r"\D", "", p) for p in after] == [re.sub(r"\D", "", p) for p in before]


@pytest.mark.parametrize(
    ("prompt", "move", "price", "said"),
    [
        (
            "Sweet Crumbs bakery in Bristol, sourdough £4.50",
            "we moved to Lyon",
            "£4.50",
            "Prices stay in GBP, as you gave them; say “show prices in EUR” to change them.",
        ),
        (
            "Une page pour mon salon Mèche à Lyon, coupe 30 €",
            "nous sommes à Genève",
            "30 €",
            "Les prix restent en EUR, comme vous les avez donnés ; dites « prix en CHF » pour les changer.",
        ),
    ],
)
def test_after_a_move_prices_given_in_a_currency_keep_it_and_the_reply_says_how_to_change_it(
    prompt, move, price, said
):
    _text, files = generate(prompt)
    text, files = generate(move, files)
    assert said in text
    assert shows(files, price)


def test_the_currency_the_reply_suggests_is_the_one_a_follow_up_then_shows():
    _text, files = generate("Sweet Crumbs bakery in Bristol, sourdough £4.50")
    _text, files = generate("we moved to Lyon", files)
    _text, files = generate("show prices in EUR", files)
    assert shows(files, "4,50 €")
    # Named once, the currency is the person's: the next move keeps it.
    text, files = generate("we moved to Leeds", files)
    assert shows(files, "4,50 €")
    assert "Prices stay in EUR" in text


@pytest.mark.parametrize(("prompt", "follow_ups"), CHAINS, ids=[start_prompt(c[0])[:40] for c in CHAINS])
def test_plain_follow_ups_change_the_site(prompt, follow_ups):
    _text, files = start(prompt)
    for message, present, gone in follow_ups:
        _text, files = generate(message, files)
        assert [fact for fact in present if not shows(files, fact)] == [], message
        assert [fact for fact in gone if shows(files, fact)] == [], message


@pytest.mark.parametrize(
    ("message", "says"),
    [
        ("connect it to Stripe for payments", "take payments"),
        ("add a shopping cart", "shopping cart"),
        ("add online booking", "booking system"),
        ("translate it to Italian", "translate"),
    ],
)
def test_what_the_builder_cannot_do_it_says_and_changes_nothing(message, says):
    _text, files = generate("hair salon Glow in Brighton: haircuts £25")
    text, after = generate(message, files)
    assert says in text and "I haven't changed anything" in text
    assert after == files


def test_a_section_added_later_agrees_with_the_facts_the_site_was_built_from():
    _text, files = generate("a site for my bike repair service Spoke & Chain in Leeds")
    _text, files = generate("remove the pricing", files)
    _text, files = generate("add a pricing section", files)
    index = files["index.html"]
    assert "£60" in index and "$" not in visible_text({"index.html": index})
    assert "Unlimited projects" not in index
