"""Putting the site's uploaded images on its pages: the logo, photos in a gallery, a main picture.

The images themselves are never written or deleted here: only the pages
that show them and styles.css change, and every src is a path the site
has, written relative to the page that shows it.
"""

import io
import posixpath
import re
import warnings
from urllib.parse import quote, unquote

from PIL import Image

from . import image_words, markup
from .edits import Change, Note, SiteEditor
from .image_requests import ImageRequest, is_logo, site_images
from .markup import attr, md
from .state import as_text

# Camera and export names that say nothing about the picture ("IMG_2041", "DSC0042", "final-2").
_MEANINGLESS = re.compile(
    r"(?i)^(?:(?:img|image|dsc[nf]?|pxl|photo|pic|picture|screenshot|final|copy|edit)\d*|\d+|\d+x\d+)$"
)


def relative(page: str, target: str) -> str:
    """The URL of a site file as written in a page: relative to the page's folder, percent-encoded."""
    folder = posixpath.dirname(page) or "."
    return quote(posixpath.relpath(target, folder), safe="/")


def resolve(page: str, src: str) -> str:
    """The site path a page's src points at (the reverse of `relative`)."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(src)))


def _described(path: str) -> str:
    """What a file's name says it shows ("shop_front.jpg" → "Shop front"), or "" when it says nothing."""
    stem = posixpath.splitext(posixpath.basename(path))[0]
    words = re.sub(r"([a-z])([A-Z])", r"\1 \2", stem)
    kept = [w for w in re.split(r"[\s_.-]+", words) if w and not _MEANINGLESS.match(w)]
    text = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in kept)
    return text[:1].upper() + text[1:]


def photo_alt(path: str, site_name: str, language: str = "en", number: int = 1) -> str:
    """A short description of a photo from its file name: "shop_front.jpg" → "Shop front"."""
    unnamed = image_words.UNNAMED_PHOTO.get(language, image_words.UNNAMED_PHOTO["en"])
    return _described(path) or unnamed.format(name=site_name, number=number)


def _size(content: str | bytes | None) -> tuple[int, int] | None:
    # Width and height on the <img> keep the page from jumping while the image loads.
    if not isinstance(content, bytes):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(content)) as image:
                return image.size
    except Exception:  # noqa: BLE001 - an unreadable image is still shown, just without a size
        return None


def _img(page: str, path: str, alt: str, css: str, files: dict, lazy: bool = False) -> str:
    size = _size(files.get(path))
    dims = f' width="{size[0]}" height="{size[1]}"' if size else ""
    loading = ' loading="lazy"' if lazy else ""
    return f'<img class="{css}" src="{attr(relative(page, path))}" alt="{attr(alt)}"{dims}{loading}>'


def _listed(paths: list[str]) -> str:
    return ", ".join(f"**{md(p)}**" for p in paths)


def _all_pages(editor: SiteEditor) -> list[str]:
    """Every HTML page, those in folders too: the header is on each of them."""
    for path, content in editor.files.items():
        text = as_text(content)
        if text is not None and path.lower().endswith((".html", ".htm")) and path not in editor.work:
            editor.work[path] = text
    return sorted(
        (p for p in editor.work if p.lower().endswith((".html", ".htm"))), key=lambda p: (p != editor.home, p)
    )


def _note_no_images(editor: SiteEditor, images: list[str]) -> bool:
    if images:
        return False
    editor.notes.append(
        Note(
            "This site has no images yet. Upload them with **Upload images** under the file list, or drop "
            "them on the files, then ask again.",
            ("image-none",),
        )
    )
    return True


def _note_already(editor: SiteEditor, paths: list[str]) -> None:
    verb = "is" if len(paths) == 1 else "are"
    editor.notes.append(Note(f"{_listed(paths)} {verb} already there.", ("image-already", _listed(paths))))


def _note_missing(editor: SiteEditor, missing: list[str], images: list[str]) -> None:
    for name in missing:
        editor.notes.append(
            Note(
                f"There is no image **{md(name)}** in the site. Its images: {_listed(images)}.",
                ("image-missing", md(name), _listed(images)),
            )
        )


# The logo -----------------------------------------------------------------------------------------


def choose_logo(images: list[str]) -> str | None:
    """The image to use as the logo: one named like a logo, else the only image."""
    logos = [p for p in images if is_logo(p)]
    if logos:
        # An SVG stays sharp at any size: prefer it when the logo comes in several formats.
        return sorted(logos, key=lambda p: (not p.lower().endswith(".svg"), p))[0]
    usable = [p for p in images if not p.lower().endswith(".ico")]
    return usable[0] if len(usable) == 1 else None


_BRAND_MARK = '<span class="brand-mark" aria-hidden="true"></span>'


