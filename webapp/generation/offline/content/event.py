"""Copy for events: conferences, weddings, festivals and meetups."""

DEFAULT_NAMES = {
    "conference": "Horizon Summit",
    "wedding": "Anna & Luis",
    "festival": "Riverside Sounds",
}

SECTIONS: dict[str, dict] = {
    "hero": {
        "eyebrow": "14–15 June · Riverside Hall, {city}",
        "headline": "{name}",
        "tagline": "Two days of talks, workshops and good conversations about building a better web. "
        "600 people, 24 speakers, one friendly room.",
        "cta": ("Get tickets", "pricing"),
        "cta2": ("See the schedule", "schedule"),
        "art": "ticket",
        "details": [
            ("calendar", "When", "14–15 June, 9:00 to 18:00"),
            ("pin", "Where", "Riverside Hall, {city}"),
            ("people", "Who", "600 designers, developers and makers"),
        ],
    },
    "about": {
        "title": "About the event",
        "paragraphs": [
            "{name} brings together people who make things for the web: designers, developers, writers and "
            "product people. It is a single-track event, so nobody misses the best talk.",
            "Expect practical talks, hands-on workshops, long lunch breaks and an evening party by the "
            "river. Everyone is welcome, whatever their experience.",
        ],
        "points": ["Single track, 24 talks", "Hands-on workshops", "Live captions for every session"],
        "art": "ticket",
    },
    "schedule": {
        "title": "Schedule",
        "nav": "Schedule",
        "intro": "Day one at a glance. The full programme is published two weeks before the event.",
        "items": [
            ("8:30", "Registration & coffee", "Pick up your badge and meet other attendees."),
            ("9:30", "Opening keynote", "The next ten years of the web, with Dr. Lena Ortiz."),
            ("11:00", "Design systems that last", "Workshop with Kofi Mensah."),
            ("12:30", "Lunch", "Local food trucks in the courtyard."),
            ("14:00", "Accessibility for everyone", "Talk by Sara Lindgren."),
            ("16:00", "Lightning talks", "Eight speakers, five minutes each."),
            ("19:00", "Riverside party", "Music, food and drinks on the terrace."),
        ],
    },
    "speakers": {
        "title": "Speakers",
        "nav": "Speakers",
        "intro": "Practitioners sharing what they have learned, the hard way.",
        "items": [
            ("Lena Ortiz", "Research lead, Openlab", "The next ten years of the web"),
            ("Kofi Mensah", "Design systems, Tandem", "Design systems that last"),
            ("Sara Lindgren", "Accessibility consultant", "Accessibility for everyone"),
            ("Hiro Tanaka", "Engineer, Northwind", "Fast sites on slow phones"),
        ],
    },
    "visit": {
        "title": "Venue",
        "nav": "Venue",
        "intro": "Riverside Hall is a restored 1920s warehouse with big windows and a terrace over the "
        "water.",
        "address": ["Riverside Hall", "1 Wharf Road, {city_line}"],
        "hours_title": "Times",
        "hours": [
            ("Doors open", "8:30 both days"),
            ("Talks", "9:30 to 18:00"),
            ("Party", "From 19:00 on day one"),
        ],
        "note": "Ten minutes' walk from Union Station. Step-free access throughout.",
    },
    "pricing": {
        "title": "Tickets",
        "nav": "Tickets",
        "intro": "Every ticket includes lunch, coffee and the party. Group discounts available.",
        "plans": [
            (
                "Student",
                "$99",
                "two days",
                "For students and recent graduates.",
                ["All talks", "Lunch & coffee", "Evening party"],
                False,
                "Get student ticket",
            ),
            (
                "Standard",
                "$299",
                "two days",
                "The full experience.",
                ["All talks & workshops", "Lunch & coffee", "Evening party", "Session recordings"],
                True,
                "Get your ticket",
            ),
            (
                "Team of five",
                "$1,200",
                "two days",
                "Bring the whole team and save.",
                ["Five standard tickets", "Reserved seating", "Invoice payment"],
                False,
                "Book for a team",
            ),
        ],
    },
    "faq": {
        "items": [
            (
                "Is there a code of conduct?",
                "Yes. Everyone attending, speaking or volunteering agrees to "
                "our code of conduct, and our team is on hand throughout the event.",
            ),
            (
                "Can I get a refund?",
                "Tickets are refundable until 30 days before the event, and can be "
                "transferred to someone else at any time.",
            ),
            (
                "Will talks be recorded?",
                "Every talk is recorded and shared with ticket holders within a week.",
            ),
            (
                "Is the venue accessible?",
                "Riverside Hall has step-free access, accessible toilets, a quiet "
                "room and live captions in the main hall.",
            ),
        ],
    },
    "contact": {
        "title": "Questions?",
        "intro": "Speaking, sponsoring or just curious? Send us a note and the team will reply.",
        "message": "Your question",
        "button": "Send",
        "success": "Thanks! Someone from the team will reply within two working days.",
    },
    "gallery": {
        "title": "Last year",
        "items": [
            "Main stage",
            "Workshops",
            "Hallway track",
            "Lunch in the sun",
            "Lightning talks",
            "Riverside party",
        ],
    },
    "cta": {
        "title": "Don't miss it",
        "text": "Standard tickets are limited to 600 and sold out last year.",
        "button": ("Get tickets", "pricing"),
    },
    "footer": {"tagline": "See you by the river."},
}

