"""The builder with the keyboard alone, and on a phone: the drawer, skip links, focus,
"Load older" keeping the reader's place, the code viewer's line numbers."""

import re

import builders
import pytest
from playwright.sync_api import Page, expect
from support import wait_for
from test_builder_flow import LUIGIS, expect_reply, send
from test_hand_edits import CODE_EDITOR_BUNDLE

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}


def tab_to(page: Page, selector: str, *, limit: int = 40, backwards: bool = False) -> int:
    """Press Tab until the focus is on `selector`; how many presses it took."""
    key = "Shift+Tab" if backwards else "Tab"
    for presses in range(1, limit + 1):
        page.keyboard.press(key)
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return presses
    raise AssertionError(f"{selector} not reached in {limit} presses of {key}")


def expect_visible_focus(page: Page) -> None:
    """The focused control shows a solid ring at least 2px wide, not a faded one."""
    ring = page.evaluate(
        """() => { const s = getComputedStyle(document.activeElement);
          return {style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor}; }"""
    )
    assert ring["style"] == "solid" and ring["width"] >= 2, ring
    assert "rgba" not in ring["colour"], f"a see-through focus ring: {ring}"


def focused_inside(page: Page, selector: str) -> bool:
    return page.evaluate("(s) => !!document.activeElement.closest(s)", selector)


