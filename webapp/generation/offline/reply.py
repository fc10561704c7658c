"""The assistant's words: what was built or changed, and polite help when a message is unclear."""

import re

from .colour_names import colour_label
from .content import Copy
from .edits import Change, Note, article
from .language import OTHERS
from .markup import md
from .pages import SiteSpec
from .palette import Scheme
from .reply_words import SECTION_NAMES, SECTIONS, counted, joined, language_name, sentence

TOPIC_LABELS = {
    "bakery": "bakery site",
    "cafe": "café site",
    "pizza": "pizzeria site",
    "wedding": "wedding site",
    "festival": "festival site",
    "photography": "photography portfolio",
    "clinic": "clinic site",
    "therapy": "therapy practice site",
    "trades": "trades site",
    "salon": "salon site",
    "pet": "pet care site",
    "vet": "veterinary practice site",
    "fitness": "studio site with a class timetable",
    "wellness": "studio site",
    "shop": "shop site",
    "hotel": "guest house site",
    "tutor": "lessons site",
    "estate": "estate agency site",
    "law": "professional firm site",
    "charity": "charity site",
    "band": "band site",
    "carwash": "car wash site",
    "garage": "garage site",
    "locksmith": "locksmith site",
    "tattoo": "tattoo studio site",
    "childcare": "nursery site",
}
KIND_LABELS = {
    "landing": "landing page",
    "portfolio": "portfolio",
    "restaurant": "restaurant site",
    "blog": "blog",
    "event": "event site",
    "product": "product page",
    "personal": "personal site",
}

LANGUAGE_NAMES = {"fr": "French", "de": "German", "es": "Spanish"}

EXAMPLES = [
    "*add a pricing section* (or an FAQ, gallery, testimonials, menu, team, schedule, contact form…)",
    "*remove the gallery*",
    "*make it dark green* or *use a pastel pink colour scheme*",
    "*rename it to “Sweet Crumbs”*",
    "*change the headline to “Fresh bread daily”*",
    "*replace “Order now” with “Book a table”*",
    "*add an about page* or *add a blog page*",
]


def site_label(kind: str, topic: str) -> str:
    """What to call the site in a sentence: "bakery site", "portfolio"..."""
    return TOPIC_LABELS.get(topic) or KIND_LABELS.get(kind, "website")


def _counted(items, plural: str) -> str:
    """ "1 treatment", "3 treatments": the number of items with its noun agreeing."""
    count = len(items) if items else 0
    if count == 1:
        head, _space, last = plural.rpartition(" ")
        last = re.sub(r"(?<=ss|sh|ch)es$|(?<=x)es$|s$", "", last)
        plural = f"{head} {last}".strip()
    return f"{count} {plural}"


def _services_noun(c: dict, copy: Copy) -> str:
    """The plural noun for a price list in the reply: its own ("treatments") when English, else services."""
    nav = c.get("nav", "Services").lower()
    return nav if copy.language == "en" and nav.endswith("s") else "services"


def section_phrase(section: str, copy: Copy) -> str:
    """A few words on what a section holds, for the reply, in the site's language."""
    c = copy.section(section)
    if copy.language in SECTIONS:
        return _local_section_phrase(section, c, copy)
    if section == "hero":
        return f"a hero with the headline “{md(c['headline'])}”"
    if section == "menu":
        dishes = [item for _category, items in c["categories"] for item in items]
        return f"a menu of {_counted(dishes, 'dishes')} with prices"
    if section == "pricing":
        return f"{c.get('nav', 'pricing').lower()} ({_counted(c['plans'], 'options')})"
    if section == "contact":
        return f"a contact form (“{md(c['title'])}”)"
    if section == "visit":
        return "address, opening hours and a map" if copy.kind != "event" else "venue details and a map"
    items = c.get("items")
    phrases = {
        "features": _counted(items, "feature cards"),
        "services": _counted(items, _services_noun(c, copy))
        + (" with prices" if c.get("nav", "Services") == "Services" else ""),
        "about": "an about section",
        "gallery": f"a gallery of {_counted(items, 'pictures')}",
        "testimonials": _counted(items, "testimonials"),
        "faq": f"an FAQ with {_counted(items, 'questions')}",
        "projects": _counted(items, "projects"),
        "posts": _counted(items, "blog posts"),
        "schedule": f"a schedule of {_counted(items, 'sessions')}",
        "speakers": _counted(items, "speakers"),
        "newsletter": "a newsletter sign-up",
        "stats": "a row of key numbers",
        "team": _counted(items, "team members"),
        "cta": "a call-to-action banner",
        "text": "a page of text ready for your words",
        "footer": "a footer",
    }
    return phrases.get(section, section)


