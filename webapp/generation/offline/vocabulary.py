"""The words the offline generator understands: site kinds, sections, pages and colours."""

import re

from .content import animal_topics, more_topics, neighbourhood_topics, services_topics

KINDS = ("landing", "portfolio", "restaurant", "blog", "event", "product", "personal")

KIND_LABELS = {
    "landing": "landing page",
    "portfolio": "portfolio",
    "restaurant": "restaurant site",
    "blog": "blog",
    "event": "event site",
    "product": "product page",
    "personal": "personal site",
}

DEFAULT_TOPICS = {
    "landing": "business",
    "portfolio": "design",
    "restaurant": "bistro",
    "blog": "general",
    "event": "conference",
    "product": "app",
    "personal": "general",
}

DEFAULT_SECTIONS = {
    "landing": ["hero", "features", "about", "testimonials", "pricing", "faq", "contact", "footer"],
    "portfolio": ["hero", "projects", "about", "services", "testimonials", "contact", "footer"],
    "restaurant": ["hero", "about", "menu", "gallery", "testimonials", "visit", "contact", "footer"],
    "blog": ["hero", "posts", "about", "newsletter", "footer"],
    "event": ["hero", "about", "schedule", "speakers", "visit", "pricing", "faq", "contact", "footer"],
    "product": ["hero", "features", "gallery", "testimonials", "pricing", "faq", "contact", "footer"],
    "personal": ["hero", "about", "features", "projects", "contact", "footer"],
}

# Topics whose default sections differ from their kind's: a wedding has no speakers or tickets.
TOPIC_SECTIONS = {
    **services_topics.SECTIONS,
    **animal_topics.SECTIONS,
    **more_topics.SECTIONS,
    **neighbourhood_topics.SECTIONS,
    "wellness": [
        "hero",
        "features",
        "services",
        "about",
        "pricing",
        "testimonials",
        "visit",
        "faq",
        "contact",
        "footer",
    ],
    "wedding": ["hero", "about", "schedule", "gallery", "visit", "faq", "contact", "footer"],
    "festival": ["hero", "about", "speakers", "schedule", "pricing", "visit", "faq", "footer"],
}

# Order of sections on a page; a new section goes where it belongs in this order.
SECTION_ORDER = [
    "page_header",
    "hero",
    "stats",
    "features",
    "services",
    "about",
    "projects",
    "menu",
    "posts",
    "schedule",
    "speakers",
    "gallery",
    "team",
    "pricing",
    "testimonials",
    "visit",
    "faq",
    "newsletter",
    "cta",
    "contact",
    "text",
    "footer",
]

SECTION_LABELS = {
    "hero": "hero",
    "stats": "stats",
    "features": "features",
    "services": "services",
    "about": "about",
    "projects": "projects",
    "menu": "menu",
    "posts": "blog posts",
    "schedule": "schedule",
    "speakers": "speakers",
    "gallery": "gallery",
    "team": "team",
    "pricing": "pricing",
    "testimonials": "testimonials",
    "visit": "location and hours",
    "faq": "FAQ",
    "newsletter": "newsletter sign-up",
    "cta": "call-to-action banner",
    "contact": "contact form",
    "footer": "footer",
    "text": "text",
}

# Sections that get a link in the navigation bar.
NAV_SECTIONS = {
    "features",
    "services",
    "about",
    "projects",
    "menu",
    "posts",
    "schedule",
    "speakers",
    "gallery",
    "team",
    "pricing",
    "visit",
    "faq",
    "contact",
}

