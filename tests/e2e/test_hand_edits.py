"""Editing a site's files by hand in the builder's code editor."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from test_builder_flow import LUIGIS, expect_no_browser_errors, expect_reply, send

pytestmark = pytest.mark.e2e

CODE_EDITOR_BUNDLE = Path(__file__).resolve().parents[2] / "static" / "vendor" / "editor.js"

HAND_MADE = '<p id="hand-made">Made by hand</p>'


@pytest.fixture(autouse=True)
def code_editor_built() -> None:
    """These tests drive the code editor, which `make install` builds when npm is there."""
    if not CODE_EDITOR_BUNDLE.exists():
        reason = f"The code editor was not built ({CODE_EDITOR_BUNDLE.name}): install npm, then make install."
        if os.environ.get("CI"):
            pytest.fail(reason + " CI must run these tests.")
        pytest.skip(reason)


def build_a_site(page: Page) -> None:
    page.goto("/builder/")
    send(page, LUIGIS)
    expect_reply(page, 1)
    expect(page.locator(".preview-title")).to_contain_text("Version 1")


def open_editor(page: Page, path: str):
    """Open a file of the site in Edit mode; return the code editor's text area."""
    page.locator(".file-tree").get_by_role("link", name=path).click()
    expect(page.locator(".file-view-path code")).to_have_text(path)
    page.get_by_role("button", name="Edit").click()
    # The code editor replaces the form's textarea once its script has loaded.
    code = page.locator(".editor .cm-content")
    expect(code).to_be_visible()
    expect(code).to_have_accessible_name(f"Edit {path}")
    expect(page.locator("#editor-content")).to_be_hidden()
    return code


def expect_editor_text(page: Page, text: str) -> None:
    """The editor's whole text holds `text`. (CodeMirror shows only the lines in
    view, so its DOM cannot tell; the form's textarea follows every change.)"""
    expect(page.locator("#editor-content")).to_have_value(re.compile(re.escape(text)))


def type_at_end(page: Page, code, text: str) -> None:
    code.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type(text)


def test_a_hand_edit_autosaves_shows_in_the_preview_and_the_ai_builds_on_it(
    page, account, browser_errors, screenshot
):
    build_a_site(page)
    code = open_editor(page, "index.html")
    # A code editor, not the bare textarea: line numbers and highlighted HTML.
    expect(
        page.locator(".editor .cm-lineNumbers .cm-gutterElement").filter(has_text=re.compile(r"^1$"))
    ).to_have_count(1)
    expect(code).to_be_focused()
    expect(code).to_contain_text("<title>Luigi's</title>")

    type_at_end(page, code, HAND_MADE)
    # Ctrl+S saves at once, well before the autosave's pause is over.
    with page.expect_request(lambda r: r.method == "POST" and r.url.endswith("/edits"), timeout=400):
        page.keyboard.press("Control+s")
    expect(page.locator("#edit-status")).to_have_text("All changes saved")
    preview = page.frame_locator(".preview-frame")
    expect(preview.locator("#hand-made")).to_have_text("Made by hand")
    screenshot("editor-desktop")
    screenshot("editor-phone", phone=True, scroll_to=".editor")

    # Done ends the burst: one version of kind "edited"; the next message works on it.
    page.get_by_role("button", name="Done").click()
    expect(page.locator(".file-view td.code")).to_contain_text("Made by hand")
    send(page, "Add a pricing section")
    expect_reply(page, 2)
    expect(page.locator(".preview-title")).to_contain_text("Version 3")
    expect(preview.locator("#pricing")).to_be_visible()
    expect(preview.locator("#hand-made")).to_have_text("Made by hand")
    expect_no_browser_errors(browser_errors)


def test_typing_survives_a_reload_straight_after_it(page, account, browser_errors):
    build_a_site(page)
    code = open_editor(page, "styles.css")
    type_at_end(page, code, ".kept { color: teal; }")
    # No waiting for the autosave: the page is left at once.
    page.reload()
    code = open_editor(page, "styles.css")
    expect_editor_text(page, ".kept { color: teal; }")
    expect_no_browser_errors(browser_errors)


def test_a_second_tab_editing_stale_files_is_refused_and_keeps_its_text(page, account, browser_errors):
    build_a_site(page)
    other = page.context.new_page()
    other.goto(page.url)
    first_code = open_editor(page, "index.html")
    second_code = open_editor(other, "index.html")

    type_at_end(page, first_code, "<p>first tab</p>")
    expect(page.locator("#edit-status")).to_have_text("All changes saved")
    type_at_end(other, second_code, "<p>second tab</p>")
    status = other.locator("#edit-status")
    expect(status).to_contain_text("These files changed since you opened them")
    expect(status).to_have_attribute("role", "alert")
    expect_editor_text(other, "<p>second tab</p>")
    expect(second_code).to_contain_text("<p>second tab</p>")  # still in view, where it was typed
    # The first tab's text is what was saved.
    expect(page.frame_locator(".preview-frame").get_by_text("first tab")).to_be_visible()
    expect(page.frame_locator(".preview-frame").get_by_text("second tab")).to_have_count(0)
    other.close()
    expect_no_browser_errors(browser_errors)


def test_the_splitter_gives_the_editor_more_room_and_keeps_it(page, account, browser_errors, screenshot):
    build_a_site(page)
    open_editor(page, "styles.css")
    splitter = page.get_by_role("separator", name="Resize the preview and the files")
    files = page.locator(".files")
    before = files.bounding_box()["height"]

    # Dragged up by the mouse: the files (and the editor) grow, the preview shrinks.
    box = splitter.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] - 150, steps=5)
    page.mouse.up()
    after_drag = files.bounding_box()["height"]
    assert after_drag > before + 100
    share = int(splitter.get_attribute("aria-valuenow"))
    assert share < 62

    # And by the keyboard, within its bounds.
    splitter.focus()
    page.keyboard.press("Home")
    expect(splitter).to_have_attribute("aria-valuenow", "20")
    page.keyboard.press("ArrowDown")
    expect(splitter).to_have_attribute("aria-valuenow", "25")
    screenshot("editor-resized")

    # A reload keeps the share.
    page.reload()
    expect(page.get_by_role("separator", name="Resize the preview and the files")).to_have_attribute(
        "aria-valuenow", "25"
    )
    expect_no_browser_errors(browser_errors)
