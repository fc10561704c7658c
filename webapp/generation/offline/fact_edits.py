"""Applying follow-ups about facts and looks to the site's files, in place.

Items (dishes, services, rooms, plans) are found by the classes the
generator writes (menu-item, card feature, card plan); prices by their
classes too, and reformatted with babel when the currency changes; the look
changes through the stylesheet's custom properties only.
"""

import re
from dataclasses import dataclass

from . import markup, money
from .art import initials
from .edits import Change, Note, SiteEditor
from .facts import Item
from .follow_ups import FactEdits, same_item
from .markup import esc, md
from .places import locale_for

_PRICE_CLASSES = ("menu-price", "price-tag", "amount")


@dataclass
class SiteItem:
    """An item as it stands in a page: its whole element, its name and its price element."""

    path: str
    element: markup.Element
    name: str
    price: markup.Element | None


def site_items(editor: SiteEditor) -> list[SiteItem]:
    """Every dish, service, plan, person and session on every page."""
    found = []
    for path in editor.pages():
        html = editor.work[path]
        elements = markup.scan(html)
        timelines = [e for e in elements if e.tag == "ol" and e.has_class("timeline")]
        for element in elements:
            if not (
                (element.tag == "li" and element.has_class("menu-item"))
                or (element.tag == "li" and any(t.contains(element) for t in timelines))
                or (
                    element.tag == "article"
                    and any(element.has_class(c) for c in ("feature", "plan", "person"))
                )
            ):
                continue
            inside = [e for e in elements if element.contains(e)]
            title = next((e for e in inside if e.has_class("menu-name") or e.tag == "h3"), None)
            price = next((e for e in inside if any(e.has_class(c) for c in _PRICE_CLASSES)), None)
            if title is not None:
                found.append(SiteItem(path, element, markup.text_of(html, title), price))
    return found


def item_names(editor: SiteEditor) -> list[str]:
    """The names of the site's items, once each."""
    return list(dict.fromkeys(item.name for item in site_items(editor)))


def apply(editor: SiteEditor, edits: FactEdits) -> None:
    """Make every change in `edits`, recording what was done and what could not be."""
    facts = editor.state.facts
    if edits.place:
        _set_place(editor, edits.place, edits.country)
    if edits.currency:
        _set_currency(editor, edits.currency)
    elif edits.place and edits.country and facts.place == edits.place:
        # Only once the site says where it now is: a currency with no place to explain it would puzzle.
        _follow_place(editor, edits.place, edits.country)
    for name, value in (("phone", edits.phone), ("email", edits.email), ("address", edits.address)):
        if value:
            if (
                not markup.find(editor.work[editor.home], data_field=name)
                and "contact" not in editor.state.sections
            ):
                editor.add_section("contact")
            editor.set_contact_detail(name, value)
    if edits.hours:
        _set_hours(editor, edits.hours)
    for item in edits.prices:
        _set_price(editor, item, facts)
    for item in edits.add_items:
        _add_item(editor, item, facts)
    for name in edits.remove_items:
        _remove_item(editor, name)
    for name, role in edits.add_people:
        _add_person(editor, name, role)
    for when, what in edits.add_sessions:
        _add_session(editor, when, what)
    if edits.restyle:
        _restyle(editor, edits.restyle)


def _set_body(editor: SiteEditor, name: str, value: str) -> None:
    for path in editor.pages():
        body = markup.first(editor.work[path], "body")
        if body is not None:
            editor.work[path] = markup.set_attribute(editor.work[path], body, name, value)


def _set_place(editor: SiteEditor, place: str, country: str | None) -> None:
    old = editor.state.facts.place
    count = 0
    if old and old != place:
        for path in editor.pages():
            editor.work[path], n = markup.replace_text(editor.work[path], old, place)
            count += n
    if not count:
        elements = markup.find(editor.work[editor.home], data_field="address")
        if not elements:
            editor.notes.append(
                Note(
                    f"I couldn't find where the site says where you are, so {place} isn't on it yet.",
                    ("no-place", md(place)),
                )
            )
            return
        editor.set_contact_detail("address", place)
    editor.state.facts.place = place
    _set_body(editor, "data-place", place)
    if country:
        editor.state.facts.country = country
        _set_body(editor, "data-country", country)
    editor.done.append(
        Change(f"Moved the site to **{md(place)}**", f"moved the site to {place}", words=("move", md(place)))
    )


