"""Copy for blogs: general, travel, food and tech."""

DEFAULT_NAMES = {
    "general": "Field Notes",
    "travel": "Far & Away",
    "food": "The Sunday Table",
    "tech": "Commit Log",
}

SECTIONS: dict[str, dict] = {
    "hero": {
        "eyebrow": "A blog about slow living",
        "headline": "Notes on living a little more slowly",
        "tagline": "{name} is a weekly blog about simple routines, good books, long walks and the "
        "small things that make ordinary days better.",
        "cta": ("Read the latest", "posts"),
        "cta2": ("Subscribe", "newsletter"),
        "art": "stack",
    },
    "posts": {
        "title": "Latest posts",
        "nav": "Posts",
        "intro": "Fresh from the notebook. New posts every Sunday morning.",
        "items": [
            (
                "The case for a ten-minute morning walk",
                "Habits",
                "2 June",
                "5 min",
                "No phone, no podcast, no goal. Just ten minutes outside before the day begins.",
            ),
            (
                "Twelve books that changed how I spend my time",
                "Reading",
                "26 May",
                "9 min",
                "From a gardening memoir to a book about boredom: the reading list I keep going back to.",
            ),
            (
                "How I finally kept a journal for a whole year",
                "Writing",
                "19 May",
                "7 min",
                "Three lines a day, a cheap notebook and one rule that made it stick.",
            ),
            (
                "A simple weekly reset",
                "Home",
                "12 May",
                "6 min",
                "An hour every Sunday that makes the whole week calmer. Here is my checklist.",
            ),
            (
                "Learning to do one thing at a time",
                "Focus",
                "5 May",
                "8 min",
                "What happened when I stopped multitasking for a month.",
            ),
            (
                "The joy of fixing things",
                "Craft",
                "28 April",
                "6 min",
                "Darning socks, gluing chairs and why repair feels so good.",
            ),
        ],
    },
    "about": {
        "title": "About this blog",
        "paragraphs": [
            "Hi, I'm the writer behind {name}. I started this blog in 2019 as a way to think out loud, "
            "and somehow a few thousand of you decided to read along.",
            "Every week I write about what I'm learning, reading and trying. No ads, no sponsored posts, "
            "just honest notes from an ordinary life.",
        ],
        "points": ["New posts every Sunday", "Over 200 posts in the archive", "Reader-supported, no ads"],
        "art": "person",
    },
    "newsletter": {
        "title": "Get new posts by email",
        "text": "Join 4,000 readers and get each new post on Sunday morning. Unsubscribe with one click.",
        "button": "Subscribe",
        "success": "Thanks for subscribing! Look out for the next post on Sunday.",
    },
    "testimonials": {
        "title": "From readers",
        "items": [
            (
                "My favourite email of the week. Calm, honest and always something to think about.",
                "Laura P.",
                "Reader since 2020",
            ),
            ("{name} got me journaling again after ten years. Thank you.", "Ben A.", "Subscriber"),
            ("Thoughtful writing without the hustle. A rare thing online.", "Noor S.", "Reader"),
        ],
    },
    "contact": {
        "title": "Say hello",
        "intro": "I read every message, even if it takes me a little while to reply.",
        "message": "Your message",
        "phone": "",
        "address": "",
        "success": "Thank you for writing! I'll reply as soon as I can.",
    },
    "footer": {"tagline": "Written slowly, with a cup of tea nearby."},
}

