"""Large contents in an S3-compatible bucket: a real S3-protocol server on 127.0.0.1
(moto's), talked to by the real client, behind the file store's usual interface."""

import io
import os
import random
import socket
import uuid
import zipfile
from datetime import UTC, datetime, timedelta

import boto3
import builders
import pytest
import sqlalchemy as sa
from flask import current_app
from PIL import Image

from webapp import bucket_upkeep, create_app, filestore
from webapp.auth import services as accounts
from webapp.database import write_transaction
from webapp.extensions import db as _db
from webapp.filestore import StorageUnavailable
from webapp.models import FileContent, GeneratedSite
from webapp.ownership import act_as, owned
from webapp.preview.views import preview_url
from webapp.services import publishing, sites, trash
from webapp.taskqueue import get_queue

MIN_BYTES = 4096
NOT_ANSWERING = "Storage is not answering; nothing was saved. Try again in a moment."


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def s3_server():
    """moto's S3 server on a free port of 127.0.0.1, for the whole run."""
    from moto.server import ThreadedMotoServer

    # The client must reach 127.0.0.1 directly, whatever proxy the machine names.
    os.environ["NO_PROXY"] = ",".join(filter(None, [os.environ.get("NO_PROXY"), "127.0.0.1"]))
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=_free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


CREDENTIALS = {
    "aws_access_key_id": "test-key",
    "aws_secret_access_key": "test-secret",
    "region_name": "us-east-1",
}


@pytest.fixture
def bucket(s3_server):
    """A bucket of this test's own; the test reads it with a client of its own."""
    name = f"test-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=s3_server, **CREDENTIALS)
    client.create_bucket(Bucket=name)
    yield name
    client.close()


@pytest.fixture
def app_config(app_config, s3_server, bucket):
    """The app with a bucket, and tasks carried out as they are enqueued."""
    return {
        **app_config,
        "S3_BUCKET": bucket,
        "S3_ENDPOINT_URL": s3_server,
        "S3_REGION": "us-east-1",
        "S3_ACCESS_KEY_ID": CREDENTIALS["aws_access_key_id"],
        "S3_SECRET_ACCESS_KEY": CREDENTIALS["aws_secret_access_key"],
        "S3_MIN_BYTES": MIN_BYTES,
        "TASK_IMMEDIATE": True,
    }


def objects(s3_server, bucket, prefix="contents/") -> list[str]:
    """Every key in the bucket under `prefix`, as the bucket itself lists them."""
    client = boto3.client("s3", endpoint_url=s3_server, **CREDENTIALS)
    found = client.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", [])
    client.close()
    return sorted(item["Key"] for item in found)


def large(seed: int = 1, size: int = 50_000) -> bytes:
    """Bytes that do not compress, above the bucket's threshold."""
    return random.Random(seed).randbytes(size)


def rows(user) -> dict[str, tuple]:
    """The user's `file_contents` rows: hash -> (location, has data)."""
    act_as(user)
    found = _db.session.execute(
        sa.select(FileContent.hash, FileContent.location, FileContent.data.is_not(None)).where(
            FileContent.user_id == user.id
        )
    ).all()
    _db.session.commit()
    return {digest: (location, has_data) for digest, location, has_data in found}


def test_a_large_content_goes_to_the_bucket_and_reads_back_byte_identical(db, user, s3_server, bucket):
    photo, page = large(), "<h1>" + "Big page " * 2000 + "</h1>"
    site = builders.site(user, {"photo.jpg": photo, "index.html": page, "small.css": "b{}"})
    manifest = sites.get_site(user, site.id).manifest
    assert objects(s3_server, bucket) == sorted(
        f"contents/{user.id}/{manifest[path]}" for path in ("photo.jpg", "index.html")
    )
    assert rows(user) == {
        manifest["photo.jpg"]: ("s3", False),
        manifest["index.html"]: ("s3", False),
        manifest["small.css"]: ("db", True),
    }
    loaded = filestore.load(user.id, manifest)
    assert loaded == {"photo.jpg": photo, "index.html": page, "small.css": "b{}"}
    assert type(loaded["index.html"]) is str and type(loaded["photo.jpg"]) is bytes
    assert filestore.load_one(user.id, manifest, "photo.jpg") == photo
    assert filestore.load_keys(user.id, [manifest["index.html"]]) == {manifest["index.html"]: page}
    # Sizes (the quota) count a content in the bucket like any other.
    total = len(photo) + len(page.encode()) + 3
    assert filestore.total_size(user.id, manifest) == total
    assert sites.get_storage_cost(user, site.id).full_copy_bytes == total


