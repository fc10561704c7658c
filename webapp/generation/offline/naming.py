"""Quoted text and names in a prompt: "called Sweet Crumbs", "for my bakery Sweet Crumbs", "'Acme'"."""

import re

from . import places
from .kind_words import KIND_WORDS

QUOTE = "\u27e6{}\u27e7"  # ⟦n⟧ stands in for the n-th quoted string
QUOTE_RE = re.compile("\u27e6(\\d+)\u27e7")
MAX_NAME = 60

_QUOTES = re.compile(
    r'"([^"\n]{1,300})"'
    r"|\u201c([^\u201d\n]{1,300})\u201d"
    r"|\u2018([^\u2019\n]{1,300})\u2019(?!\w)"
    r"|\u00ab([^\u00bb\n]{1,300})\u00bb"
    r"|(?<![\w'])'([^'\n]{1,300}?)'(?!\w)"
)


def extract_quotes(prompt: str) -> tuple[str, list[str]]:
    """The prompt with each quoted string replaced by a ⟦n⟧ marker, and the strings."""
    quotes: list[str] = []

    def keep(match: re.Match[str]) -> str:
        value = next(group for group in match.groups() if group is not None)
        if not value.strip():
            return match.group(0)
        quotes.append(value.strip())
        return QUOTE.format(len(quotes) - 1)

    return _QUOTES.sub(keep, prompt), quotes


def restore_quotes(text: str, quotes: list[str]) -> str:
    """The text with ⟦n⟧ markers turned back into their strings."""
    return QUOTE_RE.sub(lambda m: quotes[int(m.group(1))], text)


_SMALL_WORDS = {
    "and",
    "or",
    "of",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "for",
    "to",
    "de",
    "la",
    "le",
    "du",
    "by",
}


def tidy_name(raw: str) -> str:
    """A name as it should appear on the site: trimmed, one line, title-cased if typed in lower case."""
    name = " ".join(raw.split()).strip(" \t,.;:!?-–—\"'“”‘’")
    if len(name) > MAX_NAME:
        name = name[:MAX_NAME].rsplit(" ", 1)[0] or name[:MAX_NAME]
    if name and name == name.lower() and any(ch.isalpha() for ch in name):
        words = name.split()
        name = " ".join(
            word if (i and word in _SMALL_WORDS) else word[:1].upper() + word[1:]
            for i, word in enumerate(words)
        )
    return name


# An unquoted name runs until punctuation or a word that starts the next part of the sentence.
_STOP = (
    r"(?=\s*(?:$|[,;.!?\n(]|\s(?i:with|that|which|who|where|for|in|on|at|using|featuring|including|plus|but"
    r"|then|also|please|instead|because|so|from|make|add|use|it|its|it's|having|has|have|showing)\b"
    r"|\s(?i:to|and|of|the)\s+(?-i:[a-z])))"
)
NAME = r"(?P<name>" + QUOTE_RE.pattern + r"|[^\s,.;!?][^,.;!?\n]{0,80}?)" + _STOP

