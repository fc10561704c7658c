"""A site's whole history as a new user meets it, in one journey: three AI turns and a
hand edit, every version in the chat and the history, compare in code and rendered,
restore, undo and redo in the builder, a label, a fork carried on, and a conversation
moved to the trash and brought back. Nothing along the way is ever lost."""

import re

import pytest
from playwright.sync_api import Page, expect
from test_builder_flow import LUIGIS, expect_no_browser_errors, expect_reply, send

# code_editor_built is an autouse fixture: imported, it skips this journey too without the editor.
from test_hand_edits import code_editor_built, open_editor, type_at_end  # noqa: F401

pytestmark = pytest.mark.e2e

HAND_MADE = ".hand-made { color: teal; }"


def badges(page: Page):
    """The version badges of the chat, in the order they happened."""
    return page.locator("#messages .version-badge")


def test_a_new_user_builds_compares_restores_undoes_forks_labels_and_trashes(
    page, account, browser_errors, screenshot
):
    # Three AI turns...
    page.goto("/builder/")
    send(page, LUIGIS)
    expect_reply(page, 1)
    send(page, "Add a pricing section")
    expect_reply(page, 2)
    send(page, "Add an FAQ section")
    expect_reply(page, 3)
    conversation_url = page.url

    # ...and a hand edit, which becomes version 4 when Done ends it.
    code = open_editor(page, "styles.css")
    type_at_end(page, code, HAND_MADE)
    page.keyboard.press("Control+s")
    expect(page.locator("#edit-status")).to_have_text("All changes saved")
    page.get_by_role("button", name="Done").click()
    expect(page.locator(".version-event").filter(has_text="You edited styles.css")).to_be_visible()

    # Every version in the chat, in order: numbers never jump.
    expect(badges(page)).to_have_text([re.compile(rf"^\s*Version {n} ·") for n in (1, 2, 3, 4)])

    # ...and in the history, with their kinds.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sites").click()
    page.get_by_role("link", name="Luigi's").first.click()
    site_url = page.url
    page.get_by_role("link", name="Full history").click()
    expect(page.locator(".version-row .version-number")).to_have_text(
        ["Version 4", "Version 3", "Version 2", "Version 1"]
    )
    expect(page.locator("#version-4")).to_contain_text("Edited")
    expect(page.locator("#version-1")).to_contain_text("Generated")

    # Label a version in place.
    row = page.locator("#version-3")
    row.get_by_text("Add label").click()
    row.get_by_role("textbox", name=re.compile("^Label")).fill("Sent to client")
    row.get_by_role("button", name="Save").click()
    expect(row.locator(".badge-label")).to_have_text("Sent to client")

    # Compare versions 1 and 3: the code, then both rendered.
    page.locator("#compare-from").fill("1")
    page.locator("#compare-to").fill("3")
    page.locator(".compare-form").get_by_role("button", name="Compare").click()
    expect(page).to_have_url(re.compile(r"/compare\?from=1&to=3"))
    expect(page.locator("tr.diff-added").first).to_be_visible()
    page.get_by_role("link", name="Rendered").click()
    frames = page.locator("iframe.compare-frame")
    expect(frames).to_have_count(2)
    expect(page.frame_locator("iframe.compare-frame").nth(1).locator("#pricing")).to_be_visible()
    expect(page.frame_locator("iframe.compare-frame").nth(0).locator("#pricing")).to_have_count(0)
    screenshot("journey-compare-rendered")

    # Restore version 2: it comes back as version 5; nothing is deleted.
    page.goto(f"{site_url}/versions/2")
    page.get_by_text("Restore this version…").click()
    page.get_by_role("button", name="Restore version 2").click()
    expect(page.get_by_text("Restored version 2 as version 5.")).to_be_visible()

    # The builder shows the restore where it happened, and offers Undo, then Redo.
    page.goto(conversation_url)
    expect(badges(page)).to_have_text([re.compile(rf"^\s*Version {n} ·") for n in (1, 2, 3, 4, 5)])
    expect(page.locator("#version-5")).to_contain_text("Restored version 2")
    page.locator("#version-5").get_by_role("button", name="Undo").click()
    expect(page.get_by_text("Version 4 is back, as version 6.")).to_be_visible()
    expect(page.frame_locator(".preview-frame").locator("#faq")).to_be_visible()
    page.locator("#version-6").get_by_role("button", name="Redo").click()
    expect(page.get_by_text("Version 5 is back, as version 7.")).to_be_visible()
    expect(page.frame_locator(".preview-frame").locator("#faq")).to_have_count(0)
    screenshot("journey-undo-redo")
    screenshot("journey-undo-redo-phone", phone=True)

    # Fork version 3 and carry it on: the fork's next message makes its version 2.
    page.goto(f"{site_url}/versions/3")
    page.get_by_role("button", name="New site from this version").click()
    expect(page.get_by_text("This site started as a copy of Luigi's, version 3.")).to_be_visible()
    send(page, "Add a newsletter section")
    expect_reply(page, 1)
    expect(page.locator(".preview-title")).to_contain_text("Version 2")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sites").click()
    page.get_by_role("link", name="Luigi's (copy)").click()
    expect(page.locator(".site-origin")).to_contain_text("Forked from Luigi's, version 3")
    page.locator(".site-origin").get_by_role("link").click()
    expect(page).to_have_url(f"{site_url}/versions/3")
    expect(page.locator(".badge-label")).to_have_text("Sent to client")

    # Trash the first conversation, then bring it back from the trash as it was.
    page.goto(conversation_url)
    page.once("dialog", lambda dialog: dialog.accept())
    chat = page.locator("li.conversation.is-current")
    chat.get_by_label(re.compile("^Actions for")).click()
    chat.get_by_role("button", name="Move to trash").click()
    expect(page.get_by_text("The conversation is in the trash, where it can be restored.")).to_be_visible()
    page.goto(site_url)  # the site stays, its seven versions with it
    expect(page.locator(".history-cost")).to_contain_text("7 versions")
    page.goto("/trash/")
    page.locator(".trash-item").filter(has_text="Conversation").get_by_role("button", name="Restore").click()
    expect(page).to_have_url(conversation_url)
    expect(badges(page)).to_have_text([re.compile(rf"^\s*Version {n} ·") for n in range(1, 8)])
    expect_no_browser_errors(browser_errors)
