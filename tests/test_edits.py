"""Editing files by hand: autosaves, one version per burst, conflicts between tabs."""

import re
import uuid
from datetime import timedelta

import builders
import pytest

from webapp.generation import runs
from webapp.generation.base import GenerationOutcome, Generator
from webapp.ownership import NotFound
from webapp.services import conversations, edits, sites, versions
from webapp.services.validation import INPUT_ERRORS

FILES = {"index.html": "<h1>Hello</h1>", "styles.css": "body { color: red; }"}
HX = {"HX-Request": "true"}


@pytest.fixture
def app_config(app_config):
    """Generations run as they are queued."""
    return {**app_config, "TASK_IMMEDIATE": True}


@pytest.fixture
def site(user):
    conversation = conversations.create_conversation(user, "Chat")
    made = builders.site(user, FILES, conversation_id=conversation.id)
    return made.id, conversation.id


def test_an_autosave_changes_the_current_files_without_a_new_version(user, site):
    site_id, _ = site
    saved = edits.save_edit(user, site_id, "index.html", "<h1>Hello world</h1>", 0)
    assert saved.revision == 1 and saved.version_number == 1
    assert sites.get_site_files(user, site_id)["index.html"] == "<h1>Hello world</h1>"
    assert sites.get_site(user, site_id).last_version_number == 1


def test_a_burst_of_edits_becomes_one_edited_version(user, site):
    site_id, _ = site
    edits.save_edit(user, site_id, "index.html", "<h1>He</h1>", 0)
    edits.save_edit(user, site_id, "index.html", "<h1>Hey</h1>", 1)
    edits.save_edit(user, site_id, "styles.css", "body { color: blue; }", 2)
    assert versions.close_edit_burst(user, site_id).version_number == 2
    assert versions.close_edit_burst(user, site_id) is None  # nothing more to close
    version = versions.get_version(user, site_id, 2)
    assert version.change_description == "Edited index.html, styles.css"
    assert version.files == {"index.html": "<h1>Hey</h1>", "styles.css": "body { color: blue; }"}
    (row, *_) = versions.get_site_versions(user, site_id).items
    assert row.kind == "edited"
    assert row.changed_paths == {"added": [], "modified": ["index.html", "styles.css"], "deleted": []}


def test_a_save_from_a_stale_tab_is_refused_and_changes_nothing(user, site):
    site_id, _ = site
    edits.save_edit(user, site_id, "index.html", "<h1>Tab one</h1>", 0)
    with pytest.raises(edits.EditConflict, match="changed since you opened them"):
        edits.save_edit(user, site_id, "index.html", "<h1>Tab two</h1>", 0)
    assert sites.get_site_files(user, site_id)["index.html"] == "<h1>Tab one</h1>"


def test_an_idle_burst_is_closed_before_the_next_one_starts(app, user, site):
    site_id, _ = site
    app.config["EDIT_BURST_IDLE_SECONDS"] = 0
    edits.save_edit(user, site_id, "index.html", "<h1>Morning</h1>", 0)
    edits.save_edit(user, site_id, "styles.css", "body {}", 1)
    assert sites.get_site(user, site_id).last_version_number == 2
    assert versions.get_version(user, site_id, 2).change_description == "Edited index.html"


def test_a_burst_is_closed_when_idle_only_after_the_pause(user, site):
    site_id, _ = site
    edits.save_edit(user, site_id, "index.html", "<h1>Typing</h1>", 0)
    assert versions.close_edit_burst(user, site_id, idle_for=timedelta(minutes=5)) is None
    assert sites.get_site(user, site_id).last_version_number == 1
    closed = versions.close_edit_burst(user, site_id, idle_for=timedelta(0))
    assert closed.version_number == 2
    assert versions.get_version(user, site_id, 2).files["index.html"] == "<h1>Typing</h1>"


