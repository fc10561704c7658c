"""Images uploaded to a site: checked before anything is stored, each upload one version of
kind "edited", a name the site has replaced (the history keeps the old image), safe names,
clear refusals that change nothing, other users' sites missing."""

import io
import re

import builders
import pytest
from PIL import Image

from webapp.ownership import NotFound
from webapp.services import conversations, sites, uploads, versions
from webapp.services.uploads import Upload
from webapp.services.validation import INPUT_ERRORS

FILES = {"index.html": "<h1>Hello</h1>", "styles.css": "h1 { color: red }"}
HX = {"HX-Request": "true"}
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle r="4" cx="5" cy="5"/></svg>'


def image(kind: str = "PNG", size=(12, 8), colour=(200, 30, 30)) -> bytes:
    """A real image of that format, made by Pillow."""
    buffer = io.BytesIO()
    picture = Image.new("RGB", size, colour)
    picture.save(buffer, format=kind, **({"sizes": [size]} if kind == "ICO" else {}))
    return buffer.getvalue()


@pytest.fixture
def site(user):
    conversation = conversations.create_conversation(user, "Chat")
    made = builders.site(user, FILES, conversation_id=conversation.id, title="Bakery")
    return made.id, conversation.id


def newest(user, site_id):
    site = sites.get_site(user, site_id)
    return versions.get_version_record(user, site_id, site.last_version_number)


@pytest.mark.parametrize(
    ("kind", "name", "stored_as"),
    [
        ("PNG", "logo.png", "images/logo.png"),
        ("JPEG", "Shop Front.JPG", "images/shop_front.jpg"),
        ("JPEG", "photo.jpeg", "images/photo.jpeg"),
        ("GIF", "dance.gif", "images/dance.gif"),
        ("WEBP", "hero.webp", "images/hero.webp"),
        ("ICO", "favicon.ico", "images/favicon.ico"),
    ],
)
def test_an_image_becomes_a_file_of_the_site_in_a_version_of_its_own(user, site, kind, name, stored_as):
    site_id, _ = site
    data = image(kind)
    uploaded = uploads.upload_images(user, site_id, [Upload(name, data)])
    assert uploaded.added == (stored_as,) and uploaded.version.version_number == 2
    record = newest(user, site_id)
    assert (record.kind, record.change_description) == ("edited", f"Uploaded {stored_as}")
    assert sites.get_site_files(user, site_id) == {**FILES, stored_as: data}


def test_several_images_are_one_version(user, site):
    site_id, _ = site
    uploaded = uploads.upload_images(
        user, site_id, [Upload("a.png", image()), Upload("b.gif", image("GIF"))], folder="img/gallery"
    )
    assert uploaded.added == ("img/gallery/a.png", "img/gallery/b.gif")
    assert newest(user, site_id).change_description == "Uploaded 2 images"
    assert sites.get_site(user, site_id).last_version_number == 2


def test_an_svg_is_kept_as_text(user, site):
    site_id, _ = site
    uploads.upload_images(user, site_id, [Upload("mark.svg", SVG.encode())], folder="")
    assert sites.get_site_files(user, site_id)["mark.svg"] == SVG


def test_a_name_the_site_has_gets_the_new_image_and_undo_brings_the_old_one_back(user, site):
    site_id, _ = site
    red, blue = image(colour=(255, 0, 0)), image(colour=(0, 0, 255))
    uploads.upload_images(user, site_id, [Upload("logo.png", red)])
    replaced = uploads.upload_images(user, site_id, [Upload("logo.png", blue)])
    assert replaced.replaced == ("images/logo.png",) and replaced.added == ()
    assert "a new image in its place" in newest(user, site_id).change_description
    assert sites.get_site_files(user, site_id)["images/logo.png"] == blue
    versions.restore_version(user, site_id, 2)
    assert sites.get_site_files(user, site_id)["images/logo.png"] == red
    # The same image again is no change: no version.
    with pytest.raises(INPUT_ERRORS, match="has these images already"):
        uploads.upload_images(user, site_id, [Upload("logo.png", red)])
    assert sites.get_site(user, site_id).last_version_number == 4


