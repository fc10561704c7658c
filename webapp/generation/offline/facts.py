"""The concrete facts in a message: place, address, phone, email, hours, prices, items, people, dates.

Facts are what the person said, kept as they wrote it wherever that reads well
(a phone number, opening hours), so the site shows their words and filler only
fills what they left open. Libraries do the parsing where one fits: phone
numbers (phonenumbers), prices (price-parser), dates (dateparser, formatted by
babel for the locale).
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal

import phonenumbers

from . import money, places

DAYS = (
    r"mon(?:day)?s?|tue(?:s|sday)?s?|wed(?:nesday)?s?|thu(?:rs?|rsday)?s?|fri(?:day)?s?|sat(?:urday)?s?"
    r"|sun(?:day)?s?|weekdays|weekends?|daily|every\s+day|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so"
    r"|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?|lun|mar|mer|jeu|ven|sam|dim"
)
_TIME = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h|uhr)?|noon|midday|midnight|mediod[ií]a|midi"
_TO = r"\s*(?:-|–|—|to|till|until|til|à|a|bis|au|al)\s*"
_DAY_RANGE = rf"(?:{DAYS})(?:{_TO}(?:{DAYS}))?(?:\s*(?:&|and|et|und|y|,)\s*(?:{DAYS}))?"
_HOURS = re.compile(
    rf"(?i)\b(?P<days>{_DAY_RANGE})\b\.?\s*(?::|from|de|von|fr[oó]m|,)?\s*"
    rf"(?P<times>(?:{_TIME}){_TO}(?:{_TIME})(?:\s*uhr)?|closed|ferm[ée]|geschlossen|cerrado)"
    rf"|\b(?P<times2>(?:{_TIME}){_TO}(?:{_TIME}))\s*,?\s*(?:on\s+)?(?P<days2>{_DAY_RANGE})\b"
)
_CLOSED = re.compile(
    rf"(?i)\bclosed\s+(?:on\s+)?(?P<days>{_DAY_RANGE})\b|\b(?P<days2>{_DAY_RANGE})\s+closed\b"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ADDRESS = re.compile(
    r"\b\d{1,4}[a-z]?,?\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Way|Place|Square"
    r"|Row|Drive|Close|Terrace|Hill|Gardens|Crescent|Parade|Walk|Court|Boulevard|Blvd|Quay|Mews|Green)\b\.?"
    r"|\b\d{1,4}(?:\s?bis)?,?\s+(?:rue|avenue|boulevard|place|chemin|all[ée]e|quai|impasse|cours)\s+"
    r"(?:(?:de|du|des|la|le|l'|d')\s*)*[A-ZÉ][\w'’ -]{1,30}?(?=[,.;]|\s+(?:à|a|en|\d)\b|$)"
    r"|\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|weg|platz|allee|gasse|ring|damm|ufer)\s+\d+[a-z]?"
    r"|\b(?:Calle|C/|Avenida|Avda\.?|Plaza|Paseo|Camino|Carrer|Rambla)\s+(?:(?:de|del|la|las|los)\s+)*"
    r"[A-ZÁÉÍÓÚ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚ][\wáéíóúñ]+)?,?\s*(?:n[º°o.]\s*)?\d+"
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b\d{5}\b")
_PLACE_WORDS = r"in|based\s+in|located\s+in|near|à|au|en|bei|aus|from|serving"
_PLACE = re.compile(
    rf"(?:\b(?i:{_PLACE_WORDS})\s+)(?:the\s+)?(?:(?i:centre|center|heart|middle)\s+of\s+)?"
    r"(?P<place>[A-ZÀ-Ý][\w'’À-ÿ-]+(?:[ -](?:[A-ZÀ-Ý][\w'’À-ÿ-]+|upon|on|de|sur|am|del"
    r"|la)(?=[ -][A-ZÀ-Ý]|\b))*"
    r"(?:[ -][A-ZÀ-Ý][\w'’À-ÿ-]+)?)"
)
_NOT_PLACES = set(
    [
        "English",
        "French",
        "German",
        "Spanish",
        "Italian",
        "Dutch",
        "Portuguese",
        "Japanese",
        "Chinese",
        "Dark",
        "Light",
        "Bold",
        "Green",
        "Blue",
        "Red",
        "Black",
        "White",
        "Pink",
        "Purple",
        "Gold",
        "Grey",
        "Gray",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Summer",
        "Winter",
        "Spring",
        "Autumn",
        "Fall",
        "The",
        "A",
        "An",
        "My",
        "Our",
        "Your",
        "This",
        "It",
        "Business",
        "Pastel",
        "Euros",
        "Pounds",
        "Dollars",
        "Mind",
        "Style",
        "Town",
        "City",
        "Stock",
        "Person",
        "Touch",
        "Time",
        "Front",
        "Progress",
        "Print",
        "Minimal",
        "Vivid",
        "Sans",
        "Serif",
        "Markdown",
        "HTML",
        "CSS",
    ]
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t"
    r"|septembre|octobre|novembre|d[ée]cembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember|enero"
    r"|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
)
_DATE = re.compile(
    rf"(?i)\b(?:\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(?:{_MONTHS})(?:\s+(?:de\s+)?\d{{4}})?"
    rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)\b"
)
_NUMBERS = re.compile(
    r"(?i)\b(?P<n>\d{1,4})[ -](?P<unit>(?:en-suite\s+|double\s+|guest\s+)?rooms?|bedrooms?|suites?|weeks?"
    r"|lessons?|sessions?|classes|beds|students|years|members|dogs|cats|animals|volunteers|acres|tables"
    r"|seats|courts|chairs|trainers|therapists|cottages|pitches|chambres|zimmer|habitaciones|ans|jahre"
    r"|años|semaines|wochen|semanas)\b"
)
_PERSON = re.compile(
    r"\b(?P<title>Dr\.?|Doctor|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Chef|Coach)\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
    r"|\b(?i:run\s+by|owned\s+by|founded\s+by|led\s+by|taught\s+by|hosted\s+by|with\s+(?:head\s+)?"
    r"(?:chef|coach|teacher|trainer|therapist|stylist|barber|dentist|instructor|tutor))\s+"
    r"(?P<name2>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?(?:\s+(?:and|&)\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)?)"
)
_SOCIAL = re.compile(
    r"(?i)\b(?P<net>instagram|insta|tiktok|twitter|facebook|x)\b\s*(?:is|:|at|handle)?\s*(?P<handle>@[\w.]+)"
    r"|(?P<url>(?:https?://)?(?:www\.)?(?:instagram|facebook|tiktok|twitter|x)\.com/[\w.]+)"
)
_LIST_LEAD = re.compile(
    r"(?i)(?:\b(?:we\s+(?:offer|sell|serve|make|bake|do|fix|teach|stock|have)|offer(?:ing|s)?|sell(?:ing|s)?"
    r"|serv(?:es|ing)|teach(?:ing)?|specialis(?:e|es|ing)\s+in|specializ(?:e|es|ing)\s+in|such\s+as|including"
    r"|nous\s+proposons|proposant|propose|wir\s+bieten|bieten|ofrecemos|ofreciendo|vendemos)\s*:?"
    r"|\b(?:services?|menu|treatments?|classes|courses?|lessons?|products?|dishes|rooms?|prestations?|carte"
    r"|leistungen|speisekarte|servicios?|cours|carta|kurse)\s*(?::|\s(?:include|includes|are|like|such\s+as"
    r"|of|in|comprennent|sont|sind|umfassen|incluyen|son|de)\b))\s*"
    r"(?P<list>[^.;!?\n]+)"
)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bor\b|&|\bet\b|\bund\b|\by\b|\bplus\b|\+|/)\s*", re.I)
_ITEM_TRIM = re.compile(
    r"(?i)^(?:(?:a|an|the|our|my|some|fresh|also|with|and|plus|de|des|du|le|la|les|un|une|el|los|las"
    r"|der|die|das|ein|eine)\s+)+|\s+(?:too|as\s+well|each|only|and|from|at|for|costs?|is|are|starting"
    r"|start(?:s|ing)?\s+at|à|ab|desde|por|pour|f[üu]r|von|de)$"
)
_PRICE_NAME = re.compile(r"(?P<name>[\w'’&-]+(?:\s+[\w'’&-]+){0,4})\s*(?:\(|:|=|-|–|—)?\s*$")
_PERIOD = re.compile(
    r"^\s*(?P<period>(?:/|per|a|an|la|le|pro|por|the)\s*(?:hour|hr|night|nuit|nacht|noche|month|mois|monat"
    r"|mes|week|session|séance|lesson|class|person|personne|head|visit|day|jour|tag|día|year|term|pack)s?)\b",
    re.I,
)
_STOP_NAMES = set(
    [
        "from",
        "at",
        "for",
        "is",
        "are",
        "costs",
        "cost",
        "with",
        "and",
        "price",
        "prices",
        "only",
        "just",
        "per",
        "a",
        "an",
        "the",
    ]
)


@dataclass
class Item:
    """Something offered: a dish, a service, a room, a class; with its price when the prompt gave one."""

    name: str
    amount: Decimal | None = None
    period: str = ""


@dataclass
class Facts:
    """What the message said about the business, each field empty when it said nothing."""

    place: str | None = None
    country: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    currency: str | None = None  # as said: a code, or "$" for a dollar of no stated country
    hours: list[tuple[str, str]] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    social: list[str] = field(default_factory=list)
    language: str = "en"

    @property
    def region(self) -> str | None:
        """The country the site is in: the place's, else the language's, else the currency's."""
        return (
            self.country
            or places.LANGUAGE_COUNTRY.get(self.language)
            or places.CURRENCY_COUNTRY.get(self.currency or "")
        )

    @property
    def currency_code(self) -> str:
        """The currency prices are shown in."""
        return money.resolve(self.currency, self.region)

    @property
    def locale(self) -> str:
        """The babel locale for numbers, prices and dates."""
        return places.locale_for(self.language, self.region)

    def price(self, item: Item) -> str:
        """An item's price as the site shows it."""
        if item.amount is None:
            return ""
        text = money.format_price(item.amount, self.currency_code, self.locale)
        return f"{text} {item.period}".strip()


