"""Stop: the user stops an answer while it streams; nothing from it stays, and the chat goes on.

These tests have an app of their own whose AI writes slowly, so an answer is
still streaming when Stop is pressed.
"""

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def live_server(serve_app):
    """The app with an AI that takes about ten seconds for a reply."""
    with serve_app("-slow-ai", AI_OFFLINE_DELAY_SECONDS="0.3") as server:
        yield server


def send(page: Page, text: str) -> None:
    page.wait_for_load_state("domcontentloaded")
    box = page.get_by_label("Message")
    box.fill(text)
    box.press("Enter")


def test_stop_mid_answer_keeps_the_message_saves_nothing_and_the_chat_goes_on(
    page, account, as_account, browser_errors, screenshot
):
    page.goto("/builder/")
    send(page, "Build a restaurant site called Luigi's with a menu")
    streaming = page.locator(".run-active .prose p:not(.typing)")
    expect(streaming.first).to_be_visible()  # part of the answer is showing
    stop = page.get_by_role("button", name="Stop")
    expect(stop).to_be_enabled()
    expect(page.get_by_label("Message")).to_be_disabled()
    screenshot("builder-stop-offered")
    stop.click()

    expect(page.get_by_text("You stopped this answer.")).to_be_visible()
    expect(page.locator(".run-active")).to_have_count(0)
    expect(page.locator(".message-assistant")).to_have_count(0)
    expect(page.locator(".message-user .bubble-user")).to_have_text(
        "Build a restaurant site called Luigi's with a menu"
    )
    box = page.get_by_label("Message")
    expect(box).to_be_enabled()
    expect(page.get_by_role("button", name="Send")).to_be_enabled()
    expect(page.get_by_text("Your site appears here")).to_be_visible()
    # The message may be edited and sent again (its first version stays).
    expect(page.locator("#edit-offer summary")).to_have_text("Edit")
    screenshot("builder-stopped")
    screenshot("builder-stopped-phone", phone=True)

    # Reloaded, it is the same: the stop was kept, and nothing from the answer was.
    page.reload()
    expect(page.get_by_text("You stopped this answer.")).to_be_visible()
    expect(page.locator(".message-assistant")).to_have_count(0)
    with as_account() as user:
        from webapp.services import sites

        assert sites.get_sites(user) == []

    # Retry starts the answer again; this time it is left to finish... then a new message, stopped
    # while it waits, does not hold up the one after it.
    page.get_by_role("button", name="Retry").click()
    expect(page.get_by_role("button", name="Stop")).to_be_visible()
    expect(page.locator(".message-assistant")).to_have_count(1, timeout=40_000)
    expect(page.get_by_label("Message")).to_be_enabled()
    expect(page.locator(".version-badge")).to_have_text("Version 1 · 3 files changed")
    assert browser_errors.uncaught == [] and browser_errors.console == []
