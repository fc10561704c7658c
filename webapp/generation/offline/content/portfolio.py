"""Copy for portfolios: designers, photographers, developers and artists."""

DEFAULT_NAMES = {
    "design": "Alex Morgan",
    "photography": "Maya Lind",
    "development": "Sam Rivera",
    "art": "Iris Calloway",
}

SECTIONS: dict[str, dict] = {
    "hero": {
        "eyebrow": "Independent designer · Available for new projects",
        "headline": "Design that makes complicated things feel simple",
        "tagline": "I'm {name}. I help start-ups and small teams turn rough ideas into clear, "
        "beautiful products people enjoy using.",
        "cta": ("See my work", "projects"),
        "cta2": ("Get in touch", "contact"),
        "art": "frames",
    },
    "projects": {
        "title": "Selected work",
        "nav": "Work",
        "intro": "A few recent projects I'm proud of. Each one started with a conversation.",
        "items": [
            (
                "Harbour Bank app",
                "Product design",
                "Redesigned onboarding for a community bank, cutting sign-up time in half.",
            ),
            (
                "Fieldnotes",
                "Brand identity",
                "Logo, type and colour system for an independent outdoor magazine.",
            ),
            (
                "Bloom Market",
                "E-commerce",
                "A friendly online shop for a florist, from wireframes to launch.",
            ),
            ("City Transit maps", "Information design", "Clearer route maps for a regional bus network."),
            ("Kite Health", "Design system", "A component library that lets a team of 20 ship consistently."),
            (
                "Open Studios",
                "Website",
                "An events site for 120 artists opening their studios to the public.",
            ),
        ],
    },
    "about": {
        "title": "About me",
        "paragraphs": [
            "I'm {name}, a designer with ten years of experience across agencies, start-ups and my own "
            "studio. I care about the details, but more about whether the thing actually works for people.",
            "When I'm not designing you will find me sketching in cafés, cycling a little too far, or "
            "teaching design basics at the community college.",
        ],
        "points": ["10 years of experience", "Clients in 9 countries", "Remote-friendly, based in Lisbon"],
        "art": "person",
    },
    "services": {
        "title": "How I can help",
        "intro": "Engagements are shaped around your goals, from a quick review to a full product.",
        "items": [
            (
                "compass",
                "Product design",
                "Research, flows and polished interfaces for web and mobile.",
                "From $3,000",
            ),
            (
                "pen",
                "Brand identity",
                "Logos, colour, type and a guide your team can actually use.",
                "From $2,400",
            ),
            (
                "layers",
                "Design systems",
                "Reusable components that keep a growing product consistent.",
                "From $4,500",
            ),
        ],
    },
    "testimonials": {
        "title": "Kind words from clients",
        "items": [
            (
                "{first} understood our users better than we did after two weeks. The new app is a joy.",
                "Rachel Kim",
                "Head of Product, Harbour Bank",
            ),
            (
                "Thoughtful, fast and a pleasure to work with. We will be back for the next project.",
                "Jonas Berg",
                "Founder, Fieldnotes",
            ),
            (
                "Clear communication, beautiful work and no drama. What more could you want?",
                "Ama Owusu",
                "Director, Open Studios",
            ),
        ],
    },
    "pricing": {
        "title": "Ways to work together",
        "intro": "Fixed prices for clear scopes; a day rate for everything else.",
        "nav": "Rates",
        "plans": [
            (
                "Review",
                "$600",
                "one-off",
                "A focused audit with clear recommendations.",
                ["90-minute session", "Written report", "Follow-up call"],
                False,
                "Book a review",
            ),
            (
                "Project",
                "$3,000",
                "per project",
                "A defined piece of work, start to finish.",
                ["Discovery workshop", "Design & prototypes", "Two rounds of changes"],
                True,
                "Start a project",
            ),
            (
                "Retainer",
                "$2,200",
                "/month",
                "Ongoing design support for your team.",
                ["4 days a month", "Priority scheduling", "Cancel anytime"],
                False,
                "Let's talk",
            ),
        ],
    },
    "contact": {
        "title": "Let's work together",
        "intro": "Have a project in mind? Tell me about it. I reply to every message within two days.",
        "message": "Tell me about your project",
        "button": "Send message",
        "success": "Thanks for reaching out! I'll reply within two days.",
        "phone": "",
        "address": "Based in Lisbon, working worldwide",
    },
    "gallery": {
        "title": "Studio",
        "items": ["Sketches", "Workshop", "Moodboard", "Prototypes", "Type studies", "Final screens"],
    },
    "footer": {"tagline": "Thanks for looking. Let's make something good."},
}

