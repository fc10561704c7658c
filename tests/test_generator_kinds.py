"""Kinds of business: each gets copy written for it, in every language sites are written in."""

import re

import pytest
from generator_corpus import generate, lang_of, normal, shows, topic_of, visible_text

# Copy that belongs to the plain business page, or to another kind: none of it fits these.
NOT_THEIRS = (
    "Grow your business without the guesswork",
    "Unlimited projects",
    "$19",
    "£19",
    "Check-up",
    "haircut",
)


@pytest.mark.parametrize(
    ("prompt", "topic", "lang", "words"),
    [
        ("Mobile car wash in Phoenix", "carwash", "en", ["Exterior wash", "Full valet"]),
        ("car repair garage in Leeds", "garage", "en", ["Full service", "Brakes & tyres"]),
        ("locksmith in Leeds", "locksmith", "en", ["Emergency lock-out", "Lock change"]),
        ("tattoo studio in Bristol", "tattoo", "en", ["Book a consultation", "Cover-up"]),
        ("daycare in Austin", "childcare", "en", ["Sessions & fees", "Arrange a visit"]),
        ("lavage auto à Lyon", "carwash", "fr", ["Lavage auto à Lyon"]),
        ("Autowerkstatt in Köln", "garage", "de", ["Autowerkstatt in Köln"]),
        ("serrurier à Paris", "locksmith", "fr", ["Serrurier à Paris"]),
        ("estudio de tatuajes en Madrid", "tattoo", "es", ["Estudio de tatuaje en Madrid"]),
        ("Kita in Hamburg", "childcare", "de", ["Kita in Hamburg"]),
    ],
)
def test_a_kind_that_had_only_the_plain_business_page_gets_its_own(prompt, topic, lang, words):
    _text, files = generate(prompt)
    text = visible_text({"index.html": files["index.html"]})
    assert topic_of(files) == ("landing", topic)
    assert lang_of(files) == lang
    assert [w for w in words if w not in text] == []
    assert [w for w in NOT_THEIRS if w in text] == []


@pytest.mark.parametrize(
    "prompt", ["a website for a plant nursery in Leeds", "site for our garden nursery in Bath"]
)
def test_a_plant_nursery_is_not_a_nursery_for_children(prompt):
    _text, files = generate(prompt)
    assert topic_of(files)[1] != "childcare"


def test_a_business_of_no_known_kind_is_described_in_its_own_words_without_software_plans():
    # Car valeting was the example until car washes became a kind of their own.
    text, files = generate("a site for my bike repair service Spoke & Chain in Leeds")
    index = files["index.html"]
    assert "Spoke &amp; Chain is a bike repair service in Leeds" in index
    assert "a site for your bike repair service" in text
    for software in ("Grow your business without the guesswork", "Unlimited projects", "$19", "£19"):
        assert software not in index


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
    ("prompt", "topic"),
    [
        ("Un site pour mon cabinet d'avocats à Paris", "law"),
        ("Un site pour mon cabinet de kiné à Lyon", "clinic"),
    ],
)
def test_a_french_cabinet_is_a_law_firm_or_a_clinic_by_what_it_does(prompt, topic):
    _text, files = generate(prompt)
    assert topic_of(files)[1] == topic
