"""Importing a ZIP as a new site: plain or with its history, on the task queue; hostile uploads refused."""

import hashlib
import html
import io
import json
import re
import uuid
import warnings
import zipfile
from datetime import timedelta

import builders
import pytest
import sqlalchemy as sa
from support import count_rows

from webapp.extensions import db as _db
from webapp.models import (
    Conversation,
    FileContent,
    GeneratedSite,
    Message,
    SiteImport,
    SiteVersion,
    VersionChange,
    utcnow,
)
from webapp.ownership import act_as
from webapp.services import conversations, imports, version_labels, versions

OWNED = (Conversation, Message, GeneratedSite, SiteVersion, VersionChange, FileContent, SiteImport)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


@pytest.fixture
def app_config(app_config):
    # The import's task runs inside the request: its page shows the result at once.
    return {**app_config, "TASK_IMMEDIATE": True}


def row_counts(*owners) -> dict:
    """How many rows of each owned table each user has."""
    return count_rows(OWNED, *owners)


def make_zip(files: dict, **options) -> bytes:
    """A ZIP of {name: bytes or str}; a ZipInfo as a key sets its own attributes."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names, on purpose
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, **options) as archive:
            for name, data in files.items() if isinstance(files, dict) else files:
                archive.writestr(name, data)
    return buffer.getvalue()


def upload(client, data: bytes, filename: str = "site.zip"):
    """POST a ZIP to the import form, following to the page it lands on."""
    return client.post(
        "/sites/imports",
        data={"archive": (io.BytesIO(data), filename)},
        content_type="multipart/form-data",
        follow_redirects=True,
    )


def text(response) -> str:
    """The page's text with its HTML entities read (a message quotes a path as 'x')."""
    return html.unescape(response.get_data(as_text=True))


def new_site_id(response) -> uuid.UUID:
    found = re.search(r'href="/sites/([0-9a-f-]{36})"', text(response))
    assert found, text(response)
    return uuid.UUID(found.group(1))


def version_facts(owner, site_id) -> list[tuple]:
    """Every version's number, files, kind, description, label, note, restore source and time."""
    act_as(owner)
    rows = _db.session.scalars(
        sa.select(SiteVersion).where(SiteVersion.site_id == site_id).order_by(SiteVersion.version_number)
    ).all()
    return [
        (
            row.version_number,
            versions.get_version(owner, site_id, row.version_number).files,
            row.kind,
            row.change_description,
            row.label,
            row.note,
            row.restored_from,
            row.created_at,
        )
        for row in rows
    ]


# A plain ZIP ---


def test_a_plain_zip_becomes_a_site_with_version_1_imported_and_its_conversation(signed_in, user):
    files = {"index.html": "<title>Corner Shop</title><h1>Hi</h1>", "img/logo.png": PNG, "app.js": "go()"}
    response = upload(signed_in, make_zip(files), "corner.zip")
    assert response.status_code == 200
    page = text(response)
    assert "Imported." in page and "Open the new site" in page
    site_id = new_site_id(response)
    facts = version_facts(user, site_id)
    assert len(facts) == 1
    number, stored, kind, description = facts[0][:4]
    assert (number, kind, description) == (1, "imported", "Imported from corner.zip")
    assert stored == {"index.html": files["index.html"], "img/logo.png": PNG, "app.js": "go()"}
    act_as(user)
    site = _db.session.get(GeneratedSite, site_id)
    assert site.title == "Corner Shop"
    messages = conversations.get_messages(user, site.conversation_id)
    assert [m.role for m in messages] == ["system"]
    assert "corner.zip" in messages[0].content and "3 files" in messages[0].content


def test_files_in_one_top_folder_are_taken_out_of_it(signed_in, user):
    data = make_zip({"my-site/": "", "my-site/index.html": "<p>A</p>", "my-site/css/a.css": "a{}"})
    site_id = new_site_id(upload(signed_in, data, "My_Site.zip"))
    assert version_facts(user, site_id)[0][1] == {"index.html": "<p>A</p>", "css/a.css": "a{}"}
    act_as(user)
    assert _db.session.get(GeneratedSite, site_id).title == "My Site"  # from the file name: no <title>


