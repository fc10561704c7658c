"""Copy for businesses people visit or call: clinics, therapists, trades, salons, gyms and studios, shops.

Each topic overrides only what differs from the landing page's copy. Prices are
written in dollars and shown in the site's own currency; places use {city} and
{street}, so a prompt's place replaces them.
"""


def _faq(*pairs: tuple[str, str]) -> dict:
    return {"items": list(pairs)}


TOPICS: dict[str, dict[str, dict]] = {
    "clinic": {
        "hero": {
            "eyebrow": "Clinic · New patients welcome",
            "headline": "Gentle, modern care for the whole family",
            "tagline": "{name} offers unhurried appointments, clear advice and treatment plans explained in "
            "plain words, with no surprises on the bill.",
            "cta": ("Book an appointment", "contact"),
            "cta2": ("Our treatments", "services"),
            "art": "people",
        },
        "features": {
            "title": "Why patients choose {name}",
            "items": [
                (
                    "heart",
                    "Gentle care",
                    "Nervous patients are welcome: we take our time and explain each step.",
                ),
                ("shield", "Qualified team", "Registered clinicians who keep their training up to date."),
                ("clock", "Easy to book", "Early, late and Saturday appointments for busy lives."),
            ],
        },
        "services": {
            "title": "Treatments",
            "nav": "Treatments",
            "intro": "Clear prices for our most common appointments. Ask us about anything not listed.",
            "items": [
                ("shield", "Check-up", "A thorough examination and a plan for what comes next.", "$60"),
                ("spark", "Hygiene appointment", "A deep clean and advice to keep things healthy.", "$75"),
                ("heart", "Emergency appointment", "Same-day care when something hurts.", "$90"),
            ],
        },
        "about": {
            "title": "About the clinic",
            "paragraphs": [
                "{name} is an independent clinic in {city}. We see patients of every age, and we never rush.",
                "Our rooms are bright, calm and fully accessible, and we keep appointments on time.",
            ],
            "points": ["Accepting new patients", "Step-free access", "Evening appointments"],
        },
        "faq": _faq(
            ("Are you taking new patients?", "Yes. Book online or call us and we will find you a time."),
            ("What should I bring?", "A list of any medicines you take and your questions: we have time."),
            ("Can I pay in instalments?", "For longer treatments we offer monthly plans at no extra cost."),
        ),
        "contact": {
            "title": "Book an appointment",
            "nav": "Book",
            "intro": "Tell us what you need and when suits you; we will confirm your appointment by email.",
            "message": "Reason for your visit and preferred times",
            "button": "Request an appointment",
        },
        "cta": {
            "title": "Time for a check-up?",
            "text": "Appointments this week.",
            "button": ("Book now", "contact"),
        },
        "footer": {"tagline": "Caring for {city}, one appointment at a time."},
    },
    "therapy": {
        "hero": {
            "eyebrow": "Counselling & therapy",
            "headline": "A calm space to talk things through",
            "tagline": "{name} offers confidential, one-to-one sessions in person and online, at a pace "
            "that feels right for you.",
            "cta": ("Book a free first call", "contact"),
            "cta2": ("How I work", "services"),
            "art": "wellness",
        },
        "services": {
            "title": "Sessions",
            "nav": "Sessions",
            "intro": "Every session is confidential. The first short call is free.",
            "items": [
                ("chat", "Individual therapy", "Fifty minutes, weekly or fortnightly.", "$80"),
                ("people", "Couples counselling", "Seventy-five minutes for the two of you.", "$110"),
                ("leaf", "Online sessions", "The same care by video, wherever you are.", "$75"),
            ],
        },
        "about": {
            "title": "About me",
            "paragraphs": [
                "I am an accredited therapist working in {city} and online. I help adults with anxiety, low "
                "mood, grief and the changes life brings.",
                "My approach is warm, practical and shaped around you.",
            ],
            "points": ["Accredited and insured", "Confidential", "Evening sessions available"],
        },
        "contact": {
            "title": "Book a first call",
            "intro": "Send a short message and I will reply within two working days.",
            "message": "A few words about what brings you here (optional)",
            "button": "Send",
        },
        "footer": {"tagline": "Confidential support, at your pace."},
    },
    "trades": {
        "hero": {
            "eyebrow": "Local, reliable, fully insured",
            "headline": "Jobs done properly, the first time",
            "tagline": "{name} handles repairs, installations and emergencies across {city}, with fixed "
            "quotes and tidy work.",
            "cta": ("Get a free quote", "contact"),
            "cta2": ("Our services", "services"),
            "art": "dashboard",
        },
        "features": {
            "title": "Why call {name}",
            "items": [
                ("clock", "On time", "We turn up when we say we will, and call ahead."),
                ("shield", "Insured & qualified", "Certified, insured and happy to show the paperwork."),
                ("check", "Fixed quotes", "The price we quote is the price you pay."),
            ],
        },
        "services": {
            "title": "Services",
            "intro": "Call-outs, repairs and installations, big or small.",
            "items": [
                ("bolt", "Emergency call-out", "Fast help when something breaks.", "From $80"),
                ("layers", "Repairs", "Leaks, faults and breakdowns fixed properly.", "From $60"),
                ("compass", "Installations", "New fittings installed and tested.", "Free quote"),
            ],
        },
        "about": {
            "title": "About us",
            "paragraphs": [
                "{name} is a family-run business serving {city} and the surrounding area.",
                "We keep our vans stocked so most jobs are finished in one visit.",
            ],
            "points": ["Fully insured", "Guaranteed workmanship", "Free, no-obligation quotes"],
        },
        "contact": {
            "title": "Get a free quote",
            "nav": "Quote",
            "intro": "Tell us about the job and we will get back to you the same day.",
            "message": "What needs doing, and where?",
            "button": "Request a quote",
        },
        "footer": {"tagline": "Honest work at a fair price."},
    },
    "salon": {
        "hero": {
            "eyebrow": "Hair & beauty",
            "headline": "Leave feeling like yourself, only better",
            "tagline": "{name} is a friendly salon for cuts, colour and treatments, with a cup of something "
            "warm while you wait.",
            "cta": ("Book an appointment", "contact"),
            "cta2": ("Price list", "services"),
            "art": "wellness",
        },
        "services": {
            "title": "Price list",
            "nav": "Prices",
            "intro": "Prices depend on length and stylist; we always confirm before we start.",
            "items": [
                ("spark", "Cut & finish", "Consultation, wash, cut and blow-dry.", "$45"),
                ("heart", "Colour", "Full colour, roots or balayage.", "From $70"),
                ("leaf", "Treatments", "Conditioning, brows and lashes.", "From $25"),
            ],
        },
        "about": {
            "title": "About the salon",
            "paragraphs": [
                "{name} is an independent salon in {city} with a small team of experienced stylists.",
                "We use kind products and take time to listen before we pick up the scissors.",
            ],
            "points": ["Free consultations", "Walk-ins when we can", "Gift vouchers"],
        },
        "contact": {
            "title": "Book an appointment",
            "nav": "Book",
            "intro": "Tell us what you would like and when; we will confirm by message.",
            "message": "Service, preferred stylist and times",
            "button": "Request a booking",
        },
        "footer": {"tagline": "See you in the chair."},
    },
    "fitness": {
        "hero": {
            "eyebrow": "Classes for every level",
            "headline": "Stronger, calmer, every week",
            "tagline": "{name} runs small classes with friendly instructors. Your first class is on us.",
            "cta": ("See the timetable", "schedule"),
            "cta2": ("Passes & prices", "pricing"),
            "art": "wellness",
        },
        "schedule": {
            "title": "Weekly timetable",
            "nav": "Timetable",
            "intro": "Book a spot online or just turn up; mats and equipment are provided.",
            "items": [
                ("Mon 7:00", "Morning flow", "All levels, 60 minutes."),
                ("Tue 18:30", "Strength", "Build strength with a small group."),
                ("Wed 12:30", "Lunchtime express", "Thirty minutes to reset."),
                ("Thu 19:00", "Slow & stretch", "Gentle class to end the day."),
                ("Sat 9:30", "Weekend class", "Our busiest, friendliest class."),
            ],
        },
        "pricing": {
            "title": "Passes",
            "nav": "Passes",
            "intro": "No joining fee. Pause or cancel any time.",
            "plans": [
                ("Drop-in", "$15", "/class", "Try any class.", ["One class", "Mat included"], False, "Book"),
                (
                    "10-class pass",
                    "$120",
                    "",
                    "Valid for three months.",
                    ["Any class", "Share with a friend"],
                    True,
                    "Buy a pass",
                ),
                (
                    "Unlimited",
                    "$89",
                    "/month",
                    "For regulars.",
                    ["Every class", "Guest passes"],
                    False,
                    "Join",
                ),
            ],
        },
        "services": {
            "title": "Classes",
            "nav": "Classes",
            "items": [
                ("leaf", "Beginners", "A gentle start with lots of guidance.", ""),
                ("bolt", "Strength", "Build strength with a small group.", ""),
                ("heart", "Private sessions", "One-to-one, at a time that suits you.", "$60"),
            ],
        },
        "about": {
            "title": "About the studio",
            "paragraphs": [
                "{name} is a friendly studio in {city} for people who want to feel good, not to compete.",
                "Classes are small, so instructors know your name and your goals.",
            ],
        },
        "footer": {"tagline": "See you on the mat."},
    },
    "shop": {
        "hero": {
            "eyebrow": "Independent shop",
            "headline": "Things worth keeping",
            "tagline": "{name} sells a small, carefully chosen range, in the shop and online, wrapped"
            " with care.",
            "cta": ("Shop the range", "services"),
            "cta2": ("Visit the shop", "visit"),
            "art": "storefront",
        },
        "services": {
            "title": "Products",
            "nav": "Shop",
            "intro": "A few favourites from the shelves. Ask us about anything you cannot see.",
            "items": [
                ("star", "Best seller", "The one everybody comes back for.", "$24"),
                ("heart", "Gift set", "Wrapped and ready to give.", "$38"),
                ("leaf", "New arrival", "Fresh in this week.", "$18"),
            ],
        },
        "about": {
            "title": "About the shop",
            "paragraphs": [
                "{name} is an independent shop in {city}. We choose every product ourselves.",
                "Free gift wrapping, friendly advice and easy returns.",
            ],
            "points": ["Free gift wrapping", "Click & collect", "Easy returns"],
        },
        "contact": {"title": "Questions or orders", "button": "Send message"},
        "footer": {"tagline": "Shop small. Thank you."},
    },
}

NAMES = {
    "clinic": "Riverside Clinic",
    "therapy": "Quiet Room Therapy",
    "trades": "Ace Home Repairs",
    "salon": "Studio Nine Salon",
    "fitness": "Move Studio",
    "shop": "The Little Shop",
}

SECTIONS = {
    "clinic": [
        "hero",
        "services",
        "features",
        "about",
        "team",
        "testimonials",
        "visit",
        "faq",
        "contact",
        "footer",
    ],
    "therapy": ["hero", "about", "services", "faq", "contact", "footer"],
    "trades": ["hero", "services", "features", "about", "testimonials", "faq", "contact", "footer"],
    "salon": ["hero", "services", "about", "gallery", "testimonials", "visit", "contact", "footer"],
    "fitness": [
        "hero",
        "services",
        "about",
        "schedule",
        "pricing",
        "testimonials",
        "visit",
        "contact",
        "footer",
    ],
    "shop": ["hero", "services", "about", "gallery", "testimonials", "visit", "contact", "footer"],
}
