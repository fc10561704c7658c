"""The account page: the email, changing the password (which ends the other sessions), the
signed-in sessions, and logging out everywhere (which ends them all, remember-me included).

As in test_sessions.py, no app context is held open: each request finds its own user.
"""

import re

import sqlalchemy as sa
from support import TEST_PASSWORD

from webapp.auth import services as accounts

EMAIL = "ada@example.com"
NEW_PASSWORD = "a brand new passphrase"


def sign_up(app):
    client = app.test_client()
    data = {"email": EMAIL, "password": TEST_PASSWORD, "confirm": TEST_PASSWORD}
    assert client.post("/signup", data=data, headers={"User-Agent": "Laptop browser"}).status_code == 302
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
    ]:
        response = getattr(visitor, method)(path)
        assert response.status_code == 302 and response.headers["Location"].startswith("/login"), path


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
