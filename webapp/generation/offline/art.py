"""Inline SVG icons and illustrations that take their colours from the scheme.

Images are drawn, never fetched: a generated site has no external URLs, so
it looks complete offline and inside a sandboxed preview. Shapes use
classes (styled in styles.css) rather than fixed colours, so a new colour
scheme repaints every illustration.
"""

from .markup import attr

# 24×24 stroke icons.
_ICONS = {
    "bolt": '<path d="M13 2 4 14h7l-1 8 9-12h-7z"/>',
    "shield": '<path d="M12 3 4 6v6c0 4.5 3.4 8.2 8 9 4.6-.8 8-4.5 8-9V6z"/><path d="m9 12 2 2 4-4"/>',
    "heart": '<path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z"/>',
    "chart": '<path d="M4 20V10M10 20V4M16 20v-7M22 20H2"/>',
    "leaf": '<path d="M5 19c0-8 5-14 15-14 0 10-6 15-14 15"/><path d="M5 19 13 11"/>',
    "chat": '<path d="M4 5h16v11H9l-5 4z"/><path d="M8 10h8"/>',
    "compass": '<circle cx="12" cy="12" r="9"/><path d="m15.5 8.5-2 5-5 2 2-5z"/>',
    "layers": '<path d="m12 3 9 5-9 5-9-5z"/><path d="m3 13 9 5 9-5"/>',
    "spark": '<path d="M12 3v5M12 16v5M3 12h5M16 12h5M6 6l3 3M15 15l3 3M18 6l-3 3M9 15l-3 3"/>',
    "flame": '<path d="M12 21c-4 0-6-2.7-6-6 0-4 3-5.5 3-9 3 1.5 4.5 4 4.5 6 1-1 1.5-2 1.5-3 2 1.5 3 3.7 3 6 '
    '0 3.3-2 6-6 6z"/>',
    "pen": '<path d="M4 20l4-1L19 8l-3-3L5 16z"/><path d="m14 7 3 3"/>',
    "camera": '<path d="M4 8h3l2-3h6l2 3h3v11H4z"/><circle cx="12" cy="13" r="3.5"/>',
    "code": '<path d="m8 8-4 4 4 4M16 8l4 4-4 4M13.5 5l-3 14"/>',
    "calendar": '<rect x="4" y="5" width="16" height="15" rx="2"/><path d="M4 10h16M9 3v4M15 3v4"/>',
    "sync": '<path d="M20 11a8 8 0 0 0-14-5L4 8M4 4v4h4M4 13a8 8 0 0 0 14 5l2-2M20 20v-4h-4"/>',
    "people": '<circle cx="9" cy="8" r="3.5"/><path d="M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6"/>'
    '<path d="M16 4.5a3.5 3.5 0 0 1 0 7M18 14c2 .8 3 2.8 3 6"/>',
    "sun": '<circle cx="12" cy="12" r="4"/>'
    '<path d="M12 2v2M12 20v2M2 12h2M20 12h2M5 5l1.5 1.5M17.5 17.5 19 19M5 19l1.5-1.5M17.5 6.5 19 5"/>',
    "hand": '<path d="M8 13V5.5a1.5 1.5 0 0 1 3 0V11M11 10V4.5a1.5 1.5 0 0 1 3 0V11M14 10.5V6'
    'a1.5 1.5 0 0 1 3 0v8c0 4-2.5 7-6.5 7S5 18 4 15l-1-3a1.5 1.5 0 0 1 2.6-1.3L8 13"/>',
    "phone": '<rect x="7" y="2.5" width="10" height="19" rx="2.5"/><path d="M11 18h2"/>',
    "pin": '<path d="M12 21s7-6 7-11.5A7 7 0 0 0 5 9.5C5 15 12 21 12 21z"/>'
    '<circle cx="12" cy="9.5" r="2.5"/>',
    "music": '<path d="M9 18V5l11-2v13"/><circle cx="6" cy="18" r="3"/><circle cx="17" cy="16" r="3"/>',
    "check": '<path d="m5 12.5 4.5 4.5L19 7"/>',
    "mail": '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3.5 6.5 8.5 6.5 8.5-6.5"/>',
    "clock": '<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>',
    "star": '<path d="m12 3 2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z"/>',
    "quote": '<path d="M7 17c-2 0-3-1.5-3-3.5C4 9 7 6.5 10 6l.5 1.5C8.5 8.3 7.5 9.6 7.3 11H10v6zM17 17c-2 '
    '0-3-1.5-3-3.5 0-4.5 3-7 6-7.5l.5 1.5c-2 .8-3 2.1-3.2 3.5H20v6z"/>',
}


