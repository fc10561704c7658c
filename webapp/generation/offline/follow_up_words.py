"""Follow-ups to a French, German or Spanish site, put in the English words the rules read.

The edit rules (intent.py, follow_ups.py) are written in English. Rather than a
second set of rules per language, a follow-up to a site in another language
has its common phrases swapped for English ones first ("nous sommes à Lyon" →
"we are in Lyon", "ajoutez une galerie" → "add a gallery"). Names, numbers,
prices and quoted text are left as they are. Phrases are tried in order,
longest first within each group, each as whole words.
"""

import re
from functools import cache

_COLOURS = {
    "fr": [
        ("rouge", "red"),
        ("bleu", "blue"),
        ("vert", "green"),
        ("noir", "black"),
        ("blanc", "white"),
        ("rose", "pink"),
        ("violet", "purple"),
        ("jaune", "yellow"),
        ("gris", "grey"),
        ("sombre", "dark"),
        ("clair", "light"),
    ],
    "de": [
        ("rot", "red"),
        ("blau", "blue"),
        ("grün", "green"),
        ("schwarz", "black"),
        ("weiß", "white"),
        ("rosa", "pink"),
        ("lila", "purple"),
        ("gelb", "yellow"),
        ("grau", "grey"),
        ("dunkel", "dark"),
        ("hell", "light"),
    ],
    "es": [
        ("rojo", "red"),
        ("azul", "blue"),
        ("verde", "green"),
        ("negro", "black"),
        ("blanco", "white"),
        ("rosa", "pink"),
        ("morado", "purple"),
        ("amarillo", "yellow"),
        ("gris", "grey"),
        ("oscuro", "dark"),
        ("claro", "light"),
    ],
}


def _lower_mid_sentence(words: str) -> str:
    """A pattern for words in any case at the start of a sentence, but only in lower case after it."""
    return rf"(?-i:{words})|(?:^|(?<=[.!?]\s))(?:{words})"


