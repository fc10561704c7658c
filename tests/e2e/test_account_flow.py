"""The account as a user meets it: from the email in the navigation, change the password
(another browser is logged out by it), log out everywhere; reset a forgotten password by
the emailed link; download everything, then delete the account."""

from pathlib import Path

import pytest
from mail_server import link_in
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

NEW_PASSWORD = "a brand new passphrase"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"


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
        expect(page.get_by_role("heading", name="Your account", exact=True)).to_be_visible()
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


def test_a_forgotten_password_is_reset_by_the_emailed_link_and_the_old_session_ends(
    page, account, browser, live_server, mail_server, screenshot
):
    # `page` stays signed in: the session a thief might hold.
    other = browser.new_context(base_url=live_server.url)
    try:
        phone = other.new_page()
        phone.set_viewport_size({"width": 390, "height": 844})
        phone.goto("/login")
        phone.get_by_role("link", name="Forgot your password?").click()
        expect(phone.get_by_role("heading", name="Forgot your password?")).to_be_visible()
        phone.get_by_label("Email").fill(account.email)
        phone.get_by_role("button", name="Send me a link").click()
        expect(phone.get_by_role("heading", name="Check your email")).to_be_visible()
        expect(phone.get_by_text(account.email)).to_be_visible()
        phone.screenshot(path=ARTIFACTS / "check-email-phone.png")

        # The first email made the account; the second holds the reset link.
        email = mail_server.wait_for_message(account.email, count=2)
        assert email["Subject"] == "Reset your Keepsite password"
        phone.goto(link_in(email))
        expect(phone.get_by_role("heading", name="Choose a new password")).to_be_visible()
        phone.get_by_label("Password", exact=True).fill("short")
        phone.get_by_label("Confirm password").fill("short")
        phone.get_by_role("button", name="Set new password").click()
        expect(phone.get_by_text("Choose a password of at least 8 characters.")).to_be_visible()
        phone.get_by_label("Password", exact=True).fill(NEW_PASSWORD)
        phone.get_by_label("Confirm password").fill(NEW_PASSWORD)
        phone.get_by_role("button", name="Set new password").click()
        account.password = NEW_PASSWORD
        expect(phone.get_by_text("Your password is changed.")).to_be_visible()
        expect(phone.get_by_role("heading", name="Your work")).to_be_visible()

        # The link works once.
        phone.goto(link_in(email))
        expect(phone.get_by_text("This link was used already")).to_be_visible()
    finally:
        other.close()

    # The session from before the reset is refused.
    page.goto("/builder/")
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()


def test_a_user_downloads_their_data_then_deletes_the_account(page, account, screenshot):
    page.goto("/account")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download all my data").click()
    assert download.value.suggested_filename.startswith("keepsite-data-")

    page.get_by_label("Your password", exact=True).fill("not my password")
    page.get_by_label("I understand").check()
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text("That is not your password. Nothing was deleted.")).to_be_visible()
    screenshot("account-delete-error", scroll_to="#delete-heading")

    page.get_by_label("Your password", exact=True).fill(account.password)
    page.get_by_label("I understand").check()
    page.get_by_role("button", name="Delete my account").click()
    account.deleted = True
    expect(page.get_by_text("Your account is deleted")).to_be_visible()
    page.goto("/login")
    page.get_by_label("Email").fill(account.email)
    page.get_by_label("Password").fill(account.password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_text("That email and password do not match an account.")).to_be_visible()
