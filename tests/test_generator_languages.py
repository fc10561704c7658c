"""Sites in French, German and Spanish: which language a prompt is in, and every reply, name and follow-up."""

import html
import re

import pytest
from generator_corpus import generate, lang_of, shows, topic_of, visible_text

from webapp.generation.offline import colour_names, language
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
        # Tried after the above: a name that starts with "Nos", a new page, a page "for the orders".
        (FRENCH, "ajoute une page Nos Produits", "nos-produits.html", "Ajout de la page **Nos Produits**"),
        (FRENCH, "ajoute une page pour les commandes", "commandes.html", "Ajout de la page **Commandes**"),
        (GERMAN, "Ich möchte eine neue Seite Bestellungen", "bestellungen.html", "Seite **Bestellungen**"),
        (SPANISH, "quiero una página nueva llamada Pedidos", "pedidos.html", "Página **Pedidos**"),
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


@pytest.mark.parametrize(
    ("prompt", "lang", "words", "price"),
    [
        (
            "Site pour ma boulangerie Le Pain Doré à Lyon, baguette 1,20 €",
            "fr",
            "Tous droits réservés",
            "1,20 €",
        ),
        ("Un site pour notre café à Paris, avec nos horaires", "fr", "Aller au contenu", None),
        (
            "Eine Webseite für meine Bäckerei Brotzeit in München, Brezel 1,50 €",
            "de",
            "Öffnungszeiten",
            "1,50 €",
        ),
        ("Una web para mi peluquería Estilo Ana en Madrid, corte 20 €", "es", "Contacto", "20 €"),
    ],
)
def test_a_prompt_in_french_german_or_spanish_gets_a_site_in_that_language(prompt, lang, words, price):
    text, files = generate(prompt)
    index = files["index.html"]
    assert lang_of(files) == lang and shows(files, words)
    for english in ("Skip to content", "All rights reserved", "Send message", "Get in touch", "Portland"):
        assert english not in index
    if price:
        assert shows(files, price)
    written_in = {
        "fr": "Le site est rédigé en français",
        "de": "auf Deutsch geschrieben",
        "es": "escrito en español",
    }
    assert written_in[lang] in text


# The assistant's replies to a French, German or Spanish site: the first, a follow-up and a refusal.
REPLIES = [
    (
        "Une page pour ma boulangerie Le Pain Doré à Lyon, croissant 1,20 €, baguette 1,10 €",
        "ajoute une FAQ et mets-le en bleu",
        "ajoute un espace membres avec mot de passe",
        ("Voici **Le Pain Doré**", "une carte de 2 plats", " et un pied de page", "Envie de changements"),
        ("C'est fait !", "Ajout de la section **FAQ**", "Nouvelles couleurs : **bleu**", "Autre chose ?"),
        ("Je ne peux pas ajouter de connexions", "Je n'ai rien changé."),
    ),
    (
        "Website für meinen Friseursalon Haarmonie in Berlin, Herrenschnitt 25 €",
        "füge FAQ hinzu und mach es blau",
        "ich möchte einen Mitgliederbereich mit Passwort",
        ("Hier ist **Haarmonie**", "1 Leistung mit Preisen", "6 Bildern", "Änderungswünsche?"),
        ("Erledigt!", "Abschnitt **FAQ** hinzugefügt", "Neue Farben: **Blau**", "Noch etwas?"),
        ("Ich kann keine Anmeldungen", "Ich habe nichts geändert."),
    ),
    (
        "Una web para mi peluquería Estilo Ana en Madrid, corte 20 €, tinte 35 €",
        "añade preguntas frecuentes y ponlo en azul",
        "quiero un área de miembros con contraseña",
        ("Aquí tienes **Estilo Ana**", "2 servicios con precios", " y un pie de página", "¿Quieres cambios?"),
        ("¡Hecho!", "Sección **Preguntas frecuentes** añadida", "Colores nuevos: **azul**", "¿Algo más?"),
        ("No puedo añadir inicios de sesión", "No he cambiado nada."),
    ),
]
ENGLISH_REPLY = (
    "Here's",
    "Done!",
    "what changed",
    "Anything else",
    "I can't",
    "I haven't",
    "Want changes",
    "colour scheme",
    "a hero with",
    "Added",
    "Changed the colours",
)


