"""The builder as a new user meets it: chat, watch the reply stream, see the site."""

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

LUIGIS = "Build a restaurant site called Luigi's with a menu"
NOVA = "Build a portfolio site called Nova Studio"
CONVERSATION_URL = re.compile(r"/builder/c/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

# Records the chat at every change of the page, so states that last a moment
# (the reply half written, the composer disabled) are seen however briefly
# they last. It also marks the page: a reload would lose it.
RECORD_CHAT = """() => {
  window.chatRecord = [];
  const sample = () => {
    const box = document.getElementById("message");
    // While the AI works the composer offers Stop in Send's place.
    const send = document.querySelector("#composer button.button-primary[type=submit]");
    const running = document.querySelector(".run-active .prose");
    const partial = running
      ? [...running.children].filter((c) => !c.classList.contains("typing"))
          .map((c) => c.textContent).join("\\n").trim()
      : "";
    window.chatRecord.push({
      boxDisabled: !!(box && box.disabled),
      sendDisabled: !send || send.disabled,
      running: !!running,
      partial,
    });
  };
  new MutationObserver(sample).observe(document.body, {subtree: true, childList: true, attributes: true});
}"""


def send(page: Page, text: str) -> None:
    """Type a message in the composer and press Enter."""
    # Enter sends once builder.js has run (it is deferred): until then it is a newline.
    page.wait_for_load_state("domcontentloaded")
    box = page.get_by_label("Message")
    box.fill(text)
    box.press("Enter")


def expect_reply(page: Page, replies: int) -> None:
    """Wait until the chat shows this many replies and the composer is free again."""
    expect(page.locator(".message-assistant")).to_have_count(replies)
    expect(page.get_by_label("Message")).to_be_enabled()


def expect_no_browser_errors(errors, *, except_for: str | None = None) -> None:
    """No uncaught exception, nor console error (a CSP violation shows there), but one expected."""
    assert errors.uncaught == []
    assert [text for text in errors.console if not (except_for and except_for in text)] == []


def test_a_new_user_builds_a_site_by_chatting_and_finds_it_again(page, account, browser_errors, screenshot):
    page.get_by_role("link", name="Builder").click()
    expect(page.get_by_role("heading", name="New conversation")).to_be_visible()
    expect(page.get_by_text("Your site appears here")).to_be_visible()
    page.evaluate(RECORD_CHAT)

    send(page, LUIGIS)
    expect(page.locator(".message-user .bubble-user")).to_have_text(LUIGIS)
    expect(page).to_have_url(CONVERSATION_URL)
    expect(page.locator(".message-assistant .bubble-assistant")).to_contain_text(
        "Here's Luigi's, a restaurant site"
    )
    reply = page.locator(".message-assistant .bubble-assistant").text_content().strip()
    record = page.evaluate("window.chatRecord")
    assert record is not None, "the page reloaded: the chat should update in place"
    partials = [sample["partial"] for sample in record if sample["running"] and sample["partial"]]
    assert partials, "the reply should stream in, but no partial text was shown"
    assert len(partials[0]) < len(reply), "the first text shown should be only part of the reply"
    assert reply.startswith(partials[0][:20])
    assert any(s["boxDisabled"] and s["sendDisabled"] for s in record), (
        "the composer should be disabled while the AI works"
    )
    expect(page.get_by_label("Message")).to_be_enabled()
    expect(page.get_by_role("button", name="Send")).to_be_enabled()

    preview = page.frame_locator(".preview-frame")
    expect(preview.locator("title")).to_have_js_property("text", "Luigi's")
    expect(preview.locator(".site-header .brand")).to_have_text("Luigi's")
    expect(page.locator(".version-badge")).to_have_text("Version 1 · 3 files changed")
    expect(page.locator(".preview-title")).to_contain_text("Version 1")
    expect(page.locator(".file-tree .file-link")).to_have_text(["index.html", "script.js", "styles.css"])
    expect(preview.locator("#pricing")).to_have_count(0)
    screenshot("builder-desktop")
    screenshot("builder-phone", phone=True)

    send(page, "Add a pricing section")
    expect_reply(page, 2)
    expect(page.locator(".version-badge")).to_have_text(
        ["Version 1 · 3 files changed", "Version 2 · 2 files changed"]
    )
    expect(page.locator(".preview-title")).to_contain_text("Version 2")
    expect(preview.locator("#pricing")).to_be_visible()
    conversation_url = page.url

    page.reload()
    expect(page).to_have_url(conversation_url)
    expect(page.locator(".message-user .bubble-user")).to_have_text([LUIGIS, "Add a pricing section"])
    expect(page.locator(".message-assistant")).to_have_count(2)
    expect(page.locator(".version-badge")).to_have_text(
        ["Version 1 · 3 files changed", "Version 2 · 2 files changed"]
    )
    expect(preview.locator("#pricing")).to_be_visible()

    # A second conversation builds a second site...
    page.get_by_role("link", name="+ New conversation").click()
    expect(page).to_have_url(re.compile(r"/builder/$"))
    send(page, NOVA)
    expect_reply(page, 1)
    expect(page).to_have_url(CONVERSATION_URL)
    assert page.url != conversation_url
    expect(page.locator(".version-badge")).to_have_text(re.compile(r"Version 1 · \d+ files changed"))
    expect(preview.locator("title")).to_have_js_property("text", "Nova Studio")
    sidebar = page.locator("#conversation-list .conversation-title")
    expect(sidebar).to_have_text(
        ["A portfolio site called Nova Studio", "A restaurant site called Luigi's with a menu"]
    )

    # ...and the first one carries on where it stopped.
    page.locator("#conversation-list").get_by_role("link", name="Luigi's").click()
    expect(page).to_have_url(conversation_url)
    expect(preview.locator("title")).to_have_js_property("text", "Luigi's")
    send(page, "Make it dark green")
    expect_reply(page, 3)
    expect(page.locator(".version-badge").last).to_have_text(re.compile(r"Version 3 · \d+ files? changed"))
    expect(page.locator(".preview-title")).to_contain_text("Version 3")
    expect(preview.locator("#pricing")).to_be_visible()
    expect(sidebar.first).to_have_text("A restaurant site called Luigi's with a menu")
    expect_no_browser_errors(browser_errors)


def test_the_composer_sends_on_enter_only_what_is_worth_sending(page, account, browser_errors):
    sends = []
    page.on("request", lambda request: sends.append(request) if "/builder/send" in request.url else None)
    page.goto("/builder/")
    box = page.get_by_label("Message")
    send_button = page.get_by_role("button", name="Send")

    # Empty: the browser itself refuses the form.
    send_button.click()
    assert box.evaluate("(box) => box.validity.valueMissing")
    # Only spaces: Enter does nothing; Send is answered with an error.
    box.fill("   ")
    box.press("Enter")
    with page.expect_response("**/builder/send") as response:
        send_button.click()
    assert response.value.status == 400
    expect(page.locator("#composer-error")).to_have_text("The message cannot be empty.")
    assert len(sends) == 1, "Enter should not send an empty message"
    expect(page.locator(".message-user")).to_have_count(0)

    # Shift+Enter starts a new line; Enter sends both lines as one message.
    box.fill("Hello there")
    box.press("Shift+Enter")
    box.press_sequentially("what can you do?")
    expect(box).to_have_value("Hello there\nwhat can you do?")
    box.press("Enter")
    expect_reply(page, 1)
    bubble = page.locator(".message-user .bubble-user")
    expect(bubble).to_have_count(1)
    assert bubble.text_content() == "Hello there\nwhat can you do?"
    assert len(sends) == 2
    expect(page.locator("#composer-error")).to_be_empty()
    expect(page.locator(".message-assistant")).to_contain_text("I build websites")
    expect(box).to_have_value("")
    expect_no_browser_errors(browser_errors, except_for="status of 400 (BAD REQUEST) (http://127.0.0.1")


def test_the_sidebar_filters_renames_and_deletes_conversations(page, account, browser_errors, screenshot):
    page.goto("/builder/")
    send(page, LUIGIS)
    expect_reply(page, 1)
    expect(page.locator(".version-badge")).to_contain_text("Version 1")
    luigis_url = page.url
    page.get_by_role("link", name="+ New conversation").click()
    send(page, "What can you do?")
    expect_reply(page, 1)
    titles = page.locator("#conversation-list .conversation-title")
    expect(titles).to_have_text(["What can you do", "A restaurant site called Luigi's with a menu"])

    search = page.get_by_label("Filter conversations by title")
    search.fill("luigi")
    expect(titles).to_have_text(["A restaurant site called Luigi's with a menu"])
    search.fill("nothing like this")
    expect(page.locator("#conversation-list")).to_have_text(
        "No conversation title contains “nothing like this”."
    )
    search.fill("")
    expect(titles).to_have_count(2)

    luigis = page.locator("li.conversation", has_text="Luigi's")
    luigis.get_by_label(re.compile("^Actions for")).click()
    luigis.get_by_label("Rename").fill("Luigi's trattoria")
    luigis.get_by_role("button", name="Save").click()
    expect(titles).to_have_text(["Luigi's trattoria", "What can you do"])

    page.goto(luigis_url)
    expect(page.get_by_role("heading", name="Luigi's trattoria")).to_be_visible()
    dialogs = []

    def accept(dialog):
        dialogs.append(dialog.message)
        dialog.accept()

    page.once("dialog", accept)
    luigis.get_by_label(re.compile("^Actions for")).click()
    luigis.get_by_role("button", name="Move to trash").click()
    expect(page).to_have_url(re.compile(r"/builder/$"))
    expect(page.get_by_text("The conversation is in the trash, where it can be restored.")).to_be_visible()
    assert dialogs and "the site it built is kept" in dialogs[0]
    expect(titles).to_have_text(["What can you do"])

    page.get_by_role("link", name="Home", exact=True).click()
    expect(page.locator("#sites-heading + .item-list .item-title")).to_have_text(["Luigi's"])
    expect(page.locator("#conversations-heading + .item-list .item-title")).to_have_text(["What can you do"])

    # The trash gives it back, as it was.
    page.get_by_role("link", name="Trash").click()
    trashed = page.locator(".trash-item").filter(has_text="Luigi's trattoria")
    expect(trashed).to_contain_text("Conversation")
    screenshot("trash")
    trashed.get_by_role("button", name="Restore").click()
    expect(page.get_by_role("heading", name="Luigi's trattoria")).to_be_visible()
    expect(page.get_by_text("“Luigi's trattoria” is back.")).to_be_visible()
    expect_no_browser_errors(browser_errors)
