"""What the offline builder cannot do, how people ask for it, and what it says instead, in four languages."""

import re

from .reply_words import sentence

# What the offline builder cannot do, in each language's words: keyed like CANNOT's topics.
CANNOT_WHAT: dict[str, dict[str, str]] = {
    "fr": {
        "payments": "encaisser de paiements ni gérer un panier : le site est fait de pages statiques. "
        "Un formulaire de commande ou un lien de paiement de votre prestataire en bouton, oui",
        "logins": "ajouter de connexions ni d'espace membres : le site n'a pas de serveur pour garder "
        "des comptes",
        "booking": "faire tourner un système de réservation en ligne : je peux ajouter un formulaire de "
        "demande, auquel vous répondez par e-mail",
        "translate": "traduire un site existant : je rédige les nouveaux sites en français, anglais, "
        "allemand ou espagnol selon la langue de la demande",
        "domain": "acheter un nom de domaine ni héberger le site : publiez-le depuis sa page",
        "logo": "dessiner un logo ni chercher des photos : importez vos images sur la page du site",
    },
    "de": {
        "payments": "Zahlungen annehmen und keinen Warenkorb betreiben: Die Website besteht aus "
        "statischen Seiten. Ein Bestellformular oder ein Zahlungslink Ihres Anbieters als Knopf geht",
        "logins": "Anmeldungen und keinen Mitgliederbereich einrichten: Die Website hat keinen eigenen "
        "Server für Konten",
        "booking": "Online-Buchungssysteme betreiben: Ich kann ein Anfrageformular hinzufügen, das Sie "
        "per E-Mail beantworten",
        "translate": "bestehenden Websites übersetzen: Neue Websites schreibe ich auf Deutsch, Englisch, "
        "Französisch oder Spanisch, je nach Sprache der Anfrage",
        "domain": "Domains kaufen und keine Websites hosten: Veröffentlichen Sie sie auf ihrer Seite",
        "logo": "Logos zeichnen und keine Fotos besorgen: Laden Sie Ihre Bilder auf der Seite der "
        "Website hoch",
    },
    "es": {
        "payments": "cobrar pagos ni gestionar un carrito: el sitio son páginas estáticas. Sí puedo "
        "poner un formulario de pedido o un enlace de pago de tu proveedor como botón",
        "logins": "añadir inicios de sesión ni un área de miembros: el sitio no tiene servidor propio "
        "para guardar cuentas",
        "booking": "gestionar un sistema de reservas en línea: puedo añadir un formulario de solicitud "
        "que respondes por correo",
        "translate": "traducir un sitio existente: escribo sitios nuevos en español, inglés, francés o "
        "alemán según el idioma de la petición",
        "domain": "comprar un dominio ni alojar el sitio: publícalo desde su página",
        "logo": "dibujar un logotipo ni buscar fotos: sube tus imágenes en la página del sitio",
    },
}


# Things people ask for that static pages made offline cannot do, and what to say instead: a topic
# (for CANNOT_WHAT), the words that ask for it in English, French, German and Spanish.
CANNOT = [
    (
        "payments",
        r"pay(?:ment)?s?|stripe|paypal|checkout|shopping\s+cart|\bcart\b|take\s+orders\s+online|e-?commerce"
        r"|paiements?|payer|panier|zahlung\w*|bezahl\w*|warenkorb|pagos?|pagar|carrito",
        "take payments or run a shopping cart: the site is static pages, so there is nowhere safe to "
        "keep orders. A contact or order form is as far as I go; a payment link from your provider can "
        "be pasted in as a button",
    ),
    (
        "logins",
        r"log\s*-?in|sign\s*-?in|accounts?|members?\s+area|password|connexion|mot\s+de\s+passe"
        r"|espace\s+membres?|comptes?|anmeld\w*|passwort|mitgliederbereich|konto|kundenkonto"
        r"|contraseña|inicio\s+de\s+sesi[oó]n|iniciar\s+sesi[oó]n|[aá]rea\s+de\s+(?:miembros|socios)|cuentas?",
        "add logins or a members' area: the site has no server of its own to keep accounts",
    ),
    (
        "booking",
        r"booking\s+system|online\s+booking|calendar\s+(?:sync|integration)|availability\s+calendar"
        r"|r[ée]servation\s+en\s+ligne|online-?buchung\w*|buchungssystem|reservas?\s+(?:en\s+l[ií]nea|online)",
        "run a live booking system: I can add a booking request form, which you answer by email",
    ),
    (
        "translate",
        r"translate|in\s+(?:italian|portuguese|dutch|chinese|japanese|arabic|russian|polish)|tradui\w*"
        r"|übersetz\w*|traduc\w*",
        "translate an existing site: I write new sites in English, French, German or Spanish when the "
        "prompt is in that language; start over in that language to get one",
    ),
    (
        "domain",
        r"domain|hosting|seo\s+ranking|google\s+ads|nom\s+de\s+domaine|h[ée]bergement|dominio|alojamiento",
        "buy a domain or host the site: publish it from its page",
    ),
    (
        "logo",
        r"\blogo\b|upload|photo\s+of|my\s+own\s+(?:photos|pictures|images)|hochladen|t[ée]l[ée]charger",
        "draw a logo or fetch photos: upload your images on the site's page and they become part of it",
    ),
]


def cannot(message: str, language: str = "en") -> str | None:
    """What to say, in the site's language, when a message asks for what the offline builder cannot do."""
    for topic, pattern, text in CANNOT:
        if re.search(rf"(?i)\b(?:{pattern})", message):
            if language in CANNOT_WHAT:
                return sentence(language, "cannot", what=CANNOT_WHAT[language][topic])
            return f"I can't {text}. I haven't changed anything."
    return None
