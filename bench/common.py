"""What the benchmarks share: a migrated app on a temporary database of each kind, a
signed-in account, SQL statement counts, and the figures' arithmetic.

Every benchmark runs on SQLite (a temporary file), then on PostgreSQL (a temporary
database made on the server and dropped afterwards), and prints its figures for each.
"""

import argparse
import logging
import sqlite3
import statistics
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from flask import Flask
from flask_migrate import upgrade

from webapp import create_app
from webapp.auth import services as accounts
from webapp.ownership import owner_id_of

R = TypeVar("R")

DEFAULT_POSTGRES_URL = "postgresql://root@127.0.0.1:5432/postgres"
PASSWORD = "bench password 1234"


def postgres_url(server: str, database: str) -> str:
    """The URL of `database` on the server, with the driver the app uses."""
    url = sa.make_url(server).set(drivername="postgresql+psycopg", database=database)
    return url.render_as_string(hide_password=False)


@contextmanager
def temporary_postgres(server: str) -> Iterator[tuple[str, str]]:
    """A new empty database on the server (its URL and the server's version), dropped afterwards."""
    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(postgres_url(server, "postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        version = connection.scalar(sa.text("SHOW server_version")).split()[0]
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield postgres_url(server, name), version
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def database_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every benchmark takes to choose its databases."""
    parser.add_argument("--sqlite-only", action="store_true", help="skip PostgreSQL")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL, help="server to make a temp DB on")


def on_each_database(args: argparse.Namespace, run: Callable[[str, str], R]) -> list[R]:
    """`run(url, name)` on a temporary SQLite file, then (unless --sqlite-only) on a temporary
    PostgreSQL database; their results, in that order."""
    with tempfile.TemporaryDirectory() as directory:
        results = [run(f"sqlite:///{Path(directory) / 'bench.db'}", f"SQLite {sqlite3.sqlite_version}")]
    if not args.sqlite_only:
        try:
            with temporary_postgres(args.postgres_url) as (url, version):
                results.append(run(url, f"PostgreSQL {version}"))
        except sa.exc.OperationalError as error:
            message = f"PostgreSQL failed at {args.postgres_url} (or use --sqlite-only):\n{error}"
            raise SystemExit(message) from None
    return results


@contextmanager
def migrated_app(url: str, **config: Any) -> Iterator[Flask]:
    """The app on the empty database at `url`, migrated; `config` adds to the bench's settings.

    Its task queue is a file of its own that nothing reads (benchmarks carry out
    their runs by hand), removed afterwards.
    """
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": url,
            "SECRET_KEY": "bench",
            "WTF_CSRF_ENABLED": False,
            "SESSION_COOKIE_SECURE": False,
            "REDIS_URL": "",
            "TASK_QUEUE_PATH": str(Path(tempfile.gettempdir()) / f"bench-tasks-{uuid.uuid4().hex}.db"),
            **config,
        }
    )
    with app.app_context():
        logging.disable(logging.INFO)  # alembic's "Running upgrade" lines
        try:
            upgrade()
        finally:
            logging.disable(logging.NOTSET)
    try:
        yield app
    finally:
        Path(app.config["TASK_QUEUE_PATH"]).unlink(missing_ok=True)


def make_user() -> tuple[uuid.UUID, str]:
    """A real account (argon2 hash), to sign in with; returns its id and email."""
    email = f"bench-{uuid.uuid4().hex[:8]}@example.com"
    return owner_id_of(accounts.create_user(email, PASSWORD)), email


class StatementCounter:
    """Counts the SQL statements the engine sends, while in a `with` block."""

    def __init__(self, engine: sa.Engine):
        self.engine, self.count = engine, 0

    def _on_execute(self, *_args) -> None:
        self.count += 1

    def __enter__(self) -> "StatementCounter":
        sa.event.listen(self.engine, "before_cursor_execute", self._on_execute)
        return self

    def __exit__(self, *_exc) -> None:
        sa.event.remove(self.engine, "before_cursor_execute", self._on_execute)


def p90(values: list[float]) -> float:
    """The 90th percentile."""
    return statistics.quantiles(values, n=10, method="inclusive")[-1]


def verdict(ratio: float, target: float) -> str:
    """Whether a ratio meets its target (at most), in words."""
    return f"target <= {target}, {'met' if ratio <= target else 'MISSED'}"