def test_a_new_version_keeps_the_open_burst_as_a_version_of_its_own_first(user, site):
    site_id, _ = site
    edits.save_edit(user, site_id, "index.html", "<h1>By hand</h1>", 0)
    files = {**FILES, "index.html": "<h1>By hand</h1>", "about.html": "<h1>About</h1>"}
    assert builders.version(user, site_id, files, "Added about").version_number == 3
    rows = {v.version_number: v for v in versions.get_site_versions(user, site_id).items}
    assert (rows[2].kind, rows[2].change_description) == ("edited", "Edited index.html")
    assert rows[2].changed_paths == {"added": [], "modified": ["index.html"], "deleted": []}
    # The new version's changes are counted against the edits, not against version 1.
    assert (rows[3].kind, rows[3].changed_paths) == (
        "generated",
        {"added": ["about.html"], "modified": [], "deleted": []},
    )
    assert versions.close_edit_burst(user, site_id) is None
    with pytest.raises(edits.EditConflict):  # the editor's text is stale now
        edits.save_edit(user, site_id, "index.html", "<h1>late</h1>", 1)


def test_a_restore_keeps_the_open_burst_as_a_version_of_its_own_first(user, site):
    site_id, _ = site
    edits.save_edit(user, site_id, "styles.css", "body { color: green; }", 0)
    assert versions.restore_version(user, site_id, 1).version_number == 3
    assert versions.get_version(user, site_id, 2).files["styles.css"] == "body { color: green; }"
    assert sites.get_site_files(user, site_id) == FILES


def test_the_next_message_keeps_the_edits_as_a_version_and_works_on_them(app, user, site, monkeypatch):
    site_id, conversation_id = site
    seen = []

    class Echo(Generator):
        def stream(self, request):
            seen.append(dict(request.files))
            yield "Added a page."
            yield GenerationOutcome(changed={"about.html": "<h1>About</h1>"}, description="Added about")

    monkeypatch.setattr(runs.attempt, "make_generator", lambda config: Echo())
    edits.save_edit(user, site_id, "index.html", "<h1>Typed by hand</h1>", 0)
    runs.start_generation(user, conversation_id, "Add an about page", uuid.uuid4().hex)  # runs at once
    assert seen[0]["index.html"] == "<h1>Typed by hand</h1>"
    assert versions.get_version(user, site_id, 2).change_description == "Edited index.html"
    third = versions.get_version(user, site_id, 3)
    assert third.change_description == "Added about"
    assert third.files["index.html"] == "<h1>Typed by hand</h1>"
    # The AI changed the files under the editor: its old revision is stale now.
    with pytest.raises(edits.EditConflict):
        edits.save_edit(user, site_id, "index.html", "<h1>late</h1>", 1)


@pytest.mark.parametrize(
    ("path", "content", "revision", "reason"),
    [
        ("missing.html", "x", 0, "has no file"),
        ("index.html", None, 0, "Only text files"),
        ("index.html", "x", "abc", "reload the page"),
        ("index.html", "x" * 11, 0, "larger than"),
    ],
)
def test_bad_edits_are_refused(app, user, site, path, content, revision, reason):
    app.config["MAX_FILE_BYTES"] = 10
    site_id, _ = site
    with pytest.raises(INPUT_ERRORS, match=reason):
        edits.save_edit(user, site_id, path, content, revision)
    assert sites.get_site_files(user, site_id) == FILES


def test_another_users_site_cannot_be_edited(user, other_user, site):
    site_id, _ = site
    with pytest.raises(NotFound):
        edits.save_edit(other_user, site_id, "index.html", "mine", 0)
    with pytest.raises(NotFound):
        versions.close_edit_burst(other_user, site_id)
    assert sites.get_site_files(user, site_id) == FILES


