"""The assistant's sentences in French, German and Spanish, for people whose site is in that language.

Counted nouns agree through babel's plural rules (French says "1 plat", "0 plat"); lists are
joined the locale's way ("a, b et c", "a, b und c", "a, b y c"). Names, headlines and prices are
the person's own and are quoted as they are; colour names stay as the stylesheet calls them.
"""

from babel import Locale
from babel.lists import format_list

# Each section as the reply names it: (a phrase without a count, or a counted noun's singular and
# plural with the phrase around it).
SECTIONS: dict[str, dict[str, str]] = {
    "fr": {
        "hero": "un en-tête avec le titre « {headline} »",
        "menu": "une carte de {count} avec les prix",
        "pricing": "des tarifs ({count})",
        "contact": "un formulaire de contact (« {title} »)",
        "visit": "l'adresse, les horaires et un plan",
        "visit-event": "le lieu et un plan",
        "features": "{count}",
        "services": "{count} avec les prix",
        "about": "une section « à propos »",
        "gallery": "une galerie de {count}",
        "testimonials": "{count}",
        "faq": "une FAQ de {count}",
        "projects": "{count}",
        "posts": "{count}",
        "schedule": "un programme de {count}",
        "speakers": "{count}",
        "newsletter": "une inscription à la newsletter",
        "stats": "une rangée de chiffres clés",
        "team": "{count}",
        "cta": "un bandeau d'appel à l'action",
        "text": "une page de texte prête pour vos mots",
        "footer": "un pied de page",
    },
    "de": {
        "hero": "einen Kopfbereich mit der Überschrift „{headline}“",
        "menu": "eine Speisekarte mit {count} und Preisen",
        "pricing": "Preise ({count})",
        "contact": "ein Kontaktformular („{title}“)",
        "visit": "Adresse, Öffnungszeiten und eine Karte",
        "visit-event": "den Veranstaltungsort und eine Karte",
        "features": "{count}",
        "services": "{count} mit Preisen",
        "about": "einen Abschnitt „Über uns“",
        "gallery": "eine Galerie mit {count}",
        "testimonials": "{count}",
        "faq": "FAQ mit {count}",
        "projects": "{count}",
        "posts": "{count}",
        "schedule": "einen Zeitplan mit {count}",
        "speakers": "{count}",
        "newsletter": "eine Newsletter-Anmeldung",
        "stats": "eine Reihe wichtiger Zahlen",
        "team": "{count}",
        "cta": "ein Banner mit Handlungsaufruf",
        "text": "eine Textseite, bereit für Ihre Worte",
        "footer": "eine Fußzeile",
    },
    "es": {
        "hero": "una cabecera con el titular «{headline}»",
        "menu": "una carta de {count} con precios",
        "pricing": "precios ({count})",
        "contact": "un formulario de contacto («{title}»)",
        "visit": "la dirección, el horario y un mapa",
        "visit-event": "el lugar y un mapa",
        "features": "{count}",
        "services": "{count} con precios",
        "about": "una sección «sobre nosotros»",
        "gallery": "una galería de {count}",
        "testimonials": "{count}",
        "faq": "preguntas frecuentes ({count})",
        "projects": "{count}",
        "posts": "{count}",
        "schedule": "un programa de {count}",
        "speakers": "{count}",
        "newsletter": "una suscripción al boletín",
        "stats": "una fila de cifras clave",
        "team": "{count}",
        "cta": "un banner de llamada a la acción",
        "text": "una página de texto lista para sus palabras",
        "footer": "un pie de página",
    },
}