def _brand_on(html: str, page: str, logo_tag: str, beside_name: str) -> str | None:
    """The page with the logo at the start of its header's brand link (`beside_name`: the
    link says the name already, so the image is not read out twice), or None without one."""
    elements = markup.scan(html)
    brand = next((e for e in elements if e.tag == "a" and e.has_class("brand")), None)
    if brand is None:
        # A page written by hand has no brand link: the logo opens its header, if it has one.
        header = next((e for e in elements if e.tag == "header"), None)
        if header is None:
            return None
        current = next((e for e in elements if header.contains(e) and e.has_class("brand-logo")), None)
        if current is not None:
            return markup.splice(html, current.start, current.end, logo_tag)
        return markup.splice(html, header.open_end, header.open_end, logo_tag)
    inside = [e for e in elements if brand.contains(e)]
    current = next((e for e in inside if e.tag == "img" and e.has_class("brand-logo")), None)
    current = current or next((e for e in inside if e.has_class("brand-mark")), None)
    if current is not None:
        return markup.splice(html, current.start, current.end, beside_name)
    return markup.splice(html, brand.open_end, brand.open_end, beside_name)


def use_logo(editor: SiteEditor, logo: str, files: dict) -> None:
    """Show the logo as the brand mark in the header of every page."""
    name = editor.state.name
    placed, missed = [], []
    for page in _all_pages(editor):
        changed = _brand_on(
            editor.work[page],
            page,
            _img(page, logo, name, "brand-logo", files),
            _img(page, logo, "", "brand-logo", files),
        )
        if changed is None:
            missed.append(page)
        elif changed != editor.work[page]:
            editor.work[page] = changed
            placed.append(page)
    if missed:
        editor.notes.append(
            Note(
                f"I couldn't find the header's brand on {_listed(missed)}, so the logo isn't there.",
                ("image-no-header", _listed(missed)),
            )
        )
    if not placed:
        if not missed:
            _note_already(editor, [logo])
        return
    editor.ensure_css(["images"])
    editor.done.append(
        Change(
            f"Put **{md(logo)}** in the header of every page, as the logo of “{md(name)}”",
            f"used {logo} as the logo",
            "images",
            words=("image-logo", md(logo), md(name)),
        )
    )


def remove_logo(editor: SiteEditor) -> None:
    """Take the logo out of every page's header, bringing back the plain brand mark; the file stays."""
    shown: list[str] = []
    for page in _all_pages(editor):
        html = editor.work[page]
        for element in reversed(
            [e for e in markup.scan(html) if e.tag == "img" and e.has_class("brand-logo")]
        ):
            shown.append(resolve(page, element.attrs.get("src", "")))
            html = markup.splice(html, element.start, element.end, _BRAND_MARK)
        editor.work[page] = html
    if not shown:
        editor.notes.append(Note("There is no logo in the header to take out.", ("image-no-logo",)))
        return
    logo = shown[0]
    editor.done.append(
        Change(
            f"Took **{md(logo)}** out of the header; the image is still in the site's files",
            f"took {logo} out of the header",
            "images",
            words=("image-logo-removed", md(logo)),
        )
    )


# Photos -------------------------------------------------------------------------------------------


def photos_of(images: list[str]) -> list[str]:
    """The images that are photos to show: not the logo, not a favicon."""
    return [p for p in images if not is_logo(p) and not p.lower().endswith(".ico")]


def fill_gallery(editor: SiteEditor, photos: list[str], page: str, files: dict) -> None:
    """Show the photos in the page's gallery (added when the page has none), after any it shows."""
    section = markup.first(editor.work[page], "section", data_section="gallery")
    if section is None:
        editor.add_section("gallery", None if page == editor.home else page.rsplit(".", 1)[0])
        section = markup.first(editor.work[page], "section", data_section="gallery")
        if section is None:
            return
    html = editor.work[page]
    elements = markup.scan(html)
    grid = next((e for e in elements if section.contains(e) and e.has_class("gallery-grid")), None)
    if grid is None:
        editor.notes.append(Note(f"I couldn't find the gallery on **{page}**.", ("image-no-gallery", page)))
        return
    shown = [
        resolve(page, e.attrs.get("src", ""))
        for e in elements
        if grid.contains(e) and e.tag == "img" and e.has_class("photo")
    ]
    paths = list(dict.fromkeys([p for p in shown if p in files] + photos))
    pad = markup.line_indent(html, grid.start)
    language, name = editor.state.facts.language, editor.state.name
    figures = []
    for number, path in enumerate(paths, 1):
        tag = _img(page, path, photo_alt(path, name, language, number), "photo", files, lazy=True)
        figures += [f"{pad}  <figure>", f"{pad}    {tag}", f"{pad}  </figure>"]
    html = markup.splice(html, grid.open_end, grid.close_start, "\n" + "\n".join(figures) + "\n" + pad)
    if html == editor.work[page]:
        _note_already(editor, photos)
        return
    editor.work[page] = html
    editor.ensure_css(["images"])
    editor.done.append(
        Change(
            f"Put {_listed(photos)} in the gallery on **{page}**",
            f"showed {len(photos)} photo{'s' if len(photos) != 1 else ''} in the gallery on {page}",
            "images",
            words=("image-gallery", _listed(photos), page),
        )
    )


