"""Fixtures: one suite, run on SQLite by default or on PostgreSQL.

Set TESTING_DATABASE_URL to a PostgreSQL server URL (as a role that may
create databases and roles) to run on PostgreSQL. The suite then creates a
fresh database, migrates it as that (owning) role, and runs the app as a
role that owns nothing and is not a superuser, so Row Level Security is in
force for every test.
"""

import os
import re
import uuid
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from flask_migrate import upgrade
from support import TEST_PASSWORD

from webapp import create_app
from webapp.auth import services as accounts
from webapp.commands import APP_FUNCTIONS
from webapp.database import write_transaction
from webapp.extensions import db as _db
from webapp.models import User
from webapp.ownership import act_as
from webapp.taskqueue import get_queue

APP_ROLE = "webapp_test_app"
# Every table, children first, so plain DELETEs never trip a foreign key.
TABLES = [table.name for table in reversed(_db.metadata.sorted_tables)]


@dataclass
class Database:
    """Where the tests' app connects, and how the tests reach it as the owner."""

    app_url: str
    owner_url: str
    dialect: str


def _pg_url(base: str, database: str, user: str | None = None) -> str:
    url = sa.make_url(base).set(drivername="postgresql+psycopg", database=database)
    return (url.set(username=user) if user else url).render_as_string(hide_password=False)


def _migrate(app_url: str, owner_url: str | None) -> None:
    config = {"SQLALCHEMY_DATABASE_URI": app_url, "SECRET_KEY": "test", "TESTING": True}
    if owner_url:
        config["MIGRATION_DATABASE_URL"] = owner_url
    app = create_app(config)
    with app.app_context():
        upgrade()
        _db.engine.dispose()


@pytest.fixture(scope="session")
def database(tmp_path_factory):
    """A migrated, empty database for the whole run."""
    server = os.environ.get("TESTING_DATABASE_URL")
    if not server:
        path = tmp_path_factory.mktemp("db") / "test.db"
        url = f"sqlite:///{path}"
        _migrate(url, None)
        yield Database(app_url=url, owner_url=url, dialect="sqlite")
        return

    name = f"webapp_test_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(_pg_url(server, "postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
        exists = connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": APP_ROLE})
        if not exists:
            connection.execute(sa.text(f"CREATE ROLE {APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB"))
    owner_url = _pg_url(server, name)
    app_url = _pg_url(server, name, user=APP_ROLE)
    _migrate(app_url, owner_url)
    owner = sa.create_engine(owner_url)
    with owner.begin() as connection:
        connection.execute(sa.text(f"GRANT USAGE ON SCHEMA public TO {APP_ROLE}"))
        connection.execute(
            sa.text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {APP_ROLE}")
        )
        for function in APP_FUNCTIONS:
            connection.execute(sa.text(f"GRANT EXECUTE ON FUNCTION {function} TO {APP_ROLE}"))
        is_superuser = connection.scalar(
            sa.text("SELECT rolsuper FROM pg_roles WHERE rolname = :r"), {"r": APP_ROLE}
        )
        assert not is_superuser
    owner.dispose()
    try:
        yield Database(app_url=app_url, owner_url=owner_url, dialect="postgresql")
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(sa.text(f"REASSIGN OWNED BY {APP_ROLE} TO CURRENT_USER"))
            connection.execute(sa.text(f"DROP OWNED BY {APP_ROLE}"))
        admin.dispose()


@pytest.fixture(scope="session")
def owner_engine(database):
    """An engine connected as the tables' owner (bypasses nothing on SQLite)."""
    engine = sa.create_engine(database.owner_url)
    yield engine
    engine.dispose()


def _empty_tables(engine: sa.Engine, dialect: str) -> None:
    with engine.begin() as connection:
        if dialect == "postgresql":
            connection.execute(sa.text(f"TRUNCATE {', '.join(TABLES)} CASCADE"))
        else:
            for table in TABLES:
                connection.execute(sa.text(f"DELETE FROM {table}"))


@pytest.fixture
def app_config(database, tmp_path):
    """Settings for the app under test; tests may change them before `app` is made."""
    return {
        "TESTING": True,
        # A queue of this test's own, which nothing consumes unless the test starts a
        # consumer (see test_task_queue.py) or sets TASK_IMMEDIATE.
        "TASK_QUEUE_PATH": str(tmp_path / "tasks.db"),
        "TASK_QUEUE_NAME": f"test{uuid.uuid4().hex[:12]}",
        "REDIS_URL": "",
        "EMBEDDED_WORKER": False,
        "SECRET_KEY": "test-secret-key",
        "SQLALCHEMY_DATABASE_URI": database.app_url,
        "WTF_CSRF_ENABLED": False,
        "SESSION_COOKIE_SECURE": False,
        "REMEMBER_COOKIE_SECURE": False,
    }