def test_small_contents_stay_in_the_database(db, user, s3_server, bucket):
    builders.site(user, {"index.html": "<h1>Hi</h1>", "logo.png": b"\x89PNG" + bytes(MIN_BYTES - 10)})
    assert objects(s3_server, bucket) == []
    assert {location for location, _ in rows(user).values()} == {"db"}


def test_without_a_bucket_every_content_stays_in_the_database(app, db, user, s3_server, bucket):
    app.config["S3_BUCKET"] = ""
    site = builders.site(user, {"photo.jpg": large()})
    assert objects(s3_server, bucket) == []
    assert list(rows(user).values()) == [("db", True)]
    assert sites.get_site_files(user, site.id) == {"photo.jpg": large()}


def test_the_same_content_stored_twice_is_one_object(db, user, s3_server, bucket):
    site = builders.site(user, {"a.jpg": large(), "copy-of-a.jpg": large()})
    builders.version(user, site.id, {"a.jpg": large(), "renamed.jpg": large()})
    assert len(objects(s3_server, bucket)) == 1
    assert len(rows(user)) == 1


def test_preview_and_export_serve_a_content_from_the_bucket(app, client, auth, user, s3_server, bucket):
    photo = large(7)
    site = builders.site(user, {"index.html": "<img src='photo.jpg'>", "photo.jpg": photo})
    assert len(objects(s3_server, bucket)) == 1
    with app.test_request_context():
        url = preview_url(user.id, site.id, path="photo.jpg")
    served = client.get(url)
    assert served.status_code == 200 and served.data == photo
    auth.login()
    exported = client.get(f"/sites/{site.id}/export.zip")
    assert exported.status_code == 200
    with zipfile.ZipFile(io.BytesIO(exported.data)) as archive:
        assert archive.read("photo.jpg") == photo


def test_a_published_site_serves_a_content_from_the_bucket(client, user, s3_server, bucket):
    photo = large(8)
    site = builders.site(user, {"index.html": "<img src='photo.jpg'>", "photo.jpg": photo}, title="Photos")
    publishing.publish(user, site.id, 1)
    slug = sites.get_site(user, site.id).slug
    assert len(objects(s3_server, bucket)) == 1
    served = client.get(f"/p/{slug}/photo.jpg")
    assert served.status_code == 200 and served.data == photo
    # A visitor who holds it already is told so, without the bucket being read.
    again = client.get(f"/p/{slug}/photo.jpg", headers={"If-None-Match": served.headers["ETag"]})
    assert again.status_code == 304


def import_zip(client, data: bytes):
    """POST a ZIP to the import form (its task runs at once, in the request)."""
    response = client.post(
        "/sites/imports",
        data={"archive": (io.BytesIO(data), "site.zip")},
        content_type="multipart/form-data",
        follow_redirects=True,
    )
    assert response.status_code == 200


def test_an_imported_zip_and_history_put_their_large_contents_in_the_bucket(
    client, auth, user, s3_server, bucket
):
    photo = large(9)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", "<img src='photo.jpg'>")
        archive.writestr("photo.jpg", photo)
    auth.login()
    import_zip(client, buffer.getvalue())
    assert len(objects(s3_server, bucket)) == 1
    act_as(user)
    site = _db.session.scalars(owned(GeneratedSite, user)).one()
    assert sites.get_site_files(user, site.id)["photo.jpg"] == photo
    history = client.get(f"/sites/{site.id}/export.zip?history=1").data
    trash.move_to_trash(user, "site", site.id)
    trash.delete_forever(user, "site", site.id)
    assert objects(s3_server, bucket) == []
    import_zip(client, history)
    assert len(objects(s3_server, bucket)) == 1
    site = _db.session.scalars(owned(GeneratedSite, user)).one()
    assert sites.get_site_files(user, site.id)["photo.jpg"] == photo