def _price_elements(editor: SiteEditor) -> list[tuple[str, markup.Element]]:
    out = []
    for path in editor.pages():
        for element in markup.scan(editor.work[path]):
            if any(element.has_class(c) for c in _PRICE_CLASSES):
                out.append((path, element))
    return out


def _follow_place(editor: SiteEditor, place: str, country: str) -> None:
    """After a move, show prices in the new place's currency if the site chose the old one itself.

    Only the symbol and the format change, never the amount: the filler's numbers are made up anyway,
    and a number the person typed without a currency is still their number. A currency they named is
    theirs to change, so the reply only says how.
    """
    facts = editor.state.facts
    wanted = money.resolve(None, country)
    if wanted == facts.currency:
        return
    if facts.currency_chosen or not facts.currency:
        _set_currency(editor, wanted, place=place)
        return
    editor.notes.append(
        Note(
            f"Prices stay in {facts.currency}, as you gave them; "
            f"say “show prices in {wanted}” to change them.",
            ("kept-currency", facts.currency, wanted),
        )
    )


def _set_currency(editor: SiteEditor, currency: str, place: str | None = None) -> None:
    """Show every price in a currency the person asked for, or (with `place`) the one of where they moved."""
    facts = editor.state.facts
    if facts.currency == currency and place is None:
        editor.notes.append(Note(f"Prices are already in {currency}.", ("already-currency", currency)))
        return
    facts.currency = currency
    facts.currency_chosen = place is not None
    locale = locale_for(facts.language, facts.region)
    changed = 0
    for path in editor.pages():
        elements = [e for e in markup.scan(editor.work[path]) if any(e.has_class(c) for c in _PRICE_CLASSES)]
        for element in sorted(elements, key=lambda e: e.start, reverse=True):
            html = editor.work[path]
            text = markup.text_of(html, element)
            new = money.MONEY.sub(
                lambda m: money.format_price(money.amount_of(m.group("money")) or 0, currency, locale), text
            )
            if new != text:
                editor.work[path] = markup.splice(html, element.open_end, element.close_start, esc(new))
                changed += 1
    _set_body(editor, "data-currency", currency)
    _set_body(editor, "data-currency-from", "place" if place else "prompt")
    if place is None:
        editor.done.append(
            Change(
                f"Showed every price in **{currency}** ({changed} {'price' if changed == 1 else 'prices'})",
                f"prices in {currency}",
                words=("currency", currency),
            )
        )
    elif changed:
        editor.done.append(
            Change(
                f"Showed prices in **{currency}**, the currency of {md(place)}",
                f"prices in {currency}",
                words=("currency-place", currency, md(place)),
            )
        )


def _set_hours(editor: SiteEditor, hours: list[tuple[str, str]]) -> None:
    if not markup.find(editor.work[editor.home], data_field="hours"):
        if "visit" in editor.state.sections or markup.find(editor.work[editor.home], data_section="visit"):
            editor.notes.append(
                Note("I couldn't find the opening hours on the page to change them.", ("no-hours",))
            )
            return
        editor.add_section("visit")
    closed = editor.copy.words["closed"]
    for path in editor.pages():
        html = editor.work[path]
        for element in sorted(markup.find(html, data_field="hours"), key=lambda e: e.start, reverse=True):
            pad = markup.line_indent(html, element.start) + "  "
            rows = "".join(
                f"\n{pad}<div><dt>{esc(days)}</dt>"
                f"<dd>{esc(closed if times == 'Closed' else times)}</dd></div>"
                for days, times in hours
            )
            html = markup.splice(html, element.open_end, element.close_start, rows + "\n" + pad[:-2])
        editor.work[path] = html
    summary = "; ".join(f"{days} {times}" for days, times in hours)
    editor.done.append(
        Change(
            f"Changed the opening hours to {md(summary)}",
            "changed the opening hours",
            words=("hours", md(summary)),
        )
    )


