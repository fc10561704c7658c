"""Where a business is: known cities and countries, and what follows from them (currency, locale, phone).

The table is small on purpose: it only has to tell which country a place is in,
so that filler agrees with the prompt (a Leeds clinic gets pounds and a UK phone
number, not Portland and dollars). An unknown place is still used as written.
"""

from functools import cache

import phonenumbers
from babel import Locale, UnknownLocaleError
from babel.numbers import get_territory_currencies

_CITIES = {
    "GB": "London Bristol Leeds Manchester Cardiff Edinburgh Glasgow Birmingham Liverpool Bath Brighton "
    "Oxford Cambridge York Sheffield Newcastle Nottingham Belfast Norwich Exeter Swansea Aberdeen Leicester "
    "Southampton Plymouth Reading Cheltenham Harrogate Canterbury Dundee Inverness Chester Durham Hackney "
    "Shoreditch Islington Camden Clifton Didsbury Stoke Coventry Derby Bournemouth Whitby Cornwall Devon "
    "Yorkshire Kent Wales Scotland England Cotswolds Highlands Snowdonia",
    "IE": "Dublin Cork Galway Limerick Kilkenny Ireland",
    "US": "Portland Brooklyn Chicago Austin Boston Seattle Denver Miami Atlanta Nashville Philadelphia "
    "Houston Dallas Phoenix Detroit Minneapolis Oakland Sacramento Pittsburgh Baltimore Cleveland "
    "Manhattan Queens Honolulu Savannah Charleston Texas California Florida Oregon Vermont USA America",
    "CA": "Toronto Vancouver Montreal Montréal Calgary Ottawa Halifax Quebec Québec Canada",
    "AU": "Sydney Melbourne Brisbane Perth Adelaide Hobart Australia",
    "NZ": "Auckland Wellington Christchurch Queenstown",
    "FR": "Paris Lyon Marseille Bordeaux Toulouse Nantes Lille Nice Strasbourg Montpellier Rennes Annecy "
    "Grenoble Dijon Reims Avignon Biarritz Bretagne Provence Normandie France",
    "DE": "Berlin München Munich Hamburg Köln Cologne Frankfurt Stuttgart Düsseldorf Leipzig Dresden "
    "Hannover Bremen Nürnberg Nuremberg Freiburg Heidelberg Bonn Münster Mainz Potsdam Deutschland Germany",
    "AT": "Wien Vienna Salzburg Graz Innsbruck Linz Österreich Austria",
    "CH": "Zürich Zurich Genève Geneva Basel Bern Lausanne Luzern Lucerne Schweiz Switzerland",
    "ES": "Madrid Barcelona Sevilla Seville Valencia Málaga Malaga Bilbao Granada Zaragoza Palma Alicante "
    "Salamanca Toledo Cádiz Córdoba Ibiza Mallorca San Sebastián España Spain",
    "MX": "Guadalajara Monterrey Oaxaca Cancún México Mexico",
    "AR": "Argentina Córdoba Rosario Mendoza",
    "IT": "Rome Roma Milan Milano Florence Firenze Naples Napoli Venice Bologna Turin Torino Italy Italia",
    "NL": "Amsterdam Rotterdam Utrecht Netherlands",
    "BE": "Brussels Bruxelles Antwerp Ghent Gent Bruges Belgique Belgium",
    "PT": "Lisbon Lisboa Porto Portugal",
    "SE": "Stockholm Gothenburg Malmö Sweden",
    "DK": "Copenhagen Denmark",
    "JP": "Tokyo Osaka Kyoto Japan",
    "IN": "Mumbai Delhi Bangalore Bengaluru Chennai India",
}
_MULTI = {
    "New York": "US",
    "San Francisco": "US",
    "Los Angeles": "US",
    "San Diego": "US",
    "New Orleans": "US",
    "Buenos Aires": "AR",
    "Mexico City": "MX",
    "Ciudad de México": "MX",
    "San Sebastián": "ES",
    "United Kingdom": "GB",
    "Northern Ireland": "GB",
    "New Zealand": "NZ",
    "United States": "US",
    "Cape Town": "ZA",
    "Lake District": "GB",
}
COUNTRY_OF: dict[str, str] = {
    city.lower(): country for country, cities in _CITIES.items() for city in cities.split()
}
COUNTRY_OF.update({city.lower(): country for city, country in _MULTI.items()})
COUNTRY_OF["uk"] = "GB"
COUNTRY_OF["us"] = "US"