TOPICS: dict[str, dict[str, dict]] = {
    "photography": {
        "hero": {
            "eyebrow": "Photographer · Weddings, portraits & travel",
            "headline": "Honest photographs of real moments",
            "tagline": "I'm {name}. I photograph people, places and the quiet moments in between, "
            "with natural light and very little fuss.",
            "cta": ("View the portfolio", "projects"),
            "cta2": ("Check availability", "contact"),
        },
        "projects": {
            "title": "Recent stories",
            "nav": "Portfolio",
            "intro": "A few favourite sessions from the past year.",
            "items": [
                ("Anna & Luis", "Wedding", "A windswept clifftop wedding on the coast of Portugal."),
                ("Northern light", "Travel", "Two weeks chasing the winter sun across Norway."),
                ("The Okafor family", "Portrait", "A lazy Sunday at home, pancakes included."),
                ("Market mornings", "Editorial", "A photo essay on a 100-year-old food market."),
                ("Studio portraits", "Portrait", "Headshots for a team of architects."),
                ("Desert roads", "Travel", "Film photographs from a road trip through Utah."),
            ],
        },
        "services": {
            "title": "Sessions",
            "intro": "Relaxed sessions, beautiful photographs, delivered within two weeks.",
            "items": [
                (
                    "camera",
                    "Portraits",
                    "A relaxed one-hour session, at home or outdoors. 30 edited photos.",
                    "From $350",
                ),
                (
                    "heart",
                    "Weddings",
                    "Full-day coverage, from getting ready to the last dance.",
                    "From $2,800",
                ),
                ("compass", "Commercial", "Photography for brands, products and editorial.", "From $900/day"),
            ],
        },
        "about": {
            "paragraphs": [
                "I'm {name}, a photographer based by the sea. I fell in love with photography on my "
                "grandfather's old film camera and never really put it down.",
                "My style is natural and unposed. I would rather wait for a real laugh than ask for a fake "
                "one, and I like to keep sessions relaxed, fun and short.",
            ],
            "points": [
                "Over 150 weddings photographed",
                "Published in Kinfolk and Cereal",
                "Travels worldwide",
            ],
        },
        "gallery": {
            "title": "Gallery",
            "items": [
                "Golden hour",
                "First dance",
                "Coastline",
                "Portrait study",
                "City at night",
                "Quiet morning",
            ],
        },
        "testimonials": {
            "title": "Kind words from clients",
            "items": [
                (
                    "{first} made us forget the camera was there. The photos feel like the day felt.",
                    "Rachel Kim",
                    "Client",
                ),
                ("Relaxed, quick and the pictures arrived a week early.", "Jonas Berg", "Client"),
                ("We have looked at them every day since. Thank you.", "Ama Owusu", "Client"),
            ],
        },
        "contact": {
            "title": "Check availability",
            "intro": "Tell me your date, location and a little about what you have in mind.",
            "message": "Date, location and what you'd like photographed",
        },
    },
    "development": {
        "hero": {
            "eyebrow": "Software developer · Web & mobile",
            "headline": "Fast, reliable software, built to last",
            "tagline": "I'm {name}, a full-stack developer. I build web apps and APIs that are pleasant "
            "to use and easy to maintain.",
            "cta": ("See projects", "projects"),
            "cta2": ("Hire me", "contact"),
            "art": "code",
        },
        "projects": {
            "title": "Projects",
            "items": [
                ("Ledgerly", "Web app", "Bookkeeping for freelancers, used by 4,000 people every month."),
                ("Trailhead API", "Backend", "A public API serving 2 million trail maps a day."),
                ("Pocket Pantry", "Mobile", "A React Native app that turns leftovers into recipes."),
                ("Open Transit", "Open source", "A routing library with 1,800 stars on GitHub."),
                ("Shopfront", "E-commerce", "A fast, accessible storefront for an independent bookshop."),
                ("Pulse", "Dashboard", "Real-time monitoring for a fleet of delivery bikes."),
            ],
        },
        "services": {
            "title": "What I do",
            "intro": "From a first prototype to a system that serves millions of requests.",
            "items": [
                (
                    "code",
                    "Web applications",
                    "From prototype to production, with tests and documentation.",
                    "From $5,000",
                ),
                (
                    "layers",
                    "APIs & backends",
                    "Well-designed services that scale with your product.",
                    "From $4,000",
                ),
                (
                    "shield",
                    "Code review & audits",
                    "A fresh pair of eyes on security and performance.",
                    "From $800",
                ),
            ],
        },
        "about": {
            "paragraphs": [
                "I'm {name}. I have been writing software for twelve years, for banks, start-ups and "
                "non-profits. I like boring technology, clear code and shipping on Fridays (carefully).",
                "I work best as part of small teams, pairing closely with designers and the people who will "
                "actually use what we build.",
            ],
            "points": [
                "Python, TypeScript, Go",
                "Accessibility and performance first",
                "Open-source contributor",
            ],
        },
    },
    "art": {
        "hero": {
            "eyebrow": "Artist · Painting & ceramics",
            "headline": "Colour, texture and a little bit of mess",
            "tagline": "I'm {name}. I make paintings and hand-built ceramics in a small studio by the river.",
            "cta": ("See the work", "projects"),
            "cta2": ("Commission a piece", "contact"),
        },
        "projects": {
            "title": "Recent work",
            "items": [
                ("Tidewater", "Oil on canvas", "A series of six large paintings about the changing river."),
                ("Small vessels", "Ceramics", "Hand-built stoneware cups and bowls, glazed in ash."),
                ("Garden studies", "Watercolour", "A year of sketches from my allotment."),
                ("Blue hour", "Oil on board", "Twilight scenes from the city's rooftops."),
                ("Terra", "Sculpture", "Unglazed clay forms shown at the Riverside Gallery."),
                ("Letters", "Mixed media", "Collages made from a century of family correspondence."),
            ],
        },
        "services": {
            "title": "Commissions & classes",
            "intro": "Original work for your walls, and the chance to make your own.",
            "items": [
                (
                    "pen",
                    "Commissions",
                    "A painting made for your space, from first sketch to framing.",
                    "From $900",
                ),
                ("spark", "Ceramics classes", "Small weekend classes for complete beginners.", "$120 / day"),
                ("heart", "Prints", "Signed giclée prints of selected paintings.", "From $60"),
            ],
        },
    },
}

