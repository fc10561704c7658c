"""The person's facts laid over a section's filler copy: their items, prices, place, hours and people.

Filler only fills what the facts leave open, and what it fills agrees with them:
a place known means no Portland, a currency known means no dollars.
"""

import re

from ..facts import Facts
from ..money import format_price
from ..places import example_phone, street_line
from . import portfolio_facts

_ICONS = ["spark", "heart", "leaf", "star", "shield", "bolt", "compass", "layers", "chat"]


def _priced(facts: Facts) -> list:
    return [item for item in facts.items if item.amount is not None]


def overlay(section: str, copy: dict, facts: Facts, words: dict) -> dict:
    """The section's copy with the facts in place of the filler they contradict."""
    apply = _OVERLAYS.get(section)
    return apply(dict(copy), facts, words) if apply else copy


def _hero(c: dict, facts: Facts, words: dict) -> dict:
    where = facts.place or facts.address
    if words.get("trade"):
        place = f" in {facts.place}" if facts.place else ""
        c["eyebrow"] = words["noun"]
        c["headline"] = "Good work, done with care"
        c["tagline"] = (
            f"{words['name']} is {'an' if words['trade'][:1] in 'aeiou' else 'a'} {words['trade']}{place}: "
            "clear prices, careful work and a team that "
            "actually picks up the phone."
        )
        c["cta"] = ("Get in touch", "contact")
    # A band's first gig is shown where it is, not with the place of another.
    first = [f"{facts.gigs[0][0]} · {facts.gigs[0][1]}"] if facts.gigs and facts.gigs[0][1] else []
    parts = first or [*facts.dates[:1], *([where] if where else [])]
    if parts and c.get("eyebrow"):
        noun = words.get("noun")
        c["eyebrow"] = (
            " · ".join(parts) if facts.dates or not noun else words["in_place"].format(noun=noun, place=where)
        )
    if c.get("details"):
        details = []
        for icon, label, value in c["details"]:
            if icon == "calendar" and facts.dates:
                value = facts.dates[0]
            elif icon == "pin" and where:
                value = facts.address or facts.place
            details.append((icon, label, value))
        c["details"] = details
    return portfolio_facts.hero(c, facts, words)


def _faq(c: dict, facts: Facts, words: dict) -> dict:
    if words.get("trade") and c.get("items"):
        # Filler answers about monthly plans belong to software, not to a dog walker.
        c["items"] = [(q, a) for q, a in c["items"] if "plan" not in a]
    return c


def _hour(time: str) -> int:
    """The hour of the day a time names: "6pm" is 18, "18:30" is 18."""
    match = re.search(r"(\d{1,2})\D*?(am|pm)?\b", time, re.I)
    if not match:
        return 12
    hour = int(match.group(1)) % 12 if match.group(2) else int(match.group(1))
    return hour + 12 if (match.group(2) or "").lower() == "pm" else hour


def _schedule(c: dict, facts: Facts, words: dict) -> dict:
    if facts.classes and words.get("topic") != "band" and c.get("items"):
        # The person's classes, each named like the filler class nearest its time of day.
        filler = c["items"]
        c["items"] = [
            (
                f"{day} {time}",
                *min(filler, key=lambda item: abs(_hour(item[0].split()[-1]) - _hour(time)))[1:],
            )
            for day, time in facts.classes
        ]
    if facts.dates and words.get("topic") == "band":
        # A band's dates are its gigs: the person's, not the filler tour.
        where = facts.address or facts.place or ""
        c["items"] = [(date, venue or where, "") for date, venue in facts.gigs] or [
            (date, where, "") for date in facts.dates
        ]
    return c


def _menu(c: dict, facts: Facts, words: dict) -> dict:
    if facts.items:
        c["categories"] = [(words["menu"], [(item.name, "", facts.price(item)) for item in facts.items])]
    return c


def _services(c: dict, facts: Facts, words: dict) -> dict:
    c = portfolio_facts.services(c, facts, words)
    if facts.items:
        c["items"] = [
            (_ICONS[i % len(_ICONS)], item.name, "", facts.price(item)) for i, item in enumerate(facts.items)
        ]
    return c


def _pricing(c: dict, facts: Facts, words: dict) -> dict:
    priced = _priced(facts)
    if not priced and words.get("trade"):
        # A business of no known kind gets packages of its work, not software plans.
        def price(amount: int) -> str:
            return format_price(amount, facts.currency_code, facts.locale)

        c["plans"] = [
            ("Single visit", price(60), "", "One job, done properly.", ["Free quote"], False, "Book"),
            (
                "Bundle of five",
                price(270),
                "",
                "Save when you book ahead.",
                ["Priority booking"],
                True,
                "Book",
            ),
            ("Regular", price(200), "/month", "For ongoing work.", ["Cancel any time"], False, "Ask us"),
        ]
    if priced and not facts.plans:
        c["plans"] = [
            (item.name, facts.price(item), "", "", [], i == 1 and len(priced) > 2, words["book"])
            for i, item in enumerate(priced[:4])
        ]
    if facts.plans:
        # Every plan the person named, in their order; the filler's buttons fit the kind of site.
        filler = c.get("plans") or [("", "", "", "", [], False, words["book"])]
        c["plans"] = [
            (
                plan.name,
                words["custom"] if plan.amount is None else facts.price(plan),
                "",
                "",
                [],
                i == 1 and len(facts.plans) > 1,
                filler[min(i, len(filler) - 1)][6],
            )
            for i, plan in enumerate(facts.plans)
        ]
    return c


def _visit(c: dict, facts: Facts, words: dict) -> dict:
    if facts.address or facts.place or facts.language != "en":
        street = facts.address or street_line(facts.region, facts.language)
        c["address"] = [street] + ([facts.place] if facts.place and facts.place not in street else [])
    if facts.hours:
        c["hours"] = [(days, words["closed"] if times == "Closed" else times) for days, times in facts.hours]
    return c


def _contact(c: dict, facts: Facts, words: dict) -> dict:
    c = portfolio_facts.contact(c, facts)
    if facts.phone:
        c["phone"] = facts.phone
    elif facts.region and facts.region != "US" and c.get("phone"):
        c["phone"] = example_phone(facts.region, facts.place) or c["phone"]
    if facts.email:
        c["email"] = facts.email
    if facts.social:
        c["social"] = list(facts.social)
    return c


def _team(c: dict, facts: Facts, words: dict) -> dict:
    if facts.people:
        c["items"] = [(person, "", "") for person in facts.people]
    return c


def _about(c: dict, facts: Facts, words: dict) -> dict:
    c = portfolio_facts.about(c, facts, words)
    if facts.numbers:
        c["points"] = [*facts.numbers, *c.get("points", [])][:4]
    return c


_OVERLAYS = {
    "hero": _hero,
    "faq": _faq,
    "schedule": _schedule,
    "menu": _menu,
    "services": _services,
    "pricing": _pricing,
    "visit": _visit,
    "contact": _contact,
    "team": _team,
    "about": _about,
    "projects": portfolio_facts.projects,
}