PHRASES: dict[str, list[tuple[str, str]]] = {
    "fr": [
        # Starting over and renaming come first: their words ("le nom", "la page") are read below too.
        (
            r"(?:on\s+)?(?:re)?commen[cç](?:e|er|ez|ons)\s+(?:tout\s+)?(?:à|a|de)\s+z[ée]ro"
            r"|(?:on\s+)?reprend(?:re|s|ons)?\s+(?:tout\s+)?(?:à|a|de)\s+z[ée]ro|repart(?:ir|ons|ez)?\s+de\s+z[ée]ro"
            r"|(?:on\s+)?recommen[cç](?:e|er|ez|ons)(?:\s+tout)?(?:\s+(?:depuis\s+le|du)\s+début)?|tout\s+recommencer",
            "start over",
        ),
        (
            r"renomme[rz]?(?:\s+(?:le|la|notre)\s+[\w-]+|\s+l['’][\w-]+)?\s+(?:en|pour|comme)",
            "rename it to",
        ),
        (
            r"change[rz]?\s+(?:le\s+)?nom(?:\s+(?:du|de\s+la|de\s+l['’])\s*[\w-]+)?\s+(?:en|pour|par|à)",
            "change the name to",
        ),
        (r"(?:le|notre)\s+nom\s+(?:est|sera)(?:\s+(?:maintenant|désormais))?", "the name is"),
        (
            r"(?:le\s+site|l['’]entreprise|la\s+boutique|on|nous)\s+s['’]appelle(?:ra)?\s+(?:maintenant|désormais)"
            r"|nous\s+nous\s+appelons\s+(?:maintenant|désormais)",
            "it's now called",
        ),
        (r"(?:appelle|nomme)[rz]?-(?:le|la)", "call it"),
        (r"appelée?s?|nommée?s?|intitulée?s?", "called"),
        (r"je (?:veux|voudrais)|j['’]aimerais|il (?:me|nous) faut", "i want"),
        (r"nous avons déménagé (?:à|a)|on a déménagé (?:à|a)", "we moved to"),
        (r"nous sommes (?:maintenant |désormais )?(?:à|a|en|au)|on est (?:à|a|en)", "we are in"),
        (r"nos prix sont en|les prix en|prix en", "our prices are in"),
        (r"livres? sterling|livres?", "pounds"),
        (r"notre (?:numéro de )?téléphone est(?: le)?|notre numéro est(?: le)?", "our phone number is"),
        (r"notre (?:adresse )?(?:e-?mail|courriel) est", "our email is"),
        (r"notre adresse est", "our address is"),
        (r"horaires? d'ouverture|horaires?", "opening hours"),
        (r"coûte(?:nt)? maintenant|(?:est|sont) maintenant à|passe(?:nt)? à", "is now"),
        (r"nous ne (?:vendons|faisons|proposons) plus", "we no longer sell"),
        (r"ajoutez|ajouter|ajoute|rajoutez|rajoute", "add"),
        (r"supprimez|supprimer|supprime|enlevez|enlève|enlever|retirez|retire|retirer", "remove"),
        (
            r"rends-le|rendez-le|fais-le|faites-le|mets-le|mettez-le|met(?:s|tez)\s+(?:la\s+page|le\s+site)",
            "make it",
        ),
        (r"(?:des )?boutons? (?:plus )?ronds|plus arrondis?|plus arrondies?", "rounder"),
        (r"logo plus grand|plus grand logo", "bigger logo"),
        (r"logo plus petit|plus petit logo", "smaller logo"),
        (r"texte plus grand|police plus grande|plus gros", "bigger text"),
        (r"plus moderne", "more modern"),
        (r"plus ludique|plus fun|plus amusant", "more playful"),
        (r"sans empattements?", "sans-serif font"),
        (r"avec empattements?|police serif", "serif font"),
        (r"plus d'espace|plus aéré", "more spacing"),
        (r"moins d'espace|plus compact", "less spacing"),
        (r"formulaire de contact", "contact form"),
        (r"questions fréquentes", "faq"),
        (r"à propos", "about"),
        (r"équipe", "team"),
        (r"galerie", "gallery"),
        (r"tarifs", "pricing"),
        (r"avis|témoignages", "testimonials"),
        (r"planning|emploi du temps", "schedule"),
        # "payer par carte" is paying by card, not the menu.
        (r"par carte(?: bancaire)?|carte bancaire|carte de crédit", "by card"),
        (r"carte", "menu"),
        (r"une nouvelle page", "a new page"),
        (r"une page", "a page"),
        (r"(?:à|a|sur)\s+la page", "to the page"),
        (r"la page", "the page"),
        (_lower_mid_sentence(r"nouvelle|nouveau"), "new"),
        (_lower_mid_sentence(r"notre|nos"), "our"),
    ],
    "de": [
        (
            r"fang(?:e|en\s+wir|en\s+sie|t)?\s+(?:noch\s?(?:ein)?mal\s+)?(?:ganz\s+)?(?:von\s+vorn(?:e)?|neu|bei\s+null)"
            r"(?:\s+an)?|(?:noch\s?(?:ein)?mal\s+)?(?:ganz\s+)?von\s+vorn(?:e)?(?:\s+(?:anfangen|beginnen))?"
            r"|neu\s+(?:anfangen|beginnen)|bei\s+null\s+anfangen",
            "start over",
        ),
        (
            r"benenne(?:n\s+sie)?\s+(?:(?:die|das|den|unsere?n?)\s+[\w-]+|es|sie|uns)\s+(?:in|zu)",
            "rename it to",
        ),
        (
            r"ändere(?:n\s+sie)?\s+(?:den\s+)?namen(?:\s+(?:der|des|von)\s+[\w-]+)?\s+(?:in|zu|auf)",
            "change the name to",
        ),
        (r"(?:der|unser)\s+name\s+ist(?:\s+(?:jetzt|nun|ab\s+sofort))?", "the name is"),
        (
            r"(?:wir\s+heißen|(?:die|das|der)\s+[\w-]+\s+heißt|es\s+heißt)\s+(?:jetzt|nun|ab\s+sofort)",
            "it's now called",
        ),
        (r"nenne(?:n\s+sie)?\s+(?:es|sie|die\s+seite)", "call it"),
        (r"namens|mit\s+dem\s+namen|genannt", "called"),
        (r"ich (?:möchte|will|hätte gern|brauche)|wir (?:möchten|wollen|brauchen)", "i want"),
        (r"kontakt", "contact"),
        (r"webseite|homepage", "website"),
        (r"wir sind (?:jetzt |nun |inzwischen )?(?:nach|in)", "we are in"),
        (r"umgezogen", ""),
        (r"unsere preise sind in|preise in", "our prices are in"),
        (r"pfund", "pounds"),
        (r"unsere telefonnummer ist|unsere nummer ist", "our phone number is"),
        (r"unsere e-?mail(?:-adresse)? ist", "our email is"),
        (r"unsere adresse ist", "our address is"),
        (r"öffnungszeiten", "opening hours"),
        (r"kostet jetzt|kosten jetzt", "is now"),
        (r"wir verkaufen kein(?:e|en)?", "we no longer sell"),
        (r"fügen sie|füge|fügt|ergänzen sie|ergänze", "add"),
        (r"hinzu", ""),
        (r"entfernen sie|entferne|lösche|löschen sie", "remove"),
        (r"mach(?:e|en sie)? (?:es|sie|die seite)", "make it"),
        (r"runder|abgerundeter|abgerundet", "rounder"),
        (r"größeres logo|logo größer", "bigger logo"),
        (r"kleineres logo|logo kleiner", "smaller logo"),
        (r"größere schrift|schrift größer|größerer text", "bigger text"),
        (r"moderner", "more modern"),
        (r"verspielter", "more playful"),
        (r"serifenlose schrift|serifenlos", "sans-serif font"),
        (r"serifenschrift", "serif font"),
        (r"mehr abstand|mehr platz", "more spacing"),
        (r"weniger abstand|kompakter", "less spacing"),
        (r"kontaktformular", "contact form"),
        (r"häufige fragen", "faq"),
        (r"über uns", "about"),
        (r"galerie", "gallery"),
        (r"preisliste|preise", "pricing"),
        (r"bewertungen", "testimonials"),
        (r"kursplan|stundenplan", "schedule"),
        (r"speisekarte", "menu"),
        (r"eine neue seite", "a new page"),
        (r"eine seite", "a page"),
        (r"(?:auf|zu)\s+der\s+seite|zur\s+seite", "to the page"),
        (r"die seite", "the page"),
        (_lower_mid_sentence(r"neue[nrs]?"), "new"),
        (_lower_mid_sentence(r"unser(?:e[nrs]?)?"), "our"),
    ],
    "es": [
        (
            r"(?:empieza|empecemos|empezar|empezamos|comienza|comencemos|comenzar|vuelve\s+a\s+empezar)"
            r"\s+(?:de\s+(?:nuevo|cero)|desde\s+(?:cero|el\s+principio)|otra\s+vez)|vuelve\s+a\s+empezar"
            r"|volver\s+a\s+empezar|desde\s+cero",
            "start over",
        ),
        (r"(?:una?\s+)?(?:web|sitio(?:\s+web)?|página\s+web)\s+nuev[oa]", "a new site"),
        (
            r"renombra(?:r)?(?:\s+(?:el|la|nuestr[oa])\s+[\w-]+)?\s+(?:a|como|en|por)",
            "rename it to",
        ),
        (
            r"cambia(?:r)?\s+(?:el\s+)?nombre(?:\s+(?:del|de\s+la)\s+[\w-]+)?\s+(?:a|por|en)",
            "change the name to",
        ),
        (r"(?:el|nuestro)\s+nombre\s+(?:es|será)(?:\s+ahora)?", "the name is"),
        (
            r"(?:ahora\s+)?nos\s+llamamos(?:\s+ahora)?|(?:el\s+[\w-]+|la\s+[\w-]+)\s+se\s+llama\s+ahora"
            r"|ahora\s+se\s+llama",
            "it's now called",
        ),
        (r"llámal[oa]", "call it"),
        (r"llamad[oa]s?|que\s+se\s+llama|con\s+el\s+nombre(?:\s+de)?", "called"),
        (r"quiero|queremos|necesito|necesitamos|me gustaría", "i want"),
        (r"contacto", "contact"),
        (r"nos (?:hemos mudado|mudamos) a", "we moved to"),
        (r"estamos (?:ahora )?en", "we are in"),
        (r"nuestros precios (?:son|están) en|precios en", "our prices are in"),
        (r"libras?", "pounds"),
        (r"nuestro (?:número de )?teléfono es|nuestro número es", "our phone number is"),
        (r"nuestro (?:correo(?: electrónico)?|e-?mail) es", "our email is"),
        (r"nuestra dirección es", "our address is"),
        (r"horario de apertura|horarios?", "opening hours"),
        (r"ahora cuestan?|cuestan? ahora", "is now"),
        (r"ya no (?:vendemos|hacemos|ofrecemos)", "we no longer sell"),
        (r"añade|añadid|añadir|agrega|agregar|incluye", "add"),
        (r"elimina|eliminar|quita|quitar|borra|borrar", "remove"),
        (r"hazlo|hazla|ponlo|ponla|pon\s+(?:la\s+página|la\s+web|el\s+sitio)", "make it"),
        (r"botones redondos|más redondead[oa]s?", "rounder"),
        (r"logo más grande|logotipo más grande", "bigger logo"),
        (r"logo más pequeño|logotipo más pequeño", "smaller logo"),
        (r"texto más grande|letra más grande", "bigger text"),
        (r"más moderno|más moderna", "more modern"),
        (r"más divertid[oa]", "more playful"),
        (r"sin serifa", "sans-serif font"),
        (r"con serifa|serifa", "serif font"),
        (r"más espacio", "more spacing"),
        (r"menos espacio", "less spacing"),
        (r"formulario de contacto", "contact form"),
        (r"preguntas frecuentes", "faq"),
        (r"sobre nosotros", "about"),
        (r"equipo", "team"),
        (r"galería", "gallery"),
        (r"precios|tarifas", "pricing"),
        (r"opiniones|testimonios", "testimonials"),
        (r"horario de clases", "schedule"),
        (r"carta|menú", "menu"),
        (r"una (?:nueva página|página nueva)", "a new page"),
        (r"una página", "a page"),
        (r"(?:en|a)\s+la\s+página", "to the page"),
        (r"la página", "the page"),
        (_lower_mid_sentence(r"nuev[oa]s?"), "new"),
        (_lower_mid_sentence(r"nuestr[oa]s?"), "our"),
    ],
}


