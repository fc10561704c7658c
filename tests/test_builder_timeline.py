"""The builder's timeline shows every version where it happened; Undo and Redo are restores."""

import re
import uuid

import pytest

from webapp.services import conversations, edits, sites, versions


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TASK_IMMEDIATE": True, "AI_OFFLINE_DELAY_SECONDS": 0}


@pytest.fixture
def built(client, user, auth):
    """A conversation whose site has version 1 (the AI's), then version 2 (a hand edit)."""
    auth.login()
    response = client.post("/builder/send", data={"message": "A bakery site", "client_key": uuid.uuid4().hex})
    conversation_id = response.headers["Location"].rsplit("/", 1)[1]
    site = sites.get_site_for_conversation(user, conversation_id)
    edits.save_edit(user, site.id, "styles.css", "body { color: teal; }", site.draft_revision)
    versions.close_edit_burst(user, site.id)
    return conversation_id, site.id


def page_of(client, conversation_id) -> str:
    return client.get(f"/builder/c/{conversation_id}").get_data(as_text=True)


def undo_form(page: str) -> dict:
    form = re.search(r'<form class="undo-form".*?</form>', page, re.S).group(0)
    return dict(re.findall(r'name="(\w+)" value="([^"]*)"', form))


def test_a_hand_edit_version_shows_in_the_chat_so_numbers_never_jump(client, built):
    page = page_of(client, built[0])
    assert "Version 1 ·" in page
    assert "You edited styles.css" in page and "Version 2 ·" in page
    # In the order they happened: the AI's reply, then the edit.
    assert page.index("Version 1 ·") < page.index("You edited styles.css")


def test_undo_then_redo_are_restores_and_nothing_is_lost(client, user, built):
    conversation_id, site_id = built
    before = {n: versions.get_version(user, site_id, n).files for n in (1, 2)}
    form = undo_form(page_of(client, conversation_id))
    assert (form["version"], form["newest"]) == ("1", "2")
    assert "Undo" in page_of(client, conversation_id)

    response = client.post(f"/builder/sites/{site_id}/restore", data=form)
    assert response.status_code == 303
    page = page_of(client, conversation_id)
    assert "Version 1 is back, as version 3." in page
    assert "Restored version 1" in page and "Redo" in page
    assert versions.get_version(user, site_id, 3).files == before[1]

    client.post(f"/builder/sites/{site_id}/restore", data=undo_form(page))
    assert versions.get_version(user, site_id, 4).files == before[2]
    assert sites.get_site_files(user, site_id) == before[2]
    # Every version is still there, unchanged; the newest offers Undo again.
    assert {n: versions.get_version(user, site_id, n).files for n in (1, 2)} == before
    assert versions.get_version(user, site_id, 4).change_description == "Restored version 2"
    assert undo_form(page_of(client, conversation_id))["version"] == "3"


def test_an_undo_offered_before_the_site_changed_is_refused(client, user, built):
    conversation_id, site_id = built
    stale = undo_form(page_of(client, conversation_id))
    versions.restore_version(user, site_id, 1)  # another tab got there first: version 3
    response = client.post(f"/builder/sites/{site_id}/restore", data=stale, follow_redirects=True)
    assert "nothing was restored" in response.get_data(as_text=True)
    assert sites.get_site(user, site_id).last_version_number == 3


@pytest.mark.parametrize("form", [{"version": "x", "newest": "2"}, {"newest": "2"}, {"version": "1"}])
def test_a_bad_restore_form_changes_nothing(client, user, built, form):
    response = client.post(f"/builder/sites/{built[1]}/restore", data=form, follow_redirects=True)
    assert "reload the page" in response.get_data(as_text=True)
    assert sites.get_site(user, built[1]).last_version_number == 2


def test_another_users_site_cannot_be_restored(client, user, other_user, built, auth):
    client.post("/logout")
    auth.login(email="grace@example.com")
    response = client.post(f"/builder/sites/{built[1]}/restore", data={"version": "1", "newest": "2"})
    assert response.status_code == 404
    assert sites.get_site(user, built[1]).last_version_number == 2
    assert client.post(f"/builder/sites/{uuid.uuid4()}/restore", data={"version": "1"}).status_code == 404


