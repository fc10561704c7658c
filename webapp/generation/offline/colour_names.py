"""A colour scheme's name in French, German or Spanish, for the assistant's replies."""

# Colours as nouns (no agreement to make): "vert foncé et or", "Dunkelgrün und Gold", "verde oscuro y dorado".
COLOUR_NAMES: dict[str, dict[str, str]] = {
    "fr": {
        "red": "rouge",
        "orange": "orange",
        "yellow": "jaune",
        "gold": "or",
        "golden": "or",
        "green": "vert",
        "teal": "bleu canard",
        "turquoise": "turquoise",
        "blue": "bleu",
        "navy": "bleu marine",
        "purple": "violet",
        "violet": "violet",
        "lavender": "lavande",
        "pink": "rose",
        "brown": "marron",
        "beige": "beige",
        "cream": "crème",
        "grey": "gris",
        "gray": "gris",
        "silver": "argent",
        "black": "noir",
        "burgundy": "bordeaux",
        "coral": "corail",
        "mint": "menthe",
    },
    "de": {
        "red": "Rot",
        "orange": "Orange",
        "yellow": "Gelb",
        "gold": "Gold",
        "golden": "Gold",
        "green": "Grün",
        "teal": "Petrol",
        "turquoise": "Türkis",
        "blue": "Blau",
        "navy": "Marineblau",
        "purple": "Lila",
        "violet": "Violett",
        "lavender": "Lavendel",
        "pink": "Rosa",
        "brown": "Braun",
        "beige": "Beige",
        "cream": "Creme",
        "grey": "Grau",
        "gray": "Grau",
        "silver": "Silber",
        "black": "Schwarz",
        "burgundy": "Bordeaux",
        "coral": "Koralle",
        "mint": "Mint",
    },
    "es": {
        "red": "rojo",
        "orange": "naranja",
        "yellow": "amarillo",
        "gold": "dorado",
        "golden": "dorado",
        "green": "verde",
        "teal": "verde azulado",
        "turquoise": "turquesa",
        "blue": "azul",
        "navy": "azul marino",
        "purple": "morado",
        "violet": "violeta",
        "lavender": "lavanda",
        "pink": "rosa",
        "brown": "marrón",
        "beige": "beige",
        "cream": "crema",
        "grey": "gris",
        "gray": "gris",
        "silver": "plateado",
        "black": "negro",
        "burgundy": "burdeos",
        "coral": "coral",
        "mint": "menta",
    },
}
_DARK = {"fr": "{} foncé", "de": "Dunkel{}", "es": "{} oscuro"}
# The scheme's style words that have words here; other styles keep the English label.
_STYLES = {
    "pastel": {"fr": "{} pastel", "de": "Pastell{}", "es": "{} pastel"},
    "minimal": {"fr": "{} minimaliste", "de": "minimalistisches {}", "es": "{} minimalista"},
}
_AND = {"fr": "et", "de": "und", "es": "y"}


def colour_label(language: str, label: str, dark: bool, name: str, accent: str) -> str:
    """A scheme's colours named in the site's language, or its English label when a word is missing."""
    names = COLOUR_NAMES[language]
    styles = [w for w in label.split() if w not in ("dark", "and", "with", name, *accent.split())]
    if name not in names or (accent and accent != name and accent not in names) or len(styles) > 1:
        return label
    if styles and styles[0] not in _STYLES:
        return label
    colour = names[name]
    if dark and name != "black":
        colour = _DARK[language].format(colour.lower() if language == "de" else colour)
    if styles:
        compound = language == "de" and styles[0] == "pastel"
        colour = _STYLES[styles[0]][language].format(colour.lower() if compound else colour)
    if accent and accent != name:
        colour = f"{colour} {_AND[language]} {names[accent]}"
    return colour
