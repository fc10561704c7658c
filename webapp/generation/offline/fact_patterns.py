"""The patterns that find facts in a message: days and times, addresses, places, dates, prices, lists.

English, French, German and Spanish words side by side; facts.py uses them.
"""

import re

DAYS = (
    r"mon(?:day)?s?|tue(?:s|sday)?s?|wed(?:nesday)?s?|thu(?:rs?|rsday)?s?|fri(?:day)?s?|sat(?:urday)?s?"
    r"|sun(?:day)?s?|weekdays|weekends?|daily|every\s+day|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so"
    r"|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?|lun|mar|mer|jeu|ven|sam|dim"
)
TIME = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h|uhr)?|noon|midday|midnight|mediod[ií]a|midi"
TO = r"\s*(?:-|–|—|to|till|until|til|à|a|bis|au|al)\s*"
DAY_RANGE = rf"(?:{DAYS})(?:{TO}(?:{DAYS}))?(?:\s*(?:&|and|et|und|y|,)\s*(?:{DAYS}))?"
HOURS = re.compile(
    rf"(?i)\b(?P<days>{DAY_RANGE})\b\.?\s*(?::|from|de|von|fr[oó]m|,)?\s*"
    rf"(?P<times>(?:{TIME}){TO}(?:{TIME})(?:\s*uhr)?|closed|ferm[ée]|geschlossen|cerrado)"
    rf"|\b(?P<times2>(?:{TIME}){TO}(?:{TIME}))\s*,?\s*(?:on\s+)?(?P<days2>{DAY_RANGE})\b"
)
# A class on given days at one time: "classes Mon and Wed 6pm", "Tue, Thu at 7:30pm".
CLASS_TIMES = re.compile(
    rf"(?i)\b(?P<days>(?:{DAYS})(?:\s*(?:,|&|and|et|und|y)\s*(?:{DAYS}))*)\.?\s+(?:at\s+|à\s+|um\s+|a\s+las\s+)?"
    r"(?P<time>\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|uhr)|\d{1,2}[:h]\d{2})(?![\d:])"
)
CLOSED = re.compile(rf"(?i)\bclosed\s+(?:on\s+)?(?P<days>{DAY_RANGE})\b|\b(?P<days2>{DAY_RANGE})\s+closed\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ADDRESS = re.compile(
    r"\b\d{1,4}[a-z]?,?\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Way|Place|Square"
    r"|Row|Drive|Close|Terrace|Hill|Gardens|Crescent|Parade|Walk|Court|Boulevard|Blvd|Quay|Mews|Green)\b\.?"
    r"|\b\d{1,4}(?:\s?bis)?,?\s+(?:rue|avenue|boulevard|place|chemin|all[ée]e|quai|impasse|cours)\s+"
    r"(?:(?:de|du|des|la|le|l'|d')\s*)*[A-ZÉ][\w'’ -]{1,30}?(?=[,.;]|\s+(?:à|a|en|\d)\b|$)"
    r"|\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|weg|platz|allee|gasse|ring|damm|ufer)\s+\d+[a-z]?"
    r"|\b(?:Calle|C/|Avenida|Avda\.?|Plaza|Paseo|Camino|Carrer|Rambla)\s+(?:(?:de|del|la|las|los)\s+)*"
    r"[A-ZÁÉÍÓÚ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚ][\wáéíóúñ]+)?,?\s*(?:n[º°o.]\s*)?\d+"
)
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b\d{5}\b")
PLACE_WORDS = r"in|based\s+in|located\s+in|near|à|au|en|bei|aus|from|serving"
PLACE = re.compile(
    rf"(?:\b(?i:{PLACE_WORDS})\s+)(?:the\s+)?(?:(?i:centre|center|heart|middle)\s+of\s+)?"
    r"(?P<place>[A-ZÀ-Ý][\w'’À-ÿ-]+(?:[ -](?:[A-ZÀ-Ý][\w'’À-ÿ-]+|upon|on|de|sur|am|del"
    r"|la)(?=[ -][A-ZÀ-Ý]|\b))*"
    r"(?:[ -][A-ZÀ-Ý][\w'’À-ÿ-]+)?)"
)
NOT_PLACES = set(
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
MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t"
    r"|septembre|octobre|novembre|d[ée]cembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember|enero"
    r"|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
)
DATE = re.compile(
    rf"(?i)\b(?:\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(?:{MONTHS})(?:\s+(?:de\s+)?\d{{4}})?"
    rf"|(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)\b"
)
NUMBERS = re.compile(
    r"(?i)\b(?P<n>\d{1,4})[ -](?P<unit>(?:en-suite\s+|double\s+|guest\s+)?rooms?|bedrooms?|suites?|weeks?"
    r"|lessons?|sessions?|classes|beds|students|years|members|dogs|cats|animals|volunteers|acres|tables"
    r"|seats|courts|chairs|trainers|therapists|cottages|pitches|chambres|zimmer|habitaciones|ans|jahre"
    r"|años|semaines|wochen|semanas)\b"
)
PERSON = re.compile(
    r"\b(?P<title>Dr\.?|Doctor|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Chef|Coach)\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
    r"|\b(?i:run\s+by|owned\s+by|founded\s+by|led\s+by|taught\s+by|hosted\s+by|with\s+(?:head\s+)?"
    r"(?:chef|coach|teacher|trainer|therapist|stylist|barber|dentist|instructor|tutor))\s+"
    r"(?P<name2>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?(?:\s+(?:and|&)\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)?)"
)
SOCIAL = re.compile(
    r"(?i)\b(?P<net>instagram|insta|tiktok|twitter|facebook|x)\b\s*(?:is|:|at|handle)?\s*(?P<handle>@[\w.]+)"
    r"|(?P<url>(?:https?://)?(?:www\.)?(?:instagram|facebook|tiktok|twitter|x)\.com/[\w.]+)"
)
LIST_LEAD = re.compile(
    r"(?i)(?:\b(?:we\s+(?:offer|sell|serve|make|bake|do|fix|teach|stock|have)|offer(?:ing|s)?|sell(?:ing|s)?"
    r"|serv(?:es|ing)|teach(?:ing)?|specialis(?:e|es|ing)\s+in|specializ(?:e|es|ing)\s+in|such\s+as|including"
    r"|nous\s+proposons|proposant|propose|wir\s+bieten|bieten|ofrecemos|ofreciendo|vendemos)\b\s*:?"
    r"|\b(?:services?|menu|treatments?|classes|courses?|lessons?|products?|dishes|rooms?|prestations?|carte"
    r"|leistungen|speisekarte|servicios?|cours|carta|kurse)\s*(?::|\s(?:include|includes|are|like|such\s+as"
    r"|of|in|comprennent|sont|sind|umfassen|incluyen|son|de)\b))\s*"
    r"(?P<list>[^.;!?\n]+)"
)
SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bor\b|&|\bet\b|\bund\b|\by\b|\bplus\b|\+|/)\s*", re.I)
ITEM_TRIM = re.compile(
    r"(?i)^(?:(?:a|an|the|our|my|some|fresh|also|with|and|plus|please|add|include|we\s+(?:also\s+)?(?:sell|do)"
    r"|de|des|du|le|la|les|un|une|el|los|las|der|die|das|ein|eine)\s+)+"
    r"|\s+(?:too|as\s+well|each|only|and|from|at|for|costs?|(?:is|are)(?:\s+now)?|now|starting"
    r"|start(?:s|ing)?\s+at|à|ab|desde|por|pour|f[üu]r|von|de)$"
)
PRICE_NAME = re.compile(r"(?P<name>[\w'’&-]+(?:\s+[\w'’&-]+){0,4})\s*(?:\(|:|=|-|–|—)?\s*$")
PERIOD = re.compile(
    r"^\s*(?P<period>(?:/|per|a|an|la|le|pro|por|the|de\s+l['’])\s*(?:hour|hr|stunde|heure|hora|night|nuit|nacht|noche|month|mois|monat"
    r"|mes|week|session|séance|lesson|class|person|personne|head|visit|day|jour|tag|día|year|term|pack)s?)\b",
    re.I,
)
# What the person calls their business, in their words: "a dog walking service", "my web design agency".
TRADE = re.compile(
    r"(?i:\b(?:a|an|my|our)\s+)(?P<trade>(?:(?!(?:called|named|in|at|for|with|website|site|webpage|page|landing"
    r"|and|to|from|based|that|which|who)\b)[a-z][a-z&-]*\s+){0,3}(?:agency|business|company|service|services"
    r"|consultancy|firm|studio|club|venue|brand|start-?up|collective|workshop|garage|farm|kennels|cattery|nursery"
    r"|centre|center|hire|planner|planning|walker|walking|sitter|sitting|co-?op|cooperative|project|label"
    r"|copywriter|ghostwriter|translator|proofreader|writer))\b"
)
GENERIC_WORDS = ("small", "new", "little", "local", "simple", "own", "family", "online")
# Words that are never an item's name on their own.
STOP_NAMES = {
    *("from", "at", "for", "is", "are", "costs", "cost", "with", "and", "price", "prices", "only", "just"),
    *("per", "a", "an", "the", "site", "website", "websites", "page", "pages", "web", "things", "stuff"),
    *("online", "them", "it", "everything", "more"),
}
# Plans of an app or a subscription: named in the prompt only when it talks of plans, tiers or months.
PLAN_CUE = re.compile(
    r"(?i)\b(?:plans?|tiers?|subscriptions?|pricing|free forever|freemium)\b|/\s?mo(?:nth)?\b"
    r"|\b(?:a|per)\s+(?:month|year)\b|\bmonthly\b"
)
PLAN = re.compile(
    r"\b(?P<name>(?i:free|basic|starter|pro|premium|enterprise|standard|lite|unlimited)"
    r"|Team|Teams|Business|Personal|Plus|Family|Growth|Scale|Student)\b(?!\s+(?:of|to)\b)"
)
# What an app is for: "a habit tracking app", "my budgeting app".
APP_PURPOSE = re.compile(
    r"(?i)\b(?:an?|my|our|the)\s+(?P<purpose>(?:[a-z][\w-]*\s+){1,3}?)(?:mobile\s+|web\s+)?"
    r"(?:app|application|software|platform|tool)\b"
)
APP_PLAIN_WORDS = (
    "new",
    "simple",
    "small",
    "little",
    "free",
    "mobile",
    "web",
    "ios",
    "android",
    "online",
    "own",
)
# What a photographer photographs: "wedding photographer", "photographer specialising in newborns".
SPECIALTY = re.compile(
    r"(?i)\b(?P<what>wedding|portrait|family|newborn|food|product|event|landscape|fashion|pet|sports?"
    r"|real estate|architectural|commercial|documentary|street|travel|maternity|headshot|elopement)s?\s+"
    r"photograph(?:er|y|s)\b|\bphotograph(?:er|y)\s+(?:specialising|specializing)\s+in\s+"
    r"(?P<what2>weddings|portraits|families|newborns|food|products|events|landscapes|pets)\b"
)