def test_each_version_event_shows_once_on_the_page_of_its_time(client, user, built, app):
    conversation_id, _ = built
    app.config["MESSAGES_PER_PAGE"] = 1
    for text in ("one", "two"):
        conversations.add_message(user, conversation_id, "user", text)
    pages = [page_of(client, conversation_id)]
    while anchor := re.search(r'href="[^"]*before=([0-9a-f-]+)', pages[-1]):
        pages.append(
            client.get(
                f"/builder/c/{conversation_id}/messages?before={anchor.group(1)}",
                headers={"HX-Request": "true"},
            ).get_data(as_text=True)
        )
    assert len(pages) == 4  # one message a page
    # The edit came after the AI's reply and before "one": on the reply's page, once.
    assert [page.count("You edited styles.css") for page in pages] == [0, 0, 1, 0]
    assert "Version 1 ·" in pages[2]


# A link to the message that made a version opens the messages around it ---


@pytest.fixture
def long_chat(client, user, built, app):
    """The built conversation, then 12 more messages: version 1's reply is long off the newest page."""
    conversation_id, site_id = built
    app.config["MESSAGES_PER_PAGE"] = 6
    for number in range(12):
        conversations.add_message(user, conversation_id, "user", f"later message {number}")
    return conversation_id, site_id


def made_by(user, site_id, number):
    return versions.get_version_record(user, site_id, number).created_by_message_id


def test_the_history_links_a_version_to_its_message_on_whichever_page_holds_it(client, user, long_chat):
    conversation_id, site_id = long_chat
    message_id = made_by(user, site_id, 1)
    history = client.get(f"/sites/{site_id}/versions").get_data(as_text=True)
    link = f"/builder/c/{conversation_id}?at={message_id}#message-{message_id}"
    assert f'href="{link}"' in history
    assert f'id="message-{message_id}"' not in page_of(client, conversation_id)  # not on the newest page

    page = client.get(link.split("#")[0]).get_data(as_text=True)
    assert f'id="message-{message_id}"' in page
    # The hand edit made after that reply shows in its place, once.
    assert page.count("You edited styles.css") == 1
    assert page.index(f'id="message-{message_id}"') < page.index("You edited styles.css")
    # Not the newest messages: a way back to them instead of the composer.
    assert "later message 11" not in page and "Show the newest messages" in page
    assert 'id="composer"' not in page
    assert "Load older messages" in page or page.index("A bakery site") < page.index(
        f'id="message-{message_id}"'
    )


def test_a_link_to_a_message_on_the_newest_page_opens_the_newest_page(client, user, long_chat):
    conversation_id, _ = long_chat
    newest = conversations.get_messages(user, conversation_id, limit=1)[0]
    page = client.get(f"/builder/c/{conversation_id}?at={newest.id}").get_data(as_text=True)
    assert 'id="composer"' in page and "Show the newest messages" not in page


@pytest.mark.parametrize("at", ["nope", str(uuid.uuid4()), "theirs"])
def test_a_stale_or_foreign_message_link_opens_the_newest_page(client, user, other_user, long_chat, at):
    conversation_id, _ = long_chat
    if at == "theirs":
        theirs = conversations.create_conversation(other_user, "Theirs")
        at = str(conversations.add_message(other_user, theirs.id, "user", "secret"))
    response = client.get(f"/builder/c/{conversation_id}?at={at}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "later message 11" in page and 'id="composer"' in page and "secret" not in page


def test_the_messages_around_one_are_half_before_and_half_after(user, long_chat):
    conversation_id, _ = long_chat
    everything = conversations.get_messages(user, conversation_id, limit=100)
    middle = everything[7]
    window = conversations.get_messages_around(user, conversation_id, middle.id, limit=6)
    assert window.messages == everything[4:10]  # 4 up to and with it, 2 after
    assert window.has_older and window.has_newer
    assert window.newer_from == everything[10].created_at
    last = conversations.get_messages_around(user, conversation_id, everything[-1].id, limit=6)
    assert last.messages == everything[-4:] and not last.has_newer and last.newer_from is None
