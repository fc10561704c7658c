"""A generated site is hostile by assumption: in the preview it must not reach the app.

The site here is written to attack: it reads cookies and storage, reaches
into the builder page around it, calls the app as the signed-in user and
navigates the builder away. It writes what happened into its own page, and
the tests read that from the preview.
"""

import json
import uuid
from collections.abc import Iterator

import builders
import pytest
from playwright.sync_api import Frame, FrameLocator, Page, expect

from webapp.services import conversations

pytestmark = pytest.mark.e2e

ATTACK = """
(async () => {
  const results = {};
  const attempt = (name, action) => {
    try { results[name] = {ok: true, value: String(action())}; }
    catch (error) { results[name] = {ok: false, error: error.name}; }
  };
  attempt("cookie", () => document.cookie);
  attempt("storage", () => localStorage.length);
  attempt("parent", () => parent.document.body.innerHTML.length);
  if (window.top !== window.self) {
    attempt("navigate", () => { top.location = "/logout"; return "asked"; });
  }
  for (const [name, url] of [["home", "/"], ["builder", "/builder/"]]) {
    try {
      const response = await fetch(url, {credentials: "include"});
      const text = await response.text();
      results[name] = {ok: true, status: response.status, length: text.length,
                       signedIn: text.includes(EMAIL) || text.includes("Log out")};
    } catch (error) {
      results[name] = {ok: false, error: error.name};
    }
  }
  try {
    // A plain POST goes out without asking first; only the CSRF check stops it.
    const response = await fetch("/logout", {method: "POST", credentials: "include"});
    results.logout = {ok: true, status: response.status};
  } catch (error) {
    results.logout = {ok: false, error: error.name};
  }
  document.getElementById("results").textContent = JSON.stringify(results);
})();
"""


def hostile_page(email: str) -> str:
    """The attacking index.html, looking for this user's email in what it reads."""
    script = ATTACK.replace("EMAIL", json.dumps(email))
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Free prizes</title></head>'
        f'<body><h1>Free prizes</h1><pre id="results"></pre><script>{script}</script></body></html>'
    )


@pytest.fixture
def hostile_conversation(account, as_account) -> uuid.UUID:
    """The id of the user's conversation whose site attacks whoever previews it."""
    with as_account() as user:
        conversation_id = conversations.create_conversation(user, "Free prizes").id
        builders.site(
            user,
            {"index.html": hostile_page(account.email)},
            conversation_id=conversation_id,
            title="Free prizes",
        )
        return conversation_id


@pytest.fixture
def stranger(context) -> Iterator[Page]:
    """A tab that has never loaded the app: about:blank, of an origin other than the app's."""
    page = context.new_page()
    yield page
    page.close()


def framed_by(stranger: Page, url: str) -> Frame:
    """Load `url` in an iframe of the stranger's page; return that frame."""
    stranger.set_content(f'<iframe src="{url}" title="framed"></iframe>')
    (frame,) = stranger.main_frame.child_frames
    return frame


def assert_refused(frame: Frame) -> None:
    """Chromium shows its own error page in a frame whose page refuses to be framed there."""
    assert frame.url.startswith("chrome-error://"), frame.url
    assert "Keepsite" not in frame.content()


def attack_results(frame: Page | FrameLocator) -> dict:
    """What the hostile page reports it managed, once it has tried everything."""
    results = frame.locator("#results")
    expect(results).not_to_be_empty()
    return json.loads(results.text_content())


def assert_cannot_reach_the_app(results: dict) -> None:
    """The page read no cookie nor storage, and the app's pages were not readable to it."""
    assert results["cookie"] == {"ok": False, "error": "SecurityError"}
    assert results["storage"] == {"ok": False, "error": "SecurityError"}
    for name in ("home", "builder"):
        fetched = results[name]
        assert not fetched["ok"] or (not fetched["signedIn"] and fetched["length"] == 0), fetched


def test_a_previewed_site_cannot_reach_the_app_or_the_page_around_it(page, account, hostile_conversation):
    page.goto(f"/builder/c/{hostile_conversation}")
    builder_url = page.url
    page.evaluate("window.stillHere = true")
    preview = page.frame_locator(".preview-frame")
    expect(preview.get_by_role("heading", name="Free prizes")).to_be_visible()

    results = attack_results(preview)
    assert_cannot_reach_the_app(results)
    assert results["parent"] == {"ok": False, "error": "SecurityError"}
    assert results["navigate"] == {"ok": False, "error": "SecurityError"}
    # Had the navigation been let through, the builder would be unloading by
    # now; give it a moment to show before checking that it did not.
    page.wait_for_timeout(500)
    expect(page).to_have_url(builder_url)
    assert page.evaluate("window.stillHere") is True
    expect(page.get_by_label("Message")).to_be_visible()
    # Nor did it sign the user out.
    page.reload()
    expect(page).to_have_url(builder_url)
    expect(page.get_by_text(account.email)).to_be_visible()


def test_a_preview_opened_in_its_own_tab_is_sandboxed_too(
    page, context, stranger, live_server, hostile_conversation
):
    page.goto(f"/builder/c/{hostile_conversation}")
    link = page.get_by_role("link", name="Open in new tab")
    preview_url = live_server.url + link.get_attribute("href")
    assert "/preview/" in preview_url

    with context.expect_page() as opened:
        link.click()
    tab = opened.value
    try:
        expect(tab).to_have_url(preview_url)
        expect(tab.get_by_role("heading", name="Free prizes")).to_be_visible()
        results = attack_results(tab)
        assert_cannot_reach_the_app(results)
        assert "navigate" not in results  # a tab of its own is the site's to navigate
        reading = "() => { try { return document.cookie } catch (error) { return error.name } }"
        assert tab.evaluate(reading) == "SecurityError"
    finally:
        tab.close()

    # The builder's own pages may frame a preview; no other site may.
    framed = framed_by(stranger, preview_url)
    assert_refused(framed)
    assert "Free prizes" not in framed.content()


@pytest.mark.parametrize("path", ["/", "/login", "/builder/"])
def test_no_other_site_can_frame_the_app(stranger, live_server, path):
    assert_refused(framed_by(stranger, live_server.url + path))
