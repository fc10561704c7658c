"""Files by hand in the builder: a new file, a rename, a delete (asked first), each a
version in the chat, with the store's rules said beside the file list."""

import pytest
from playwright.sync_api import expect
from test_hand_edits import build_a_site

pytestmark = pytest.mark.e2e


def test_a_user_adds_renames_and_deletes_a_file_by_hand(page, account, browser_errors, screenshot):
    build_a_site(page)
    files = page.locator(".file-tree")

    # A name the store refuses: said beside the list, nothing changes.
    files.get_by_text("New file").click()
    page.get_by_label("File name").fill("../outside.html")
    page.get_by_role("button", name="Add file").click()
    expect(page.locator("#file-actions-error")).to_contain_text("may not contain '.' or '..'")
    expect(page.locator(".preview-title")).to_contain_text("Version 1")

    page.get_by_label("File name").fill("team.html")
    page.get_by_role("button", name="Add file").click()
    expect(page.get_by_text("Added team.html · version 2.")).to_be_visible()
    expect(page.locator(".file-view-path code")).to_have_text("team.html")
    expect(page.locator(".file-view div.code")).to_contain_text("<h1>Team</h1>")
    expect(files.get_by_role("link", name="team.html")).to_be_visible()
    expect(page.locator(".preview-title")).to_contain_text("Version 2")
    screenshot("files-by-hand-added")

    page.locator(".file-actions summary", has_text="Rename").click()
    page.get_by_label("New name for team.html").fill("about/team.html")
    page.get_by_role("button", name="Rename file").click()
    expect(page.get_by_text("Renamed team.html to about/team.html · version 3.")).to_be_visible()
    expect(page.locator(".file-view-path code")).to_have_text("about/team.html")
    expect(files.get_by_role("link", name="team.html", exact=True)).to_have_count(0)

    # Delete asks first; the history keeps the file.
    page.locator(".file-actions summary", has_text="Delete").click()
    expect(page.get_by_text("Its history keeps it")).to_be_visible()
    screenshot("files-by-hand-delete-asks", phone=True)
    page.get_by_role("button", name="Delete about/team.html").click()
    expect(page.get_by_text("Deleted about/team.html · version 4.")).to_be_visible()
    expect(files.get_by_role("link", name="about/team.html")).to_have_count(0)
    expect(page.locator(".preview-title")).to_contain_text("Version 4")
