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

from . import fact_patterns as patterns
from . import money, places


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
    # True when no one said the currency and the site shows its place's: a move may change it then.
    currency_chosen: bool = False
    hours: list[tuple[str, str]] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    classes: list[tuple[str, str]] = field(default_factory=list)  # (day, time) of each class said
    gigs: list[tuple[str, str]] = field(default_factory=list)  # (date, "venue, city") for each date said
    numbers: list[str] = field(default_factory=list)
    social: list[str] = field(default_factory=list)
    trade: str | None = None  # what the business is, in the person's words ("dog walking service")
    plans: list[Item] = field(default_factory=list)  # an app's plans, "Free" and "Pro at $4.99/month"
    purpose: str | None = None  # what an app is for, in the person's words ("habit tracking")
    specialty: str | None = None  # what a photographer photographs ("wedding")
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
    for match in patterns.PLACE.finditer(text):
        place = _tidy(match.group("place"))
        words = place.split()
        while words and words[-1] in patterns.NOT_PLACES:
            words.pop()
        if not words or words[0] in patterns.NOT_PLACES:
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
    for match in patterns.HOURS.finditer(text):
        days = match.group("days") or match.group("days2")
        times = match.group("times") or match.group("times2")
        if len(days) <= 2 and not re.search(r"\d", times):
            continue
        found.append((match.start(), _day_label(days), _tidy(times)))
    for match in patterns.CLOSED.finditer(text):
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
        name_match = patterns.PRICE_NAME.search(before)
        name = patterns.ITEM_TRIM.sub("", _tidy(name_match.group("name"))) if name_match else ""
        name = patterns.ITEM_TRIM.sub("", name)
        if name.lower() in patterns.STOP_NAMES:
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
        period = patterns.PERIOD.match(after)
        items.append(
            Item(name[:1].upper() + name[1:], amount, _tidy(period.group("period")) if period else "")
        )
    return items


def _listed_items(text: str) -> list[Item]:
    items: list[Item] = []
    for match in patterns.LIST_LEAD.finditer(text):
        listed = money.MONEY.sub(" ", match.group("list"))
        listed = re.split(
            r"(?i)\b(?:in|at|with|for|near|on|to|à|en|bei|who|which|that|per|a\s+night)\b", listed
        )[0]
        for part in patterns.SPLIT.split(listed):
            name = patterns.ITEM_TRIM.sub("", _tidy(part))
            words = name.split()
            if (
                not 1 <= len(words) <= 5
                or name.lower() in patterns.STOP_NAMES
                or re.fullmatch(r"[\d\W]+", name)
            ):
                continue
            items.append(Item(name[:1].upper() + name[1:]))
    return items


def _subjects(text: str) -> list[str]:
    """The subjects a tutor teaches, in the person's words."""
    subjects: list[str] = []
    for match in patterns.SUBJECTS.finditer(text):
        for part in patterns.SPLIT.split(match.group("list") or match.group("list2")):
            word = re.sub(r"(?i)^(?:de\s+|d['’]|du\s+)", "", _tidy(part))
            if len(word) < 3 or word.lower() in patterns.NOT_SUBJECTS or places.country_of(word):
                continue
            subjects.append(word[:1].upper() + word[1:])
    return list(dict.fromkeys(subjects))


def _with_subjects(items: list[Item], subjects: list[str]) -> list[Item]:
    """The subjects as items; one price said with no name of its own is the price of each."""
    nameless = [item for item in items if not item.name and item.amount is not None]
    price = nameless[0] if len(nameless) == 1 else Item("")
    named = [item for item in items if item is not price]
    taken = {item.name.lower() for item in named}
    return [
        *(Item(s, price.amount, price.period) for s in subjects if s.lower() not in taken),
        *named,
    ]


def _plans(text: str, items: list[Item]) -> tuple[list[Item], list[Item]]:
    """The plans the message names, each with its price when one follows it, and the items left."""
    if not patterns.PLAN_CUE.search(text):
        return [], items
    plans: list[Item] = []
    left = list(items)
    for match in patterns.PLAN.finditer(text):
        name = match.group("name").title()
        if any(plan.name == name for plan in plans):
            continue
        priced = next((item for item in left if name.lower() in item.name.lower().split()), None)
        if priced is not None:
            left.remove(priced)
            plans.append(Item(name, priced.amount, priced.period))
        else:
            plans.append(Item(name, Decimal(0) if name == "Free" else None))
    # A plan's name is one plan word ("Pro"), never a sentence; one lone word is not a list of plans.
    return (plans, left) if len(plans) > 1 or any(p.amount for p in plans) else ([], items)


def _purpose(text: str) -> str | None:
    match = patterns.APP_PURPOSE.search(text)
    if not match:
        return None
    words = [w for w in match.group("purpose").lower().split() if w not in patterns.APP_PLAIN_WORDS]
    return " ".join(words) or None


