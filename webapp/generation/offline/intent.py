"""What a message asks for: a new site, or edits to the current one.

Parsing runs in a fixed order and each step blanks out the words it used,
so later steps never read them twice: quoted-text replacements, then
headline-style fields, then pages, then renames, then sections, then
colours. "Rename it to Blue Bottle" therefore renames the site and does not
turn it blue, and "add an about page" adds a page, not a section.
"""

import re

from . import facts, language, naming
from .colours import parse_scheme
from .kind_words import KIND_WORDS, TOPIC_WORDS
from .naming import NAME, QUOTE_RE, restore_quotes
from .page_requests import read_pages
from .plan import MessageText, Plan
from .vocabulary import (
    DEFAULT_TOPICS,
    SECTION_WORDS,
)

_Q = QUOTE_RE.pattern

_REPLACE = [
    re.compile(
        r"(?i:\b(?:replace|change|swap|switch|update|turn|rewrite|edit|rename)\s+(?:the\s+)?(?:(?:text|words?"
        r"|phrase|button|heading|label|line)\s+)?(?:that\s+says\s+)?)(?P<old>"
        + _Q
        + r")\s*(?i:(?:with|to|into|for"
        r"|by|so\s+it\s+says|->|→|=>))\s*(?P<new>" + _Q + ")"
    ),
    re.compile(
        r"(?P<old>" + _Q + r")\s*(?:->|→|=>|(?i:should\s+(?:say|read|be)|to\s+say))\s*(?P<new>" + _Q + ")"
    ),
]

_FIELD_WORDS = (
    r"headline|heading|main\s+title|hero\s+title|title|h1|tagline|subtitle|sub-?heading|subheadline|slogan"
    r"|strapline|intro(?:\s+text)?|description|main\s+button|button(?:\s+text)?|call[- ]to[- ]action|cta"
    r"|(?:tele)?phone(?:\s+number)?|e-?mail(?:\s+address)?|(?:street\s+|postal\s+)?address"
)
_FIELD_QUOTED = re.compile(
    r"(?i:\b(?P<field>" + _FIELD_WORDS + r")\s*(?:text\s*)?(?:to|:|=|as|with|into|so\s+it\s+(?:says|reads)"
    r"|to\s+(?:say|read)|says|reads|should\s+(?:say|read|be)|is|of|that\s+says)?\s*)(?P<text>" + _Q + ")"
)
_FIELD_PLAIN = re.compile(
    r"(?i:\b(?:change|set|update|make|replace|rewrite|and)\s+(?:the\s+)?(?:main\s+|hero\s+|big\s+)?(?P<field>"
    + _FIELD_WORDS
    + r")\s+(?:text\s+)?(?:to|:)\s+)(?P<text>[^\n]{1,160}?)(?=\s*(?:$|[.!?](?:\s|$)|\n|,?\s+(?i:and|then)\s+"
    r"(?:(?i:make|add|remove|change|use|rename|call|set|also|delete|put)\b|(?i:the\s+)?(?i:"
    + _FIELD_WORDS
    + r")\s+(?i:to)\b)))"
)
_FIELD_NAMES = {
    "tagline": "tagline",
    "subtitle": "tagline",
    "subheading": "tagline",
    "sub-heading": "tagline",
    "subheadline": "tagline",
    "slogan": "tagline",
    "strapline": "tagline",
    "intro": "tagline",
    "intro text": "tagline",
    "description": "tagline",
}

_RENAME = re.compile(
    r"(?i:\b(?:re-?name\s+(?:it|the\s+(?:site|website|business|brand|company)|this(?:\s+site)?)?\s*(?:to|as)?"
    r"|(?:call|name)\s+(?:it|the\s+(?:site|website|business|brand|company)|this(?:\s+site)?)"
    r"|change\s+(?:the\s+)?(?:(?:site|website|business|brand|company)(?:'s)?\s+)?(?:name|(?:site|website|page|"
    r"browser)\s+title)\s+(?:to|into)|(?:the\s+)?(?:site|website|business|brand|company)(?:'s)?\s+name\s+"
    r"(?:is|should\s+be)|(?:the\s+)?(?:site|website|business|brand|company)\s+is\s+(?:now\s+)?called"
    r"|it'?s\s+(?:now\s+)?called|(?:should|will)\s+be\s+called"
    r"|the\s+name\s+(?:is|should\s+be))\s+)" + NAME
)

