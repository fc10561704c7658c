"""A photographer's or designer's own facts over the portfolio filler: their place and their specialty.

The filler photographer lives "by the sea" and shoots travel stories abroad; a
wedding photographer in Austin gets weddings, and Austin, instead.
"""

from ..facts import Facts

# What a photographer of each specialty photographs, for a sentence ("I photograph weddings ...").
_SUBJECTS = {
    "wedding": "weddings",
    "portrait": "people",
    "family": "families",
    "newborn": "newborns and their families",
    "event": "events",
    "pet": "pets and their people",
    "product": "products",
    "food": "food",
}
_WEDDINGS = [
    ("Anna & Luis", "Wedding", "A relaxed summer wedding{in_place}, from the vows to the last dance."),
    ("Priya & Sam", "Wedding", "A small winter wedding with twenty guests and a lot of dancing."),
    ("Getting ready", "Wedding", "The quiet hour before the ceremony."),
    ("Hannah & Joe", "Elopement", "Just the two of them, at sunset{near_place}."),
    ("The Okafor wedding", "Wedding", "Three generations on one dance floor."),
    ("Engagement session", "Engagement", "An easy hour walking{around_place}, a month before the day."),
]
_SESSIONS = [
    ("Spring light", "A relaxed {what} session{in_place}, in soft evening light."),
    ("At home", "An unhurried morning, {what} photographs that feel like real life."),
    ("Golden hour", "Twenty minutes of perfect light{near_place}."),
    ("Close up", "Small details that make the story."),
    ("Behind the scenes", "How a {what} session really goes: laughter, and plenty of it."),
    ("A day out", "A whole day of {what} photography{around_place}."),
]


def _where(facts: Facts) -> dict:
    place = facts.place
    return {
        "in_place": f" in {place}" if place else "",
        "near_place": f" near {place}" if place else "",
        "around_place": f" around {place}" if place else "",
    }


def projects(c: dict, facts: Facts, words: dict) -> dict:
    """A photographer's projects in their specialty and place; no travel abroad once a place is given."""
    if words.get("topic") != "photography" or not (facts.specialty or facts.place):
        return c
    where = _where(facts)
    what = facts.specialty
    if what == "wedding":
        c["items"] = [(title, kind, text.format(**where)) for title, kind, text in _WEDDINGS]
    elif what:
        label = what.title()
        c["items"] = [(title, label, text.format(what=what, **where)) for title, text in _SESSIONS]
    else:
        c["items"] = [
            (title, kind, text.format(what="portrait", **where) if kind != "Travel" else text)
            for (title, kind, text) in [
                ("Anna & Luis", "Wedding", "A windswept wedding{near_place}."),
                *[(title, "Portrait", text) for title, text in _SESSIONS[:3]],
                ("Local makers", "Editorial", "Portraits of craftspeople{in_place}."),
                ("Market mornings", "Editorial", "A photo essay on a 100-year-old food market."),
            ]
        ]
    return c


def hero(c: dict, facts: Facts, words: dict) -> dict:
    """The photographer's specialty and place in the hero's first lines."""
    if words.get("topic") == "photography" and facts.specialty:
        parts = [f"{facts.specialty.title()} photographer", *([facts.place] if facts.place else [])]
        c["eyebrow"] = " · ".join(parts)
        subject = _SUBJECTS.get(facts.specialty, f"{facts.specialty} photography")
        c["tagline"] = f"I'm {words['name']}. I photograph {subject} with natural light and very little fuss."
    return c


def about(c: dict, facts: Facts, words: dict) -> dict:
    """The filler's home ("by the sea", "based in Lisbon") replaced by the person's place and specialty."""
    if words.get("topic") == "photography" and (facts.place or facts.specialty):
        who = f"{facts.specialty} photographer" if facts.specialty else "photographer"
        home = f"based in {facts.place}" if facts.place else "based by the sea"
        c["paragraphs"] = [
            p.replace("a photographer based by the sea", f"a {who} {home}") for p in c.get("paragraphs", [])
        ]
    if facts.place:
        c["points"] = [_home(point, facts.place) for point in c.get("points", [])]
    if facts.specialty and facts.specialty != "wedding":
        count = f"Over 150 {facts.specialty} sessions"
        c["points"] = [count if "weddings photographed" in p else p for p in c.get("points", [])]
    return c


def services(c: dict, facts: Facts, words: dict) -> dict:
    """A photographer's own specialty first among the filler sessions."""
    if words.get("topic") != "photography" or not facts.specialty or facts.items or not c.get("items"):
        return c
    what = facts.specialty
    first = next((item for item in c["items"] if item[1].lower().startswith(what)), None)
    if first is None:
        first = (
            "camera",
            f"{what.title()} sessions",
            f"A relaxed {what} session, edited photos within two weeks.",
            c["items"][0][3],
        )
    c["items"] = [first, *[item for item in c["items"] if item is not first and item[1] != "Commercial"]][:3]
    return c


def contact(c: dict, facts: Facts) -> dict:
    """A portfolio's "Based in Lisbon" line in the person's place."""
    if facts.place and isinstance(c.get("address"), str):
        c["address"] = _home(c["address"], facts.place)
    return c


def _home(text: str, place: str) -> str:
    if "Lisbon" in text:
        return f"Based in {place}" + (", working worldwide" if "worldwide" in text else "")
    if text == "Travels worldwide":
        return f"Based in {place}, happy to travel"
    return text
