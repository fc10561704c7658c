"""The account page: the email, changing the password (which ends the other sessions), the
signed-in sessions, and logging out everywhere (which ends them all, remember-me included).

As in test_sessions.py, no app context is held open: each request finds its own user.
"""

import re

import sqlalchemy as sa
import support
from support import TEST_PASSWORD

from webapp.auth import services as accounts

EMAIL = "ada@example.com"
NEW_PASSWORD = "a brand new passphrase"


def sign_up(app):
    client = app.test_client()
    support.sign_up(client, EMAIL, headers={"User-Agent": "Laptop browser"})
    return client


def log_in(app, password=TEST_PASSWORD, **extra):
    client = app.test_client()
    response = client.post("/login", data={"email": EMAIL, "password": password, **extra})
    return client, response


def signed_in(client) -> bool:
    return client.get("/builder/").status_code == 200


def test_the_account_page_shows_the_email_and_every_signed_in_browser(app):
    laptop = sign_up(app)
    phone, _ = log_in(app, remember="y")
    page = laptop.get("/account")
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    html = page.get_data(as_text=True)
    assert EMAIL in html and "Change your password" in html
    assert html.count("<li>") >= 2 and "This browser" in html and "kept logged in" in html
    assert 'href="/account"' in laptop.get("/").get_data(as_text=True)  # the email in the navigation


