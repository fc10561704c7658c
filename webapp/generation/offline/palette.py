"""Colour schemes: a few words in, CSS custom properties with readable contrast out.

A scheme is a hue, an accent hue, a mode (light or dark) and a style. The
concrete colours are derived from it, then nudged until every pairing the
stylesheet uses passes WCAG AA, so no word combination can produce
unreadable text.
"""

import colorsys
import json
import re
from dataclasses import asdict, dataclass, replace

from .vocabulary import COLOURS

STYLES = ("standard", "pastel", "vivid", "muted", "minimal")

# Saturation of the primary colour, and of the tinted backgrounds, per style.
_SATURATION = {"standard": 0.62, "pastel": 0.5, "vivid": 0.86, "muted": 0.3, "minimal": 0.0}
_TINT = {"standard": 0.25, "pastel": 0.55, "vivid": 0.3, "muted": 0.18, "minimal": 0.0}

AA = 4.5


@dataclass(frozen=True)
class Scheme:
    """What the user asked for, in words and hues; the colours are derived from it."""

    hue: int | None = 225  # None: neutral greys
    accent: int | None = 38
    mode: str = "light"
    style: str = "standard"
    name: str = "blue"
    accent_name: str = ""

    @property
    def label(self) -> str:
        """How the scheme is described to the user, e.g. "dark green and gold"."""
        words = []
        if self.mode == "dark" and self.name not in ("black", "charcoal"):
            words.append("dark")
        implied = COLOURS.get(self.name, (None, None, None))[2]
        if self.style not in ("standard", "minimal", implied) and self.style not in self.name:
            words.append(self.style)
        if self.style == "minimal" and "minimal" not in self.name:
            words.append("minimal")
        words.append(self.name)
        if self.accent_name and self.accent_name != self.name:
            words.append(f"{'with' if ' and ' in self.name else 'and'} {self.accent_name}")
        return " ".join(words)

    def to_comment(self) -> str:
        """The scheme as a CSS comment, so a later edit can start from it."""
        return f"/* scheme {json.dumps(asdict(self), sort_keys=True)} */"


@dataclass(frozen=True)
class SchemeChange:
    """The parts of a scheme one message asks to change; None keeps the current value."""

    hue: int | None | str = "keep"
    accent: int | None | str = "keep"
    mode: str | None = None
    style: str | None = None
    name: str | None = None
    accent_name: str | None = None

    @property
    def is_empty(self) -> bool:
        """True when the message named no colour at all."""
        return (
            self.hue == "keep"
            and self.accent == "keep"
            and self.mode is None
            and self.style is None
            and self.name is None
        )

    def apply(self, scheme: Scheme) -> Scheme:
        """The scheme after this change."""
        changes: dict = {}
        if self.hue != "keep":
            changes["hue"] = self.hue
            changes["name"] = self.name or scheme.name
            # A new main colour drops the old explicit accent unless one was given too.
            changes["accent_name"] = ""
            if self.accent == "keep":
                changes["accent"] = _default_accent(self.hue)
        elif self.name:
            changes["name"] = self.name
        if self.accent != "keep":
            changes["accent"] = self.accent
            changes["accent_name"] = self.accent_name or ""
        if self.mode:
            changes["mode"] = self.mode
        if self.style:
            changes["style"] = self.style
        elif self.hue not in ("keep", None):
            # A new colour starts from the standard style unless the words implied one ("navy", "mint").
            changes["style"] = "standard"
        return replace(scheme, **changes)


def _default_accent(hue: int | None) -> int | None:
    if hue is None:
        return None
    # A warm accent beside cool colours and a cool one beside warm colours reads as deliberate.
    if 180 <= hue <= 300:
        return 38
    if hue < 70 or hue > 320:
        return 190 if 20 <= hue < 70 else 42
    return 42


_SCHEME_COMMENT = re.compile(r"/\*\s*scheme\s*(\{.*?\})\s*\*/", re.S)


def scheme_from_css(css: str) -> Scheme | None:
    """The scheme recorded in a stylesheet's comment, or None if missing or damaged."""
    match = _SCHEME_COMMENT.search(css)
    if not match:
        return None
    try:
        data = json.loads(match.group(1))
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    scheme = Scheme()
    for key in ("hue", "accent"):
        value = data.get(key, getattr(scheme, key))
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            scheme = replace(scheme, **{key: None if value is None else value % 360})
    if data.get("mode") in ("light", "dark"):
        scheme = replace(scheme, mode=data["mode"])
    if data.get("style") in STYLES:
        scheme = replace(scheme, style=data["style"])
    for key in ("name", "accent_name"):
        value = data.get(key)
        if isinstance(value, str) and re.fullmatch(r"[a-z -]{0,40}", value):
            scheme = replace(scheme, **{key: value})
    return scheme


# Colours ---------------------------------------------------------------------------------------


def _hsl(h: float, s: float, lightness: float) -> tuple[float, float, float]:
    return colorsys.hls_to_rgb((h % 360) / 360, max(0.0, min(1.0, lightness)), max(0.0, min(1.0, s)))


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two #rrggbb colours."""
    la, lb = _luminance(_rgb(a)), _luminance(_rgb(b))
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def _rgb(value: str) -> tuple[float, float, float]:
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _readable(h: float, s: float, lightness: float, against: list[str], step: float) -> str:
    """The colour nearest the given lightness that reads on every background in `against`."""
    while 0.0 <= lightness <= 1.0:
        colour = _hex(_hsl(h, s, lightness))
        if all(contrast(colour, bg) >= AA for bg in against):
            return colour
        lightness += step
    return "#000000" if step < 0 else "#ffffff"


