"""Copy for sites in Spanish."""

WORDS = {
    "in_place": "{noun} en {place}",
    "menu": "Carta",
    "book": "Reservar",
    "closed": "Cerrado",
    "email": "Correo",
    "phone": "Teléfono",
    "address": "Dirección",
    "hours": "Horario",
    "name": "Nombre",
    "message": "Mensaje",
    "popular": "El más elegido",
    "rated": "Valorado con 5 de 5",
    "rights": "Todos los derechos reservados.",
    "skip": "Ir al contenido",
    "page_intro": "Todo sobre {title} en {name}.",
    "nouns": {
        "bakery": "Panadería",
        "cafe": "Cafetería",
        "pizza": "Pizzería",
        "bistro": "Restaurante",
        "wellness": "Estudio",
        "clinic": "Clínica",
        "therapy": "Consulta de terapia",
        "trades": "Servicios para el hogar",
        "salon": "Salón",
        "fitness": "Gimnasio",
        "shop": "Tienda",
        "hotel": "Casa de huéspedes",
        "tutor": "Clases",
        "estate": "Inmobiliaria",
        "law": "Despacho",
        "charity": "Asociación",
        "band": "Música en directo",
        "business": "Negocio local",
    },
}

SECTIONS: dict[str, dict] = {
    "hero": {
        "eyebrow": "{noun}",
        "details": None,
        "headline": "Bienvenidos a {name}",
        "tagline": "{name} ofrece un trabajo cuidado, precios claros y un equipo que se toma el tiempo de "
        "escucharte.",
        "cta": ("Contactar", "contact"),
        "cta2": ("Descubrir", "services"),
    },
    "features": {
        "title": "Por qué elegir {name}",
        "intro": "Lo que puedes esperar de nosotros, siempre.",
        "nav": "Ventajas",
        "items": [
            ("heart", "Trato cercano", "Un equipo pequeño que conoce a sus clientes."),
            ("shield", "Trabajo cuidado", "Atención al detalle y materiales de calidad."),
            ("clock", "Siempre disponibles", "Respuestas rápidas a todas tus preguntas."),
        ],
    },
    "services": {
        "title": "Nuestros servicios",
        "intro": "Nuestros servicios más solicitados. Pregúntanos por cualquier otro.",
        "nav": "Servicios",
        "items": [
            ("compass", "Primera cita", "Una charla para entender lo que necesitas.", "$40"),
            ("layers", "Servicio completo", "Nos ocupamos de todo, de principio a fin.", "$120"),
            ("spark", "Seguimiento", "Acompañamiento regular, a tu ritmo.", "$60"),
        ],
    },
    "menu": {
        "title": "La carta",
        "nav": "Carta",
        "intro": "Lo que estamos preparando ahora mismo.",
        "categories": [
            ("Selección", [("Plato del día", "Según el mercado", "$14"), ("Postre casero", "", "$6")])
        ],
    },
    "about": {
        "title": "Sobre {name}",
        "nav": "Nosotros",
        "paragraphs": [
            "{name} nació de una idea sencilla: un buen servicio debe ser cercano.",
            "Trabajamos con cuidado, explicamos cada paso y cumplimos lo que prometemos.",
        ],
        "points": ["Independiente y local", "Precios claros", "Respuesta rápida"],
    },
    "gallery": {
        "title": "Galería",
        "nav": "Galería",
        "intro": "Un vistazo a nuestro día a día.",
        "items": ["El local", "Entre bastidores", "Nuestro trabajo", "El equipo", "Detalles", "El resultado"],
    },
    "testimonials": {
        "title": "Lo que dicen nuestros clientes",
        "nav": "Opiniones",
        "items": [
            ("Un trato excelente y un trabajo impecable. ¡Muy recomendable!", "Lucía G.", "Clienta habitual"),
            ("Serios, puntuales y muy amables.", "Javier M.", "Cliente"),
        ],
    },
    "pricing": {
        "title": "Precios",
        "nav": "Precios",
        "intro": "Precios claros, sin sorpresas.",
        "plans": [
            ("Prueba", "$30", "", "Para conocernos.", ["Una sesión"], False, "Elegir"),
            ("Habitual", "$100", "/mes", "Nuestra opción más elegida.", ["Acceso ilimitado"], True, "Elegir"),
        ],
    },
    "faq": {
        "title": "Preguntas frecuentes",
        "nav": "Preguntas",
        "items": [
            ("¿Cómo pido cita?", "Por teléfono, por correo o con el formulario de abajo."),
            ("¿Cómo puedo pagar?", "Con tarjeta, en efectivo o por transferencia."),
            ("¿Puedo cancelar?", "Claro, avísanos con 24 horas de antelación."),
        ],
    },
    "visit": {
        "title": "Dónde estamos",
        "nav": "Ubicación",
        "intro": "Ven a vernos o llámanos antes de venir.",
        "hours": [
            ("De lunes a viernes", "9:00 a 18:00"),
            ("Sábado", "10:00 a 14:00"),
            ("Domingo", "Cerrado"),
        ],
        "note": "",
    },
    "contact": {
        "title": "Contacto",
        "nav": "Contacto",
        "intro": "Cuéntanos qué necesitas y te respondemos en un día laborable.",
        "message": "¿En qué podemos ayudarte?",
        "button": "Enviar",
        "success": "¡Gracias! Tu mensaje está en camino y te responderemos pronto.",
    },
    "team": {
        "title": "El equipo",
        "nav": "Equipo",
        "intro": "Las personas detrás de {name}.",
        "items": [("Marta", "Fundadora", "")],
    },
    "schedule": {
        "title": "Horario de clases",
        "nav": "Clases",
        "intro": "Reserva tu plaza o ven directamente.",
        "items": [
            ("Lun 18:30", "Clase para todos los niveles", "60 minutos"),
            ("Sáb 10:00", "Clase de fin de semana", ""),
        ],
    },
    "projects": {
        "title": "Trabajos",
        "nav": "Trabajos",
        "intro": "Algunos proyectos recientes.",
        "items": [("Proyecto reciente", "Trabajo", "Un trabajo del que estamos orgullosos.")],
    },
    "cta": {
        "title": "¿Empezamos?",
        "text": "Escríbenos: la primera conversación siempre es gratis.",
        "button": ("Contactar", "contact"),
    },
    "newsletter": {
        "title": "Mantente al día",
        "text": "Un correo al mes, sin spam.",
        "button": "Suscribirme",
        "success": "¡Gracias por suscribirte!",
    },
    "stats": {"items": [("10+", "años de experiencia"), ("4,9/5", "valoración media")]},
    "text": {"paragraphs": ["Esta página espera tus palabras. Dile al asistente qué debe contar."]},
    "footer": {"tagline": "Gracias por tu visita."},
}
