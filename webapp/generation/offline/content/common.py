"""Copy every kind of site can fall back on: a small, friendly business.

Strings may hold {name}, {domain} and {first}; they are filled in and
escaped when rendered.
"""

SECTIONS: dict[str, dict] = {
    "hero": {
        "eyebrow": "Welcome to {name}",
        "headline": "Good work, done with care",
        "tagline": "{name} helps people like you get more done with less fuss: clear advice, "
        "honest prices and a team that actually picks up the phone.",
        "cta": ("Get in touch", "contact"),
        "cta2": ("See what we do", "features"),
        "art": "dashboard",
    },
    "features": {
        "title": "Why people choose {name}",
        "intro": "Everything you need, nothing you don't. Here is what you can count on.",
        "nav": "Features",
        "items": [
            (
                "bolt",
                "Quick to start",
                "Be up and running in days, not months, with a setup that fits the way you already work.",
            ),
            (
                "shield",
                "Reliable",
                "Clear processes and honest communication mean no surprises along the way.",
            ),
            (
                "heart",
                "People first",
                "A small, dedicated team that knows your name and answers when you call.",
            ),
            (
                "chart",
                "Measurable results",
                "We track what matters and report progress in plain language every month.",
            ),
            (
                "leaf",
                "Built to last",
                "Thoughtful choices today that save you time and money for years to come.",
            ),
            (
                "chat",
                "Always reachable",
                "Questions get an answer within one working day, from a real person.",
            ),
        ],
    },
    "services": {
        "title": "Services",
        "intro": "Pick what you need today and add more as you grow.",
        "nav": "Services",
        "items": [
            (
                "compass",
                "Consultation",
                "A focused session to understand your goals and map out next steps.",
                "From $90",
            ),
            (
                "layers",
                "Full project",
                "From first sketch to finished result, handled end to end.",
                "From $1,200",
            ),
            (
                "spark",
                "Ongoing support",
                "A monthly plan for updates, questions and small improvements.",
                "From $150 / month",
            ),
        ],
    },
    "about": {
        "title": "About {name}",
        "nav": "About",
        "paragraphs": [
            "{name} started with a simple idea: good service should feel personal. What began as a "
            "one-person project has grown into a small team that still treats every client like the first.",
            "We keep things straightforward. You will always know what we are working on, what it costs "
            "and when it will be ready.",
        ],
        "points": ["Independent and locally owned", "Transparent, fixed quotes", "Friendly, fast replies"],
        "art": "people",
    },
    "gallery": {
        "title": "Gallery",
        "intro": "A look at recent work and the place where it happens.",
        "nav": "Gallery",
        "items": [
            "The studio",
            "Behind the scenes",
            "A recent project",
            "Team day",
            "Details",
            "Finished work",
        ],
    },
    "pricing": {
        "title": "Simple, honest pricing",
        "intro": "No hidden fees. Change or cancel your plan at any time.",
        "nav": "Pricing",
        "plans": [
            (
                "Starter",
                "$19",
                "/month",
                "For individuals getting started.",
                ["Core features", "Email support", "1 project"],
                False,
                "Choose Starter",
            ),
            (
                "Growth",
                "$49",
                "/month",
                "For small teams that need more.",
                ["Everything in Starter", "Priority support", "10 projects", "Team sharing"],
                True,
                "Choose Growth",
            ),
            (
                "Pro",
                "$99",
                "/month",
                "For established businesses.",
                ["Everything in Growth", "Unlimited projects", "Dedicated manager", "Custom reports"],
                False,
                "Talk to us",
            ),
        ],
    },
    "testimonials": {
        "title": "What people say",
        "nav": "Reviews",
        "items": [
            (
                "Working with {name} was the easiest decision we made all year. Clear, quick and "
                "genuinely kind.",
                "Priya Nair",
                "Small business owner",
            ),
            (
                "They listened first, then delivered exactly what we needed, on time and on budget.",
                "Marcus Webb",
                "Operations lead",
            ),
            (
                "I have recommended {name} to three friends already. Every one of them thanked me.",
                "Elena Rossi",
                "Returning client",
            ),
        ],
    },
    "faq": {
        "title": "Frequently asked questions",
        "nav": "FAQ",
        "items": [
            (
                "How do I get started?",
                "Send us a message through the contact form. We reply within one "
                "working day to arrange a short, free call.",
            ),
            (
                "How much does it cost?",
                "Our plans start at $19 a month, and every quote is fixed before any "
                "work begins, so there are no surprises.",
            ),
            (
                "Can I change my mind later?",
                "Of course. You can change or cancel your plan at any time, "
                "with no fees and no awkward conversations.",
            ),
            (
                "Do you work with people outside the city?",
                "Yes. Most of our work happens online, and we are happy to travel for projects that need it.",
            ),
            (
                "What if I'm not happy?",
                "Tell us. We will put it right, and if we can't, we will refund the work in question.",
            ),
        ],
    },
    "contact": {
        "title": "Get in touch",
        "nav": "Contact",
        "intro": "Tell us a little about what you need and we will get back to you within one working day.",
        "email": "hello@{domain}",
        "phone": "+1 (555) 014-2290",
        "address": "{visit}",
        "message": "How can we help?",
        "button": "Send message",
        "success": "Thank you! Your message is on its way, and we will reply soon.",
    },
    "visit": {
        "title": "Visit us",
        "nav": "Visit",
        "intro": "Drop by, say hello, or call ahead and we will have everything ready.",
        "address": ["12 Harbour Street", "{city_line}"],
        "hours": [
            ("Monday to Friday", "9:00 to 18:00"),
            ("Saturday", "10:00 to 16:00"),
            ("Sunday", "Closed"),
        ],
        "note": "Free parking around the corner on {street}.",
    },
    "team": {
        "title": "Meet the team",
        "nav": "Team",
        "intro": "The people who make {name} work, every single day.",
        "items": [
            ("Sam Carter", "Founder", "Started {name} and still answers most of the emails personally."),
            ("Ana Lopes", "Operations", "Keeps every project on schedule and every promise kept."),
            ("Tom Okafor", "Specialist", "Ten years of experience and a knack for explaining things simply."),
            ("Mia Chen", "Customer care", "Your first point of contact, and the reason people come back."),
        ],
    },
    "stats": {
        "items": [
            ("12+", "years of experience"),
            ("1,500", "happy customers"),
            ("4.9/5", "average rating"),
            ("24h", "average reply time"),
        ],
    },
    "cta": {
        "title": "Ready when you are",
        "text": "Tell us what you have in mind. The first conversation is always free.",
        "button": ("Get in touch", "contact"),
    },
    "newsletter": {
        "title": "Stay in the loop",
        "text": "One short email a month with news, tips and the occasional offer. No spam, ever.",
        "button": "Subscribe",
        "success": "You're on the list. Thanks for subscribing!",
    },
    "text": {
        "paragraphs": [
            "This page is ready for your words. Tell the assistant what it should say, or edit the text "
            "directly: everything here is plain HTML.",
            "A good page answers one question well. Start with the most important thing a visitor should "
            "know, then add the details that help them decide.",
        ],
    },
    "footer": {
        "tagline": "Made with care. Thanks for stopping by.",
    },
}

# Introductions for the header of each extra page.
PAGE_INTROS = {
    "about": "The story, the people and the values behind {name}.",
    "blog": "News, notes and stories from {name}.",
    "contact": "Questions, ideas or bookings: we would love to hear from you.",
    "menu": "Everything we are cooking and pouring right now.",
    "gallery": "A closer look at {name}.",
    "pricing": "Clear prices, no surprises.",
    "faq": "Answers to the questions we hear most often.",
    "services": "What {name} can do for you.",
    "projects": "A selection of recent work.",
    "schedule": "Everything that is happening, hour by hour.",
    "team": "The people behind {name}.",
    "speakers": "The voices you will hear on stage.",
    "visit": "How to find us, and when we are open.",
    "reviews": "Kind words from the people we work with.",
    "features": "Everything that makes {name} worth choosing.",
}
