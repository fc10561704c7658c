"""A site's versions: adding, paging, restoring; numbers without gaps under concurrent writers."""

import threading
import uuid

import builders
import pytest
import sqlalchemy as sa

from webapp.database import write_transaction
from webapp.extensions import db as _db
from webapp.filestore import InvalidFiles
from webapp.models import FileContent, SiteVersion
from webapp.ownership import NotFound, act_as
from webapp.services import sites, versions


def test_each_change_of_files_is_the_next_version(user):
    site = builders.site(user, {"index.html": "v1"})
    second = builders.version(user, site.id, {"index.html": "v2"}, "Changed the headline")
    third = builders.version(user, site.id, {"index.html": "v3", "about.html": "new"})
    assert (second.version_number, third.version_number) == (2, 3)
    assert sites.get_site_files(user, site.id) == {"index.html": "v3", "about.html": "new"}
    assert versions.get_version(user, site.id, 2).change_description == "Changed the headline"
    assert sites.get_site(user, site.id).last_version_number == 3


def test_a_site_held_in_the_session_shows_the_version_just_added(user):
    """Versions are written with Core statements; the session's copy of the site
    must not go on showing the files from before, within the same transaction."""
    site = builders.site(user, {"index.html": "v1"})
    with write_transaction(user):
        held = sites.get_site(user, site.id)
        assert held.last_version_number == 1
        builders.version(user, site.id, {"index.html": "v2"})
        assert held.last_version_number == 2
        assert held.manifest == versions.get_version_manifest(user, site.id, 2)


def test_restore_adds_a_version_and_changes_nothing_else(user):
    site = builders.site(user, {"index.html": "one"})
    builders.version(user, site.id, {"index.html": "two"})
    restored = versions.restore_version(user, site.id, 1)
    assert restored.version_number == 3
    assert versions.get_version(user, site.id, 3).change_description == "Restored version 1"
    assert sites.get_site_files(user, site.id) == {"index.html": "one"}
    # Versions 1 and 2 are untouched; undoing the restore is another restore.
    assert versions.get_version(user, site.id, 2).files == {"index.html": "two"}
    versions.restore_version(user, site.id, 2)
    assert sites.get_site_files(user, site.id) == {"index.html": "two"}
    page = versions.get_site_versions(user, site.id)
    assert [v.version_number for v in page.items] == [4, 3, 2, 1]


def test_each_version_counts_its_changes_against_the_one_before(user):
    site = builders.site(user, {"index.html": "v1", "styles.css": "body{}", "old.js": "1"})
    builders.version(user, site.id, {"index.html": "v2", "styles.css": "body{}", "new.js": "2"})
    page = versions.get_site_versions(user, site.id)
    assert [v.changed_paths for v in page.items] == [
        {"added": ["new.js"], "modified": ["index.html"], "deleted": ["old.js"]},
        {"added": ["index.html", "old.js", "styles.css"], "modified": [], "deleted": []},
    ]


def test_a_version_with_a_message_is_linked_to_it(user):
    conversation = builders.conversation(user)
    reply = builders.message(user, conversation.id, "Changed it", role="assistant")
    site = builders.site(user, {"index.html": "v1"}, conversation_id=conversation.id)
    builders.version(user, site.id, {"index.html": "v2"}, "Changed", message_id=reply)
    assert versions.get_versions_for_messages(user, [reply])[reply].version_number == 2


@pytest.mark.parametrize("message_id", [uuid.uuid4(), "not-a-uuid"])
def test_a_version_naming_a_missing_message_is_refused_and_writes_nothing(user, message_id):
    site = builders.site(user, {"index.html": "v1"})
    with pytest.raises(NotFound):
        builders.version(user, site.id, {"index.html": "v2"}, message_id=message_id)
    assert sites.get_site(user, site.id).last_version_number == 1
    assert sites.get_site_files(user, site.id) == {"index.html": "v1"}


def test_a_failed_write_around_a_version_leaves_no_gap(user):
    site = builders.site(user, {"index.html": "v1"})
    with pytest.raises(RuntimeError), write_transaction(user):
        builders.version(user, site.id, {"index.html": "v2"})
        raise RuntimeError("the rest of the save failed")
    assert builders.version(user, site.id, {"index.html": "v3"}).version_number == 2
    assert versions.get_version(user, site.id, 2).files == {"index.html": "v3"}


def test_restoring_a_missing_version_is_not_found(user):
    site = builders.site(user, {"index.html": "one"})
    for number in (0, 2, -1, "abc", None):
        with pytest.raises(NotFound):
            versions.restore_version(user, site.id, number)
    assert sites.get_site(user, site.id).last_version_number == 1


def test_version_history_pages_newest_first_without_loading_files(user):
    site = builders.site(user, {"index.html": "0"})
    for i in range(1, 25):
        builders.version(user, site.id, {"index.html": str(i)}, f"Change {i}")
    page = versions.get_site_versions(user, site.id, page=1, per_page=10)
    assert [v.version_number for v in page.items] == list(range(25, 15, -1))
    assert (page.total, page.pages, page.has_next, page.has_prev) == (25, 3, True, False)
    last = versions.get_site_versions(user, site.id, page=3, per_page=10)
    assert [v.version_number for v in last.items] == [5, 4, 3, 2, 1]
    assert not last.has_next
    # The manifest is not loaded: touching it would need a query, which is refused.
    with pytest.raises(sa.exc.InvalidRequestError):
        _ = page.items[0].manifest


def test_bad_files_create_no_version_and_store_nothing(db, user):
    site = builders.site(user, {"index.html": "ok"})
    with pytest.raises(InvalidFiles):
        builders.version(user, site.id, {"fine.html": "new content", "../escape.html": "x"})
    assert sites.get_site(user, site.id).last_version_number == 1
    count = db.session.scalar(sa.select(sa.func.count()).select_from(FileContent))
    assert count == 1


def test_concurrent_writers_get_versions_one_to_n_without_gaps(app, user):
    site_id = builders.site(user, {"index.html": "start"}, title="Busy").id
    _db.session.remove()
    writers, per_writer = 8, 5
    errors: list[BaseException] = []
    barrier = threading.Barrier(writers)

    def write(n: int) -> None:
        with app.app_context():
            try:
                barrier.wait()
                for i in range(per_writer):
                    builders.version(user, site_id, {"index.html": f"writer {n} edit {i}"})
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
