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
