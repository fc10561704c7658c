"""Kinds of business: each gets copy written for it, in every language sites are written in."""

import pytest
from generator_corpus import generate, lang_of, topic_of, visible_text

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
