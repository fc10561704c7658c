"""A start that helps: the welcome page's real example, and starting points that fill the composer."""

import re

import pytest
from playwright.sync_api import expect
from test_builder_flow import expect_reply

pytestmark = pytest.mark.e2e

BAKERY_PROMPT = re.compile(r"^A landing page for my bakery called Sweet Crumbs")


def test_the_welcome_page_shows_a_site_the_builder_made(page, screenshot):
    page.goto("/")
    example = page.frame_locator(".example-frame")
    expect(example.locator(".site-header .brand")).to_have_text("Sweet Crumbs")
    expect(page.get_by_text("Made from one sentence")).to_be_visible()
    screenshot("welcome-desktop")
    screenshot("welcome-phone", phone=True)


def test_a_starting_point_fills_the_composer_and_sends_nothing_until_asked(page, account):
    # From the home page, on a phone: the builder opens with the prompt waiting in the composer.
    page.set_viewport_size({"width": 390, "height": 844})
    expect(page.get_by_role("link", name=re.compile("^A bakery"))).to_be_visible()
    page.get_by_role("link", name=re.compile("^A bakery")).click()
    expect(page).to_have_url(re.compile(r"/builder/\?prompt="))
    expect(page.get_by_label("Message")).to_have_value(BAKERY_PROMPT)
    expect(page.locator(".message")).to_have_count(0)

    # The empty chat reads from its top (its welcome first); a click on a starting point
    # fills the composer in place (no page load), focused.
    page.wait_for_load_state("load")
    assert page.locator("#messages").evaluate("(list) => list.scrollTop") == 0
    expect(page.get_by_text("Describe the website you want")).to_be_in_viewport()
    page.evaluate("window.stayedHere = true")
    page.get_by_role("link", name=re.compile("^A clinic")).click()
    box = page.get_by_label("Message")
    expect(box).to_have_value(re.compile("^A website for Greenway Family Clinic"))
    expect(box).to_be_focused()
    assert page.evaluate("window.stayedHere === true")
    expect(page.locator(".message")).to_have_count(0)
    box.press("Enter")
    expect_reply(page, 1)
    expect(page.frame_locator(".preview-frame").locator("title")).to_have_js_property(
        "text", "Greenway Family Clinic"
    )
