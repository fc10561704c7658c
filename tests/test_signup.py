"""Signing up by email: the page answers the same for every address, and the emailed link
makes the account. The emails go through a real SMTP server on 127.0.0.1 (mail_server.py).

No app context is held open here (as in test_sessions.py): each request finds its own user.
"""

import logging
import re
import time
import types

import itsdangerous.timed
import pytest
import sqlalchemy as sa
from mail_server import body_of, link_in
from support import TEST_PASSWORD, sign_up

EMAIL = "ada@example.com"


@pytest.fixture
def app_config(app_config, mail_server):
    # Emails are sent as they are queued, to the test SMTP server.
    return {**app_config, **mail_server.settings(), "TASK_IMMEDIATE": True}


@pytest.fixture
def mailbox(mail_server):
    """The SMTP server, with a fresh address for each test (the server lives for the run)."""
    return mail_server


def users(owner_engine) -> list[str]:
    with owner_engine.connect() as connection:
        return connection.scalars(sa.text("SELECT email FROM users ORDER BY email")).all()


def path_of(link: str) -> str:
    """The path of a link in an email, for the test client."""
    return "/" + link.split("://", 1)[1].partition("/")[2]


def same_page(a: str, b: str) -> bool:
    """Whether two pages are the same but for their CSRF tokens (each browser has its own)."""
    token = re.compile(r'"X-CSRFToken": "[^"]+"|name="csrf_token"[^>]*value="[^"]+"')
    return token.sub("", a) == token.sub("", b)


def ask(client, email, **options):
    return client.post("/signup", data={"email": email}, **options)


def test_a_new_address_gets_a_link_that_makes_the_account(client, mailbox, owner_engine, unique_email):
    response = ask(client, unique_email)
    assert response.status_code == 303 and response.location == "/check-email"
    page = client.get("/check-email").get_data(as_text=True)
    assert "Check your email" in page and unique_email in page
    assert users(owner_engine) == []  # nothing is made before the link is followed

    message = mailbox.wait_for_message(unique_email)
    assert message["Subject"] == "Finish creating your Keepsite account"
    link = link_in(message)
    assert link.startswith("http://localhost/signup/")
    form = client.get(path_of(link))
    assert form.status_code == 200
    assert form.headers["Referrer-Policy"] == "no-referrer"
    assert "Choose your password" in form.get_data(as_text=True)

    done = client.post(path_of(link), data={"password": TEST_PASSWORD, "confirm": TEST_PASSWORD})
    assert done.status_code == 302 and done.location == "/"
    assert "Welcome! Your account is ready." in client.get("/").get_data(as_text=True)
    assert users(owner_engine) == [unique_email]


def test_an_address_with_an_account_gets_the_same_answer_and_a_reminder(
    app, mailbox, owner_engine, unique_email
):
    sign_up(app.test_client(), unique_email)
    stranger, newcomer = app.test_client(), app.test_client()
    other = "new-" + unique_email

    known, unknown = ask(stranger, unique_email), ask(newcomer, other)
    assert (known.status_code, known.location) == (unknown.status_code, unknown.location)
    known_page = stranger.get("/check-email").get_data(as_text=True)
    unknown_page = newcomer.get("/check-email").get_data(as_text=True)
    assert same_page(known_page.replace(unique_email, "X"), unknown_page.replace(other, "X"))

    reminder = mailbox.wait_for_message(unique_email, count=2)  # the first made the account
    assert reminder["Subject"] == "You already have a Keepsite account"
    assert "http://localhost/login" in body_of(reminder)
    assert "http://localhost/forgot-password" in body_of(reminder)
    assert mailbox.wait_for_message(other)["Subject"] == "Finish creating your Keepsite account"
    # The account is as it was: its password still logs in.
    assert users(owner_engine) == [unique_email]
    login = app.test_client().post("/login", data={"email": unique_email, "password": TEST_PASSWORD})
    assert login.status_code == 302


def test_a_link_works_until_the_account_exists(client, app, mailbox, owner_engine, unique_email):
    ask(client, unique_email)
    link = path_of(link_in(mailbox.wait_for_message(unique_email)))
    assert client.post(link, data={"password": TEST_PASSWORD, "confirm": TEST_PASSWORD}).status_code == 302

    again = app.test_client().post(link, data={"password": "another password", "confirm": "another password"})
    assert again.status_code == 400
    assert "This link was used already: the account exists. Log in instead." in again.get_data(as_text=True)
    assert users(owner_engine) == [unique_email]
    assert (
        app.test_client()
        .post("/login", data={"email": unique_email, "password": "another password"})
        .status_code
        == 400
    )


