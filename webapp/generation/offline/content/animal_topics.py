"""Copy for businesses that look after animals: pet care (grooming, walking, sitting, boarding) and vets.

Neither talks about people's hair or people's teeth: a dog grooming salon is not
a hair salon, and a vet is not a family dentist.
"""

TOPICS: dict[str, dict[str, dict]] = {
    "pet": {
        "hero": {
            "eyebrow": "Pet care",
            "headline": "Happy pets, relaxed owners",
            "tagline": "{name} looks after dogs and cats as if they were our own: gentle handling, patient "
            "people and a photo update so you never have to wonder.",
            "cta": ("Book a visit", "contact"),
            "cta2": ("Prices", "services"),
            "art": "wellness",
        },
        "services": {
            "title": "Services & prices",
            "nav": "Prices",
            "intro": "Prices depend on size and coat; we always confirm before we start.",
            "items": [
                ("heart", "Full groom", "Bath, dry, brush-out, trim, nails and ears.", "$45"),
                ("leaf", "Bath & brush", "A fresh coat between full grooms.", "From $25"),
                ("spark", "Nail clip", "Quick, calm and done while you wait.", "$10"),
            ],
        },
        "about": {
            "title": "About us",
            "paragraphs": [
                "{name} is an independent, friendly pet care business in {city}.",
                "We take things slowly with nervous pets, use gentle products and never rush a visit.",
            ],
            "points": ["Fully insured", "First aid trained", "Nervous pets welcome"],
        },
        "gallery": {
            "title": "Happy customers",
            "intro": "A few of the dogs and cats who keep coming back.",
            "items": [
                "Fresh from the bath",
                "Walk in the park",
                "Nap time",
                "Best friends",
                "Before",
                "After",
            ],
        },
        "testimonials": {
            "items": [
                (
                    "Our nervous rescue actually pulls us through the door now. Thank you!",
                    "Priya Nair",
                    "Dog owner",
                ),
                (
                    "Always on time, and the photo updates make my day.",
                    "Marcus Webb",
                    "Owner of two spaniels",
                ),
                ("Gentle, patient and great value. Our cat even tolerates them.", "Elena Rossi", "Cat owner"),
            ],
        },
        "contact": {
            "title": "Book a visit",
            "nav": "Book",
            "intro": "Tell us about your pet and the times that suit you; we will confirm by message.",
            "message": "Your pet's name, breed and the service you would like",
            "button": "Request a booking",
        },
        "footer": {"tagline": "Wagging tails guaranteed."},
    },
    "vet": {
        "hero": {
            "eyebrow": "Veterinary practice · New patients welcome",
            "headline": "Kind, expert care for the animals you love",
            "tagline": "{name} offers unhurried appointments for dogs, cats and small pets, clear advice and "
            "treatment plans explained in plain words, with no surprises on the bill.",
            "cta": ("Book an appointment", "contact"),
            "cta2": ("Treatments", "services"),
            "art": "people",
        },
        "features": {
            "title": "Why pet owners choose {name}",
            "items": [
                (
                    "heart",
                    "Gentle handling",
                    "Nervous pets are welcome: we take our time and go at their pace.",
                ),
                (
                    "shield",
                    "Qualified vets",
                    "Registered vets and nurses who keep their training up to date.",
                ),
                ("clock", "Easy to book", "Early, late and Saturday appointments for busy owners."),
            ],
        },
        "services": {
            "title": "Treatments",
            "nav": "Treatments",
            "intro": "Clear prices for our most common appointments. Ask us about anything not listed.",
            "items": [
                ("shield", "Consultation", "A full health check and a plan for what comes next.", "$60"),
                ("spark", "Vaccinations", "Yearly boosters for dogs and cats.", "$75"),
                ("heart", "Neutering", "Day surgery with a check-up afterwards.", "From $180"),
            ],
        },
        "about": {
            "title": "About the practice",
            "paragraphs": [
                "{name} is an independent veterinary practice in {city}. We see dogs, cats and small pets, "
                "and we never rush.",
                "Our waiting room has separate areas for cats and dogs, and we keep appointments on time.",
            ],
            "points": ["Accepting new patients", "Separate cat waiting area", "Evening appointments"],
        },
        "faq": {
            "items": [
                ("Are you taking new patients?", "Yes. Book online or call us and we will find you a time."),
                ("What should I bring?", "Your pet's vaccination record and any medicines they take."),
                ("Do you see emergencies?", "Yes, call us first and we will see you as soon as we can."),
            ]
        },
        "testimonials": {
            "items": [
                (
                    "They were wonderful with our old dog in his last year. Thank you.",
                    "Priya Nair",
                    "Dog owner",
                ),
                ("Calm, kind and they explained every option and its price.", "Marcus Webb", "Cat owner"),
                ("Our rabbits have never been so relaxed at the vet.", "Elena Rossi", "Rabbit owner"),
            ],
        },
        "contact": {
            "title": "Book an appointment",
            "nav": "Book",
            "intro": "Tell us about your pet and when suits you; we will confirm your appointment by email.",
            "message": "Your pet's name, species and the reason for the visit",
            "button": "Request an appointment",
        },
        "footer": {"tagline": "Caring for the pets of {city}."},
    },
}

NAMES = {"pet": "Happy Paws", "vet": "Riverside Vets"}

SECTIONS = {
    "pet": ["hero", "services", "about", "gallery", "testimonials", "visit", "contact", "footer"],
    "vet": ["hero", "services", "features", "about", "testimonials", "visit", "faq", "contact", "footer"],
}
