"""Live across tabs: a second tab on the same conversation sees a new message, its reply and
the new version without a reload."""

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