TOPICS: dict[str, dict[str, dict]] = {
    "travel": {
        "hero": {
            "eyebrow": "Travel stories & guides",
            "headline": "Slow travel, long trains and the best street food",
            "tagline": "{name} is a travel blog for curious people: honest guides, train routes and "
            "stories from 40 countries and counting.",
        },
        "posts": {
            "title": "Latest stories",
            "intro": "New adventures, itineraries and packing lists.",
            "items": [
                (
                    "Lisbon to Porto by slow train",
                    "Portugal",
                    "2 June",
                    "8 min",
                    "Cork forests, river valleys and a very good custard tart on the way.",
                ),
                (
                    "Ten days in Japan on a budget",
                    "Japan",
                    "26 May",
                    "12 min",
                    "Yes, it's possible. Here is exactly what I spent and where.",
                ),
                (
                    "The only packing list you need",
                    "Guides",
                    "19 May",
                    "6 min",
                    "One carry-on, three weeks, no regrets. My tried and tested list.",
                ),
                (
                    "Hiking the Dolomites hut to hut",
                    "Italy",
                    "12 May",
                    "10 min",
                    "Five days, four mountain huts and far too much polenta.",
                ),
                (
                    "How I plan a trip in an afternoon",
                    "Guides",
                    "5 May",
                    "7 min",
                    "The simple spreadsheet behind every journey on this blog.",
                ),
                (
                    "A week in Oaxaca",
                    "Mexico",
                    "28 April",
                    "9 min",
                    "Markets, mole and mezcal: a love letter to southern Mexico.",
                ),
            ],
        },
        "about": {
            "title": "About the traveller",
            "paragraphs": [
                "I'm the traveller behind {name}. In 2016 I quit my office job, bought a "
                "rail pass and never quite stopped moving.",
                "I write the guides I wish I had found: practical, honest and "
                "budget-friendly, with a soft spot for trains and markets.",
            ],
            "points": ["40 countries visited", "Guides updated every year", "No sponsored trips"],
        },
    },
    "food": {
        "hero": {
            "eyebrow": "Home cooking & recipes",
            "headline": "Recipes for slow Sundays and busy weeknights",
            "tagline": "{name} shares tested, no-fuss recipes from a small home kitchen, with stories "
            "from the markets and people that inspire them.",
            "cta": ("Get cooking", "posts"),
        },
        "posts": {
            "title": "Latest recipes",
            "intro": "Tested three times, written once. Happy cooking!",
            "items": [
                (
                    "One-pan lemon chicken with orzo",
                    "Weeknight",
                    "2 June",
                    "4 min",
                    "Thirty minutes, one pan, and everyone asks for seconds.",
                ),
                (
                    "The easiest sourdough, explained",
                    "Baking",
                    "26 May",
                    "12 min",
                    "Everything I wish I had known when I baked my first brick.",
                ),
                (
                    "Summer tomato galette",
                    "Vegetarian",
                    "19 May",
                    "5 min",
                    "Flaky pastry, ripe tomatoes and a little goat cheese.",
                ),
                (
                    "My pantry essentials",
                    "Guides",
                    "12 May",
                    "7 min",
                    "Twenty ingredients that make any meal better.",
                ),
                ("Spiced carrot soup", "Vegan", "5 May", "4 min", "Warming, silky and ready in 25 minutes."),
                (
                    "Brown butter chocolate chip cookies",
                    "Baking",
                    "28 April",
                    "6 min",
                    "Crisp edges, chewy middles. The last cookie recipe you'll need.",
                ),
            ],
        },
    },
    "tech": {
        "hero": {
            "eyebrow": "Software, tools & lessons learned",
            "headline": "Writing about code, craft and shipping things",
            "tagline": "{name} is a blog about building software: practical tutorials, honest "
            "post-mortems and notes from fifteen years of programming.",
        },
        "posts": {
            "title": "Latest posts",
            "intro": "Long-form posts about building and maintaining software.",
            "items": [
                (
                    "What I learned rewriting our API",
                    "Architecture",
                    "2 June",
                    "11 min",
                    "We did the thing everyone warns you not to do. Here is how it went.",
                ),
                (
                    "A gentle introduction to SQL indexes",
                    "Databases",
                    "26 May",
                    "9 min",
                    "Why your query is slow, and the one-line fix that usually helps.",
                ),
                (
                    "Testing without the pain",
                    "Testing",
                    "19 May",
                    "8 min",
                    "Fewer mocks, faster suites and tests you actually trust.",
                ),
                (
                    "My terminal setup, revisited",
                    "Tools",
                    "12 May",
                    "6 min",
                    "The small tools and aliases that save me an hour a week.",
                ),
                (
                    "On writing boring code",
                    "Craft",
                    "5 May",
                    "7 min",
                    "Clever code is a loan. Boring code pays dividends.",
                ),
                (
                    "Shipping on a Friday",
                    "Process",
                    "28 April",
                    "5 min",
                    "Why we deploy any day of the week, and what makes it safe.",
                ),
            ],
        },
    },
}