def _local_section_phrase(section: str, c: dict, copy: Copy) -> str:
    """section_phrase for a French, German or Spanish site."""
    language = copy.language
    if section == "visit" and copy.kind == "event":
        section = "visit-event"
    template = SECTIONS[language].get(section)
    if template is None:
        return SECTION_NAMES[language].get(section, section)
    if section == "menu":
        items = [item for _category, items in c["categories"] for item in items]
    else:
        items = c.get("plans" if section == "pricing" else "items") or []
    count = counted(language, section, len(items)) if "{count}" in template else ""
    return template.format(count=count, headline=md(c.get("headline", "")), title=md(c.get("title", "")))


def bullet(change: Change | Note | str, language: str) -> str:
    """The reply's line for a change or a note, in the site's language when there are words for it."""
    words = getattr(change, "words", ())
    if language not in SECTIONS or not words:
        return change.bullet if isinstance(change, Change) else str(change)
    key, *values = words
    if key in ("colours", "already-colours"):
        label, dark, name, accent = values
        values = [colour_label(language, label, bool(dark), name, accent)]
    if key in ("add-section", "remove-section", "already-section", "no-section"):
        values = [SECTION_NAMES[language].get(values[0], values[0])]
    if key == "no-page-section":
        values = [values[0], SECTION_NAMES[language].get(values[1], values[1])]
    return sentence(language, key, *values)