def _dates(text: str, language: str, locale: str) -> list[str]:
    spans = [m.group(0) for m in patterns.DATE.finditer(text)]
    if not spans:
        return []
    # dateparser takes a tenth of a second to import: only prompts with a date pay for it.
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


# What follows a date: "at The Lexington London", "at The Cavern in Liverpool", "in Leeds".
_VENUE = re.compile(
    r"^\W*(?:at|@|à|au|im|in\s+der|en\s+el|en\s+la)\s+(?P<venue>[A-Z][^,;.!?\n]*?)(?=\s+(?:in|à|en)\s|\s+and\b|[,;.!?\n]|$)"
)
_CITY = re.compile(r"(?:^|\s)(?:in|à|en)\s+(?P<city>[A-ZÀ-Ý][\wÀ-ÿ'’-]*(?:\s+[A-Z][\wÀ-ÿ'’-]*)?)")


def _gigs(text: str, language: str, locale: str) -> list[tuple[str, str]]:
    """Each date with the venue and city said right after it, kept together so none is paired wrongly."""
    matches = list(patterns.DATE.finditer(text))
    gigs = []
    for i, match in enumerate(matches):
        when = _dates(match.group(0), language, locale)
        if not when:
            continue
        after = text[match.end() : matches[i + 1].start() if i + 1 < len(matches) else len(text)]
        venue = _VENUE.match(after)
        name = _tidy(venue.group("venue")) if venue else ""
        city_match = _CITY.search(after[venue.end() :] if venue else after)
        city = _tidy(city_match.group("city")) if city_match else ""
        words = name.split()
        # "The Lexington London": a known city at the end of the venue is the gig's city.
        if not city and len(words) > 1 and places.country_of(words[-1]) and not places.country_of(words[-2]):
            name, city = " ".join(words[:-1]), words[-1]
        if len(words) == 1 and places.country_of(name) and not city:
            name, city = "", name
        gigs.append((when[0], ", ".join(part for part in (name, city) if part)))
    return gigs


def extract(text: str, language: str = "en") -> Facts:
    """Every fact in one message."""
    facts = Facts(language=language)
    facts.email = (patterns.EMAIL.search(text) or [None])[0]
    without_email = patterns.EMAIL.sub(" ", text)
    address = patterns.ADDRESS.search(without_email)
    if address:
        facts.address = _tidy(address.group(0))
        postcode = patterns.POSTCODE.search(without_email, address.end(), address.end() + 40)
        if postcode:
            facts.address += ", " + postcode.group(0)
    facts.place, facts.country = _place(without_email)
    facts.currency = money.currency_in(without_email)
    facts.phone = _phones(without_email, facts.region)
    without_phone = without_email.replace(facts.phone, " ") if facts.phone else without_email
    facts.hours = _hours(without_phone)
    without_hours = patterns.HOURS.sub(" ", without_phone)
    facts.classes = [
        (_day_label(day), _tidy(match.group("time")))
        for match in patterns.CLASS_TIMES.finditer(without_hours)
        for day in re.split(r"\s*(?:,|&|\band\b|\bet\b|\bund\b|\by\b)\s*", match.group("days"), flags=re.I)
        if day
    ]
    facts.items = _priced_items(without_hours)
    priced = {item.name.lower() for item in facts.items}
    facts.items += [item for item in _listed_items(without_hours) if item.name.lower() not in priced]
    subjects = _subjects(without_hours)
    if subjects:
        facts.items = _with_subjects(facts.items, subjects)
    facts.plans, facts.items = _plans(without_hours, facts.items)
    facts.purpose = _purpose(text)
    specialty = patterns.SPECIALTY.search(text)
    if specialty:
        what = (specialty.group("what") or specialty.group("what2")).lower()
        facts.specialty = {"weddings": "wedding", "families": "family", "sports": "sport"}.get(
            what,
            what.rstrip("s")
            if what.endswith(("traits", "borns", "ducts", "vents", "scapes", "pets"))
            else what,
        )
    facts.people = list(
        dict.fromkeys(
            _tidy(f"{m.group('title')} {m.group('name')}" if m.group("name") else m.group("name2"))
            for m in patterns.PERSON.finditer(text)
        )
    )
    facts.dates = _dates(without_phone, language, facts.locale)
    facts.gigs = _gigs(without_phone, language, facts.locale) if len(facts.dates) > 1 else []
    facts.numbers = list(
        dict.fromkeys(f"{m.group('n')} {m.group('unit')}" for m in patterns.NUMBERS.finditer(text))
    )
    trade = patterns.TRADE.search(text)
    if trade:
        words = trade.group("trade").lower().split()
        while words and words[0] in patterns.GENERIC_WORDS:
            words.pop(0)
        # "a business" alone says nothing the generic page does not.
        facts.trade = " ".join(words) if words not in ([], ["business"], ["company"]) else None
    facts.social = [
        m.group("url") or f"{m.group('net').title()} {m.group('handle')}"
        for m in patterns.SOCIAL.finditer(text)
    ]
    return facts
