"""The offline generator on a corpus of ordinary prompts: their facts, kind and language are kept."""

import re

import phonenumbers
import pytest
from generator_corpus import PROMPTS, generate, lang_of, shows, topic_of, visible_text

from webapp.generation.offline import places
from webapp.generation.offline.intent import parse


def test_the_corpus_is_large_and_varied():
    assert len(PROMPTS) >= 60
    assert len({expected for _p, _f, expected, _l in PROMPTS}) >= 20


def test_fact_recall_over_the_corpus_is_at_least_95_percent():
    given = found = 0
    for prompt, facts, _expected, _lang in PROMPTS:
        _text, files = generate(prompt)
        given += len(facts)
        found += sum(shows(files, fact) for fact in facts)
    assert found / given >= 0.95


@pytest.mark.parametrize(("prompt", "facts", "expected", "lang"), PROMPTS, ids=[p[0][:40] for p in PROMPTS])
def test_a_prompt_gets_a_site_of_its_kind_in_its_language_showing_its_facts(prompt, facts, expected, lang):
    _text, files = generate(prompt)
    assert [fact for fact in facts if not shows(files, fact)] == []
    assert expected in topic_of(files)
    assert lang_of(files) == lang


def test_filler_agrees_with_the_prompts_place_and_currency():
    # Dollars are "$" in Australia and Canada too; other symbols must match the site's currency.
    symbols = {"£": "GBP", "€": "EUR"}
    for prompt, _facts, _expected, _lang in PROMPTS:
        _text, files = generate(prompt)
        pages = {path: text for path, text in files.items() if path.endswith(".html")}
        text = visible_text(pages)
        currency = re.search(r'data-currency="([^"]+)"', files["index.html"]).group(1)
        placed = 'data-place="' in files["index.html"] or currency != "USD"
        if placed and "Portland" not in prompt:
            assert "Portland" not in text, prompt
        for symbol, code in symbols.items():
            assert symbol not in text or currency == code, prompt
        if currency in ("GBP", "EUR"):
            assert not re.search(r"\$\d", text) and "(555)" not in text, prompt


@pytest.mark.parametrize(
    ("prompt", "pages"),
    [
        ("3-page site for Oakridge Plumbing", 3),
        ("a four page website for Sweet Crumbs bakery in Bristol", 4),
        ("three page site for my salon Glow with an about page", 3),
        ("a one page site for Glow salon", 1),
        ("Una web de 3 páginas para mi peluquería Estilo Ana en Madrid", 3),
        ("Eine Webseite mit drei Seiten für meine Bäckerei Brotzeit in München", 3),
        ("un site de quatre pages pour mon café Le Zinc à Bordeaux", 4),
    ],
)
def test_a_site_of_n_pages_has_n_pages(prompt, pages):
    _text, files = generate(prompt)
    assert len([path for path in files if path.endswith(".html")]) == pages


@pytest.mark.parametrize(
    "prompt",
    [
        "a portfolio for Sam Rivera, a web developer",
        "a blog about travel and food",
        "a landing page for my SaaS app Tidy with pricing and an FAQ",
        "a personal site in dark mode",
        "a wedding website in pastel pink",
        "A restaurant with a menu, gallery and reservations in Bold Red",
        "Online course selling site for my Python course",
    ],
)
def test_a_prompt_without_facts_gets_none_made_up_from_its_words(prompt):
    facts = parse(prompt, has_site=False).facts
    assert (facts.place, facts.phone, facts.email, facts.items, facts.hours, facts.people) == (
        None,
        None,
        None,
        [],
        [],
        [],
    )


@pytest.mark.parametrize(
    ("prompt", "counted"),
    [
        ("A website for a dental clinic in Leeds with check-ups at £45", "1 treatment,"),
        ("Site pour notre fleuriste à Lille. Bouquet 25 €.", "1 prestation avec les prix"),
        ("Website für meinen Friseursalon Haarmonie in Berlin, Herrenschnitt 25 €", "1 Leistung mit Preisen"),
        ("Web para mi peluquería Tijeras en Sevilla, corte 15 €", "1 servicio con precios"),
        ("a cafe in Leeds, flat white £3", "a menu of 1 dish with prices"),
    ],
)
def test_the_reply_counts_one_item_in_the_singular(prompt, counted):
    text, _files = generate(prompt)
    assert counted in text
    assert not re.search(r"\b1 (?:[a-z]+ )?[a-z]+s\b(?! (?:colour|site))", text.split("styles.css")[0]), text


@pytest.mark.parametrize(
    ("prompt", "area", "not_area"),
    [
        ("Site for my yoga studio Lotus Flow in Brighton, drop-in £12", "+44 1273", "+44 121"),
        ("Maths and physics tutoring by Lena Schmidt in Hamburg, 35 € an hour", "+49 40", "+49 30"),
        ("Boulangerie Au Bon Grain à Lyon, croissant 1,10 €", "+33 4", "+33 1"),
        ("A bakery called Rise in Whitby, sourdough £4", "+44 7", "+44 121"),
        ("Spin studio Pedal in Cardiff, drop-in £8", "+44 29 2", "+44 121"),
    ],
)
def test_a_filler_phone_has_the_area_code_of_the_named_city_or_none(prompt, area, not_area):
    _text, files = generate(prompt)
    text = visible_text(files)
    assert area in text and not_area not in text


@pytest.mark.parametrize(
    ("country", "city", "code"),
    [(country, city, code) for country, cities in places.AREA_CODES.items() for city, code in cities.items()],
)
def test_every_city_with_an_area_code_gets_a_valid_number_in_it(country, city, code):
    number = phonenumbers.parse(places.example_phone(country, city))
    assert phonenumbers.is_valid_number_for_region(number, country)
    assert str(number.national_number).startswith(code)
