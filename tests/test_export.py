"""Downloading a site as a ZIP: one version's files, or the whole history."""

import hashlib
import io
import json
import uuid
import zipfile

import builders
import pytest
import sqlalchemy as sa
from support import count_rows

from webapp.extensions import db as _db
from webapp.models import Conversation, FileContent, GeneratedSite, Message, SiteImport, SiteVersion
from webapp.ownership import act_as
from webapp.services import edits, sites, trash, version_labels

OWNED = (Conversation, Message, GeneratedSite, SiteVersion, FileContent, SiteImport)
# A tiny PNG's first bytes and some that are not UTF-8: a binary file must come out byte for byte.
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


def row_counts(*owners) -> dict:
    """How many rows of each owned table each user has."""
    return count_rows(OWNED, *owners)


@pytest.fixture
def bakery(user):
    """A site of three versions with a binary image, built in a conversation; version 2 labelled."""
    conversation = builders.conversation(user, "Bakery chat")
    asked = builders.message(user, conversation.id, "Make me a bakery site")
    answered = builders.message(user, conversation.id, "Here is your bakery", role="assistant")
    site = builders.site(
        user,
        {"index.html": "<h1>Bread</h1>", "img/logo.png": PNG, "styles.css": "body{}"},
        conversation_id=conversation.id,
        title="Bäckerei Süd",
        description="Fresh bread",
        message_id=answered,
    )
    builders.version(user, site.id, {"index.html": "<h1>Menu</h1>", "img/logo.png": PNG}, "Menu")
    version_labels.set_version_label(user, site.id, 2, label="Sent to client", note="Waiting for\nfeedback")
    builders.version(user, site.id, {"index.html": "<h1>Cakes</h1>", "about.html": "<p>Us</p>"}, "Cakes")
    assert asked
    return site.id


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


def test_downloads_the_current_files_as_a_zip_named_after_the_site(signed_in, bakery):
    response = signed_in.get(f"/sites/{bakery}/export.zip")
    assert response.status_code == 200
    assert response.mimetype == "application/zip"
    assert response.headers["Content-Disposition"] == 'attachment; filename="backerei-sud-v3.zip"'
    assert response.is_streamed
    assert unzip(response.data) == {"about.html": b"<p>Us</p>", "index.html": b"<h1>Cakes</h1>"}


def test_any_version_downloads_with_its_binary_files_byte_for_byte(signed_in, bakery):
    response = signed_in.get(f"/sites/{bakery}/export.zip?version=1")
    assert response.status_code == 200
    assert "backerei-sud-v1.zip" in response.headers["Content-Disposition"]
    files = unzip(response.data)
    assert files == {"img/logo.png": PNG, "index.html": b"<h1>Bread</h1>", "styles.css": b"body{}"}


