"""Forgotten passwords: a link by email that works once and expires, the same answer for
every address, and every session of the account ended (replayed cookies refused).

The emails go through a real SMTP server on 127.0.0.1 (mail_server.py). No app context
is held open (as in test_sessions.py): each request finds its own user.
"""

import time
import types

import itsdangerous.timed
import pytest
from mail_server import body_of, link_in
from support import TEST_PASSWORD, sign_up
from test_signup import path_of, same_page

NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture
def app_config(app_config, mail_server):
    return {**app_config, **mail_server.settings(), "TASK_IMMEDIATE": True}


@pytest.fixture
def email(app, unique_email):
    """An account, made by signing up (that browser is then thrown away)."""
    sign_up(app.test_client(), unique_email)
    return unique_email


def log_in(app, email, password=TEST_PASSWORD, **extra):
    client = app.test_client()
    response = client.post("/login", data={"email": email, "password": password, **extra})
    return client, response


def reset_link(app, mail_server, email, count=2) -> str:
    """Ask for a reset, and the path of the link the email brings (the first email made the account)."""
    response = app.test_client().post("/forgot-password", data={"email": email})
    assert response.status_code == 303 and response.location == "/check-email"
    message = mail_server.wait_for_message(email, count=count)
    assert message["Subject"] == "Reset your Keepsite password"
    return path_of(link_in(message))


def choose(client, link, password=NEW_PASSWORD):
    return client.post(link, data={"password": password, "confirm": password})


def test_the_login_page_offers_a_reset(client):
    assert 'href="/forgot-password"' in client.get("/login").get_data(as_text=True)


def test_a_reset_link_sets_a_new_password_and_signs_in(app, mail_server, email):
    link = reset_link(app, mail_server, email)
    browser = app.test_client()
    form = browser.get(link)
    assert form.status_code == 200 and form.headers["Referrer-Policy"] == "no-referrer"
    assert "Choose a new password" in form.get_data(as_text=True) and email in form.get_data(as_text=True)

    done = choose(browser, link)
    assert done.status_code == 302 and done.location == "/"
    assert browser.get("/builder/").status_code == 200
    assert log_in(app, email)[1].status_code == 400  # the old password no longer works
    assert log_in(app, email, NEW_PASSWORD)[1].status_code == 302


def test_known_and_unknown_addresses_get_the_same_answer(app, mail_server, email):
    stranger = "nobody-" + email
    known_client, unknown_client = app.test_client(), app.test_client()
    known = known_client.post("/forgot-password", data={"email": email})
    unknown = unknown_client.post("/forgot-password", data={"email": stranger})
    assert (
        (known.status_code, known.location)
        == (unknown.status_code, unknown.location)
        == (303, "/check-email")
    )
    assert same_page(
        known_client.get("/check-email").get_data(as_text=True).replace(email, "X"),
        unknown_client.get("/check-email").get_data(as_text=True).replace(stranger, "X"),
    )
    # The address with no account is told so, with a way to sign up; nothing is made.
    told = mail_server.wait_for_message(stranger)
    assert told["Subject"] == "No Keepsite account uses this address"
    assert "http://localhost/signup/" in body_of(told)
    assert mail_server.wait_for_message(email, count=2)["Subject"] == "Reset your Keepsite password"


def test_a_reset_link_works_once(app, mail_server, email):
    link = reset_link(app, mail_server, email)
    assert choose(app.test_client(), link).status_code == 302
    for response in (app.test_client().get(link), choose(app.test_client(), link, "a third password")):
        assert response.status_code == 400
        assert "This link was used already" in response.get_data(as_text=True)
    assert log_in(app, email, NEW_PASSWORD)[1].status_code == 302


def test_a_password_changed_since_the_link_was_sent_makes_it_useless(app, mail_server, email):
    link = reset_link(app, mail_server, email)
    client, _ = log_in(app, email)
    data = {"current": TEST_PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    assert client.post("/account/password", data=data).status_code == 303
    assert choose(app.test_client(), link, "a thief's password").status_code == 400
    assert log_in(app, email, NEW_PASSWORD)[1].status_code == 302


def test_an_expired_reset_link_changes_nothing(app, mail_server, email, monkeypatch):
    link = reset_link(app, mail_server, email)
    later = time.time() + 60 * 60 + 5
    monkeypatch.setattr(itsdangerous.timed, "time", types.SimpleNamespace(time=lambda: later))
    response = choose(app.test_client(), link)
    assert response.status_code == 400
    assert "This link has expired: reset links work for 60 minutes." in response.get_data(as_text=True)
    monkeypatch.undo()
    assert log_in(app, email)[1].status_code == 302


def test_an_altered_reset_link_changes_nothing(app, mail_server, email):
    link = reset_link(app, mail_server, email)
    response = choose(app.test_client(), link[:-3] + ("abc" if not link.endswith("abc") else "xyz"))
    assert response.status_code == 400
    assert log_in(app, email)[1].status_code == 302


def test_a_short_new_password_is_refused_and_the_link_still_works(app, mail_server, email):
    link = reset_link(app, mail_server, email)
    refused = choose(app.test_client(), link, "short")
    assert refused.status_code == 400
    assert "Choose a password of at least 8 characters." in refused.get_data(as_text=True)
    assert log_in(app, email)[1].status_code == 302
    assert choose(app.test_client(), link).status_code == 302


def test_a_reset_ends_every_session_remember_me_included(app, mail_server, email):
    laptop, _ = log_in(app, email, remember="y")
    session_cookie = laptop.get_cookie("session").value
    remember_cookie = laptop.get_cookie("remember_token").value
    phone, _ = log_in(app, email)

    assert choose(app.test_client(), reset_link(app, mail_server, email)).status_code == 302

    assert laptop.get("/builder/").status_code == 302
    assert phone.get("/builder/").status_code == 302
    for cookies in ({"session": session_cookie}, {"remember_token": remember_cookie}):
        thief = app.test_client()
        for name, value in cookies.items():
            thief.set_cookie(name, value)
        assert thief.get("/builder/").status_code == 302, cookies


def test_asking_for_resets_is_limited_per_address(app, mail_server):
    app.config["PASSWORD_RESET_LIMIT_PER_ADDRESS"] = "2 per minute"
    client = app.test_client()
    for n in (1, 2):
        assert client.post("/forgot-password", data={"email": f"x{n}@example.com"}).status_code == 303
    over = client.post("/forgot-password", data={"email": "x3@example.com"})
    assert over.status_code == 429 and "Retry-After" in over.headers


def test_an_invalid_address_gets_a_clear_message(client):
    response = client.post("/forgot-password", data={"email": "nope"})
    assert response.status_code == 400
    assert "Enter a valid email address, like name@example.com." in response.get_data(as_text=True)
