"""Accessibility as a test: axe-core on every page of the app, light and dark, desktop and phone.

One account with one of everything a page can show (a generated site with two versions,
review links, an import, something in the trash); then, for each setting (a colour scheme
and a width), a browser of its own signs in and axe checks every page, the builder's Edit
mode and, on a phone, its open drawer. A serious or critical violation anywhere fails the
test, once every page of every setting was checked; the report printed at the end of the
run lists every violation, page by page.
"""

import io
import uuid
import zipfile
from dataclasses import dataclass
from typing import Any

import builders
import pytest
from playwright.sync_api import Page, expect
from test_builder_flow import expect_reply, send

from webapp.services import imports, review_links, sites, trash

# What axe checks is the pages' markup, the same whichever database holds the rows.
pytestmark = [pytest.mark.e2e, pytest.mark.one_database]

BAKERY = "A bakery called Sweet Crumbs with a menu and opening hours"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
SETTINGS = [("light", DESKTOP), ("dark", DESKTOP), ("light", PHONE), ("dark", PHONE)]


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def log_in(page: Page, account: Any) -> None:
    page.goto("/login")
    page.get_by_label("Email").fill(account.email)
    page.get_by_label("Password").fill(account.password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Your work")).to_be_visible()


def test_no_page_of_the_app_has_a_serious_or_critical_accessibility_violation(
    page, account, as_account, browser, live_server, axe
):
    # One of everything a page can show: a generated site with two versions, review
    # links, an import, something in the trash.
    page.goto("/builder/")
    send(page, BAKERY)
    expect_reply(page, 1)
    send(page, "Add a pricing section")
    expect_reply(page, 2)
    with as_account() as user:
        site_id = sites.get_sites(user, limit=1)[0].id
        version_link = review_links.create_review_link(user, site_id, version=2, expires="never")
        compare_link = review_links.create_review_link(
            user, site_id, compare_from=1, compare_to=2, expires="never"
        )
        old_site = _zip({"index.html": "<h1>Old</h1>"})
        upload = imports.start_import(user, "old.zip", old_site, hand_to_queue=False)
        gone = builders.conversation(user, "An old idea")
        trash.move_to_trash(user, "conversation", gone.id)
        things = Things(
            account=account,
            conversation_url=page.url.removeprefix(live_server.url),
            site_id=str(site_id),
            review_version=f"/r/{version_link.token}/",
            review_compare=f"/r/{compare_link.token}/",
            import_id=str(upload.id),
            trashed_id=str(gone.id),
        )
    failures = []
    for scheme, size in SETTINGS:
        failures += every_page(browser, live_server, axe, things, scheme, size)
    assert failures == [], "\n".join(failures)


@dataclass
class Things:
    account: Any
    conversation_url: str
    site_id: str
    review_version: str
    review_compare: str
    import_id: str
    trashed_id: str


def every_page(browser, live_server, axe, things: Things, scheme: str, size: dict) -> list[str]:
    """Check every page in a browser of this colour scheme and width; the failures found."""
    context = browser.new_context(base_url=live_server.url, viewport=size, color_scheme=scheme)
    page = context.new_page()
    width = "phone" if size == PHONE else "desktop"
    failures: list[str] = []

    def check(name: str) -> None:
        found = axe(page, f"{name} ({scheme}, {width})")
        failures.extend(str(v) for v in found if v.impact in ("critical", "serious"))

    def visit(name: str, url: str) -> None:
        page.goto(url)
        page.wait_for_load_state("load")
        check(name)

    try:
        visit("welcome", "/")
        visit("log in", "/login")
        visit("sign up", "/signup")
        visit("forgot password", "/forgot-password")
        page.get_by_label("Email").fill(f"nobody-{uuid.uuid4().hex[:8]}@example.com")
        page.get_by_role("button", name="Send me a link").click()
        expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
        check("check your email")
        visit("a broken emailed link", "/reset-password/not-a-link")
        visit("not found", f"/sites/{uuid.uuid4()}")
        visit("review link: a version", things.review_version)
        visit("review link: a compare", things.review_compare)
        log_in(page, things.account)
        check("home")
        visit("account", "/account")
        visit("builder: new conversation", "/builder/")
        visit("builder: a conversation", things.conversation_url)
        page.locator(".file-tree").get_by_role("link", name="styles.css").click()
        expect(page.locator(".file-view div.code")).to_be_visible()
        check("builder: a file")
        page.locator(".file-new summary", has_text="New file").click()
        page.locator(".file-actions summary", has_text="Delete").click()
        expect(page.get_by_label("File name")).to_be_visible()
        check("builder: New file and Delete open")
        page.locator(".file-upload summary").click()
        expect(page.get_by_label("Folder")).to_be_visible()
        check("builder: Upload images open")
        page.get_by_role("button", name="Edit").click()
        expect(page.locator(".editor .cm-content, #editor-content").first).to_be_visible()
        check("builder: Edit mode")
        page.get_by_role("button", name="Done").click()
        expect(page.get_by_role("button", name="Edit")).to_be_visible()
        if size == PHONE:
            page.get_by_role("button", name="☰ Conversations").click()
            expect(page.locator("#sidebar")).to_be_visible()
            check("builder: the conversations drawer")
        site = f"/sites/{things.site_id}"
        visit("sites", "/sites/")
        visit("a site", site)
        visit("a site's history", f"{site}/versions")
        visit("a version", f"{site}/versions/1")
        visit("compare: code", f"{site}/compare?from=1&to=2")
        visit("compare: side by side", f"{site}/compare?from=1&to=2&view=split")
        visit("compare: rendered", f"{site}/compare?from=1&to=2&tab=rendered")
        visit("a file's history", f"{site}/files/index.html/history")
        visit("review links", f"{site}/review-links")
        visit("an import", f"/sites/imports/{things.import_id}")
        visit("trash", "/trash/")
        visit("delete forever?", f"/trash/conversation/{things.trashed_id}/delete")
    finally:
        context.close()
    return failures