def test_the_extension_follows_what_the_file_is_and_the_name_is_made_safe(user, site):
    site_id, _ = site
    uploaded = uploads.upload_images(
        user,
        site_id,
        [
            Upload("actually-a-jpeg.png", image("JPEG")),
            Upload("../../etc/passwd.png", image()),
            Upload("C:\\Users\\ada\\Café Menu.PNG", image()),
            Upload("写真.png", image()),
            Upload("no-extension", image("GIF")),
        ],
    )
    assert uploaded.added == (
        "images/actually-a-jpeg.jpg",
        "images/passwd.png",
        "images/cafe_menu.png",
        "images/image.png",
        "images/no-extension.gif",
    )


def pixels_bomb() -> bytes:
    """A small file that opens to a huge picture."""
    buffer = io.BytesIO()
    Image.new("1", (6000, 6000)).save(buffer, format="PNG")
    return buffer.getvalue()


def billion_laughs() -> bytes:
    entities = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};">' for i in range(1, 10))
    return (
        f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY l0 "ha">{entities}]>'
        '<svg xmlns="http://www.w3.org/2000/svg">&l9;</svg>'
    ).encode()


@pytest.mark.parametrize(
    ("uploaded", "reason"),
    [
        ([], "Choose one or more images"),
        ([Upload("", b"")], "Choose one or more images"),
        ([Upload("empty.png", b"")], "empty.png is empty"),
        (
            [Upload("notes.png", b"just some text, not a picture")],
            "notes.png is not an image this site can use",
        ),
        ([Upload("cut.png", image()[:40])], "cut.png is not an image this site can use"),
        ([Upload("page.png", b"<html><script>alert(1)</script></html>")], "not an image this site can use"),
        ([Upload("big.png", pixels_bomb())], "6,000 × 6,000 pixels"),
        ([Upload("bad.svg", b"<svg><g></svg>")], "bad.svg is not a well-formed SVG image"),
        ([Upload("laughs.svg", billion_laughs())], "laughs.svg is not a well-formed SVG image"),
        ([Upload("other.svg", b"<?xml version='1.0'?><!-- <svg> --><html/>")], "is XML but not an SVG image"),
        ([Upload("a.png", image()), Upload("A.PNG", image(colour=(1, 2, 3)))], "would both be"),
        ([Upload("a.png", image()), Upload("notes.png", b"text")], "notes.png is not an image"),
    ],
)
def test_a_refused_upload_changes_nothing_and_says_why(app, user, site, uploaded, reason):
    app.config["UPLOAD_MAX_IMAGE_PIXELS"] = 10_000_000
    site_id, _ = site
    with pytest.raises(INPUT_ERRORS, match=re.escape(reason)):
        uploads.upload_images(user, site_id, uploaded)
    assert sites.get_site_files(user, site_id) == FILES
    assert sites.get_site(user, site_id).last_version_number == 1


@pytest.mark.parametrize(
    ("setting", "value", "uploaded", "reason"),
    [
        (
            "UPLOAD_MAX_IMAGE_BYTES",
            100,
            [Upload("a.png", image(size=(200, 200)) + b"\0" * 200)],
            "larger than",
        ),
        ("UPLOAD_MAX_IMAGES", 1, [Upload("a.png", image()), Upload("b.png", image())], "at most 1 images"),
        ("MAX_FILES_PER_SITE", 2, [Upload("a.png", image())], "at most 2 files"),
    ],
)
def test_every_limit_is_a_setting(app, user, site, setting, value, uploaded, reason):
    app.config[setting] = value
    site_id, _ = site
    with pytest.raises(INPUT_ERRORS, match=reason):
        uploads.upload_images(user, site_id, uploaded)
    assert sites.get_site(user, site_id).last_version_number == 1


def test_a_folder_follows_the_path_rules(user, site):
    site_id, _ = site
    with pytest.raises(INPUT_ERRORS, match=re.escape("may not contain '.' or '..'")):
        uploads.upload_images(user, site_id, [Upload("a.png", image())], folder="../outside")
    with pytest.raises(INPUT_ERRORS, match="is a file and also a folder"):
        uploads.upload_images(user, site_id, [Upload("a.png", image())], folder="index.html")
    assert sites.get_site(user, site_id).last_version_number == 1


