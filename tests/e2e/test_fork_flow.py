"""A new site from an old version, as a user meets it: from the version page into the builder."""

import re

import builders
import pytest
from playwright.sync_api import expect

from webapp.services import conversations

pytestmark = pytest.mark.e2e

PAGE = "<!doctype html><html><head><title>Sweet Crumbs</title></head><body><h1>Sweet Crumbs</h1><p>{}</p>"


def test_a_user_makes_a_new_site_from_an_old_version_and_lands_in_the_builder(
    page, as_account, browser_errors, screenshot
):
    with as_account() as user:
        conversation_id = conversations.create_conversation(user, "Bakery chat").id
        site_id = builders.site(
            user,
            {"index.html": PAGE.format("Fresh bread"), "styles.css": "h1{color:brown}"},
            conversation_id=conversation_id,
            title="Sweet Crumbs",
        ).id
        builders.version(
            user,
            site_id,
            {"index.html": PAGE.format("Closed on Mondays"), "styles.css": "h1{color:red}"},
            "Red headings",
        )

    page.goto(f"/sites/{site_id}/versions/1")
    expect(page.get_by_role("heading", name="Version 1")).to_be_visible()
    screenshot("fork-version-page-desktop")
    screenshot("fork-version-page-phone", phone=True)
    page.get_by_role("button", name="New site from this version").click()

    expect(page).to_have_url(re.compile(r"/builder/c/[0-9a-f-]{36}$"))
    note = page.get_by_role("note").filter(has_text="This site started as a copy of Sweet Crumbs, version 1.")
    expect(note).to_be_visible()
    expect(page.get_by_text("Forked from Sweet Crumbs version 1")).to_be_visible()
    expect(page.frame_locator(".preview-frame").locator("p")).to_have_text("Fresh bread")
    screenshot("fork-builder-desktop")
    screenshot("fork-builder-phone", phone=True)

    page.goto(f"/sites/{site_id}/versions")
    expect(page.locator(".version-row .fork-form")).to_have_count(2)
    screenshot("fork-history-desktop")
    screenshot("fork-history-phone", phone=True)

    page.goto("/sites/")
    expect(page.locator(".site-row")).to_have_count(2)
    expect(page.get_by_role("link", name="Sweet Crumbs (copy)")).to_be_visible()
    assert browser_errors.uncaught == []
    assert browser_errors.console == []
