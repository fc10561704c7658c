"""The offline generator on a corpus of ordinary prompts: their facts, kind and language are kept."""

import re

import phonenumbers
import pytest
from generator_corpus import CHAINS, PROMPTS, generate, lang_of, normal, shows, topic_of, visible_text

from webapp.generation.offline import colour_names, language, places
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


@pytest.mark.parametrize(("prompt", "follow_ups"), CHAINS, ids=[c[0][:40] for c in CHAINS])
def test_plain_follow_ups_change_the_site(prompt, follow_ups):
    _text, files = generate(prompt)
    for message, present, gone in follow_ups:
        _text, files = generate(message, files)
        assert [fact for fact in present if not shows(files, fact)] == [], message
        assert [fact for fact in gone if shows(files, fact)] == [], message


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


def test_a_business_of_no_known_kind_is_described_in_its_own_words_without_software_plans():
    # Car valeting was the example until car washes became a kind of their own.
    text, files = generate("a site for my bike repair service Spoke & Chain in Leeds")
    index = files["index.html"]
    assert "Spoke &amp; Chain is a bike repair service in Leeds" in index
    assert "a site for your bike repair service" in text
    for software in ("Grow your business without the guesswork", "Unlimited projects", "$19", "£19"):
        assert software not in index


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


@pytest.mark.parametrize(
    ("prompt", "pages"),
    [
        ("3-page site for Oakridge Plumbing", 3),
        ("a four page website for Sweet Crumbs bakery in Bristol", 4),
        ("three page site for my salon Glow with an about page", 3),
        ("a one page site for Glow salon", 1),
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


def test_a_section_added_later_agrees_with_the_facts_the_site_was_built_from():
    _text, files = generate("a site for my bike repair service Spoke & Chain in Leeds")
    _text, files = generate("remove the pricing", files)
    _text, files = generate("add a pricing section", files)
    index = files["index.html"]
    assert "£60" in index and "$" not in visible_text({"index.html": index})
    assert "Unlimited projects" not in index


def test_pages_of_a_french_site_are_titled_in_french():
    _text, files = generate("Un site de 3 pages pour ma boulangerie Le Pain Doré à Lyon")
    assert {"index.html", "menu.html", "about.html"} <= set(files)
    assert "<title>À propos — Le Pain Doré</title>" in files["about.html"]
    for page in ("index.html", "menu.html", "about.html"):
        assert "About" not in visible_text({page: files[page]})


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


def _section(files: dict, section: str) -> str:
    match = re.search(rf'<section[^>]*id="{section}".*?</section>', files["index.html"], re.S)
    return visible_text({"index.html": match.group(0)}) if match else ""


@pytest.mark.parametrize(
    ("prompt", "plans"),
    [
        (
            "Landing page for Flowly, a habit tracking app. Free plan and Pro at $4.99/month.",
            ["Free", "Pro $4.99"],
        ),
        (
            "Site for TaskNest, a to-do app for teams. Plans: Basic $5/month, Team $12/month, Enterprise.",
            ["Basic $5", "Team $12", "Enterprise"],
        ),
        (
            "need a page for my budgeting app Penny. free forever, premium £2.99 a month",
            ["Free", "Premium £2.99"],
        ),
    ],
)
def test_every_plan_named_in_the_prompt_is_shown_under_pricing(prompt, plans):
    _text, files = generate(prompt)
    pricing = normal(_section(files, "pricing"))
    assert [plan for plan in plans if normal(plan) not in pricing] == []
    assert 'id="services"' not in files["index.html"]
    assert shows(files, "Pricing")


def test_an_apps_copy_is_about_what_the_app_is_for():
    _text, files = generate(
        "Landing page for Flowly, a habit tracking app. Free plan and Pro at $4.99/month."
    )
    assert shows(files, "habit tracking app")
    assert not shows(files, "tasks, notes and calendar")


@pytest.mark.parametrize(
    "prompt",
    [
        "I run a small dog grooming salon called Paws & Claws in Manchester. Full groom £45, nail clip £10.",
        "Dog walking business in Leeds called Happy Tails, 30 min walk £12",
        "Pet sitting and boarding in Portland, Maine - Whiskers Inn. Overnight stay $45.",
        "We're a dog grooming salon named Fluff & Puff in Bristol, full groom £40",
    ],
)
def test_a_pet_business_gets_pet_care_copy_not_a_hair_salons(prompt):
    _text, files = generate(prompt)
    assert topic_of(files) == ("landing", "pet")
    for human in ("scissors", "cuts, colour", "Leave feeling like yourself", "stylist", "Sleep well"):
        assert not shows(files, human)


@pytest.mark.parametrize(
    ("prompt", "present", "absent"),
    [
        (
            "Make a website for my photography portfolio. I'm Jane Doe, wedding photographer based in "
            "Austin, Texas.",
            ["a wedding photographer based in Austin", "Wedding photographer · Austin", "wedding in Austin"],
            ["by the sea", "Portugal", "Norway", "Utah", "Lisbon", "new app"],
        ),
        (
            "Family photographer in Cork, Aoife Byrne. Mini sessions €95.",
            ["Aoife Byrne", "a family photographer based in Cork", "family session in Cork"],
            ["by the sea", "Norway", "Utah", "Lisbon", "weddings photographed"],
        ),
        (
            "portfolio for a graphic designer in Bristol",
            ["Based in Bristol"],
            ["Lisbon"],
        ),
    ],
)
def test_portfolio_filler_agrees_with_the_prompts_place_and_specialty(prompt, present, absent):
    _text, files = generate(prompt)
    assert [words for words in present if not shows(files, words)] == []
    assert [words for words in absent if shows(files, words)] == []


def test_a_german_pet_sites_navigation_toggle_is_not_a_food_menu():
    _text, files = generate("Webseite für meine Hundepension in Graz, Übernachtung 25 €")
    assert "Speisekarte" not in files["index.html"]
    assert "Menü" in files["index.html"]


@pytest.mark.parametrize(
    "prompt",
    [
        "site for my vet practice Paws & Claws in Austin, TX. Phone (512) 555-0142",
        "Riverside Veterinary Clinic in Leeds, vaccinations £45",
    ],
)
def test_a_vet_gets_a_vets_copy_not_a_family_dentists(prompt):
    _text, files = generate(prompt)
    assert topic_of(files) == ("landing", "vet")
    for human in ("Hygiene appointment", "medicines you take", "for the whole family", "haircut"):
        assert not shows(files, human)


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


def test_every_gig_keeps_its_own_date_venue_and_city():
    _text, files = generate(
        "Make a page for our band The Velvet Owls, gigs on 12 March at The Lexington London"
        " and 20 March in Leeds"
    )
    text = normal(visible_text(files))
    assert re.search(r"12march\d{4}thelexington,london20march\d{4}leeds", text)
    hero = re.search(r'<section[^>]*id="top".*?</section>', files["index.html"], re.S).group(0)
    assert re.search(r"12 March \d{4} · The Lexington, London", hero)


def test_a_band_named_after_the_word_band_keeps_only_its_name():
    _text, files = generate(
        "Band The Foxes: tour dates 1 April in Manchester and 8 April at The Leadmill in Sheffield"
    )
    assert "<title>The Foxes</title>" in files["index.html"]
    assert shows(files, "The Leadmill, Sheffield")


@pytest.mark.parametrize(
    "prompt",
    [
        "Nachhilfe in Mathe und Physik, Lena Schmidt, Hamburg, 35 € pro Stunde",
        "Maths and physics tutoring by Lena Schmidt in Hamburg, 35 € an hour",
        "Cours particuliers d'anglais avec Lena Schmidt à Lyon, 30 € de l'heure",
        "Life coach Lena Schmidt in Oxford, coaching session £70",
        "Osteopath Lena Schmidt in Cardiff, treatment £50",
        "Yoga with Lena Schmidt in Bath, classes Tuesday and Thursday at 7.30pm",
        "Englischunterricht mit Lena Schmidt in Leipzig, 25 € pro Stunde",
    ],
)
def test_a_one_person_business_is_named_for_its_person(prompt):
    _text, files = generate(prompt)
    title = re.search(r"<title>(.*?)</title>", files["index.html"]).group(1)
    assert "Lena Schmidt" in title


@pytest.mark.parametrize(
    ("prompt", "subjects", "price"),
    [
        (
            "Nachhilfe in Mathe und Physik, Lena Schmidt, Hamburg, 35 € pro Stunde",
            ["Mathe", "Physik"],
            "35 € pro Stunde",
        ),
        (
            "Maths and physics tutoring by Lena Schmidt in Hamburg, 35 € an hour",
            ["Maths", "Physics"],
            "35 € an hour",
        ),
        ("Clases de guitarra con Javier Ruiz en Sevilla, 20 € la hora", ["Guitarra"], "20 € la hora"),
    ],
)
def test_a_tutors_subjects_are_listed_with_the_price_given(prompt, subjects, price):
    _text, files = generate(prompt)
    text = normal(visible_text(files))
    for subject in subjects:
        assert normal(f"{subject}") in text and normal(f"{subject} {price}") in text


@pytest.mark.parametrize(
    ("prompt", "slots"),
    [
        (
            "Site for my yoga studio Lotus Flow in Brighton, classes Mon and Wed 6pm, drop-in £12,"
            " 10-class pass £100",
            ["Mon 6pm", "Wed 6pm"],
        ),
        ("Spin studio Pedal in Cardiff, classes Mon, Wed and Fri 7am, pass of 10 classes £80", ["Fri 7am"]),
    ],
)
def test_a_studios_classes_are_in_its_timetable_on_their_days_and_times(prompt, slots):
    _text, files = generate(prompt)
    timetable = re.search(r'<section[^>]*id="schedule".*?</section>', files["index.html"], re.S).group(0)
    for slot in slots:
        assert f"<time>{slot}</time>" in timetable


@pytest.mark.parametrize(
    ("country", "city", "code"),
    [(country, city, code) for country, cities in places.AREA_CODES.items() for city, code in cities.items()],
)
def test_every_city_with_an_area_code_gets_a_valid_number_in_it(country, city, code):
    number = phonenumbers.parse(places.example_phone(country, city))
    assert phonenumbers.is_valid_number_for_region(number, country)
    assert str(number.national_number).startswith(code)
