"""Copy for businesses people find nearby: car washes, garages, locksmiths, tattoo studios and nurseries.

Each fell back to the plain business page before, which offered them
consulting "plans". Like the other topics, each overrides only what differs
from the landing page's copy; prices are in dollars and shown in the site's
own currency.
"""

TOPICS: dict[str, dict[str, dict]] = {
    "carwash": {
        "hero": {
            "eyebrow": "Hand car wash & valeting",
            "headline": "A cleaner car while you wait",
            "tagline": "{name} washes, valets and details cars, vans and SUVs in {city}, by hand and with "
            "products that are kind to your paintwork.",
            "cta": ("Book a wash", "contact"),
            "cta2": ("Prices", "services"),
            "art": "storefront",
        },
        "services": {
            "title": "Washes & prices",
            "nav": "Prices",
            "intro": "Prices are for a standard car; vans and large SUVs are a little more.",
            "items": [
                ("spark", "Exterior wash", "Snow foam, hand wash, wheels and a dry.", "$15"),
                ("layers", "Full valet", "Inside and out: vacuum, dashboard, windows and tyres.", "$45"),
                ("star", "Detailing", "Clay bar, polish and a protective wax.", "From $120"),
            ],
        },
        "about": {
            "title": "About us",
            "paragraphs": [
                "{name} is a local, independent car wash in {city}. We wash every car by hand and never "
                "rush the drying.",
                "Pop in for a quick wash or book a valet and we will have it ready when you are.",
            ],
            "points": ["No appointment needed for a wash", "Hand wash only", "Cards and cash"],
        },
        "faq": {
            "items": [
                ("Do I need to book?", "Not for a wash: just drive in. Valets and detailing are booked."),
                ("How long does a full valet take?", "About ninety minutes; there is a warm place to wait."),
                ("Do you wash vans?", "Yes, vans and large SUVs, for a little more."),
            ]
        },
        "gallery": {
            "title": "Before & after",
            "nav": "Gallery",
            "intro": "A few of this week's cars.",
            "items": ["Snow foam", "Wheels", "Interior", "Polish", "Vans too", "Ready to go"],
        },
        "testimonials": {
            "items": [
                ("My car has not looked this good since I bought it.", "Tom H.", "Full valet"),
                (
                    "Quick, friendly and they got the dog hair out of the boot.",
                    "Amira S.",
                    "Regular customer",
                ),
            ]
        },
        "contact": {
            "title": "Book a valet",
            "nav": "Book",
            "intro": "Tell us your car and a time that suits you; we will confirm by email.",
            "message": "Your car, the service you want and a time that suits you",
            "button": "Request a booking",
        },
        "footer": {"tagline": "Clean cars, happy drivers."},
    },
    "garage": {
        "hero": {
            "eyebrow": "Servicing, repairs & MOTs",
            "headline": "Honest repairs, and a fair price up front",
            "tagline": "{name} services and repairs all makes of car in {city}. We call you before any work "
            "we did not quote for.",
            "cta": ("Book your car in", "contact"),
            "cta2": ("Services", "services"),
            "art": "storefront",
        },
        "features": {
            "title": "Why drivers trust {name}",
            "items": [
                ("shield", "Qualified mechanics", "Trained on petrol, diesel, hybrid and electric cars."),
                ("check", "No surprises", "A written quote first, and a call before anything extra."),
                ("clock", "Same-day repairs", "Most servicing and small repairs done while you work."),
            ],
        },
        "services": {
            "title": "Services",
            "nav": "Services",
            "intro": "Fixed prices for the usual jobs; anything else is quoted before we start.",
            "items": [
                ("sync", "Full service", "Oil, filters, fluids and a 60-point check.", "$180"),
                ("check", "Annual inspection", "The yearly safety test, with free retests.", "$55"),
                ("bolt", "Brakes & tyres", "Pads, discs and tyres, fitted and balanced.", "From $90"),
            ],
        },
        "about": {
            "title": "About the garage",
            "paragraphs": [
                "{name} is an independent garage in {city}, looking after local drivers' cars for years.",
                "We explain what your car needs, what can wait, and what it will cost.",
            ],
            "points": ["All makes and models", "Courtesy car on request", "12-month warranty on parts"],
        },
        "faq": {
            "items": [
                (
                    "Will servicing with you affect my warranty?",
                    "No: we follow the maker's schedule and parts.",
                ),
                ("Can I wait while you work?", "For most services, yes. There is coffee and Wi-Fi."),
                (
                    "Do you collect cars?",
                    "Within {city}, we can collect and return your car for a small fee.",
                ),
            ]
        },
        "testimonials": {
            "items": [
                (
                    "They rang before doing anything extra, and the bill matched the quote.",
                    "Gareth L.",
                    "Service",
                ),
                ("Fixed my brakes the same day and explained what could wait.", "Nadia K.", "Repair"),
            ]
        },
        "contact": {
            "title": "Book your car in",
            "nav": "Book",
            "intro": "Tell us your car and what it needs; we will reply with a time and a quote.",
            "message": "Make, model, registration and what needs doing",
            "button": "Request a booking",
        },
        "footer": {"tagline": "Keeping {city} on the road."},
    },
    "locksmith": {
        "hero": {
            "eyebrow": "24-hour locksmith",
            "headline": "Locked out? We are on our way",
            "tagline": "{name} opens doors without damage, changes and repairs locks and makes homes and "
            "businesses in {city} more secure, day or night.",
            "cta": ("Call us now", "contact"),
            "cta2": ("Services", "services"),
            "art": "storefront",
        },
        "features": {
            "title": "Why call {name}",
            "items": [
                ("clock", "Fast response", "Usually with you within 30 minutes, around the clock."),
                ("shield", "Non-destructive entry", "We open most doors without harming the lock."),
                ("check", "Fixed call-out price", "You know the price before we set off."),
            ],
        },
        "services": {
            "title": "Services",
            "nav": "Services",
            "intro": "One fixed call-out price, then parts at cost. No charge if we cannot help.",
            "items": [
                ("bolt", "Emergency lock-out", "Back inside quickly, day or night.", "From $80"),
                ("sync", "Lock change", "New locks after a move or a lost key.", "From $95"),
                ("shield", "Security upgrade", "Anti-snap locks, door chains and window locks.", "From $120"),
            ],
        },
        "about": {
            "title": "About us",
            "paragraphs": [
                "{name} is a local locksmith serving {city} and the villages around it.",
                "We carry the common locks in the van, so most jobs are finished in one visit.",
            ],
            "points": ["Open 24 hours", "Vetted and insured", "Homes, businesses and landlords"],
        },
        "faq": {
            "items": [
                ("Will you damage my door?", "Almost never: we pick or bypass the lock whenever we can."),
                ("Do you charge extra at night?", "Our call-out price is the same at any hour."),
                ("Can you match my other keys?", "Yes, we can fit locks that all open with one key."),
            ]
        },
        "testimonials": {
            "items": [
                (
                    "Locked out at midnight with a baby asleep inside. They came in twenty minutes.",
                    "Chloe P.",
                    "Lock-out",
                ),
                (
                    "Changed every lock in our new flat in an hour, for the price they said.",
                    "Raj M.",
                    "Lock change",
                ),
            ]
        },
        "contact": {
            "title": "Need a locksmith?",
            "nav": "Contact",
            "intro": "For a lock-out, call us. For anything else, send a message and we will reply today.",
            "message": "Your address and what has happened",
            "button": "Send",
        },
        "footer": {"tagline": "Here when you are locked out."},
    },
    "tattoo": {
        "hero": {
            "eyebrow": "Tattoo studio · Custom work",
            "headline": "Your idea, drawn for you and made to last",
            "tagline": "{name} is a private tattoo studio in {city}: custom designs, careful linework and "
            "healed results you will still love in twenty years.",
            "cta": ("Book a consultation", "contact"),
            "cta2": ("See our work", "gallery"),
            "art": "frames",
        },
        "services": {
            "title": "Tattoos & prices",
            "nav": "Prices",
            "intro": "Every piece starts with a free consultation. A deposit secures your date.",
            "items": [
                ("pen", "Small piece", "Flash or a small custom design, about an hour.", "From $80"),
                ("layers", "Half day", "Larger custom work in one sitting.", "$300"),
                ("star", "Full day", "Sleeves and back pieces, over several sessions.", "$550"),
            ],
        },
        "about": {
            "title": "About the studio",
            "paragraphs": [
                "{name} is a clean, appointment-only studio in {city}, with artists who each have their "
                "own style.",
                "We take time over every design, and we will tell you honestly what will age well.",
            ],
            "points": ["Appointment only", "Single-use needles", "Free touch-up within three months"],
        },
        "gallery": {
            "title": "Recent work",
            "nav": "Work",
            "intro": "A few healed pieces from the studio.",
            "items": [
                "Fine line botanicals",
                "Blackwork",
                "Traditional flash",
                "Lettering",
                "Colour",
                "Cover-up",
            ],
        },
        "faq": {
            "items": [
                ("How old do I need to be?", "18 or over, with photo ID on the day. No exceptions."),
                ("How do I look after a new tattoo?", "We give you aftercare notes and a balm to take home."),
                ("Do you do cover-ups?", "Often, yes: bring a photo to your consultation."),
            ]
        },
        "testimonials": {
            "items": [
                (
                    "They turned a rough idea into something I love, and it healed beautifully.",
                    "Jess W.",
                    "First tattoo",
                ),
                ("Calm, clean and the linework is perfect.", "Marco D.", "Forearm piece"),
            ]
        },
        "contact": {
            "title": "Book a consultation",
            "nav": "Book",
            "intro": "Tell us your idea, where it will go and roughly how big; we will reply with dates.",
            "message": "Your idea, placement and size (photos welcome)",
            "button": "Send your idea",
        },
        "footer": {"tagline": "Made to last."},
    },
    "childcare": {
        "hero": {
            "eyebrow": "Nursery & childcare",
            "headline": "A happy, safe place to learn through play",
            "tagline": "{name} cares for babies and young children in {city}, with a caring team, a big "
            "garden and a day full of songs, stories and messy play.",
            "cta": ("Arrange a visit", "contact"),
            "cta2": ("Sessions & fees", "services"),
            "art": "people",
        },
        "features": {
            "title": "Why families choose {name}",
            "items": [
                ("heart", "Key person for every child", "One familiar face who knows your child well."),
                ("sun", "Outdoors every day", "A garden to dig, climb and explore in all weathers."),
                ("chat", "Daily updates", "What they ate, played and learned, every afternoon."),
            ],
        },
        "services": {
            "title": "Sessions & fees",
            "nav": "Fees",
            "intro": "Fresh meals and snacks are included. Ask us about funded hours.",
            "items": [
                ("sun", "Morning session", "8am to 1pm, with lunch.", "$40"),
                ("clock", "Full day", "8am to 6pm, with lunch and tea.", "$70"),
                ("calendar", "Full week", "Five full days, our most popular choice.", "$320"),
            ],
        },
        "about": {
            "title": "About the nursery",
            "paragraphs": [
                "{name} is a small, friendly nursery in {city} for children from six months to five years.",
                "Our qualified team plans each week around what the children are curious about.",
            ],
            "points": ["Qualified, checked staff", "Home-cooked meals", "Ages 6 months to 5 years"],
        },
        "faq": {
            "items": [
                ("Can we visit first?", "Please do: we show families around every weekday afternoon."),
                ("How does settling in work?", "Two or three short visits with you before the first day."),
                ("What about allergies?", "Our cook prepares every meal around each child's needs."),
            ]
        },
        "testimonials": {
            "items": [
                (
                    "Our daughter runs in every morning. The daily updates are lovely.",
                    "Hannah & Joe",
                    "Parents",
                ),
                ("The settling-in visits made the first day easy for all of us.", "Samir A.", "Parent"),
            ]
        },
        "contact": {
            "title": "Arrange a visit",
            "nav": "Visit us",
            "intro": "Tell us about your child and the days you need; we will call to arrange a visit.",
            "message": "Your child's age and the days you are looking for",
            "button": "Ask about a place",
        },
        "footer": {"tagline": "Little steps, big smiles."},
    },
}

NAMES = {
    "carwash": "Sparkle Car Wash",
    "garage": "Redline Motors",
    "locksmith": "KeyRight Locksmiths",
    "tattoo": "Black Anchor Tattoo",
    "childcare": "Little Acorns Nursery",
}

SECTIONS = {
    "carwash": ["hero", "services", "about", "gallery", "testimonials", "visit", "faq", "contact", "footer"],
    "garage": ["hero", "services", "features", "about", "testimonials", "visit", "faq", "contact", "footer"],
    "locksmith": ["hero", "services", "features", "about", "testimonials", "faq", "contact", "footer"],
    "tattoo": ["hero", "gallery", "services", "about", "testimonials", "faq", "contact", "footer"],
    "childcare": ["hero", "about", "features", "services", "testimonials", "faq", "contact", "footer"],
}