# A portfolio named like a business ("Studio North", "Kite & Co") speaks as "we", not "I".
STUDIO: dict[str, dict] = {
    "hero": {
        "tagline": "{name} is a small, independent studio. We turn rough ideas into clear, beautiful work "
        "that people enjoy.",
        "cta": ("See our work", "projects"),
    },
    "about": {
        "title": "About the studio",
        "paragraphs": [
            "{name} is a small team of makers who care about the details, and even more about whether the "
            "work actually helps the people it is for.",
            "We take on a handful of clients at a time, so every project gets our full attention from the "
            "first sketch to the final delivery.",
        ],
        "points": [
            "Independent and small on purpose",
            "Clients in 9 countries",
            "Remote-friendly, based in Lisbon",
        ],
        "art": "people",
    },
    "services": {"title": "How we can help"},
    "testimonials": {
        "items": [
            (
                "The {name} team understood our users better than we did after two weeks.",
                "Rachel Kim",
                "Head of Product, Harbour Bank",
            ),
            (
                "Thoughtful, fast and a pleasure to work with. We will be back for the next project.",
                "Jonas Berg",
                "Founder, Fieldnotes",
            ),
            (
                "Clear communication, beautiful work and no drama. What more could you want?",
                "Ama Owusu",
                "Director, Open Studios",
            ),
        ],
    },
    "contact": {
        "intro": "Have a project in mind? Tell us about it. We reply to every message within two days.",
        "message": "Tell us about your project",
        "success": "Thanks for reaching out! We'll reply within two days.",
    },
}
