"""Reading a colour scheme out of a sentence: "dark green", "pastel pink", "green and gold"."""

import re

from .palette import SchemeChange
from .vocabulary import COLOURS, DARK_WORDS, LIGHT_WORDS, MOODS, STYLE_WORDS

# Words that are colours only when they are plainly used as one ("mint green", "make it mint"):
# "a coffee shop" or "a wine bar" says nothing about colour.
AMBIGUOUS = {
    "coffee",
    "wine",
    "chocolate",
    "rose",
    "sand",
    "cream",
    "olive",
    "mint",
    "sage",
    "peach",
    "plum",
    "lime",
    "rust",
    "forest",
    "ocean",
    "sky",
    "slate",
    "amber",
    "coral",
    "cobalt",
    "blush",
    "charcoal",
    "gold",
    "golden",
    "silver",
    "natural",
    "bold",
    "bright",
    "soft",
    "electric",
    "light",
    "cool",
    "clean",
}
_COLOUR_NOUNS = (
    r"colou?rs?|colou?red|tones?|shades?|theme|scheme|palette|accents?|hues?|highlights?|background"
)
_CUES = re.compile(
    rf"\b(?:{_COLOUR_NOUNS}|make\s+(?:it|the\s+\w+|everything|things)|turn\s+it|switch|use|go\s+with|go|mode"
    r"|look|vibe|feel|style|paint|change\s+(?:it|the\s+colou?rs?)|try|prefer|more|less|darker|lighter)\b",
    re.I,
)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?", re.I)
_FILLER = {
    "make",
    "it",
    "the",
    "site",
    "website",
    "page",
    "please",
    "a",
    "bit",
    "more",
    "less",
    "use",
    "with",
    "and",
    "in",
    "to",
    "can",
    "you",
    "could",
    "would",
    "like",
    "i",
    "want",
    "let",
    "lets",
    "let's",
    "go",
    "try",
    "colours",
    "colors",
    "colour",
    "color",
    "scheme",
    "theme",
    "palette",
    "mode",
    "instead",
    "now",
    "all",
    "everything",
    "little",
    "some",
    "accents",
    "accent",
    "background",
    "tones",
    "shades",
    "of",
    "should",
    "be",
    "look",
    "looks",
    "thanks",
    "thank",
    "something",
    "me",
    "give",
    "really",
    "very",
    "than",
}
_ACCENT_AFTER = re.compile(r"^\s*(?:accents?|highlights?|details|touches|trim|buttons?)\b", re.I)
_NAME_FIX = {"gray": "grey", "golden": "gold"}


_PLAIN_COLOURS = "|".join(word for word in COLOURS if word not in AMBIGUOUS)


def _find_words(text: str, edit_mode: bool) -> list[tuple[int, str, str]]:
    """(position, kind, word) for every colour, mood, style, dark or light word."""
    cued = bool(_CUES.search(text)) or only_colour_words(text)
    found: list[tuple[int, str, str]] = []
    for match in _WORD.finditer(text):
        word = match.group(0).lower()
        after = text[match.end() : match.end() + 24]
        before = text[max(0, match.start() - 24) : match.start()]
        plainly_colour = bool(
            re.match(rf"^\s*(?:{_COLOUR_NOUNS}|-colou?red)\b", after, re.I)
            or re.match(r"^[\s-]*(" + "|".join(COLOURS) + r")\b", after, re.I)
            or re.search(rf"\b(?:{_PLAIN_COLOURS})\s+(?:and|&|with)\s+$", before, re.I)
            or re.search(
                r"\b(?:pastel|dark|light|deep|pale|soft|bright|muted|vivid|neon)[\s-]+$", before, re.I
            )
        )
        if word in AMBIGUOUS and not plainly_colour and not (edit_mode and cued):
            continue
        if word in COLOURS:
            found.append((match.start(), "colour", word))
        elif word in MOODS:
            found.append((match.start(), "mood", word))
        elif word in STYLE_WORDS:
            found.append((match.start(), "style", word))
    for pattern, kind in ((DARK_WORDS, "dark"), (LIGHT_WORDS, "light")):
        for match in re.finditer(rf"\b(?:{pattern})\b", text, re.I):
            word = match.group(0).lower()
            if kind == "light" and word == "light" and not (edit_mode and cued):
                # "light blue" or "light mode" is a colour; "light and airy" or "lighting" is not.
                nxt = text[match.end() : match.end() + 20]
                if not re.match(r"^[\s-]*(?:" + "|".join(COLOURS) + r"|mode|theme|background)\b", nxt, re.I):
                    continue
            found.append((match.start(), kind, word))
    found.sort()
    return found


