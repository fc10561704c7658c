"""Accounts: signing up, logging in and out, CSRF, and where people land after."""

import json
import re

import pytest
import sqlalchemy as sa
from flask_login import login_required
from support import TEST_PASSWORD

from webapp.auth.links import signup_token
from webapp.auth.views import LOGIN_FAILED
from webapp.security import is_safe_redirect

HOSTILE_NEXT = [
    "//evil.example",
    "https://evil.example/x",
    "/\\evil.example",
    "javascript:alert(1)",
]


def stored_users(owner_engine) -> list[tuple[str, str]]:
    """Every account's (email, password hash), read as the tables' owner."""
    with owner_engine.connect() as connection:
        return connection.execute(sa.text("SELECT email, password_hash FROM users ORDER BY email")).all()


def sign_up(client, email="ada@example.com", password=TEST_PASSWORD, confirm=None, **fields):
    """Ask for an account at /signup, then post the password form of the emailed link
    (test_signup.py reads the real email); `fields` adds form fields (a csrf_token)."""
    confirm = password if confirm is None else confirm
    asked = client.post("/signup", data={"email": email, **fields})
    if asked.status_code != 303:
        return asked
    with client.application.app_context():
        token = signup_token(email.strip().lower())
    return client.post(f"/signup/{token}", data={"password": password, "confirm": confirm, **fields})


def form_token(client, path: str) -> str:
    """The CSRF token from the hidden input of the form at `path`."""
    page = client.get(path).get_data(as_text=True)
    return re.search(r'<input[^>]*name="csrf_token"[^>]*value="([^"]+)"', page).group(1)


def is_logged_in(client) -> bool:
    return "Your work" in client.get("/").get_data(as_text=True)


# Signing up


def test_signing_up_creates_the_account_logs_in_and_goes_home(client, owner_engine):
    response = sign_up(client)
    assert response.status_code == 302
    assert response.location == "/"
    assert [email for email, _ in stored_users(owner_engine)] == ["ada@example.com"]
    home = client.get("/").get_data(as_text=True)
    assert "Welcome! Your account is ready." in home
    assert "ada@example.com" in home


def test_email_is_stored_in_lowercase(client, owner_engine):
    assert sign_up(client, email="Ada.Lovelace@Example.COM").status_code == 302
    assert [email for email, _ in stored_users(owner_engine)] == ["ada.lovelace@example.com"]


def test_a_link_for_an_email_that_has_an_account_in_another_case_creates_nothing(client, user, owner_engine):
    response = sign_up(client, email="ADA@Example.com")
    assert response.status_code == 400
    assert "This link was used already: the account exists. Log in instead." in response.get_data(
        as_text=True
    )
    assert len(stored_users(owner_engine)) == 1
    assert not is_logged_in(client)


def test_sees_error_if_passwords_do_not_match(client, owner_engine):
    response = sign_up(client, confirm=TEST_PASSWORD + "!")
    assert response.status_code == 400
    assert "The passwords do not match." in response.get_data(as_text=True)
    assert stored_users(owner_engine) == []


@pytest.fixture
def min_length_twelve(app_config):
    app_config["PASSWORD_MIN_LENGTH"] = 12


@pytest.mark.usefixtures("min_length_twelve")
def test_sees_error_if_password_is_shorter_than_the_setting(client, owner_engine):
    response = sign_up(client, password="a" * 11)
    assert "At least 12 characters." not in response.get_data(as_text=True)  # the error says it instead
    assert response.status_code == 400
    assert "Choose a password of at least 12 characters." in response.get_data(as_text=True)
    assert stored_users(owner_engine) == []


@pytest.mark.usefixtures("min_length_twelve")
def test_password_of_exactly_the_minimum_length_is_accepted(client, owner_engine):
    assert sign_up(client, password="a" * 12).status_code == 302
    assert len(stored_users(owner_engine)) == 1


@pytest.mark.parametrize("email", ["not-an-email", "ada@", "@example.com", "ada example@example.com"])
def test_sees_error_if_email_is_invalid(client, owner_engine, email):
    response = sign_up(client, email=email)
    assert response.status_code == 400
    assert "Enter a valid email address, like name@example.com." in response.get_data(as_text=True)
    assert stored_users(owner_engine) == []


