"""The file store: validation, round trips, storing each content once, cleanup."""

import random

import builders
import pytest
import sqlalchemy as sa

from webapp import create_app, filestore
from webapp.filestore import InvalidFiles, Limits
from webapp.models import FileContent
from webapp.ownership import act_as
from webapp.services import conversations, sites, trash

LIMITS = Limits(max_files=50, max_file_bytes=1000, max_total_bytes=3000, max_path_length=64)


def contents_count(db, user) -> int:
    act_as(user)
    return db.session.scalar(
        sa.select(sa.func.count()).select_from(FileContent).where(FileContent.user_id == user.id)
    )


@pytest.mark.parametrize(
    "files",
    [
        {"index.html": "<h1>Héllo wörld ✓ 你好 🎉</h1>"},
        {"empty.txt": ""},
        {"logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\xff"},
        {"empty.bin": b""},
        {"same-bytes.txt": "abc", "same-bytes.bin": b"abc"},
        {"a/b/c/deep.css": "body{}", "a/b/other.js": "1"},
        {},
    ],
    ids=["unicode", "empty-text", "bytes", "empty-bytes", "text-and-bytes-alike", "folders", "none"],
)
def test_file_map_round_trips_with_types_kept(db, user, files):
    manifest = filestore.store(user.id, files)
    db.session.commit()
    loaded = filestore.load(user.id, manifest)
    assert loaded == files
    assert {p: type(c) for p, c in loaded.items()} == {p: type(c) for p, c in files.items()}


def test_a_thousand_files_round_trip(db, user):
    files = {f"pages/page-{i:04}.html": f"<p>page {i}</p>" for i in range(1000)}
    manifest = filestore.store(user.id, files)
    db.session.commit()
    assert filestore.load(user.id, manifest) == files
    assert contents_count(db, user) == 1000


def test_each_content_is_stored_once_per_user(db, user):
    files = {f"f{i}.txt": f"content {i}" for i in range(10)}
    filestore.store(user.id, files)
    db.session.commit()
    assert contents_count(db, user) == 10

    # One file changes: one new content, nothing else.
    filestore.store(user.id, {**files, "f3.txt": "changed"})
    db.session.commit()
    assert contents_count(db, user) == 11

    # Identical files under two paths share one content.
    filestore.store(user.id, {"copy-a.txt": "content 1", "copy-b.txt": "content 1"})
    db.session.commit()
    assert contents_count(db, user) == 11


def test_users_do_not_share_contents(db, user, other_user):
    filestore.store(user.id, {"a.txt": "same"})
    filestore.store(other_user.id, {"a.txt": "same"})
    db.session.commit()
    assert contents_count(db, user) == 1
    assert contents_count(db, other_user) == 1


HOSTILE_PATHS = [
    ("/etc/passwd", "absolute"),
    ("../secret.txt", "'..'"),
    ("a/../../b.txt", "'..'"),
    ("./index.html", "'.'"),
    ("a\\b.html", "backslash"),
    ("nul\x00.html", "control character"),
    ("tab\there.html", "control character"),
    ("newline\n.html", "control character"),
    ("del\x7f.html", "control character"),
    ("rtl\u202egnp.html", "control character"),
    ("a//b.html", "empty folder name"),
    ("folder/", "empty folder name"),
    ("", "empty"),
    (" lead.html", "space"),
    ("C:/windows.html", "drive letter"),
    ("x" * 65, "longer than 64"),
]


@pytest.mark.parametrize(("path", "reason"), HOSTILE_PATHS)
def test_hostile_paths_are_refused_and_nothing_is_stored(db, user, path, reason):
    with pytest.raises(InvalidFiles, match=reason):
        filestore.store(user.id, {"index.html": "<p>ok</p>", path: "x"}, LIMITS)
    db.session.rollback()
    assert contents_count(db, user) == 0


@pytest.mark.parametrize(
    ("files", "reason"),
    [
        ({"Index.html": "a", "index.html": "b"}, "name the same file"),
        ({"caf\u00e9.html": "a", "cafe\u0301.html": "b"}, "name the same file"),
        ({"about": "a", "about/team.html": "b"}, "is a file and also a folder"),
        ({"a/b": "a", "a/b/c/d.txt": "b"}, "is a file and also a folder"),
        ({f"f{i}": "" for i in range(51)}, "at most 50 files"),
        ({"big.txt": "x" * 1001}, "larger than"),
        ({"a.txt": "x" * 1000, "b.txt": "x" * 1000, "c.txt": "x" * 1000, "d.txt": "x"}, "add up to"),
        ({"bad.txt": "\ud800"}, "not valid text"),
        ({"n.txt": 42}, "text or bytes"),
        ({7: "x"}, "must be text"),
        (["index.html"], "mapping"),
    ],
)
def test_invalid_file_maps_are_refused_with_a_clear_reason(db, user, files, reason):
    with pytest.raises(InvalidFiles, match=reason):
        filestore.store(user.id, files, LIMITS)
    db.session.rollback()
    assert contents_count(db, user) == 0


