"""Row Level Security: the database's own wall, tested with raw SQL as the app's role.

The app's role (created by conftest) owns nothing and is not a superuser, so
the policies apply to it. Each test sets `app.user_id` itself, as the app does.
"""

import uuid

import builders
import pytest
import sqlalchemy as sa
from psycopg import errors as pg_errors

from webapp.models import OWNED_TABLES

pytestmark = pytest.mark.postgres_only


@pytest.fixture
def raw(app, database):
    """A connection as the app's role, outside the app, in one transaction.

    Depends on `app` so that it closes before the app's teardown empties the tables.
    """
    engine = sa.create_engine(database.app_url)
    with engine.connect() as connection:
        yield connection
    engine.dispose()


def set_user(connection, user_id) -> None:
    connection.execute(sa.text("SELECT set_config('app.user_id', :id, true)"), {"id": str(user_id or "")})


def fill(owner) -> dict:
    return builders.one_of_everything(owner)


@pytest.fixture
def two_accounts(user, other_user):
    return {"a": (user.id, fill(user)), "b": (other_user.id, fill(other_user))}


def test_the_apps_role_is_neither_superuser_nor_owner_and_rls_is_forced(raw):
    role = raw.execute(
        sa.text("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")
    ).one()
    assert role == (False, False)
    rows = raw.execute(
        sa.text(
            "SELECT relname, relrowsecurity, relforcerowsecurity, pg_get_userbyid(relowner) "
            "FROM pg_class WHERE relname = ANY(:names)"
        ),
        {"names": list(OWNED_TABLES)},
    ).all()
    current = raw.scalar(sa.text("SELECT current_user"))
    assert {r[0] for r in rows} == set(OWNED_TABLES)
    for name, enabled, forced, owner in rows:
        assert enabled and forced, name
        assert owner != current, name


@pytest.mark.parametrize("table", OWNED_TABLES)
def test_a_user_sees_only_their_own_rows(raw, two_accounts, table):
    a_id, _ = two_accounts["a"]
    b_id, _ = two_accounts["b"]
    column = OWNED_TABLES[table]
    set_user(raw, a_id)
    owners = raw.execute(sa.text(f"SELECT {column} FROM {table}")).scalars().all()
    assert owners, "user A's own rows are visible"
    assert set(owners) == {a_id}
    assert b_id not in owners


@pytest.mark.parametrize("table", OWNED_TABLES)
def test_with_no_user_nothing_is_visible(raw, two_accounts, table):
    assert raw.scalar(sa.text(f"SELECT count(*) FROM {table}")) == 0
    set_user(raw, None)
    assert raw.scalar(sa.text(f"SELECT count(*) FROM {table}")) == 0