@cache
def _compiled(language: str) -> list[tuple[re.Pattern[str], str]]:
    pairs = PHRASES.get(language, []) + _COLOURS.get(language, [])
    return [(re.compile(rf"(?i)(?<![\w-])(?:{pattern})(?![\w-])"), english) for pattern, english in pairs]


_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»')


def to_english(message: str, language: str) -> str:
    """The follow-up with its common French, German or Spanish phrases in English; quotes untouched."""
    if language not in PHRASES:
        return message
    parts = []
    position = 0
    for quote in _QUOTED.finditer(message):
        parts.append(_swap(message[position : quote.start()], language))
        parts.append(quote.group(0))
        position = quote.end()
    parts.append(_swap(message[position:], language))
    return _PAGE_BEFORE_QUOTE.sub(lambda m: f"{m.group('article')} page called ", "".join(parts))


# After the swap, "a page Menu" and "the page Tarifs" keep the other language's word order; English puts
# the name first ("a Menu page"), and "a page de Réservations" is "a page about Réservations".
_PAGE_OF = re.compile(
    r"(?i)\b(?P<article>a|the)\s+page\s+(?:sur|pour|de\s+la|de|d['’]|du|des|über|für|zum|zur|zu|sobre|para|del)\s+"
    r"(?:(?:les|le|la|l['’]|die|der|das|den|los|las|el)\s*)?"
)
_PAGE_NAMED = re.compile(
    r"\b(?P<article>[Aa]|[Tt]he)\s+(?P<new>new\s+)?page\s+(?P<name>(?:[A-ZÀ-Ý][\wÀ-ÿ'’-]*|menu|contact|gallery|pricing|faq|team"
    r"|schedule|testimonials|blog|services|projects|reviews|about(?=\s*(?:$|[,.;!?]|\s(?:and|et|und|y)\b)))"
    r"(?:\s+[A-ZÀ-Ý][\wÀ-ÿ'’-]*)*)(?![\w'’-])"
)
_PAGE_BEFORE_QUOTE = re.compile(r"(?i)\b(?P<article>a|the)\s+page\s+(?=[\"“«])")
# A German separable verb leaves its prefix at the end: "benenne die Seite in Backstube um".
_SEPARATED_PREFIX = {"de": re.compile(r"(?i)\s+(?:um|an)\s*(?=[.!]?\s*$)")}


def _swap(text: str, language: str) -> str:
    for pattern, english in _compiled(language):
        text = pattern.sub(english, text)
    if language in _SEPARATED_PREFIX:
        text = _SEPARATED_PREFIX[language].sub("", text)
    text = _PAGE_OF.sub(lambda m: f"{m.group('article')} page about ", text)
    text = _PAGE_NAMED.sub(
        lambda m: f"{m.group('article')} {m.group('new') or ''}{m.group('name')} page", text
    )
    return re.sub(r"[ \t]{2,}", " ", text)
