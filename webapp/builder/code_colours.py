"""The colours of highlighted code, readable in the light and the dark theme.

Pygments' styles were not drawn for WCAG: some token colours fall under 4.5:1 on
the backgrounds code sits on here (the page, a diff's added and removed lines). Each
token colour is taken from a Pygments style, then darkened (light theme) or lightened
(dark theme) just enough to reach 4.5:1 on every one of those backgrounds.
"""

import re

from pygments.formatters import HtmlFormatter

LIGHT_STYLE = "default"
DARK_STYLE = "github-dark"
# The backgrounds code is shown on, as app.css has them: the surfaces, a diff's added
# and removed lines, a hunk header.
LIGHT_BACKGROUNDS = ["#ffffff", "#f7f7f9", "#f1f2f6", "#e6f6ec", "#fdeceb", "#eef4fb"]
DARK_BACKGROUNDS = ["#171a21", "#0f1115", "#222630", "#173322", "#3a1d20", "#1a2535"]
MINIMUM_CONTRAST = 4.6  # 4.5 and a little to spare for rounding
# Where the dark colours apply: the system's dark preference unless the user chose
# light, or the user's choice of dark (data-theme on <html>, see base.html).
DARK_SCOPES = [
    (':root:not([data-theme="light"])', "@media (prefers-color-scheme: dark)"),
    (':root[data-theme="dark"]', None),
]

_COLOUR = re.compile(r"(?<![-\w])color: (#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b")


def _rgb(colour: str) -> tuple[float, float, float]:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return tuple(int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG's contrast ratio of two colours."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: str, backgrounds: list[str], towards: str) -> str:
    """`colour`, mixed towards black or white just enough to be readable on every background."""
    target = _rgb(towards)
    current = colour
    for step in range(21):
        if min(contrast(current, background) for background in backgrounds) >= MINIMUM_CONTRAST:
            return current
        share = step / 20
        mixed = [c + (t - c) * share for c, t in zip(_rgb(colour), target, strict=True)]
        current = "#" + "".join(f"{round(c * 255):02x}" for c in mixed)
    return towards


def _token_rules(style: str, scope: str, backgrounds: list[str], towards: str) -> dict[str, str]:
    """{selector: declarations} of the style's tokens, under `scope`, made readable."""
    rules = {}
    for line in HtmlFormatter(style=style).get_style_defs(scope).splitlines():
        # Only the tokens' rules: the style's own backgrounds, and its bare `pre`
        # rule, are the app's to decide.
        if not line.startswith(scope + " .") or "background" in line or "{" not in line:
            continue
        selector, declarations = line.split("{", 1)
        declarations = declarations.split("}", 1)[0]
        rules[selector.strip()] = _COLOUR.sub(
            lambda m: f"color: {readable(m.group(1), backgrounds, towards)}", declarations
        ).strip()
    return rules


def _css(rules: dict[str, str]) -> str:
    return "\n".join(f"{selector} {{ {declarations} }}" for selector, declarations in rules.items())


def stylesheet() -> str:
    """The stylesheet of highlighted code, for both themes."""
    light = _token_rules(LIGHT_STYLE, ".highlight", LIGHT_BACKGROUNDS, "#000000")
    parts = [_css(light)]
    for selector, media in DARK_SCOPES:
        scope = f"{selector} .highlight"
        # A token the dark style leaves alone must not keep its light colour.
        dark = {f"{selector} {token}": "color: inherit" for token in light}
        dark.update(_token_rules(DARK_STYLE, scope, DARK_BACKGROUNDS, "#ffffff"))
        parts.append(f"{media} {{\n{_css(dark)}\n}}" if media else _css(dark))
    return "\n".join(parts) + "\n"
