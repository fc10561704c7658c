"""Sites in French, German and Spanish: follow-ups and names in the person's own language."""

import html
import re

import pytest
from generator_corpus import generate, lang_of, shows, topic_of

from webapp.generation.offline.content import default_name

FRENCH = "Site pour ma boulangerie Le Pain Doré à Lyon, baguette 1,20 €"
GERMAN = "Eine Webseite für meine Bäckerei Brotzeit in München, Brezel 1,50 €"
SPANISH = "Una web para mi peluquería Estilo Ana en Madrid, corte 20 €"


@pytest.mark.parametrize(
    ("prompt", "follow_up", "page", "said"),
    [
        (FRENCH, "ajoute une page appelée Livraison", "livraison.html", "Ajout de la page **Livraison**"),
        (
            FRENCH,
            "ajoute une page « Nos ateliers »",
            "nos-ateliers.html",
            "Ajout de la page **Nos ateliers**",
        ),
        (FRENCH, "ajoutez une page Événements", "evenements.html", "Ajout de la page **Événements**"),
        (GERMAN, "füge eine Seite Speisekarte hinzu", "menu.html", "Seite **Speisekarte**"),
        (GERMAN, "Füge eine Seite namens Lieferung hinzu", "lieferung.html", "Seite **Lieferung**"),
        (SPANISH, "añade una página Menú", "menu.html", "Página **Carta**"),
        (SPANISH, "agrega una página de Eventos", "eventos.html", "Página **Eventos**"),
    ],
)
def test_a_page_asked_for_by_name_is_added_and_the_reply_says_so_in_the_sites_language(
    prompt, follow_up, page, said
):
    _text, files = generate(prompt)
    name = "Le Pain Doré" if prompt == FRENCH else "Brotzeit" if prompt == GERMAN else "Estilo Ana"
    text, files = generate(follow_up, files)
    assert page in files
    assert said in text
    # A page "appelée Livraison" names the page, not the business.
    assert shows(files, name)


@pytest.mark.parametrize(
    ("prompt", "follow_up", "name", "said"),
    [
        (FRENCH, "renomme le site en Pain Chaud", "Pain Chaud", "Le site s'appelle désormais **Pain Chaud**"),
        (FRENCH, "le nom est désormais Le Comptoir", "Le Comptoir", "s'appelle désormais **Le Comptoir**"),
        (
            GERMAN,
            "benenne die Website in Backstube um",
            "Backstube",
            "heißt jetzt auf jeder Seite **Backstube**",
        ),
        (GERMAN, "Wir heißen jetzt Haarwerk", "Haarwerk", "**Haarwerk**"),
        (SPANISH, "cambia el nombre a Estilo Bea", "Estilo Bea", "El sitio se llama ahora **Estilo Bea**"),
        (SPANISH, "ahora nos llamamos La Tetera", "La Tetera", "**La Tetera**"),
    ],
)
def test_the_business_is_renamed_in_the_sites_language(prompt, follow_up, name, said):
    _text, files = generate(prompt)
    text, files = generate(follow_up, files)
    assert said in text
    assert shows(files, name)


@pytest.mark.parametrize(
    ("prompt", "follow_up", "name", "said", "lang"),
    [
        (
            FRENCH,
            "on recommence : un fleuriste appelé Pétale à Nice",
            "Pétale",
            "J'ai commencé un nouveau site",
            "fr",
        ),
        (
            GERMAN,
            "Noch mal von vorne: ein Friseur namens Schnittig in Köln",
            "Schnittig",
            "neue Website begonnen",
            "de",
        ),
        (
            SPANISH,
            "empecemos desde cero: una floristería llamada Flor de Lis en Bilbao",
            "Flor de Lis",
            "sitio nuevo",
            "es",
        ),
    ],
)
def test_starting_over_builds_a_new_site_in_the_language_it_was_asked_in(prompt, follow_up, name, said, lang):
    _text, files = generate(prompt)
    text, files = generate(follow_up, files)
    assert said in text
    assert f'<html lang="{lang}"' in files["index.html"]
    assert shows(files, name)
    assert not shows(files, "Le Pain Doré" if lang == "fr" else "Brotzeit" if lang == "de" else "Estilo Ana")


@pytest.mark.parametrize(
    ("prompt", "follow_up"),
    [(FRENCH, "recommence à zéro"), (GERMAN, "fang von vorne an"), (SPANISH, "empieza de nuevo")],
)
def test_starting_over_with_nothing_to_build_asks_what_to_build_in_the_sites_language(prompt, follow_up):
    _text, files = generate(prompt)
    text, after = generate(follow_up, files)
    assert after == files
    assert not text.startswith(("Sorry", "I "))


@pytest.mark.parametrize(
    ("prompt", "name"),
    [
        ("un salon de coiffure appelé Mèche à Lille", "Mèche"),
        ("une librairie appelée Les Pages à Rennes", "Les Pages"),
        ("una floristería llamada Flor de Lis en Bilbao", "Flor de Lis"),
        ("une crêperie appelée Crêpes en Folie à Rennes", "Crêpes en Folie"),
    ],
)
def test_a_name_followed_by_its_town_is_the_name_alone(prompt, name):
    _text, files = generate(prompt)
    assert re.search(r"<title>([^<]*)</title>", files["index.html"]).group(1) == name


# Businesses described without a name; the last of each language were held out until the names worked.
UNNAMED = [
    ("Site pour une boulangerie à Lyon, baguette 1,20 €", "Lyon"),
    ("un site pour un fleuriste à Nice", "Nice"),
    ("Je voudrais un site pour mon salon de coiffure à Bordeaux, coupe femme 35 €", "Bordeaux"),
    ("J'ai besoin d'un site pour ma pâtisserie à Strasbourg", "Strasbourg"),
    ("Eine Website für meine Zahnarztpraxis in Köln", "Köln"),
    ("Ich brauche eine Seite für meinen Hundesalon in Dresden", "Dresden"),
    ("Homepage für einen Elektriker in Nürnberg", "Nürnberg"),
    ("Una web para una panadería en Sevilla, barra de pan 1 €", "Sevilla"),
    ("Una web para mi academia de inglés en Zaragoza", "Zaragoza"),
    ("una página web para un fontanero en Murcia", "Murcia"),
]


@pytest.mark.parametrize(("prompt", "place"), UNNAMED)
def test_a_business_described_without_a_name_gets_a_name_in_its_language(prompt, place):
    _text, files = generate(prompt)
    home = files["index.html"]
    name = html.unescape(re.search(r"<title>([^<]*)</title>", home).group(1))
    kind, topic = topic_of(files)
    lang = lang_of(files)
    assert lang != "en"
    assert name == default_name(kind, topic, lang)
    # Neither the English filler name, nor the town, nor the noun for what the business is.
    assert name not in (default_name(kind, topic), place)
    assert name.lower() not in prompt.lower()
