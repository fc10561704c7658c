"""The offline generator uses the images a person uploaded: the logo in the header, photos when asked."""

import re

import pytest
from generator_corpus import MARK_SVG, SHOP_IMAGES, generate, image_bytes

from webapp.generation.base import GenerationRequest
from webapp.generation.offline.generator import OfflineGenerator
from webapp.generation.offline.image_requests import is_logo
from webapp.generation.offline.images import photo_alt, relative, resolve


def _srcs(files: dict) -> list[tuple[str, str]]:
    """Every (page, src) of an <img> in the site's pages."""
    return [
        (path, src)
        for path, text in files.items()
        if path.endswith(".html") and isinstance(text, str)
        for src in re.findall(r'<img[^>]*\ssrc="([^"]+)"', text)
    ]


def _outcome(message: str, files: dict):
    return OfflineGenerator().respond(GenerationRequest(prompt=message, files=files))


@pytest.mark.parametrize(
    ("page", "target", "src"),
    [
        ("index.html", "images/logo.png", "images/logo.png"),
        ("blog/first-post.html", "images/logo.png", "../images/logo.png"),
        ("blog/2024/news.html", "images/logo.png", "../../images/logo.png"),
        ("images/gallery.html", "images/logo.png", "logo.png"),
        ("index.html", "images/shop front.jpg", "images/shop%20front.jpg"),
    ],
)
def test_an_image_is_written_relative_to_the_page_that_shows_it(page, target, src):
    assert relative(page, target) == src
    assert resolve(page, src) == target


@pytest.mark.parametrize(
    ("path", "alt"),
    [
        ("images/shop_front.jpg", "Shop front"),
        ("images/cafeInterior-2.webp", "Cafe interior"),
        ("images/team_BBQ.png", "Team BBQ"),
        ("images/IMG_2041.jpg", "Sweet Crumbs, photo 3"),
        ("images/DSC0042.JPG", "Sweet Crumbs, photo 3"),
    ],
)
def test_a_photos_alt_text_is_a_short_description_from_its_name(path, alt):
    assert photo_alt(path, "Sweet Crumbs", "en", 3) == alt


@pytest.mark.parametrize(
    ("path", "logo"),
    [
        ("images/logo.png", True),
        ("images/Firmenlogo.svg", True),
        ("images/logotipo-tienda.png", True),
        ("images/brand_mark.svg", True),
        ("images/marca.png", True),
        ("images/comarca.jpg", False),
        ("images/shop_front.jpg", False),
    ],
)
def test_a_logo_is_known_by_its_name_in_any_of_the_four_languages(path, logo):
    assert is_logo(path) is logo


def test_a_site_made_with_a_logo_uploaded_shows_it_in_the_header_and_says_how_to_show_the_photos():
    text, files = generate("Sweet Crumbs bakery in Bristol", SHOP_IMAGES)
    assert (
        '<img class="brand-logo" src="images/logo.png" alt="" width="240" height="80">'
        in (files["index.html"])
    )
    assert "Put **images/logo.png** in the header" in text
    assert "2 images are in the site" in text and "*use my photos in the gallery*" in text
    # Photos wait to be asked for.
    assert "shop_front" not in files["index.html"]
    assert "/* section: images */" in files["styles.css"]


@pytest.mark.parametrize(
    ("prompt", "says"),
    [
        ("Site pour ma boulangerie Le Pain Doré à Lyon", "2 images dans le site"),
        ("Eine Webseite für meine Bäckerei in Wien", "2 Bilder in der Website"),
        ("Una web para mi peluquería en Madrid", "2 imágenes en el sitio"),
    ],
)
def test_a_new_site_in_another_language_counts_its_photos_and_says_how_to_show_them(prompt, says):
    text, files = generate(prompt, SHOP_IMAGES)
    assert says in text
    assert 'class="brand-logo" src="images/logo.png"' in files["index.html"]


def test_the_logo_is_used_on_the_pages_in_folders_with_a_path_from_each():
    _text, files = generate("Sweet Crumbs bakery in Bristol")
    files["blog/first-post.html"] = files["index.html"]
    files["images/logo.png"] = SHOP_IMAGES["images/logo.png"]
    text, files = generate("use my logo", files)
    assert 'src="../images/logo.png"' in files["blog/first-post.html"]
    assert 'src="images/logo.png"' in files["index.html"]
    assert "every page" in text


def test_a_photo_asked_for_as_the_main_picture_replaces_the_illustration():
    _text, files = generate("Sweet Crumbs bakery in Bristol", SHOP_IMAGES)
    text, files = generate("use images/shop_front.jpg as the main picture", files)
    visual = re.search(r'<div class="hero-visual">(.*?)</div>', files["index.html"], re.S).group(1)
    assert visual.strip() == (
        '<img class="photo hero-photo" src="images/shop_front.jpg" alt="Shop front" width="800" height="600">'
    )
    assert "Put **images/shop\\_front.jpg** as the main picture on **index.html**" in text


@pytest.mark.parametrize(
    ("message", "page", "src"),
    [
        ("put images/logo.png in the gallery", "gallery.html", "images/logo.png"),
        ("put my photos in the gallery on the home page", "index.html", "images/cakes.jpg"),
        ("add a gallery with my photos", "gallery.html", "images/shop_front.jpg"),
        ("put my photos on the gallery page", "gallery.html", "images/cakes.jpg"),
    ],
)
def test_photos_go_to_the_gallery_of_the_page_asked_for(message, page, src):
    _text, files = generate("A restaurant called Nonna in Leeds with a gallery page", SHOP_IMAGES)
    _text, files = generate(message, files)
    gallery = re.search(r'<section[^>]*data-section="gallery".*?</section>', files[page], re.S).group(0)
    assert f'src="{src}"' in gallery


def test_photos_asked_for_an_about_page_the_site_has_go_there_without_a_second_page():
    _text, files = generate("Eine Webseite für meine Bäckerei in Wien", SHOP_IMAGES)
    _text, files = generate("füge eine Seite Über uns hinzu", files)
    text, files = generate("füge meine Fotos zur Über-uns-Seite hinzu", files)
    about = [p for p in files if p.endswith(".html") and p != "index.html"]
    assert len(about) == 1 and 'src="images/cakes.jpg"' in files[about[0]]
    assert "schon eine Seite" not in text


def test_an_image_request_and_other_changes_in_one_message_are_all_made():
    _text, files = generate("Sweet Crumbs bakery in Bristol", SHOP_IMAGES)
    text, files = generate("use my photos in the gallery and make it dark green", files)
    assert 'src="images/cakes.jpg"' in files["index.html"]
    assert "in the gallery on **index.html**" in text and "dark green" in text


@pytest.mark.parametrize(
    "message",
    ["use my logo", "use my photos in the gallery", "use images/shop_front.jpg as the main picture"],
)
def test_an_image_asked_for_again_where_it_already_is_changes_nothing_and_says_so(message):
    _text, files = generate("Sweet Crumbs bakery in Bristol", SHOP_IMAGES)
    _text, files = generate(message, files)
    text, outcome = _outcome(message, files)
    assert "already there" in text and "Done" not in text
    assert not outcome.has_changes


def test_on_a_page_written_by_hand_the_logo_opens_its_header():
    files = dict(SHOP_IMAGES)
    files["index.html"] = (
        "<!DOCTYPE html><html><head><title>Joe's Diner</title></head>"
        "<body><header><h1>Joe's Diner</h1></header><main><p>Hi</p></main></body></html>"
    )
    text, files = generate("use my logo", files)
    assert (
        '<header><img class="brand-logo" src="images/logo.png" alt="Joe&#x27;s Diner"' in files["index.html"]
    )
    assert "Put **images/logo.png** in the header" in text


def test_an_events_main_picture_goes_above_its_card_of_date_and_place():
    _text, files = generate("a music festival called Sunfest in Leeds on 12 July 2025", SHOP_IMAGES)
    _text, files = generate("use images/shop_front.jpg as the main picture", files)
    _text, files = generate("use images/cakes.jpg as the main picture", files)
    visual = re.search(r'<div class="hero-visual">(.*)<div class="event-card">', files["index.html"], re.S)
    assert visual and visual.group(1).count("<img") == 1 and 'src="images/cakes.jpg"' in visual.group(1)


def test_photos_asked_for_replace_the_gallerys_placeholders():
    _text, files = generate("Sweet Crumbs bakery in Bristol", SHOP_IMAGES)
    text, files = generate("use my photos in the gallery", files)
    gallery = re.search(r'<section[^>]*data-section="gallery".*?</section>', files["index.html"], re.S).group(
        0
    )
    assert 'class="tile' not in gallery
    assert '<img class="photo" src="images/cakes.jpg" alt="Cakes"' in gallery
    assert "images/logo.png" not in gallery
    assert "in the gallery on **index.html**" in text


@pytest.mark.parametrize(
    ("prompt", "message", "says"),
    [
        (
            "Sweet Crumbs bakery in Bristol",
            "use images/storefront.jpg as the main picture",
            "There is no image",
        ),
        (
            "Site pour ma boulangerie Le Pain Doré à Lyon",
            "utilise images/vitrine.jpg comme image principale",
            "Il n'y a pas d'image",
        ),
    ],
)
def test_an_image_the_site_lacks_is_named_with_the_images_it_has_and_nothing_changes(prompt, message, says):
    _text, files = generate(prompt, SHOP_IMAGES)
    text, outcome = _outcome(message, files)
    assert says in text
    assert "images/cakes.jpg" in text and "images/shop\\_front.jpg" in text
    assert not outcome.has_changes


@pytest.mark.parametrize(
    ("prompt", "message", "says"),
    [
        ("Sweet Crumbs bakery in Bristol", "use my logo", "Upload images"),
        ("Sweet Crumbs bakery in Bristol", "use my photos in the gallery", "drop them on the files"),
        ("Site pour ma boulangerie Le Pain Doré à Lyon", "mets mes photos dans la galerie", "Upload images"),
        ("Eine Webseite für meine Bäckerei in Wien", "verwende mein Logo", "Upload images"),
        ("Una web para mi peluquería en Madrid", "usa mis fotos en la galería", "Upload images"),
    ],
)
def test_without_images_the_reply_says_how_to_upload_them(prompt, message, says):
    _text, files = generate(prompt)
    text, outcome = _outcome(message, files)
    assert says in text
    assert not outcome.has_changes


def test_with_several_images_and_none_named_logo_the_reply_asks_which_is_the_logo():
    uploads = {"images/a.png": image_bytes(), "images/b.png": image_bytes()}
    _text, files = generate("Sweet Crumbs bakery in Bristol", uploads)
    text, outcome = _outcome("put my logo in the header", files)
    assert "which image is your logo" in text and "*use images/a.png as the logo*" in text
    assert not outcome.has_changes


def test_the_images_are_never_written_and_every_src_is_a_file_the_site_has():
    files = dict(SHOP_IMAGES, **{"images/mark.svg": MARK_SVG})
    _text, files = generate("Sweet Crumbs bakery in Bristol", files)
    for message in (
        "use my photos in the gallery",
        "use images/cakes.jpg as the main picture",
        "use my logo",
    ):
        _text, outcome = _outcome(message, files)
        assert not [path for path in outcome.changed if path.startswith("images/")]
        assert outcome.deleted == []
        files = outcome.apply(files)
    assert files["images/mark.svg"] == MARK_SVG
    srcs = _srcs(files)
    assert srcs and all(resolve(page, src) in files for page, src in srcs)


def test_a_fresh_start_keeps_the_images_and_puts_the_logo_in_the_new_header():
    _text, files = generate("Sweet Crumbs bakery in Bristol", SHOP_IMAGES)
    _text, files = generate("start over with a florist called Petal in York", files)
    assert set(SHOP_IMAGES) <= set(files)
    assert 'src="images/logo.png" alt=""' in files["index.html"]


@pytest.mark.parametrize("message", ["design a logo for us", "can you draw our logo", "make me a new logo"])
def test_asking_for_a_logo_to_be_drawn_is_still_refused(message):
    _text, files = generate("Sweet Crumbs bakery in Bristol", SHOP_IMAGES)
    text, outcome = _outcome(message, files)
    assert "I can't draw a logo" in text
    assert not outcome.has_changes


@pytest.mark.parametrize(
    ("prompt", "message", "says"),
    [
        ("Sweet Crumbs bakery in Bristol", "remove the logo", "Took **images/logo.png** out of the header"),
        ("Site pour ma boulangerie Le Pain Doré à Lyon", "retire le logo", "retiré de l'en-tête"),
        ("Una web para mi peluquería en Madrid", "quita el logo", "quitado de la cabecera"),
    ],
)
def test_the_logo_taken_out_of_the_header_leaves_the_brand_mark_and_the_file(prompt, message, says):
    _text, files = generate(prompt, SHOP_IMAGES)
    text, outcome = _outcome(message, files)
    assert says in text
    assert '<span class="brand-mark" aria-hidden="true"></span>' in outcome.changed["index.html"]
    assert "brand-logo" not in outcome.changed["index.html"]
    assert outcome.deleted == [] and "images/logo.png" not in outcome.changed
