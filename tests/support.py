"""Values the test modules share (imported by name: `conftest` is ambiguous
once tests/e2e has a conftest.py of its own)."""

# The password of every account the tests create.
TEST_PASSWORD = "correct horse battery"


def wait_for(condition, what: str, seconds: float = 60):
    """Poll `condition` until it returns something true, and return that; fail after `seconds`."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def count_rows(models, *owners) -> dict:
    """How many rows of each of these owned models each user has: {(user id, table): n}."""
    import sqlalchemy as sa

    from webapp.extensions import db
    from webapp.ownership import act_as

    counts = {}
    for owner in owners:
        act_as(owner)
        for model in models:
            statement = sa.select(sa.func.count()).select_from(model).where(model.user_id == owner.id)
            counts[owner.id, model.__tablename__] = db.session.scalar(statement)
        # Counted under one owner's setting at a time (Row Level Security).
        db.session.commit()
    return counts


def sign_up(client, email: str, password: str = TEST_PASSWORD, **request_options):
    """Create an account through the pages, as a person does: ask at /signup, then follow
    the emailed link (made here as the email makes it: test_signup.py reads real emails)
    and choose the password. The client ends signed in; the last response is returned."""
    from webapp.auth.links import signup_token

    asked = client.post("/signup", data={"email": email}, **request_options)
    assert asked.status_code == 303, asked.status_code
    with client.application.app_context():
        token = signup_token(email.strip().lower())
    response = client.post(
        f"/signup/{token}", data={"password": password, "confirm": password}, **request_options
    )
    assert response.status_code == 302, response.status_code
    return response
