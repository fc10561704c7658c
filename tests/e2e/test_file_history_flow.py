"""One file's history and version labels in the browser: the diffs, Restore this file,
and a label set in place on a history row."""

import uuid

import builders
import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

STYLES = """body { font-family: Georgia, serif; margin: 0; color: #3b2a1a; background: #fdf6ec; }
header { padding: 48px 24px; background: #8a4b2a; color: #fff; }
.card { background: #fff; border-radius: 12px; padding: 16px; }
"""
INDEX = (
    '<!doctype html>\n<html>\n<head><link rel="stylesheet" href="styles.css"></head>\n'
    "<body><h1>Crumbs</h1></body>\n</html>\n"
)


@pytest.fixture
def bakery(as_account) -> uuid.UUID:
    """Four versions; styles.css is added, recoloured twice, and given a footer rule."""
    with as_account() as user:
        site = builders.site(user, {"index.html": INDEX, "styles.css": STYLES}, title="Sweet Crumbs")
        blue = STYLES.replace("#8a4b2a", "#2a5d8a")
        builders.version(user, site.id, {"index.html": INDEX, "styles.css": blue}, "Blue header")
        builders.version(user, site.id, {"index.html": INDEX.replace("Crumbs", "Crumbs & Co.")}, "Renamed")
        builders.version(
            user,
            site.id,
            {"index.html": INDEX, "styles.css": blue + "footer { padding: 24px; color: #777; }\n"},
            "Added a footer",
        )
        return site.id


def test_sees_a_files_history_and_restores_it(page: Page, bakery, screenshot, browser_errors):
    page.goto(f"/sites/{bakery}/files/styles.css")
    page.get_by_role("link", name="History of this file").click()
    expect(page.get_by_role("heading", name="History of styles.css")).to_be_visible()
    entries = page.locator("li.file-history-entry")
    expect(entries).to_have_count(4)
    expect(entries.nth(1).locator("tr.diff-removed").first).to_contain_text("font-family: Georgia")
    expect(entries.nth(2).locator("tr.diff-removed")).to_contain_text("#8a4b2a")
    expect(entries.nth(2).locator("tr.diff-added")).to_contain_text("#2a5d8a")
    page.wait_for_load_state("load")
    screenshot("file-history-desktop")
    screenshot("file-history-phone", phone=True)

    # The confirmation is a second button.
    entries.nth(2).get_by_text("Restore this file…").click()
    screenshot("file-history-restore-confirm", scroll_to="#version-2 .restore-confirm")
    entries.nth(2).get_by_role("button", name="Restore styles.css from version 2").click()
    expect(page.get_by_text("Restored styles.css from version 2 as version 5.")).to_be_visible()
    expect(entries).to_have_count(5)
    expect(entries.first).to_contain_text("Restored styles.css from version 2")
    assert browser_errors.uncaught == [] and browser_errors.console == []


def test_labels_a_version_in_place_and_filters_labelled_ones(page: Page, bakery, screenshot, browser_errors):
    page.goto(f"/sites/{bakery}/versions")
    row = page.locator("#version-2")
    row.get_by_text("Add label").click()
    row.get_by_role("textbox", name="Label").fill("Sent to client")
    row.get_by_role("textbox", name="Note").fill("Ann liked the blue header; waiting on the footer copy.")
    row.get_by_role("button", name="Save").click()
    expect(row.locator(".badge-label")).to_have_text("Sent to client")
    page.wait_for_load_state("load")
    page.locator("#version-4").get_by_text("Add label").click()
    # A bidi control would make the label read as something else: refused, with the reason.
    page.locator("#version-4").get_by_role("textbox", name="Label").fill("Final \u202e")
    page.locator("#version-4").get_by_role("button", name="Save").click()
    expect(page.locator("#version-4 .field-error")).to_contain_text("control character")
    screenshot("history-labels-desktop")
    screenshot("history-labels-phone", phone=True)

    page.get_by_label("Labelled only").check()
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("li.version-row")).to_have_count(1)
    expect(page.get_by_text("1 labelled version, newest first")).to_be_visible()
    screenshot("history-labelled-only-phone", phone=True)
    assert browser_errors.uncaught == []