def test_deleting_a_site_forever_leaves_no_object(db, user, s3_server, bucket):
    kept = builders.site(user, {"shared.jpg": large(1)})
    gone = builders.site(user, {"shared.jpg": large(1), "own.jpg": large(2)})
    builders.version(user, gone.id, {"shared.jpg": large(1), "own.jpg": large(3)})
    assert len(objects(s3_server, bucket)) == 3
    trash.move_to_trash(user, "site", gone.id)
    trash.delete_forever(user, "site", gone.id)
    # The content the other site still uses stays, in its row and in the bucket.
    shared = sites.get_site(user, kept.id).manifest["shared.jpg"]
    assert objects(s3_server, bucket) == [f"contents/{user.id}/{shared}"]
    assert sites.get_site_files(user, kept.id) == {"shared.jpg": large(1)}


def test_the_gc_command_deletes_the_objects_of_contents_nothing_references(
    db, user, app_config, database, s3_server, bucket
):
    kept = builders.site(user, {"kept.jpg": large(1)})
    with write_transaction(user):
        filestore.store(user.id, {"stray.jpg": large(2)})  # no manifest names it
    assert len(objects(s3_server, bucket)) == 2
    # Maintenance runs as the tables' owner (see test_filestore.py).
    owner_app = create_app({**app_config, "SQLALCHEMY_DATABASE_URI": database.owner_url})
    result = owner_app.test_cli_runner().invoke(args=["files", "gc"])
    with owner_app.app_context():
        owner_app.extensions["sqlalchemy"].engine.dispose()
    get_queue(owner_app).close()
    assert result.exit_code == 0, result.output
    assert "Removed 1 unreferenced file content(s)" in result.output
    assert objects(s3_server, bucket) == [f"contents/{user.id}/{kept.manifest['kept.jpg']}"]


def test_deleting_an_account_leaves_no_object_under_its_prefix(db, user, other_user, s3_server, bucket):
    builders.site(user, {"a.jpg": large(1), "b.jpg": large(2)})
    builders.site(other_user, {"a.jpg": large(1)})
    assert len(objects(s3_server, bucket, f"contents/{user.id}/")) == 2
    accounts.delete_account(user)
    assert objects(s3_server, bucket, f"contents/{user.id}/") == []
    assert len(objects(s3_server, bucket, f"contents/{other_user.id}/")) == 1
    assert filestore.load_keys(other_user.id, rows(other_user)) == {
        digest: large(1) for digest in rows(other_user)
    }


def test_a_rolled_back_saves_object_is_swept_after_the_grace_period_not_before(db, user, s3_server, bucket):
    kept = builders.site(user, {"kept.jpg": large(1)})
    with pytest.raises(RuntimeError), write_transaction(user):
        filestore.store(user.id, {"orphan.jpg": large(2)})
        raise RuntimeError("the save fails after the upload")
    assert rows(user) == {kept.manifest["kept.jpg"]: ("s3", False)}
    assert len(objects(s3_server, bucket)) == 2

    assert bucket_upkeep.sweep() == 0  # younger than S3_ORPHAN_GRACE_SECONDS: a save may be under way
    assert len(objects(s3_server, bucket)) == 2
    later = datetime.now(UTC) + timedelta(seconds=current_app.config["S3_ORPHAN_GRACE_SECONDS"] + 60)
    assert bucket_upkeep.sweep(now=later) == 1
    assert objects(s3_server, bucket) == [f"contents/{user.id}/{kept.manifest['kept.jpg']}"]
    assert sites.get_site_files(user, kept.id) == {"kept.jpg": large(1)}