def _join(items: list[str], last: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def created(spec: SiteSpec, extra: list[Change], notes: list[str], asked_in: str = "en") -> tuple[str, str]:
    """The reply and the one-line description for a new site."""
    copy = spec.copy
    if spec.facts.language in SECTIONS:
        return _created_in(spec.facts.language, spec, extra, notes)
    label = site_label(spec.kind, spec.topic)
    if spec.topic == "business" and spec.facts.trade and spec.facts.language == "en":
        label = f"site for your {spec.facts.trade}"
    scheme: Scheme = spec.scheme
    lines = [
        f"Here's **{md(spec.name)}**, {article(label)} {label} with {article(scheme.label)} {scheme.label} "
        "colour scheme.",
        "",
        f"- **index.html**: {_join([section_phrase(s, copy) for s in spec.sections])}",
    ]
    for page in spec.pages:
        body = [section_phrase(s, copy) for s in page.sections if s != "page_header"]
        lines.append(f"- **{page.filename}**: {_join(body)}")
    lines += [
        f"- **styles.css**: the {scheme.label} colours as CSS custom properties and a responsive layout "
        "from phone to desktop",
        "- **script.js**: a mobile menu, a smooth FAQ accordion and forms that say thank you "
        "(nothing is sent)",
    ]
    lines += [f"- {change.bullet}" for change in extra]
    facts = spec.facts
    if facts.language != "en":
        language = LANGUAGE_NAMES[facts.language]
        lines += [
            "",
            f"The site is written in {language}, with prices and dates formatted for {facts.locale}.",
        ]
    elif asked_in in OTHERS:
        lines += [
            "",
            "The site's text is in English: I write sites in English, French, German and Spanish, "
            f"not yet in {OTHERS[asked_in]}. Your names, prices and details are kept as you wrote them.",
        ]
    if notes:
        lines += ["", *[f"Note: {note}" for note in notes]]
    lines += ["", "Want changes? Try " + _join(suggestions(spec), "or") + "."]
    description = f"Created {article(label)} {label} '{spec.name}'"
    return "\n".join(lines), description


def _created_in(language: str, spec: SiteSpec, extra: list[Change], notes: list[str]) -> tuple[str, str]:
    """created() for a French, German or Spanish site: the whole reply in its language."""
    copy = spec.copy
    home = [section_phrase(s, copy) for s in spec.sections]
    lines = [
        sentence(language, "created", name=md(spec.name)),
        "",
        "- " + sentence(language, "file", file="index.html", what=joined(language, home)),
    ]
    for page in spec.pages:
        body = [section_phrase(s, copy) for s in page.sections if s != "page_header"]
        lines.append("- " + sentence(language, "file", file=page.filename, what=joined(language, body)))
    for filename, key in (("styles.css", "styles"), ("script.js", "script")):
        lines.append("- " + sentence(language, "file", file=filename, what=sentence(language, key)))
    lines += [f"- {bullet(change, language)}" for change in extra]
    name, locale = language_name(language, spec.facts.locale)
    lines += ["", sentence(language, "written_in", language_name=name, locale=locale)]
    if notes:
        lines += ["", *[sentence(language, "note", note=bullet(note, language)) for note in notes]]
    ideas = sentence(language, "ideas").split("|")
    lines += ["", sentence(language, "try", ideas=joined(language, ideas, "or"))]
    label = site_label(spec.kind, spec.topic)
    # The description is for the version history, which is in English like the rest of the app.
    description = f"Created {article(label)} {label} '{spec.name}'"
    return "\n".join(lines), description


def suggestions(spec: SiteSpec) -> list[str]:
    """Three follow-ups that make sense for this site."""
    ideas = []
    for section in ("pricing", "faq", "gallery", "testimonials", "newsletter"):
        if section not in spec.sections:
            label = "an FAQ" if section == "faq" else f"a {section} section"
            ideas.append(f"*“add {label}”*")
            break
    ideas.append(
        "*“make it dark green”*" if spec.scheme.mode != "dark" else "*“use a light blue colour scheme”*"
    )
    ideas.append(
        "*“add an about page”*" if not any(p.slug == "about" for p in spec.pages) else "*“add a blog page”*"
    )
    return ideas


def edited(done: list[Change], notes: list[str], language: str = "en") -> tuple[str, str]:
    """The reply and the one-line description for edits to a site, in the site's language."""
    if language in SECTIONS:
        return _edited_in(language, done, notes)
    if not done:
        lines = [
            "I couldn't make that change:",
            "",
            *[f"- {note}" for note in notes],
            "",
            "Here is what I can do, for example:",
            "",
            *[f"- {e}" for e in EXAMPLES[:4]],
        ]
        return "\n".join(lines), ""
    lines = ["Done! Here's what changed:", "", *[f"- {change.bullet}" for change in done]]
    if notes:
        lines += ["", *[f"Note: {note}" for note in notes]]
    lines += ["", "Anything else? You can add or remove sections, add pages, change colours or any text."]
    return "\n".join(lines), describe(done)


def _edited_in(language: str, done: list[Change], notes: list[str]) -> tuple[str, str]:
    """edited() for a French, German or Spanish site."""
    if not done:
        examples = sentence(language, "examples").split("|")
        lines = [sentence(language, "failed"), "", *[f"- {bullet(note, language)}" for note in notes], ""]
        lines += [sentence(language, "can_do"), "", *[f"- {e}" for e in examples[:4]]]
        return "\n".join(lines), ""
    lines = [sentence(language, "done"), "", *[f"- {bullet(change, language)}" for change in done]]
    if notes:
        lines += ["", *[sentence(language, "note", note=bullet(note, language)) for note in notes]]
    lines += ["", sentence(language, "more")]
    return "\n".join(lines), describe(done)


def describe(done: list[Change]) -> str:
    """One line for the version history, grouping added sections: "Added pricing and FAQ sections"."""
    parts: list[str] = []
    added = [c.subject for c in done if c.kind == "add-section"]
    if len(added) == 1:
        parts.append(f"added {article(added[0])} {added[0]} section")
    elif added:
        parts.append(f"added {_join(added)} sections")
    parts += [c.summary for c in done if c.kind != "add-section"]
    line = "; ".join(parts)
    return line[:1].upper() + line[1:]


def help_text(has_site: bool, describes_site: bool = False, language: str = "en") -> str:
    """What to say when a message could not be understood, in the site's language (or the message's)."""
    if language in SECTIONS:
        intro, examples = ("help", "examples") if has_site else ("welcome", "first_prompts")
        examples = sentence(language, examples).split("|")
        return "\n".join([sentence(language, intro), "", *[f"- {e}" for e in examples]])
    if not has_site:
        return "\n".join(
            [
                "Hi! I build websites from a short description. Tell me what your site is for, for example:",
                "",
                "- *a bakery called Sweet Crumbs with a menu and a contact form*",
                "- *a portfolio for Jane Doe, a photographer, in dark mode*",
                "- *a landing page for my yoga studio in green and gold*",
                "- *a wedding site for Anna & Luis*",
                "- *a travel blog called Far & Away*",
            ]
        )
    return "\n".join(
        [
            "Sorry, I didn't quite understand that. I'm the built-in offline builder, so I work best with "
            "short instructions like:",
            "",
            *[f"- {example}" for example in EXAMPLES],
            "",
            "You can combine them: *add pricing and an FAQ, and make it purple*.",
            *(
                ["", "Or, to replace this site with a new one, say *start over with* and describe it."]
                if describes_site
                else []
            ),
        ]
    )