# The counted noun of each section: singular and plural.
NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "menu": ("plat", "plats"),
        "pricing": ("formule", "formules"),
        "features": ("atout", "atouts"),
        "services": ("prestation", "prestations"),
        "gallery": ("image", "images"),
        "testimonials": ("témoignage", "témoignages"),
        "faq": ("question", "questions"),
        "projects": ("projet", "projets"),
        "posts": ("article de blog", "articles de blog"),
        "schedule": ("séance", "séances"),
        "speakers": ("intervenant", "intervenants"),
        "team": ("membre de l'équipe", "membres de l'équipe"),
    },
    "de": {
        "menu": ("Gericht", "Gerichten"),
        "pricing": ("Angebot", "Angebote"),
        "features": ("Vorteil", "Vorteile"),
        "services": ("Leistung", "Leistungen"),
        "gallery": ("Bild", "Bildern"),
        "testimonials": ("Kundenstimme", "Kundenstimmen"),
        "faq": ("Frage", "Fragen"),
        "projects": ("Projekt", "Projekte"),
        "posts": ("Blogbeitrag", "Blogbeiträge"),
        "schedule": ("Termin", "Terminen"),
        "speakers": ("Redner", "Redner"),
        "team": ("Teammitglied", "Teammitglieder"),
    },
    "es": {
        "menu": ("plato", "platos"),
        "pricing": ("opción", "opciones"),
        "features": ("ventaja", "ventajas"),
        "services": ("servicio", "servicios"),
        "gallery": ("imagen", "imágenes"),
        "testimonials": ("testimonio", "testimonios"),
        "faq": ("pregunta", "preguntas"),
        "projects": ("proyecto", "proyectos"),
        "posts": ("entrada de blog", "entradas de blog"),
        "schedule": ("sesión", "sesiones"),
        "speakers": ("ponente", "ponentes"),
        "team": ("miembro del equipo", "miembros del equipo"),
    },
}

# What a section is called in a bullet: "Ajout de la section **Galerie**".
SECTION_NAMES: dict[str, dict[str, str]] = {
    "fr": {
        "about": "À propos",
        "menu": "Carte",
        "services": "Prestations",
        "pricing": "Tarifs",
        "gallery": "Galerie",
        "testimonials": "Témoignages",
        "faq": "FAQ",
        "contact": "Contact",
        "visit": "Accès",
        "team": "Équipe",
        "schedule": "Programme",
        "newsletter": "Newsletter",
        "stats": "Chiffres clés",
        "features": "Atouts",
        "projects": "Projets",
        "posts": "Blog",
        "speakers": "Intervenants",
        "cta": "Appel à l'action",
    },
    "de": {
        "about": "Über uns",
        "menu": "Speisekarte",
        "services": "Leistungen",
        "pricing": "Preise",
        "gallery": "Galerie",
        "testimonials": "Kundenstimmen",
        "faq": "FAQ",
        "contact": "Kontakt",
        "visit": "Anfahrt",
        "team": "Team",
        "schedule": "Zeitplan",
        "newsletter": "Newsletter",
        "stats": "Zahlen",
        "features": "Vorteile",
        "projects": "Projekte",
        "posts": "Blog",
        "speakers": "Redner",
        "cta": "Handlungsaufruf",
    },
    "es": {
        "about": "Sobre nosotros",
        "menu": "Carta",
        "services": "Servicios",
        "pricing": "Precios",
        "gallery": "Galería",
        "testimonials": "Testimonios",
        "faq": "Preguntas frecuentes",
        "contact": "Contacto",
        "visit": "Cómo llegar",
        "team": "Equipo",
        "schedule": "Programa",
        "newsletter": "Boletín",
        "stats": "Cifras",
        "features": "Ventajas",
        "projects": "Proyectos",
        "posts": "Blog",
        "speakers": "Ponentes",
        "cta": "Llamada a la acción",
    },
}

