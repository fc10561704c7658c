"""The builder's pages and fragments, through the test client (the browser suite is in e2e/)."""

import re
import uuid

import builders
import pytest

from webapp.services import conversations, sites, trash

HX = {"HX-Request": "true"}


@pytest.fixture
def app_config(app_config):
    # Runs finish inside the request here; the browser tests use real worker threads.
    return {**app_config, "TASK_IMMEDIATE": True, "AI_OFFLINE_DELAY_SECONDS": 0}


def send(client, text, conversation_id=None, key=None, htmx=True):
    data = {"message": text, "client_key": key or uuid.uuid4().hex}
    if conversation_id:
        data["conversation_id"] = str(conversation_id)
    return client.post("/builder/send", data=data, headers=HX if htmx else {})


def run_url(response) -> str:
    return re.search(r'hx-get="(/builder/runs/[^"]+)"', response.get_data(as_text=True)).group(1)


def test_the_builder_asks_anonymous_visitors_to_log_in(client):
    for url in ("/builder/", f"/builder/c/{uuid.uuid4()}", f"/builder/runs/{uuid.uuid4()}"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/login" in response.headers["Location"]


def test_new_builder_shows_an_empty_chat_with_a_labelled_message_box(signed_in):
    page = signed_in.get("/builder/").get_data(as_text=True)
    assert "Describe the website you want" in page
    assert '<label for="message"' in page and ">Message</label>" in page
    assert "Your site appears here" in page


def test_sending_builds_a_site_and_the_run_fragment_shows_the_reply_and_version(signed_in, user):
    response = send(signed_in, "Build a restaurant site called Luigi's with a menu")
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "Build a restaurant site called Luigi&#39;s with a menu" in body
    assert response.headers["HX-Push-Url"].startswith("/builder/c/")
    assert 'id="conversation-list" class="conversation-list"' in body and 'hx-swap-oob="true"' in body

    finished = signed_in.get(run_url(response), headers=HX)
    html = finished.get_data(as_text=True)
    assert re.search(r"Version 1 · \d+ files changed", html)
    assert 'id="preview"' in html and 'sandbox="allow-scripts' in html
    assert "allow-same-origin" not in html
    assert finished.headers["Vary"] == "HX-Request" or "HX-Request" in finished.headers["Vary"]

    page = signed_in.get(response.headers["HX-Push-Url"]).get_data(as_text=True)
    assert "Luigi" in page
    assert "index.html" in page and "styles.css" in page


def test_without_javascript_the_form_posts_and_the_page_shows_the_result(signed_in):
    response = send(signed_in, "A portfolio for Ada, a photographer", htmx=False)
    assert response.status_code == 303
    page = signed_in.get(response.headers["Location"]).get_data(as_text=True)
    assert "A portfolio for Ada, a photographer" in page
    assert "Version 1" in page


def test_a_second_message_makes_version_two_of_the_same_site(signed_in, user, db):
    first = send(signed_in, "Build a landing page for Sweet Crumbs bakery")
    conversation_id = first.headers["HX-Push-Url"].rsplit("/", 1)[1]
    signed_in.get(run_url(first), headers=HX)
    second = send(signed_in, "Add a pricing section", conversation_id)
    assert "HX-Push-Url" not in second.headers
    html = signed_in.get(run_url(second), headers=HX).get_data(as_text=True)
    assert "Version 2" in html
    site = sites.get_site_for_conversation(user, conversation_id)
    assert site.last_version_number == 2


def test_a_repeated_send_makes_one_message(signed_in, user):
    key = uuid.uuid4().hex
    send(signed_in, "Build a blog", key=key)
    send(signed_in, "Build a blog", key=key)
    (conversation,) = conversations.get_conversations(user)
    assert [m.role for m in conversations.get_messages(user, conversation.id)] == ["user", "assistant"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "cannot be empty"), ("   ", "cannot be empty"), ("x" * 20_001, "at most 20,000")],
)
def test_a_bad_message_gets_a_clear_error_and_saves_nothing(signed_in, user, text, reason):
    response = send(signed_in, text)
    assert response.status_code == 400
    assert reason in response.get_data(as_text=True)
    assert response.headers["HX-Retarget"] == "#composer-error"
    assert conversations.get_conversations(user) == []


def test_chat_text_is_escaped_and_markdown_is_sanitised(signed_in, user):
    conversation = conversations.create_conversation(user, "Hostile")
    conversations.add_message(user, conversation.id, "user", "<img src=x onerror=alert(1)>")
    conversations.add_message(
        user, conversation.id, "assistant", "**bold** <script>alert(2)</script> [x](javascript:alert(3))"
    )
    page = signed_in.get(f"/builder/c/{conversation.id}").get_data(as_text=True)
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<strong>bold</strong>" in page
    assert "<script>alert(2)" not in page
    assert 'href="javascript:' not in page


def test_long_conversations_load_fifty_messages_then_older_on_demand(signed_in, user):
    conversation = conversations.create_conversation(user, "Long")
    for i in range(60):
        conversations.add_message(user, conversation.id, "user", f"message number {i}")
    page = signed_in.get(f"/builder/c/{conversation.id}").get_data(as_text=True)
    assert "message number 59" in page and "message number 10<" in page
    assert "message number 9<" not in page
    older_url = re.search(r'hx-get="(/builder/c/[^"]+/messages\?before=[^"]+)"', page).group(1)
    older = signed_in.get(older_url.replace("&amp;", "&"), headers=HX).get_data(as_text=True)
    assert "message number 0<" in older and "message number 9<" in older
    assert "message number 10<" not in older
    assert "Load older" not in older