def _tidy(text: str) -> str:
    return " ".join(text.split()).strip(" ,.;:-–—()")


def _place(text: str) -> tuple[str | None, str | None]:
    known = None
    for match in _PLACE.finditer(text):
        place = _tidy(match.group("place"))
        words = place.split()
        while words and words[-1] in _NOT_PLACES:
            words.pop()
        if not words or words[0] in _NOT_PLACES:
            continue
        place = " ".join(words)
        country = places.country_of(place)
        if country:
            return place, country
        known = known or place
    # A known city named anywhere ("a Leeds dental clinic") counts too.
    for word in re.findall(r"\b[A-ZÀ-Ý][\wÀ-ÿ'’-]+(?:\s[A-Z][a-z]+)?", text):
        for candidate in (word, word.split()[0]):
            if candidate.lower() in places.COUNTRY_OF and candidate not in ("US", "UK"):
                return candidate, places.COUNTRY_OF[candidate.lower()]
    return known, None


def _phones(text: str, region: str | None) -> str | None:
    for guess in dict.fromkeys([region or "GB", "US", "GB", "FR", "DE", "ES"]):
        for match in phonenumbers.PhoneNumberMatcher(text, guess):
            return match.raw_string.strip()
    return None


def _hours(text: str) -> list[tuple[str, str]]:
    found: list[tuple[int, str, str]] = []
    for match in _HOURS.finditer(text):
        days = match.group("days") or match.group("days2")
        times = match.group("times") or match.group("times2")
        if len(days) <= 2 and not re.search(r"\d", times):
            continue
        found.append((match.start(), _day_label(days), _tidy(times)))
    for match in _CLOSED.finditer(text):
        days = match.group("days") or match.group("days2")
        if not any(_day_label(days) == label for _p, label, _t in found):
            found.append((match.start(), _day_label(days), "Closed"))
    return [(days, times) for _pos, days, times in sorted(found)]


