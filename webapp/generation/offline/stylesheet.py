"""styles.css: the scheme's custom properties, a base layer, and one block per section.

Each section's rules sit under a `/* section: name */` marker, so a section
added later can bring its rules along when the stylesheet lacks them,
without touching anything else in a file the user may have edited.
"""

import re

from .palette import Scheme, palette, root_block
from .section_styles import SECTION_CSS

SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'
SERIF = '"Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, serif'
HEADING_FONTS = {
    "restaurant": SERIF,
    "blog": SERIF,
    "event": SERIF,
    "personal": SERIF,
    "portfolio": SANS,
    "landing": SANS,
    "product": SANS,
}

BASE_CSS = """/* base */
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; scroll-behavior: smooth; scroll-padding-top: 5rem; }
@media (prefers-reduced-motion: reduce) {
  html { scroll-behavior: auto; }
  *, *::before, *::after { transition: none !important; animation: none !important; }
}
body {
  margin: 0;
  font-family: var(--font-body);
  font-size: 1.0625rem;
  line-height: 1.65;
  color: var(--text);
  background: var(--bg);
  overflow-wrap: break-word;
  -webkit-font-smoothing: antialiased;
}
h1, h2, h3 {
  font-family: var(--font-heading);
  line-height: 1.15;
  letter-spacing: -0.02em;
  margin: 0 0 0.5em;
  color: var(--text);
  text-wrap: balance;
  overflow-wrap: anywhere;
}
h1 { font-size: clamp(2.3rem, 1.5rem + 3.2vw, 3.7rem); letter-spacing: -0.03em; }
h2 { font-size: clamp(1.8rem, 1.35rem + 1.9vw, 2.7rem); }
h3 { font-size: 1.2rem; letter-spacing: -0.01em; }
p { margin: 0 0 1em; }
a { color: var(--primary-ink); text-underline-offset: 0.2em; }
svg { display: block; }
:focus-visible { outline: 3px solid var(--primary-ink); outline-offset: 3px; border-radius: 4px; }
.container { width: min(100% - 2.5rem, var(--container)); margin-inline: auto; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.skip-link {
  position: absolute; left: 1rem; top: -4rem; z-index: 100; padding: 0.6rem 1rem;
  background: var(--primary); color: var(--on-primary); border-radius: 8px;
}
.skip-link:focus { top: 1rem; }

/* header */
.site-header {
  position: sticky; top: 0; z-index: 50;
  background: var(--header-bg);
  -webkit-backdrop-filter: saturate(160%) blur(12px);
  backdrop-filter: saturate(160%) blur(12px);
  border-bottom: 1px solid var(--border);
}
.header-inner {
  display: flex; align-items: center; justify-content: space-between; gap: 1rem; min-height: 4.25rem;
}
.brand {
  display: inline-flex; align-items: center; gap: 0.6rem; min-width: 0;
  font-family: var(--font-heading); font-weight: 700; font-size: 1.2rem; letter-spacing: -0.01em;
  color: var(--text); text-decoration: none;
}
.brand > span:last-child { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.brand-mark {
  flex: none; width: 1.9rem; height: 1.9rem; border-radius: 0.6rem;
  background: linear-gradient(135deg, var(--primary) 0 55%, var(--accent) 55%);
}
.site-nav ul { display: flex; flex-wrap: wrap; gap: 0.15rem; margin: 0; padding: 0; list-style: none; }
.site-nav a {
  display: block; padding: 0.45rem 0.8rem; border-radius: 999px;
  color: var(--muted); font-weight: 550; font-size: 0.95rem; text-decoration: none;
}
.site-nav a:hover, .site-nav a[aria-current="page"] { color: var(--text); background: var(--primary-soft); }
.nav-toggle {
  display: none; flex: none; width: 2.75rem; height: 2.75rem; border-radius: 0.75rem;
  border: 1px solid var(--border); background: var(--surface); color: var(--text); cursor: pointer;
  align-items: center; justify-content: center;
}
.nav-toggle-bar, .nav-toggle-bar::before, .nav-toggle-bar::after {
  display: block; width: 1.15rem; height: 2px; border-radius: 2px; background: currentColor;
  transition: transform 0.2s ease, opacity 0.2s ease;
}
.nav-toggle-bar { position: relative; }
.nav-toggle-bar::before, .nav-toggle-bar::after { content: ""; position: absolute; left: 0; }
.nav-toggle-bar::before { top: -6px; }
.nav-toggle-bar::after { top: 6px; }
.nav-toggle[aria-expanded="true"] .nav-toggle-bar { background: transparent; }
.nav-toggle[aria-expanded="true"] .nav-toggle-bar::before { transform: translateY(6px) rotate(45deg); }
.nav-toggle[aria-expanded="true"] .nav-toggle-bar::after { transform: translateY(-6px) rotate(-45deg); }
@media (max-width: 980px) {
  .js .nav-toggle { display: inline-flex; }
  .js .site-nav {
    position: absolute; inset: 100% 0 auto 0; display: none;
    padding: 0.75rem 1.25rem 1.25rem; background: var(--surface);
    border-bottom: 1px solid var(--border); box-shadow: var(--shadow);
  }
  .js .site-nav.is-open { display: block; }
  .js .site-nav ul { flex-direction: column; }
  .js .site-nav a { padding: 0.75rem 1rem; font-size: 1.05rem; }
  html:not(.js) .header-inner { flex-wrap: wrap; padding-block: 0.75rem; }
}

/* buttons */
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: 2rem; }
.button {
  display: inline-flex; align-items: center; justify-content: center; gap: 0.5rem;
  padding: 0.8rem 1.4rem; border: 2px solid var(--primary); border-radius: 999px;
  background: var(--primary); color: var(--on-primary);
  font: inherit; font-weight: 650; line-height: 1.2; text-align: center; text-decoration: none;
  cursor: pointer;
  transition: transform 0.15s ease, box-shadow 0.15s ease, background-color 0.15s ease;
}
.button:hover { transform: translateY(-1px); box-shadow: 0 10px 24px -12px var(--primary); }
.button-ghost { background: transparent; color: var(--text); border-color: var(--border); }
.button-ghost:hover { border-color: var(--primary); box-shadow: none; }
.button-light { background: var(--on-primary); color: var(--primary); border-color: var(--on-primary); }
.button-block { width: 100%; }

/* layout */
.section { padding-block: clamp(3.5rem, 2rem + 6vw, 6.5rem); }
main > .section:nth-of-type(even) { background: var(--surface-2); }
.section.narrow .container { max-width: 50rem; }
.section-head { max-width: 42rem; margin: 0 0 clamp(2rem, 1.5rem + 2vw, 3rem); }
.section-head.center { margin-inline: auto; text-align: center; }
.section-head .lead { margin-bottom: 0; }
.eyebrow {
  margin: 0 0 0.9rem; color: var(--primary-ink);
  font-size: 0.8rem; font-weight: 750; letter-spacing: 0.12em; text-transform: uppercase;
}
.lead { color: var(--muted); font-size: clamp(1.08rem, 1rem + 0.4vw, 1.25rem); line-height: 1.6; }
.grid {
  display: grid; gap: clamp(1rem, 0.8rem + 1vw, 1.5rem);
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
}
.card {
  background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius);
  padding: clamp(1.35rem, 1.1rem + 1vw, 1.9rem); box-shadow: var(--shadow);
}
.card p:last-child { margin-bottom: 0; }
.icon {
  display: inline-grid; place-items: center; flex: none; width: 2.9rem; height: 2.9rem;
  border-radius: 0.85rem; background: var(--primary-soft); color: var(--primary-ink);
}
.icon .i { width: 1.45rem; height: 1.45rem; }
.split { display: grid; gap: clamp(2rem, 1rem + 4vw, 4.5rem); align-items: center; }
@media (min-width: 880px) { .split { grid-template-columns: 1fr 1fr; } }
.checklist { display: grid; gap: 0.6rem; margin: 1.5rem 0 0; padding: 0; list-style: none; }
.checklist li { display: flex; gap: 0.65rem; align-items: flex-start; }
.checklist .i { flex: none; width: 1.3rem; height: 1.3rem; margin-top: 0.2rem; color: var(--primary-ink); }
.avatar {
  display: inline-grid; place-items: center; flex: none; width: 2.75rem; height: 2.75rem; border-radius: 50%;
  background: var(--primary); color: var(--on-primary); font-weight: 700; font-size: 0.95rem;
}
.avatar-lg { width: 4.5rem; height: 4.5rem; font-size: 1.35rem; margin-bottom: 1rem; }
.tag {
  display: inline-block; margin: 0 0 0.6rem; padding: 0.15rem 0.65rem; border-radius: 999px;
  background: var(--primary-soft); color: var(--primary-ink); font-size: 0.78rem; font-weight: 700;
  letter-spacing: 0.03em;
}
.art { width: 100%; height: auto; }
.art .a-soft { fill: var(--primary-soft); }
.art .a-soft-strong { fill: var(--primary); opacity: 0.35; }
.art .a-limb { stroke: var(--text); stroke-width: 12; fill: none; stroke-linecap: round; }
.art .a-accent-soft { fill: var(--accent-soft); }
.art .a-card { fill: var(--surface); stroke: var(--border); stroke-width: 2; }
.art .a-primary { fill: var(--primary); }
.art .a-accent { fill: var(--accent); }
.art .a-muted { fill: var(--border); }
.art .a-text { fill: var(--text); }
.art .a-on-primary { fill: var(--on-primary); }
.art .a-on-primary-dim { fill: var(--on-primary); opacity: 0.55; }
.art .a-rule { stroke: var(--border); stroke-width: 2; fill: none; }
.art .a-line {
  stroke: var(--primary); stroke-width: 5; fill: none; stroke-linecap: round; stroke-linejoin: round;
}
.art .a-line-thick {
  stroke: var(--text); stroke-width: 14; fill: none; stroke-linecap: round; stroke-linejoin: round;
}
.art .a-crumb { stroke: var(--surface); stroke-width: 8; fill: none; stroke-linecap: round; opacity: 0.75; }
.art .a-awning { stroke: var(--on-primary); stroke-width: 12; opacity: 0.35; }
.art .a-slice { stroke: var(--accent); stroke-width: 4; fill: none; }
.art .a-dash { stroke: var(--on-primary); stroke-width: 3; stroke-dasharray: 8 8; opacity: 0.6; }
.art .a-ring-primary { fill: none; stroke: var(--primary); stroke-width: 16; }
.art .a-ring-accent { fill: none; stroke: var(--accent); stroke-width: 16; }
.art .a-glow { fill: var(--accent); opacity: 0.35; }
.tile {
  position: relative; display: grid; place-items: center; aspect-ratio: 4 / 3; overflow: hidden;
  border-radius: calc(var(--radius) - 4px); color: var(--on-primary);
  background: linear-gradient(135deg, var(--primary), var(--accent));
}
.tile .i { width: 2.5rem; height: 2.5rem; opacity: 0.85; }
.tile::after {
  content: ""; position: absolute; inset: auto -20% -45% auto; width: 70%; aspect-ratio: 1;
  border-radius: 50%; background: var(--surface); opacity: 0.14;
}
.tile-2 { background: linear-gradient(160deg, var(--accent), var(--primary)); }
.tile-3 { background: linear-gradient(200deg, var(--primary-soft), var(--primary) 80%); }
.tile-4 { background: linear-gradient(120deg, var(--primary) 10%, var(--accent-soft) 140%); }
.tile-5 { background: linear-gradient(45deg, var(--accent) 0%, var(--primary) 90%); }
.tile-6 { background: radial-gradient(circle at 30% 20%, var(--accent), var(--primary) 70%); }
.prose { max-width: 44rem; }
"""