def test_a_nested_zip_is_kept_as_a_file_and_never_unpacked(signed_in, user):
    inner = make_zip({"secret/../../evil.html": "x"})
    site_id = new_site_id(upload(signed_in, make_zip({"index.html": "<h1>A</h1>", "files/inner.zip": inner})))
    assert version_facts(user, site_id)[0][1] == {"index.html": "<h1>A</h1>", "files/inner.zip": inner}


def test_macos_resource_forks_are_left_out(signed_in, user):
    data = make_zip({"index.html": "<h1>A</h1>", "__MACOSX/._index.html": b"\0\x05\x16\x07"})
    site_id = new_site_id(upload(signed_in, data))
    assert version_facts(user, site_id)[0][1] == {"index.html": "<h1>A</h1>"}


# Export, then import: the whole history comes back ---


@pytest.fixture
def long_history(user):
    """A site of 30 versions, built in a conversation: binary files, labels, notes, restores, edits."""
    conversation = builders.conversation(user, "Studio chat")
    site_id = None
    for n in range(1, 31):
        files = {
            "index.html": f"<title>Studio</title><h1>Turn {n}</h1>",
            "styles.css": f"h1{{color:#{n:06x}}}" if n % 3 else "h1{}",
            "img/photo.png": PNG + bytes([n % 4]),
        }
        if n % 5 == 0:
            files[f"pages/p{n}.html"] = f"<p>Page {n}</p>"
        if n % 7 == 0:
            versions.restore_version(user, site_id, n - 3)
            continue
        if n % 11 == 0:
            builders.version(user, site_id, files, f"Edited turn {n}", kind="edited")
            continue
        builders.message(user, conversation.id, f"Please make turn {n}")
        answer = builders.message(user, conversation.id, f"Here is turn {n}", role="assistant")
        if site_id is None:
            site_id = builders.site(
                user, files, conversation_id=conversation.id, title="Studio", description="A studio",
                message_id=answer,
            ).id  # fmt: skip
        else:
            builders.version(user, site_id, files, f"Turn {n}", message_id=answer)
    for number, label, note in [
        (3, "First draft", ""),
        (14, "Sent to client", "They liked\nthe blue"),
        (30, "Final", ""),
    ]:
        version_labels.set_version_label(user, site_id, number, label=label, note=note)
    assert versions.get_site_versions(user, site_id).total == 30
    return site_id


def messages_of(owner, site_id) -> list[tuple]:
    act_as(owner)
    site = _db.session.get(GeneratedSite, site_id)
    rows = _db.session.scalars(
        sa.select(Message).where(Message.conversation_id == site.conversation_id).order_by(Message.created_at)
    ).all()
    made = {
        row.created_by_message_id: row.version_number
        for row in _db.session.scalars(sa.select(SiteVersion).where(SiteVersion.site_id == site_id))
    }
    return [(m.role, m.content, m.created_at, made.get(m.id)) for m in rows]


def test_export_then_import_brings_back_every_version_and_message(signed_in, user, long_history):
    exported = signed_in.get(f"/sites/{long_history}/export.zip?history=1").data
    response = upload(signed_in, exported, "studio-history.zip")
    assert "Imported." in text(response)
    copy = new_site_id(response)
    assert copy != long_history
    assert version_facts(user, copy) == version_facts(user, long_history)
    assert messages_of(user, copy) == messages_of(user, long_history)
    act_as(user)
    original, imported = _db.session.get(GeneratedSite, long_history), _db.session.get(GeneratedSite, copy)
    assert (imported.title, imported.description) == (original.title, original.description)
    assert imported.last_version_number == 30 and imported.manifest == original.manifest
    assert imported.meta["imported_from"] == {"filename": "studio-history.zip", "publish_log": []}
    assert imported.is_published is False
    # Exporting the copy gives the same history again.
    again = signed_in.get(f"/sites/{copy}/export.zip?history=1").data
    first, second = (
        json.loads(zipfile.ZipFile(io.BytesIO(d)).read(".keepsite/history.json")) for d in (exported, again)
    )
    assert first == second
    for number in (1, 14, 30):
        url = f"/sites/{{}}/export.zip?version={number}"
        assert signed_in.get(url.format(copy)).data == signed_in.get(url.format(long_history)).data