_CALLED = re.compile(
    r"(?i:\b(?:called|named|titled|entitled|appel[ée]e?s?|nomm[ée]e?s?|(?:qui\s+)?s['’]appelle|namens|hei(?:ß|ss)t"
    r"|mit\s+dem\s+namen|llamad[oa]s?|que\s+se\s+llama|se\s+llama|name\s+(?:it|the\s+(?:site|website|business))|call\s+it"
    r"|brand(?:ed)?\s+as|known\s+as))\s+" + NAME
)
_FOR = re.compile(
    r"(?i:\b(?:for|pour|f[üu]r|para|per|voor))\s+(?:(?:the|(?i:my|our|a|an|ma|mon|notre|un|une|mein|meine|unser"
    r"|unsere|einen?|a\s+minha|o\s+meu|minha|meu|la\s+mia|il\s+mio|mia|mio|mijn|onze|ons"
    r"|mi|nuestr[oa]|una?))\s+)?(?:(?i:new|small|little|local|family|online|own|friend'?s?"
    r"|sister'?s?|brother'?s?|mum'?s?|mom'?s?|dad'?s?)\s+)*(?:[a-zà-ÿ][a-zà-ÿ'-]*\s+){0,3}?"
    r"(?P<name>[A-Z0-9][\w&'’.+-]*(?:\s+(?:[A-Z0-9][\w&'’.+-]*|&|and|of|the|de|la|le|du|von|van))*)"
)
_POSSESSIVE = re.compile(
    r"(?P<who>[A-Z][\w-]+(?:\s+(?:&|and)\s+[A-Z][\w-]+)?)(?:'s|’s)\s+(?P<noun>[A-Za-z][a-z-]*)"
)
_COUPLE = re.compile(r"\b(?P<name>[A-Z][a-z]+\s+(?:&|and)\s+[A-Z][a-z]+)\b")
_WEDDING = re.compile(r"(?i)\b(?:wedding|married|marry|engaged|engagement|couple)\b")
_SELF = re.compile(
    r"(?i:\bi'?m|\bi\s+am|\bmy\s+name\s+is|\bthis\s+is)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
# "Family photographer in Cork, Aoife Byrne.": a person's name set after what they do.
_APPOSITION = re.compile(
    r"(?i:\b(?:photographer|designer|developer|artist|illustrator|tutor|instructor|coach|therapist|trainer"
    r"|copywriter|writer|consultant))\b[^.;!?\n]*?,\s+(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\s*(?=[.,;!?]|$)"
)
# "Mobile car wash in Phoenix, AZ - Shine On.": a name after a dash, at the end of the first sentence.
_DASH_NAME = re.compile(
    r"^[^.\n]{3,80}?\s[-–—]\s+(?P<name>[A-Z][\w'’&]*(?:\s+(?:[A-Z][\w'’&]*|&)){0,3})(?=\s*[.,;!]|$)"
)
_PLACE_NAMES = {"in", "at"}
_NOT_NAMES = {"I", "It", "Its", "Let", "Lets", "That", "What", "There", "Here", "He", "She", "We", "They"}
_PERSONAL_NOUNS = {
    "portfolio",
    "blog",
    "website",
    "site",
    "page",
    "homepage",
    "resume",
    "cv",
    "wedding",
    "personal",
    "party",
    "birthday",
    "journal",
}
_LOWER_OK_AFTER = re.compile(
    r"^\s*(?:$|[,;.!?\n(:]|(?:à|en|em|op|te|na|no|di|a|y|et|und|mit|avec|con|dans|de|im|del|with|and|in|on|at|that|which|who|called|named|where|"
    r"for|to|it|is|a|an|the|using|please)\b)",
    re.I,
)


def _clean(raw: str, quotes: list[str]) -> str:
    return tidy_name(restore_quotes(raw, quotes))


def called_name(text: str, quotes: list[str]) -> tuple[str, tuple[int, int]] | None:
    """A name given with "called X" / "named X", and the span it used."""
    match = _CALLED.search(text)
    if match:
        name = _clean(match.group("name"), quotes)
        # "appelée Mèche à Lille", "llamada Flor de Lis en Bilbao": the place is not part of the name.
        place = re.match(
            r"(?P<name>.+?)\s+(?:à|en|in|aux?)\s+(?P<place>[A-ZÀ-Ý][\wÀ-ÿ'’-]*(?:[\s-][A-ZÀ-Ý][\wÀ-ÿ'’-]*)*)$",
            name,
        )
        if place and places.country_of(place.group("place")):
            name = place.group("name")
        if name:
            return name, match.span()
    return None


# "Sweet Crumbs bakery", "Oakridge Plumbing", "The Velvet Owls, a band": capitalised words before
# the noun that says what the business is.
BUSINESS_NOUNS = (
    r"bakery|caf[eé]|coffee\s+shop|restaurant|bistro|pizzeria|clinic|dental\s+(?:clinic|practice)|practice"
    r"|salon|barbers?|spa|gym|studio|shop|store|boutique|hotel|b&b|guest\s*house|inn|hostel|school|academy"
    r"|agency|firm|solicitors|law\s+firm|charity|shelter|rescue|band|trio|quartet|choir|plumbing|plumbers"
    r"|electricals?|electricians?|roofing|builders|landscaping|cleaning|decorators|garage|bar|pub|brewery"
    r"|dojo|yoga\s+studio|tutoring|tuition|therapy|counselling|physio(?:therapy)?|vets?|kennels|florist"
    r"|bookshop|gallery|estate\s+agents?|lettings|accountants?|architects|car\s+wash|valeting|locksmiths?"
    r"|nursery|day\s?care|tattoo(?:\s+studio)?|mechanics?"
)
_BEFORE_NOUN = re.compile(
    r"(?<![\w'’])(?P<name>(?:(?:[A-Z][\w'’&.-]*|&|and|of|de|la)\s+){0,3}[A-Z][\w'’&.-]*)\s+(?i:"
    + BUSINESS_NOUNS
    + r")\b"
)
_BAND = re.compile(r"(?P<name>\bThe(?:\s+[A-Z][\w'’-]*){1,3})")
_LEADING = re.compile(
    r"^(?:(?:A|An|My|Our|Your|New|Small|Local|Family|Mobile|Independent|Emergency|Friendly|Hand|Make|Build"
    r"|Create|Website|Site|Web|Page)\s+)+"
)


# "Hundesalon Wuff", "Boulangerie Dupont": a German, French or Spanish noun that opens the prompt
# (German nouns are always capitalised), then the name.
_GERMAN_NOUNS = (
    r"hundesalon|hundepension|tierpension|friseursalon|friseur|b[äa]ckerei|konditorei|kanzlei|\w*praxis"
    r"|gasthaus|boulangerie|p[âa]tisserie|librairie|fleuriste|boucherie|fromagerie|panader[ií]a"
    r"|pasteler[ií]a|peluquer[ií]a|librer[ií]a|florister[ií]a|cafeter[ií]a|schl[üu]sseldienst|autowerkstatt"
    r"|tattoostudio|kita|lavage\s+auto|garage\s+automobile|serrurerie|cr[èe]che|taller\s+mec[áa]nico"
    r"|cerrajer[ií]a|guarder[ií]a"
)
_AFTER_NOUN = re.compile(
    r"(?i:\b(?:"
    + BUSINESS_NOUNS
    + r"|business|company|service|nail\s+bar|gym|shop|pizzeria|restaurant|candles|rescue|app|application"
    r"|instructor|photographer|tutor|teacher|coach|trainer|copywriter|consultant|stylist|groomer|walker"
    r"|" + _GERMAN_NOUNS + "))"
    r"(?:,\s*|\s+)(?P<name>(?:The\s+)?[A-ZÀ-Ý][\w'’&.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’&.-]*|&|and|of))*)"
)


# Nouns that open a business's own name ("Café Sonne", "Studio North"); "Band The Foxes" is not a name.
_NAME_NOUNS = re.compile(r"(?i)(?:caf[eé]|studio|salon|hotel|bistro|bar|pub|restaurant|pizzeria|atelier)\b")


def name_after_noun(text: str) -> str | None:
    """A capitalised name just after the business noun: "nail bar Polished", "pizzeria Forno Nero"."""
    for match in _AFTER_NOUN.finditer(text):
        name = re.sub(r"(?:\s+(?:&|and|of))+$", "", match.group("name"))
        # "Studio North": a capitalised noun is itself part of a name.
        german = re.match(rf"(?i:{_GERMAN_NOUNS})\b", match.group(0))
        if name.split()[0] in _NOT_NAMES:
            continue
        if match.group(0)[:1].isupper() and not german:
            # "Café Sonne in Stuttgart": a capitalised noun opening the prompt is the name's first word.
            if match.start() == 0 and _NAME_NOUNS.match(match.group(0)) and name.lower() not in _PLACE_NAMES:
                return tidy_name(match.group(0))
            continue
        if name.lower() in _PLACE_NAMES:
            continue
        return tidy_name(name)
    return None


def name_before_noun(text: str) -> str | None:
    """A capitalised name just before the business noun: "Sweet Crumbs bakery", "Oakridge Plumbing"."""
    for match in _BEFORE_NOUN.finditer(text):
        # "Mobile car wash": a describing word alone is no name.
        name = _LEADING.sub("", match.group("name") + " ").strip()
        if not name or name.split()[0] in _NOT_NAMES or name in ("A", "An", "My", "Our", "Your", "New"):
            continue
        if name.endswith(("'s", "’s")):  # "Maria's bakery" is for the possessive rule below
            continue
        noun = match.group(0)[len(match.group("name")) :].strip()
        # "Oakridge Plumbing": a capitalised noun belongs to the name.
        return tidy_name(f"{name} {noun}" if noun[:1].isupper() else name)
    band = _BAND.search(text)
    if band and re.search(r"(?i)\b(?:band|group|duo|trio|quartet|gigs?|tour|album)\b", text):
        return tidy_name(band.group("name"))
    return None


# Work one person does under their own name: the site of a tutor, a therapist, a photographer.
_ONE_PERSON = re.compile(
    r"(?i)\b(?:tutor\w*|tuition|\w*nachhilfe|\w*lehrer\w*|\w*unterricht|cours\s+particuliers|professeur\w*|profesor\w*"
    r"|clases|lessons|therap\w*|th[ée]rapeute|psycholog\w*|psic[óo]log\w*|psychologue|counsell?or|heilprakti\w*"
    r"|coach\w*|trainer\w*|entra[îi]neur|photograph\w*|fotograf\w*|fot[óo]graf\w*|freelance\w*|designer"
    r"|illustrat\w*|osteopath\w*|physio\w*|kin[ée]sith[ée]rapeute|fisioterapeuta|masseu\w*|masajista)\b"
)
# Their name where a name goes: "by Lena Schmidt", "avec Sophie Laurent", "Mathe und Physik, Lena Schmidt".
_PERSON_NAME = re.compile(
    r"(?:(?i:\bby|\bwith|\bavec|\bcon|\bmit|\bf[üu]r|\bpour|\bpara|\bi'?m|\bi\s+am|\bje\s+suis|\bsoy"
    r"|\bich\s+bin)|,|(?i:" + _ONE_PERSON.pattern[4:] + r"))\s+"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)(?![\wÀ-ÿ])(?!\s+[A-ZÀ-Ý])"
)