def ensure_root(extra_kind: str) -> dict[str, str]:
    """The non-colour custom properties every stylesheet defines."""
    return {
        "font-body": SANS,
        "font-heading": HEADING_FONTS.get(extra_kind, SANS),
        "radius": "18px",
        "container": "1140px",
    }


def section_css(name: str) -> str:
    """The rules one section needs, under its marker comment (empty if it needs none)."""
    css = SECTION_CSS.get(name, "")
    return f"/* section: {name} */\n{css.strip()}\n" if css else ""


def stylesheet(scheme: Scheme, kind: str, sections: list[str]) -> str:
    """The complete styles.css for a site with these sections."""
    parts = [root_block(scheme, ensure_root(kind)), BASE_CSS]
    parts += [section_css(name) for name in sections]
    return "\n\n".join(part.strip() for part in parts if part) + "\n"


def has_section_css(css: str, name: str) -> bool:
    """Whether the stylesheet already carries a section's rules (or it needs none)."""
    return not SECTION_CSS.get(name) or f"/* section: {name} */" in css


def with_section_css(css: str, names: list[str]) -> str:
    """The stylesheet with the rules of any of these sections it lacks appended."""
    missing = [section_css(name) for name in names if not has_section_css(css, name)]
    if not missing:
        return css
    return css.rstrip("\n") + "\n\n" + "\n".join(missing)


