"""Publishing and leaving with everything, as a new user meets them: publish version 2, see
it from a browser with no cookies, roll back to version 1 and see that, unpublish and see
"not found"; then download the site with its history, import the ZIP, and find the same
history in the new site."""

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from test_builder_flow import LUIGIS, expect_no_browser_errors, expect_reply, send

pytestmark = pytest.mark.e2e

# Where the screenshots are gathered for a person to look at, besides test-artifacts/e2e/.
SHOTS = Path("/tmp/shots-pub")


def keep(path: Path) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SHOTS / path.name)
    return path


def visitor_screenshot(visitor: Page, screenshot_path: Path, name: str, width: int) -> None:
    """The visitor's tab at a width, beside the app's screenshots."""
    visitor.set_viewport_size({"width": width, "height": 844 if width < 500 else 900})
    path = screenshot_path.parent / f"{name}.png"
    visitor.screenshot(path=path, caret="initial")
    keep(path)


def version_row(page: Page, number: int):
    return page.locator(f"#version-{number}")


def test_a_user_publishes_rolls_back_unpublishes_and_takes_the_whole_history_away(
    page, account, browser, browser_errors, screenshot, tmp_path
):
    # Two versions, by chatting.
    page.get_by_role("link", name="Builder").click()
    send(page, LUIGIS)
    expect_reply(page, 1)
    send(page, "Add a pricing section")
    expect_reply(page, 2)
    expect(page.frame_locator(".preview-frame").locator("#pricing")).to_be_visible()

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sites").click()
    page.get_by_role("link", name="Luigi's").first.click()
    panel = page.locator("#publishing")
    expect(panel).to_contain_text("Not published.")
    page.get_by_role("link", name="Full history").click()
    version_row(page, 2).get_by_role("button", name="Publish this version").click()
    expect(page.locator(".flash-success")).to_contain_text("Version 2 is live at /p/luigis/.")
    expect(version_row(page, 2).locator(".badge-live")).to_have_text("Live")
    expect(version_row(page, 1).get_by_role("button", name="Roll back to this version")).to_be_visible()
    keep(screenshot("publishing-history-desktop", scroll_to="#version-2"))
    keep(screenshot("publishing-history-phone", phone=True, scroll_to="#version-2"))

    page.get_by_role("link", name="Luigi's").click()
    expect(panel).to_contain_text("Version 2")
    url = panel.locator(".publishing-url").get_attribute("href")
    assert url.endswith("/p/luigis/")
    panel_shot = keep(screenshot("publishing-panel-desktop", scroll_to="#publishing"))
    keep(screenshot("publishing-panel-phone", phone=True, scroll_to="#publishing"))

    # A visitor: a browser of their own, never signed in.
    visitor_context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        visitor = visitor_context.new_page()
        response = visitor.goto(url)
        assert response.status == 200
        assert "set-cookie" not in response.headers
        assert response.headers["content-security-policy"].startswith("sandbox allow-scripts")
        expect(visitor.locator(".site-header .brand")).to_have_text("Luigi's")
        expect(visitor.locator("#pricing")).to_be_visible()
        assert visitor_context.cookies() == []
        visitor_screenshot(visitor, panel_shot, "published-page-desktop", 1400)
        visitor_screenshot(visitor, panel_shot, "published-page-phone", 390)

        # A new address, changed in place: the old one stops answering.
        panel.get_by_text("Change the address").click()
        panel.get_by_label("Address").fill("Luigi's!")
        panel.get_by_role("button", name="Save address").click()
        expect(panel.locator(".field-error")).to_contain_text("lower-case letters")
        keep(screenshot("publishing-address-error-phone", phone=True, scroll_to="#publishing"))
        panel.get_by_label("Address").fill("luigis-kitchen")
        panel.get_by_role("button", name="Save address").click()
        expect(panel.locator(".publishing-saved")).to_contain_text("/p/luigis-kitchen/")
        expect(panel.locator(".publishing-log li").first).to_contain_text("Moved")
        assert visitor.goto(url).status == 404
        url = panel.locator(".publishing-url").get_attribute("href")
        assert url.endswith("/p/luigis-kitchen/")
        visitor.goto(url)
        expect(visitor.locator("#pricing")).to_be_visible()

        # Roll back, from the history: the visitor sees version 1 at once.
        page.get_by_role("link", name="Full history").click()
        version_row(page, 1).get_by_role("button", name="Roll back to this version").click()
        expect(page.locator(".flash-success")).to_contain_text("Rolled back: version 1 is live")
        expect(version_row(page, 1).locator(".badge-live")).to_be_visible()
        visitor.reload()
        expect(visitor.locator(".site-header .brand")).to_have_text("Luigi's")
        expect(visitor.locator("#pricing")).to_have_count(0)

        # Unpublish, behind its confirmation: the visitor gets "not found".
        page.get_by_role("link", name="Luigi's").click()
        page.locator("#publishing").get_by_text("Unpublish…").click()
        keep(screenshot("publishing-unpublish-confirm-desktop", scroll_to="#publishing"))
        keep(screenshot("publishing-unpublish-confirm-phone", phone=True, scroll_to="#publishing"))
        page.get_by_role("button", name="Unpublish now").click()
        expect(page.locator(".flash-info")).to_contain_text("The site is offline")
        expect(panel).to_contain_text("Not published.")
        expect(panel.locator(".publishing-log li")).to_have_count(4)
        expect(panel.locator(".publishing-log li").first).to_contain_text("Unpublished")
        response = visitor.goto(url)
        assert response.status == 404
        expect(visitor.get_by_text("Not found in this site.")).to_be_visible()
        assert visitor_context.cookies() == []
    finally:
        visitor_context.close()

    # A label, then the whole site as one ZIP with its history...
    page.get_by_role("link", name="Full history").click()
    version_row(page, 1).get_by_text("Add label").click()
    version_row(page, 1).get_by_role("textbox", name=re.compile("^Label")).fill("First draft")
    version_row(page, 1).get_by_role("button", name="Save").click()
    expect(version_row(page, 1).locator(".badge-label")).to_have_text("First draft")
    page.get_by_role("link", name="Luigi's").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download with history").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)

    # ...imported from the site list, brings every version and the label back, in a new site.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sites").click()
    page.get_by_text("Import a ZIP").click()
    page.get_by_label("ZIP file").set_input_files(str(saved))
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_text("Imported.")).to_be_visible()
    page.get_by_role("link", name="Open the new site").click()
    page.get_by_role("link", name="Full history").click()
    expect(page.locator(".version-row .version-number")).to_have_text(["Version 2", "Version 1"])
    expect(version_row(page, 1).locator(".badge-label")).to_have_text("First draft")
    expect(version_row(page, 2)).to_contain_text("Generated")
    # Never live by itself: an address is the owner's to give.
    page.get_by_role("link", name=re.compile("^Luigi's")).first.click()
    expect(page.locator("#publishing")).to_contain_text("Not published.")
    # The refused address answered 400 (its message swapped in), which the console reports.
    expect_no_browser_errors(browser_errors, except_for="/address")