def icon(name: str, label: str | None = None) -> str:
    """An inline SVG icon; decorative unless a label is given."""
    body = _ICONS.get(name, _ICONS["spark"])
    access = f'role="img" aria-label="{attr(label)}"' if label else 'aria-hidden="true" focusable="false"'
    return (
        f'<svg class="i" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" '
        f'stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" {access}>{body}</svg>'
    )


# Illustrations: 480×400, layered from the scheme's soft, primary and accent colours.
_BACKDROP = (
    '<circle class="a-soft" cx="250" cy="200" r="170"/>'
    '<circle class="a-accent-soft" cx="395" cy="85" r="52"/>'
    '<circle class="a-accent" cx="92" cy="318" r="16"/>'
)

_ART = {
    "dashboard": (
        '<rect class="a-card" x="40" y="58" width="400" height="290" rx="22"/>'
        '<circle class="a-accent" cx="70" cy="84" r="6"/><circle class="a-muted" cx="90" cy="84" r="6"/>'
        '<circle class="a-muted" cx="110" cy="84" r="6"/><path class="a-rule" d="M40 108h400"/>'
        '<rect class="a-soft" x="64" y="128" width="108" height="196" rx="14"/>'
        '<rect class="a-primary" x="80" y="148" width="64" height="10" rx="5"/>'
        '<rect class="a-muted" x="80" y="172" width="76" height="8" rx="4"/>'
        '<rect class="a-muted" x="80" y="192" width="52" height="8" rx="4"/>'
        '<rect class="a-muted" x="80" y="212" width="68" height="8" rx="4"/>'
        '<rect class="a-primary" x="200" y="232" width="30" height="92" rx="8"/>'
        '<rect class="a-accent" x="246" y="196" width="30" height="128" rx="8"/>'
        '<rect class="a-primary" x="292" y="252" width="30" height="72" rx="8"/>'
        '<rect class="a-accent" x="338" y="164" width="30" height="160" rx="8"/>'
        '<path class="a-line" d="M200 176 246 150 292 168 338 126 396 110"/>'
        '<circle class="a-primary" cx="396" cy="110" r="8"/>'
    ),
    "plate": (
        '<circle class="a-card" cx="240" cy="205" r="132"/><circle class="a-soft" cx="240" cy="205" r="100"/>'
        '<circle class="a-primary" cx="212" cy="186" r="40"/>'
        '<circle class="a-accent" cx="272" cy="226" r="34"/>'
        '<circle class="a-card" cx="200" cy="176" r="10"/><circle class="a-card" cx="280" cy="216" r="8"/>'
        '<path class="a-line" d="M260 160c16-10 32-6 40 6M188 242c10 12 28 16 42 8"/>'
        '<rect class="a-muted" x="62" y="96" width="12" height="220" rx="6"/>'
        '<rect class="a-muted" x="404" y="96" width="12" height="220" rx="6"/>'
    ),
    "bread": (
        '<rect class="a-card" x="70" y="292" width="340" height="34" rx="17"/>'
        '<rect class="a-card" x="400" y="302" width="44" height="14" rx="7"/>'
        '<path class="a-primary" d="M96 292c0-92 64-150 144-150s144 58 144 150z"/>'
        '<path class="a-crumb" d="M150 214c20 18 40 26 62 28M196 178c20 18 40 26 62 28M250 160c18 14 36'
        ' 22 56 24"/>'
        '<ellipse class="a-accent" cx="372" cy="264" rx="44" ry="28"/>'
        '<path class="a-crumb" d="M352 258c14 8 28 9 40 5"/>'
    ),
    "storefront": (
        '<rect class="a-card" x="90" y="130" width="300" height="220" rx="10"/>'
        '<path class="a-primary" d="M70 90h340l-10 50H80z"/>'
        '<path class="a-awning" d="M118 90 108 140M166 90l-6 50M214 90l-2 50M262 90l2 50M310 90l6 50M358'
        ' 90l10 50"/>'
        '<path class="a-primary" d="M80 140a20 16 0 0 0 40 0a20 16 0 0 0 40 0a20 16 0 0 0 40 0a20 16 0 0'
        " 0 40 0"
        'a20 16 0 0 0 40 0a20 16 0 0 0 40 0a20 16 0 0 0 40 0a20 16 0 0 0 40 0z"/>'
        '<rect class="a-soft" x="116" y="190" width="150" height="110" rx="8"/>'
        '<circle class="a-accent" cx="150" cy="270" r="18"/>'
        '<circle class="a-primary" cx="192" cy="270" r="18"/>'
        '<circle class="a-accent" cx="234" cy="270" r="18"/><path class="a-rule" d="M116 290h150"/>'
        '<rect class="a-text" x="292" y="200" width="72" height="150" rx="6"/>'
        '<circle class="a-accent" cx="350" cy="280" r="5"/>'
    ),
    "cup": (
        '<path class="a-card" d="M130 150h180v110a70 70 0 0 1-70 70h-40a70 70 0 0 1-70-70z"/>'
        '<path class="a-line-thick" d="M310 180h20a35 35 0 0 1 0 70h-22"/>'
        '<ellipse class="a-primary" cx="220" cy="158" rx="84" ry="16"/>'
        '<path class="a-line" d="M190 120c-10-16 10-26 0-42M230 120c-10-16 10-26 0-42M270 120c-10-16'
        ' 10-26 0-42"/>'
        '<ellipse class="a-accent-soft" cx="220" cy="344" rx="150" ry="14"/>'
    ),
    "pizza": (
        '<circle class="a-accent" cx="240" cy="205" r="136"/>'
        '<circle class="a-primary" cx="240" cy="205" r="112"/>'
        '<path class="a-slice" d="M240 93v224M143 149l194 112M143 261l194-112"/>'
        '<circle class="a-card" cx="200" cy="160" r="14"/><circle class="a-card" cx="290" cy="190" r="14"/>'
        '<circle class="a-card" cx="230" cy="255" r="14"/><circle class="a-accent" cx="280" cy="250" r="9"/>'
        '<circle class="a-accent" cx="190" cy="215" r="9"/><circle class="a-accent" cx="255" cy="140" r="9"/>'
    ),
    "frames": (
        '<rect class="a-card" x="60" y="70" width="190" height="150" rx="18"/>'
        '<rect class="a-primary" x="76" y="86" width="158" height="118" rx="10"/>'
        '<path class="a-accent" d="M76 204l50-56 36 36 24-22 48 42z"/>'
        '<circle class="a-card" cx="200" cy="118" r="12"/>'
        '<rect class="a-card" x="270" y="50" width="150" height="190" rx="18"/>'
        '<rect class="a-accent" x="286" y="66" width="118" height="120" rx="10"/>'
        '<rect class="a-muted" x="286" y="200" width="90" height="10" rx="5"/>'
        '<rect class="a-card" x="150" y="240" width="230" height="110" rx="18"/>'
        '<rect class="a-soft" x="166" y="256" width="84" height="78" rx="10"/>'
        '<rect class="a-primary" x="266" y="266" width="96" height="10" rx="5"/>'
        '<rect class="a-muted" x="266" y="290" width="70" height="8" rx="4"/>'
        '<rect class="a-muted" x="266" y="308" width="84" height="8" rx="4"/>'
    ),
    "code": (
        '<rect class="a-card" x="50" y="70" width="380" height="270" rx="20"/>'
        '<path class="a-rule" d="M50 112h380"/>'
        '<circle class="a-accent" cx="80" cy="91" r="6"/><circle class="a-muted" cx="100" cy="91" r="6"/>'
        '<rect class="a-primary" x="80" y="140" width="90" height="12" rx="6"/>'
        '<rect class="a-accent" x="180" y="140" width="120" height="12" rx="6"/>'
        '<rect class="a-muted" x="110" y="172" width="150" height="12" rx="6"/>'
        '<rect class="a-primary" x="110" y="204" width="70" height="12" rx="6"/>'
        '<rect class="a-muted" x="190" y="204" width="110" height="12" rx="6"/>'
        '<rect class="a-accent" x="140" y="236" width="130" height="12" rx="6"/>'
        '<rect class="a-muted" x="110" y="268" width="90" height="12" rx="6"/>'
        '<rect class="a-primary" x="80" y="300" width="60" height="12" rx="6"/>'
    ),
    "stack": (
        '<rect class="a-accent-soft" x="110" y="52" width="260" height="84" rx="16" transform="rotate(-5'
        ' 240 100)"/>'
        '<rect class="a-primary" x="130" y="76" width="90" height="10" rx="5" transform="rotate(-5 240'
        ' 100)"/>'
        '<rect class="a-card" x="80" y="120" width="320" height="100" rx="18"/>'
        '<rect class="a-primary" x="100" y="140" width="70" height="60" rx="10"/>'
        '<rect class="a-text" x="188" y="148" width="180" height="12" rx="6"/>'
        '<rect class="a-muted" x="188" y="172" width="140" height="9" rx="4.5"/>'
        '<rect class="a-card" x="80" y="236" width="320" height="100" rx="18"/>'
        '<rect class="a-accent" x="100" y="256" width="70" height="60" rx="10"/>'
        '<rect class="a-text" x="188" y="264" width="160" height="12" rx="6"/>'
        '<rect class="a-muted" x="188" y="288" width="170" height="9" rx="4.5"/>'
    ),
    "ticket": (
        '<path class="a-primary" d="M70 120h340v50a30 30 0 0 0 0 60v50H70v-50a30 30 0 0 0 0-60z"/>'
        '<path class="a-dash" d="M300 132v136"/>'
        '<rect class="a-on-primary" x="104" y="160" width="150" height="18" rx="9"/>'
        '<rect class="a-on-primary-dim" x="104" y="194" width="110" height="12" rx="6"/>'
        '<rect class="a-on-primary-dim" x="104" y="220" width="130" height="12" rx="6"/>'
        '<circle class="a-accent" cx="352" cy="200" r="26"/>'
    ),
    "rings": (
        '<circle class="a-ring-primary" cx="200" cy="210" r="80"/>'
        '<circle class="a-ring-accent" cx="290" cy="210" r="80"/>'
        '<path class="a-primary" d="M120 110c20-30 60-36 80-20-20 24-56 34-80 20zM360 310c-20 30-60 36-80 20 '
        '20-24 56-34 80-20z"/>'
    ),
    "stage": (
        '<path class="a-soft" d="M120 60 60 340h120zM360 60l60 280H300z"/>'
        '<rect class="a-primary" x="60" y="300" width="360" height="44" rx="10"/>'
        '<circle class="a-accent" cx="120" cy="60" r="16"/><circle class="a-accent" cx="360" cy="60" r="16"/>'
        '<path class="a-line-thick" d="M200 250v-90l90-20v90"/>'
        '<circle class="a-text" cx="186" cy="252" r="16"/><circle class="a-text" cx="276" cy="232" r="16"/>'
    ),
    "app": (
        '<rect class="a-text" x="150" y="36" width="180" height="340" rx="32"/>'
        '<rect class="a-card" x="160" y="46" width="160" height="320" rx="24"/>'
        '<rect class="a-primary" x="176" y="74" width="90" height="14" rx="7"/>'
        '<rect class="a-soft" x="176" y="104" width="128" height="54" rx="12"/>'
        '<circle class="a-primary" cx="196" cy="131" r="9"/>'
        '<rect class="a-muted" x="214" y="126" width="70" height="10" rx="5"/>'
        '<rect class="a-soft" x="176" y="168" width="128" height="54" rx="12"/>'
        '<circle class="a-accent" cx="196" cy="195" r="9"/>'
        '<rect class="a-muted" x="214" y="190" width="60" height="10" rx="5"/>'
        '<rect class="a-soft" x="176" y="232" width="128" height="54" rx="12"/>'
        '<circle class="a-primary" cx="196" cy="259" r="9"/>'
        '<rect class="a-muted" x="214" y="254" width="76" height="10" rx="5"/>'
        '<rect class="a-accent" x="176" y="306" width="128" height="36" rx="18"/>'
        '<rect class="a-card" x="60" y="150" width="110" height="80" rx="16"/>'
        '<rect class="a-accent" x="76" y="168" width="50" height="10" rx="5"/>'
        '<rect class="a-muted" x="76" y="190" width="76" height="8" rx="4"/>'
        '<rect class="a-muted" x="76" y="206" width="56" height="8" rx="4"/>'
    ),
    "device": (
        '<ellipse class="a-accent-soft" cx="240" cy="350" rx="140" ry="16"/>'
        '<rect class="a-text" x="170" y="330" width="140" height="22" rx="11"/>'
        '<path class="a-line-thick" d="M240 330 200 200 300 110"/>'
        '<path class="a-primary" d="M270 80h80l30 70H240z"/>'
        '<path class="a-glow" d="M250 150h120l50 120H200z"/>'
        '<circle class="a-accent" cx="200" cy="200" r="10"/>'
    ),
    "wellness": (
        '<circle class="a-accent" cx="240" cy="190" r="86"/>'
        '<path class="a-soft-strong" '
        'd="M100 280C170 226 250 236 300 258S380 272 400 280A170 170 0 0 1 100 280z"/>'
        '<path class="a-primary" '
        'd="M120 310C190 282 260 292 310 300S366 306 380 310A170 170 0 0 1 120 310z"/>'
        '<rect class="a-card" x="140" y="298" width="200" height="18" rx="9"/>'
        '<circle class="a-text" cx="240" cy="186" r="20"/>'
        '<path class="a-text" d="M212 284c0-40 10-70 28-70s28 30 28 70z"/>'
        '<ellipse class="a-text" cx="240" cy="290" rx="66" ry="14"/>'
        '<path class="a-limb" d="M222 228c-14 22-24 40-36 56M258 228c14 22 24 40 36 56"/>'
    ),
    "person": (
        '<rect class="a-card" x="110" y="60" width="260" height="290" rx="28"/>'
        '<circle class="a-primary" cx="240" cy="170" r="56"/>'
        '<path class="a-accent" d="M150 330c0-58 40-92 90-92s90 34 90 92z"/>'
    ),
    "people": (
        '<circle class="a-accent" cx="150" cy="160" r="40"/>'
        '<path class="a-accent" d="M80 300c0-50 30-80 70-80s70 30 70 80z"/>'
        '<circle class="a-primary" cx="330" cy="160" r="40"/>'
        '<path class="a-primary" d="M260 300c0-50 30-80 70-80s70 30 70 80z"/>'
        '<circle class="a-text" cx="240" cy="190" r="46"/>'
        '<path class="a-text" d="M160 340c0-56 36-90 80-90s80 34 80 90z"/>'
    ),
}


def illustration(name: str, label: str) -> str:
    """A decorative scene in the scheme's colours, described for screen readers."""
    body = _ART.get(name, _ART["dashboard"])
    return (
        f'<svg class="art" viewBox="0 0 480 400" role="img" aria-label="{attr(label)}">'
        f"{_BACKDROP}{body}</svg>"
    )


def initials(name: str) -> str:
    """Up to two initials for an avatar or a monogram."""
    words = [word for word in name.replace("&", " ").split() if word[:1].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()
