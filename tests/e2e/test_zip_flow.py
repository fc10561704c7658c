"""Download a site with its history, import the ZIP from the site list, find the same history."""

import io
import json
import re
import zipfile

import builders
import pytest
from playwright.sync_api import expect

from webapp.database import write_transaction
from webapp.services import conversations, imports, version_labels

pytestmark = pytest.mark.e2e

PAGE = "<!doctype html><html><head><title>Lamp Works</title></head><body><h1>Lamp Works</h1><p>{}</p>"


def test_a_user_downloads_a_site_with_its_history_and_imports_it_back(
    page, as_account, browser_errors, screenshot, tmp_path
):
    with as_account() as user:
        conversation_id = conversations.create_conversation(user, "Lamp chat").id
        site_id = builders.site(
            user, {"index.html": PAGE.format("Lamps"), "img/dot.png": b"\x89PNG\r\n\x1a\n\0\1\2"},
            conversation_id=conversation_id, title="Lamp Works",
        ).id  # fmt: skip
        builders.version(user, site_id, {"index.html": PAGE.format("Desk lamps")}, "Desk lamps")
        builders.version(user, site_id, {"index.html": PAGE.format("Floor lamps")}, "Floor lamps")
        version_labels.set_version_label(user, site_id, 2, label="Sent to client", note="")

    page.goto(f"/sites/{site_id}")
    expect(page.get_by_role("link", name="Download with history")).to_be_visible()
    screenshot("zip-site-page-desktop")
    screenshot("zip-site-page-phone", phone=True)
    with page.expect_download() as info:
        page.get_by_role("link", name="Download with history").click()
    download = info.value
    assert download.suggested_filename == "lamp-works-v3-history.zip"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    history = json.loads(zipfile.ZipFile(io.BytesIO(saved.read_bytes())).read(".keepsite/history.json"))
    assert [v["number"] for v in history["versions"]] == [1, 2, 3]

    page.goto(f"/sites/{site_id}/versions/2")
    expect(page.get_by_role("link", name="Download ZIP")).to_be_visible()
    screenshot("zip-version-page-desktop")
    screenshot("zip-version-page-phone", phone=True)

    page.goto("/sites/")
    page.get_by_text("Import a ZIP").click()
    page.get_by_label("ZIP file").set_input_files(str(saved))
    screenshot("zip-import-form-desktop")
    screenshot("zip-import-form-phone", phone=True)
    page.get_by_role("button", name="Import", exact=True).click()

    expect(page).to_have_url(re.compile(r"/sites/imports/[0-9a-f-]{36}$"))
    expect(page.get_by_text("Imported.")).to_be_visible()
    screenshot("zip-import-done-desktop")
    page.get_by_role("link", name="Open the new site").click()
    expect(page).to_have_url(re.compile(r"/sites/[0-9a-f-]{36}$"))
    assert str(site_id) not in page.url
    page.get_by_role("link", name="Full history").click()
    rows = page.locator(".version-row")
    expect(rows).to_have_count(3)
    expect(page.locator(".badge-label", has_text="Sent to client")).to_have_count(1)
    expect(page.get_by_text("Floor lamps")).to_be_visible()
    expect(page.get_by_text("Desk lamps")).to_be_visible()
    assert browser_errors.uncaught == []
    assert browser_errors.console == []


def test_a_user_sees_an_import_wait_and_fail(page, as_account, browser_errors, screenshot):
    with as_account() as user:
        # Kept but not handed to the queue: the page shows it waiting.
        waiting = imports.start_import(
            user, "waiting.zip", _zip({"index.html": "<h1>A</h1>"}), hand_to_queue=False
        )
    page.goto(f"/sites/imports/{waiting.id}")
    expect(page.get_by_text("Waiting to start…")).to_be_visible()
    screenshot("zip-import-waiting-desktop")
    # Made to look half done, as a worker leaves it between two saves of its progress.
    with as_account() as user, write_transaction(user):
        row = imports.get_import(user, waiting.id)
        row.status, row.done, row.total = "running", 3, 8
    expect(page.get_by_text("3 of 8 steps")).to_be_visible()  # htmx's polling brought it
    screenshot("zip-import-progress-desktop")
    screenshot("zip-import-progress-phone", phone=True)

    page.goto("/sites/")
    page.get_by_text("Import a ZIP").click()
    page.get_by_label("ZIP file").set_input_files(
        files=[{"name": "broken.zip", "mimeType": "application/zip", "buffer": _broken_history()}]
    )
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_text("The import failed.")).to_be_visible()
    expect(page.get_by_text("is not valid JSON")).to_be_visible()
    screenshot("zip-import-failed-desktop")
    screenshot("zip-import-failed-phone", phone=True)

    page.goto("/sites/")
    page.get_by_text("Import a ZIP").click()
    page.get_by_label("ZIP file").set_input_files(
        files=[{"name": "evil.zip", "mimeType": "application/zip", "buffer": _zip({"../evil.html": "x"})}]
    )
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_text("evil.zip was not imported")).to_be_visible()
    screenshot("zip-import-refused-desktop")
    screenshot("zip-import-refused-phone", phone=True)
    assert browser_errors.uncaught == []


def _zip(files: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _broken_history() -> bytes:
    return _zip({"index.html": "<h1>A</h1>", ".keepsite/history.json": "{not json"})