@pytest.mark.parametrize(("prompt", "follow_up", "refused", "first", "then", "refusal"), REPLIES)
def test_a_french_german_or_spanish_site_gets_every_reply_in_its_language(
    prompt, follow_up, refused, first, then, refusal
):
    text, files = generate(prompt)
    followed, files = generate(follow_up, files)
    refused_text, _files = generate(refused, files)
    for reply, words in ((text, first), (followed, then), (refused_text, refusal)):
        assert [w for w in words if w not in reply] == []
        assert [e for e in ENGLISH_REPLY if e in reply] == []


def test_a_french_site_that_cannot_take_a_request_says_so_in_french_with_its_own_words():
    _text, files = generate("Site pour ma boulangerie Le Pain Doré à Lyon, baguette 1,20 €")
    refused, _files = generate("je veux un panier et le paiement par carte", files)
    assert refused.startswith("Je ne peux pas encaisser de paiements")


@pytest.mark.parametrize(
    ("prompt", "follow_up", "said"),
    [
        (
            "Une page pour ma boulangerie Le Pain Doré à Lyon",
            "retire la FAQ",
            "Je n'ai pas trouvé de section **FAQ**",
        ),
        ("Website für meine Bäckerei Brotzeit in München", "entferne die FAQ", "keinen Abschnitt **FAQ**"),
        (
            "Web para mi panadería La Espiga en Madrid",
            "quita las preguntas frecuentes",
            "No he encontrado ninguna sección",
        ),
        (
            "Une page pour ma boulangerie Le Pain Doré à Lyon",
            "nos prix sont en euros",
            "Les prix sont déjà en EUR.",
        ),
        (
            "Web para mi peluquería Tijeras en Sevilla",
            "nuestros precios son en euros",
            "Los precios ya están en EUR.",
        ),
    ],
)
def test_what_could_not_be_done_is_said_in_the_sites_language(prompt, follow_up, said):
    _text, files = generate(prompt)
    reply, _files = generate(follow_up, files)
    assert said in reply
    assert "I couldn't" not in reply and "Here is what I can do" not in reply


@pytest.mark.parametrize(
    ("language", "scheme", "said"),
    [
        ("fr", ("dark green", "dark", "green", ""), "vert foncé"),
        ("de", ("dark green", "dark", "green", ""), "Dunkelgrün"),
        ("es", ("dark green", "dark", "green", ""), "verde oscuro"),
        ("fr", ("pink and gold", "", "pink", "gold"), "rose et or"),
        ("de", ("minimal black", "", "black", ""), "minimalistisches Schwarz"),
        ("es", ("pastel blue", "", "blue", ""), "azul pastel"),
        ("fr", ("earthy terracotta", "", "terracotta", ""), "earthy terracotta"),
    ],
)
def test_colours_are_named_in_the_sites_language_or_kept_as_they_were_asked(language, scheme, said):
    assert colour_names.colour_label(language, *scheme[:1], bool(scheme[1]), *scheme[2:]) == said


@pytest.mark.parametrize(
    ("prompt", "said"),
    [
        ("Je voudrais de l'aide pour mon projet, s'il vous plaît", "Bonjour ! Je crée des sites web"),
        ("Ich brauche Hilfe mit meinem Projekt", "Hallo! Ich baue Websites"),
        ("Necesito ayuda con mi proyecto, por favor", "¡Hola! Creo sitios web"),
        ("hello", "Hi! I build websites"),
    ],
)
def test_a_first_message_that_asks_for_no_site_gets_help_in_its_language(prompt, said):
    text, files = generate(prompt)
    assert text.startswith(said) and files == {}


def test_an_english_site_still_gets_english_replies():
    text, files = generate("a bakery called Sweet Crumbs in Bristol")
    followed, files = generate("add an FAQ", files)
    refused, _files = generate("add a members area with a password", files)
    assert text.startswith("Here's **Sweet Crumbs**")
    assert followed.startswith("Done! Here's what changed")
    assert refused.startswith("I can't add logins")


def test_an_english_prompt_naming_a_french_cafe_stays_english():
    _text, files = generate("A website for Café Lumière in Paris")
    assert lang_of(files) == "en"


