"""Copy for landing pages (a small business) and personal pages (one person)."""

LANDING_NAMES = {"business": "Brightpath", "wellness": "Still Water Studio"}
PERSONAL_NAMES = {"general": "Jamie Taylor"}

LANDING: dict[str, dict] = {
    "hero": {
        "eyebrow": "Welcome to {name}",
        "headline": "Grow your business without the guesswork",
        "tagline": "{name} gives small teams clear advice, practical tools and a partner who "
        "actually picks up the phone.",
        "cta": ("Get started", "pricing"),
        "cta2": ("How it works", "features"),
        "art": "dashboard",
    },
}

PERSONAL: dict[str, dict] = {
    "hero": {
        "eyebrow": "Hello, and welcome",
        "headline": "Hi, I'm {name}",
        "tagline": "I write, make things and ask a lot of questions. This is my small corner of the "
        "internet: a bit about me, what I'm working on, and how to reach me.",
        "cta": ("About me", "about"),
        "cta2": ("Say hello", "contact"),
        "art": "monogram",
    },
    "about": {
        "title": "About me",
        "paragraphs": [
            "I'm {first}. I grew up by the sea, studied literature, and somehow ended up working in "
            "technology, which turns out to need a lot of good writing.",
            "These days I spend my time on side projects, long bike rides and a slowly growing collection "
            "of houseplants. I love meeting new people, so don't be shy.",
        ],
        "points": ["Based in {city}", "Currently learning Spanish", "Always up for a coffee"],
        "art": "person",
    },
    "features": {
        "title": "What I'm into",
        "nav": "Interests",
        "intro": "A few of the things that fill my days, and sometimes my nights.",
        "items": [
            ("pen", "Writing", "Essays and short notes about work, books and paying attention."),
            ("compass", "Getting outside", "Weekend bike rides and the occasional mountain."),
            ("code", "Side projects", "Small tools and websites I build for fun and for friends."),
        ],
    },
    "projects": {
        "title": "Things I've made",
        "nav": "Projects",
        "intro": "Small projects, built for fun and for the people around me.",
        "items": [
            ("Plant Pal", "Side project", "A tiny app that reminds me to water my forty-two houseplants."),
            ("Coastal Rides", "Guide", "Maps and notes from my favourite bike routes along the coast."),
            ("Reading list", "Collection", "Every book I've read since 2015, with one-line reviews."),
        ],
    },
    "posts": {"title": "Recent writing", "nav": "Writing"},
    "contact": {
        "title": "Say hello",
        "intro": "Questions, ideas, or just want to chat? My inbox is always open.",
        "message": "What's on your mind?",
        "phone": "",
        "address": "",
        "success": "Thanks for your message! I'll get back to you soon.",
    },
    "testimonials": {
        "title": "Kind words",
        "items": [
            (
                "{first} is the person you call when you need a clear head and a kind word.",
                "Ruth M.",
                "Friend and colleague",
            ),
            ("Generous with time, ideas and terrible puns.", "Dev P.", "Former teammate"),
            (
                "A brilliant collaborator. Our project wouldn't exist without {first}.",
                "Lina K.",
                "Co-founder",
            ),
        ],
    },
    "footer": {"tagline": "Thanks for visiting. Come back soon."},
}

