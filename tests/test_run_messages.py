"""What the chat says of a run: failures in the user's words (the operator's details only
where the users are the operators), replies kept without progress notes, and a reply
that sits on the assistant's side as soon as it has streamed."""

import re
import socket
import uuid

import pytest

from webapp.services import conversations

HX = {"HX-Request": "true"}


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TASK_IMMEDIATE": True, "AI_OFFLINE_DELAY_SECONDS": 0}


@pytest.fixture
def ai_down(app):
    """An AI server address where nothing answers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app.config.update(
        AI_GENERATOR="openai", AI_BASE_URL=f"http://127.0.0.1:{port}/v1", AI_MODEL="m", AI_TIMEOUT_SECONDS=2
    )
    return port


def send(client, text, conversation_id=None):
    data = {"message": text, "client_key": uuid.uuid4().hex}
    if conversation_id:
        data["conversation_id"] = str(conversation_id)
    response = client.post("/builder/send", data=data, headers=HX)
    run_url = re.search(r'hx-get="(/builder/runs/[^"]+)"', response.get_data(as_text=True)).group(1)
    return response, client.get(run_url, headers=HX).get_data(as_text=True)


def test_an_ai_service_that_is_down_is_told_in_the_users_words(app, signed_in, ai_down):
    app.config["SHOW_OPERATOR_DETAILS"] = False
    response, html = send(signed_in, "A site for my bakery")
    assert "The AI service is not answering. Your message is saved; try again in a moment." in html
    assert "AI_BASE_URL" not in html and str(ai_down) not in html
    page = signed_in.get(response.headers["HX-Push-Url"]).get_data(as_text=True)
    assert "A site for my bakery" in page and "Retry" in page
    assert "AI_BASE_URL" not in page and "For the operator" not in page


def test_the_operator_sees_the_details_when_the_setting_says_they_run_it(app, signed_in, ai_down):
    app.config["SHOW_OPERATOR_DETAILS"] = True
    _, html = send(signed_in, "A site for my bakery")
    assert "The AI service is not answering." in html
    assert "For the operator:" in html and "AI_BASE_URL" in html and f"127.0.0.1:{ai_down}" in html


def test_operator_details_are_on_in_debug_and_off_otherwise(monkeypatch):
    from webapp.config import load_config

    monkeypatch.delenv("SHOW_OPERATOR_DETAILS", raising=False)
    monkeypatch.setenv("FLASK_DEBUG", "1")
    assert load_config()["SHOW_OPERATOR_DETAILS"] is True
    monkeypatch.setenv("FLASK_DEBUG", "0")
    assert load_config()["SHOW_OPERATOR_DETAILS"] is False


def test_a_saved_reply_keeps_the_ai_words_without_its_progress_notes(app, signed_in, user, openai_server):
    openai_server.reply(
        "Here is your site.\n",
        "<<<FILE index.html>>>\n<title>Moon</title><h1>Moon</h1>\n<<<END FILE>>>\n",
        "<<<FILE style.css>>>\nh1{}\n<<<END FILE>>>\n",
    )
    response, html = send(signed_in, "A site for Moon Cafe")
    assert "Here is your site." in html
    assert "<code>style.css</code>" not in html
    conversation_id = response.headers["HX-Push-Url"].rsplit("/", 1)[1]
    reply = conversations.get_messages(user, conversation_id)[-1]
    assert reply.content == "Here is your site."
    assert "<code>style.css</code>" not in signed_in.get(f"/builder/c/{conversation_id}").get_data(
        as_text=True
    )


def test_a_run_sits_after_the_users_message_not_inside_it(app, signed_in):
    """The reply replaces the run's element: inside the user's message it would sit on the right."""
    response, html = send(signed_in, "Hi")
    sent = response.get_data(as_text=True)
    article = sent.index('class="message message-user"')
    assert sent.index("</article>", article) < sent.index('class="run run-active"')
    assert html.lstrip().startswith('<article class="message message-assistant"')


def test_replies_saved_with_progress_notes_before_show_without_them(app, signed_in, user):
    import builders

    conversation = builders.conversation(user, "Old chat")
    reply = "Here is your site.\n\n_Writing `index.html`…_\n\n_Deleting `old.css`…_\nEnjoy."
    conversations.add_message(user, conversation.id, "user", "A site")
    conversations.add_message(user, conversation.id, "assistant", reply)
    page = signed_in.get(f"/builder/c/{conversation.id}").get_data(as_text=True)
    assert "Here is your site." in page and "Enjoy." in page
    assert "<code>index.html</code>" not in page and "old.css" not in page
