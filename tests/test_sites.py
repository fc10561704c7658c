"""Sites: creating, details, deleting, titles (the original design's useGeneratedSites)."""

import builders
import pytest
import sqlalchemy as sa

from webapp import filestore
from webapp.database import write_transaction
from webapp.models import SiteVersion
from webapp.ownership import NotFound
from webapp.services import conversations, sites, trash, versions
from webapp.services.validation import InvalidInput

PAGE = "<!doctype html><html><head><title>Sweet Crumbs</title></head><body><h1>Hi</h1></body></html>"


def test_creating_a_site_creates_version_one(user):
    site = builders.site(user, {"index.html": PAGE, "styles.css": "body{}"}, title=None)
    assert site.title == "Sweet Crumbs"
    assert site.last_version_number == 1
    version = versions.get_version(user, site.id, 1)
    assert version.files == {"index.html": PAGE, "styles.css": "body{}"}
    assert version.change_description == "Created the site"


def test_site_is_linked_to_its_conversation_and_message(user):
    conversation = conversations.create_conversation(user, "Chat")
    message = conversations.add_message(user, conversation.id, "assistant", "Here it is")
    site = builders.site(
        user,
        {"index.html": PAGE},
        conversation_id=conversation.id,
        title="Mine",
        description="A bakery",
        message_id=message,
    )
    assert site.conversation_id == conversation.id
    assert site.description == "A bakery"
    assert versions.get_version(user, site.id, 1).created_by_message_id == message
    assert sites.get_site_for_conversation(user, conversation.id).id == site.id


def test_a_writer_locks_the_conversations_site_and_reads_its_files(user):
    conversation = builders.conversation(user)
    with write_transaction(user):
        assert sites.lock_site_for_conversation(user, conversation.id) is None  # no site yet
    site = builders.site(user, {"index.html": "x"}, conversation_id=conversation.id)
    with write_transaction(user):
        locked = sites.lock_site_for_conversation(user, conversation.id)
    assert locked.id == site.id
    assert filestore.load(user.id, locked.manifest) == {"index.html": "x"}


def test_updates_site_details_but_not_files(user):
    site = builders.site(user, {"index.html": "x"}, title="Old")
    sites.update_site(user, site.id, title="New", description="About", metadata={"theme": "dark"})
    updated = sites.get_site(user, site.id)
    assert (updated.title, updated.description, updated.meta) == ("New", "About", {"theme": "dark"})
    assert updated.last_version_number == 1
    with pytest.raises(InvalidInput):
        sites.update_site(user, site.id, title="  ")


def test_deleting_a_site_deletes_its_versions(db, user):
    site = builders.site(user, {"index.html": "x"})
    builders.version(user, site.id, {"index.html": "y"})
    trash.move_to_trash(user, "site", site.id)
    sites.delete_site(user, site.id)
    with pytest.raises(NotFound):
        sites.get_site(user, site.id)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(SiteVersion)) == 0


def test_sites_list_newest_first(user):
    first = builders.site(user, {"index.html": "x"}, title="First")
    second = builders.site(user, {"index.html": "x"}, title="Second")
    assert [s.id for s in sites.get_sites(user)] == [second.id, first.id]
    builders.version(user, first.id, {"index.html": "y"})
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
