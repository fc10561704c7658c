"""Live across tabs: a second tab on the same conversation sees a new message, its reply and
the new version without a reload."""

import builders
import pytest
from playwright.sync_api import expect
from test_builder_flow import LUIGIS, expect_no_browser_errors, expect_reply, send

pytestmark = pytest.mark.e2e


def test_a_second_tab_sees_a_new_message_its_reply_and_version_without_a_reload(
    page, context, account, browser_errors, screenshot
):
    page.goto("/builder/")
    send(page, LUIGIS)
    expect_reply(page, 1)
    other = context.new_page()
    other.goto(page.url)
    expect(other.locator(".message-assistant")).to_have_count(1)
    other.evaluate("window.notReloaded = true")

    send(page, "Add a pricing section")
    expect_reply(page, 2)

    expect(other.locator(".message-user .bubble-user")).to_have_text([LUIGIS, "Add a pricing section"])
    expect(other.locator(".message-assistant")).to_have_count(2)
    expect(other.locator(".version-badge")).to_have_text(
        ["Version 1 · 3 files changed", "Version 2 · 2 files changed"]
    )
    expect(other.locator(".preview-title")).to_contain_text("Version 2")
    expect(other.frame_locator(".preview-frame").locator("#pricing")).to_be_visible()
    assert other.evaluate("window.notReloaded") is True

    # And the other way round, with a draft in the first tab's composer left as it was.
    page.get_by_label("Message").fill("A draft")
    other.get_by_label("Message").fill("Make it dark green")
    other.get_by_label("Message").press("Enter")
    expect(page.locator(".message-user .bubble-user")).to_have_count(3)
    expect(page.locator(".message-assistant")).to_have_count(3)
    expect(page.get_by_label("Message")).to_have_value("A draft")
    other.close()
    expect_no_browser_errors(browser_errors)


def test_news_from_another_tab_keeps_the_older_messages_loaded_and_the_readers_place(
    page, account, as_account, browser_errors
):
    with as_account() as user:
        conversation = builders.conversation(user, "A long chat").id
        for n in range(1, 71):
            builders.message(user, conversation, f"Message number {n}")
    page.goto(f"/builder/c/{conversation}")
    page.get_by_role("link", name="Load older messages").click()
    expect(page.locator(".message")).to_have_count(70)
    # The reader goes back to an old message and reads there.
    reading = page.get_by_text("Message number 30", exact=True)
    reading.scroll_into_view_if_needed()
    before = reading.bounding_box()["y"]

    with as_account() as user:
        builders.message(user, conversation, "Sent from another tab")

    expect(page.locator(".bubble-user", has_text="Sent from another tab")).to_be_attached()
    expect(page.locator(".message")).to_have_count(71)  # the older ones stay loaded
    assert abs(reading.bounding_box()["y"] - before) < 4, "the chat moved away from the reader"
    expect_no_browser_errors(browser_errors)


def test_news_from_another_tab_keeps_an_unfolded_answer_open(page, context, account, browser_errors):
    page.goto("/builder/")
    send(page, LUIGIS)
    expect_reply(page, 1)
    page.get_by_role("button", name="Regenerate").click()
    expect(page.get_by_text("Answer 2 of 2", exact=True)).to_be_visible()
    expect(page.get_by_label("Message")).to_be_enabled()
    other = context.new_page()
    other.goto(page.url)
    fold = other.locator("details.message-replaced.message-assistant")
    fold.locator("summary").click()
    expect(fold.locator(".bubble-assistant")).to_be_visible()

    send(page, "Add a pricing section")
    expect(other.locator(".message-user .bubble-user")).to_have_count(2)
    expect(other.locator("article.message-assistant")).to_have_count(2)
    expect(fold.locator(".bubble-assistant")).to_be_visible()  # still unfolded
    other.close()
    expect_no_browser_errors(browser_errors)


def test_news_from_another_tab_keeps_the_open_file_and_waits_for_an_editor(
    page, context, account, browser_errors
):
    page.goto("/builder/")
    send(page, LUIGIS)
    expect_reply(page, 1)
    other = context.new_page()
    other.goto(page.url)
    other.locator(".file-tree").get_by_role("link", name="styles.css").click()
    expect(other.locator(".file-view-path code")).to_have_text("styles.css")

    send(page, "Add a pricing section")
    expect_reply(page, 2)
    expect(other.locator(".preview-title")).to_contain_text("Version 2")
    expect(other.locator(".file-view-path code")).to_have_text("styles.css")  # still open

    # In Edit mode, the news waits: the editor is not taken away mid-typing.
    other.locator(".file-view-path").get_by_role("button", name="Edit").click()
    expect(other.locator("#editor")).to_be_visible()
    send(page, "Make it dark green")
    expect_reply(page, 3)
    other.wait_for_timeout(4000)  # more than one round of live updates (every 3 s)
    expect(other.locator("#editor")).to_be_visible()
    expect(other.locator(".preview-title")).to_contain_text("Version 2")
    # Done: the news arrives.
    other.get_by_role("button", name="Done").click()
    expect(other.locator(".preview-title")).to_contain_text("Version 3")
    other.close()
    expect_no_browser_errors(browser_errors)