def _day_label(days: str) -> str:
    days = _tidy(days)
    return days[:1].upper() + days[1:]


def _priced_items(text: str) -> list[Item]:
    items: list[Item] = []
    for match in money.MONEY.finditer(text):
        amount = money.amount_of(match.group("money"))
        if amount is None:
            continue
        before = re.split(
            r"[,;:.!?\n(]|\band\b|\bwith\b|\bet\b|\bund\b|\by\b|\bcon\b|\bavec\b|\bmit\b",
            text[: match.start()],
        )[-1]
        name_match = _PRICE_NAME.search(before)
        name = _ITEM_TRIM.sub("", _tidy(name_match.group("name"))) if name_match else ""
        name = _ITEM_TRIM.sub("", name)
        if name.lower() in _STOP_NAMES:
            name = ""
        after = text[match.end() :]
        if not name:
            # "£45 for a check-up"
            trailing = re.match(
                r"\s*(?:for|pour|für|por)\s+(?:a|an|one|un|une|ein|eine|una?)?\s*([\w'’ -]{2,30}?)"
                r"(?=[,.;!?\n]|\s+and\b|$)",
                after,
            )
            name = _tidy(trailing.group(1)) if trailing else ""
        period = _PERIOD.match(after)
        items.append(
            Item(name[:1].upper() + name[1:], amount, _tidy(period.group("period")) if period else "")
        )
    return items