def set_main_picture(editor: SiteEditor, photo: str, files: dict) -> None:
    """Show one photo as the home page's main picture, in place of its illustration."""
    page = editor.home
    html = editor.work[page]
    visual = next((e for e in markup.scan(html) if e.has_class("hero-visual")), None)
    if visual is None:
        editor.notes.append(
            Note(
                f"**{page}** has no main picture to replace; say *put my photos on the home page* to "
                "show them in a gallery.",
                ("image-no-hero", page),
            )
        )
        return
    alt = photo_alt(photo, editor.state.name, editor.state.facts.language)
    pad = markup.line_indent(html, visual.start)
    tag = _img(page, photo, alt, "photo hero-photo", files)
    inside = [e for e in markup.scan(html) if visual.contains(e)]
    current = next((e for e in inside if e.tag == "img" and e.has_class("hero-photo")), None)
    if current is not None:
        html = markup.splice(html, current.start, current.end, tag)
    elif any(e.has_class("event-card") for e in inside):
        # An event's card holds its date and place: the photo goes above it, not in its stead.
        html = markup.splice(html, visual.open_end, visual.open_end, f"\n{pad}  {tag}")
    else:
        html = markup.splice(html, visual.open_end, visual.close_start, f"\n{pad}  {tag}\n{pad}")
    if html == editor.work[page]:
        _note_already(editor, [photo])
        return
    editor.work[page] = html
    editor.ensure_css(["images"])
    editor.done.append(
        Change(
            f"Put **{md(photo)}** as the main picture on **{page}** (alt text “{md(alt)}”)",
            f"used {photo} as the main picture",
            "images",
            words=("image-hero", md(photo), page, md(alt)),
        )
    )


# Requests and new sites ---------------------------------------------------------------------------


def place_images(editor: SiteEditor, request: ImageRequest, files: dict) -> None:
    """Do what an image request asks, or say in the notes why it could not be done."""
    if request.placement == "remove-logo":
        remove_logo(editor)
        return
    images = site_images(files)
    if _note_no_images(editor, images):
        return
    _note_missing(editor, request.missing, images)
    if request.missing and not request.named:
        return
    if request.placement == "logo":
        logo = request.named[0] if request.named else choose_logo(images)
        if logo is None:
            example = next(iter(photos_of(images)), images[0])
            editor.notes.append(
                Note(
                    f"I couldn't tell which image is your logo. The site's images: {_listed(images)}. "
                    f"Say which, for example *use {md(example)} as the logo*.",
                    ("image-which-logo", _listed(images), md(example)),
                )
            )
            return
        use_logo(editor, logo, files)
        return
    photos = request.named or photos_of(images)
    if not photos:
        editor.notes.append(
            Note(
                f"The site has no photos besides its logo ({_listed(images)}).",
                ("image-no-photos", _listed(images)),
            )
        )
        return
    page = request.page
    if request.page_asked:
        page = editor.page_path(request.page_asked)
        if page is None:
            # "add my pictures to the about page" on a site without one: the page is made for them.
            editor.add_page(request.page_asked)
            page = editor.page_path(request.page_asked)
        if page is None:
            return
    if request.placement == "hero":
        set_main_picture(editor, photos[0], files)
        return
    fill_gallery(editor, photos, page or editor.home, files)


def on_new_site(editor: SiteEditor, files: dict) -> None:
    """On a site made (or made again) where images were uploaded: the logo goes in the header; the
    photos wait to be asked for, and the reply says how."""
    images = site_images(files)
    logo = choose_logo(images) if any(is_logo(p) for p in images) else None
    if logo is not None:
        use_logo(editor, logo, files)
    photos = photos_of(images)
    if not photos:
        return
    # The example names a photo whose name says what it shows, when there is one.
    example = next((p for p in photos if _described(p)), photos[0])
    one, many = image_words.IMAGE_NOUNS.get(editor.state.facts.language, image_words.IMAGE_NOUNS["en"])
    count = f"{len(photos)} {one if len(photos) == 1 else many}"
    verb = "is" if len(photos) == 1 else "are"
    editor.notes.append(
        Note(
            f"{count} {verb} in the site ({_listed(photos)}); say *use my photos in the gallery* or "
            f"*use {md(example)} as the main picture* to show them.",
            ("images-available", _listed(photos), md(example), count),
        )
    )