def test_a_history_zip_in_a_top_folder_imports_too(signed_in, user, long_history):
    exported = zipfile.ZipFile(io.BytesIO(signed_in.get(f"/sites/{long_history}/export.zip?history=1").data))
    wrapped = make_zip({f"studio/{name}": exported.read(name) for name in exported.namelist()})
    copy = new_site_id(upload(signed_in, wrapped))
    assert version_facts(user, copy) == version_facts(user, long_history)


def test_the_publish_log_is_kept_but_the_import_is_not_live(signed_in, user):
    site = builders.site(user, {"index.html": "<h1>A</h1>"}, title="Live one")
    exported = zipfile.ZipFile(io.BytesIO(signed_in.get(f"/sites/{site.id}/export.zip?history=1").data))
    history = json.loads(exported.read(".keepsite/history.json"))
    line = {
        "action": "published",
        "version": 1,
        "slug": "live-one",
        "created_at": "2026-01-02T03:04:05+00:00",
    }
    history["publish_log"] = [line]
    files = {name: exported.read(name) for name in exported.namelist()}
    files[".keepsite/history.json"] = json.dumps(history)
    copy = new_site_id(upload(signed_in, make_zip(files)))
    act_as(user)
    imported = _db.session.get(GeneratedSite, copy)
    assert imported.meta["imported_from"]["publish_log"] == [line]
    assert (imported.is_published, imported.slug, imported.published_version) == (False, None, None)


# Hostile or broken uploads ---


def history_zip(change=None, *, contents=None, extra=None) -> bytes:
    """A small, valid history ZIP, changed by `change(history, files)` first."""
    index, logo = b"<h1>A</h1>", PNG
    contents = contents or {"k1": (index, True), "k2": (logo, False)}
    history = {
        "format": "keepsite-history",
        "format_version": 1,
        "site": {"title": "Made", "description": None, "created_at": "2026-01-01T00:00:00+00:00"},
        "versions": [
            {
                "number": 1,
                "created_at": "2026-01-01T00:00:00+00:00",
                "kind": "generated",
                "description": "First",
                "label": None,
                "note": None,
                "restored_from": None,
                "message": "m1",
                "files": {"index.html": "k1", "logo.png": "k2"},
            }
        ],
        "conversation": {
            "title": "Chat",
            "created_at": "2026-01-01T00:00:00+00:00",
            "messages": [
                {
                    "id": "m1",
                    "role": "assistant",
                    "content": "Done",
                    "created_at": "2026-01-01T00:00:00+00:00",
                }
            ],
        },
        "publish_log": [],
        "contents": {
            key: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest(), "text": is_text}
            for key, (data, is_text) in contents.items()
        },
    }
    files = {f".keepsite/contents/{key}": data for key, (data, _) in contents.items()}
    if change:
        change(history, files)
    files[".keepsite/history.json"] = history if isinstance(history, (str, bytes)) else json.dumps(history)
    files.update(extra or {})
    return make_zip(files)


def symlink_zip() -> bytes:
    info = zipfile.ZipInfo("link.html")
    info.external_attr = 0o120777 << 16
    return make_zip([("index.html", "<h1>A</h1>"), (info, "/etc/passwd")])


def encrypted_zip() -> bytes:
    """A ZIP whose entry says it is encrypted (zipfile writes none: the flag is set by hand)."""
    data = bytearray(make_zip({"index.html": "<h1>A</h1>"}))
    for start in [m.start() for m in re.finditer(rb"PK\x03\x04|PK\x01\x02", bytes(data))]:
        offset = start + (6 if data[start + 2] == 3 else 8)
        data[offset] |= 0x1
    return bytes(data)


def lying_sizes_zip() -> bytes:
    """A ZIP whose headers say each file is 10 bytes, but which unpacks to far more."""
    data = bytearray(make_zip({"index.html": "<h1>" + "A" * 5000 + "</h1>"}))
    real = (5009).to_bytes(4, "little")
    for start in [m.start() for m in re.finditer(rb"PK\x03\x04|PK\x01\x02", bytes(data))]:
        offset = start + (22 if data[start + 2] == 3 else 24)
        assert bytes(data[offset : offset + 4]) == real
        data[offset : offset + 4] = (10).to_bytes(4, "little")
    return bytes(data)


def set_in(path, value):
    def change(history, files):
        target = history
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


def changed(path, value):
    """A builder of a history ZIP with one field of its history set to `value`."""
    return lambda: history_zip(set_in(path, value))


