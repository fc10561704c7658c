"""Review links in the browser: the owner makes a link to a version and one to a compare, a
visitor with no account opens both, and a revoked link stops opening."""

from pathlib import Path

import builders
import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

# As the harness (e2e/conftest.py) has them.
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"
DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}

STYLES = "body { font-family: Georgia, serif; margin: 0; color: #3b2a1a; background: #fdf6ec; }\n"
PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="styles.css"></head>
<body><header><h1>{title}</h1><p>{text}</p></header></body></html>
"""


@pytest.fixture
def bakery(as_account):
    """A site of two versions, the second renaming the bakery and adding a page."""
    with as_account() as user:
        site = builders.site(
            user,
            {"index.html": PAGE.format(title="Sweet Crumbs", text="Fresh bread"), "styles.css": STYLES},
            title="Sweet Crumbs",
        )
        builders.version(
            user,
            site.id,
            {
                "index.html": PAGE.format(title="Crumbs & Co.", text="Warm bread, all day long"),
                "styles.css": STYLES.replace("#fdf6ec", "#eef4fb"),
                "about.html": PAGE.format(title="About us", text="Three bakers, one oven"),
            },
            "Renamed the bakery and added an about page",
        )
        return site.id


def shot(page: Page, name: str, *, phone: bool = False, full_page: bool = False) -> None:
    """Save what the page shows under test-artifacts/e2e/, at desktop or phone width."""
    page.set_viewport_size(PHONE if phone else DESKTOP)
    try:
        page.screenshot(path=ARTIFACTS / f"{name}.png", caret="initial", full_page=full_page)
    finally:
        page.set_viewport_size(DESKTOP)


def test_a_client_opens_a_version_and_a_compare_and_a_revoked_link_stops(
    page: Page, bakery, browser, live_server, browser_errors
):
    page.goto(f"/sites/{bakery}")
    section = page.locator("#review-links")
    # Loaded in place on the site page.
    expect(section.get_by_role("button", name="Make a review link")).to_be_visible()

    section.get_by_label("Label").fill("For Anna")
    section.get_by_role("button", name="Make a review link").click()
    expect(section.get_by_text("For Anna")).to_be_visible()

    section.get_by_label("A compare of").check()
    section.get_by_label("From version").select_option("1")
    section.get_by_label("To version").select_option("2")
    section.get_by_label("Expires").select_option("never")
    section.get_by_role("button", name="Make a review link").click()
    expect(section.get_by_text("Compare of version 1 and version 2")).to_be_visible()
    expect(section.locator(".badge-link-active")).to_have_count(2)

    addresses = section.locator(".review-link-address")
    compare_url, version_url = addresses.nth(0).input_value(), addresses.nth(1).input_value()
    assert compare_url.startswith(f"{live_server.url}/r/") and version_url.startswith(f"{live_server.url}/r/")
    section.scroll_into_view_if_needed()
    page.locator("#review-links").screenshot(path=ARTIFACTS / "review-links-section.png")
    shot(page, "review-links-site-page-phone", phone=True, full_page=True)

    # A visitor: a fresh browser with no cookies of the app's.
    client_context = browser.new_context(viewport=DESKTOP)
    try:
        client = client_context.new_page()
        client.on("pageerror", lambda error: browser_errors.uncaught.append(str(error)))
        response = client.goto(version_url)
        assert response.status == 200
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["x-robots-tag"] == "noindex"
        expect(client.get_by_text("Shared for review:")).to_be_visible()
        expect(client.get_by_role("link", name="Log in")).to_have_count(0)
        frame = client.frame_locator("iframe.preview-frame")
        expect(frame.get_by_role("heading", name="Crumbs & Co.")).to_be_visible()
        client.get_by_role("link", name="styles.css").click()
        expect(client.locator("#file-viewer")).to_contain_text("#eef4fb")
        client.get_by_label("Page").select_option("about.html")
        client.get_by_role("button", name="Show").click()
        expect(frame.get_by_role("heading", name="About us")).to_be_visible()
        shot(client, "review-version")
        shot(client, "review-version-phone", phone=True, full_page=True)

        client.goto(compare_url)
        expect(client.locator("tr.diff-removed", has_text="Fresh bread")).to_be_visible()
        expect(client.locator("tr.diff-added", has_text="Warm bread, all day long")).to_be_visible()
        shot(client, "review-compare")
        shot(client, "review-compare-phone", phone=True)
        client.get_by_role("link", name="Side by side").click()
        expect(client.locator(".diff-split").first).to_be_visible()
        client.get_by_role("link", name="Rendered").click()
        frames = client.frame_locator("iframe.compare-frame")
        expect(frames.first.get_by_role("heading", name="Sweet Crumbs")).to_be_visible()
        expect(frames.last.get_by_role("heading", name="Crumbs & Co.")).to_be_visible()
        shot(client, "review-compare-rendered")

        # The owner revokes the version link: it stops opening at once, page and files.
        version_item = section.locator(".review-link", has_text="For Anna")
        version_item.get_by_role("button", name="Revoke").click()
        revoked = section.locator(".review-link", has_text="For Anna").locator(".badge-link-revoked")
        expect(revoked).to_be_visible()

        gone = client.goto(version_url)
        assert gone.status == 404
        expect(client.get_by_role("heading", name="This review link does not open")).to_be_visible()
        file_url = version_url + "files/2/index.html"
        assert client.request.get(file_url).status == 404
        shot(client, "review-404")
        shot(client, "review-404-phone", phone=True)
        # The compare link still opens.
        assert client.goto(compare_url).status == 200
    finally:
        client_context.close()
    assert browser_errors.uncaught == []
