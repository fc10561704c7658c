"""Copy for sites in German."""

WORDS = {
    "in_place": "{noun} in {place}",
    "menu": "Speisekarte",
    "book": "Buchen",
    "closed": "Geschlossen",
    "email": "E-Mail",
    "phone": "Telefon",
    "address": "Adresse",
    "hours": "Öffnungszeiten",
    "name": "Name",
    "message": "Nachricht",
    "popular": "Am beliebtesten",
    "rated": "Mit 5 von 5 bewertet",
    "rights": "Alle Rechte vorbehalten.",
    "skip": "Zum Inhalt springen",
    "page_intro": "Alles über {title} bei {name}.",
    "nouns": {
        "bakery": "Bäckerei",
        "cafe": "Café",
        "pizza": "Pizzeria",
        "bistro": "Restaurant",
        "wellness": "Studio",
        "clinic": "Praxis",
        "therapy": "Therapiepraxis",
        "trades": "Handwerksbetrieb",
        "salon": "Salon",
        "fitness": "Fitnessstudio",
        "shop": "Laden",
        "hotel": "Gästehaus",
        "tutor": "Unterricht",
        "estate": "Immobilienmakler",
        "law": "Kanzlei",
        "charity": "Verein",
        "band": "Live-Musik",
        "business": "Betrieb vor Ort",
    },
}

SECTIONS: dict[str, dict] = {
    "hero": {
        "eyebrow": "{noun}",
        "details": None,
        "headline": "Willkommen bei {name}",
        "tagline": "{name} steht für sorgfältige Arbeit, faire Preise und ein Team, das sich Zeit für "
        "Sie nimmt.",
        "cta": ("Kontakt aufnehmen", "contact"),
        "cta2": ("Mehr erfahren", "services"),
    },
    "features": {
        "title": "Warum {name}",
        "intro": "Darauf können Sie sich verlassen.",
        "nav": "Vorteile",
        "items": [
            ("heart", "Persönlich", "Ein kleines Team, das seine Kunden kennt."),
            ("shield", "Sorgfältig", "Gründliche Arbeit und gute Materialien."),
            ("clock", "Erreichbar", "Schnelle Antworten auf alle Fragen."),
        ],
    },
    "services": {
        "title": "Unsere Leistungen",
        "intro": "Unsere beliebtesten Leistungen. Fragen Sie uns nach allem anderen.",
        "nav": "Leistungen",
        "items": [
            ("compass", "Erstgespräch", "Wir lernen Ihre Wünsche kennen.", "$40"),
            ("layers", "Komplettpaket", "Von Anfang bis Ende aus einer Hand.", "$120"),
            ("spark", "Betreuung", "Regelmäßige Begleitung in Ihrem Tempo.", "$60"),
        ],
    },
    "menu": {
        "title": "Speisekarte",
        "nav": "Karte",
        "intro": "Ein Blick auf das, was gerade frisch zubereitet wird.",
        "categories": [
            ("Auswahl", [("Tagesgericht", "Je nach Markt", "$14"), ("Hausgemachtes Dessert", "", "$6")])
        ],
    },
    "about": {
        "title": "Über {name}",
        "nav": "Über uns",
        "paragraphs": [
            "{name} begann mit einer einfachen Idee: guter Service soll persönlich bleiben.",
            "Wir arbeiten sorgfältig, erklären jeden Schritt und halten, was wir versprechen.",
        ],
        "points": ["Unabhängig und vor Ort", "Klare Preise", "Schnelle Antworten"],
    },
    "gallery": {
        "title": "Galerie",
        "nav": "Galerie",
        "intro": "Ein Blick hinter die Kulissen.",
        "items": ["Der Ort", "Hinter den Kulissen", "Unsere Arbeit", "Das Team", "Details", "Das Ergebnis"],
    },
    "testimonials": {
        "title": "Das sagen unsere Kunden",
        "nav": "Bewertungen",
        "items": [
            ("Freundlich, pünktlich und sehr gründlich. Absolut empfehlenswert!", "Anna K.", "Stammkundin"),
            ("Wir kommen gerne wieder.", "Markus B.", "Kunde"),
        ],
    },
    "pricing": {
        "title": "Preise",
        "nav": "Preise",
        "intro": "Klare Preise ohne Überraschungen.",
        "plans": [
            ("Probe", "$30", "", "Zum Kennenlernen.", ["Eine Einheit"], False, "Wählen"),
            ("Regelmäßig", "$100", "/Monat", "Unser beliebtestes Angebot.", ["Unbegrenzt"], True, "Wählen"),
        ],
    },
    "faq": {
        "title": "Häufige Fragen",
        "nav": "FAQ",
        "items": [
            ("Wie vereinbare ich einen Termin?", "Telefonisch, per E-Mail oder über das Formular unten."),
            ("Wie kann ich bezahlen?", "Mit Karte, bar oder per Überweisung."),
            ("Kann ich absagen?", "Natürlich, bitte bis 24 Stunden vorher."),
        ],
    },
    "visit": {
        "title": "So finden Sie uns",
        "nav": "Anfahrt",
        "intro": "Kommen Sie vorbei oder rufen Sie vorher an.",
        "hours": [
            ("Montag bis Freitag", "9 bis 18 Uhr"),
            ("Samstag", "10 bis 16 Uhr"),
            ("Sonntag", "Geschlossen"),
        ],
        "note": "",
    },
    "contact": {
        "title": "Kontakt",
        "nav": "Kontakt",
        "intro": "Schreiben Sie uns, was Sie brauchen; wir antworten innerhalb eines Werktags.",
        "message": "Wie können wir helfen?",
        "button": "Senden",
        "success": "Danke! Ihre Nachricht ist unterwegs, wir melden uns bald.",
    },
    "team": {
        "title": "Unser Team",
        "nav": "Team",
        "intro": "Die Menschen hinter {name}.",
        "items": [("Lena", "Gründerin", "")],
    },
    "schedule": {
        "title": "Kursplan",
        "nav": "Kursplan",
        "intro": "Platz reservieren oder einfach vorbeikommen.",
        "items": [("Mo 18:30", "Kurs für alle Level", "60 Minuten"), ("Sa 10:00", "Wochenendkurs", "")],
    },
    "projects": {
        "title": "Referenzen",
        "nav": "Referenzen",
        "intro": "Einige aktuelle Projekte.",
        "items": [("Aktuelles Projekt", "Referenz", "Eine Arbeit, auf die wir stolz sind.")],
    },
    "cta": {
        "title": "Bereit?",
        "text": "Schreiben Sie uns: das erste Gespräch ist immer kostenlos.",
        "button": ("Kontakt aufnehmen", "contact"),
    },
    "newsletter": {
        "title": "Auf dem Laufenden bleiben",
        "text": "Eine E-Mail im Monat, kein Spam.",
        "button": "Anmelden",
        "success": "Danke für Ihre Anmeldung!",
    },
    "stats": {"items": [("10+", "Jahre Erfahrung"), ("4,9/5", "Durchschnittsbewertung")]},
    "text": {
        "paragraphs": ["Diese Seite wartet auf Ihre Worte. Sagen Sie dem Assistenten, was hier stehen soll."]
    },
    "footer": {"tagline": "Danke für Ihren Besuch."},
}