def _set_price(editor: SiteEditor, item: Item, facts) -> None:
    price = facts.price(item)
    count = 0
    for found in sorted(site_items(editor), key=lambda i: i.element.start, reverse=True):
        if found.name == item.name and found.price is not None:
            html = editor.work[found.path]
            editor.work[found.path] = markup.splice(
                html, found.price.open_end, found.price.close_start, esc(price)
            )
            count += 1
    if count:
        editor.done.append(
            Change(
                f"Changed the price of **{md(item.name)}** to {md(price)}",
                f"{item.name}: {price}",
                words=("price", md(item.name), md(price)),
            )
        )


def _add_item(editor: SiteEditor, item: Item, facts) -> None:
    existing = site_items(editor)
    if any(same_item(item.name, found.name) for found in existing):
        editor.notes.append(
            Note(f"There is already {item.name} on the site.", ("already-item", md(item.name)))
        )
        return
    home = editor.work[editor.home]
    price = facts.price(item)
    menu = [e for e in markup.scan(home) if e.tag == "ul" and e.has_class("menu-list")]
    grid = [
        e
        for e in markup.scan(home)
        if e.tag == "div" and e.has_class("cards") and _in_section(home, e, ("services", "features"))
    ]
    if menu:
        target = menu[-1]
        block = (
            '<li class="menu-item">\n  <div class="menu-line">'
            f'<span class="menu-name">{esc(item.name)}</span>'
            '<span class="menu-dots" aria-hidden="true"></span>'
            f'<span class="menu-price">{esc(price)}</span></div>\n</li>'
        )
    elif grid:
        target = grid[0]
        price_line = f'\n  <p class="price-tag">{esc(price)}</p>' if price else ""
        block = (
            '<article class="card feature">\n  <span class="icon"></span>\n'
            f"  <h3>{esc(item.name)}</h3>{price_line}"
            "\n</article>"
        )
    else:
        editor.add_section("services")
        home = editor.work[editor.home]
        grids = [e for e in markup.scan(home) if e.tag == "div" and e.has_class("cards")]
        if not grids:
            editor.notes.append(
                Note(f"I couldn't find a list to add {item.name} to.", ("no-list", md(item.name)))
            )
            return
        target = grids[0]
        block = (
            f'<article class="card feature">\n  <h3>{esc(item.name)}</h3>\n'
            f'  <p class="price-tag">{esc(price)}</p>\n</article>'
        )
    pad = markup.line_indent(home, target.start) + "  "
    at = target.close_start
    home = home[:at].rstrip(" ") + pad + markup.indent(block, pad) + "\n" + pad[:-2] + home[at:]
    editor.work[editor.home] = home
    editor.done.append(
        Change(
            f"Added **{md(item.name)}**" + (f" at {md(price)}" if price else ""),
            f"added {item.name}",
            words=("add-item-price", md(item.name), md(price)) if price else ("add-item", md(item.name)),
        )
    )


def _list_in(editor: SiteEditor, section: str, tag: str, css: str) -> markup.Element | None:
    """The list of a section on the home page, adding the section (emptied of filler) if there is none."""
    home = editor.work[editor.home]
    found = [
        e for e in markup.scan(home) if e.tag == tag and e.has_class(css) and _in_section(home, e, (section,))
    ]
    if found:
        return found[0]
    editor.add_section(section)
    home = editor.work[editor.home]
    found = [
        e for e in markup.scan(home) if e.tag == tag and e.has_class(css) and _in_section(home, e, (section,))
    ]
    if not found:
        return None
    # A new section's filler people or sessions are not the person's: keep only what they asked for.
    pad = markup.line_indent(home, found[0].start)
    editor.work[editor.home] = markup.splice(home, found[0].open_end, found[0].close_start, "\n" + pad)
    home = editor.work[editor.home]
    return next(
        e for e in markup.scan(home) if e.tag == tag and e.has_class(css) and e.start == found[0].start
    )


