"""`flask` commands for operators: queue workers, file-store upkeep and database roles."""

import click
import sqlalchemy as sa
from flask import Flask, current_app
from flask.cli import with_appcontext

from . import filestore
from .database import write_transaction
from .extensions import db
from .models import User
from .taskqueue import get_queue

# The functions the app's role calls that run as the tables' owner (see migrations 0002, 0005).
APP_FUNCTIONS = (
    "app_login_lookup(text)",
    "app_runs_to_tend(timestamptz)",
    "app_idle_edit_bursts(timestamptz)",
    "app_expired_trash(timestamptz)",
    "app_published_site(text)",
    "app_slug_taken(text)",
    "app_review_link(text)",
)


def register(app: Flask) -> None:
    """Add the command groups to the app's CLI."""
    app.cli.add_command(worker_command)
    app.cli.add_command(files_group)
    app.cli.add_command(roles_group)


@click.command("worker")
@click.option("--threads", type=click.IntRange(min=1), help="Worker threads (default: TASK_WORKERS).")
@with_appcontext
def worker_command(threads: int | None) -> None:
    """Carry out background tasks (generation runs, housekeeping) until stopped.

    Start as many as you like, on any machines that reach the database and the
    queue (REDIS_URL). SIGTERM or Ctrl+C stops it after its current tasks;
    a worker killed mid-run loses nothing (housekeeping hands the run on).
    """
    app = current_app._get_current_object()
    consumer = get_queue(app).consumer(threads or app.config["TASK_WORKERS"])
    consumer.run()


@click.group("files", help="The file store.")
def files_group() -> None:
    pass


@files_group.command("gc")
def collect_garbage_command() -> None:
    """Delete file contents that no snapshot, site or version references.

    On PostgreSQL, run it as the role that owns the tables (DATABASE_URL set
    to that role): the app's own role sees no user it is not acting for.
    """
    total = 0
    user_ids = list(db.session.scalars(sa.select(User.id)))
    for user_id in user_ids:
        with write_transaction(user_id):
            total += filestore.collect_garbage(user_id)
    click.echo(f"Removed {total} unreferenced file content(s) of {len(user_ids)} user(s).")


@click.group("roles", help="PostgreSQL roles for running the app.")
def roles_group() -> None:
    pass


@roles_group.command("grant")
@click.argument("role")
def grant_command(role: str) -> None:
    """Let ROLE (a non-owner, non-superuser login) read and write the app's tables.

    Run as the role that owns the tables (the one migrations run as).
    """
    engine = db.engine
    if engine.dialect.name != "postgresql":
        raise click.ClickException("Roles apply to PostgreSQL only.")
    quoted = engine.dialect.identifier_preparer.quote(role)
    with engine.begin() as connection:
        connection.execute(sa.text(f"GRANT USAGE ON SCHEMA public TO {quoted}"))
        connection.execute(
            sa.text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {quoted}")
        )
        for function in APP_FUNCTIONS:
            connection.execute(sa.text(f"GRANT EXECUTE ON FUNCTION {function} TO {quoted}"))
    click.echo(f"Granted {role} the app's privileges.")