def test_the_conversations_drawer_on_a_phone_closes_every_way_and_holds_the_focus(page, account, as_account):
    with as_account() as user:
        for title in ("Bakery", "Portfolio", "Clinic"):
            current = builders.conversation(user, title).id
    page.set_viewport_size(PHONE)
    page.goto(f"/builder/c/{current}")
    page.wait_for_load_state("load")
    toggle = page.get_by_role("button", name="☰ Conversations")
    sidebar = page.locator("#sidebar")
    expect(sidebar).to_be_hidden()

    # Its button opens it, with the focus on the current conversation; Escape closes it.
    toggle.click()
    expect(sidebar).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("dialog", name="Conversations")).to_be_visible()
    expect(page.locator("#sidebar [aria-current=page]")).to_be_focused()
    for _ in range(12):  # more presses than it has controls: the focus stays inside
        page.keyboard.press("Tab")
        assert focused_inside(page, "#sidebar")
    for _ in range(12):
        page.keyboard.press("Shift+Tab")
        assert focused_inside(page, "#sidebar")
    page.keyboard.press("Escape")
    expect(sidebar).to_be_hidden()
    expect(toggle).to_be_focused()
    expect(toggle).to_have_attribute("aria-expanded", "false")

    # Its own ✕ (the drawer covers the toggle).
    page.keyboard.press("Enter")
    expect(sidebar).to_be_visible()
    page.get_by_role("button", name="Close conversations").click()
    expect(sidebar).to_be_hidden()

    # A tap outside it.
    toggle.click()
    expect(sidebar).to_be_visible()
    page.mouse.click(PHONE["width"] - 20, PHONE["height"] // 2)
    expect(sidebar).to_be_hidden()
    expect(page.get_by_role("heading", name="Clinic")).to_be_visible()  # nothing under the tap was hit


def test_load_older_messages_keeps_the_reader_on_the_message_they_were_at(page, account, as_account):
    with as_account() as user:
        conversation = builders.conversation(user, "A long chat").id
        for n in range(1, 71):
            builders.message(user, conversation, f"Message number {n}")
    page.goto(f"/builder/c/{conversation}")
    messages = page.locator("#messages")
    expect(page.locator(".message")).to_have_count(50)
    # The reader scrolls up to the oldest shown, then asks for more.
    page.evaluate("document.getElementById('messages').scrollTop = 0")
    oldest_shown = page.get_by_text("Message number 21", exact=True)
    before = oldest_shown.bounding_box()["y"]
    page.get_by_role("link", name="Load older messages").click()
    expect(page.locator(".message")).to_have_count(70)
    expect(page.get_by_text("Message number 1", exact=True)).to_be_attached()
    # The place is kept once the swap settles, which moves the focus off the gone link.
    wait_for(lambda: focused_inside(page, "#messages"), "the older messages to settle", seconds=10)
    after = oldest_shown.bounding_box()["y"]
    assert abs(after - before) < 4, f"the chat moved {after - before}px from where the reader was"
    at_bottom = messages.evaluate("(list) => list.scrollHeight - list.scrollTop - list.clientHeight < 4")
    assert not at_bottom, "the chat jumped to the newest message"
    # The focus was on the link, which is gone: it is on the list, not lost.
    assert focused_inside(page, "#messages")


def test_the_code_viewers_line_numbers_sit_beside_their_lines(page, account):
    page.goto("/builder/")
    send(page, LUIGIS)
    expect_reply(page, 1)
    page.locator(".file-tree").get_by_role("link", name="styles.css").click()
    numbers = page.locator(".file-view .linenos pre")
    code = page.locator(".file-view td.code pre")
    expect(code).to_be_visible()
    assert abs(numbers.bounding_box()["y"] - code.bounding_box()["y"]) < 1
    heights = page.evaluate(
        """() => [...document.querySelectorAll('.file-view .highlighttable pre')]
                 .map((pre) => getComputedStyle(pre).lineHeight)"""
    )
    assert len(set(heights)) == 1, heights
    lines = page.evaluate("document.querySelector('.file-view td.code pre').textContent.split('\\n').length")
    number_count = page.locator(".file-view .linenos .normal").count()
    assert abs(numbers.bounding_box()["height"] - code.bounding_box()["height"]) < 2 * 20
    assert number_count in (lines, lines - 1)


def test_the_whole_builder_works_with_the_keyboard_alone(browser, live_server, page, account):
    # Signed up in `page`; this is another browser, driven by keys only.
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 800})
    keys = context.new_page()
    try:
        keys.goto("/login")
        tab_to(keys, "#email")
        keys.keyboard.type(account.email)
        tab_to(keys, "#password")
        keys.keyboard.type(account.password)
        keys.keyboard.press("Enter")
        expect(keys.get_by_role("heading", name="Your work")).to_be_visible()

        tab_to(keys, ".topnav a[href$='/builder/']")
        expect_visible_focus(keys)
        keys.keyboard.press("Enter")
        expect(keys.get_by_role("heading", name="New conversation")).to_be_visible()
        keys.wait_for_load_state("load")

        # The skip link goes past the conversations, to the chat.
        keys.keyboard.press("Tab")
        expect(keys.get_by_role("link", name="Skip to content")).to_be_focused()
        expect_visible_focus(keys)
        keys.keyboard.press("Enter")
        assert tab_to(keys, "#message", limit=12) <= 12
        keys.keyboard.type(LUIGIS)
        keys.keyboard.press("Enter")
        expect_reply(keys, 1)

        # The preview's width, by keys; the ring is whole (not clipped by the group).
        tab_to(keys, ".segment[data-width=phone]")
        expect_visible_focus(keys)
        assert keys.evaluate("getComputedStyle(document.activeElement.parentElement).overflow") == "visible"
        keys.keyboard.press("Enter")
        expect(keys.locator(".segment[data-width=phone]")).to_have_attribute("aria-pressed", "true")
        expect(keys.locator(".preview-stage")).to_have_attribute("data-width", "phone")

        # Past the preview's own links, to the files; open one, edit it, save, done.
        tab_to(keys, ".skip-link[href='#files']")
        expect_visible_focus(keys)
        keys.keyboard.press("Enter")
        # New file, Upload images, then the first file.
        presses = tab_to(keys, ".file-link[href$='/index.html']", limit=3)
        assert presses <= 3, "the preview's links were in the way"
        keys.keyboard.press("Enter")
        expect(keys.locator(".file-view-path code")).to_have_text("index.html")
        tab_to(keys, ".file-view-path button")
        expect_visible_focus(keys)
        keys.keyboard.press("Enter")
        # The code editor takes the focus once its script has loaded (the textarea, without it).
        editor = keys.locator(".editor .cm-content" if CODE_EDITOR_BUNDLE.exists() else "#editor-content")
        expect(editor).to_be_focused()
        keys.keyboard.press("Control+End")
        keys.keyboard.type("<!-- typed without a mouse -->")
        expect(keys.locator("#editor-content")).to_have_value(re.compile("typed without a mouse"))
        keys.keyboard.press("Control+s")
        expect(keys.locator("#edit-status")).to_contain_text(re.compile("Saved", re.I))
        tab_to(keys, "[data-close-edits]", backwards=True)  # Done sits just before the editor
        keys.keyboard.press("Enter")
        expect(keys.locator(".file-view-path button")).to_have_text("Edit")
        expect(keys.locator(".file-view")).to_contain_text("typed without a mouse")
    finally:
        context.close()
