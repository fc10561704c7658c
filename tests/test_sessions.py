"""Sessions that end: a cookie captured before logging out opens nothing after it.

Each log-in is a row of user_sessions; the session cookie and the remember cookie
name it. These tests replay captured cookies in a fresh client, as an attacker who
copied them would.

No test here holds an app context open (the `ctx`, `user` and `db` fixtures do):
requests would share it, and with it Flask-Login's cached user, so a replayed
cookie would never be read at all.
"""

import uuid

import pytest
import sqlalchemy as sa
from support import TEST_PASSWORD, sign_up

from webapp.auth import services as accounts
from webapp.extensions import db as _db
from webapp.models import UserSession
from webapp.ownership import act_as

PRIVATE_PAGE = "/builder/"
EMAIL = "ada@example.com"


@pytest.fixture
def account(app):
    """Ada's account, made by signing up (that browser is then thrown away)."""
    sign_up(app.test_client(), EMAIL)
    return EMAIL


def browser(app, *, remember: bool = False):
    """A new browser that logs in to Ada's account."""
    client = app.test_client()
    data = {"email": EMAIL, "password": TEST_PASSWORD, **({"remember": "y"} if remember else {})}
    assert client.post("/login", data=data).status_code == 302
    return client


def opens_private_pages(client) -> bool:
    return client.get(PRIVATE_PAGE).status_code == 200


def replay(app, **cookies):
    """A fresh client carrying only these captured cookies."""
    thief = app.test_client()
    for name, value in cookies.items():
        thief.set_cookie(name, value)
    return thief


def captured(client, name: str) -> str:
    cookie = client.get_cookie(name)
    assert cookie is not None, f"no {name} cookie to capture"
    return cookie.value


def sessions(app) -> list[tuple[str, bool]]:
    """Ada's sessions, oldest first: (their alternative id, whether they are open)."""
    user_id = _user_id(app)
    with app.app_context():
        act_as(user_id)
        rows = _db.session.scalars(
            sa.select(UserSession).where(UserSession.user_id == user_id).order_by(UserSession.created_at)
        ).all()
        return [(f"{user_id}.{row.id}", row.ended_at is None) for row in rows]


def _user_id(app) -> uuid.UUID:
    with app.app_context():
        user = accounts.authenticate(EMAIL, TEST_PASSWORD)
        return user.id


def test_each_log_in_is_a_session_of_its_own(app, account):
    browser(app)
    browser(app)
    assert [is_open for _, is_open in sessions(app)] == [True, True, True]  # sign-up, then two log-ins


def test_a_session_cookie_captured_before_logout_opens_nothing_after(app, account):
    client = browser(app)
    stolen = captured(client, "session")
    assert opens_private_pages(replay(app, session=stolen))
    client.post("/logout")
    assert not opens_private_pages(client)
    assert not opens_private_pages(replay(app, session=stolen))


def test_a_remember_cookie_captured_before_logout_opens_nothing_after(app, account):
    client = browser(app, remember=True)
    stolen = captured(client, "remember_token")
    # Alone, the remember cookie signs a new browser in...
    assert opens_private_pages(replay(app, remember_token=stolen))
    client.post("/logout")
    # ...until the session it belongs to ends.
    assert not opens_private_pages(replay(app, remember_token=stolen))


def test_logging_out_in_one_browser_keeps_the_others_signed_in(app, account):
    phone, laptop = browser(app), browser(app)
    phone.post("/logout")
    assert opens_private_pages(laptop) and not opens_private_pages(phone)
    assert [is_open for _, is_open in sessions(app)] == [True, False, True]


def test_ending_the_other_sessions_keeps_this_one(app, account):
    phone = browser(app, remember=True)
    phone_session, phone_remember = captured(phone, "session"), captured(phone, "remember_token")
    laptop = browser(app)
    laptop_id = sessions(app)[-1][0]
    with app.app_context():
        assert accounts.end_other_sessions(accounts.load_user(laptop_id)) == 2  # the phone's, the sign-up's
    assert opens_private_pages(laptop)
    assert not opens_private_pages(phone)
    assert not opens_private_pages(replay(app, session=phone_session))
    assert not opens_private_pages(replay(app, remember_token=phone_remember))


def test_ending_every_session_ends_this_one_too(app, account):
    laptop = browser(app)
    with app.app_context():
        assert accounts.end_other_sessions(accounts.load_user(sessions(app)[-1][0]), keep_this_one=False) == 2
    assert not opens_private_pages(laptop)


@pytest.mark.parametrize(
    "shape", ["", "nonsense", "{user}", "{user}.", "{user}.{random}", "{random}.{session}"]
)
def test_a_malformed_unknown_or_mismatched_session_id_loads_nobody(app, account, shape):
    alternative_id = sessions(app)[0][0]
    user_part, session_part = alternative_id.split(".")
    value = shape.format(user=user_part, session=session_part, random=uuid.uuid4())
    with app.app_context():
        assert accounts.load_user(value) is None
        assert str(accounts.load_user(alternative_id).id) == user_part


def test_a_session_of_another_user_does_not_load_as_this_one(app, account):
    sign_up(app.test_client(), "grace@example.com")
    ada_session = sessions(app)[0][0].split(".")[1]
    with app.app_context():
        grace = accounts.authenticate("grace@example.com", TEST_PASSWORD)
        assert accounts.load_user(f"{grace.id}.{ada_session}") is None


def test_deleting_the_account_removes_its_sessions(app, account, owner_engine):
    browser(app)
    with app.app_context():
        accounts.delete_account(accounts.authenticate(EMAIL, TEST_PASSWORD))
    with owner_engine.connect() as connection:
        assert connection.scalar(sa.text("SELECT count(*) FROM user_sessions")) == 0
