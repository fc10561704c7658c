"""Migrations build the schema on an empty database, remove it, and match the models."""

import os
import uuid

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade

from webapp import create_app
from webapp.extensions import db
from webapp.models import OWNED_TABLES

APP_TABLES = set(OWNED_TABLES)


@pytest.fixture
def empty_database_url(tmp_path, database):
    """A new, empty database of the kind this run uses."""
    if database.dialect == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    server = sa.make_url(os.environ["TESTING_DATABASE_URL"]).set(drivername="postgresql+psycopg")
    name = f"webapp_migrate_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def table_names(engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names()) - {"alembic_version"}


def test_upgrade_builds_the_schema_and_downgrade_removes_it(empty_database_url):
    app = create_app({"SQLALCHEMY_DATABASE_URI": empty_database_url, "SECRET_KEY": "t"})
    with app.app_context():
        upgrade()
        assert table_names(db.engine) == APP_TABLES
        with db.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), db.metadata)
        assert differences == []

        downgrade(revision="base")
        assert table_names(db.engine) == set()

        # And back up again: the migrations are repeatable.
        upgrade()
        assert table_names(db.engine) == APP_TABLES
        db.engine.dispose()


@pytest.mark.postgres_only
def test_row_level_security_is_enabled_by_migration_and_removed_by_downgrade(empty_database_url):
    app = create_app({"SQLALCHEMY_DATABASE_URI": empty_database_url, "SECRET_KEY": "t"})
    query = sa.text(
        "SELECT relname FROM pg_class WHERE relrowsecurity AND relforcerowsecurity AND relname = ANY(:names)"
    )
    with app.app_context():
        upgrade()
        with db.engine.connect() as connection:
            protected = set(connection.scalars(query, {"names": list(APP_TABLES)}))
        assert protected == APP_TABLES
        downgrade(revision="0001")
        with db.engine.connect() as connection:
            assert set(connection.scalars(query, {"names": list(APP_TABLES)})) == set()
        db.engine.dispose()


def test_stopped_runs_migration_keeps_every_run_and_its_retry_link(empty_database_url):
    """0013 copies generation_runs on SQLite (to widen its CHECK): every run, and the run
    each retry retries, must come through, and the new status must be allowed after."""
    import datetime

    app = create_app({"SQLALCHEMY_DATABASE_URI": empty_database_url, "SECRET_KEY": "t"})
    now = datetime.datetime.now(datetime.UTC)
    with app.app_context():
        # Reflected, a UUID column is CHAR(32) on SQLite: ids are bound and read as its hex there.
        as_stored = (lambda u: u.hex) if db.engine.dialect.name == "sqlite" else (lambda u: u)
        ids = {
            name: as_stored(uuid.uuid4()) for name in ("user", "conversation", "message", "failed", "retry")
        }
        upgrade(revision="0012")
        metadata = sa.MetaData()
        with db.engine.begin() as connection:
            table = {
                name: sa.Table(name, metadata, autoload_with=connection)
                for name in ("users", "conversations", "messages", "generation_runs")
            }
            connection.execute(
                table["users"].insert(),
                {"id": ids["user"], "email": "a@example.com", "password_hash": "x", "created_at": now},
            )
            owned = {"user_id": ids["user"], "created_at": now}
            connection.execute(
                table["conversations"].insert(),
                {"id": ids["conversation"], "title": "T", "updated_at": now, "metadata": {}, **owned},
            )
            connection.execute(
                table["messages"].insert(),
                {
                    "id": ids["message"],
                    "conversation_id": ids["conversation"],
                    "role": "user",
                    "content": "Hi",
                    **owned,
                },
            )
            run = {
                "conversation_id": ids["conversation"],
                "user_message_id": ids["message"],
                "generator": "offline",
            }
            connection.execute(
                table["generation_runs"].insert(),
                [
                    {
                        "id": ids["failed"],
                        "client_key": "k1",
                        "status": "failed",
                        "output": "",
                        **run,
                        **owned,
                    },
                    {
                        "id": ids["retry"],
                        "client_key": "k2",
                        "status": "queued",
                        "output": "",
                        **run,
                        **owned,
                    },
                ],
            )
            connection.execute(
                table["generation_runs"].update().where(table["generation_runs"].c.id == ids["retry"]),
                {"retry_of_id": ids["failed"]},
            )
        upgrade()
        with db.engine.begin() as connection:
            # Later revisions copy tables on SQLite (users in 0014): nothing cascades away.
            for name in ("users", "conversations", "messages"):
                assert connection.scalar(sa.text(f"SELECT count(*) FROM {name}")) == 1, name
            runs = sa.Table("generation_runs", sa.MetaData(), autoload_with=connection)
            rows = dict(connection.execute(sa.select(runs.c.id, runs.c.retry_of_id)).all())
            assert rows == {ids["failed"]: None, ids["retry"]: ids["failed"]}
            connection.execute(runs.update().where(runs.c.id == ids["retry"]), {"status": "stopped"})
            with pytest.raises(sa.exc.IntegrityError), connection.begin_nested():
                connection.execute(runs.update().where(runs.c.id == ids["retry"]), {"status": "paused"})
        downgrade(revision="0012")
        with db.engine.connect() as connection:
            runs = sa.Table("generation_runs", sa.MetaData(), autoload_with=connection)
            status = connection.execute(sa.select(runs.c.status).where(runs.c.id == ids["retry"])).scalar()
            assert status == "failed"  # a stopped run reads as failed before 0013
        db.engine.dispose()


