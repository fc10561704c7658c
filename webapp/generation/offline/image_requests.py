"""Reading a follow-up that asks to use the site's uploaded images.

"use my logo", "put my logo in the header", "use my photos in the gallery",
"put the photos on the home page", "use images/shop_front.jpg as the main
picture", "add my pictures to the about page", and the same in French,
German and Spanish. What is asked is one of three placements (the logo in
the header, photos in a gallery, one photo as the home page's main
picture), with the images the message names and the page it names.
"""

import posixpath
import re
from dataclasses import dataclass, field

from . import image_words, markup
from .state import SiteState, as_text

IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".ico")
# Asking for a logo to be made is not asking to use the one uploaded: that is refused elsewhere.
_DESIGN = re.compile(
    r"(?i)(?:\b(?:draw|design|dessine[zr]?|zeichne[nt]?|entwirf|entwerfen|diseña|diseñar|dibuja)\b"
    r"|\b(?:create|make|generate|crée[zr]?|créer|fais|faites|erstelle[nt]?|crea|crear|haz)\s+"
    r"(?:(?:me|us|moi|mir|uns)\s+)?(?:a|an|new|some|un|une|nouveau|einen|ein|neues|una|nuevo)\b)"
    r"[^.!?]*\blogo"
)
_NAMED = re.compile(r"(?i)(?<![\w/.-])([\w./-]+\.(?:png|jpe?g|gif|webp|svg|avif|ico))\b")


@dataclass
class ImageRequest:
    """What a message asks to do with the site's images."""

    placement: str  # "logo" | "gallery" | "hero" | "remove-logo"
    page: str | None = None  # a page's path; None for the home page
    page_asked: str | None = None  # the page the message named that the site lacks ("about")
    named: list[str] = field(default_factory=list)  # images the message names that the site has
    missing: list[str] = field(default_factory=list)  # names that match none of the site's images


def site_images(files: dict) -> list[str]:
    """The site's image files, by path, in a stable order."""
    return sorted(path for path in files if path.lower().endswith(IMAGE_EXTENSIONS))


def is_logo(path: str) -> bool:
    """Whether an image's name says it is a logo ("logo.png", "logotipo.svg", "Firmenlogo.png")."""
    return bool(image_words.LOGO_NAME.search(posixpath.basename(path)))


def _stem_words(path: str) -> str:
    stem = posixpath.splitext(posixpath.basename(path))[0]
    return " ".join(re.split(r"[\s_.-]+", stem)).strip().lower()


def _named(message: str, images: list[str]) -> tuple[list[str], list[str]]:
    """The site's images the message names (by path, file name or the words of the name), and
    names of images it does not have."""
    found: list[str] = []
    missing: list[str] = []
    for name in _NAMED.findall(message):
        name = name.strip("./")
        match = next(
            (p for p in images if p.lower() == name.lower() or posixpath.basename(p).lower() == name.lower()),
            None,
        )
        if match:
            found.append(match)
        else:
            missing.append(name)
    if not found and not missing:
        lowered = " ".join(re.split(r"[\s_-]+", message.lower()))
        for path in images:
            words = _stem_words(path)
            # "the shop front photo" names images/shop_front.jpg; a bare "logo" is said by every request.
            if len(words) > 3 and " " in words and re.search(rf"\b{re.escape(words)}\b", lowered):
                found.append(path)
    return list(dict.fromkeys(found)), missing


def _page(message: str, language: str, state: SiteState, files: dict) -> tuple[str | None, str | None]:
    """The page the message names (its path, or None for home) and an about page it lacks."""
    if image_words.matches(language, "home", message):
        return None, None
    for slug, path in state.pages.items():
        html = as_text(files.get(path)) or ""
        h1 = markup.first(html, "h1")
        titles = {slug.replace("-", " ")}
        if h1 is not None:
            titles.add(markup.text_of(html, h1).lower())
        # "the gallery" is the gallery page when the site has one, else the home page's section.
        if any(t and re.search(rf"(?i)\b{re.escape(t)}\b", message) for t in titles):
            return path, None
    if image_words.matches(language, "about", message):
        return None, "about"
    return None, None


def read_image_request(message: str, language: str, state: SiteState, files: dict) -> ImageRequest | None:
    """The image request in a follow-up, or None when it asks for something else."""
    logo = image_words.matches(language, "logo", message)
    if image_words.matches(language, "remove", message):
        return ImageRequest("remove-logo") if logo else None
    if _DESIGN.search(message) or (logo and image_words.matches(language, "size", message)):
        # "make the logo bigger" is a restyle, read with the others.
        return None
    images = site_images(files)
    named, missing = _named(message, images)
    # "put images/logo.png in the gallery": a file's name is not the word "logo".
    logo = image_words.matches(language, "logo", _NAMED.sub(" ", message))
    hero = image_words.matches(language, "hero", message)
    photos = image_words.owned_photos(language, message)
    verb = image_words.matches(language, "verb", message)
    header = image_words.matches(language, "header", message)
    # "my logo at the top of every page" has no verb: the logo's name is request enough.
    if not (named or missing or logo or (photos and verb)):
        return None
    if hero and not (logo and not (named or missing)):
        placement = "hero"
    elif logo or (header and (named or missing)):
        placement = "logo"
    else:
        placement = "gallery"
    page, page_asked = (None, None) if placement == "logo" else _page(message, language, state, files)
    if placement == "hero" and page is not None:
        # Only the home page has a main picture; other pages start with their heading.
        placement = "gallery"
    return ImageRequest(placement, page, page_asked, named, missing)