HOSTILE = [
    ("not a zip", lambda: b"<html>not a zip</html>", "not a ZIP archive"),
    ("empty zip", lambda: make_zip({}), "holds no files"),
    ("dot-dot", lambda: make_zip({"../evil.html": "x"}), "may not contain '.' or '..'"),
    ("dot-dot inside", lambda: make_zip({"a/../../evil.html": "x"}), "may not contain '.' or '..'"),
    ("absolute", lambda: make_zip({"/etc/passwd": "x"}), "is absolute"),
    ("drive", lambda: make_zip({"C:/Windows/evil.html": "x"}), "drive letter"),
    ("backslash", lambda: make_zip({"a\\b.html": "x"}), "backslash"),
    ("symlink", symlink_zip, "symbolic link"),
    ("encrypted", encrypted_zip, "encrypted"),
    ("duplicate", lambda: make_zip([("index.html", "a"), ("index.html", "b")]), "appears twice"),
    ("case", lambda: make_zip({"Index.html": "a", "index.html": "b"}), "name the same file"),
    ("nfc", lambda: make_zip({"caf\u00e9.html": "a", "cafe\u0301.html": "b"}), "name the same file"),
    ("file and folder", lambda: make_zip({"a": "x", "a/b.html": "y"}), "also a folder"),
    ("too many files", lambda: make_zip({f"f{i}.txt": "x" for i in range(6)}), "more than 5 files"),
    ("too many bytes", lambda: make_zip({"a.txt": "x" * 3000, "b.txt": "y" * 3000}), "unpacks to more than"),
    ("lying sizes", lying_sizes_zip, "damaged"),
    ("bomb", lambda: make_zip({"zeros.bin": b"\0" * (3 * 1024 * 1024)}), "ZIP bomb"),
    ("bad json", lambda: history_zip(extra={".keepsite/history.json": "{not json"}), "not valid JSON"),
    ("not a history", changed(["format"], "other"), "not a site history"),
    ("newer format", changed(["format_version"], 2), "format this version cannot read"),
    ("schema", changed(["site"], []), "malformed"),
    ("no versions", changed(["versions"], []), "no versions"),
    ("gap in numbers", changed(["versions", 0, "number"], 2), "numbered 1, 2, 3"),
    ("unknown kind", changed(["versions", 0, "kind"], "magic"), "unknown kind"),
    ("restores later", changed(["versions", 0, "restored_from"], 1), "not before it"),
    ("bad time", changed(["versions", 0, "created_at"], "yesterday"), "no valid time"),
    ("naive time", changed(["versions", 0, "created_at"], "2026-01-01T00:00:00"), "no valid time"),
    ("unknown message", changed(["versions", 0, "message"], "m9"), "names a message"),
    ("bad role", changed(["conversation", "messages", 0, "role"], "root"), "unknown role"),
    ("replaces itself", changed(["conversation", "messages", 0, "replaces"], "m1"), "replaces a message"),
    ("replaces nothing", changed(["conversation", "messages", 0, "replaces"], "m9"), "replaces a message"),
    ("bad label", changed(["versions", 0, "label"], "x" * 500), "label of version 1"),
    ("bad path in manifest", changed(["versions", 0, "files", "../x.html"], "k1"), "'.' or '..'"),
    ("manifest names no content", changed(["versions", 0, "files", "a.html"], "k9"), "does not hold"),
    ("content not in zip", lambda: history_zip(lambda h, f: f.pop(".keepsite/contents/k2")), "does not hold"),
    ("checksum", changed(["contents", "k1", "sha256"], "0" * 64), "checksum"),
    ("size", changed(["contents", "k1", "size"], 3), "size or checksum"),
    ("bad key", changed(["contents", "../k"], {"size": 1, "sha256": "0" * 64, "text": 1}), "not a valid key"),
    ("text that is not", changed(["contents", "k2", "text"], True), "not the UTF-8 text"),
]  # fmt: skip