def _append(editor: SiteEditor, target: markup.Element, block: str) -> None:
    home = editor.work[editor.home]
    pad = markup.line_indent(home, target.start) + "  "
    at = target.close_start
    editor.work[editor.home] = (
        home[:at].rstrip(" \n") + "\n" + pad + markup.indent(block, pad) + "\n" + pad[:-2] + home[at:]
    )


def _add_person(editor: SiteEditor, name: str, role: str) -> None:
    if any(found.name == name for found in site_items(editor)):
        editor.notes.append(Note(f"{name} is already on the site.", ("already-item", md(name))))
        return
    grid = _list_in(editor, "team", "div", "people")
    if grid is None:
        editor.notes.append(Note(f"I couldn't find the team to add {name} to.", ("no-list", md(name))))
        return
    block = "\n".join(
        line
        for line in (
            '<article class="card person">',
            f'  <span class="avatar avatar-lg" aria-hidden="true">{esc(initials(name))}</span>',
            f"  <h3>{esc(name)}</h3>",
            f'  <p class="role">{esc(role)}</p>' if role else "",
            "</article>",
        )
        if line
    )
    _append(editor, grid, block)
    editor.done.append(
        Change(f"Added **{md(name)}** to the team", f"added {name} to the team", words=("team-add", md(name)))
    )


def _add_session(editor: SiteEditor, when: str, what: str) -> None:
    timeline = _list_in(editor, "schedule", "ol", "timeline")
    if timeline is None:
        editor.notes.append(Note(f"I couldn't find the timetable to add {what} to.", ("no-list", md(what))))
        return
    block = f"<li>\n  <time>{esc(when)}</time>\n  <div><h3>{esc(what)}</h3></div>\n</li>"
    _append(editor, timeline, block)
    editor.done.append(
        Change(
            f"Added **{md(what)}** ({md(when)}) to the timetable",
            f"added {what} on {when}",
            words=("session", md(what), md(when)),
        )
    )


def _in_section(html: str, element: markup.Element, names: tuple[str, ...]) -> bool:
    return any(s.contains(element) for s in markup.scan(html) if s.attrs.get("data-section") in names)


def _remove_item(editor: SiteEditor, name: str) -> None:
    count = 0
    for found in sorted(site_items(editor), key=lambda i: i.element.start, reverse=True):
        if found.name == name:
            editor.work[found.path] = markup.remove_element(editor.work[found.path], found.element)
            count += 1
    if count:
        editor.done.append(
            Change(f"Removed **{md(name)}**", f"removed {name}", words=("remove-item", md(name)))
        )


_ROOT = re.compile(r":root\s*\{(?P<body>[^{}]*)\}")
_APPLY_BLOCK = """/* look */
body { font-size: var(--text-size, 1.0625rem); }
.button, button.button { border-radius: var(--button-radius, 999px); }
.section { padding-block: clamp(3rem, 2rem + 4vw, var(--space, 6.5rem)); }
"""


def _restyle(editor: SiteEditor, restyles: list[tuple[dict[str, str], str]]) -> None:
    css = editor.work.get("styles.css")
    if css is None or not _ROOT.search(css):
        editor.notes.append("styles.css has no :root rule of custom properties, so I couldn't restyle it.")
        return
    values = {name: value for changes, _label in restyles for name, value in changes.items()}
    root = _ROOT.search(css)
    body = root.group("body")
    for name, value in values.items():
        pattern = re.compile(rf"(^|[;\s])--{re.escape(name)}\s*:\s*[^;]*;?")
        if pattern.search(body):
            body = pattern.sub(lambda m, n=name, v=value: f"{m.group(1)}--{n}: {v};", body, count=1)
        else:
            body = body.rstrip() + f"\n  --{name}: {value};\n"
    css = css[: root.start("body")] + body + css[root.end("body") :]
    if "/* look */" not in css:
        css = css.rstrip("\n") + "\n\n" + _APPLY_BLOCK
    editor.work["styles.css"] = css
    labels = [label for _changes, label in restyles]
    editor.done.append(
        Change(
            "Restyled the site: " + ", ".join(labels),
            "restyled: " + ", ".join(labels),
            words=("restyle", ", ".join(labels)),
        )
    )