# What is taught: "Nachhilfe in Mathe und Physik", "maths and physics tutoring", "clases de guitarra".
# A comma ends the list: what follows it is the next fact ("…, Lena Schmidt, Hamburg").
_SUBJECT_LIST = r"[\wÀ-ÿ'’]+(?:\s*(?:\band\b|\bund\b|\bet\b|\by\b|&)\s*(?:de\s+|d['’]|du\s+)?[\wÀ-ÿ'’]+){0,4}"
SUBJECTS = re.compile(
    r"(?i)\b(?:tutoring|tuition|lessons|nachhilfe|unterricht|cours(?:\s+particuliers)?|clases(?:\s+particulares)?"
    rf"|kurse)\s+(?:in\s+|de\s+|d['’]|en\s+|of\s+|für\s+)(?P<list>{_SUBJECT_LIST})"
    rf"|(?<![\wÀ-ÿ'’])(?P<list2>{_SUBJECT_LIST})\s+(?:tutoring|tuition|lessons|nachhilfe|unterricht)\b"
)
NOT_SUBJECTS = {
    "my",
    "our",
    "your",
    "a",
    "an",
    "the",
    "private",
    "online",
    "home",
    "for",
    "personal",
    "group",
    "one",
    "to",
    "with",
    "by",
    "de",
    "in",
    "offer",
    "some",
    "and",
    "or",
    "particuliers",
    "particulares",
}
