"""Alembic environment, run through Flask-Migrate (`flask db ...`).

Migrations run on the app's database, or on MIGRATION_DATABASE_URL when it is
set: in production they run as the role that owns the tables, while the app
connects as a role that owns nothing (see README, "PostgreSQL").
"""

import logging
from logging.config import fileConfig

import sqlalchemy as sa
from alembic import context
from flask import current_app

from webapp.models import UTCDateTime

config = context.config
# Loggers of the app made before the migration (tests migrate in-process) stay on.
fileConfig(config.config_file_name, disable_existing_loggers=False)
logger = logging.getLogger("alembic.env")

target_db = current_app.extensions["migrate"].db


def get_engine() -> sa.Engine:
    url = current_app.config.get("MIGRATION_DATABASE_URL")
    if url:
        return sa.create_engine(url, poolclass=sa.pool.NullPool)
    return target_db.engine


def render_item(type_, obj, autogen_context):
    # Migrations spell out the column type rather than import the app's code.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations_offline() -> None:
    context.configure(
        url=get_engine().url.render_as_string(hide_password=False),
        target_metadata=target_db.metadata,
        literal_binds=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    def process_revision_directives(context, revision, directives):
        # No empty revision when autogenerate finds nothing to do.
        if getattr(config.cmd_opts, "autogenerate", False):
            script = directives[0]
            if script.upgrade_ops.is_empty():
                directives[:] = []
                logger.info("No changes in schema detected.")

    conf_args = dict(current_app.extensions["migrate"].configure_args)
    conf_args.setdefault("process_revision_directives", process_revision_directives)
    with get_engine().connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite changes a table by copying it and dropping the old one (batch mode). With
            # foreign keys on, that DROP would cascade: dropping `users` would delete every
            # row that belongs to a user. They are off while migrating (the pragma only takes
            # effect outside a transaction: it goes to the driver before one begins) and checked after.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            context.configure(
                connection=connection,
                target_metadata=target_db.metadata,
                render_item=render_item,
                **conf_args,
            )
            with context.begin_transaction():
                context.run_migrations()
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"the migration left rows whose foreign keys point nowhere: {broken[:5]}")
        finally:
            if sqlite:
                connection.rollback()  # whatever a failed migration left open
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
