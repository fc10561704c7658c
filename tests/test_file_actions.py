"""Files by hand: a new file, a rename, a delete; each a version of kind "edited", nothing
lost from the history, the store's path rules with clear messages, other users' sites missing."""

import builders
import pytest

from webapp.ownership import NotFound
from webapp.services import conversations, edits, file_actions, sites, versions
from webapp.services.validation import INPUT_ERRORS

FILES = {"index.html": "<h1>Hello</h1>", "styles.css": "h1 { color: red }"}
HX = {"HX-Request": "true"}


@pytest.fixture
def site(user):
    conversation = conversations.create_conversation(user, "Chat")
    made = builders.site(user, FILES, conversation_id=conversation.id, title="Bakery")
    return made.id, conversation.id


def newest(user, site_id):
    site = sites.get_site(user, site_id)
    return versions.get_version_record(user, site_id, site.last_version_number)


def test_a_new_file_is_a_version_of_its_own_with_content_ready_for_its_kind(user, site):
    site_id, _ = site
    added = file_actions.add_file(user, site_id, "  about.html ")
    assert added.version_number == 2
    record = newest(user, site_id)
    assert (record.kind, record.change_description) == ("edited", "Added about.html")
    page = sites.get_site_files(user, site_id)["about.html"]
    assert "<title>About · Bakery</title>" in page and 'href="styles.css"' in page
    file_actions.add_file(user, site_id, "css/extra.css")
    assert sites.get_site_files(user, site_id)["css/extra.css"] == "/* extra.css */\n"
    file_actions.add_file(user, site_id, "blog/first-post.html")
    assert 'href="../styles.css"' in sites.get_site_files(user, site_id)["blog/first-post.html"]
    assert sites.get_site(user, site_id).last_version_number == 4


def test_a_rename_keeps_the_content_and_the_old_name_in_the_history(user, site):
    site_id, _ = site
    file_actions.rename_file(user, site_id, "styles.css", "css/main.css")
    files = sites.get_site_files(user, site_id)
    assert set(files) == {"index.html", "css/main.css"} and files["css/main.css"] == FILES["styles.css"]
    assert newest(user, site_id).change_description == "Renamed styles.css to css/main.css"
    assert "styles.css" in versions.get_version(user, site_id, 1).files


def test_a_delete_is_a_version_and_undoing_it_brings_the_file_back(user, site):
    site_id, _ = site
    file_actions.delete_file(user, site_id, "styles.css")
    assert set(sites.get_site_files(user, site_id)) == {"index.html"}
    assert newest(user, site_id).change_description == "Deleted styles.css"
    versions.restore_version(user, site_id, 1)
    assert sites.get_site_files(user, site_id) == FILES
    assert sites.get_site(user, site_id).last_version_number == 3


def test_typing_in_progress_becomes_its_own_version_first(user, site):
    site_id, _ = site
    edits.save_edit(user, site_id, "index.html", "<h1>Typed</h1>", 0)
    file_actions.add_file(user, site_id, "contact.html")
    assert versions.get_version(user, site_id, 2).files["index.html"] == "<h1>Typed</h1>"
    assert "contact.html" not in versions.get_version(user, site_id, 2).files
    assert newest(user, site_id).version_number == 3
    assert newest(user, site_id).change_description == "Added contact.html"


@pytest.mark.parametrize(
    ("action", "arguments", "reason"),
    [
        ("add", ("",), "Type a file name"),
        ("add", ("index.html",), "There is already a file 'index.html'"),
        ("add", ("INDEX.HTML",), "name the same file"),
        ("add", ("../secret.html",), "may not contain '.' or '..'"),
        ("add", ("/abs.html",), "is absolute"),
        ("add", ("index.html/inner.html",), "is a file and also a folder"),
        ("add", ("a\\b.html",), "backslash"),
        ("rename", ("styles.css", "index.html"), "There is already a file 'index.html'"),
        ("rename", ("styles.css", "styles.css"), "already has that name"),
        ("rename", ("missing.css", "x.css"), "The site has no file 'missing.css'"),
        ("rename", ("styles.css", "a//b.css"), "empty folder name"),
        ("delete", ("missing.css",), "The site has no file 'missing.css'"),
    ],
)
def test_refused_names_change_nothing_and_say_why(user, site, action, arguments, reason):
    site_id, _ = site
    function = {
        "add": file_actions.add_file,
        "rename": file_actions.rename_file,
        "delete": file_actions.delete_file,
    }
    with pytest.raises(INPUT_ERRORS, match=reason.replace("(", r"\(").replace(".", r"\.")):
        function[action](user, site_id, *arguments)
    assert sites.get_site_files(user, site_id) == FILES
    assert sites.get_site(user, site_id).last_version_number == 1


def test_the_only_file_cannot_be_deleted(user):
    made = builders.site(user, {"index.html": "x"})
    with pytest.raises(INPUT_ERRORS, match="only file"):
        file_actions.delete_file(user, made.id, "index.html")


def test_the_site_file_limit_holds(app, user, site):
    app.config["MAX_FILES_PER_SITE"] = 2
    site_id, _ = site
    with pytest.raises(INPUT_ERRORS, match="at most 2 files"):
        file_actions.add_file(user, site_id, "third.html")
    assert sites.get_site(user, site_id).last_version_number == 1


def test_another_users_site_is_missing(user, other_user, site):
    site_id, _ = site
    for call in (
        lambda: file_actions.add_file(other_user, site_id, "x.html"),
        lambda: file_actions.rename_file(other_user, site_id, "index.html", "y.html"),
        lambda: file_actions.delete_file(other_user, site_id, "index.html"),
    ):
        with pytest.raises(NotFound):
            call()
    assert sites.get_site_files(user, site_id) == FILES


def test_the_routes_add_rename_and_delete_then_open_the_file(client, auth, user, site):
    site_id, conversation_id = site
    auth.login()
    page = client.get(f"/builder/c/{conversation_id}").get_data(as_text=True)
    assert "New file" in page and f"/builder/sites/{site_id}/files/new" in page

    added = client.post(f"/builder/sites/{site_id}/files/new", data={"path": "about.html"}, headers=HX)
    assert added.status_code == 200
    assert added.headers["HX-Redirect"] == f"/builder/c/{conversation_id}?file=about.html#files"
    opened = client.get(f"/builder/c/{conversation_id}?file=about.html").get_data(as_text=True)
    assert "Added about.html · version 2." in opened
    assert '<p class="file-view-path"><code>about.html</code>' in opened
    assert "Rename" in opened and "Delete about.html" in opened
    assert "You edited" in opened or "Added about.html" in opened  # the version in the chat

    renamed = client.post(
        f"/builder/sites/{site_id}/files/rename", data={"path": "about.html", "new_path": "team.html"}
    )
    assert renamed.status_code == 303 and renamed.location.endswith("?file=team.html#files")
    deleted = client.post(f"/builder/sites/{site_id}/files/delete", data={"path": "team.html"})
    assert deleted.status_code == 303
    assert set(sites.get_site_files(user, site_id)) == set(FILES)
    assert sites.get_site(user, site_id).last_version_number == 4


def test_a_refused_name_is_said_beside_the_file_list(client, auth, user, site):
    site_id, _ = site
    auth.login()
    refused = client.post(f"/builder/sites/{site_id}/files/new", data={"path": "../x.html"}, headers=HX)
    assert refused.status_code == 400
    assert refused.headers["HX-Retarget"] == "#file-actions-error"
    assert "may not contain" in refused.get_data(as_text=True)
    assert sites.get_site(user, site_id).last_version_number == 1