def test_another_users_site_is_missing(user, other_user, site):
    site_id, _ = site
    with pytest.raises(NotFound):
        uploads.upload_images(other_user, site_id, [Upload("a.png", image())])
    assert sites.get_site_files(user, site_id) == FILES


# Through the builder's route ---


def post_images(client, site_id, files, headers=None, **fields):
    data = {"images": [(io.BytesIO(data), name) for name, data in files], **fields}
    return client.post(
        f"/builder/sites/{site_id}/files/upload",
        data=data,
        content_type="multipart/form-data",
        headers=headers,
    )


def test_the_route_uploads_and_opens_the_image_in_the_viewer(client, auth, user, site):
    site_id, conversation_id = site
    auth.login()
    page = client.get(f"/builder/c/{conversation_id}").get_data(as_text=True)
    assert "Upload images" in page and f"/builder/sites/{site_id}/files/upload" in page

    data = image()
    response = post_images(client, site_id, [("logo.png", data)], HX)
    assert response.status_code == 200
    assert response.headers["HX-Redirect"] == f"/builder/c/{conversation_id}?file=images/logo.png#files"
    opened = client.get(f"/builder/c/{conversation_id}?file=images/logo.png").get_data(as_text=True)
    assert "Uploaded images/logo.png · version 2." in opened
    assert "You uploaded images/logo.png" in opened  # the version, in the chat
    source = re.search(
        r'<figure class="file-image">\s*<img src="([^"]+)" alt="images/logo.png"', opened
    ).group(1)
    served = client.get(source)
    assert served.status_code == 200 and served.data == data
    assert served.headers["Content-Type"] == "image/png"
    assert "sandbox" in served.headers["Content-Security-Policy"]
    # The viewer's fragment shows it too.
    fragment = client.get(f"/builder/c/{conversation_id}/files/images/logo.png", headers=HX)
    assert '<figure class="file-image">' in fragment.get_data(as_text=True)


def test_without_javascript_the_form_posts_and_comes_back(client, auth, user, site):
    site_id, conversation_id = site
    auth.login()
    response = post_images(client, site_id, [("a.png", image()), ("b.png", image("GIF"))], folder="pics")
    assert response.status_code == 303
    assert response.headers["Location"] == f"/builder/c/{conversation_id}?file=pics/a.png#files"
    assert set(sites.get_site_files(user, site_id)) == {*FILES, "pics/a.png", "pics/b.gif"}


def test_a_refused_upload_says_why_beside_the_files(client, auth, user, site):
    site_id, _ = site
    auth.login()
    response = post_images(client, site_id, [("notes.png", b"text")], HX)
    assert response.status_code == 400
    assert response.headers["HX-Retarget"] == "#file-actions-error"
    assert "notes.png is not an image this site can use" in response.get_data(as_text=True)
    assert sites.get_site(user, site_id).last_version_number == 1


def test_another_users_site_is_not_found_through_the_route(client, auth, user, other_user, site):
    site_id, _ = site
    auth.login(email="grace@example.com")
    assert post_images(client, site_id, [("a.png", image())], HX).status_code == 404
    assert sites.get_site_files(user, site_id) == FILES


def test_the_site_and_version_pages_show_an_image_as_one(client, auth, user, site):
    site_id, _ = site
    uploads.upload_images(user, site_id, [Upload("logo.png", image())])
    auth.login()
    for url in (
        f"/sites/{site_id}/files/images/logo.png",
        f"/sites/{site_id}/versions/2/files/images/logo.png",
    ):
        for headers in ({}, HX):
            page = client.get(url, headers=headers).get_data(as_text=True)
            source = re.search(r'<figure class="file-image">\s*<img src="([^"]+)"', page).group(1)
            assert client.get(source).status_code == 200


def test_a_review_link_shows_an_image_from_its_own_files(app, client, user, site):
    from webapp.services import review_links

    site_id, _ = site
    data = image()
    uploads.upload_images(user, site_id, [Upload("logo.png", data)])
    link = review_links.create_review_link(user, site_id, version=2, expires="never")
    for headers in ({}, HX):
        page = client.get(f"/r/{link.token}/code/images/logo.png", headers=headers).get_data(as_text=True)
        source = re.search(r'<figure class="file-image">\s*<img src="([^"]+)"', page).group(1)
        assert source.startswith(f"/r/{link.token}/")
        assert client.get(source).data == data
