"""Copy for product pages: software and physical products."""

DEFAULT_NAMES = {"app": "Tidy", "gadget": "Lumen One"}

SECTIONS: dict[str, dict] = {
    "hero": {
        "eyebrow": "Introducing {name}",
        "headline": "The {app} that stays out of your way",
        "tagline": "{name} is quick to start, calm to use and works on every device you own, so you "
        "spend less time fiddling and more time doing.",
        "cta": ("Start free trial", "pricing"),
        "cta2": ("See features", "features"),
        "art": "app",
    },
    "features": {
        "title": "Everything you need, nothing you don't",
        "intro": "Designed to stay out of your way, and to work on every device you own.",
        "items": [
            ("bolt", "Quick to start", "Set up in two minutes, with nothing to learn before it helps."),
            ("calendar", "At a glance", "See where you stand today and this week in one calm view."),
            ("sync", "Syncs everywhere", "Phone, tablet, laptop: always up to date, even offline."),
            ("shield", "Private by default", "End-to-end encrypted. Your data is yours, and never sold."),
            ("people", "Share when you want", "Invite friends or colleagues, without the noise."),
            ("spark", "Smart reminders", "Gentle nudges at the right time and place."),
        ],
    },
    "gallery": {
        "title": "See it in action",
        "intro": "Clean, fast and friendly on every screen.",
        "items": ["Home screen", "Today", "Progress", "Sharing", "Dark mode", "Widgets"],
    },
    "testimonials": {
        "title": "Loved by busy people",
        "items": [
            (
                "I've tried every {app} out there. {name} is the first one I've stuck with for more than "
                "a month.",
                "Chris Doyle",
                "Freelance writer",
            ),
            (
                "Our team moved from three different tools to {name} in an afternoon.",
                "Aisha Bello",
                "Studio manager",
            ),
            ("Simple on the surface, powerful underneath. Exactly right.", "Mateo Ruiz", "Product designer"),
        ],
    },
    "pricing": {
        "title": "Plans for every kind of busy",
        "intro": "Start free. Upgrade when you need more. Cancel anytime.",
        "plans": [
            (
                "Free",
                "$0",
                "forever",
                "For personal use.",
                ["The essentials", "2 devices", "Basic reminders"],
                False,
                "Get started",
            ),
            (
                "Plus",
                "$6",
                "/month",
                "For people who plan seriously.",
                ["Everything in Free", "Unlimited devices", "Calendar sync", "Smart reminders"],
                True,
                "Start free trial",
            ),
            (
                "Team",
                "$10",
                "/user/month",
                "For teams that work together.",
                ["Everything in Plus", "Shared projects", "Admin controls", "Priority support"],
                False,
                "Try with your team",
            ),
        ],
    },
    "faq": {
        "items": [
            (
                "Is there a free trial?",
                "Yes. Every paid plan starts with a 14-day free trial, no card required.",
            ),
            (
                "Which devices does {name} work on?",
                "iPhone, iPad, Android, Mac, Windows and any modern web browser.",
            ),
            (
                "Can I import from other apps?",
                "You can import from most popular apps in a couple of clicks.",
            ),
            (
                "Is my data safe?",
                "Everything is encrypted end to end. We can't read your data, and we never sell it.",
            ),
        ],
    },
    "stats": {
        "items": [
            ("250k", "people using it daily"),
            ("4.8", "average app store rating"),
            ("12", "languages"),
            ("99.99%", "uptime last year"),
        ]
    },
    "cta": {
        "title": "Try {name} free for 14 days",
        "text": "No card required. Set up in two minutes.",
        "button": ("Start free trial", "pricing"),
    },
    "contact": {
        "title": "Questions? We're here",
        "intro": "Our support team replies within a few hours, seven days a week.",
        "message": "How can we help?",
        "address": "",
    },
    "footer": {"tagline": "Less fuss, more done."},
}

TOPICS: dict[str, dict[str, dict]] = {
    "gadget": {
        "hero": {
            "eyebrow": "Introducing {name}",
            "headline": "Beautiful light that follows your day",
            "tagline": "{name} is a smart desk lamp that shifts from crisp morning light to a warm evening "
            "glow, automatically. Crafted from aluminium and oak.",
            "cta": ("Pre-order now", "pricing"),
            "cta2": ("Explore features", "features"),
            "art": "device",
        },
        "features": {
            "title": "Thoughtfully made",
            "intro": "Every detail considered, from the weighted base to the touch dimmer.",
            "items": [
                ("sun", "Circadian light", "Cooler light to focus in the morning, warmer light to unwind."),
                ("hand", "Touch dimmer", "Slide a finger along the arm for the perfect brightness."),
                ("leaf", "Built to last", "Solid oak and recycled aluminium, with a 5-year warranty."),
                ("bolt", "Energy efficient", "Uses 80% less energy than a traditional bulb."),
                ("phone", "App optional", "Works perfectly without an app; the app just adds schedules."),
                ("shield", "Safe for eyes", "Flicker-free and glare-free, certified for all-day use."),
            ],
        },
        "gallery": {
            "title": "Design details",
            "items": [
                "Oak base",
                "Touch dimmer",
                "Warm glow",
                "In the studio",
                "Colour options",
                "In the box",
            ],
        },
        "pricing": {
            "title": "Choose your {name}",
            "intro": "Free shipping and 60-day returns on every order.",
            "plans": [
                (
                    "{name} Mini",
                    "$129",
                    "one-off",
                    "Perfect for bedside tables.",
                    ["Touch dimmer", "Warm to cool light", "USB-C powered"],
                    False,
                    "Pre-order Mini",
                ),
                (
                    "{name}",
                    "$189",
                    "one-off",
                    "Our signature desk lamp.",
                    ["Everything in Mini", "Circadian mode", "Oak base", "5-year warranty"],
                    True,
                    "Pre-order now",
                ),
                (
                    "{name} Studio",
                    "$249",
                    "one-off",
                    "For large desks and studios.",
                    ["Everything in {name}", "Wider beam", "Wireless charging base"],
                    False,
                    "Pre-order Studio",
                ),
            ],
        },
        "faq": {
            "items": [
                (
                    "When will my order ship?",
                    "Pre-orders ship in the first week of October, in the order they were placed.",
                ),
                (
                    "What's the warranty?",
                    "Five years on the lamp and the LEDs. If anything goes wrong, we replace it.",
                ),
                ("Can I return it?", "Yes, within 60 days, for any reason. Returns are free."),
                ("Does it need an app?", "No. Everything works from the lamp itself; the app is optional."),
            ],
        },
        "testimonials": {
            "title": "What early reviewers say",
            "items": [
                (
                    "The nicest piece of tech on my desk, and the only one I never have to think about.",
                    "Julia Park",
                    "Interior designer",
                ),
                ("My evenings feel calmer since switching. The warm glow is lovely.", "Owen Price", "Writer"),
                ("Solid, simple and beautifully made. Worth every penny.", "Ines Duarte", "Architect"),
            ],
        },
        "footer": {"tagline": "Designed in {city}. Made to last."},
    },
}
