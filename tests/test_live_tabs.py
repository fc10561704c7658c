"""Live across tabs: a page asks whether its conversation changed elsewhere; nothing (204)
while it has not, its newest messages (and site) when it has. Only reads."""

import re
import uuid

import pytest

HX = {"HX-Request": "true"}


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TASK_IMMEDIATE": True, "AI_OFFLINE_DELAY_SECONDS": 0}


def send(client, text, conversation_id=None):
    data = {"message": text, "client_key": uuid.uuid4().hex}
    if conversation_id:
        data["conversation_id"] = str(conversation_id)
    response = client.post("/builder/send", data=data, headers=HX)
    run_url = re.search(r'hx-get="(/builder/runs/[^"]+)"', response.get_data(as_text=True)).group(1)
    client.get(run_url, headers=HX)
    return response


def changes_url(html: str) -> str:
    return re.search(r'hx-get="(/builder/c/[^"]+/changes\?[^"]+)"', html).group(1).replace("&amp;", "&")


def test_nothing_changed_is_an_empty_answer_and_writes_nothing(app, signed_in, writes):
    conversation_url = send(signed_in, "A bakery site called Crumbs").headers["HX-Push-Url"]
    page = signed_in.get(conversation_url).get_data(as_text=True)
    url = changes_url(page)
    assert re.search(r'hx-trigger="every 3s"', page)
    writes.clear()
    response = signed_in.get(url, headers=HX)
    assert response.status_code == 204 and response.get_data() == b""
    assert writes == []


def test_a_message_sent_in_another_tab_shows_with_its_reply_and_new_version(app, client, signed_in):
    conversation_url = send(signed_in, "A bakery site called Crumbs").headers["HX-Push-Url"]
    conversation_id = conversation_url.rsplit("/", 1)[1]
    url = changes_url(signed_in.get(conversation_url).get_data(as_text=True))

    send(signed_in, "Add a pricing section", conversation_id)  # "the other tab"

    response = signed_in.get(url, headers=HX)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert '<div id="messages" hx-swap-oob="innerHTML">' in html
    assert "Add a pricing section" in html and "Version 2" in html
    assert 'id="preview" aria-label="Preview" hx-swap-oob="true"' in html  # a new version: the site too
    assert 'id="composer"' in html and "/stop" not in html  # nothing running: Send (builder.js keeps a draft)
    # The answer carries the state it showed: asked again, nothing new.
    assert signed_in.get(changes_url(html), headers=HX).status_code == 204


def test_a_change_without_a_new_version_leaves_the_preview_alone(app, signed_in):
    conversation_url = send(signed_in, "A bakery site called Crumbs").headers["HX-Push-Url"]
    conversation_id = conversation_url.rsplit("/", 1)[1]
    url = changes_url(signed_in.get(conversation_url).get_data(as_text=True))
    send(signed_in, "What colours did you use?", conversation_id)
    html = signed_in.get(url, headers=HX).get_data(as_text=True)
    assert "What colours did you use?" in html
    assert 'id="preview"' not in html


def test_the_pages_own_changes_carry_the_new_state(app, signed_in):
    """The tab that sends is not told of its own message a second time."""
    first = send(signed_in, "A bakery site called Crumbs")
    conversation_id = first.headers["HX-Push-Url"].rsplit("/", 1)[1]
    sent = signed_in.post(
        "/builder/send",
        data={"message": "Make it blue", "client_key": uuid.uuid4().hex, "conversation_id": conversation_id},
        headers=HX,
    ).get_data(as_text=True)
    assert 'id="live-slot" hx-swap-oob="true"' in sent
    run_url = re.search(r'hx-get="(/builder/runs/[^"]+)"', sent).group(1)
    finished = signed_in.get(run_url, headers=HX).get_data(as_text=True)
    assert signed_in.get(changes_url(finished), headers=HX).status_code == 204


@pytest.mark.parametrize("seen", ["", "not-a-state", "0" * 16])
def test_any_other_state_gets_the_conversation_as_it_is(app, signed_in, seen):
    conversation_url = send(signed_in, "A bakery site called Crumbs").headers["HX-Push-Url"]
    response = signed_in.get(f"{conversation_url}/changes?seen={seen}&version=x", headers=HX)
    assert response.status_code == 200
    assert "A bakery site called Crumbs" in response.get_data(as_text=True)


def test_a_missing_conversation_is_not_found(app, signed_in):
    assert signed_in.get(f"/builder/c/{uuid.uuid4()}/changes?seen=x", headers=HX).status_code == 404


