"""Rate limits: log-in and sign-up per client address, failed log-ins per account,
generations per user; a clear 429 with Retry-After, and the counts reset."""

import re
import uuid

import pytest
from support import TEST_PASSWORD, sign_up

from webapp.extensions import limiter

HX = {"HX-Request": "true"}


@pytest.fixture
def app_config(app_config):
    return {
        **app_config,
        "LOGIN_LIMIT_PER_ADDRESS": "6 per minute",
        "LOGIN_FAILURES_PER_ACCOUNT": "3 per minute",
        "SIGNUP_LIMIT_PER_ADDRESS": "2 per minute",
        "GENERATION_LIMIT_PER_USER": "2 per minute",
        "UPLOAD_LIMIT_PER_USER": "2 per minute",
        "TASK_IMMEDIATE": True,
        "AI_OFFLINE_DELAY_SECONDS": 0,
    }


def log_in(client, email="ada@example.com", password=TEST_PASSWORD, address="10.0.0.1"):
    return client.post(
        "/login", data={"email": email, "password": password}, environ_base={"REMOTE_ADDR": address}
    )


def assert_limited(response):
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) > 0
    assert "tried too many times" in response.get_data(as_text=True)


def test_failed_log_ins_for_one_account_are_limited_even_from_many_addresses(client, user):
    for n in range(3):
        assert log_in(client, password="wrong guess", address=f"10.0.0.{n}").status_code == 400
    # The limit is the account's: a new address, and even the right password, wait.
    assert_limited(log_in(client, password="wrong guess", address="10.9.9.9"))
    assert_limited(log_in(client, address="10.9.9.8"))
    # Another account is not held up by it.
    assert log_in(client, email="grace@example.com", address="10.9.9.7").status_code == 400


def test_successful_log_ins_do_not_count_against_the_account(app, user):
    for n in range(5):
        assert log_in(app.test_client(), address=f"10.0.1.{n}").status_code == 302


def test_log_ins_from_one_address_are_limited_whatever_the_account(client, user):
    for n in range(6):
        assert log_in(client, email=f"nobody{n}@example.com").status_code == 400
    assert_limited(log_in(client))
    # Another address is not.
    assert log_in(client, address="10.0.0.2").status_code == 302


def test_the_login_form_itself_is_never_limited(client, user):
    for _ in range(20):
        assert client.get("/login", environ_base={"REMOTE_ADDR": "10.0.0.1"}).status_code == 200


def test_sign_ups_from_one_address_are_limited(client):
    def ask(n):
        return client.post(
            "/signup", data={"email": f"new{n}@example.com"}, environ_base={"REMOTE_ADDR": "10.0.0.3"}
        )

    assert ask(1).status_code == 303
    assert ask(2).status_code == 303
    assert_limited(ask(3))


def test_the_limits_reset(client, user):
    for _ in range(3):
        log_in(client, password="wrong guess")
    assert log_in(client).status_code == 429
    limiter.reset()  # as the window passing would
    assert log_in(client).status_code == 302


def test_starting_generations_is_limited_per_user_with_the_message_above_the_composer(app):
    # Accounts made by signing up: no test app context is held open, so each request
    # finds its own signed-in user (an open one would share Flask-Login's cached user).
    ada, grace = app.test_client(), app.test_client()
    for client, email in ((ada, "ada@example.com"), (grace, "grace@example.com")):
        sign_up(client, email, environ_base={"REMOTE_ADDR": email})

    def send(c):
        data = {"message": "A bakery site", "client_key": uuid.uuid4().hex}
        return c.post("/builder/send", data=data, headers=HX)

    assert send(ada).status_code == 200
    assert send(ada).status_code == 200
    limited = send(ada)
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0
    assert limited.headers["HX-Retarget"] == "#composer-error"
    assert "Wait a minute, then send again." in limited.get_data(as_text=True)
    # Without htmx: the 429 page.
    plain = ada.post("/builder/send", data={"message": "Hi", "client_key": uuid.uuid4().hex})
    assert plain.status_code == 429 and "tried too many times" in plain.get_data(as_text=True)
    # Grace, from the same address, has her own count.
    assert send(grace).status_code == 200


def test_uploading_images_is_limited_per_user_with_the_message_beside_the_files(app):
    import io

    from PIL import Image

    ada = app.test_client()
    sign_up(ada, "ada@example.com", environ_base={"REMOTE_ADDR": "10.0.0.9"})
    sent = ada.post(
        "/builder/send", data={"message": "A bakery site", "client_key": uuid.uuid4().hex}, headers=HX
    )
    page = ada.get(sent.headers["HX-Push-Url"]).get_data(as_text=True)
    site_id = re.search(r"/builder/sites/([0-9a-f-]{36})/files/upload", page).group(1)

    def upload(colour):
        buffer = io.BytesIO()
        Image.new("RGB", (4, 4), colour).save(buffer, format="PNG")
        data = {"images": [(io.BytesIO(buffer.getvalue()), "logo.png")]}
        url = f"/builder/sites/{site_id}/files/upload"
        return ada.post(url, data=data, content_type="multipart/form-data", headers=HX)

    assert upload((1, 1, 1)).status_code == 200
    assert upload((2, 2, 2)).status_code == 200
    limited = upload((3, 3, 3))
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0
    assert limited.headers["HX-Retarget"] == "#file-actions-error"
    assert "Wait a minute, then upload again." in limited.get_data(as_text=True)
