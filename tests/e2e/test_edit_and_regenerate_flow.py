"""Edit and Regenerate: the last answer asked for again, the last message sent again changed;
what they replace stays one click away, and versions keep counting."""

import pytest
from playwright.sync_api import expect
from test_builder_flow import LUIGIS, expect_no_browser_errors, send

pytestmark = pytest.mark.e2e


def test_regenerate_then_edit_keep_every_answer_reachable_and_number_them(
    page, account, browser_errors, screenshot
):
    page.goto("/builder/")
    send(page, LUIGIS)
    expect(page.locator(".version-badge")).to_have_text("Version 1 · 3 files changed")
    expect(page.get_by_label("Message")).to_be_enabled()

    page.evaluate("window.notReloaded = true")
    page.get_by_role("button", name="Regenerate").click()
    expect(page.get_by_text("Answer 2 of 2", exact=True)).to_be_visible()
    expect(page.get_by_label("Message")).to_be_enabled()
    first = page.locator("details.message-replaced.message-assistant")
    expect(first.locator("summary")).to_have_text("Answer 1 of 2 · replaced by a newer answer")
    expect(first.locator(".bubble-assistant")).to_be_hidden()  # folded, one click away
    # The new answer started from the same (empty) files; the offline AI wrote the same
    # site again, so there is no new version to show.
    expect(page.locator("article.message-assistant .version-badge")).to_have_count(0)
    first.locator("summary").click()
    expect(first.locator(".bubble-assistant")).to_contain_text("Luigi's")
    expect(first.locator(".version-badge")).to_have_text("Version 1 · 3 files changed")
    expect(page.locator(".preview-title")).to_contain_text("Version 1")

    page.locator("#edit-offer summary").click()
    box = page.get_by_label("Edit what you sent")
    expect(box).to_have_value(LUIGIS)
    box.fill("Build a restaurant site called Mario's with a menu")
    page.get_by_role("button", name="Send edited").click()
    expect(page.get_by_text("Edited · 2 of 2")).to_be_visible()
    expect(page.get_by_text("Answer 3 of 3", exact=True)).to_be_visible()
    expect(page.get_by_label("Message")).to_be_enabled()
    earlier = page.locator("details.message-replaced.message-user")
    expect(earlier.locator("summary")).to_have_text("Your message before you edited it · 1 of 2")
    expect(page.locator("details.message-replaced.message-assistant summary")).to_have_text(
        ["Answer 1 of 3 · replaced by a newer answer", "Answer 2 of 3 · replaced by a newer answer"]
    )
    # A changed site: the next version's number.
    expect(page.locator("article.message-assistant .version-badge")).to_contain_text("Version 2 ·")
    expect(page.locator(".preview-title")).to_contain_text("Version 2")
    expect(page.frame_locator(".preview-frame").locator(".site-header .brand")).to_have_text("Mario's")
    # Both were drawn in place: the page never reloaded.
    assert page.evaluate("window.notReloaded") is True
    screenshot("builder-edit-regenerate")
    screenshot("builder-edit-regenerate-phone", phone=True)

    # Reloaded, the same: nothing was deleted.
    page.reload()
    expect(page.locator("details.message-replaced")).to_have_count(3)
    expect(page.get_by_text("Answer 3 of 3", exact=True)).to_be_visible()
    expect_no_browser_errors(browser_errors)
