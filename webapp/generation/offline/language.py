"""Which language a message is written in: English, French, German or Spanish (and a few others).

lingua in its low-accuracy mode (trigram models only) is fast and small
enough to run on every message; its models ship inside the package, so
nothing is fetched at run time. Italian, Portuguese and Dutch are told apart
too, so that their prompts are not mistaken for Spanish or French: their
sites are written in English, and the reply says so.
"""

import re
from functools import cache

SUPPORTED = ("en", "fr", "de", "es")  # languages a site can be written in
OTHERS = {"it": "Italian", "pt": "Portuguese", "nl": "Dutch"}
_MIN_CONFIDENCE = 0.6
_MIN_WORDS = 3
# Short prompts share most words across these languages ("a restaurant menu site"): a language other
# than English also needs one of its own small words before the detector's answer is taken.
_MARKERS = {
    "en": r".",
    "fr": r"le|la|les|une?|des|du|pour|avec|et|nous|notre|nos|mon|ma|mes|est|sont|à|dans|qui|au|aux|ouvert",
    "de": r"der|die|das|eine?n?|für|mit|und|ist|wir|unser|unsere|mein|meine|ich|im|bei|von|zu|auf",
    "es": r"el|la|los|las|una?|para|con|y|es|somos|nuestr[oa]s?|mi|mis|en|del|que|abierto",
    "it": r"il|lo|gli|una?|per|con|sono|siamo|nostr[oaie]|mio|mia|di|della|che|aperto",
    "pt": r"o|os|as|uma?|para|com|somos|nosso|nossa|meu|minha|em|do|da|que|aberto",
    "nl": r"de|het|een|voor|met|en|wij|onze?|mijn|ik|van|is|open",
}


@cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH]
    languages += [Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect(text: str) -> str:
    """The ISO 639-1 code of the message's language (in SUPPORTED or OTHERS); English when unsure."""
    # Names and places ("Café Lumière", "Paris") say nothing about the language of the sentence.
    text = re.sub(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Ý][\w'’À-ÿ-]*", " ", text.strip())
    text = re.sub(r"[\"“”«»].*?[\"“”«»]|[\d£$€@]\S*", " ", text)
    if len(text.split()) < _MIN_WORDS:
        return "en"
    values = _detector().compute_language_confidence_values(text)
    if not values or values[0].value < _MIN_CONFIDENCE:
        return "en"
    code = values[0].language.iso_code_639_1.name.lower()
    if code not in _MARKERS or not re.search(rf"(?i)\b(?:{_MARKERS[code]})\b", text):
        return "en"
    return code