TOPICS: dict[str, dict[str, dict]] = {
    "wedding": {
        "hero": {
            "eyebrow": "We're getting married · 20 September",
            "headline": "{name}",
            "tagline": "We can't wait to celebrate with the people we love most. Here's everything you need "
            "to know about the day.",
            "cta": ("RSVP", "contact"),
            "cta2": ("The day", "schedule"),
            "art": "rings",
            "details": [
                ("calendar", "When", "Saturday 20 September, from 14:00"),
                ("pin", "Where", "Lake View Estate, Hood River"),
                ("spark", "Dress code", "Garden formal"),
            ],
        },
        "about": {
            "title": "Our story",
            "paragraphs": [
                "We met on a rainy Tuesday in a bookshop, reaching for the same copy of the same novel. "
                "Seven years, two cities and one very patient dog later, we are getting married.",
                "We would love you to join us for a relaxed day of food, music and dancing by the lake.",
            ],
            "points": [
                "Ceremony and party in one place",
                "Children warmly welcome",
                "Vegetarian menu available",
            ],
            "art": "rings",
        },
        "schedule": {
            "title": "The day",
            "intro": "Roughly how the day will go. Timings may wander a little.",
            "items": [
                ("14:00", "Guests arrive", "Welcome drinks on the lawn."),
                ("15:00", "Ceremony", "By the lake, weather permitting."),
                ("16:00", "Photos & canapés", "Time to mingle and find your seat."),
                ("18:00", "Dinner", "A long-table feast in the barn."),
                ("20:30", "First dance", "And then everybody dances."),
                ("00:00", "Carriages", "Shuttle buses to town until 00:30."),
            ],
        },
        "visit": {
            "title": "Getting there",
            "nav": "Travel",
            "intro": "Lake View Estate is an hour's drive from {city}, with free parking on site.",
            "address": ["Lake View Estate", "800 Orchard Road, Hood River, OR"],
            "hours_title": "Shuttles",
            "hours": [("Shuttle from town", "13:15 from the station"), ("Last shuttle back", "00:30")],
            "note": "We have reserved rooms at the Riverside Inn: mention our names when booking.",
        },
        "faq": {
            "items": [
                (
                    "Can I bring a plus-one?",
                    "If your invitation names a guest, absolutely. Space is limited, "
                    "so please check with us first.",
                ),
                ("Are children invited?", "Yes! There will be a play area and a children's menu."),
                (
                    "Do you have a gift list?",
                    "Your company is the best gift. If you would like to give "
                    "something, a contribution to our honeymoon fund would be lovely.",
                ),
                (
                    "What should I wear?",
                    "Garden formal: think summer suits and dresses, and shoes you can dance in on grass.",
                ),
            ],
        },
        "contact": {
            "title": "RSVP",
            "nav": "RSVP",
            "intro": "Please let us know by 1 August whether you can make it, and tell us about any "
            "dietary needs.",
            "message": "Who's coming, and any dietary needs",
            "button": "Send RSVP",
            "success": "Thank you! We've got your RSVP and can't wait to see you.",
            "phone": "",
            "address": "",
        },
        "gallery": {
            "title": "Us",
            "items": [
                "Where we met",
                "First holiday",
                "The proposal",
                "Our dog, Biscuit",
                "Home",
                "Adventures",
            ],
        },
        "footer": {"tagline": "With love, and see you on the dance floor."},
    },
    "festival": {
        "hero": {
            "eyebrow": "8–10 August · Riverside Park",
            "tagline": "Three days of live music, street food and summer evenings by the water. "
            "40 artists on 3 stages.",
            "cta": ("Buy tickets", "pricing"),
            "cta2": ("Line-up", "speakers"),
            "art": "stage",
            "details": [
                ("calendar", "When", "8–10 August, gates 12:00"),
                ("pin", "Where", "Riverside Park, {city}"),
                ("music", "Line-up", "40 artists on 3 stages"),
            ],
        },
        "about": {
            "title": "About the festival",
            "paragraphs": [
                "{name} started as a one-night party in a car park and grew into the city's "
                "favourite summer weekend. It is still independent, still friendly, and "
                "still by the river.",
                "Come for the music, stay for the food trucks, the sunset and the people.",
            ],
            "points": ["3 stages, 40 artists", "Family area with kids' workshops", "Plastic-free site"],
        },
        "speakers": {
            "title": "Line-up",
            "nav": "Line-up",
            "intro": "More names announced every Friday.",
            "items": [
                ("The Night Owls", "Friday headliner", "Indie rock"),
                ("Sola Adé", "Saturday headliner", "Afrobeat"),
                ("Marla & the Tide", "Sunday headliner", "Folk"),
                ("DJ Kestrel", "Late-night stage", "House"),
            ],
        },
        "schedule": {
            "title": "Saturday at a glance",
            "items": [
                ("12:00", "Gates open", "Food trucks, market stalls and the kids' area."),
                ("14:00", "Meadow stage opens", "Acoustic sets in the sun."),
                ("17:00", "Main stage", "Local heroes and new discoveries."),
                ("21:00", "Headliner", "Sola Adé closes the main stage."),
                ("23:00", "Late-night stage", "DJs until 1am."),
            ],
        },
        "pricing": {
            "title": "Tickets",
            "plans": [
                (
                    "Day ticket",
                    "$65",
                    "one day",
                    "Pick your favourite day.",
                    ["Entry for one day", "All stages"],
                    False,
                    "Buy day ticket",
                ),
                (
                    "Weekend",
                    "$149",
                    "three days",
                    "The full festival.",
                    ["Entry all three days", "All stages", "Re-entry"],
                    True,
                    "Buy weekend ticket",
                ),
                (
                    "Camping",
                    "$199",
                    "three days",
                    "Weekend plus a pitch by the river.",
                    ["Weekend ticket", "Camping pitch", "Hot showers"],
                    False,
                    "Buy camping ticket",
                ),
            ],
        },
        "visit": {
            "title": "Getting there",
            "nav": "Travel",
            "address": ["Riverside Park", "Waterfront Drive, {city}"],
            "hours_title": "Gates",
            "hours": [
                ("Friday", "16:00 to 23:00"),
                ("Saturday", "12:00 to 01:00"),
                ("Sunday", "12:00 to 22:00"),
            ],
            "note": "Cycle parking for 2,000 bikes. Free shuttle from Union Station.",
        },
        "footer": {"tagline": "See you down by the river this summer."},
    },
}
