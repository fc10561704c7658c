"""Follow-ups to a site: facts that change later, in any of the site's languages."""

import re

import pytest
from generator_corpus import generate, shows


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