def _ink_for(background: str, dark: str, light: str = "#ffffff") -> str | None:
    """The text colour for a filled background, or None if neither reads on it."""
    best = max((dark, light), key=lambda ink: contrast(ink, background))
    return best if contrast(best, background) >= AA else None


def _filled(h: float, s: float, lightness: float, dark_ink: str, step: float) -> tuple[str, str]:
    """A fill colour and the text that reads on it, nudging the fill until one does."""
    while 0.0 <= lightness <= 1.0:
        fill = _hex(_hsl(h, s, lightness))
        ink = _ink_for(fill, dark_ink)
        if ink:
            return fill, ink
        lightness += step
    return ("#111111", "#ffffff") if step < 0 else ("#eeeeee", dark_ink)


def palette(scheme: Scheme) -> dict[str, str]:
    """The scheme's CSS custom properties (name without the leading dashes to value)."""
    style = "minimal" if scheme.hue is None else scheme.style
    tint = _TINT[style]
    # Backgrounds take the main hue; a minimal scheme keeps them grey and lets one colour lead:
    # its hue ("minimal blue"), else its accent ("black and gold"), else none at all.
    h = scheme.hue if scheme.hue is not None else (scheme.accent or 0)
    if style != "minimal":
        ph, sat = h, _SATURATION[style]
        a = scheme.accent if scheme.accent is not None else h
        accent_sat = 0.0 if scheme.accent is None else 0.55 if style == "pastel" else max(sat, 0.55)
    elif scheme.hue is not None or scheme.accent is not None:
        ph, sat = (scheme.hue if scheme.hue is not None else scheme.accent), _SATURATION["standard"]
        a, accent_sat = h, 0.0
    else:
        ph, sat, a, accent_sat = h, 0.0, h, 0.0
    neutral_primary = sat == 0.0

    if scheme.mode == "dark":
        bg = _hex(_hsl(h, tint * 0.9, 0.075))
        surface = _hex(_hsl(h, tint * 0.8, 0.115))
        surface_2 = _hex(_hsl(h, tint * 0.85, 0.095))
        text = _hex(_hsl(h, tint * 0.5, 0.94))
        muted = _readable(h, tint * 0.5, 0.7, [bg, surface, surface_2], 0.02)
        border = _hex(_hsl(h, tint * 0.6, 0.2))
        start = 0.78 if neutral_primary else 0.64
        primary, on_primary = _filled(ph, sat, start, bg, 0.02)
        ink = _readable(ph, sat, 0.68, [bg, surface, surface_2], 0.02)
        soft = _hex(_hsl(ph, sat * 0.55, 0.17))
        accent, on_accent = _filled(a, accent_sat, 0.66, bg, 0.02)
        accent_soft = _hex(_hsl(a, accent_sat * 0.5, 0.16))
        shadow = "0 1px 2px rgb(0 0 0 / 0.4), 0 12px 32px -12px rgb(0 0 0 / 0.6)"
    else:
        bg = _hex(_hsl(h, tint, 0.975 if style == "pastel" else 0.985))
        surface = _hex(_hsl(h, tint, 0.995 if style == "pastel" else 1.0))
        surface_2 = _hex(_hsl(h, tint * 1.2, 0.95 if style == "pastel" else 0.955))
        text = _hex(_hsl(h, tint * 0.6, 0.13))
        muted = _readable(h, tint * 0.5, 0.4, [bg, surface, surface_2], -0.02)
        border = _hex(_hsl(h, tint * 0.8, 0.88))
        start = 0.12 if neutral_primary else 0.6 if style == "pastel" else 0.47
        primary, on_primary = _filled(ph, sat, start, text, -0.02)
        ink = _readable(ph, sat, 0.42, [bg, surface, surface_2], -0.02)
        soft = _hex(_hsl(ph, 0.0 if neutral_primary else max(sat, 0.3) * 0.9, 0.925))
        accent, on_accent = _filled(a, accent_sat, 0.56, text, -0.02)
        accent_soft = _hex(_hsl(a, accent_sat * 0.9, 0.9))
        shadow = "0 1px 2px rgb(15 23 42 / 0.05), 0 12px 32px -14px rgb(15 23 42 / 0.18)"

    r, g, b = (round(c * 255) for c in _rgb(bg))
    return {
        "bg": bg,
        "surface": surface,
        "surface-2": surface_2,
        "text": text,
        "muted": muted,
        "border": border,
        "primary": primary,
        "on-primary": on_primary,
        "primary-ink": ink,
        "primary-soft": soft,
        "accent": accent,
        "on-accent": on_accent,
        "accent-soft": accent_soft,
        "header-bg": f"rgb({r} {g} {b} / 0.86)",
        "shadow": shadow,
    }


def root_block(scheme: Scheme, extra: dict[str, str]) -> str:
    """The :root rule with the scheme's colours and `extra` properties, after the scheme comment."""
    lines = [scheme.to_comment(), ":root {", f"  color-scheme: {scheme.mode};"]
    lines += [f"  --{name}: {value};" for name, value in {**palette(scheme), **extra}.items()]
    return "\n".join([*lines, "}"])
