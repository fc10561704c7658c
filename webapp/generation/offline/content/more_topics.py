"""Copy for hotels and B&Bs, tutors and courses, estate agents, law and other firms, charities and bands."""

TOPICS: dict[str, dict[str, dict]] = {
    "hotel": {
        "hero": {
            "eyebrow": "Guest house · Breakfast included",
            "headline": "Sleep well, wake up somewhere lovely",
            "tagline": "{name} has comfortable rooms, a proper breakfast and hosts who know the best places "
            "to eat in {city}.",
            "cta": ("Check availability", "contact"),
            "cta2": ("Our rooms", "services"),
            "art": "storefront",
        },
        "services": {
            "title": "Rooms",
            "nav": "Rooms",
            "intro": "Every room has its own bathroom, fresh linen and fast Wi-Fi.",
            "items": [
                ("heart", "Double room", "A queen bed and a view of the garden.", "$110 / night"),
                ("star", "Superior room", "More space, a king bed and a sofa.", "$140 / night"),
                ("people", "Family room", "A double and two singles.", "$170 / night"),
            ],
        },
        "about": {
            "title": "About the house",
            "paragraphs": [
                "{name} is a family-run guest house in {city}, a short walk from the centre.",
                "Breakfast is cooked to order with local produce, and we are always happy to help plan"
                " your day.",
            ],
            "points": ["Breakfast included", "Free Wi-Fi", "Parking on request"],
        },
        "contact": {
            "title": "Check availability",
            "nav": "Book",
            "intro": "Send us your dates and how many guests, and we will reply with availability.",
            "message": "Arrival and departure dates, number of guests",
            "button": "Ask about dates",
        },
        "footer": {"tagline": "We look forward to welcoming you."},
    },
    "tutor": {
        "hero": {
            "eyebrow": "Lessons & courses",
            "headline": "Learn with confidence, at your own pace",
            "tagline": "{name} offers patient, one-to-one lessons and small-group courses, in person"
            " and online.",
            "cta": ("Book a trial lesson", "contact"),
            "cta2": ("Lessons & prices", "services"),
            "art": "people",
        },
        "services": {
            "title": "Lessons & courses",
            "nav": "Lessons",
            "intro": "Every student starts with a short assessment so lessons fit their level.",
            "items": [
                ("pen", "One-to-one lesson", "Sixty minutes shaped around your goals.", "$40 / hour"),
                ("people", "Small-group course", "Eight weekly sessions, up to six students.", "$220"),
                ("star", "Exam preparation", "Past papers, technique and confidence.", "$45 / hour"),
            ],
        },
        "about": {
            "title": "About me",
            "paragraphs": [
                "I am a qualified teacher based in {city}, with years of experience helping learners of"
                " all ages.",
                "Lessons are friendly, structured and always leave you knowing what to practise next.",
            ],
            "points": ["Qualified and checked", "Online or in person", "Progress reports"],
        },
        "contact": {"title": "Book a trial lesson", "button": "Request a lesson"},
        "footer": {"tagline": "Every learner can get there."},
    },
    "estate": {
        "hero": {
            "eyebrow": "Sales & lettings",
            "headline": "Find the place you will call home",
            "tagline": "{name} is a local estate agent selling and letting homes across {city}, with honest "
            "valuations and no hard sell.",
            "cta": ("Book a free valuation", "contact"),
            "cta2": ("Current listings", "projects"),
            "art": "storefront",
        },
        "projects": {
            "title": "Current listings",
            "nav": "Listings",
            "intro": "A selection of homes on the market right now.",
            "items": [
                ("Two-bedroom flat", "For sale · $325,000", "Bright, second floor, close to the station."),
                ("Three-bedroom house", "For sale · $450,000", "Garden, parking and a quiet street."),
                ("One-bedroom apartment", "To let · $1,250 / month", "Furnished, available now."),
            ],
        },
        "services": {
            "title": "What we do",
            "items": [
                ("compass", "Sales", "Valuation, photography, viewings and negotiation.", "1.2% fee"),
                ("layers", "Lettings", "Finding good tenants and looking after your property.", "From 8%"),
                ("chart", "Valuations", "A free, honest valuation of your home.", "Free"),
            ],
        },
        "about": {
            "title": "About us",
            "paragraphs": [
                "{name} has been helping people move in {city} for years. We know every street.",
                "We answer the phone, return calls the same day and tell you the truth about prices.",
            ],
        },
        "contact": {"title": "Book a valuation", "button": "Request a valuation"},
        "footer": {"tagline": "Helping {city} move."},
    },
    "law": {
        "hero": {
            "eyebrow": "Professional advice",
            "headline": "Clear advice when it matters most",
            "tagline": "{name} helps people and businesses with practical advice, fixed fees where possible "
            "and answers in plain words.",
            "cta": ("Book a consultation", "contact"),
            "cta2": ("Areas of practice", "services"),
            "art": "dashboard",
        },
        "services": {
            "title": "Areas of practice",
            "nav": "Services",
            "intro": "We tell you the cost before we start.",
            "items": [
                ("shield", "Private clients", "Wills, estates and family matters.", "From $250"),
                ("layers", "Property", "Buying, selling and leases.", "From $900"),
                ("chart", "Business", "Contracts, disputes and employment.", "Fixed quote"),
            ],
        },
        "about": {
            "title": "About the firm",
            "paragraphs": [
                "{name} is an independent firm in {city}. Our advisers are regulated and experienced.",
                "We explain your options clearly and keep you informed at every step.",
            ],
            "points": ["Regulated and insured", "Fixed-fee options", "Free first call"],
        },
        "contact": {"title": "Book a consultation", "button": "Request a call back"},
        "footer": {"tagline": "Straightforward advice."},
    },
    "charity": {
        "hero": {
            "eyebrow": "Registered charity",
            "headline": "Every animal deserves a loving home",
            "tagline": "{name} rescues, cares for and rehomes animals in need. You can help: adopt,"
            " volunteer "
            "or donate.",
            "cta": ("Donate", "pricing"),
            "cta2": ("Meet the animals", "projects"),
            "art": "people",
        },
        "projects": {
            "title": "Looking for a home",
            "nav": "Adopt",
            "intro": "Each of them has been checked, vaccinated and is ready for a new start.",
            "items": [
                ("Biscuit", "Dog · 3 years", "Loves walks and a warm spot by the radiator."),
                ("Pepper", "Cat · 5 years", "Calm, curious and very fond of laps."),
                ("Rolo", "Rabbit · 1 year", "Looking for a home with a friend and a garden."),
            ],
        },
        "services": {
            "title": "How you can help",
            "nav": "Help",
            "items": [
                ("heart", "Adopt", "Give an animal a second chance.", ""),
                ("people", "Volunteer", "Walk dogs, socialise cats, help at events.", ""),
                ("star", "Fundraise", "Run, bake or shave your head for us.", ""),
            ],
        },
        "pricing": {
            "title": "Donate",
            "nav": "Donate",
            "intro": "Every gift goes straight to food, care and vet bills.",
            "plans": [
                (
                    "Feed",
                    "$10",
                    "/month",
                    "Feeds one animal for a month.",
                    ["Monthly update"],
                    False,
                    "Donate",
                ),
                (
                    "Care",
                    "$25",
                    "/month",
                    "Covers vaccinations.",
                    ["Monthly update", "Thank-you card"],
                    True,
                    "Donate",
                ),
                (
                    "Rescue",
                    "$50",
                    "",
                    "A one-off gift for emergencies.",
                    ["Our heartfelt thanks"],
                    False,
                    "Donate",
                ),
            ],
        },
        "about": {
            "title": "Our story",
            "paragraphs": [
                "{name} started in {city} with a few volunteers and a lot of love. Today we find homes for "
                "hundreds of animals a year.",
                "We are run almost entirely by volunteers and funded by people like you.",
            ],
        },
        "contact": {"title": "Get in touch", "message": "Adoption, volunteering or something else?"},
        "footer": {"tagline": "Thank you for helping."},
    },
    "band": {
        "hero": {
            "eyebrow": "New music · Live dates",
            "headline": "Loud, warm and played live",
            "tagline": "{name} make songs for late nights and long drives. Catch us on tour and hear the new "
            "record.",
            "cta": ("Tour dates", "schedule"),
            "cta2": ("Listen", "projects"),
            "art": "stage",
        },
        "schedule": {
            "title": "Tour dates",
            "nav": "Tour",
            "intro": "Tickets from the venues. See you down the front.",
            "items": [
                ("Fri 12 Sep", "The Lantern, {city}", "Doors 19:30"),
                ("Sat 13 Sep", "Old Town Hall", "Doors 19:00"),
                ("Fri 26 Sep", "Riverside Festival", "Main stage, 21:00"),
            ],
        },
        "projects": {
            "title": "Music",
            "nav": "Music",
            "intro": "Out now wherever you listen.",
            "items": [
                ("Night Bus", "Album · 2025", "Ten songs recorded live in a week."),
                ("Paper Moons", "Single", "The one everybody sings back at us."),
                ("Live at the Lantern", "EP", "Four songs from a sweaty Friday night."),
            ],
        },
        "about": {
            "title": "About the band",
            "paragraphs": [
                "{name} formed in {city} and have been playing small rooms and big fields ever since.",
                "Expect big choruses, bigger guitars and a lot of joy.",
            ],
            "points": [],
        },
        "contact": {"title": "Bookings & press", "message": "Venue, date and what you have in mind"},
        "footer": {"tagline": "Thanks for listening."},
    },
}

NAMES = {
    "hotel": "The Garden House",
    "tutor": "Bright Minds Tutoring",
    "estate": "Keystone Homes",
    "law": "Hale & Partners",
    "charity": "Second Chance Rescue",
    "band": "The Night Owls",
}

SECTIONS = {
    "hotel": ["hero", "services", "about", "gallery", "testimonials", "visit", "faq", "contact", "footer"],
    "tutor": ["hero", "services", "about", "testimonials", "faq", "contact", "footer"],
    "estate": ["hero", "projects", "services", "about", "testimonials", "contact", "footer"],
    "law": ["hero", "services", "about", "team", "testimonials", "faq", "contact", "footer"],
    "charity": ["hero", "about", "projects", "services", "pricing", "newsletter", "contact", "footer"],
    "band": ["hero", "about", "schedule", "projects", "gallery", "newsletter", "contact", "footer"],
}