@pytest.mark.parametrize("build, message", [case[1:] for case in HOSTILE], ids=[case[0] for case in HOSTILE])
def test_a_hostile_or_broken_zip_is_refused_with_its_message_and_nothing_stored(
    app, signed_in, user, build, message
):
    app.config.update(IMPORT_MAX_FILES=5, IMPORT_MAX_UNPACKED_BYTES=5000)
    data = build()
    counts = row_counts(user)
    response = upload(signed_in, data, "hostile.zip")
    assert response.status_code == 200
    assert message in text(response), text(response)
    after = row_counts(user)
    # Refused at once (no record), or by the task (its record alone, failed, the upload dropped).
    imports_made = after.pop((user.id, "site_imports")) - counts.pop((user.id, "site_imports"))
    assert after == counts
    assert imports_made in (0, 1)
    if imports_made:
        act_as(user)
        record = _db.session.scalars(sa.select(SiteImport).where(SiteImport.user_id == user.id)).one()
        assert (record.status, record.data, record.site_id) == ("failed", None, None)
        assert message in record.error


def test_an_upload_over_the_limit_is_refused(app, signed_in, user):
    app.config["IMPORT_MAX_UPLOAD_BYTES"] = 100
    counts = row_counts(user)
    response = upload(signed_in, make_zip({"index.html": "<h1>" + "x" * 500 + "</h1>"}), "big.zip")
    assert "big.zip was not imported: The ZIP is larger than" in text(response)
    assert row_counts(user) == counts


