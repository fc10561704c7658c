"""Fixed words in the site's language: what the business is, and the short texts around the facts."""

from .local import LOCAL_SECTIONS, LOCAL_WORDS

# What to call the business in a line like "Bakery in Bristol".
TOPIC_NOUNS = {
    "bakery": "Bakery",
    "cafe": "Café",
    "pizza": "Pizzeria",
    "bistro": "Restaurant",
    "wellness": "Studio",
    "clinic": "Clinic",
    "therapy": "Therapy practice",
    "trades": "Local trades",
    "salon": "Salon",
    "pet": "Pet care",
    "vet": "Veterinary practice",
    "fitness": "Studio",
    "shop": "Shop",
    "hotel": "Guest house",
    "tutor": "Lessons & courses",
    "estate": "Estate agents",
    "law": "Professional services",
    "charity": "Charity",
    "band": "Live music",
    "carwash": "Car wash",
    "garage": "Garage",
    "locksmith": "Locksmith",
    "tattoo": "Tattoo studio",
    "childcare": "Nursery",
    "business": "Local business",
}

ENGLISH = {
    "in_place": "{noun} in {place}",
    "menu": "Menu",
    "nav_menu": "Menu",  # the label of the navigation toggle, not a food menu
    "book": "Book now",
    "closed": "Closed",
    "email": "Email",
    "phone": "Phone",
    "address": "Address",
    "hours": "Hours",
    "name": "Name",
    "message": "Message",
    "popular": "Most popular",
    "custom": "Custom",
    "rated": "Rated 5 out of 5",
    "rights": "All rights reserved.",
    "skip": "Skip to content",
    "map": "Map showing {place}",
    "photo": "Photo placeholder: {label}",
    "monogram": "Monogram of {name}",
    "picture": "Illustration for {name}",
}


def texts(language: str, topic: str, trade: str | None = None) -> dict:
    """The fixed words for a site in this language, with the noun for its kind."""
    words = {**ENGLISH, **LOCAL_WORDS.get(language, {})}
    nouns = words.get("nouns", TOPIC_NOUNS)
    words["noun"] = nouns.get(topic, TOPIC_NOUNS.get(topic, ""))
    words["topic"] = topic
    if trade and topic == "business" and language == "en":
        # A business of no known kind is described in its own words, not as software.
        words["noun"] = trade[:1].upper() + trade[1:]
        words["trade"] = trade
    elif trade and topic == "pet" and language == "en":
        # "Dog walking service in Leeds": the person's words say which kind of pet care.
        words["noun"] = trade[:1].upper() + trade[1:]
    return words


def has_local_copy(language: str, section: str) -> bool:
    """Whether a section has copy in this language (always, for English)."""
    return language == "en" or section in LOCAL_SECTIONS.get(language, {})


def local_section(language: str, section: str) -> dict | None:
    """A section's copy in the site's language, over the English filler; None for English."""
    return LOCAL_SECTIONS.get(language, {}).get(section)