# What a language or a currency implies when the prompt names no place.
LANGUAGE_COUNTRY = {"fr": "FR", "de": "DE", "es": "ES"}
CURRENCY_COUNTRY = {"GBP": "GB", "CAD": "CA", "AUD": "AU", "NZD": "NZ", "CHF": "CH", "JPY": "JP", "INR": "IN"}

# Filler streets that sound like the place (the number is added where the language puts it).
STREETS = {
    "GB": "High Street",
    "IE": "Main Street",
    "AU": "George Street",
    "NZ": "Queen Street",
    "CA": "King Street",
    "fr": "rue de la République",
    "de": "Hauptstraße",
    "es": "Calle Mayor",
}


def country_of(place: str | None) -> str | None:
    """The ISO country code of a known city or country, or None."""
    if not place:
        return None
    key = place.lower().strip()
    if key in COUNTRY_OF:
        return COUNTRY_OF[key]
    last = key.replace(",", " ").split()
    return COUNTRY_OF.get(last[-1]) if last else None


@cache
def currency_of(country: str) -> str:
    """The currency a country uses today."""
    currencies = get_territory_currencies(country)
    return currencies[0] if currencies else "USD"


@cache
def locale_for(language: str, country: str | None) -> str:
    """The babel locale for a language in a country ("en_GB", "fr_FR"), falling back to the language."""
    if country:
        try:
            Locale.parse(f"{language}_{country}")
            return f"{language}_{country}"
        except (UnknownLocaleError, ValueError):
            pass
    return {"en": "en_US", "fr": "fr_FR", "de": "de_DE", "es": "es_ES"}.get(language, language)


# The area code of cities the filler phone may name. A city not listed gets a mobile number, which
# belongs to no city, so a Brighton studio is never given Birmingham's 0121.
AREA_CODES = {
    "GB": {
        "london": "20",
        "birmingham": "121",
        "leeds": "113",
        "manchester": "161",
        "bristol": "117",
        "cardiff": "29",
        "edinburgh": "131",
        "glasgow": "141",
        "liverpool": "151",
        "sheffield": "114",
        "nottingham": "115",
        "leicester": "116",
        "brighton": "1273",
        "oxford": "1865",
        "cambridge": "1223",
        "york": "1904",
        "bath": "1225",
        "newcastle": "191",
        "belfast": "28",
        "norwich": "1603",
    },
    "DE": {
        "berlin": "30",
        "hamburg": "40",
        "münchen": "89",
        "munich": "89",
        "köln": "221",
        "cologne": "221",
        "frankfurt": "69",
        "stuttgart": "711",
        "düsseldorf": "211",
        "leipzig": "341",
        "dresden": "351",
    },
    "FR": {
        "paris": "1",
        "lyon": "4",
        "marseille": "4",
        "nice": "4",
        "grenoble": "4",
        "lille": "3",
        "strasbourg": "3",
        "bordeaux": "5",
        "toulouse": "5",
        "nantes": "2",
        "rennes": "2",
    },
    "ES": {
        "madrid": "91",
        "barcelona": "93",
        "valencia": "96",
        "sevilla": "95",
        "seville": "95",
        "málaga": "95",
        "malaga": "95",
        "bilbao": "94",
        "zaragoza": "976",
    },
}


def _with_area_code(country: str, code: str) -> phonenumbers.PhoneNumber | None:
    """A made-up number in one area: the code, then digits up to the length the country uses."""
    # Some areas only use numbers that start with given digits (Cardiff's are 029 2…).
    for filler in ("4960123456", "2049601234", "3049601234", "7049601234"):
        for length in (10, 9, 11, 8):
            digits = code + filler[: max(length - len(code), 0)]
            number = phonenumbers.PhoneNumber(country_code=phonenumbers.country_code_for_region(country))
            number.national_number = int(digits)
            if phonenumbers.is_valid_number_for_region(number, country):
                return number
    return None


@cache
def example_phone(country: str, place: str | None = None) -> str | None:
    """A made-up phone number that agrees with the place: its city's area code, else a mobile number."""
    code = AREA_CODES.get(country, {}).get((place or "").lower().strip())
    number = _with_area_code(country, code) if code else None
    if number is None:
        number = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
    if number is None:
        number = phonenumbers.example_number(country)
    if number is None:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def street_line(country: str | None, language: str) -> str:
    """A filler street address that sounds like the place and the language."""
    if language in ("de",):
        return f"{STREETS['de']} 12"
    if language == "es":
        return f"{STREETS['es']}, 12"
    if language == "fr":
        return f"12 {STREETS['fr']}"
    return f"12 {STREETS.get(country or '', 'Main Street')}"