def test_sidebar_filters_renames_and_deletes_keeping_the_site(signed_in, user):
    kept = conversations.create_conversation(user, "Bakery chat")
    other = conversations.create_conversation(user, "Portfolio chat")
    site = builders.site(user, {"index.html": "<h1>x</h1>"}, conversation_id=kept.id, title="Bakery")

    listed = signed_in.get("/builder/conversations?q=bak", headers=HX).get_data(as_text=True)
    assert "Bakery chat" in listed and "Portfolio chat" not in listed

    renamed = signed_in.post(f"/builder/c/{other.id}/rename", data={"title": "My folio"}, headers=HX)
    assert "My folio" in renamed.get_data(as_text=True)
    bad = signed_in.post(f"/builder/c/{other.id}/rename", data={"title": "  "}, headers=HX)
    assert bad.status_code == 400
    assert conversations.get_conversation(user, other.id).title == "My folio"

    deleted = signed_in.post(f"/builder/c/{kept.id}/delete", headers=HX)
    assert deleted.headers["HX-Redirect"] == "/builder/"
    assert [c.title for c in conversations.get_conversations(user)] == ["My folio"]
    # In the trash, not gone; its site stays in the user's sites.
    assert [item.title for item in trash.get_trash(user)] == ["Bakery chat"]
    assert [s.id for s in sites.get_sites(user)] == [site.id]


def test_file_viewer_highlights_a_file(signed_in, user):
    conversation = conversations.create_conversation(user, "Chat")
    builders.site(
        user,
        {"index.html": "<h1>Hi</h1>", "logo.png": b"\x89PNG", "font.woff2": b"wOF2"},
        conversation_id=conversation.id,
    )
    html = signed_in.get(f"/builder/c/{conversation.id}/files/index.html", headers=HX).get_data(as_text=True)
    assert 'class="highlight"' in html and '&lt;</span><span class="nt">h1' in html
    binary = signed_in.get(f"/builder/c/{conversation.id}/files/font.woff2", headers=HX)
    assert "binary file of 4 bytes" in binary.get_data(as_text=True)
    # An image is shown as one, with its size.
    image = signed_in.get(f"/builder/c/{conversation.id}/files/logo.png", headers=HX).get_data(as_text=True)
    assert '<img src="/preview/' in image and "logo.png</code> · 4 bytes" in image
    missing = signed_in.get(f"/builder/c/{conversation.id}/files/nope.html", headers=HX)
    assert missing.status_code == 404


def foreign_routes(ids):
    """Every builder route that takes an id, aimed at another user's things."""
    c, r = ids["conversation"], ids["run"]
    return [
        ("get", f"/builder/c/{c}", None),
        ("get", f"/builder/c/{c}/messages?before={ids['message']}", None),
        ("get", f"/builder/c/{c}/files/index.html", None),
        ("get", f"/builder/runs/{r}", None),
        ("post", f"/builder/runs/{r}/retry", {"client_key": uuid.uuid4().hex}),
        ("post", f"/builder/c/{c}/rename", {"title": "Mine"}),
        ("post", f"/builder/c/{c}/delete", {}),
        ("post", "/builder/send", {"message": "hi", "client_key": uuid.uuid4().hex, "conversation_id": c}),
    ]


@pytest.mark.parametrize("index", range(8))
@pytest.mark.parametrize("whose", ["another user's", "a missing"])
def test_another_users_ids_are_not_found_on_every_route(app, client, auth, user, other_user, index, whose):
    from webapp.generation import runs as run_service

    run, _ = run_service.start_generation(other_user, None, "Theirs", uuid.uuid4().hex)
    conversation_id = run.conversation_id
    builders.site(other_user, {"index.html": "x"}, conversation_id=conversation_id, title="Theirs")
    ids = {"conversation": conversation_id, "run": run.id, "message": run.user_message_id}
    if whose == "a missing":
        ids = {key: uuid.uuid4() for key in ids}
    auth.login()
    method, url, data = foreign_routes(ids)[index]
    for headers in ({}, HX):
        response = getattr(client, method)(url, data=data, headers=headers)
        assert response.status_code == 404, (url, response.status_code)
    assert conversations.get_conversation(other_user, conversation_id).title == "Theirs"


def test_an_expired_session_sends_htmx_requests_to_the_login_page_whole(client):
    response = client.get(
        f"/builder/runs/{uuid.uuid4()}",
        headers={**HX, "HX-Current-URL": "http://localhost/builder/c/abc"},
    )
    assert response.status_code == 401
    assert response.headers["HX-Redirect"] == "/login?next=/builder/c/abc"


def test_renaming_the_open_conversation_updates_its_heading_and_keeps_the_filter(signed_in, user):
    conversation = conversations.create_conversation(user, "Bakery chat")
    conversations.create_conversation(user, "Portfolio chat")
    response = signed_in.post(
        f"/builder/c/{conversation.id}/rename",
        data={"title": "Bakery site", "current": str(conversation.id), "q": "bak"},
        headers=HX,
    )
    html = response.get_data(as_text=True)
    assert '<h1 class="chat-title" id="chat-title" hx-swap-oob="true">Bakery site</h1>' in html
    assert "<title>Bakery site · Keepsite</title>" in html
    assert "Portfolio chat" not in html  # the filter still applies


def test_the_number_of_messages_shown_is_a_setting(app, signed_in, user):
    app.config["MESSAGES_PER_PAGE"] = 3
    conversation = conversations.create_conversation(user, "Short pages")
    for i in range(5):
        conversations.add_message(user, conversation.id, "user", f"note {i}")
    page = signed_in.get(f"/builder/c/{conversation.id}").get_data(as_text=True)
    assert page.count('class="message message-user"') == 3
    assert "note 1<" not in page and "Load older" in page