# What people call each section. Checked in order; longer phrases first.
SECTION_WORDS: list[tuple[str, str]] = [
    (
        r"contact (?:form|section|us|details|info)|get in touch|enquiry form|inquiry form|booking form"
        r"|reservation(?:s| form)?|rsvp|contact",
        "contact",
    ),
    (r"frequently asked questions|faqs?|q ?& ?a|questions", "faq"),
    (
        r"testimonials?|reviews?|customer quotes|quotes from customers|what (?:people|customers|clients) say"
        r"|social proof|feedback",
        "testimonials",
    ),
    (r"pricing(?: table| plans?)?|prices|price list|plans|packages|tickets?|rates", "pricing"),
    (r"(?:photo |image |picture )?gallery|photos|pictures|images|lookbook", "gallery"),
    (
        r"(?<!nav )(?<!navigation )(?<!mobile )(?<!hamburger )(?<!dropdown )\bmenu\b|dishes|food menu"
        r"|drinks list",
        "menu",
    ),
    (r"features?|benefits|highlights|why (?:us|choose us)", "features"),
    (
        r"about(?: us| me| section| the (?:company|team|business|event|couple))|our story|my story|story"
        r"|\bbio\b|biography|mission",
        "about",
    ),
    (r"services|what (?:i|we) do|offerings|skills", "services"),
    (r"team|staff|people|crew|founders", "team"),
    (r"case studies|projects?|(?:my |our |selected |recent )work|works", "projects"),
    (r"(?:blog |latest |recent )?posts|articles|blog section|latest writing", "posts"),
    (r"schedule|agenda|programme|program|timetable|itinerary|line-?up|timeline", "schedule"),
    (r"speakers|performers|artists|hosts|presenters", "speakers"),
    (r"opening hours|hours|location|map|directions|find us|address|venue|visit us|where to find us", "visit"),
    (r"newsletter|mailing list|sign-?up form|email sign-?up|subscribe(?: form)?", "newsletter"),
    (r"stats|statistics|numbers|counters|figures|metrics", "stats"),
    (r"call to action|cta|banner", "cta"),
    (r"hero(?: section| banner| image)?|intro section|header image", "hero"),
    (r"footer", "footer"),
]

# Pages people ask for: name → (file stem, title, sections on the page).
PAGE_TYPES: dict[str, tuple[str, str, list[str]]] = {
    "about": ("about", "About", ["page_header", "about", "team", "testimonials"]),
    "blog": ("blog", "Blog", ["page_header", "posts", "newsletter"]),
    "contact": ("contact", "Contact", ["page_header", "contact"]),
    "menu": ("menu", "Menu", ["page_header", "menu"]),
    "gallery": ("gallery", "Gallery", ["page_header", "gallery"]),
    "pricing": ("pricing", "Pricing", ["page_header", "pricing", "faq"]),
    "faq": ("faq", "FAQ", ["page_header", "faq", "contact"]),
    "services": ("services", "Services", ["page_header", "services", "cta"]),
    "projects": ("projects", "Projects", ["page_header", "projects", "testimonials"]),
    "schedule": ("schedule", "Schedule", ["page_header", "schedule", "speakers"]),
    "team": ("team", "Team", ["page_header", "team"]),
    "speakers": ("speakers", "Speakers", ["page_header", "speakers"]),
    "visit": ("visit", "Visit", ["page_header", "visit", "contact"]),
    "reviews": ("reviews", "Reviews", ["page_header", "testimonials", "cta"]),
    "features": ("features", "Features", ["page_header", "features", "cta"]),
}

PAGE_WORDS: list[tuple[str, str]] = [
    (r"about(?: us| me)?|our story|my story|story|bio", "about"),
    (r"blog|news|articles|posts|journal|writing", "blog"),
    (r"contact(?: us| me)?|get in touch|enquiries|inquiries|booking|reservations?|rsvp", "contact"),
    (r"(?:food |drinks? )?menu", "menu"),
    (r"gallery|photos|pictures|images", "gallery"),
    (r"pricing|prices|plans|tickets?|packages|rates", "pricing"),
    (r"faqs?|questions|help", "faq"),
    (r"services|offerings|what (?:we|i) do", "services"),
    (r"projects?|portfolio|work|case studies", "projects"),
    (r"schedule|agenda|programme|program|events?|line-?up", "schedule"),
    (r"team|staff|people", "team"),
    (r"speakers|performers", "speakers"),
    (r"location|visit|find us|directions|hours|venue", "visit"),
    (r"reviews|testimonials", "reviews"),
    (r"features", "features"),
]