def test_the_same_version_gives_the_same_bytes_with_sorted_paths_and_fixed_times(signed_in, user, bakery):
    first = signed_in.get(f"/sites/{bakery}/export.zip?version=1").data
    builders.version(user, bakery, {"index.html": "<h1>Later</h1>"}, "Later")
    again = signed_in.get(f"/sites/{bakery}/export.zip?version=1").data
    assert first == again
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        infos = archive.infolist()
    assert [info.filename for info in infos] == sorted(info.filename for info in infos)
    act_as(user)
    made = _db.session.scalar(
        sa.select(SiteVersion.created_at).where(
            SiteVersion.site_id == bakery, SiteVersion.version_number == 1
        )
    )
    # ZIP times count seconds in twos.
    assert {info.date_time for info in infos} == {(*made.timetuple()[:5], made.second // 2 * 2)}
    assert {info.external_attr >> 16 for info in infos} == {0o100644}
    # An image is stored as it is, text deflated.
    methods = {info.filename: info.compress_type for info in infos}
    assert methods["img/logo.png"] == zipfile.ZIP_STORED
    assert methods["index.html"] == zipfile.ZIP_DEFLATED


def test_the_history_zip_holds_every_version_the_conversation_and_each_content_once(signed_in, user, bakery):
    response = signed_in.get(f"/sites/{bakery}/export.zip?history=1")
    assert response.status_code == 200
    assert "backerei-sud-v3-history.zip" in response.headers["Content-Disposition"]
    files = unzip(response.data)
    history = json.loads(files[".keepsite/history.json"])
    assert history["format"] == "keepsite-history" and history["format_version"] == 1
    assert history["site"]["title"] == "Bäckerei Süd"
    assert history["site"]["description"] == "Fresh bread"
    assert [v["number"] for v in history["versions"]] == [1, 2, 3]
    assert [v["description"] for v in history["versions"]] == ["Created the site", "Menu", "Cakes"]
    assert history["versions"][1]["label"] == "Sent to client"
    assert history["versions"][1]["note"] == "Waiting for\nfeedback"
    messages = history["conversation"]["messages"]
    assert [(m["role"], m["content"]) for m in messages] == [
        ("user", "Make me a bakery site"),
        ("assistant", "Here is your bakery"),
    ]
    assert history["versions"][0]["message"] == messages[1]["id"]
    assert history["publish_log"] == []
    # The current files at the top, and every content once, with its size and checksum.
    assert files["index.html"] == b"<h1>Cakes</h1>"
    keys = {key for version in history["versions"] for key in version["files"].values()}
    assert set(history["contents"]) == keys
    stored = {
        name.removeprefix(".keepsite/contents/") for name in files if name.startswith(".keepsite/contents/")
    }
    assert stored == keys
    for key, facts in history["contents"].items():
        data = files[f".keepsite/contents/{key}"]
        assert facts["size"] == len(data)
        assert facts["sha256"] == hashlib.sha256(data).hexdigest()
    logo = history["versions"][0]["files"]["img/logo.png"]
    assert files[f".keepsite/contents/{logo}"] == PNG and history["contents"][logo]["text"] is False
    assert signed_in.get(f"/sites/{bakery}/export.zip?history=1").data == response.data


def test_the_site_page_and_the_version_page_offer_both_downloads(signed_in, bakery):
    page = signed_in.get(f"/sites/{bakery}").get_data(as_text=True)
    assert f'href="/sites/{bakery}/export.zip"' in page
    assert f'href="/sites/{bakery}/export.zip?history=1"' in page
    version = signed_in.get(f"/sites/{bakery}/versions/2").get_data(as_text=True)
    assert f'href="/sites/{bakery}/export.zip?version=2"' in version
    assert "Download with history" in version


def test_downloading_writes_nothing(signed_in, bakery, writes):
    for query in ("", "?version=1", "?history=1", "?version=2&history=1"):
        assert signed_in.get(f"/sites/{bakery}/export.zip{query}").status_code == 200
    assert writes == []


@pytest.mark.parametrize("query", ["", "?history=1"])
def test_another_users_a_trashed_a_missing_or_a_malformed_site_answers_404(
    signed_in, user, other_user, bakery, query
):
    theirs = builders.site(other_user, {"index.html": "<h1>Theirs</h1>"}, title="Theirs").id
    trashed = builders.site(user, {"index.html": "<h1>Old</h1>"}, title="Old").id
    trash.move_to_trash(user, "site", trashed)
    counts = row_counts(user, other_user)
    for site_id in (theirs, trashed, uuid.uuid4(), "not-an-id"):
        assert signed_in.get(f"/sites/{site_id}/export.zip{query}").status_code == 404, site_id
    assert row_counts(user, other_user) == counts


@pytest.mark.parametrize("number", ["4", "0", "-1", "two", "99999999999999999999"])
def test_a_missing_version_answers_404(signed_in, bakery, number):
    assert signed_in.get(f"/sites/{bakery}/export.zip?version={number}").status_code == 404


def test_signed_out_visitors_are_sent_to_log_in(client, bakery):
    response = client.get(f"/sites/{bakery}/export.zip")
    assert response.status_code in (302, 401)


def test_the_command_writes_the_same_zip_as_the_download(signed_in, runner, bakery, tmp_path):
    target = tmp_path / "out.zip"
    args = ["sites", "export", str(bakery), "--user", "ADA@example.com", "--history", "-o", str(target)]
    result = runner.invoke(args=args)
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == signed_in.get(f"/sites/{bakery}/export.zip?history=1").data


def test_the_command_refuses_an_unknown_user_or_site(runner, bakery, tmp_path):
    out = str(tmp_path / "x.zip")
    result = runner.invoke(args=["sites", "export", str(bakery), "--user", "nobody@example.com", "-o", out])
    assert result.exit_code != 0 and "No account" in result.output
    result = runner.invoke(
        args=["sites", "export", str(uuid.uuid4()), "--user", "ada@example.com", "-o", out]
    )
    assert result.exit_code != 0 and "No such site" in result.output


def test_hand_edits_not_yet_a_version_are_in_the_current_download(signed_in, user, bakery):
    site = sites.get_site(user, bakery)
    edits.save_edit(user, bakery, "index.html", "<h1>Cakes, edited</h1>", site.draft_revision)
    response = signed_in.get(f"/sites/{bakery}/export.zip")
    assert "backerei-sud-v3-edited.zip" in response.headers["Content-Disposition"]
    assert unzip(response.data)["index.html"] == b"<h1>Cakes, edited</h1>"
    # A version's own download is that version's files still.
    assert (
        unzip(signed_in.get(f"/sites/{bakery}/export.zip?version=3").data)["index.html"] == b"<h1>Cakes</h1>"
    )
