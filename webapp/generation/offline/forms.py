"""Sections with a form: contact and newsletter sign-up.

The forms never send anything: script.js shows the thank-you message in
place, so they work in an offline preview and a sandboxed frame alike.
"""

from . import art
from .markup import attr, esc
from .sections import PageContext, lines, nest, section_head, wrap


def _field(ident: str, label: str, control: str) -> str:
    return lines(
        '<div class="field">', f'  <label for="{ident}">{esc(label)}</label>', f"  {control}", "</div>"
    )


_NETWORKS = {
    "instagram": "https://www.instagram.com/",
    "insta": "https://www.instagram.com/",
    "tiktok": "https://www.tiktok.com/@",
    "twitter": "https://x.com/",
    "x": "https://x.com/",
    "facebook": "https://www.facebook.com/",
}


def _social(profile: str) -> tuple[str, str, str]:
    """A social profile as (network, what to show, link): "Instagram @sweetcrumbs" or a profile URL."""
    network, _space, handle = profile.partition(" ")
    if handle.startswith("@"):
        base = _NETWORKS.get(network.lower(), "https://www.instagram.com/")
        return ("Instagram" if network.lower() == "insta" else network), handle, base + handle[1:]
    url = profile if profile.startswith("http") else "https://" + profile
    name = url.split("//", 1)[1].removeprefix("www.").split(".", 1)[0]
    return name.title(), url.split("//", 1)[1], url


def contact(ctx: PageContext) -> str:
    """Ways to get in touch beside a short form."""
    c = ctx.copy.section("contact")
    w = ctx.copy.words
    details = []
    if c.get("email"):
        email = c["email"]
        details.append(
            f"  <li>{art.icon('mail')}<span><strong>{esc(w['email'])}</strong>"
            f'<a href="mailto:{attr(email)}" data-field="email">{esc(email)}</a></span></li>'
        )
    if c.get("phone"):
        phone = c["phone"]
        digits = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
        details.append(
            f"  <li>{art.icon('phone')}<span><strong>{esc(w['phone'])}</strong>"
            f'<a href="tel:{attr(digits)}" data-field="phone">{esc(phone)}</a></span></li>'
        )
    address = c.get("address", "")
    if address == "{visit}":
        # The same place as the "visit us" section, so the two never disagree.
        address = ", ".join(ctx.copy.section("visit")["address"])
    if address:
        details.append(
            f"  <li>{art.icon('pin')}<span><strong>{esc(w['address'])}</strong>"
            f'<span data-field="address">{esc(address)}</span></span></li>'
        )
    for profile in c.get("social", []):
        network, handle, href = _social(profile)
        details.append(
            f"  <li>{art.icon('chat')}<span><strong>{esc(network)}</strong>"
            f'<a href="{attr(href)}" data-field="social">{esc(handle)}</a></span></li>'
        )
    info = lines(
        '<div class="contact-info">',
        f"  <h2>{esc(c['title'])}</h2>",
        f'  <p class="lead">{esc(c["intro"])}</p>',
        '  <ul class="contact-details">' if details else None,
        nest("\n".join(details)) if details else None,
        "  </ul>" if details else None,
        "</div>",
    )
    form = lines(
        '<form class="card contact-form" action="#" method="post" data-contact-form>',
        nest(
            _field(
                "contact-name",
                w["name"],
                '<input id="contact-name" name="name" type="text" autocomplete="name" required>',
            )
        ),
        nest(
            _field(
                "contact-email",
                w["email"],
                '<input id="contact-email" name="email" type="email" autocomplete="email" required>',
            )
        ),
        nest(
            _field(
                "contact-message",
                w["message"],
                '<textarea id="contact-message" name="message" rows="5" '
                f'placeholder="{attr(c["message"])}" required></textarea>',
            )
        ),
        f'  <button class="button" type="submit">{esc(c["button"])}</button>',
        f'  <p class="form-success" role="status" hidden>{esc(c["success"])}</p>',
        "</form>",
    )
    return wrap("contact", lines('<div class="split contact">', nest(info), nest(form), "</div>"))


def newsletter(ctx: PageContext) -> str:
    """An email sign-up band."""
    c = ctx.copy.section("newsletter")
    form = lines(
        '<form class="newsletter-form" action="#" method="post" data-contact-form>',
        f'  <label class="visually-hidden" for="newsletter-email">{esc(ctx.copy.words["email"])}</label>',
        '  <input id="newsletter-email" name="email" type="email" autocomplete="email" '
        'placeholder="you@example.com" required>',
        f'  <button class="button" type="submit">{esc(c["button"])}</button>',
        f'  <p class="form-success" role="status" hidden>{esc(c["success"])}</p>',
        "</form>",
    )
    band = lines(
        '<div class="newsletter-band">',
        nest(section_head(c["title"], c["text"])),
        nest(form),
        "</div>",
    )
    return wrap("newsletter", band)