def test_the_password_form_names_the_email_but_keeps_no_password_after_an_error(client):
    page = sign_up(client, email="ada@example.com", confirm="different").get_data(as_text=True)
    assert "<strong>ada@example.com</strong>" in page
    assert TEST_PASSWORD not in page


def test_field_with_the_error_is_focused_and_points_to_its_message(client):
    page = sign_up(client, password="short").get_data(as_text=True)
    [focused] = re.findall(r"<input[^>]* autofocus[^>]*>", page)
    assert 'id="password"' in focused
    assert 'aria-invalid="true"' in focused
    assert 'aria-describedby="password-error"' in focused
    assert '<p class="field-error" id="password-error">Choose a password' in page


def test_passwords_are_stored_as_argon2id_hashes(client, owner_engine):
    sign_up(client)
    [(_, password_hash)] = stored_users(owner_engine)
    assert password_hash.startswith("$argon2id$")
    assert TEST_PASSWORD not in password_hash


# Logging in and out


def test_logging_in_goes_home(client, user, auth):
    response = auth.login()
    assert response.status_code == 302
    assert response.location == "/"
    assert is_logged_in(client)


def test_email_case_and_spaces_do_not_matter_when_logging_in(client, user, auth):
    assert auth.login(email="  ADA@example.COM ").status_code == 302
    assert is_logged_in(client)


def _login_error(response) -> str:
    return re.search(r'class="alert alert-error"[^>]*>(.*?)</div>', response.get_data(as_text=True)).group(1)


def test_sees_error_message_if_password_is_incorrect(client, user, auth):
    response = auth.login(password="wrong password")
    assert response.status_code == 400
    assert _login_error(response) == LOGIN_FAILED
    assert not is_logged_in(client)


def test_unknown_email_and_wrong_password_give_exactly_the_same_message(client, user, auth):
    unknown_email = auth.login(email="nobody@example.com")
    wrong_password = auth.login(password="wrong password")
    assert unknown_email.status_code == wrong_password.status_code == 400
    assert _login_error(unknown_email) == _login_error(wrong_password) == LOGIN_FAILED


def test_remember_me_sets_a_remember_cookie(client, user, auth):
    auth.login(remember="y")
    assert client.get_cookie("remember_token") is not None


def test_without_remember_me_there_is_no_remember_cookie(client, user, auth):
    auth.login()
    assert client.get_cookie("remember_token") is None


def test_logging_out_ends_the_session(client, user, auth):
    auth.login(remember="y")
    response = auth.logout()
    assert response.status_code == 302
    assert response.location == "/login"
    assert "You are logged out." in client.get("/login").get_data(as_text=True)
    assert client.get_cookie("remember_token") is None
    assert not is_logged_in(client)


def test_logout_by_get_is_not_allowed(client, user, auth):
    auth.login()
    assert client.get("/logout").status_code == 405
    assert is_logged_in(client)


def test_logging_out_when_already_logged_out_lands_on_the_login_page(client, auth):
    # As from a second tab: sending people on to /logout after they log in
    # again would end on a 405 page.
    response = auth.logout()
    assert response.status_code == 302
    assert response.location == "/login"


@pytest.mark.parametrize("path", ["/login", "/signup"])
def test_signed_in_user_visiting_the_account_forms_goes_home(client, user, auth, path):
    auth.login()
    response = client.get(path)
    assert response.status_code == 302
    assert response.location == "/"


# CSRF


@pytest.fixture
def csrf_enabled(app_config):
    app_config["WTF_CSRF_ENABLED"] = True


@pytest.mark.usefixtures("csrf_enabled")
def test_signup_without_csrf_token_is_refused(client, owner_engine):
    response = sign_up(client)
    assert response.status_code == 400
    assert "Your form could not be checked." in response.get_data(as_text=True)
    assert stored_users(owner_engine) == []


@pytest.mark.usefixtures("csrf_enabled")
def test_login_without_csrf_token_is_refused(client, user, auth):
    assert auth.login().status_code == 400
    assert not is_logged_in(client)


@pytest.mark.usefixtures("csrf_enabled")
def test_signup_with_the_forms_csrf_token_works(client, owner_engine):
    response = sign_up(client, csrf_token=form_token(client, "/signup"))
    assert response.status_code == 302
    assert len(stored_users(owner_engine)) == 1


