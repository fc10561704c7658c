"""Sites and their version history (the original design's useGeneratedSites)."""

import threading

import pytest
import sqlalchemy as sa

from webapp.database import write_transaction
from webapp.extensions import db as _db
from webapp.filestore import InvalidFiles
from webapp.models import FileContent, SiteVersion
from webapp.ownership import NotFound, act_as
from webapp.services import conversations, sites
from webapp.services.validation import InvalidInput

PAGE = "<!doctype html><html><head><title>Sweet Crumbs</title></head><body><h1>Hi</h1></body></html>"


def test_creating_a_site_creates_version_one(user):
    site = sites.create_site(user, None, {"index.html": PAGE, "styles.css": "body{}"})
    assert site.title == "Sweet Crumbs"
    assert site.last_version_number == 1
    version = sites.get_version(user, site.id, 1)
    assert version.files == {"index.html": PAGE, "styles.css": "body{}"}
    assert version.change_description == "Created the site"


def test_site_is_linked_to_its_conversation_and_message(user):
    conversation = conversations.create_conversation(user, "Chat")
    message = conversations.add_message(user, conversation.id, "assistant", "Here it is")
    site = sites.create_site(
        user, "Mine", {"index.html": PAGE}, conversation.id, "A bakery", message_id=message
    )
    assert site.conversation_id == conversation.id
    assert site.description == "A bakery"
    assert sites.get_version(user, site.id, 1).created_by_message_id == message
    assert sites.get_site_for_conversation(user, conversation.id).id == site.id


def test_each_change_of_files_is_the_next_version(user):
    site = sites.create_site(user, "Site", {"index.html": "v1"})
    second = sites.update_site_files(user, site.id, {"index.html": "v2"}, "Changed the headline")
    third = sites.create_version(user, site.id, {"index.html": "v3", "about.html": "new"})
    assert (second.version_number, third.version_number) == (2, 3)
    assert sites.get_site_files(user, site.id) == {"index.html": "v3", "about.html": "new"}
    assert sites.get_version(user, site.id, 2).change_description == "Changed the headline"
    assert sites.get_site(user, site.id).last_version_number == 3


def test_a_site_held_in_the_session_shows_the_version_just_added(user):
    """Versions are written with Core statements; the session's copy of the site
    must not go on showing the files from before, within the same transaction."""
    site = sites.create_site(user, "Site", {"index.html": "v1"})
    with write_transaction(user):
        held = sites.get_site(user, site.id)
        assert held.last_version_number == 1
        sites.create_version(user, site.id, {"index.html": "v2"})
        assert held.last_version_number == 2
        assert held.manifest == sites.get_version_manifest(user, site.id, 2)


def test_restore_adds_a_version_and_changes_nothing_else(user):
    site = sites.create_site(user, "Site", {"index.html": "one"})
    sites.create_version(user, site.id, {"index.html": "two"})
    restored = sites.restore_version(user, site.id, 1)
    assert restored.version_number == 3
    assert restored.change_description == "Restored version 1"
    assert sites.get_site_files(user, site.id) == {"index.html": "one"}
    # Versions 1 and 2 are untouched; undoing the restore is another restore.
    assert sites.get_version(user, site.id, 2).files == {"index.html": "two"}
    sites.restore_version(user, site.id, 2)
    assert sites.get_site_files(user, site.id) == {"index.html": "two"}
    page = sites.get_site_versions(user, site.id)
    assert [v.version_number for v in page.items] == [4, 3, 2, 1]


def test_restoring_a_missing_version_is_not_found(user):
    site = sites.create_site(user, "Site", {"index.html": "one"})
    for number in (0, 2, -1, "abc", None):
        with pytest.raises(NotFound):
            sites.restore_version(user, site.id, number)
    assert sites.get_site(user, site.id).last_version_number == 1


def test_version_history_pages_newest_first_without_loading_files(user):
    site = sites.create_site(user, "Site", {"index.html": "0"})
    for i in range(1, 25):
        sites.create_version(user, site.id, {"index.html": str(i)}, f"Change {i}")
    page = sites.get_site_versions(user, site.id, page=1, per_page=10)
    assert [v.version_number for v in page.items] == list(range(25, 15, -1))
    assert (page.total, page.pages, page.has_next, page.has_prev) == (25, 3, True, False)
    last = sites.get_site_versions(user, site.id, page=3, per_page=10)
    assert [v.version_number for v in last.items] == [5, 4, 3, 2, 1]
    assert not last.has_next
    # The manifest is not loaded: touching it would need a query, which is refused.
    with pytest.raises(sa.exc.InvalidRequestError):
        _ = page.items[0].manifest


