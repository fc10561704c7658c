"""Copy for restaurants; bakeries, cafés and pizzerias refine it in restaurant_topics."""

from .restaurant_topics import TOPICS

__all__ = ["DEFAULT_NAMES", "SECTIONS", "TOPICS"]

DEFAULT_NAMES = {
    "bistro": "The Corner Table",
    "bakery": "Golden Crust Bakery",
    "cafe": "Morning Ritual Café",
    "pizza": "Forno Rosso",
}

SECTIONS: dict[str, dict] = {
    "hero": {
        "eyebrow": "Neighbourhood kitchen · Open daily",
        "headline": "Seasonal food, cooked with care",
        "tagline": "{name} serves honest plates made from market produce, a short wine list and a "
        "warm welcome. Pull up a chair.",
        "cta": ("See the menu", "menu"),
        "cta2": ("Book a table", "contact"),
        "art": "plate",
    },
    "features": {
        "title": "Why guests keep coming back",
        "intro": "Small kitchen, big flavours, and a dining room that feels like home.",
        "items": [
            (
                "leaf",
                "Local produce",
                "We buy from farms within 50 miles and change the menu with the seasons.",
            ),
            ("flame", "Cooked to order", "Everything is made in our open kitchen, from stocks to sauces."),
            ("heart", "Warm service", "A small team that remembers your name and your favourite table."),
        ],
    },
    "about": {
        "title": "Our story",
        "paragraphs": [
            "{name} opened in 2014 in a former bookshop on the corner of {street}. The shelves are gone, "
            "but the big windows and the neighbourly spirit stayed.",
            "Our chef cooks the food she loves to eat: generous, seasonal and simple. The menu changes "
            "every few weeks, depending on what the farmers bring to the back door.",
        ],
        "points": [
            "Seasonal menu, changed monthly",
            "Vegetarian and gluten-free options",
            "Private dining for 12",
        ],
        "art": "storefront",
    },
    "menu": {
        "title": "The menu",
        "nav": "Menu",
        "intro": "A taste of what is cooking this season. Ask us about today's specials.",
        "categories": [
            (
                "Starters",
                [
                    ("Burrata & heirloom tomatoes", "Basil oil, sea salt, grilled sourdough", "$12"),
                    ("Crispy calamari", "Lemon aioli, pickled chilli", "$11"),
                    ("Roast squash soup", "Sage brown butter, toasted seeds", "$9"),
                ],
            ),
            (
                "Mains",
                [
                    ("Braised short rib", "Creamy polenta, gremolata, red wine jus", "$26"),
                    ("Pan-roasted sea bass", "Fennel, orange, olives, new potatoes", "$24"),
                    ("Wild mushroom risotto", "Parmesan, thyme, truffle oil", "$19"),
                ],
            ),
            (
                "Desserts",
                [
                    ("Dark chocolate tart", "Salted caramel, crème fraîche", "$9"),
                    ("Lemon posset", "Shortbread, summer berries", "$8"),
                ],
            ),
        ],
    },
    "gallery": {
        "title": "A look inside",
        "intro": "Candlelit tables, an open kitchen and plates worth photographing.",
        "items": [
            "The dining room",
            "From our kitchen",
            "Fresh from the market",
            "Dessert of the day",
            "The bar",
            "Summer terrace",
        ],
    },
    "testimonials": {
        "title": "What our guests say",
        "items": [
            (
                "The short rib alone is worth the trip. Cosy room, lovely staff, and they remembered my "
                "birthday.",
                "Hannah K.",
                "Regular since 2016",
            ),
            (
                "Exactly what a neighbourhood restaurant should be. Simple food, done beautifully.",
                "David Moreau",
                "Local food writer",
            ),
            (
                "We booked {name} for our anniversary and it was perfect from start to finish.",
                "Jess & Omar",
                "Celebrated here",
            ),
        ],
    },
    "pricing": {
        "title": "Private dining & catering",
        "intro": "Celebrate with us, or let us bring the feast to you.",
        "nav": "Catering",
        "plans": [
            (
                "Sharing feast",
                "$45",
                "/person",
                "Three courses served family-style.",
                ["Seasonal starters", "Two mains to share", "Dessert"],
                False,
                "Enquire",
            ),
            (
                "Chef's table",
                "$75",
                "/person",
                "Five courses with the chef at your table.",
                ["Tasting menu", "Wine pairing available", "Up to 12 guests"],
                True,
                "Book the table",
            ),
            (
                "Catering",
                "$30",
                "/person",
                "Our food, at your place.",
                ["Canapés or buffet", "Staff on request", "From 20 guests"],
                False,
                "Get a quote",
            ),
        ],
    },
    "faq": {
        "items": [
            (
                "Do I need to book?",
                "Bookings are recommended on Friday and Saturday evenings. We always keep "
                "a few tables for walk-ins.",
            ),
            (
                "Do you cater for allergies?",
                "Yes. Tell us when you book and our kitchen will adapt your dishes. "
                "Most of the menu can be made gluten-free.",
            ),
            (
                "Can I bring my dog?",
                "Well-behaved dogs are welcome on the terrace, with water bowls provided.",
            ),
            (
                "Do you host private events?",
                "Our private room seats up to 12 guests. Get in touch for menus and availability.",
            ),
        ],
    },
    "visit": {
        "title": "Visit us",
        "intro": "Find us on the corner of {street} and 5th, two minutes from the park.",
        "address": ["240 {street}", "{city_line}"],
        "hours": [
            ("Tuesday to Thursday", "12:00 to 22:00"),
            ("Friday & Saturday", "12:00 to 23:00"),
            ("Sunday", "12:00 to 17:00"),
            ("Monday", "Closed"),
        ],
        "note": "Walk-ins welcome. Booking recommended at weekends.",
    },
    "contact": {
        "title": "Book a table",
        "nav": "Book",
        "intro": "Send us your preferred date, time and party size, and we will confirm by email.",
        "message": "Date, time, party size and any allergies",
        "button": "Request a booking",
        "success": "Thank you! We have your request and will confirm your table by email shortly.",
    },
    "cta": {
        "title": "Hungry yet?",
        "text": "Tables fill up fast at the weekend. Book yours in under a minute.",
        "button": ("Book a table", "contact"),
    },
    "footer": {"tagline": "Good food, good company. See you soon."},
}