@pytest.fixture(scope="session")
def mail_server():
    """A real SMTP server on 127.0.0.1, for the whole run (see mail_server.py)."""
    from mail_server import MailServer

    server = MailServer().start()
    yield server
    server.stop()


@pytest.fixture
def openai_server(app, monkeypatch):
    """Runs use the OpenAI-compatible generator, against a local chat-completions server."""
    from fake_openai_server import FakeOpenAIServer

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with FakeOpenAIServer(model="site-model") as server:
        app.config.update(
            AI_GENERATOR="openai",
            AI_BASE_URL=server.base_url,
            AI_API_KEY="sk-test",
            AI_MODEL="site-model",
            AI_TIMEOUT_SECONDS=5,
        )
        yield server


@pytest.fixture
def unique_email() -> str:
    """An address no other test of the run writes to (the mail server is shared)."""
    return f"ada-{uuid.uuid4().hex[:10]}@example.com"


@pytest.fixture
def app(app_config, database, owner_engine):
    """The app, on an empty database."""
    app = create_app(app_config)
    yield app
    with app.app_context():
        _db.session.remove()
        _db.engine.dispose()
    get_queue(app).close()
    _empty_tables(owner_engine, database.dialect)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def ctx(app):
    """An app context, for calling services directly."""
    with app.app_context():
        yield
        _db.session.remove()


@pytest.fixture
def db(ctx):
    return _db


_password_hash: str | None = None


def make_user(email: str) -> User:
    """A user with TEST_PASSWORD (hashed once per run: argon2 is slow on purpose)."""
    global _password_hash
    if _password_hash is None:
        _password_hash = accounts.hash_password(TEST_PASSWORD)
    user_id = uuid.uuid4()
    with write_transaction(user_id):
        user = User(id=user_id, email=email.lower(), password_hash=_password_hash)
        _db.session.add(user)
    # Detached with its columns loaded: reading user.id never reloads the row
    # (which Row Level Security would hide while another user is acting).
    act_as(user_id)
    _db.session.refresh(user)
    _db.session.expunge(user)
    return user


@pytest.fixture
def user(ctx):
    return make_user("ada@example.com")


@pytest.fixture
def other_user(ctx):
    return make_user("grace@example.com")


class AuthActions:
    def __init__(self, client):
        self._client = client

    def login(self, email="ada@example.com", password=TEST_PASSWORD, **extra):
        return self._client.post("/login", data={"email": email, "password": password, **extra})

    def logout(self):
        return self._client.post("/logout")


@pytest.fixture
def auth(client):
    return AuthActions(client)


@pytest.fixture
def signed_in(client, user, auth):
    """The test client, signed in as `user`."""
    auth.login()
    return client


def pytest_collection_modifyitems(config, items):
    """Tests marked postgres_only say so when the run is on SQLite; tests marked
    one_database, when it is on PostgreSQL (the SQLite run has checked them)."""
    if os.environ.get("TESTING_DATABASE_URL"):
        marker, reason = "one_database", "the same on either database: checked in the SQLite run"
    else:
        marker, reason = "postgres_only", "needs PostgreSQL: set TESTING_DATABASE_URL"
    for item in items:
        if marker in item.keywords:
            item.add_marker(pytest.mark.skip(reason=reason))


# Statements the app runs, for tests of what a page reads and that GET never writes.
WRITE_STATEMENT = re.compile(r"^\s*(INSERT|UPDATE|DELETE|BEGIN IMMEDIATE|CREATE|DROP|ALTER)\b", re.IGNORECASE)


def _recorded(app, keep):
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if keep(statement):
            seen.append(statement)

    with app.app_context():
        engine = _db.engine
    sa.event.listen(engine, "before_cursor_execute", record)
    yield seen
    sa.event.remove(engine, "before_cursor_execute", record)


@pytest.fixture
def statements(app):
    """Every SQL statement the app's engine runs from now on."""
    yield from _recorded(app, lambda statement: True)


@pytest.fixture
def writes(app):
    """The write statements the app's engine runs from now on (GET must run none)."""
    yield from _recorded(app, WRITE_STATEMENT.match)