# Classes with no premises named are one teacher's: "Yoga with Priya Shah", "cours de yoga avec Marie".
_CLASSES = re.compile(r"(?i)\b(?:classes|cours|kurse?|yoga|pilates)\b")
_PREMISES = re.compile(r"(?i)\b(?:studio|gym|school|academy|[ée]cole|schule|escuela|centre|center|club)\b")


def person_name(text: str) -> str | None:
    """The full name of a person whose one-person business the site is for, or None."""
    teaching = _CLASSES.search(text) and not _PREMISES.search(text)
    if not (_ONE_PERSON.search(text) or teaching):
        return None
    for match in _PERSON_NAME.finditer(text):
        name = match.group("name")
        words = name.split()
        if words[0] in _NOT_NAMES or any(places.country_of(word) for word in words):
            continue
        if re.search(rf"(?i)\b(?:{BUSINESS_NOUNS})\b", name) or _ONE_PERSON.search(name):
            continue
        return tidy_name(name)
    return None


def implied_name(text: str, quotes: list[str]) -> str | None:
    """A name the prompt implies: a quoted string, "for Acme", "Maria's bakery", "I'm Jane Doe"."""
    quoted = QUOTE_RE.search(text)
    if quoted:
        name = tidy_name(quotes[int(quoted.group(1))])
        if name:
            return name
    person = person_name(text)
    if person:
        return person
    before = name_after_noun(text) or name_before_noun(text)
    if before:
        return before
    for match in _FOR.finditer(text):
        candidate = match.group("name")
        candidate = re.sub(r"(?:\s+(?:&|and|of|the|de|la|le|du|von|van))+$", "", candidate)
        words = candidate.split()
        # "for ages 1-5" gives an age, not a name.
        if not re.search(r"[^\W\d_]", candidate):
            continue
        if candidate in _NOT_NAMES or (len(words) == 1 and len(candidate) <= 3 and candidate.isupper()):
            continue
        # "for Python developers": a capitalised word used as an adjective is not a name.
        if not _LOWER_OK_AFTER.match(text[match.end() :]):
            continue
        # "pour un fleuriste à Nice" names the town; "für eine Bäckerei" names what it is (German
        # capitalises every noun): neither is the business's name.
        before = text[match.start() : match.start("name")]
        if re.search(r"(?i)\b(?:à|a|au|en|in|im|at|bei|near)\s+$", before):
            continue
        if len(words) == 1 and any(re.fullmatch(rf"(?i:{pattern})", candidate) for pattern, *_ in KIND_WORDS):
            continue
        return tidy_name(candidate)
    for match in _POSSESSIVE.finditer(text):
        who, noun = match.group("who"), match.group("noun")
        if who.split()[0] in _NOT_NAMES:
            continue
        if noun[:1].isupper():
            return tidy_name(f"{who}'s {noun}")
        return tidy_name(who if noun in _PERSONAL_NOUNS else f"{who}'s {noun.title()}")
    couple = _COUPLE.search(text)
    if couple and _WEDDING.search(text):
        return tidy_name(couple.group("name"))
    match = _DASH_NAME.search(text)
    if (
        match
        and not places.country_of(match.group("name"))
        and match.group("name").split()[0] not in _NOT_NAMES
    ):
        return tidy_name(match.group("name"))
    match = _APPOSITION.search(text)
    if match and not places.country_of(match.group("name")):
        return tidy_name(match.group("name"))
    match = _SELF.search(text)
    if match and match.group("name").split()[0] not in _NOT_NAMES:
        return tidy_name(match.group("name"))
    return None