def insert_naming(table: str, b_id, b_things) -> tuple[str, dict]:
    now = "now()"
    statements = {
        "users": (
            f"INSERT INTO users (id, email, password_hash, created_at) "
            f"VALUES (:new, 'intruder@example.com', 'x', {now})"
        ),
        "conversations": (
            f"INSERT INTO conversations (id, user_id, title, created_at, updated_at, metadata) "
            f"VALUES (:new, :b, 'planted', {now}, {now}, '{{}}')"
        ),
        "messages": (
            f"INSERT INTO messages (id, conversation_id, user_id, role, content, created_at) "
            f"VALUES (:new, :conversation, :b, 'user', 'planted', {now})"
        ),
        "project_snapshots": (
            f"INSERT INTO project_snapshots (id, conversation_id, user_id, files, created_at) "
            f"VALUES (:new, :conversation, :b, '{{}}', {now})"
        ),
        "generated_sites": (
            "INSERT INTO generated_sites (id, user_id, title, files, is_published, created_at, "
            f"updated_at, metadata, last_version_number) "
            f"VALUES (:new, :b, 'planted', '{{}}', false, {now}, {now}, '{{}}', 0)"
        ),
        "site_versions": (
            "INSERT INTO site_versions (id, site_id, user_id, version_number, files, created_at) "
            f"VALUES (:new, :site, :b, 99, '{{}}', {now})"
        ),
        "generation_runs": (
            "INSERT INTO generation_runs (id, conversation_id, user_id, user_message_id, client_key, "
            f"status, generator, output, created_at) "
            f"VALUES (:new, :conversation, :b, :message, 'planted', 'queued', 'offline', '', {now})"
        ),
        "version_changes": (
            "INSERT INTO version_changes (site_id, user_id, path, version_number, change) "
            "VALUES (:site, :b, 'planted.css', 99, 'added')"
        ),
        "publish_events": (
            "INSERT INTO publish_events (id, site_id, user_id, action, slug, created_at) "
            f"VALUES (:new, :site, :b, 'unpublished', 'planted', {now})"
        ),
        "review_links": (
            "INSERT INTO review_links (id, site_id, user_id, token, version_number, created_at) "
            f"VALUES (:new, :site, :b, 'planted', 1, {now})"
        ),
        "site_imports": (
            "INSERT INTO site_imports (id, user_id, status, filename, size, created_at) "
            f"VALUES (:new, :b, 'queued', 'planted.zip', 1, {now})"
        ),
        "user_sessions": (
            f"INSERT INTO user_sessions (id, user_id, created_at, remember) VALUES (:new, :b, {now}, false)"
        ),
        "file_contents": (
            "INSERT INTO file_contents (user_id, hash, is_text, size, data, created_at) "
            f"VALUES (:b, 'planted', true, 1, 'x', {now})"
        ),
    }
    return statements[table], {
        "new": uuid.uuid4(),
        "b": b_id,
        "conversation": b_things["conversation"],
        "site": b_things["site"],
        "message": b_things["message"],
    }


@pytest.mark.parametrize("table", OWNED_TABLES)
def test_inserting_a_row_for_another_user_is_refused(raw, two_accounts, table):
    a_id, _ = two_accounts["a"]
    b_id, b_things = two_accounts["b"]
    set_user(raw, a_id)
    statement, params = insert_naming(table, b_id, b_things)
    with pytest.raises(sa.exc.ProgrammingError) as failure:
        raw.execute(sa.text(statement), params)
    assert isinstance(failure.value.orig, pg_errors.InsufficientPrivilege)
    assert "row-level security" in str(failure.value.orig)


@pytest.mark.parametrize("table", OWNED_TABLES)
def test_updating_or_deleting_another_users_rows_touches_nothing(raw, two_accounts, table):
    a_id, _ = two_accounts["a"]
    b_id, _ = two_accounts["b"]
    column = OWNED_TABLES[table]
    set_user(raw, a_id)
    updated = raw.execute(sa.text(f"UPDATE {table} SET {column} = {column} WHERE {column} = :b"), {"b": b_id})
    assert updated.rowcount == 0
    deleted = raw.execute(sa.text(f"DELETE FROM {table} WHERE {column} = :b"), {"b": b_id})
    assert deleted.rowcount == 0


@pytest.mark.parametrize("table", OWNED_TABLES)
def test_handing_a_row_to_another_user_is_refused(raw, two_accounts, table):
    a_id, _ = two_accounts["a"]
    b_id, _ = two_accounts["b"]
    column = OWNED_TABLES[table]
    set_user(raw, a_id)
    with pytest.raises(sa.exc.ProgrammingError) as failure:
        raw.execute(sa.text(f"UPDATE {table} SET {column} = :b WHERE {column} = :a"), {"a": a_id, "b": b_id})
    assert isinstance(failure.value.orig, pg_errors.InsufficientPrivilege)


def test_login_lookup_reveals_one_email_and_nothing_else(raw, two_accounts):
    a_id, _ = two_accounts["a"]
    row = raw.execute(sa.text("SELECT * FROM app_login_lookup('ADA@example.com')")).one()
    assert row.id == a_id
    assert row.password_hash.startswith("$argon2id$")
    assert raw.execute(sa.text("SELECT * FROM app_login_lookup('nobody@example.com')")).all() == []
    # The users table itself stays hidden.
    assert raw.scalar(sa.text("SELECT count(*) FROM users")) == 0