def test_a_request_over_the_apps_body_limit_answers_413(app, signed_in, user):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    response = signed_in.post(
        "/sites/imports",
        data={"archive": (io.BytesIO(b"x" * 5000), "a.zip")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 413


def test_importing_without_a_file_says_so(signed_in):
    response = signed_in.post("/sites/imports", data={}, follow_redirects=True)
    assert "Choose a ZIP file to import." in text(response)


# The import's page ---


def queued_import(owner, data: bytes = b"", filename: str = "later.zip") -> uuid.UUID:
    """An import kept but not carried out (as if the queue had not reached it yet)."""
    return imports.start_import(
        owner, filename, data or make_zip({"index.html": "<h1>A</h1>"}), hand_to_queue=False
    ).id


def test_the_site_list_offers_the_import_form(signed_in):
    page = text(signed_in.get("/sites/"))
    assert 'action="/sites/imports"' in page and 'enctype="multipart/form-data"' in page
    assert 'name="archive"' in page


def test_a_queued_import_polls_with_htmx_and_reloads_itself_without(signed_in, user):
    import_id = queued_import(user)
    page = text(signed_in.get(f"/sites/imports/{import_id}"))
    assert "Import of later.zip" in page and "Waiting to start" in page
    assert f'hx-get="/sites/imports/{import_id}"' in page and 'hx-trigger="every 1s"' in page
    assert '<noscript><meta http-equiv="refresh"' in page
    fragment = signed_in.get(f"/sites/imports/{import_id}", headers={"HX-Request": "true"})
    assert "<html" not in text(fragment) and 'id="import-status"' in text(fragment)
    assert "HX-Request" in fragment.headers["Vary"]


def test_a_running_import_shows_its_progress(signed_in, user):
    import_id = queued_import(user)
    act_as(user)
    _db.session.execute(sa.update(SiteImport).values(status="running", done=3, total=8))
    _db.session.commit()
    page = text(signed_in.get(f"/sites/imports/{import_id}"))
    assert '<progress class="import-progress" max="8" value="3">' in page and "3 of 8 steps" in page
    assert "hx-get" in page


def test_the_task_carries_out_a_queued_import_once(ctx, user):
    import_id = queued_import(user)
    imports.run_import(import_id, user.id)
    imports.run_import(import_id, user.id)  # delivered twice: done once
    record = imports.get_import(user, import_id)
    assert record.status == "succeeded" and record.done == record.total == 1
    act_as(user)
    assert _db.session.scalar(sa.select(sa.func.count()).select_from(GeneratedSite)) == 1
    assert _db.session.scalar(sa.select(SiteImport.data).where(SiteImport.id == import_id)) is None


def test_a_failed_import_shows_its_message_and_no_polling(signed_in, user):
    response = upload(signed_in, history_zip(set_in(["contents", "k1", "sha256"], "0" * 64)), "broken.zip")
    page = text(response)
    assert "The import failed." in page and "does not match its size or checksum" in page
    assert "hx-get" not in page and "Nothing was stored." in page


def test_an_unexpected_error_fails_the_import_with_a_plain_message(ctx, user, monkeypatch):
    import_id = queued_import(user)

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(imports.filestore, "store", broken)
    imports.run_import(import_id, user.id)
    record = imports.get_import(user, import_id)
    assert (record.status, record.error) == ("failed", imports.FAILED_UNEXPECTEDLY)
    act_as(user)
    assert _db.session.scalar(sa.select(sa.func.count()).select_from(GeneratedSite)) == 0


def test_housekeeping_fails_an_import_whose_task_was_lost(ctx, user, other_user):
    lost, fresh = queued_import(user), queued_import(other_user)
    act_as(user)
    _db.session.execute(
        sa.update(SiteImport).where(SiteImport.id == lost).values(created_at=utcnow() - timedelta(hours=2))
    )
    _db.session.commit()
    assert imports.fail_stale_imports() == 1
    assert imports.get_import(user, lost).status == "failed"
    assert imports.get_import(user, lost).error == imports.LOST
    assert imports.get_import(other_user, fresh).status == "queued"


def test_the_import_page_writes_nothing(signed_in, user, writes):
    import_id = queued_import(user)
    writes.clear()
    assert signed_in.get(f"/sites/imports/{import_id}").status_code == 200
    assert signed_in.get(f"/sites/imports/{import_id}", headers={"HX-Request": "true"}).status_code == 200
    assert signed_in.get("/sites/").status_code == 200
    assert writes == []


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_another_users_a_missing_or_a_malformed_import_answers_404(signed_in, user, other_user, htmx):
    theirs = queued_import(other_user)
    counts = row_counts(user, other_user)
    for import_id in (theirs, uuid.uuid4(), "not-an-id", "12"):
        response = signed_in.get(
            f"/sites/imports/{import_id}", headers={"HX-Request": "true"} if htmx else {}
        )
        assert response.status_code == 404, import_id
    assert row_counts(user, other_user) == counts


def test_the_import_routes_need_a_post_and_a_sign_in(client, signed_in):
    assert signed_in.get("/sites/imports").status_code in (404, 405)
    signed_in.post("/logout")
    response = client.post(
        "/sites/imports", data={"archive": (io.BytesIO(make_zip({"a.html": "a"})), "a.zip")}
    )
    assert response.status_code in (302, 401)


def test_the_import_form_needs_its_csrf_token(app, signed_in, user):
    app.config["WTF_CSRF_ENABLED"] = True
    counts = row_counts(user)
    response = signed_in.post(
        "/sites/imports", data={"archive": (io.BytesIO(make_zip({"a.html": "a"})), "a.zip")},
        content_type="multipart/form-data",
    )  # fmt: skip
    assert response.status_code == 400
    assert row_counts(user) == counts


# The command ---


def test_the_command_imports_a_history_zip_for_a_user(signed_in, runner, user, long_history, tmp_path):
    path = tmp_path / "studio.zip"
    path.write_bytes(signed_in.get(f"/sites/{long_history}/export.zip?history=1").data)
    result = runner.invoke(args=["sites", "import", str(path), "--user", "ada@example.com"])
    assert result.exit_code == 0, result.output
    copy = uuid.UUID(re.search(r"as site ([0-9a-f-]{36})", result.output).group(1))
    assert version_facts(user, copy) == version_facts(user, long_history)


def test_the_command_refuses_a_hostile_zip_and_an_unknown_user(runner, user, tmp_path):
    path = tmp_path / "evil.zip"
    path.write_bytes(make_zip({"../evil.html": "x"}))
    result = runner.invoke(args=["sites", "import", str(path), "--user", "ada@example.com"])
    assert result.exit_code != 0 and "Not imported" in result.output and "'..'" in result.output
    result = runner.invoke(args=["sites", "import", str(path), "--user", "nobody@example.com"])
    assert result.exit_code != 0 and "No account" in result.output


def test_an_import_failed_as_lost_while_it_ran_stores_nothing_when_it_ends(ctx, user, monkeypatch):
    import_id = queued_import(user)
    plain_plan = imports._plain_plan

    def meanwhile(*args):
        # Housekeeping's verdict lands while the worker is unpacking.
        imports._fail(import_id, user.id, imports.LOST)
        return plain_plan(*args)

    monkeypatch.setattr(imports, "_plain_plan", meanwhile)
    imports.run_import(import_id, user.id)
    assert imports.get_import(user, import_id).status == "failed"
    act_as(user)
    assert _db.session.scalar(sa.select(sa.func.count()).select_from(GeneratedSite)) == 0
