"""The site pages as a user meets them: the list, a site, its history, a version, a restore."""

import re

import builders
import pytest
from playwright.sync_api import expect

from webapp.services import conversations

pytestmark = pytest.mark.e2e

PAGE = """<!doctype html><html><head><title>{title}</title><link rel="stylesheet" href="styles.css"></head>
<body><h1>{title}</h1><p>{text}</p></body></html>"""
LONG_TITLE = (
    "The Very Long Name of a Neighbourhood Bakery, Café and Community Kitchen on the Corner of Two Streets"
)


def test_a_user_browses_a_sites_history_and_restores_a_version(
    page, account, as_account, browser_errors, screenshot
):
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sites").click()
    expect(page.get_by_role("heading", name="Sites", exact=True)).to_be_visible()
    expect(page.get_by_text("No sites yet")).to_be_visible()
    screenshot("sites-empty-phone", phone=True)

    with as_account() as user:
        conversation_id = conversations.create_conversation(user, "Bakery chat").id
        message = builders.message(user, conversation_id, "Here is your bakery", role="assistant")
        site = builders.site(
            user,
            {
                "index.html": PAGE.format(title="Sweet Crumbs", text="Fresh bread"),
                "styles.css": "h1{color:brown}",
            },
            conversation_id=conversation_id,
            title="Sweet Crumbs",
            description="A bakery on the corner, with a menu and opening hours.",
            message_id=message,
        )
        site_id = site.id
        builders.version(
            user,
            site_id,
            {
                "index.html": PAGE.format(title="Sweet Crumbs", text="Now with cakes"),
                "styles.css": "h1{color:brown}",
                "menu.html": "<h1>Menu</h1>",
            },
            "Added cakes and a menu page",
        )
        builders.version(
            user,
            site_id,
            {
                "index.html": PAGE.format(title="Sweet Crumbs", text="Closed on Mondays"),
                "styles.css": "h1{color:red}",
            },
            "Red headings, no menu page",
        )
        builders.site(user, {"index.html": "<h1>Long</h1>"}, title=LONG_TITLE)

    page.reload()
    expect(page.locator(".site-row")).to_have_count(2)
    expect(page.locator(".site-row").first).to_contain_text("Long Name")
    # Each site's picture: its newest version's home page, small.
    expect(
        page.frame_locator(".site-row >> nth=1 >> .site-thumb iframe").get_by_text("Closed on Mondays")
    ).to_be_attached()
    screenshot("sites-list-desktop")
    screenshot("sites-list-phone", phone=True)

    page.get_by_role("link", name="Sweet Crumbs").click()
    expect(page.get_by_role("heading", name="Sweet Crumbs")).to_be_visible()
    expect(page.frame_locator(".preview-frame").locator("h1")).to_have_text("Sweet Crumbs")
    expect(page.locator(".history-cost")).to_contain_text("3 versions")
    page.locator(".file-tree").get_by_role("link", name="styles.css").click()
    expect(page.locator("#file-viewer .highlight")).to_contain_text("color:red")
    screenshot("site-page-desktop")
    screenshot("site-page-phone", phone=True)

    page.get_by_role("link", name="Full history").click()
    expect(page.get_by_role("heading", name="History of Sweet Crumbs")).to_be_visible()
    rows = page.locator(".version-row .version-number")
    expect(rows).to_have_text(["Version 3", "Version 2", "Version 1"])
    expect(page.locator("#version-3")).to_contain_text("Current")
    page.locator("#version-2 .version-changes summary").click()
    expect(page.locator("#version-2 .change-list")).to_contain_text("menu.html")
    screenshot("sites-history-desktop")
    screenshot("sites-history-phone", phone=True)

    page.get_by_role("link", name="Version 1", exact=True).click()
    expect(page.get_by_role("heading", name="Version 1")).to_be_visible()
    expect(page.frame_locator(".preview-frame").locator("p")).to_have_text("Fresh bread")
    screenshot("site-version-desktop")
    screenshot("site-version-phone", phone=True)

    page.get_by_text("Restore this version…").click()
    expect(page.get_by_text("Restoring adds version 4")).to_be_visible()
    page.get_by_role("button", name="Restore version 1").click()
    expect(page.get_by_text("Restored version 1 as version 4.")).to_be_visible()
    expect(page).to_have_url(re.compile(rf"/sites/{site_id}$"))
    expect(page.frame_locator(".preview-frame").locator("p")).to_have_text("Fresh bread")

    page.get_by_role("link", name="Full history").click()
    expect(rows).to_have_text(["Version 4", "Version 3", "Version 2", "Version 1"])
    expect(page.locator("#version-4")).to_contain_text("Restored")
    expect(page.locator("#version-4")).to_contain_text("Current")
    expect(page.locator("#version-4")).to_contain_text("Restored version 1")
    assert browser_errors.uncaught == []
    assert browser_errors.console == []