# The reply's fixed sentences. {name}, {language_name}, {locale} and the change's own words are filled in.
SENTENCES: dict[str, dict[str, str]] = {
    "fr": {
        "created": "Voici **{name}**, votre nouveau site.",
        "file": "**{file}** : {what}",
        "styles": "les couleurs en propriétés CSS personnalisées et une mise en page "
        "adaptée du téléphone à l'ordinateur",
        "script": "un menu mobile, une FAQ dépliable et des formulaires qui disent merci (rien n'est envoyé)",
        "written_in": "Le site est rédigé en {language_name}, avec les prix et les dates au format {locale}.",
        "note": "Remarque : {note}",
        "try": "Envie de changements ? Essayez {ideas}.",
        "ideas": "*« ajoute une FAQ »*|*« mets-le en vert »*|*« ajoute une équipe »*",
        "or": "ou",
        "done": "C'est fait ! Voici ce qui a changé :",
        "more": "Autre chose ? Vous pouvez ajouter ou retirer des sections, ajouter des pages, changer "
        "les couleurs ou n'importe quel texte.",
        "failed": "Je n'ai pas pu faire ce changement :",
        "can_do": "Voici ce que je sais faire, par exemple :",
        "cannot": "Je ne peux pas {what}. Je n'ai rien changé.",
        "help": "Désolé, je n'ai pas bien compris. Je suis le constructeur hors ligne intégré et je "
        "comprends mieux les consignes courtes, par exemple :",
        "examples": "*ajoute une FAQ*|*retire la galerie*|*mets-le en bleu*|*ajoute une newsletter*",
        "fresh": "J'ai commencé un nouveau site, comme demandé. ",
        "welcome": "Bonjour ! Je crée des sites web à partir d'une courte description. Dites-moi à quoi "
        "sert votre site, par exemple :",
        "first_prompts": "*une boulangerie Le Fournil à Nantes, avec la carte et un formulaire de contact*"
        "|*un salon de coiffure à Lyon, coupe femme 35 €*|*un site pour mon cabinet de kinésithérapie*",
        "add-section": "Ajout de la section **{0}**",
        "add-contact": "Ajout d'un **formulaire de contact**",
        "remove-section": "Section **{0}** retirée",
        "add-page": "Ajout de la page **{0}** (`{1}`), avec un lien dans le menu de chaque page",
        "remove-page": "Page **{0}** (`{1}`) retirée, ainsi que ses liens",
        "rename": "Le site s'appelle désormais **{0}** sur toutes les pages",
        "colours": "Nouvelles couleurs : **{0}**",
        "add-item": "Ajout de **{0}**",
        "add-item-price": "Ajout de **{0}** à {1}",
        "remove-item": "**{0}** retiré du site",
        "price": "Prix de **{0}** : {1}",
        "hours": "Nouveaux horaires : {0}",
        "move": "Le site indique désormais **{0}**",
        "team-add": "Ajout de **{0}** à l'équipe",
        "restyle": "Nouveau style : {0}",
        "replace": "« {0} » remplacé par « {1} »",
        "currency": "Tous les prix en **{0}**",
        "currency-place": "Prix affichés en **{0}**, la monnaie de {1}",
        "kept-currency": "Les prix restent en {0}, comme vous les avez donnés ; "
        "dites « prix en {1} » pour les changer.",
        "session": "Ajout de **{0}** ({1}) au programme",
        "field": "Nouveau texte : « {1} »",
        "already-section": "Il y a déjà une section **{0}**.",
        "no-section": "Je n'ai pas trouvé de section **{0}** à retirer.",
        "already-colours": "Les couleurs sont déjà **{0}**.",
        "already-item": "**{0}** est déjà sur le site.",
        "already-named": "Le site s'appelle déjà « {0} ».",
        "no-text": "Je n'ai pas trouvé « {0} » sur le site. Vérifiez l'orthographe ou citez le texte exact.",
        "no-contact": "Je n'ai pas trouvé où le site donne ce contact. Essayez d'abord *ajoute un formulaire "
        "de contact*.",
        "no-place": "Je n'ai pas trouvé où le site dit où vous êtes, donc {0} n'y figure pas encore.",
        "already-currency": "Les prix sont déjà en {0}.",
        "no-hours": "Je n'ai pas trouvé les horaires sur la page pour les changer.",
        "no-list": "Je n'ai pas trouvé de liste où ajouter **{0}**.",
        "no-page-section": "Il n'y a pas encore de page **{0}**, je n'ai donc pas pu y ajouter la "
        "section **{1}**.",
        "already-page": "Il y a déjà une page **{0}** (`{1}`).",
        "no-page": "Il n'y a pas de page **{0}** à retirer.",
        "no-remove-home": "Je ne peux pas retirer la page d'accueil.",
        "image-logo": "**{0}** placé dans l'en-tête de chaque page, comme logo de « {1} »",
        "image-gallery": "Dans la galerie de **{1}** : {0}",
        "image-hero": "**{0}** est l'image principale de **{1}** (texte alternatif « {2} »)",
        "image-none": "Ce site n'a pas encore d'images. Ajoutez-les avec **Upload images** sous la liste "
        "des fichiers, ou déposez-les sur les fichiers, puis redemandez.",
        "image-missing": "Il n'y a pas d'image **{0}** sur le site. Ses images : {1}.",
        "image-which-logo": "Je n'ai pas pu savoir quelle image est votre logo. Images du site : {0}. "
        "Dites laquelle, par exemple *utilise {1} comme logo*.",
        "image-no-photos": "Le site n'a pas d'autres photos que son logo ({0}).",
        "image-no-header": "Je n'ai pas trouvé le nom du site dans l'en-tête de {0}, le logo n'y "
        "est donc pas.",
        "image-no-gallery": "Je n'ai pas trouvé la galerie de **{0}**.",
        "image-no-hero": "**{0}** n'a pas d'image principale à remplacer ; dites *mets mes photos sur la "
        "page d'accueil* pour les montrer dans une galerie.",
        "image-logo-removed": "**{0}** retiré de l'en-tête ; l'image reste dans les fichiers du site",
        "image-no-logo": "Il n'y a pas de logo dans l'en-tête à retirer.",
        "image-already": "Déjà en place : {0}.",
        "images-available": "{2} dans le site ({0}) ; dites *mets mes photos dans la galerie* ou "
        "*utilise {1} comme image principale* pour les montrer.",
    },
    "de": {
        "created": "Hier ist **{name}**, Ihre neue Website.",
        "file": "**{file}**: {what}",
        "styles": "die Farben als CSS-Variablen und ein Layout, das sich vom Handy bis zum Desktop anpasst",
        "script": "ein mobiles Menü, aufklappbare FAQ und Formulare, die sich bedanken "
        "(nichts wird gesendet)",
        "written_in": "Die Website ist auf {language_name} geschrieben, Preise und Daten im Format {locale}.",
        "note": "Hinweis: {note}",
        "try": "Änderungswünsche? Versuchen Sie {ideas}.",
        "ideas": "*„füge FAQ hinzu“*|*„mach es grün“*|*„füge ein Team hinzu“*",
        "or": "oder",
        "done": "Erledigt! Das hat sich geändert:",
        "more": "Noch etwas? Sie können Abschnitte hinzufügen oder entfernen, Seiten hinzufügen, die "
        "Farben oder jeden Text ändern.",
        "failed": "Diese Änderung konnte ich nicht vornehmen:",
        "can_do": "Das kann ich zum Beispiel:",
        "cannot": "Ich kann keine {what}. Ich habe nichts geändert.",
        "help": "Entschuldigung, das habe ich nicht ganz verstanden. Ich bin der eingebaute Offline-"
        "Baukasten und verstehe kurze Anweisungen am besten, zum Beispiel:",
        "examples": "*füge FAQ hinzu*|*entferne die Galerie*|*mach es blau*|*füge einen Newsletter hinzu*",
        "fresh": "Ich habe wie gewünscht eine neue Website begonnen. ",
        "welcome": "Hallo! Ich baue Websites aus einer kurzen Beschreibung. Sagen Sie mir, wofür Ihre "
        "Website ist, zum Beispiel:",
        "first_prompts": "*eine Bäckerei Brotzeit in München mit Speisekarte und Kontaktformular*"
        "|*ein Friseursalon in Hamburg, Herrenschnitt 25 €*|*eine Website für meine Zahnarztpraxis*",
        "add-section": "Abschnitt **{0}** hinzugefügt",
        "add-contact": "Ein **Kontaktformular** hinzugefügt",
        "remove-section": "Abschnitt **{0}** entfernt",
        "add-page": "Seite **{0}** (`{1}`) hinzugefügt und im Menü jeder Seite verlinkt",
        "remove-page": "Seite **{0}** (`{1}`) und ihre Links entfernt",
        "rename": "Die Website heißt jetzt auf jeder Seite **{0}**",
        "colours": "Neue Farben: **{0}**",
        "add-item": "**{0}** hinzugefügt",
        "add-item-price": "**{0}** für {1} hinzugefügt",
        "remove-item": "**{0}** entfernt",
        "price": "Preis von **{0}**: {1}",
        "hours": "Neue Öffnungszeiten: {0}",
        "move": "Die Website nennt jetzt **{0}**",
        "team-add": "**{0}** zum Team hinzugefügt",
        "restyle": "Neuer Stil: {0}",
        "replace": "„{0}“ durch „{1}“ ersetzt",
        "currency": "Alle Preise in **{0}**",
        "currency-place": "Preise in **{0}**, der Währung von {1}",
        "kept-currency": "Die Preise bleiben in {0}, wie Sie sie angegeben haben; "
        "schreiben Sie „Preise in {1}“, um sie zu ändern.",
        "session": "**{0}** ({1}) zum Zeitplan hinzugefügt",
        "field": "Neuer Text: „{1}“",
        "already-section": "Es gibt schon einen Abschnitt **{0}**.",
        "no-section": "Ich habe keinen Abschnitt **{0}** zum Entfernen gefunden.",
        "already-colours": "Die Farben sind schon **{0}**.",
        "already-item": "**{0}** steht schon auf der Website.",
        "already-named": "Die Website heißt schon „{0}“.",
        "no-text": "„{0}“ habe ich auf der Website nicht gefunden. Prüfen Sie die Schreibweise oder "
        "zitieren Sie den genauen Text.",
        "no-contact": "Ich habe nicht gefunden, wo die Website diese Angabe zeigt. Versuchen Sie zuerst "
        "*füge ein Kontaktformular hinzu*.",
        "no-place": "Ich habe nicht gefunden, wo die Website sagt, wo Sie sind; {0} steht also noch nicht "
        "darauf.",
        "already-currency": "Die Preise sind schon in {0}.",
        "no-hours": "Ich habe die Öffnungszeiten auf der Seite nicht gefunden.",
        "no-list": "Ich habe keine Liste gefunden, zu der ich **{0}** hinzufügen kann.",
        "no-page-section": "Es gibt noch keine Seite **{0}**, daher konnte ich den Abschnitt "
        "**{1}** dort nicht hinzufügen.",
        "already-page": "Es gibt schon eine Seite **{0}** (`{1}`).",
        "no-page": "Es gibt keine Seite **{0}**, die ich entfernen könnte.",
        "no-remove-home": "Die Startseite kann ich nicht entfernen.",
        "image-logo": "**{0}** als Logo von „{1}“ in den Kopfbereich jeder Seite gesetzt",
        "image-gallery": "In der Galerie auf **{1}**: {0}",
        "image-hero": "**{0}** ist jetzt das Hauptbild auf **{1}** (Alternativtext „{2}“)",
        "image-none": "Diese Website hat noch keine Bilder. Laden Sie sie mit **Upload images** unter der "
        "Dateiliste hoch oder ziehen Sie sie auf die Dateien, und fragen Sie dann noch einmal.",
        "image-missing": "Die Website hat kein Bild **{0}**. Ihre Bilder: {1}.",
        "image-which-logo": "Ich konnte nicht erkennen, welches Bild Ihr Logo ist. Bilder der Website: {0}. "
        "Sagen Sie welches, zum Beispiel *verwende {1} als Logo*.",
        "image-no-photos": "Die Website hat außer dem Logo keine Fotos ({0}).",
        "image-no-header": "Ich habe den Namen im Kopfbereich von {0} nicht gefunden; dort fehlt das Logo "
        "also.",
        "image-no-gallery": "Ich habe die Galerie auf **{0}** nicht gefunden.",
        "image-no-hero": "**{0}** hat kein Hauptbild, das ich ersetzen könnte; schreiben Sie *zeige meine "
        "Fotos auf der Startseite*, um sie in einer Galerie zu zeigen.",
        "image-logo-removed": "**{0}** aus dem Kopfbereich entfernt; das Bild bleibt in den Dateien der "
        "Website",
        "image-no-logo": "Im Kopfbereich ist kein Logo, das ich entfernen könnte.",
        "image-already": "Schon vorhanden: {0}.",
        "images-available": "{2} in der Website ({0}); schreiben Sie *verwende meine Fotos in der "
        "Galerie* oder *verwende {1} als Hauptbild*, um sie zu zeigen.",
    },
    "es": {
        "created": "Aquí tienes **{name}**, tu nuevo sitio web.",
        "file": "**{file}**: {what}",
        "styles": "los colores como propiedades CSS personalizadas y un diseño que se "
        "adapta del móvil al ordenador",
        "script": "un menú para móviles, preguntas frecuentes desplegables y formularios "
        "que dan las gracias (no se envía nada)",
        "written_in": "El sitio está escrito en {language_name}, con precios y fechas en formato {locale}.",
        "note": "Nota: {note}",
        "try": "¿Quieres cambios? Prueba {ideas}.",
        "ideas": "*«añade preguntas frecuentes»*|*«ponlo en verde»*|*«añade un equipo»*",
        "or": "o",
        "done": "¡Hecho! Esto es lo que ha cambiado:",
        "more": "¿Algo más? Puedes añadir o quitar secciones, añadir páginas, cambiar los colores o "
        "cualquier texto.",
        "failed": "No he podido hacer ese cambio:",
        "can_do": "Esto es lo que puedo hacer, por ejemplo:",
        "cannot": "No puedo {what}. No he cambiado nada.",
        "help": "Perdona, no lo he entendido bien. Soy el creador sin conexión integrado y entiendo mejor "
        "las instrucciones cortas, por ejemplo:",
        "examples": "*añade preguntas frecuentes*|*quita la galería*|*ponlo en azul*|*añade un equipo*",
        "fresh": "He empezado un sitio nuevo, como pediste. ",
        "welcome": "¡Hola! Creo sitios web a partir de una breve descripción. Dime para qué es tu sitio, "
        "por ejemplo:",
        "first_prompts": "*una panadería La Espiga en Madrid con la carta y un formulario de contacto*"
        "|*una peluquería en Sevilla, corte 15 €*|*una web para mi clínica dental*",
        "add-section": "Sección **{0}** añadida",
        "add-contact": "Formulario de **contacto** añadido",
        "remove-section": "Sección **{0}** quitada",
        "add-page": "Página **{0}** (`{1}`) añadida, con un enlace en el menú de cada página",
        "remove-page": "Página **{0}** (`{1}`) quitada, con sus enlaces",
        "rename": "El sitio se llama ahora **{0}** en todas las páginas",
        "colours": "Colores nuevos: **{0}**",
        "add-item": "**{0}** añadido",
        "add-item-price": "**{0}** añadido a {1}",
        "remove-item": "**{0}** quitado",
        "price": "Precio de **{0}**: {1}",
        "hours": "Horario nuevo: {0}",
        "move": "El sitio indica ahora **{0}**",
        "team-add": "**{0}** añadido al equipo",
        "restyle": "Estilo nuevo: {0}",
        "replace": "«{0}» sustituido por «{1}»",
        "currency": "Todos los precios en **{0}**",
        "currency-place": "Precios en **{0}**, la moneda de {1}",
        "kept-currency": "Los precios siguen en {0}, como los diste; "
        "escribe «precios en {1}» para cambiarlos.",
        "session": "**{0}** ({1}) añadido al programa",
        "field": "Texto nuevo: «{1}»",
        "already-section": "Ya hay una sección **{0}**.",
        "no-section": "No he encontrado ninguna sección **{0}** que quitar.",
        "already-colours": "Los colores ya son **{0}**.",
        "already-item": "**{0}** ya está en el sitio.",
        "already-named": "El sitio ya se llama «{0}».",
        "no-text": "No he encontrado «{0}» en el sitio. Revisa la ortografía o cita el texto exacto.",
        "no-contact": "No he encontrado dónde muestra el sitio ese dato. Prueba primero *añade un "
        "formulario de contacto*.",
        "no-place": "No he encontrado dónde dice el sitio dónde estáis, así que {0} aún no aparece.",
        "already-currency": "Los precios ya están en {0}.",
        "no-hours": "No he encontrado el horario en la página para cambiarlo.",
        "no-list": "No he encontrado ninguna lista a la que añadir **{0}**.",
        "no-page-section": "Todavía no hay una página **{0}**, así que no he podido añadir ahí la "
        "sección **{1}**.",
        "already-page": "Ya hay una página **{0}** (`{1}`).",
        "no-page": "No hay ninguna página **{0}** que quitar.",
        "no-remove-home": "No puedo quitar la página de inicio.",
        "image-logo": "**{0}** puesto en la cabecera de cada página, como logo de «{1}»",
        "image-gallery": "En la galería de **{1}**: {0}",
        "image-hero": "**{0}** es ahora la imagen principal de **{1}** (texto alternativo «{2}»)",
        "image-none": "Este sitio aún no tiene imágenes. Súbelas con **Upload images** bajo la lista de "
        "archivos, o suéltalas sobre los archivos, y vuelve a pedirlo.",
        "image-missing": "No hay ninguna imagen **{0}** en el sitio. Sus imágenes: {1}.",
        "image-which-logo": "No he sabido qué imagen es tu logo. Imágenes del sitio: {0}. "
        "Dime cuál, por ejemplo *usa {1} como logo*.",
        "image-no-photos": "El sitio no tiene más fotos que su logo ({0}).",
        "image-no-header": "No he encontrado el nombre en la cabecera de {0}, así que el logo no está ahí.",
        "image-no-gallery": "No he encontrado la galería de **{0}**.",
        "image-no-hero": "**{0}** no tiene imagen principal que sustituir; escribe *pon mis fotos en la "
        "página de inicio* para mostrarlas en una galería.",
        "image-logo-removed": "**{0}** quitado de la cabecera; la imagen sigue en los archivos del sitio",
        "image-no-logo": "No hay ningún logo en la cabecera que quitar.",
        "image-already": "Ya en su sitio: {0}.",
        "images-available": "{2} en el sitio ({0}); escribe *usa mis fotos en la galería* o "
        "*usa {1} como imagen principal* para mostrarlas.",
    },
}


def sentence(language: str, key: str, *args: str, **names: str) -> str:
    """One of the reply's fixed sentences in the site's language."""
    return SENTENCES[language][key].format(*args, **names)


def counted(language: str, section: str, count: int) -> str:
    """ "1 plat", "3 plats", "1 Bild", "6 Bildern": the count with its noun agreeing."""
    singular, plural = NOUNS[language][section]
    return f"{count} {singular if Locale.parse(language).plural_form(count) == 'one' else plural}"


def joined(language: str, items: list[str], style: str = "standard") -> str:
    """Items joined the locale's way: "a, b et c"; style "or" for alternatives."""
    return format_list(items, style=style, locale=language) if items else ""


def language_name(language: str, locale: str) -> tuple[str, str]:
    """The site's language and locale, named in that language: ("français", "français (France)")."""
    return Locale.parse(language).get_display_name(language), Locale.parse(locale).get_display_name(language)
