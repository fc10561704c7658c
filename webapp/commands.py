"""`flask` commands for operators: queue workers, file-store upkeep and database roles."""

import click
import sqlalchemy as sa
from flask import Flask, current_app
from flask.cli import with_appcontext

from . import filestore
from .database import write_transaction
from .extensions import db
from .models import User
from .services.validation import INPUT_ERRORS
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
    "app_published_file(text, text, text)",
    "app_stale_imports(timestamptz)",
)


def register(app: Flask) -> None:
    """Add the command groups to the app's CLI."""
    app.cli.add_command(worker_command)
    app.cli.add_command(files_group)
    app.cli.add_command(roles_group)
    app.cli.add_command(sites_group)


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

    Their objects in the bucket (S3_BUCKET) are deleted by the task queue once each
    user's transaction commits.

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


@click.group("sites", help="Sites: ZIP import and download.")
def sites_group() -> None:
    pass


def _user_id(email: str):
    from .auth.services import find_user_id

    user_id = find_user_id(email)
    if user_id is None:
        raise click.ClickException(f"No account has the email {email}.")
    return user_id


@sites_group.command("import")
@click.argument("file", type=click.File("rb"))
@click.option("--user", "email", required=True, help="The email of the account the new site belongs to.")
def import_command(file, email: str) -> None:
    """Import FILE (a ZIP, with or without its history) as a new site of the user's.

    Carried out here and now, with the same checks and in one transaction as
    an upload through the site list.
    """
    from .services import imports

    user_id = _user_id(email)
    limit = current_app.config["IMPORT_MAX_UPLOAD_BYTES"]
    data = file.read(limit + 1)
    try:
        started = imports.start_import(user_id, file.name, data, hand_to_queue=False)
    except INPUT_ERRORS as error:
        raise click.ClickException(f"Not imported: {error}") from None
    imports.run_import(started.id, user_id)
    db.session.commit()
    result = imports.get_import(user_id, started.id)
    if result.status != "succeeded":
        raise click.ClickException(f"Not imported: {result.error}")
    click.echo(f"Imported {result.filename} as site {result.site_id}.")


@sites_group.command("export")
@click.argument("site_id")
@click.option("--user", "email", required=True, help="The email of the account the site belongs to.")
@click.option(
    "--version", "version_number", type=int, help="The version to download (default: the current one)."
)
@click.option("--history", is_flag=True, help="Include every version and the conversation.")
@click.option(
    "-o", "--output", type=click.File("wb"), required=True, help="Where to write the ZIP ('-': stdout)."
)
def export_command(site_id: str, email: str, version_number: int | None, history: bool, output) -> None:
    """Write a site's version (with its history if asked) as a ZIP, as the download does."""
    from .ownership import NotFound
    from .services import archives

    user_id = _user_id(email)
    try:
        download = archives.download(user_id, site_id, version_number, history=history)
    except NotFound:
        raise click.ClickException("No such site or version for that account.") from None
    for chunk in download.chunks:
        output.write(chunk)
    if output.name != "<stdout>":
        click.echo(f"Wrote {download.filename} to {output.name}.")