def test_bucket_migration_keeps_every_content_in_the_database(empty_database_url):
    """0015 copies file_contents on SQLite (to add its CHECKs): every content comes through,
    in the database, and a row can no longer hold bytes in two places, or in none."""
    import datetime

    app = create_app({"SQLALCHEMY_DATABASE_URI": empty_database_url, "SECRET_KEY": "t"})
    now = datetime.datetime.now(datetime.UTC)
    with app.app_context():
        sqlite = db.engine.dialect.name == "sqlite"
        user_id = uuid.uuid4().hex if sqlite else uuid.uuid4()
        upgrade(revision="0014")
        with db.engine.begin() as connection:
            users = sa.Table("users", sa.MetaData(), autoload_with=connection)
            connection.execute(
                users.insert(),
                {"id": user_id, "email": "a@example.com", "password_hash": "x", "created_at": now},
            )
            contents = sa.Table("file_contents", sa.MetaData(), autoload_with=connection)
            row = {"user_id": user_id, "is_text": True, "size": 2, "compression": None, "created_at": now}
            connection.execute(contents.insert(), [{**row, "hash": "h1", "data": b"hi"}])
        upgrade()
        with db.engine.begin() as connection:
            contents = sa.Table("file_contents", sa.MetaData(), autoload_with=connection)
            found = connection.execute(sa.select(contents.c.hash, contents.c.location, contents.c.data)).all()
            assert [(h, loc, bytes(d)) for h, loc, d in found] == [("h1", "db", b"hi")]
            assert connection.scalar(sa.text("SELECT count(*) FROM users")) == 1
            connection.execute(contents.insert(), [{**row, "hash": "h2", "data": None, "location": "s3"}])
            for wrong in ({"data": b"hi", "location": "s3"}, {"data": None, "location": "db"}):
                with pytest.raises(sa.exc.IntegrityError), connection.begin_nested():
                    connection.execute(contents.insert(), [{**row, "hash": "h3", **wrong}])
            connection.execute(sa.text("DELETE FROM file_contents WHERE hash = 'h2'"))
        downgrade(revision="0014")
        with db.engine.connect() as connection:
            assert connection.scalar(sa.text("SELECT count(*) FROM file_contents")) == 1
        db.engine.dispose()