def test_editor_routes_autosave_report_conflicts_and_close(client, auth, user, other_user, site):
    site_id, conversation_id = site
    auth.login()
    editor = client.get(f"/builder/c/{conversation_id}/files/index.html?edit=1", headers=HX)
    assert 'name="content"' in editor.get_data(
        as_text=True
    ) and "&lt;h1&gt;Hello&lt;/h1&gt;" in editor.get_data(as_text=True)
    form = {"path": "index.html", "content": "<h1>Edited</h1>", "revision": "0"}
    saved = client.post(f"/builder/sites/{site_id}/edits", data=form, headers=HX)
    assert saved.status_code == 200
    assert saved.headers["HX-Trigger"] == "site-edited"
    assert 'id="edit-revision" value="1"' in saved.get_data(as_text=True)
    assert "Version 1 · edited by hand" in saved.get_data(as_text=True)

    stale = client.post(f"/builder/sites/{site_id}/edits", data=form, headers=HX)
    assert stale.status_code == 409
    assert "changed since you opened them" in stale.get_data(as_text=True)

    # Done: the file in view mode, and version 2 added to the chat with its Undo; a page
    # that is leaving (no htmx) gets nothing back.
    done = client.post(f"/builder/sites/{site_id}/edits/close", data={"path": "index.html"}, headers=HX)
    assert done.status_code == 200
    body = done.get_data(as_text=True)
    assert "&lt;h1&gt;Edited&lt;/h1&gt;" in body or "Edited" in body
    assert 'hx-swap-oob="beforeend:#messages"' in body and "You edited index.html" in body
    assert 'id="undo-2"' in body and "undo-1" not in body  # version 1 had nothing to undo
    assert versions.get_version(user, site_id, 2).files["index.html"] == "<h1>Edited</h1>"
    assert client.post(f"/builder/sites/{site_id}/edits/close").status_code == 204

    # Another user's site is missing, for every editing route.
    auth.logout()
    client.post("/login", data={"email": "grace@example.com", "password": "correct horse battery"})
    assert client.post(f"/builder/sites/{site_id}/edits", data=form, headers=HX).status_code == 404
    assert client.post(f"/builder/sites/{site_id}/edits/close", headers=HX).status_code == 404
    assert client.get(f"/builder/c/{conversation_id}/files/index.html?edit=1", headers=HX).status_code == 404


@pytest.mark.parametrize("setting", ["codemirror", "textarea"])
def test_the_code_editor_is_offered_when_built_and_chosen(app_config, setting, monkeypatch, tmp_path):
    """CODE_EDITOR=codemirror lays the bundle built at install time over the textarea;
    "textarea", or no bundle (no npm at install), leaves the plain textarea."""
    from webapp import create_app, templating

    bundle = tmp_path / "editor.js"
    bundle.write_text("window.KeepsiteEditor = {};")
    monkeypatch.setattr(templating, "CODE_EDITOR_BUNDLE", bundle)
    for built in (True, False):
        if not built:
            bundle.unlink()
        app = create_app({**app_config, "CODE_EDITOR": setting})
        with app.test_request_context():
            from flask import render_template

            from webapp.models import GeneratedSite

            site = GeneratedSite(id=uuid.uuid4(), draft_revision=0)
            html = render_template(
                "builder/_editor.html",
                site=site,
                path="index.html",
                content="<h1>Hi</h1>",
                conversation_id="c",
            )
        assert 'id="editor-content"' in html  # the field, and the editor without JavaScript
        offered = 'data-code-editor="/static/vendor/editor.js"' in html
        assert offered == (setting == "codemirror" and built)


def test_the_builder_page_lets_its_script_add_styles_by_nonce_only(client, auth, user, site):
    _, conversation_id = site
    auth.login()
    page = client.get(f"/builder/c/{conversation_id}")
    policy = page.headers["Content-Security-Policy"]
    nonce = re.search(r"style-src 'self' 'nonce-([\w-]+)'", policy).group(1)
    assert len(nonce) >= 16
    assert f'nonce="{nonce}"' in page.get_data(as_text=True)
    # A fresh nonce each time; pages without the editor's script carry none.
    assert nonce not in client.get(f"/builder/c/{conversation_id}").headers["Content-Security-Policy"]
    assert "nonce-" not in client.get("/").headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy
