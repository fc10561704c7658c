"""Prices: reading them from a message and writing them for the site's currency and locale."""

import re
from decimal import Decimal, InvalidOperation

from babel.numbers import format_currency
from price_parser import Price

from .places import currency_of

SYMBOLS = {"£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}
WORDS = [
    (r"euros?|eur", "EUR"),
    (r"pounds?|quid|gbp|sterling", "GBP"),
    (r"us\s?dollars?|usd|us\$", "USD"),
    (r"dollars?|bucks", "$"),
    (r"swiss\s+francs?|francs?|chf", "CHF"),
    (r"yen|jpy", "JPY"),
]
# "$" is the dollar of the country the site is in (Canada, Australia...), else the US dollar.
DOLLAR_COUNTRIES = {"US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "MX": "MXN", "AR": "ARS"}

_UNIT = r"(?:euros?|eur|pounds?|gbp|usd|dollars?|chf|francs?|€|£|\$)"
MONEY = re.compile(
    r"(?P<money>(?:US\$|[£$€]|(?i:chf|eur|gbp|usd)\s?)\s?\d[\d,.]*\d(?!\s?%)|(?:US\$|[£$€])\s?\d"
    rf"|(?<![\w.])\d[\d,.]*(?:\s?(?i:{_UNIT}))(?!\w))"
)


def currency_in(text: str) -> str | None:
    """The currency a message names ("£", "in euros"), as a code, "$" for an unspecified dollar."""
    for symbol, code in SYMBOLS.items():
        if symbol in text:
            return code
    if "$" in text:
        return "USD" if "US$" in text else "$"
    for pattern, code in WORDS:
        if re.search(rf"(?i)\b(?:{pattern})\b", text):
            return code
    return None


def resolve(currency: str | None, country: str | None) -> str:
    """A currency code from what the prompt said and where the business is."""
    if currency == "$":
        return DOLLAR_COUNTRIES.get(country or "", "USD")
    if currency:
        return currency
    if country:
        return currency_of(country)
    return "USD"


def amount_of(token: str) -> Decimal | None:
    """The number in a price ("£4.50", "12,50 €", "1,200 dollars")."""
    price = Price.fromstring(token)
    if price.amount is None:
        return None
    try:
        return Decimal(price.amount)
    except InvalidOperation:
        return None


def format_price(amount: Decimal | float | int, currency: str, locale: str) -> str:
    """A price as people in the locale write it, without ".00" on whole amounts."""
    text = format_currency(Decimal(str(amount)), currency, locale=locale)
    if Decimal(str(amount)) == int(Decimal(str(amount))):
        text = re.sub(r"(?<=\d)[.,]00(?!\d)", "", text)
    return text


_FILLER_DOLLARS = re.compile(r"\$(\d[\d,]*(?:\.\d+)?)")


def localise_filler(text: str, currency: str, locale: str) -> str:
    """Filler copy's dollar prices in the site's currency and locale."""
    if currency == "USD" and locale == "en_US":
        return text
    return _FILLER_DOLLARS.sub(
        lambda m: format_price(Decimal(m.group(1).replace(",", "")), currency, locale), text
    )
