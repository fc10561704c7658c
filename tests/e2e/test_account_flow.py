"""The account page as a user meets it: from the email in the navigation, change the
password (another browser is logged out by it), then log out everywhere."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

NEW_PASSWORD = "a brand new passphrase"


def test_a_user_changes_the_password_and_logs_out_everywhere(page, account, browser, live_server, screenshot):
    other = browser.new_context(base_url=live_server.url)
    try:
        laptop = other.new_page()
        laptop.goto("/login")
        laptop.get_by_label("Email").fill(account.email)
        laptop.get_by_label("Password").fill(account.password)
        laptop.get_by_role("button", name="Log in").click()
        expect(laptop.get_by_role("heading", name="Your work")).to_be_visible()

        page.get_by_role("link", name=account.email).click()
        expect(page.get_by_role("heading", name="Your account")).to_be_visible()
        expect(page.locator(".session-list li")).to_have_count(2)
        page.get_by_label("Current password").fill("not my password")
        page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
        page.get_by_label("Confirm the new password").fill(NEW_PASSWORD)
        page.get_by_role("button", name="Change password").click()
        expect(page.get_by_text("That is not your current password. Nothing was changed.")).to_be_visible()
        screenshot("account-error-phone", phone=True)

        page.get_by_label("Current password").fill(account.password)
        page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
        page.get_by_label("Confirm the new password").fill(NEW_PASSWORD)
        page.get_by_role("button", name="Change password").click()
        account.password = NEW_PASSWORD  # the fixture deletes the account with it afterwards
        expect(page.get_by_text("Your password is changed. 1 other session ended.")).to_be_visible()
        expect(page.locator(".session-list li")).to_have_count(1)
        screenshot("account-desktop")
        screenshot("account-phone", phone=True)
        # The other browser was logged out by the change.
        laptop.goto("/builder/")
        expect(laptop.get_by_role("heading", name="Log in")).to_be_visible()
    finally:
        other.close()

    page.get_by_role("button", name="Log out everywhere").click()
    expect(page.get_by_text("You are logged out everywhere")).to_be_visible()
    page.goto("/builder/")
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