def test_bad_files_create_no_version_and_store_nothing(db, user):
    site = sites.create_site(user, "Site", {"index.html": "ok"})
    with pytest.raises(InvalidFiles):
        sites.create_version(user, site.id, {"fine.html": "new content", "../escape.html": "x"})
    assert sites.get_site(user, site.id).last_version_number == 1
    count = db.session.scalar(sa.select(sa.func.count()).select_from(FileContent))
    assert count == 1


def test_updates_site_details_but_not_files(user):
    site = sites.create_site(user, "Old", {"index.html": "x"})
    sites.update_site(user, site.id, title="New", description="About", metadata={"theme": "dark"})
    updated = sites.get_site(user, site.id)
    assert (updated.title, updated.description, updated.meta) == ("New", "About", {"theme": "dark"})
    assert updated.last_version_number == 1
    with pytest.raises(InvalidInput):
        sites.update_site(user, site.id, title="  ")


def test_publishes_and_unpublishes(user):
    site = sites.create_site(user, "Site", {"index.html": "x"})
    published = sites.publish_site(user, site.id)
    assert published.is_published
    assert published.published_url == f"/p/{site.id}/"
    sites.publish_site(user, site.id, "https://example.com/mine/")
    assert sites.get_site(user, site.id).published_url == "https://example.com/mine/"
    with pytest.raises(InvalidInput):
        sites.publish_site(user, site.id, "javascript:alert(1)")
    unpublished = sites.unpublish_site(user, site.id)
    assert not unpublished.is_published and unpublished.published_url is None


def test_deleting_a_site_deletes_its_versions(db, user):
    site = sites.create_site(user, "Site", {"index.html": "x"})
    sites.create_version(user, site.id, {"index.html": "y"})
    sites.delete_site(user, site.id)
    with pytest.raises(NotFound):
        sites.get_site(user, site.id)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(SiteVersion)) == 0


def test_sites_list_newest_first(user):
    first = sites.create_site(user, "First", {"index.html": "x"})
    second = sites.create_site(user, "Second", {"index.html": "x"})
    assert [s.id for s in sites.get_sites(user)] == [second.id, first.id]
    sites.create_version(user, first.id, {"index.html": "y"})
    assert [s.id for s in sites.get_sites(user)] == [first.id, second.id]


@pytest.mark.parametrize(
    ("files", "title"),
    [
        ({"index.html": "<title> Sweet &amp; Co </title>"}, "Sweet & Co"),
        ({"index.html": "<TITLE>\n Multi\n line\n</TITLE>"}, "Multi line"),
        ({"index.html": "<body><h1 class='x'>Big <em>News</em></h1></body>"}, "Big News"),
        ({"about.html": "<title>About</title>", "index.html": "<title>Home</title>"}, "Home"),
        ({"index.html": "<title></title><h1>Fallback</h1>"}, "Fallback"),
        ({"styles.css": "body{}"}, "Untitled site"),
        ({}, "Untitled site"),
        ({"index.html": b"<title>Bytes</title>"}, "Bytes"),
    ],
)
def test_generates_a_site_title_from_its_files(files, title):
    assert sites.generate_site_title(files) == title


def test_concurrent_writers_get_versions_one_to_n_without_gaps(app, user):
    site_id = sites.create_site(user, "Busy", {"index.html": "start"}).id
    _db.session.remove()
    writers, per_writer = 8, 5
    errors: list[BaseException] = []
    barrier = threading.Barrier(writers)

    def write(n: int) -> None:
        with app.app_context():
            try:
                barrier.wait()
                for i in range(per_writer):
                    sites.create_version(user, site_id, {"index.html": f"writer {n} edit {i}"})
            except BaseException as error:  # reported below, in the test's thread
                errors.append(error)
            finally:
                _db.session.remove()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors

    act_as(user)
    numbers = sorted(
        _db.session.scalars(sa.select(SiteVersion.version_number).where(SiteVersion.site_id == site_id))
    )
    total = 1 + writers * per_writer
    assert numbers == list(range(1, total + 1))
    assert sites.get_site(user, site_id).last_version_number == total