# Colour words: word → (hue or None for greys, the mode it implies, the style it implies).
COLOURS: dict[str, tuple[int | None, str | None, str | None]] = {
    "red": (356, None, None),
    "crimson": (348, None, None),
    "scarlet": (4, None, None),
    "coral": (10, None, None),
    "terracotta": (14, None, "muted"),
    "rust": (18, None, "muted"),
    "orange": (24, None, None),
    "peach": (22, None, "pastel"),
    "amber": (36, None, None),
    "gold": (43, None, None),
    "golden": (43, None, None),
    "mustard": (45, None, "muted"),
    "yellow": (50, None, None),
    "lime": (85, None, None),
    "olive": (70, None, "muted"),
    "sage": (110, None, "muted"),
    "green": (145, None, None),
    "forest": (145, "dark", None),
    "emerald": (155, None, None),
    "mint": (158, None, "pastel"),
    "teal": (178, None, None),
    "turquoise": (174, None, None),
    "aqua": (184, None, None),
    "cyan": (190, None, None),
    "sky": (200, None, None),
    "ocean": (205, None, None),
    "blue": (220, None, None),
    "navy": (225, None, "muted"),
    "cobalt": (222, None, "vivid"),
    "indigo": (240, None, None),
    "violet": (262, None, None),
    "purple": (274, None, None),
    "lavender": (268, None, "pastel"),
    "lilac": (285, None, "pastel"),
    "magenta": (310, None, "vivid"),
    "fuchsia": (315, None, "vivid"),
    "pink": (334, None, None),
    "rose": (345, None, None),
    "blush": (350, None, "pastel"),
    "burgundy": (345, None, "muted"),
    "maroon": (350, None, "muted"),
    "wine": (345, None, "muted"),
    "plum": (295, None, "muted"),
    "brown": (26, None, "muted"),
    "chocolate": (24, None, "muted"),
    "coffee": (28, None, "muted"),
    "beige": (36, None, "muted"),
    "cream": (40, None, "muted"),
    "sand": (38, None, "muted"),
    "slate": (215, None, "muted"),
    "grey": (None, None, "minimal"),
    "gray": (None, None, "minimal"),
    "silver": (None, None, "minimal"),
    "charcoal": (None, "dark", "minimal"),
    "black": (None, None, "minimal"),
    "monochrome": (None, None, "minimal"),
}

# Moods: word → (hue, accent hue, style).
MOODS: dict[str, tuple[int | None, int | None, str]] = {
    "warm": (16, 40, "standard"),
    "cool": (205, 174, "standard"),
    "earthy": (28, 95, "muted"),
    "natural": (110, 32, "muted"),
    "sunset": (14, 330, "vivid"),
    "tropical": (170, 24, "vivid"),
    "luxury": (None, 43, "minimal"),
    "luxurious": (None, 43, "minimal"),
    "elegant": (None, 43, "minimal"),
}

STYLE_WORDS = {
    "pastel": "pastel",
    "soft": "pastel",
    "vivid": "vivid",
    "vibrant": "vivid",
    "bold": "vivid",
    "bright": "vivid",
    "colourful": "vivid",
    "colorful": "vivid",
    "neon": "vivid",
    "electric": "vivid",
    "muted": "muted",
    "subtle": "muted",
    "understated": "muted",
    "minimal": "minimal",
    "minimalist": "minimal",
    "minimalistic": "minimal",
}

DARK_WORDS = (
    r"dark(?:er)?(?: mode| theme)?|night(?: mode)?|black background|background(?:\s+\w+){0,2}\s+black|moody"
)
LIGHT_WORDS = r"light(?:er)?(?: mode| theme)?|white(?: background)?|background(?:\s+\w+){0,2}\s+white|airy"


def compile_words(pattern: str) -> re.Pattern[str]:
    """A case-insensitive whole-word pattern."""
    return re.compile(rf"\b(?:{pattern})\b", re.I)