_ADD_VERBS = (
    r"add|adds|include|insert|append|put(?:\s+in)?|create|build|give\s+(?:it|me)|need|needs|want|wants|with|plus"
    r"|have|has|having|featuring|features|feature|containing|contain|bring\s+back|restore|show|showing|also"
    r"|make\s+(?:a|an|some)|i'?d\s+like|would\s+like|there\s+should\s+be|can\s+you\s+add"
)
_REMOVE_VERBS = (
    r"remove|delete|drop|hide|get\s+rid\s+of|take\s+(?:out|away)|lose|cut|kill|without|no(?:\s+more)?"
    r"|don'?t\s+(?:want|need|include)|do\s+not\s+(?:want|need|include)|scrap|ditch|strip|exclude|skip"
)
_VERB = re.compile(rf"(?i)\b(?:(?P<remove>{_REMOVE_VERBS})|(?P<add>{_ADD_VERBS}))\b")
_CLAUSES = re.compile(r"[,;.!?\n]+|\s(?:and|then|also|plus|but|&)\s", re.I)
_SECTION_RES = [(re.compile(rf"(?i)\b(?:{pattern})\b"), section) for pattern, section in SECTION_WORDS]
_ABOUT_ALONE = re.compile(
    r"(?i)(?:\b(?:an|the|add|with|include)\s+)about\b(?!\s+(?:the|my|our|your|a|an|how|what|why|it|this|\w+ing)\b)"
)

_FRESH = re.compile(
    r"(?i)\b(?:start\s+(?:over|again|afresh)|from\s+scratch|brand\s+new\s+(?:web)?site|new\s+(?:web)?site"
    r"|another\s+(?:web)?site|different\s+(?:web)?site|scrap\s+(?:it|everything|this)|redo\s+(?:it|everything)"
    r"|(?:make|build|create|design|generate|start|i\s+(?:want|need)|give\s+me)\s+(?:me\s+)?(?:a|an|another)"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:web\s?site|site|landing\s?page|home\s?page|portfolio|blog|web\s?page))\b"
)
_SITE_WORDS = re.compile(
    r"(?i)\b(?:web\s?sites?|sites?|web\s?pages?|home\s?page|landing\s?page|one-?pager|page|pages|build"
    r"|design|generate|web|webseite|internetseite|p[áa]gina(?:\s+web)?|sitio(?:\s+web)?)\b"
)
_HELP = re.compile(
    r"(?i)^\W*(?:help|\?+|what\s+can\s+you\s+do|how\s+does\s+this\s+work|what\s+do\s+you\s+do)\W*$"
)