def _listed_items(text: str) -> list[Item]:
    items: list[Item] = []
    for match in _LIST_LEAD.finditer(text):
        listed = money.MONEY.sub(" ", match.group("list"))
        listed = re.split(
            r"(?i)\b(?:in|at|with|for|near|on|to|à|en|bei|who|which|that|per|a\s+night)\b", listed
        )[0]
        for part in _SPLIT.split(listed):
            name = _ITEM_TRIM.sub("", _tidy(part))
            words = name.split()
            if not 1 <= len(words) <= 5 or name.lower() in _STOP_NAMES or re.fullmatch(r"[\d\W]+", name):
                continue
            items.append(Item(name[:1].upper() + name[1:]))
    return items


def _dates(text: str, language: str, locale: str) -> list[str]:
    spans = [m.group(0) for m in _DATE.finditer(text)]
    if not spans:
        return []
    import dateparser
    from babel.dates import format_date

    out = []
    for span in spans:
        when = dateparser.parse(
            span,
            languages=[language, "en"],
            settings={"PREFER_DATES_FROM": "future", "PREFER_DAY_OF_MONTH": "first"},
        )
        if when is not None:
            out.append(format_date(when.date(), "long", locale=locale))
    return list(dict.fromkeys(out))


def extract(text: str, language: str = "en") -> Facts:
    """Every fact in one message."""
    facts = Facts(language=language)
    facts.email = (_EMAIL.search(text) or [None])[0]
    without_email = _EMAIL.sub(" ", text)
    address = _ADDRESS.search(without_email)
    if address:
        facts.address = _tidy(address.group(0))
        postcode = _POSTCODE.search(without_email, address.end(), address.end() + 40)
        if postcode:
            facts.address += ", " + postcode.group(0)
    facts.place, facts.country = _place(without_email)
    facts.currency = money.currency_in(without_email)
    facts.phone = _phones(without_email, facts.region)
    without_phone = without_email.replace(facts.phone, " ") if facts.phone else without_email
    facts.hours = _hours(without_phone)
    without_hours = _HOURS.sub(" ", without_phone)
    facts.items = _priced_items(without_hours)
    priced = {item.name.lower() for item in facts.items}
    facts.items += [item for item in _listed_items(without_hours) if item.name.lower() not in priced]
    facts.people = list(
        dict.fromkeys(
            _tidy(f"{m.group('title')} {m.group('name')}" if m.group("name") else m.group("name2"))
            for m in _PERSON.finditer(text)
        )
    )
    facts.dates = _dates(without_phone, language, facts.locale)
    facts.numbers = list(dict.fromkeys(f"{m.group('n')} {m.group('unit')}" for m in _NUMBERS.finditer(text)))
    facts.social = [
        m.group("url") or f"{m.group('net').title()} {m.group('handle')}" for m in _SOCIAL.finditer(text)
    ]
    return facts