def test_a_run_begun_in_another_tab_offers_stop_here(app, signed_in, user):
    from webapp.generation import runs
    from webapp.taskqueue import get_queue

    conversation_url = send(signed_in, "A bakery site called Crumbs").headers["HX-Push-Url"]
    conversation_id = conversation_url.rsplit("/", 1)[1]
    url = changes_url(signed_in.get(conversation_url).get_data(as_text=True))
    get_queue(app).huey.immediate = False  # the other tab's run waits in the queue
    try:
        run, _ = runs.start_generation(user, conversation_id, "Add a pricing section", uuid.uuid4().hex)
    finally:
        get_queue(app).huey.immediate = True
    html = signed_in.get(url, headers=HX).get_data(as_text=True)
    assert f'formaction="/builder/runs/{run.id}/stop"' in html
    assert f'id="run-{run.id}"' in html  # and the run, which streams here too


# A message's bubble (its text is also in the Edit form of the last one).
SHOWN = r'class="bubble bubble-user">Message number (\d+)'


def older_and_newer(app, user, count):
    """A conversation of `count` messages; its id and the messages' ids, oldest first."""
    import builders

    conversation_id = builders.conversation(user, "A long chat").id
    ids = [builders.message(user, conversation_id, f"Message number {n}") for n in range(1, count + 1)]
    return conversation_id, ids


@pytest.fixture
def short_pages(app):
    app.config.update(MESSAGES_PER_PAGE=5, MESSAGES_KEPT_ON_REDRAW=8)


def test_news_keeps_the_older_messages_the_page_had_loaded(app, signed_in, user, short_pages):
    import builders

    conversation_id, ids = older_and_newer(app, user, 7)
    builders.message(user, conversation_id, "Sent in another tab")
    url = f"/builder/c/{conversation_id}/changes?seen=x&shown_from={ids[1]}"
    html = signed_in.get(url, headers=HX).get_data(as_text=True)
    shown = re.findall(SHOWN, html)
    assert shown == [str(n) for n in range(2, 8)] and "Sent in another tab" in html
    # Message 1 is still older: "Load older" asks for what is before message 2.
    assert f"before={ids[1]}" in html
    # Without it, the newest page, as before.
    newest = signed_in.get(f"/builder/c/{conversation_id}/changes?seen=x", headers=HX).get_data(as_text=True)
    assert re.findall(SHOWN, newest) == ["4", "5", "6", "7"]


def test_news_keeps_at_most_the_setting_of_messages(app, signed_in, user, short_pages):
    conversation_id, ids = older_and_newer(app, user, 12)
    html = signed_in.get(
        f"/builder/c/{conversation_id}/changes?seen=x&shown_from={ids[0]}", headers=HX
    ).get_data(as_text=True)
    assert re.findall(SHOWN, html) == [str(n) for n in range(5, 13)]
    assert f"before={ids[4]}" in html


@pytest.mark.parametrize("shown_from", ["not-an-id", str(uuid.uuid4()), "other-users"])
def test_a_shown_from_that_is_not_this_conversations_draws_the_newest_page(
    app, signed_in, user, other_user, short_pages, shown_from
):
    import builders

    conversation_id, _ = older_and_newer(app, user, 7)
    if shown_from == "other-users":
        theirs = builders.conversation(other_user, "Theirs").id
        shown_from = str(builders.message(other_user, theirs, "Their secret message"))
    html = signed_in.get(
        f"/builder/c/{conversation_id}/changes?seen=x&shown_from={shown_from}", headers=HX
    ).get_data(as_text=True)
    assert re.findall(SHOWN, html) == ["3", "4", "5", "6", "7"]
    assert "Their secret message" not in html


def test_an_older_page_offers_no_edit_or_regenerate(app, signed_in, user, short_pages):
    """Only the conversation's last message and answer offer them, not an older page's."""
    conversation_id, ids = older_and_newer(app, user, 7)
    older = signed_in.get(f"/builder/c/{conversation_id}/messages?before={ids[2]}", headers=HX)
    html = older.get_data(as_text=True)
    assert re.findall(SHOWN, html) == ["1", "2"]
    assert "edit-offer" not in html and "regenerate-offer" not in html


def test_the_file_open_in_the_viewer_stays_open_when_the_preview_is_drawn_again(app, signed_in):
    conversation_url = send(signed_in, "A bakery site called Crumbs").headers["HX-Push-Url"]
    conversation_id = conversation_url.rsplit("/", 1)[1]
    url = changes_url(signed_in.get(conversation_url).get_data(as_text=True))
    send(signed_in, "Add a pricing section", conversation_id)  # "the other tab": version 2

    html = signed_in.get(f"{url}&open_file=styles.css", headers=HX).get_data(as_text=True)
    assert 'id="preview" aria-label="Preview" hx-swap-oob="true"' in html
    assert '<p class="file-view-path"><code>styles.css</code>' in html
    # A file the site no longer has (or never had) is simply not open.
    html = signed_in.get(f"{url}&open_file=gone.html", headers=HX).get_data(as_text=True)
    assert "file-view-path" not in html
