"""Which language a message is written in: English, French, German or Spanish (and a few others).

lingua in its low-accuracy mode (trigram models only) is fast and small
enough to run on every message; its models ship inside the package, so
nothing is fetched at run time. Italian, Portuguese and Dutch are told apart
too, so that their prompts are not mistaken for Spanish or French: their
sites are written in English, and the reply says so.

Short prompts ("Website für mein Café in Berlin. Kaffee 2,50 €.") leave the
detector unsure once names are set aside, so its confidence is weighed with
the sentence's own small words (für, mein; pour, notre; para, nuestra), its
letters and the way it writes prices.
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
# Small words that belong to one language only (weight 2) or to two of them (weight 1).
_OWN_WORDS = {
    "en": r"a|an|the|for|our|my|with|and|of|to|is|are|we|i|i'm|we're|at|it|me|us|called|named|please|can|you"
    r"|make|need|want|build|create|site|website|page|from|on|by|just|some|open",
    "fr": r"le|les|une|des|du|pour|avec|et|nous|notre|nos|mon|ma|mes|est|sont|à|dans|qui|au|aux|chez|je|suis"
    r"|c'est|d'|l'|sur|par|appelée?|s'appelle",
    "de": r"der|die|das|ein|eine|einen|für|mit|und|ist|wir|sind|unser|unsere|unseren|unserer|mein|meine"
    r"|meinen|meiner|ich|im|bei|von|zu|zum|zur|auf|namens|bitte|seite|webseite|telefon|uhr|öffnungszeiten",
    "es": r"el|los|las|una|para|con|y|somos|soy|nuestro|nuestra|nuestros|nuestras|mi|mis|del|que|al"
    r"|llamad[oa]|web|página|tengo|quiero",
}
_SHARED_WORDS = {
    "in": ("en", "de"),
    "la": ("fr", "es"),
    "en": ("fr", "es"),
    "de": ("fr", "es"),
    "un": ("fr", "es"),
}
# Business nouns that only one of the languages uses. German capitalises them, so they are read
# from the whole prompt, names and all: "Friseur in Berlin" has no other German word to go by.
_BUSINESS_NOUNS = {
    "fr": r"boulangerie|p[âa]tisserie|librairie|fleuriste|boucherie|fromagerie|coiffeur|coiffure|plombier"
    r"|[ée]lectricien|dentiste|th[ée]rapeute|avocats?|traiteur|[ée]picerie|auberge|g[iî]te|serruri\w*"
    r"|tatouage|tatoueu\w*|garagiste|cr[èe]che|garderie",
    "de": r"friseur\w*|heilprakti\w*|nachhilfe|termine?|b[äa]ckerei|konditorei|kanzlei|\w*praxis|gasthaus"
    r"|zahnarzt\w*|tierarzt\w*|klempner"
    r"|elektriker|handwerker|hundesalon|\w*pension|metzgerei|buchhandlung|blumenladen|anwalt\w*|\w*schule"
    r"|tattoostudio|t[äa]towier\w*|\w*werkstatt|schl[üu]sseldienst|\w*waschanlage|autow[äa]sche|kita"
    r"|kindertagesst[äa]tte|tagesmutter",
    "es": r"panader[ií]a|pasteler[ií]a|peluquer[ií]a|librer[ií]a|florister[ií]a|cafeter[ií]a|fontanero"
    r"|electricista|dentista|cl[ií]nica|abogad[oa]s?|carnicer[ií]a|tienda|gimnasio|veterinari[oa]|cerrajer\w*"
    r"|tatuajes?|taller|autolavado|guarder[ií]a",
}
_LETTERS = {"fr": r"[èêçœàâî]", "de": r"[äöüß]", "es": r"[ñ¿¡áíóú]"}
# "2,50 €", "35 €": a decimal comma or a euro sign after the number is how these three write prices.
_CONTINENTAL_PRICE = re.compile(r"\d,\d{2}\b|\d\s?€")
# "£11", "$4.99", "9:30am", "6pm": how English writes prices and times (and none of the other three).
_ENGLISH_FORMS = re.compile(r"[£$]\s?\d|\d\s?(?:am|pm)\b", re.IGNORECASE)


@cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH]
    languages += [Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def _word_scores(text: str, original: str) -> dict[str, float]:
    """Points for each site language from the sentence's small words, letters and price format."""
    scores = dict.fromkeys(SUPPORTED, 0.0)
    own = {code: re.compile(rf"(?:{pattern})") for code, pattern in _OWN_WORDS.items()}
    for word in re.findall(r"[\w'’]+", text.lower()):
        word = word.replace("’", "'")
        for code, pattern in own.items():
            if pattern.fullmatch(word) or (code == "fr" and re.match(r"[dlc]'\w", word)):
                scores[code] += 2
        for code in _SHARED_WORDS.get(word, ()):
            scores[code] += 1
        for code, letters in _LETTERS.items():
            if re.search(letters, word):
                scores[code] += 1
    for code, nouns in _BUSINESS_NOUNS.items():
        scores[code] += 2 * len(re.findall(rf"(?i)\b(?:{nouns})\b", original))
    if _CONTINENTAL_PRICE.search(original):
        for code in ("fr", "de", "es"):
            scores[code] += 1
    scores["en"] += 2 * len(_ENGLISH_FORMS.findall(original))
    return scores


def detect(text: str) -> str:
    """The ISO 639-1 code of the message's language (in SUPPORTED or OTHERS); English when unsure."""
    original = text
    # Names and places ("Café Lumière", "Paris") say nothing about the language of the sentence.
    text = re.sub(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Ý][\w'’À-ÿ-]*", " ", text.strip())
    text = re.sub(r"[\"“”«»].*?[\"“”«»]|[\d£$€@]\S*", " ", text)
    if not text.split():
        return "en"
    values = _detector().compute_language_confidence_values(text)
    confidence = {v.language.iso_code_639_1.name.lower(): v.value for v in values}
    top = values[0].language.iso_code_639_1.name.lower() if values else "en"
    # An Italian, Portuguese or Dutch word that is also English ("open", "is") is no sign of either.
    english = re.compile(rf"(?:{_OWN_WORDS['en']})")
    marked = top in _MARKERS and any(
        not english.fullmatch(word.lower()) for word in re.findall(rf"(?i)\b(?:{_MARKERS[top]})\b", text)
    )
    if top in OTHERS and len(text.split()) >= _MIN_WORDS and confidence[top] >= _MIN_CONFIDENCE and marked:
        return top
    scores = _word_scores(text, original)
    # The detector's confidence counts as much as two small words; English wins ties.
    weighed = {code: scores[code] + 4 * confidence.get(code, 0.0) for code in SUPPORTED}
    # A language needs a word of its own to be chosen: the detector alone hears French in "Friseur in".
    candidates = [code for code in SUPPORTED if code == "en" or scores[code] >= 2]
    best = max(candidates, key=lambda code: (weighed[code], code == "en"))
    if best != "en" and weighed[best] > weighed["en"]:
        return best
    return "en"