def test_an_expired_link_makes_nothing_and_says_so(client, mailbox, owner_engine, unique_email, monkeypatch):
    ask(client, unique_email)
    link = path_of(link_in(mailbox.wait_for_message(unique_email)))
    later = time.time() + 24 * 3600 + 5
    monkeypatch.setattr(itsdangerous.timed, "time", types.SimpleNamespace(time=lambda: later))
    for response in (
        client.get(link),
        client.post(link, data={"password": TEST_PASSWORD, "confirm": TEST_PASSWORD}),
    ):
        assert response.status_code == 400
        assert "This link has expired: sign-up links work for 24 hours." in response.get_data(as_text=True)
    assert users(owner_engine) == []


@pytest.mark.parametrize(
    "tamper",
    [lambda t: t[:-2] + ("AA" if not t.endswith("AA") else "BB"), lambda t: "x" + t, lambda t: "nonsense"],
)
def test_an_altered_link_makes_nothing(client, mailbox, owner_engine, unique_email, tamper):
    ask(client, unique_email)
    link = path_of(link_in(mailbox.wait_for_message(unique_email)))
    prefix, token = link.rsplit("/", 1)
    response = client.post(
        f"{prefix}/{tamper(token)}", data={"password": TEST_PASSWORD, "confirm": TEST_PASSWORD}
    )
    assert response.status_code == 400
    assert "This link is not valid" in response.get_data(as_text=True)
    assert users(owner_engine) == []


def test_a_short_password_is_refused_and_the_link_still_works(client, mailbox, owner_engine, unique_email):
    ask(client, unique_email)
    link = path_of(link_in(mailbox.wait_for_message(unique_email)))
    assert "At least 8 characters." in client.get(link).get_data(as_text=True)
    refused = client.post(link, data={"password": "short", "confirm": "short"})
    assert refused.status_code == 400
    assert "Choose a password of at least 8 characters." in refused.get_data(as_text=True)
    assert users(owner_engine) == []
    assert client.post(link, data={"password": TEST_PASSWORD, "confirm": TEST_PASSWORD}).status_code == 302


def test_an_invalid_address_gets_a_clear_message_and_no_email(client, mailbox, unique_email):
    response = ask(client, "not-an-email")
    assert response.status_code == 400
    assert "Enter a valid email address, like name@example.com." in response.get_data(as_text=True)


def test_links_start_with_app_base_url_when_it_is_set(app, mailbox, unique_email):
    app.config["APP_BASE_URL"] = "https://keepsite.example.com"
    ask(app.test_client(), unique_email)
    assert link_in(mailbox.wait_for_message(unique_email)).startswith("https://keepsite.example.com/signup/")


def test_a_request_naming_another_host_gets_no_link_without_app_base_url(app, mailbox, unique_email, caplog):
    """A reset or sign-up link built from the Host header would carry its token to that host."""
    client = app.test_client()
    with caplog.at_level(logging.ERROR, logger="webapp.mail"):
        response = client.post("/signup", data={"email": unique_email}, base_url="http://evil.example")
    assert response.status_code == 303  # the page says what it always says
    assert "APP_BASE_URL is not set" in caplog.text
    time.sleep(0.2)
    assert mailbox.messages_to(unique_email) == []


def test_without_smtp_the_email_is_written_to_the_log(app, caplog, unique_email):
    app.config["SMTP_HOST"] = ""
    with caplog.at_level(logging.WARNING, logger="webapp.mail"):
        assert ask(app.test_client(), unique_email).status_code == 303
    assert "No SMTP_HOST is set" in caplog.text
    assert "http://localhost/signup/" in caplog.text


def test_one_address_is_sent_few_emails(app, mailbox, unique_email):
    app.config["EMAILS_PER_RECIPIENT"] = "2 per 10 minutes"
    # From different client addresses: the limit is the recipient's.
    for n in (1, 2):
        assert (
            ask(app.test_client(), unique_email, environ_base={"REMOTE_ADDR": f"10.0.1.{n}"}).status_code
            == 303
        )
    over = ask(app.test_client(), unique_email, environ_base={"REMOTE_ADDR": "10.0.1.3"})
    assert over.status_code == 429 and "Retry-After" in over.headers
    time.sleep(0.2)
    assert len(mailbox.messages_to(unique_email)) == 2


def test_the_check_email_page_without_a_request_goes_to_sign_up(client):
    response = client.get("/check-email")
    assert response.status_code == 302 and response.location == "/signup"