def test_prepare_puts_large_contents_before_the_transaction_and_the_save_puts_back_a_lost_one(
    db, user, s3_server, bucket
):
    prepared = filestore.prepare({"a.jpg": large(1), "b.jpg": large(2), "c.css": "b{}"}, user_id=user.id)
    # In the bucket already, with no row yet: the transaction will only check them.
    assert len(objects(s3_server, bucket)) == 2 and rows(user) == {}
    # One is deleted meanwhile (its content, stored before, was just collected).
    client = boto3.client("s3", endpoint_url=s3_server, **CREDENTIALS)
    client.delete_object(Bucket=bucket, Key=f"contents/{user.id}/{prepared['a.jpg'].hash}")
    client.close()
    with write_transaction(user):
        manifest = filestore.apply_changes(user.id, {}, prepared)
    assert len(objects(s3_server, bucket)) == 2
    assert filestore.load(user.id, manifest) == {"a.jpg": large(1), "b.jpg": large(2), "c.css": "b{}"}


def test_the_sweep_runs_on_the_queue_every_few_minutes(app):
    periodic = {task.name for task in get_queue(app).huey._registry.periodic_tasks}
    assert "sweep_bucket" in periodic


def test_a_content_stored_again_before_its_objects_delete_runs_keeps_its_object(
    app, db, user, s3_server, bucket
):
    app.config["TASK_IMMEDIATE"] = False  # the delete waits in the queue meanwhile
    site = builders.site(user, {"a.jpg": large()})
    digest = site.manifest["a.jpg"]
    trash.move_to_trash(user, "site", site.id)
    trash.delete_forever(user, "site", site.id)
    assert rows(user) == {}
    again = builders.site(user, {"a.jpg": large()})
    # The queued delete runs now: a row names the object again, so it stays.
    assert bucket_upkeep.forget_objects(user.id, [digest]) == 0
    assert objects(s3_server, bucket) == [f"contents/{user.id}/{digest}"]
    assert sites.get_site_files(user, again.id) == {"a.jpg": large()}


def test_another_users_content_is_never_read(db, user, other_user, s3_server, bucket):
    mine = builders.site(user, {"a.jpg": large(1)})
    digest = mine.manifest["a.jpg"]
    # Knowing the key is not enough: the row, and the object key, are the reader's own.
    with pytest.raises(LookupError):
        filestore.load_keys(other_user.id, [digest])
    theirs = builders.site(other_user, {"a.jpg": large(1)})
    assert theirs.manifest["a.jpg"] == digest
    assert objects(s3_server, bucket) == sorted(
        [f"contents/{user.id}/{digest}", f"contents/{other_user.id}/{digest}"]
    )


@pytest.fixture
def bucket_down(app):
    """The bucket's address is a port nothing listens on."""
    app.config.update(
        S3_ENDPOINT_URL=f"http://127.0.0.1:{_free_port()}", S3_MAX_ATTEMPTS=1, S3_TIMEOUT_SECONDS=2
    )
    app.extensions.pop("s3_client", None)


def test_a_bucket_that_does_not_answer_saves_nothing_and_says_so(db, user, bucket_down):
    with pytest.raises(StorageUnavailable, match=NOT_ANSWERING):
        builders.site(user, {"photo.jpg": large(), "index.html": "<h1>Hi</h1>"})
    assert rows(user) == {}
    assert _db.session.scalars(owned(GeneratedSite, user)).all() == []


def test_an_upload_while_the_bucket_is_away_says_why_and_keeps_the_site(client, auth, user, bucket_down):
    noise = Image.frombytes("RGB", (64, 64), large(size=64 * 64 * 3))
    image = io.BytesIO()
    noise.save(image, "PNG")
    assert len(image.getvalue()) > MIN_BYTES
    site = builders.site(user, {"index.html": "<h1>Hi</h1>"})
    auth.login()
    response = client.post(
        f"/builder/sites/{site.id}/files/upload",
        data={"images": [(io.BytesIO(image.getvalue()), "noise.png")]},
        content_type="multipart/form-data",
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 400
    assert NOT_ANSWERING in response.get_data(as_text=True)
    assert sites.get_site(user, site.id).last_version_number == 1
    assert len(rows(user)) == 1