def only_colour_words(text: str) -> bool:
    """True when a message is nothing but colour words and filler ("navy please", "dark mode")."""
    words = [w.lower() for w in _WORD.findall(text)]
    meaningful = [w for w in words if w not in _FILLER]
    return bool(meaningful) and all(
        w in COLOURS or w in MOODS or w in STYLE_WORDS or w in ("dark", "light", "night", "white")
        for w in meaningful
    )


def parse_scheme(text: str, edit_mode: bool) -> SchemeChange:
    """The colour change a sentence asks for; empty when it names no colour."""
    if edit_mode and not (_CUES.search(text) or only_colour_words(text)):
        return SchemeChange()
    words = _find_words(text, edit_mode)
    if not words:
        return SchemeChange()
    changes: dict = {}
    hues: list[tuple[str, int | None, bool]] = []  # (word, hue, is it an accent)
    for position, kind, word in words:
        if kind == "colour":
            after = text[position + len(word) : position + len(word) + 20]
            # "A black background" is a mode, not a colour; "white" only ever means light.
            if word == "white" or (word == "black" and re.search(r"\bbackground\b", text, re.I)):
                continue
            hue, mode, style = COLOURS[word]
            hues.append((word, hue, bool(_ACCENT_AFTER.match(after))))
            if mode and "mode" not in changes:
                changes["mode"] = mode
            if style and "style" not in changes and not hues[:-1]:
                changes["style"] = style
        elif kind == "mood":
            hue, accent, style = MOODS[word]
            changes.setdefault("hue", hue)
            changes.setdefault("accent", accent)
            changes.setdefault("style", style)
            changes.setdefault("name", word)
            if hue is None:
                changes.setdefault("mode", "dark")
        elif kind == "style":
            changes["style"] = STYLE_WORDS[word]
        elif kind == "dark":
            changes["mode"] = "dark"
        elif kind == "light":
            following = text[position + len(word) : position + len(word) + 20]
            if word == "light" and re.match(r"^[\s-]*(?:" + "|".join(COLOURS) + r")\b", following, re.I):
                changes.setdefault("style", "pastel")
            changes.setdefault("mode", "light")

    if re.search(r"\bwhite\b", text, re.I) and "mode" not in changes and not any(h[1] is None for h in hues):
        changes["mode"] = "light"
    main = [h for h in hues if not h[2]]
    accents = [h for h in hues if h[2]]
    if main:
        word, hue, _ = main[0]
        if hue is None and len(main) > 1 and main[1][1] is not None:
            # "black and gold": a dark, neutral scheme with a coloured accent.
            changes.update(hue=None, name=_NAME_FIX.get(word, word), style="minimal")
            changes.setdefault("mode", "dark")
            accents = [main[1]] + accents
        else:
            changes["hue"] = hue
            changes["name"] = _NAME_FIX.get(word, word)
            if hue is None:
                changes["style"] = "minimal"
                changes["accent"] = None
                if re.search(r"\bblack\b", text, re.I) and re.search(r"\bwhite\b", text, re.I):
                    changes["name"] = "black and white"
            if len(main) > 1 and not accents:
                accents = [main[1]]
    if accents:
        word, hue, _ = accents[0]
        changes["accent"] = hue
        changes["accent_name"] = _NAME_FIX.get(word, word)
    if changes.get("style") == "minimal" and changes.get("hue", "keep") not in ("keep", None):
        changes.pop("style")
    return SchemeChange(
        hue=changes.get("hue", "keep"),
        accent=changes.get("accent", "keep"),
        mode=changes.get("mode"),
        style=changes.get("style"),
        name=changes.get("name"),
        accent_name=changes.get("accent_name"),
    )