@pytest.mark.parametrize(
    ("prompt", "lang"),
    [
        (
            "Website für unsere Zahnarztpraxis Dr. Müller in München. Telefon 089 123456. Prophylaxe 90 €.",
            "de",
        ),
        ("Website für mein Café in Berlin. Kaffee 2,50 €.", "de"),
        ("Hundesalon Wuff in Köln, Waschen und Schneiden 50 €", "de"),
        ("Site pour notre fleuriste à Lille. Bouquet 25 €.", "fr"),
        ("Boulangerie à Paris", "fr"),
        ("Web para nuestra clínica dental en Bilbao. Limpieza 50 €.", "es"),
        ("Panadería en Madrid", "es"),
        ("a site for Café Lumière in Paris", "en"),
        ("a site for La Casa de Pepe in Madrid", "en"),
        ("Le Pain Doré is a bakery in Lyon", "en"),
        ("bakery in Berlin, pretzels 2,50 €", "en"),
        ("record shop Groove Vault in Berlin, open Saturday 10-18", "en"),
        ("Friseur in Berlin", "de"),
        ("Zahnarzt in Hamburg", "de"),
        ("Boulangerie à Nantes", "fr"),
        ("Peluquería en Sevilla", "es"),
        ("Bakery in Lyon", "en"),
        ("Cafe in München", "en"),
        ("Hair salon in Köln", "en"),
        ("Dentist in Madrid", "en"),
        # English prices and times: "in" is German too, but "£11" and "9:30am" are not.
        ("Barre classes Tue & Thu 9:30am in Bath, drop-in £11", "en"),
        ("Spin classes in Leeds, 7am and 6pm", "en"),
        ("Yoga in Bath from £8", "en"),
    ],
)
def test_a_short_prompt_is_read_in_its_own_language_whatever_its_names(prompt, lang):
    assert language.detect(prompt) == lang


@pytest.mark.parametrize(
    ("prompt", "lang"),
    [
        ("Friseur in Berlin", "de"),
        ("Boulangerie à Nantes", "fr"),
        ("Peluquería en Sevilla", "es"),
        ("Bakery in Lyon", "en"),
        ("Cafe in München", "en"),
    ],
)
def test_a_two_word_prompt_gets_a_site_in_its_language(prompt, lang):
    _text, files = generate(prompt)
    assert lang_of(files) == lang


@pytest.mark.parametrize(
    ("prompt", "language", "name"),
    [
        ("Un sito per la mia pizzeria Da Mario a Napoli, margherita 7 €", "Italian", "Da Mario"),
        ("Um site para a minha padaria Pão Quente em Lisboa", "Portuguese", "Pão Quente"),
        ("Een website voor mijn bakkerij De Korenbloem in Amsterdam", "Dutch", "De Korenbloem"),
    ],
)
def test_other_languages_keep_the_names_and_the_reply_says_the_text_is_english(prompt, language, name):
    text, files = generate(prompt)
    assert lang_of(files) == "en"
    assert f"not yet in {language}" in text
    assert shows(files, name)


def test_pages_of_a_french_site_are_titled_in_french():
    _text, files = generate("Un site de 3 pages pour ma boulangerie Le Pain Doré à Lyon")
    assert {"index.html", "menu.html", "about.html"} <= set(files)
    assert "<title>À propos — Le Pain Doré</title>" in files["about.html"]
    for page in ("index.html", "menu.html", "about.html"):
        assert "About" not in visible_text({page: files[page]})


def test_a_german_pet_sites_navigation_toggle_is_not_a_food_menu():
    _text, files = generate("Webseite für meine Hundepension in Graz, Übernachtung 25 €")
    assert "Speisekarte" not in files["index.html"]
    assert "Menü" in files["index.html"]


@pytest.mark.parametrize(
    ("prompt", "follow_ups", "said"),
    [
        (FRENCH, ["supprime la page galerie"], "Il n'y a pas de page **Galerie** à retirer."),
        (
            GERMAN,
            ["Entferne die Seite Galerie"],
            "Es gibt keine Seite **Galerie**, die ich entfernen könnte.",
        ),
        (SPANISH, ["borra la página galería"], "No hay ninguna página **Galería** que quitar."),
        (FRENCH, ["ajoute une page Livraison"] * 2, "Il y a déjà une page **Livraison** (`livraison.html`)."),
    ],
)
def test_a_page_that_cannot_be_added_or_removed_is_explained_in_the_sites_language(prompt, follow_ups, said):
    _text, files = generate(prompt)
    for follow_up in follow_ups:
        text, files = generate(follow_up, files)
    assert said in text
    assert "There is" not in text


@pytest.mark.parametrize(
    ("prompt", "follow_up", "said"),
    [
        (FRENCH, "mets la page en vert", "Nouvelles couleurs : **vert**"),
        (SPANISH, "pon la página en verde", "Colores nuevos: **verde**"),
    ],
)
def test_the_whole_page_can_be_recoloured_in_the_sites_language(prompt, follow_up, said):
    _text, files = generate(prompt)
    text, _files = generate(follow_up, files)
    assert said in text