def test_limits_come_from_settings(app, user):
    app.config["MAX_FILES_PER_SITE"] = 2
    with pytest.raises(InvalidFiles, match="at most 2 files"):
        filestore.store(user.id, {"a": "", "b": "", "c": ""})


def test_changed_paths_reports_added_modified_deleted():
    old = {"a": "1", "b": "2", "c": "3"}
    new = {"a": "1", "b": "9", "d": "4"}
    assert filestore.changed_paths(old, new) == {
        "added": ["d"],
        "modified": ["b"],
        "deleted": ["c"],
    }


def test_deleting_a_site_removes_contents_nothing_else_uses(db, user):
    conversation = conversations.create_conversation(user, "Chat")
    builders.snapshot(user, conversation.id, {"shared.css": "body{}", "a.html": "A"})
    site = builders.site(user, {"shared.css": "body{}", "b.html": "B"})
    builders.version(user, site.id, {"shared.css": "body{}", "b.html": "B2"})
    assert contents_count(db, user) == 4  # shared.css, A, B, B2

    trash.move_to_trash(user, "site", site.id)
    sites.delete_site(user, site.id)
    # B and B2 were only the site's; shared.css is still in the snapshot.
    assert contents_count(db, user) == 2
    snapshot = conversations.get_latest_snapshot(user, conversation.id)
    assert snapshot.files == {"shared.css": "body{}", "a.html": "A"}

    trash.move_to_trash(user, "conversation", conversation.id)
    conversations.delete_conversation(user, conversation.id)
    assert contents_count(db, user) == 0


def test_gc_command_removes_only_unreferenced_contents(db, user, app_config, database):
    site_id = builders.site(user, {"index.html": "kept"}).id
    filestore.store(user.id, {"orphan.txt": "nobody points here"})
    db.session.commit()
    assert contents_count(db, user) == 2

    # Maintenance runs as the tables' owner (on PostgreSQL the app's role
    # cannot list users it is not acting for).
    owner_app = create_app({**app_config, "SQLALCHEMY_DATABASE_URI": database.owner_url})
    result = owner_app.test_cli_runner().invoke(args=["files", "gc"])
    with owner_app.app_context():
        owner_app.extensions["sqlalchemy"].engine.dispose()
    assert result.exit_code == 0, result.output
    assert "Removed 1" in result.output
    assert contents_count(db, user) == 1
    db.session.expire_all()
    assert sites.get_site_files(user, site_id) == {"index.html": "kept"}


def test_compressible_contents_are_stored_compressed_and_read_back_whole(db, user):
    text = "<p>A paragraph that repeats, as markup does.</p>\n" * 400
    image = random.Random(7).randbytes(4096)  # noise does not shrink: kept as is
    manifest = filestore.store(user.id, {"index.html": text, "photo.jpg": image})
    db.session.commit()
    rows = {
        row.hash: row
        for row in db.session.scalars(sa.select(FileContent).where(FileContent.user_id == user.id))
    }
    page = rows[manifest["index.html"]]
    assert page.compression == "zlib"
    assert page.size == len(text) and len(page.data) < len(text) / 10
    assert rows[manifest["photo.jpg"]].compression is None
    assert filestore.load(user.id, manifest) == {"index.html": text, "photo.jpg": image}
    assert len(manifest["index.html"]) == 22


def test_applying_changes_stores_only_the_changed_files_and_keeps_the_rest(db, user):
    manifest = filestore.store(user.id, {"index.html": "home", "styles.css": "css", "old.js": "js"})
    db.session.commit()
    after = filestore.apply_changes(
        user.id, manifest, {"styles.css": "new css", "about.html": "about"}, ["old.js"], LIMITS
    )
    db.session.commit()
    assert after["index.html"] == manifest["index.html"]
    assert filestore.load(user.id, after) == {
        "index.html": "home",
        "styles.css": "new css",
        "about.html": "about",
    }
    assert contents_count(db, user) == 5  # 3 before, 2 new; nothing re-stored


@pytest.mark.parametrize(
    ("changed", "deleted", "reason"),
    [
        ({"INDEX.html": "clash"}, [], "name the same file"),
        ({"index.html/part.txt": "x"}, [], "is a file and also a folder"),
        ({"../up.html": "x"}, [], "'..'"),
        ({"big.txt": "x" * 999, "big2.txt": "x" * 999, "big3.txt": "x" * 999}, [], "add up to"),
    ],
)
def test_changes_are_checked_against_the_files_they_join(db, user, changed, deleted, reason):
    manifest = filestore.store(user.id, {"index.html": "home"})
    db.session.commit()
    with pytest.raises(InvalidFiles, match=reason):
        filestore.apply_changes(user.id, manifest, changed, deleted, LIMITS)