def test_changing_the_password_ends_the_other_sessions_and_keeps_this_one(app):
    laptop = sign_up(app)
    phone, _ = log_in(app, remember="y")
    stolen = phone.get_cookie("remember_token").value
    response = laptop.post(
        "/account/password",
        data={"current": TEST_PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
    )
    assert response.status_code == 303
    assert "Your password is changed. 1 other session ended." in laptop.get("/account").get_data(as_text=True)
    assert signed_in(laptop) and not signed_in(phone)
    thief = app.test_client()
    thief.set_cookie("remember_token", stolen)
    assert not signed_in(thief)
    assert log_in(app)[1].status_code == 400  # the old password no longer works
    assert log_in(app, NEW_PASSWORD)[1].status_code == 302


def test_a_wrong_current_password_or_a_bad_new_one_changes_nothing(app, owner_engine):
    laptop = sign_up(app)
    phone, _ = log_in(app)
    with owner_engine.connect() as connection:
        before = connection.scalar(sa.text("SELECT password_hash FROM users"))
    for data, message in [
        (
            {"current": "not it", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
            "not your current password",
        ),
        ({"current": TEST_PASSWORD, "password": "short", "confirm": "short"}, "at least 8 characters"),
        ({"current": TEST_PASSWORD, "password": NEW_PASSWORD, "confirm": "other"}, "do not match"),
    ]:
        response = laptop.post("/account/password", data=data)
        assert response.status_code == 400 and message in response.get_data(as_text=True), data
    with owner_engine.connect() as connection:
        assert connection.scalar(sa.text("SELECT password_hash FROM users")) == before
    assert signed_in(phone)


def test_logging_out_everywhere_ends_every_session_and_remember_cookie(app):
    laptop = sign_up(app)
    phone, _ = log_in(app, remember="y")
    copies = {
        "session": laptop.get_cookie("session").value,
        "remember_token": phone.get_cookie("remember_token").value,
    }
    response = laptop.post("/account/logout-everywhere")
    assert response.status_code == 303 and response.headers["Location"] == "/login"
    assert not signed_in(laptop) and not signed_in(phone)
    for name, value in copies.items():
        thief = app.test_client()
        thief.set_cookie(name, value)
        assert not signed_in(thief), name
    with app.app_context():
        user = accounts.authenticate(EMAIL, TEST_PASSWORD)
        user.session_id = None
        assert accounts.get_open_sessions(user) == []


def test_the_account_routes_need_a_signed_in_user(app):
    visitor = app.test_client()
    for method, path in [
        ("get", "/account"),
        ("post", "/account/password"),
        ("post", "/account/logout-everywhere"),
        ("get", "/account/data.zip"),
        ("post", "/account/delete"),
    ]:
        response = getattr(visitor, method)(path)
        assert response.status_code == 302 and response.headers["Location"].startswith("/login"), path


# Download all my data


def _ada(app):
    return accounts.authenticate(EMAIL, TEST_PASSWORD)


def test_download_all_my_data_holds_every_conversation_and_site_with_its_history(app):
    import io
    import json
    import zipfile

    import builders

    from webapp.services import trash

    laptop = sign_up(app)
    grace = app.test_client()
    support.sign_up(grace, "grace@example.com")
    with app.app_context():
        ada = _ada(app)
        chat = builders.conversation(ada, "Bakery chat")
        asked = builders.message(ada, chat.id, "A site for my bakery, Sweet Crumbs")
        builders.message(ada, chat.id, "Here is your bakery site.", role="assistant")
        site = builders.site(
            ada,
            {"index.html": "<h1>v1</h1>", "logo.png": b"\x89PNG\r\n"},
            conversation_id=chat.id,
            title="Sweet Crumbs",
            message_id=asked,
        )
        builders.version(ada, site.id, {"index.html": "<h1>v2</h1>", "logo.png": b"\x89PNG\r\n"})
        builders.version(ada, site.id, {"index.html": "<h1>v3</h1>"})
        old = builders.conversation(ada, "An old idea")
        builders.message(ada, old.id, "Something I threw away")
        trash.move_to_trash(ada, "conversation", old.id)
        gone = builders.site(ada, {"index.html": "trashed"}, title="Sweet Crumbs")  # the same title
        trash.move_to_trash(ada, "site", gone.id)
        grace_user = accounts.authenticate("grace@example.com", TEST_PASSWORD)
        builders.site(grace_user, {"index.html": "GRACE-ONLY"}, title="Grace's")

    page = laptop.get("/account").get_data(as_text=True)
    assert "2 conversations (3 messages), 2 sites (4 versions)" in " ".join(page.split())
    response = laptop.get("/account/data.zip")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    assert response.headers["Cache-Control"] == "private, no-store"
    assert 'attachment; filename="keepsite-data-' in response.headers["Content-Disposition"]
    body = response.get_data()
    assert b"GRACE-ONLY" not in body and b"grace@example.com" not in body

    archive = zipfile.ZipFile(io.BytesIO(body))
    assert archive.testzip() is None
    names = sorted(archive.namelist())
    assert names == [
        "README.txt",
        "account.json",
        "conversations/0001-bakery-chat.json",
        "conversations/0002-an-old-idea.json",
        "sites.json",
        "sites/sweet-crumbs-2.zip",
        "sites/sweet-crumbs.zip",
    ]
    assert json.loads(archive.read("account.json"))["email"] == EMAIL
    index = json.loads(archive.read("sites.json"))["sites"]
    assert [(s["title"], s["file"], s["versions"], bool(s["in_trash_since"])) for s in index] == [
        ("Sweet Crumbs", "sites/sweet-crumbs.zip", 3, False),
        ("Sweet Crumbs", "sites/sweet-crumbs-2.zip", 1, True),
    ]
    chat_document = json.loads(archive.read("conversations/0001-bakery-chat.json"))
    assert [m["content"] for m in chat_document["messages"]] == [
        "A site for my bakery, Sweet Crumbs",
        "Here is your bakery site.",
    ]
    assert chat_document["sites"] == ["sites/sweet-crumbs.zip"] and chat_document["in_trash_since"] is None
    assert json.loads(archive.read("conversations/0002-an-old-idea.json"))["in_trash_since"]

    # Each site is its own download with its whole history: the import takes it back.
    inner = zipfile.ZipFile(io.BytesIO(archive.read("sites/sweet-crumbs.zip")))
    history = json.loads(inner.read(".keepsite/history.json"))
    assert [v["number"] for v in history["versions"]] == [1, 2, 3]
    assert inner.read("index.html") == b"<h1>v3</h1>"
    from webapp.services import imports

    with app.app_context():
        grace_user = accounts.authenticate("grace@example.com", TEST_PASSWORD)
        started = imports.start_import(
            grace_user, "sweet-crumbs.zip", archive.read("sites/sweet-crumbs.zip"), hand_to_queue=False
        )
        imports.run_import(started.id, grace_user.id)
        done = imports.get_import(grace_user, started.id)
        assert done.status == "succeeded", done.error
        assert _db_site(grace_user, done.site_id).last_version_number == 3


def _db_site(user, site_id):
    from webapp.models import GeneratedSite
    from webapp.ownership import get_owned

    return get_owned(GeneratedSite, user, site_id)


def test_an_account_with_nothing_downloads_a_zip_that_says_so(app):
    import io
    import json
    import zipfile

    laptop = sign_up(app)
    archive = zipfile.ZipFile(io.BytesIO(laptop.get("/account/data.zip").get_data()))
    assert sorted(archive.namelist()) == ["README.txt", "account.json", "sites.json"]
    assert json.loads(archive.read("sites.json")) == {"sites": []}


# Deleting the account


def _rows(owner_engine, user_id) -> dict[str, int]:
    from webapp.models import OWNED_TABLES

    with owner_engine.connect() as connection:
        return {
            table: connection.scalar(
                sa.text(f"SELECT count(*) FROM {table} WHERE {column} = :id"), {"id": user_id}
            )
            for table, column in OWNED_TABLES.items()
        }


def test_deleting_the_account_removes_every_row_of_it_and_nothing_of_anyone_else(app, owner_engine):
    import builders

    laptop = sign_up(app)
    stolen = laptop.get_cookie("session").value
    phone, _ = log_in(app, remember="y")
    grace = app.test_client()
    support.sign_up(grace, "grace@example.com")
    with app.app_context():
        ada = _ada(app)
        ada_id = ada.id
        builders.one_of_everything(ada)
        grace_user = accounts.authenticate("grace@example.com", TEST_PASSWORD)
        grace_id = grace_user.id
        builders.one_of_everything(grace_user)
    ada_id_value = ada_id if owner_engine.dialect.name == "postgresql" else ada_id.hex
    grace_id_value = grace_id if owner_engine.dialect.name == "postgresql" else grace_id.hex
    before = _rows(owner_engine, ada_id_value)
    graces = _rows(owner_engine, grace_id_value)
    assert all(before.values()), before  # a row in every table, to see each one go
    assert all(graces.values()), graces

    response = laptop.post("/account/delete", data={"delete_password": TEST_PASSWORD, "understood": "y"})
    assert response.status_code == 303 and response.location == "/"
    assert "Your account is deleted" in laptop.get("/").get_data(as_text=True)
    assert _rows(owner_engine, ada_id_value) == dict.fromkeys(before, 0)
    assert _rows(owner_engine, grace_id_value) == graces
    assert not signed_in(laptop) and not signed_in(phone)
    thief = app.test_client()
    thief.set_cookie("session", stolen)
    assert not signed_in(thief)
    assert log_in(app)[1].status_code == 400
    assert signed_in(grace)


def test_deleting_needs_the_password_and_the_box_ticked(app, owner_engine):
    laptop = sign_up(app)
    for data, message in [
        ({"delete_password": "not it", "understood": "y"}, "That is not your password. Nothing was deleted."),
        ({"delete_password": TEST_PASSWORD}, "Tick the box to say you understand."),
        ({"understood": "y"}, "Enter your password."),
    ]:
        response = laptop.post("/account/delete", data=data)
        assert response.status_code == 400 and message in response.get_data(as_text=True), data
    with owner_engine.connect() as connection:
        assert connection.scalar(sa.text("SELECT count(*) FROM users")) == 1
    assert signed_in(laptop)


def test_wrong_current_passwords_are_limited_per_user(app):
    app.config["PASSWORD_CHECK_FAILURES_PER_USER"] = "3 per minute"
    laptop = sign_up(app)
    wrong = {"current": "guess", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    for _ in range(2):
        assert laptop.post("/account/password", data=wrong).status_code == 400
    assert (
        laptop.post("/account/delete", data={"delete_password": "guess", "understood": "y"}).status_code
        == 400
    )
    # Three wrong guesses, by either form: the right password waits too.
    right = {"current": TEST_PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    refused = laptop.post("/account/password", data=right)
    assert refused.status_code == 429 and "Retry-After" in refused.headers
    assert (
        laptop.post("/account/delete", data={"delete_password": TEST_PASSWORD, "understood": "y"}).status_code
        == 429
    )
    # Mistakes that are not a wrong password do not count.
    assert log_in(app)[1].status_code == 302


def test_a_run_queued_before_the_account_was_deleted_does_nothing_after(app, owner_engine):
    import uuid as _uuid

    import builders

    from webapp.generation import runs

    laptop = sign_up(app)
    with app.app_context():
        ada = _ada(app)
        ada_id = ada.id
        chat_id = builders.conversation(ada, "Chat").id
        runs.start_generation(ada, chat_id, "A bakery site", _uuid.uuid4().hex)
    assert (
        laptop.post("/account/delete", data={"delete_password": TEST_PASSWORD, "understood": "y"}).status_code
        == 303
    )
    with app.app_context():
        runs.run_next(chat_id, ada_id)  # as the queued task would, once a worker takes it
    with owner_engine.connect() as connection:
        assert connection.scalar(sa.text("SELECT count(*) FROM users")) == 0
        assert connection.scalar(sa.text("SELECT count(*) FROM generation_runs")) == 0


# Colours


def theme_of(app) -> str | None:
    with app.app_context():
        user = accounts.authenticate(EMAIL, TEST_PASSWORD)
        return user.theme


def test_the_colours_chosen_are_kept_on_the_account_and_shown_on_every_page(app):
    client = sign_up(app)
    assert 'data-theme="' not in client.get("/").get_data(as_text=True)  # the device's colours
    response = client.post("/account/theme", data={"theme": "dark", "next": "/sites/"})
    assert response.status_code == 303 and response.headers["Location"] == "/sites/"
    assert theme_of(app) == "dark"
    for url in ("/", "/builder/", "/sites/", "/account"):
        assert '<html lang="en" class="no-js" data-theme="dark">' in client.get(url).get_data(as_text=True)
    # The top bar offers the other one; the account page shows the choice.
    assert 'name="theme" value="light"' in client.get("/").get_data(as_text=True)
    assert re.search(r'<input checked[^>]*value="dark"', client.get("/account").get_data(as_text=True))
    client.post("/account/theme", data={"theme": "system"})
    assert theme_of(app) is None
    assert 'data-theme="' not in client.get("/").get_data(as_text=True)


def test_a_theme_that_does_not_exist_changes_nothing_and_says_so(app):
    client = sign_up(app)
    client.post("/account/theme", data={"theme": "light"})
    response = client.post("/account/theme", data={"theme": "purple"}, follow_redirects=True)
    assert "could not be kept" in response.get_data(as_text=True)
    assert theme_of(app) == "light"


def test_the_colours_toggle_goes_back_only_to_a_page_of_this_site(app):
    client = sign_up(app)
    response = client.post("/account/theme", data={"theme": "dark", "next": "https://evil.example/"})
    assert response.headers["Location"] == "/account"


def test_showing_a_page_never_writes_the_theme(app, writes):
    client = sign_up(app)
    client.post("/account/theme", data={"theme": "dark"})
    writes.clear()
    for url in ("/", "/account", "/builder/"):
        client.get(url)
    assert [w for w in writes if not w.lstrip().upper().startswith("BEGIN")] == []
