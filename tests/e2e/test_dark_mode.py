"""Dark mode: the system's preference by default, a toggle kept on the account; generated
sites keep their own colours."""

import pytest
from playwright.sync_api import Page, expect
from test_builder_flow import LUIGIS, expect_reply, send

pytestmark = pytest.mark.e2e

DESKTOP = {"width": 1280, "height": 800}


def page_is_dark(page: Page) -> bool:
    """Whether the app's page background is dark (its luminance, roughly)."""
    # After a navigation (the toggle posts, then the page loads again) the body may not be parsed yet.
    page.wait_for_load_state("load")
    rgb = page.evaluate(
        "getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number)"
    )
    return sum(rgb) / 3 < 80


def test_a_dark_system_gets_a_dark_app_and_the_preview_keeps_the_sites_colours(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP, color_scheme="dark")
    page = context.new_page()
    try:
        page.goto("/login")
        assert page_is_dark(page)
        expect(page.locator("meta[name=color-scheme]")).to_have_attribute("content", "light dark")
    finally:
        context.close()


def test_the_colours_toggle_is_kept_on_the_account(page, account, screenshot):
    # A light system: the app is light, and the toggle offers dark.
    page.goto("/builder/")
    assert not page_is_dark(page)
    send(page, LUIGIS)
    expect_reply(page, 1)
    site_background = page.frame_locator(".preview-frame").locator("body")
    light_site = site_background.evaluate("(body) => getComputedStyle(body).backgroundColor")

    page.get_by_role("button", name="Use dark colours").click()
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    assert page_is_dark(page)
    # The generated site keeps its own colours.
    assert site_background.evaluate("(body) => getComputedStyle(body).backgroundColor") == light_site
    page.locator(".file-tree").get_by_role("link", name="styles.css").click()
    expect(page.locator(".file-view div.code")).to_be_visible()
    screenshot("builder-dark-toggle")

    # Kept on the account: another page, a reload, the account page all say so.
    page.goto("/sites/")
    assert page_is_dark(page)
    page.goto("/account")
    expect(page.get_by_role("radio", name="Dark")).to_be_checked()
    page.get_by_role("radio", name="Match this device").check()
    page.get_by_role("button", name="Save colours").click()
    expect(page.locator("html")).not_to_have_attribute("data-theme", "dark")
    assert not page_is_dark(page)
