"""Images uploaded in the builder: each upload a version in the chat, the image shown in the
file viewer, a refused file said beside the file list."""

import io

import pytest
from PIL import Image
from playwright.sync_api import expect
from support import wait_for
from test_builder_flow import expect_no_browser_errors
from test_hand_edits import build_a_site

pytestmark = pytest.mark.e2e


def png(size=(240, 120), colour=(230, 120, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_user_uploads_images_and_sees_them_as_files_of_the_site(page, account, browser_errors, screenshot):
    build_a_site(page)
    files = page.locator(".file-tree")

    # Not an image: said beside the list, nothing changes.
    files.get_by_text("Upload images").click()
    chooser = page.get_by_label("Images (PNG, JPEG, GIF, WebP, SVG or ICO)")
    chooser.set_input_files([{"name": "notes.png", "mimeType": "image/png", "buffer": b"just text"}])
    page.get_by_role("button", name="Upload", exact=True).click()
    expect(page.locator("#file-actions-error")).to_contain_text("notes.png is not an image this site can use")
    expect(page.locator(".preview-title")).to_contain_text("Version 1")
    screenshot("builder-upload-refused", scroll_to=".file-upload")

    chooser.set_input_files(
        [
            {"name": "Logo.png", "mimeType": "image/png", "buffer": png()},
            {"name": "shop front.png", "mimeType": "image/png", "buffer": png(colour=(40, 90, 200))},
        ]
    )
    page.get_by_role("button", name="Upload", exact=True).click()
    expect(page.get_by_text("Uploaded images/logo.png, images/shop_front.png · version 2.")).to_be_visible()
    expect(page.locator(".preview-title")).to_contain_text("Version 2")
    expect(page.locator(".version-event", has_text="uploaded 2 images")).to_be_visible()
    expect(files.get_by_role("link", name="images/logo.png")).to_be_visible()
    shown = page.locator(".file-image img")
    expect(shown).to_have_attribute("alt", "images/logo.png")
    expect(shown).to_be_visible()
    wait_for(lambda: shown.evaluate("(img) => img.naturalWidth") == 240, "the image to load")
    expect(page.locator(".file-image figcaption")).to_contain_text("Use it in a page as images/logo.png")
    screenshot("builder-uploaded-image", scroll_to=".file-image")
    screenshot("builder-uploaded-image-phone", phone=True, scroll_to=".file-image")

    # Another file opened, then the image again: the viewer shows it each time.
    files.get_by_role("link", name="index.html").click()
    expect(page.locator(".file-image")).to_have_count(0)
    files.get_by_role("link", name="images/shop_front.png").click()
    expect(shown).to_have_attribute("alt", "images/shop_front.png")
    wait_for(lambda: shown.evaluate("(img) => img.naturalWidth") == 240, "the image to load")
    expect_no_browser_errors(browser_errors, except_for="/files/upload")  # the refused one's 400


# A drop of files, as the browser makes it: a DataTransfer holding a real PNG.
DROP = """(bytes) => {
  const transfer = new DataTransfer();
  transfer.items.add(new File([new Uint8Array(bytes)], "Dropped.png", { type: "image/png" }));
  const zone = document.querySelector(".file-tree");
  for (const type of ["dragenter", "dragover", "drop"]) {
    zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }
}"""


def test_images_dropped_on_the_files_are_uploaded(page, account, browser_errors):
    build_a_site(page)
    page.evaluate(DROP, list(png()))
    expect(page.get_by_text("Uploaded images/dropped.png · version 2.")).to_be_visible()
    expect(page.locator(".file-image img")).to_have_attribute("alt", "images/dropped.png")
    expect_no_browser_errors(browser_errors)


def test_a_draft_in_the_composer_outlives_an_upload_and_goes_once_sent(page, account, browser_errors):
    build_a_site(page)
    page.get_by_label("Message").fill("Put my logo in the header")
    page.locator(".file-tree").get_by_text("Upload images").click()
    page.get_by_label("Images (PNG, JPEG, GIF, WebP, SVG or ICO)").set_input_files(
        [{"name": "logo.png", "mimeType": "image/png", "buffer": png()}]
    )
    page.get_by_role("button", name="Upload", exact=True).click()
    expect(page.get_by_text("Uploaded images/logo.png · version 2.")).to_be_visible()
    expect(page.get_by_label("Message")).to_have_value("Put my logo in the header")

    page.get_by_label("Message").press("Enter")
    expect(page.locator(".message-user .bubble-user").last).to_have_text("Put my logo in the header")
    expect(page.locator("article.message-assistant")).to_have_count(2)
    # The logo is in the header of the site (the offline AI uses uploaded images).
    expect(page.frame_locator(".preview-frame").locator("header img.brand-logo")).to_be_visible()
    page.reload()
    expect(page.get_by_label("Message")).to_have_value("")
    expect_no_browser_errors(browser_errors)