LANDING_TOPICS: dict[str, dict[str, dict]] = {
    "wellness": {
        "hero": {
            "eyebrow": "Yoga & movement studio",
            "headline": "Move well, breathe deeply, feel at home",
            "tagline": "{name} offers small, friendly classes for every body and every level, from first "
            "timers to seasoned practitioners.",
            "cta": ("See class passes", "pricing"),
            "cta2": ("Our classes", "services"),
            "art": "wellness",
        },
        "features": {
            "title": "Why people practise with us",
            "intro": "A calm space, great teachers and a community that makes it easy to keep coming back.",
            "items": [
                ("heart", "Small classes", "Never more than 14 people, so your teacher knows your name."),
                (
                    "leaf",
                    "All levels welcome",
                    "Every class offers options, whether it's your first or your 500th.",
                ),
                ("sun", "Light-filled studio", "Mats, blocks and blankets provided. Just bring yourself."),
                (
                    "calendar",
                    "Classes all week",
                    "Early mornings, lunchtimes and evenings, seven days a week.",
                ),
                (
                    "people",
                    "Friendly community",
                    "Workshops, socials and a studio that feels like a second home.",
                ),
                (
                    "shield",
                    "Qualified teachers",
                    "Every teacher has at least 500 hours of certified training.",
                ),
            ],
        },
        "services": {
            "title": "Classes",
            "nav": "Classes",
            "intro": "Find the class that fits your day and your energy.",
            "items": [
                ("sun", "Morning flow", "A gentle, energising start to the day. 60 minutes.", "All levels"),
                ("flame", "Power vinyasa", "Strong, sweaty and fun. 75 minutes.", "Intermediate"),
                (
                    "leaf",
                    "Restore & yin",
                    "Slow, deep stretches and plenty of rest. 60 minutes.",
                    "All levels",
                ),
            ],
        },
        "about": {
            "title": "About the studio",
            "paragraphs": [
                "{name} opened in 2017 above a bookshop on {street}, with one room, six mats and a kettle. "
                "Today we run 40 classes a week, and the kettle is still on.",
                "We believe yoga should feel welcoming, not intimidating. No mirrors, no pressure, and "
                "plenty of laughter.",
            ],
            "points": ["First class free", "Mats and props provided", "Showers and lockers on site"],
            "art": "wellness",
        },
        "pricing": {
            "title": "Class passes",
            "nav": "Prices",
            "intro": "Your first class is on us. After that, choose what suits you.",
            "plans": [
                (
                    "Drop-in",
                    "$22",
                    "/class",
                    "Come when you can.",
                    ["Any class", "Mat hire included"],
                    False,
                    "Book a class",
                ),
                (
                    "Unlimited",
                    "$129",
                    "/month",
                    "For a regular practice.",
                    ["Unlimited classes", "10% off workshops", "Bring a friend monthly"],
                    True,
                    "Start unlimited",
                ),
                (
                    "10-class pass",
                    "$180",
                    "valid 4 months",
                    "Flexible and great value.",
                    ["10 classes", "Share with a partner"],
                    False,
                    "Buy a pass",
                ),
            ],
        },
        "testimonials": {
            "title": "From our students",
            "items": [
                (
                    "I was nervous before my first class. Now {name} is the best part of my week.",
                    "Sophie L.",
                    "Student since 2019",
                ),
                (
                    "Brilliant teachers who actually adjust for your body. My back has never felt better.",
                    "Daniel R.",
                    "Unlimited member",
                ),
                (
                    "Calm, warm and beautifully run. It feels like a community, not a gym.",
                    "Grace O.",
                    "Morning flow regular",
                ),
            ],
        },
        "faq": {
            "items": [
                (
                    "I've never done yoga. Is that okay?",
                    "Absolutely. Most classes are open to all levels, and "
                    "our teachers always offer simpler options.",
                ),
                (
                    "What should I bring?",
                    "Comfortable clothes and a bottle of water. Mats, blocks and blankets are provided.",
                ),
                ("How do I book?", "Send us a message below or drop in ten minutes before class."),
                (
                    "Can I pause my membership?",
                    "Yes, you can freeze an unlimited membership for up to two months a year.",
                ),
            ],
        },
        "team": {
            "title": "Our teachers",
            "items": [
                ("Maya Chen", "Founder & teacher", "Teaching for 12 years, with a soft spot for slow flows."),
                ("Leo Park", "Vinyasa", "Former dancer who brings rhythm and joy to every class."),
                ("Ana Silva", "Yin & restore", "Calm voice, great playlists, longer savasanas."),
                ("Sam Ode", "Pilates", "Strong cores and good posture, explained simply."),
            ],
        },
        "contact": {
            "title": "Book your first class",
            "intro": "Your first class is free. Tell us when you'd like to come and we'll save you a mat.",
            "message": "Which class, and anything we should know (injuries, questions)",
            "button": "Book my free class",
            "success": "Thank you! We'll confirm your free class by email. See you on the mat.",
        },
        "visit": {
            "title": "Visit the studio",
            "address": ["2nd floor, 48 {street}", "{city_line}"],
            "hours": [("Monday to Friday", "6:30 to 21:00"), ("Saturday & Sunday", "8:00 to 18:00")],
            "note": "Please arrive ten minutes early for your first class.",
        },
        "footer": {"tagline": "Breathe in, breathe out. See you soon."},
    },
}
