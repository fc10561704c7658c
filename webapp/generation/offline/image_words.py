"""The words of a request to use the site's uploaded images, in English, French, German and Spanish.

Read from the message as written, before a follow-up is put into English,
so "mets mon logo dans l'en-tête" is recognised by its own words. English is
always tried as well: people mix it in ("ajoute mon logo dans le header").
"""

import re

# Each entry is a pattern (case-insensitive). "owned" is a word that makes "photos" mean the
# person's own uploads ("my photos", "les photos"), not a request for a photo gallery of filler.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "logo": r"\blogo(?:type)?s?\b|\bbrand\s*mark\b",
        "photos": r"\b(?:photos?|pictures?|images?|pics|photographs?|shots)\b",
        "owned": r"\b(?:my|our|the|these|those|uploaded|all|new)\b",
        "verb": r"\b(?:use|put|add|show|place|insert|include|display|set|stick|pop|swap)\b",
        "hero": r"\b(?:main|hero|big|top|cover|banner|header|first|large)\s+(?:picture|image|photo|pic)\b"
        r"|\bhero\b|\bbanner\b",
        "gallery": r"\bgallery\b",
        "header": r"\bheader\b|\bnav(?:igation)?(?:\s+bar)?\b|\btop\s+bar\b|\bmenu\s+bar\b",
        "home": r"\b(?:home|front|main|first|landing)\s*page\b|\bhomepage\b",
        "about": r"\babout(?:\s+us)?\s+page\b",
        "remove": r"\b(?:remove|delete|drop|get\s+rid\s+of|take\b.*\b(?:out|off|away)|no\s+logo)\b",
        "size": r"\b(?:bigger|larger|smaller|tinier|size)\b",
    },
    "fr": {
        "logo": r"\blogo(?:type)?s?\b",
        "photos": r"\b(?:photos?|images?|clichés|photographies)\b",
        "owned": r"\b(?:mes|nos|mon|ma|notre|les|ces|la|toutes)\b",
        "verb": r"\b(?:utilise[zr]?|mets|mettez|mettre|ajoute[zr]?|place[zr]?|affiche[zr]?|insère[zr]?"
        r"|insérez|montre[zr]?|prends|prenez)\b",
        "hero": r"\b(?:image|photo)\s+(?:principale|d['’]en-tête|de\s+couverture)\b|\bbannière\b",
        "gallery": r"\bgalerie\b",
        "header": r"\ben-tête\b|\bbandeau\b|\bheader\b",
        "home": r"\bpage\s+d['’]accueil\b|\baccueil\b",
        "about": r"\bà\s+propos\b|\bqui\s+sommes[- ]nous\b",
        "remove": r"\b(?:retire[zr]?|supprime[zr]?|enlève|enlevez|ôte[zr]?)\b",
        "size": r"\bplus\s+(?:grand|gros|petit)e?\b|\btaille\b",
    },
    "de": {
        "logo": r"\b(?:firmen)?logos?\b",
        "photos": r"\b(?:fotos?|bilder(?:n)?|bild|aufnahmen|photos?)\b",
        "owned": r"\b(?:meine[nm]?|unsere[nm]?|unser|die|diese[nm]?|das|alle)\b",
        "verb": r"\b(?:verwende[nt]?|nutze[nt]?|benutze[nt]?|setze[nt]?|füge[nt]?|zeige[nt]?|stelle[nt]?"
        r"|nimm|nehmen|packe?|bau|baue[nt]?|einfügen|einbauen)\b",
        "hero": r"\b(?:haupt|titel|header|aufmacher|start)bild\b|\bbanner\b|\bhero\b",
        "gallery": r"\bgalerie\b",
        "header": r"\bkopf(?:zeile|bereich)?\b|\bheader\b",
        "home": r"\bstartseite\b|\bhomepage\b",
        "about": r"\büber[- ]uns\b",
        "remove": r"\b(?:entferne[nt]?|lösche[nt]?|nimm\b.*\braus)\b",
        "size": r"\b(?:größer(?:es)?|kleiner(?:es)?|größe)\b",
    },
    "es": {
        "logo": r"\blogo(?:tipo)?s?\b",
        "photos": r"\b(?:fotos?|imágenes|imagen|fotografías?)\b",
        "owned": r"\b(?:mis|mi|nuestras?|nuestros?|las|los|la|estas|todas)\b",
        "verb": r"\b(?:usa|usad|use|utiliza|utilice|pon|poned|ponga|añade|añada|agrega|agregue|coloca"
        r"|coloque|muestra|muestre|incluye|incluya|mete)\b",
        "hero": r"\b(?:imagen|foto)\s+(?:principal|de\s+portada|de\s+cabecera)\b|\bportada\b|\bbanner\b",
        "gallery": r"\bgalería\b",
        "header": r"\bcabecera\b|\bencabezado\b|\bheader\b",
        "home": r"\bpágina\s+(?:de\s+)?inicio\b|\binicio\b",
        "about": r"\bsobre\s+nosotros\b|\bquiénes\s+somos\b|\bacerca\s+de\b",
        "remove": r"\b(?:quita|quite|elimina|elimine|borra|borre|saca)\b",
        "size": r"\bmás\s+(?:grande|pequeño)\b|\btamaño\b",
    },
}

# An image is a logo by its name: "logo.png", "firmenlogo.svg", "logotipo-tienda.png", "brand-mark.svg".
LOGO_NAME = re.compile(
    r"(?i)logo|brand[-_ ]?mark|wordmark|(?<![a-z])(?:signet|emblem|embl[eè]me|marca)(?![a-z])"
)

# "1 image", "3 Bilder": how many photos a new site could show, counted in its language.
IMAGE_NOUNS = {
    "en": ("image", "images"),
    "fr": ("image", "images"),
    "de": ("Bild", "Bilder"),
    "es": ("imagen", "imágenes"),
}

# Alt text for a photo whose name says nothing ("IMG_2041.jpg"): the site's name and its number.
UNNAMED_PHOTO = {
    "en": "{name}, photo {number}",
    "fr": "{name}, photo {number}",
    "de": "{name}, Foto {number}",
    "es": "{name}, foto {number}",
}


def matches(language: str, key: str, message: str) -> bool:
    """Whether the message has one of the words for `key`, in the site's language or in English."""
    languages = dict.fromkeys([language, "en"])
    return any(re.search(WORDS[lang][key], message, re.IGNORECASE) for lang in languages if lang in WORDS)


def owned_photos(language: str, message: str) -> bool:
    """Whether the message speaks of the person's own photos ("my photos", "mes photos", "die Bilder")."""
    languages = dict.fromkeys([language, "en"])
    for lang in languages:
        if lang not in WORDS:
            continue
        words = WORDS[lang]
        pattern = rf"(?:{words['owned']})\s+(?:\w+\s+)?(?:{words['photos']})"
        if re.search(pattern, message, re.IGNORECASE):
            return True
    return False