@pytest.mark.usefixtures("csrf_enabled")
def test_login_with_the_forms_csrf_token_works(client, user, auth):
    assert auth.login(csrf_token=form_token(client, "/login")).status_code == 302
    assert is_logged_in(client)


@pytest.mark.usefixtures("csrf_enabled")
def test_csrf_token_is_accepted_in_the_header_htmx_sends(client, user, auth):
    auth.login(csrf_token=form_token(client, "/login"))
    home = client.get("/").get_data(as_text=True)
    # htmx sends the headers named in the body's hx-headers with every request.
    hx_headers = json.loads(re.search(r"<body hx-headers='([^']+)'", home).group(1))
    response = client.post("/logout", headers={"X-CSRFToken": hx_headers["X-CSRFToken"]})
    assert response.status_code == 302
    assert not is_logged_in(client)


@pytest.mark.usefixtures("csrf_enabled")
def test_logout_without_csrf_token_is_refused(client, user, auth):
    auth.login(csrf_token=form_token(client, "/login"))
    assert client.post("/logout").status_code == 400
    assert client.post("/logout", headers={"X-CSRFToken": "forged"}).status_code == 400
    assert is_logged_in(client)


# Where people land


def test_goes_to_the_next_page_after_logging_in(client, user, auth):
    response = client.post(
        "/login",
        query_string={"next": "/some/path?tab=2"},
        data={"email": "ada@example.com", "password": TEST_PASSWORD},
    )
    assert response.location == "/some/path?tab=2"


@pytest.mark.parametrize("target", HOSTILE_NEXT)
def test_goes_home_instead_of_an_offsite_next_page_after_logging_in(client, user, target):
    response = client.post(
        "/login", query_string={"next": target}, data={"email": "ada@example.com", "password": TEST_PASSWORD}
    )
    assert response.status_code == 302
    assert response.location == "/"


def test_login_form_keeps_the_next_page_across_a_failed_attempt(client, user):
    page = client.post(
        "/login", query_string={"next": "/some/path"}, data={"email": "ada@example.com", "password": "nope"}
    ).get_data(as_text=True)
    assert 'action="/login?next=/some/path"' in page


@pytest.mark.parametrize("target", HOSTILE_NEXT)
def test_account_forms_do_not_carry_an_offsite_next_page(client, target):
    for path in ("/login", "/signup"):
        page = client.get(path, query_string={"next": target}).get_data(as_text=True)
        assert "evil.example" not in page
        assert "javascript:" not in page


@pytest.mark.parametrize(
    ("target", "safe"),
    [
        ("/", True),
        ("/some/path", True),
        ("/some/path?q=1#part", True),
        ("/%2F%2Fevil.example", True),
        (None, False),
        ("", False),
        ("some/path", False),
        ("//evil.example", False),
        ("///evil.example", False),
        ("https://evil.example/x", False),
        ("http:/evil.example", False),
        ("/\\evil.example", False),
        ("\\\\evil.example", False),
        ("/\t/evil.example", False),
        ("/\n/evil.example", False),
        ("javascript:alert(1)", False),
        (" /some/path", False),
    ],
)
def test_is_safe_redirect(target, safe):
    assert is_safe_redirect(target) is safe


# Pages that need an account


@pytest.fixture
def private_page(app):
    """A page behind login_required, as the product's own pages are."""
    app.add_url_rule("/private", "private", login_required(lambda: "private page"))


@pytest.mark.usefixtures("private_page")
def test_anonymous_visitor_is_sent_to_login_with_next(client):
    response = client.get("/private?tab=2")
    assert response.status_code == 302
    assert response.location == "/login?next=%2Fprivate%3Ftab%3D2"
    assert "Log in to see that page." in client.get(response.location).get_data(as_text=True)


@pytest.mark.usefixtures("private_page")
def test_logging_in_from_the_redirect_returns_to_the_page(client, user):
    login_url = client.get("/private").location
    response = client.post(
        login_url, data={"email": "ada@example.com", "password": TEST_PASSWORD}, follow_redirects=True
    )
    assert response.request.path == "/private"
    assert response.get_data(as_text=True) == "private page"