_ROOT = re.compile(r":root\s*\{(?P<body>[^{}]*)\}")
_COMMENT = re.compile(r"/\*\s*scheme\s*\{.*?\}\s*\*/", re.S)


def recolour(css: str, scheme: Scheme, kind: str) -> str:
    """The stylesheet with the scheme's colours in its :root rule, everything else untouched."""
    if _COMMENT.search(css):
        css = _COMMENT.sub(lambda _m: scheme.to_comment(), css, count=1)
    else:
        css = scheme.to_comment() + "\n" + css
    root = _ROOT.search(css)
    if root is None:
        block = root_block(scheme, ensure_root(kind)).split("\n", 1)[1]
        end = _COMMENT.search(css).end()
        return css[:end] + "\n" + block + "\n" + css[end:]
    body = root.group("body")
    values = {"color-scheme": scheme.mode, **{f"--{k}": v for k, v in palette(scheme).items()}}
    for prop, value in values.items():
        pattern = re.compile(rf"(^|[;\s]){re.escape(prop)}\s*:\s*[^;]*;?")
        if pattern.search(body):
            body = pattern.sub(lambda m, v=value, p=prop: f"{m.group(1)}{p}: {v};", body, count=1)
        else:
            body = body.rstrip() + f"\n  {prop}: {value};\n"
    return css[: root.start("body")] + body + css[root.end("body") :]