_NUMBER_WORDS = {
    **{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6},
    **{"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6},
    **{"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6},
    **{"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6},
}
# "a 3-page site", "un site de 3 pages", "eine Website mit drei Seiten", "una web de tres páginas".
_PAGE_COUNT = re.compile(
    r"(?i)\b(?P<n>[2-6]|" + "|".join(_NUMBER_WORDS) + r")[- ](?:pages?|seiten|p[áa]ginas)\b"
)


def _replacements(text: MessageText, plan: Plan) -> None:
    for pattern in _REPLACE:
        for match in list(pattern.finditer(text.value)):
            plan.replacements.append((text.quote(match.group("old")), text.quote(match.group("new"))))
            text.take(*match.span())


def _field_name(word: str) -> str:
    if re.search(r"phone", word):
        return "phone"
    if re.search(r"mail", word):
        return "email"
    if re.search(r"address", word):
        return "address"
    if re.search(r"button|call|cta", word):
        return "cta"
    return _FIELD_NAMES.get(word, "headline")


def _fields(text: MessageText, plan: Plan) -> None:
    for pattern in (_FIELD_QUOTED, _FIELD_PLAIN):
        for match in list(pattern.finditer(text.value)):
            word = " ".join(match.group("field").lower().split())
            name = _field_name(word)
            value = text.quote(match.group("text"))
            if value:
                plan.fields.append((name, value))
                text.take(*match.span())


def _sections(text: MessageText, plan: Plan, edit_mode: bool) -> None:
    verb: str | None = None
    verbless: list[str] = []
    for clause in _CLAUSES.split(text.value):
        verbs = list(_VERB.finditer(clause))
        if verbs:
            verb = "remove" if verbs[0].group("remove") else "add"
        found = _sections_in(clause)
        if verb is None:
            verbless += found
            continue
        target = plan.remove_sections if verb == "remove" else plan.add_sections
        target += [s for s in dict.fromkeys(found) if s not in target]
    # A bare "pricing and an FAQ" to an existing site still means "add them".
    if edit_mode and not plan.add_sections and not plan.remove_sections and verbless:
        residue = text.value
        for pattern, _section in _SECTION_RES:
            residue = pattern.sub(" ", residue)
        if not re.sub(
            r"(?i)\b(?:a|an|the|and|section|sections|please|too|as\s+well|some|block)\b|\W", "", residue
        ):
            plan.add_sections += list(dict.fromkeys(verbless))


def _sections_in(clause: str) -> list[str]:
    found: list[tuple[int, str]] = []
    rest = clause
    for pattern, section in _SECTION_RES:
        for match in pattern.finditer(rest):
            found.append((match.start(), section))
            rest = rest[: match.start()] + " " * (match.end() - match.start()) + rest[match.end() :]
    if _ABOUT_ALONE.search(rest):
        found.append((_ABOUT_ALONE.search(rest).start(), "about"))
    return [section for _pos, section in sorted(found)]


def detect_kind(prompt: str) -> tuple[str | None, str | None]:
    """The kind of site a prompt describes and its topic, or (None, None)."""
    scores: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    topics: dict[str, tuple[int, str]] = {}
    for pattern, kind, topic, weight in KIND_WORDS:
        hit = re.search(rf"(?i)\b(?:{pattern})\b", prompt)
        if hit:
            scores[kind] = scores.get(kind, 0) + weight
            first_seen[kind] = min(first_seen.get(kind, hit.start()), hit.start())
            if topic and weight > topics.get(kind, (0, ""))[0]:
                topics[kind] = (weight, topic)
    if not scores:
        return None, None
    # On a tie, the kind mentioned first wins.
    kind = max(scores, key=lambda k: (scores[k], -first_seen[k]))
    topic = topics.get(kind, (0, None))[1]
    if topic is None:
        for pattern, candidate in TOPIC_WORDS.get(kind, []):
            if re.search(rf"(?i)\b(?:{pattern})", prompt):
                topic = candidate
                break
    return kind, topic or DEFAULT_TOPICS[kind]


def parse(prompt: str, has_site: bool, fresh_start: bool = False) -> Plan:
    """Read one message: what to build, or what to change on the current site (or a new one instead)."""
    plan = Plan()
    # A typographic apostrophe inside a word ("don’t") is an apostrophe, not a quote.
    prompt = re.sub(r"(?<=\w)\u2019(?=\w)", "'", prompt)
    text = MessageText(prompt)
    if _HELP.match(prompt):
        plan.asks_help = True
        return plan
    creating = not has_site
    plan.language = language.detect(prompt)
    plan.facts = facts.extract(prompt, plan.language if plan.language in language.SUPPORTED else "en")
    count = _PAGE_COUNT.search(prompt)
    if count:
        plan.page_count = _NUMBER_WORDS.get(count.group("n").lower()) or int(count.group("n"))
    _replacements(text, plan)
    _fields(text, plan)
    read_pages(text, plan, creating)
    renamed = _RENAME.search(text.value)
    if renamed:
        plan.name = naming.tidy_name(text.quote(renamed.group("name"))) or None
        text.take(*renamed.span())
    called = naming.called_name(text.value, text.quotes)
    if called:
        plan.name = plan.name or called[0]
        text.take(*called[1])
    plan.fresh_start = has_site and (fresh_start or bool(_FRESH.search(text.value)))
    if creating or plan.fresh_start:
        if plan.name is None:
            plan.name = naming.implied_name(text.value, text.quotes)
            # Words inside a name ("Blue Bottle", "Kitchen Sink Co") say nothing about colour or kind.
            spot = re.search(re.escape(plan.name), text.value, re.I) if plan.name else None
            if spot:
                text.take(*spot.span())
        plan.kind, plan.topic = detect_kind(restore_quotes(text.value, text.quotes))
        # The name may say what the place is ("Maria's Bakery"), but only when nothing else does.
        if plan.kind is None and plan.name:
            plan.kind, plan.topic = detect_kind(plan.name)
    _sections(text, plan, edit_mode=has_site and not plan.fresh_start)
    plan.scheme = parse_scheme(QUOTE_RE.sub(" ", text.value), edit_mode=has_site and not plan.fresh_start)
    plan.wants_site = bool(
        plan.kind
        or _SITE_WORDS.search(prompt)
        or plan.add_sections
        or plan.add_pages
        or plan.fields
        or (plan.name and creating)
        # "Mobile car wash in Phoenix. Basic wash $25. Call 602-555-0199": a business with its prices
        # or contacts, described to a site builder, wants its site.
        or (creating and (plan.facts.phone or plan.facts.email or any(i.amount for i in plan.facts.items)))
    )
    return plan
