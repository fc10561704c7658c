"""How much the file store saves: manifests and shared contents against full copies.

A sample 20-file site of about 200 KB (sample_site.py) goes through 100 turns.
Each turn edits one file by a few hundred bytes and, as the builder does,
writes the assistant's message, a project snapshot and a site version in one
transaction; turn 0 creates the conversation and the site (its version 1).

In the same run, on the same database, the original design is replayed for the
same turns: copies of project_snapshots, site_versions and generated_sites
(same columns, same indexes) whose `files` hold the full FileMap of every
snapshot, every version and the site's current files (JSONB on PostgreSQL,
JSON text on SQLite, binary files base64), the site row updated every turn.
So the only difference measured is how files are kept.

Measures (ours = file_contents and our three tables; baseline = the copies):
  disk    the tables with their indexes (and TOAST): on PostgreSQL
          pg_total_relation_size after VACUUM (ANALYZE), and again after
          VACUUM FULL; on SQLite the dbstat table (else database growth).
  stored  the file columns' bytes: file_contents.hash + data and the `files`
          columns; pg_column_size (after TOAST compression) on PostgreSQL,
          length() on SQLite; "raw" is PostgreSQL's before compression.

Target: the baseline at least 20 times ours.

Run: .venv/bin/python bench/filestore_bench.py [--sqlite-only] [--postgres-url URL]
"""

import argparse
import base64
import json
import logging
import sqlite3
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from common import DEFAULT_POSTGRES_URL, postgres_url
from flask_migrate import upgrade
from sample_site import Turn, build_turns

from webapp import create_app, filestore
from webapp.database import write_transaction
from webapp.extensions import db
from webapp.models import User
from webapp.services import conversations, sites, versions

TARGET_RATIO = 20

OUR_TABLES = ("file_contents", "project_snapshots", "site_versions", "generated_sites")
BASELINE_TABLES = ("baseline_snapshots", "baseline_versions", "baseline_sites")
# The columns that hold files (or the keys to them), per table.
FILE_COLUMNS = {
    "file_contents": ("hash", "data"),
    "project_snapshots": ("files",),
    "site_versions": ("files",),
    "generated_sites": ("files",),
    "baseline_snapshots": ("files",),
    "baseline_versions": ("files",),
    "baseline_sites": ("files",),
}


def filemap_as_json(files: dict[str, str | bytes]) -> dict[str, str]:
    """A FileMap as the original design had to keep it in JSON: binary as base64."""
    return {p: c if isinstance(c, str) else base64.b64encode(c).decode("ascii") for p, c in files.items()}


# --- Running the turns -------------------------------------------------------


def make_user() -> uuid.UUID:
    """A user to own everything (any string does as a password hash here)."""
    user_id = uuid.uuid4()
    with write_transaction(user_id):
        db.session.add(User(id=user_id, email=f"bench-{user_id.hex[:8]}@example.com", password_hash="x"))
    return user_id


def run_turns(user_id: uuid.UUID, turns: list[Turn]) -> uuid.UUID:
    """Replay the turns as the builder does; return the site's id."""
    conversation_id = conversations.create_conversation(user_id, "Furniture studio").id
    site_id = None
    for turn in turns:
        conversations.add_message(user_id, conversation_id, "user", turn.request)
        # The assistant's message, the snapshot and the version: all or nothing.
        with write_transaction(user_id):
            reply = conversations.add_message(user_id, conversation_id, "assistant", turn.reply)
            manifest = filestore.store(user_id, turn.files)
            conversations.add_snapshot(user_id, conversation_id, manifest, reply)
            if site_id is None:
                site = sites.create_site(user_id, manifest, conversation_id=conversation_id, message_id=reply)
                site_id = site.id
            else:
                versions.add_version(user_id, site_id, manifest, f"Edited {turn.changed}", message_id=reply)
    return site_id


def check_round_trip(user_id: uuid.UUID, site_id: uuid.UUID, turns: list[Turn]) -> None:
    """The store gives back exactly what went in: the first and the last version."""
    for number in (1, len(turns)):
        if versions.get_version(user_id, site_id, number).files != turns[number - 1].files:
            raise RuntimeError(f"version {number} does not read back as it was written")


def see_rows_of(connection: sa.Connection, user_id: uuid.UUID) -> None:
    """Let a raw connection see the user's rows under Row Level Security (PostgreSQL).

    A superuser sees them anyway; the tables' owner does not (RLS is forced).
    """
    if connection.dialect.name == "postgresql":
        connection.execute(sa.select(sa.func.set_config("app.user_id", str(user_id), False)))


# Each table of ours that holds files, and its copy in the original design's shape.
BASELINE_OF = {
    "project_snapshots": "baseline_snapshots",
    "site_versions": "baseline_versions",
    "generated_sites": "baseline_sites",
}


def clone_table(connection: sa.Connection, source: str, target: str) -> None:
    """An empty table with the columns and indexes of `source`."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"CREATE TABLE {target} (LIKE {source} INCLUDING ALL)")
        return
    statements = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type DESC", (source,)
    ).scalars()
    for statement in list(statements):  # the table first, then its indexes
        connection.exec_driver_sql(statement.replace(source, target))


def copy_row(connection: sa.Connection, source: str, target: str, row_id, files: str) -> None:
    """Copy one of our rows into its baseline table, with the full files in place of the manifest."""
    columns = [f'"{c.name}"' for c in db.metadata.tables[source].columns]
    as_json = "CAST(:files AS jsonb)" if connection.dialect.name == "postgresql" else ":files"
    values = ", ".join(as_json if c == '"files"' else c for c in columns)
    connection.execute(
        sa.text(f"INSERT INTO {target} ({', '.join(columns)}) SELECT {values} FROM {source} WHERE id = :id"),
        {"id": row_id, "files": files},
    )


def update_site(connection: sa.Connection, site_id, files: str) -> None:
    """A new version's files replace the site's current files, as in the original design."""
    if connection.dialect.name == "postgresql":
        files_value, now = "CAST(:files AS jsonb)", "clock_timestamp()"
    else:
        files_value, now = ":files", "CURRENT_TIMESTAMP"
    connection.execute(
        sa.text(
            f"UPDATE baseline_sites SET files = {files_value}, updated_at = {now}, "
            "last_version_number = last_version_number + 1 WHERE id = :id"
        ),
        {"id": site_id, "files": files},
    )


def write_baseline(connection: sa.Connection, user_id: uuid.UUID, turns: list[Turn]) -> None:
    """The original design's rows for the same turns: ours, with a full FileMap in `files`.

    Same columns and indexes as our rows, so the only difference measured is
    how files are kept.
    """
    see_rows_of(connection, user_id)
    for source, target in BASELINE_OF.items():
        clone_table(connection, source, target)
    snapshot_ids = connection.scalars(sa.text("SELECT id FROM project_snapshots ORDER BY created_at, id"))
    version_ids = connection.scalars(sa.text("SELECT id FROM site_versions ORDER BY version_number"))
    site_id = connection.scalar(sa.text("SELECT id FROM generated_sites"))
    for number, (turn, snapshot_id, version_id) in enumerate(
        zip(turns, snapshot_ids.all(), version_ids.all(), strict=True)
    ):
        files = json.dumps(filemap_as_json(turn.files))
        copy_row(connection, "project_snapshots", "baseline_snapshots", snapshot_id, files)
        copy_row(connection, "site_versions", "baseline_versions", version_id, files)
        if number == 0:
            copy_row(connection, "generated_sites", "baseline_sites", site_id, files)
        else:
            update_site(connection, site_id, files)


# --- Measuring ---------------------------------------------------------------


@dataclass
class Sizes:
    """Bytes per table for each measure; `legend` says how each was taken."""

    legend: dict[str, str]
    bytes: dict[str, dict[str, int]]

    def total(self, measure: str, tables: tuple[str, ...]) -> int:
        return sum(self.bytes[measure][t] for t in tables)


def postgres_disk(connection: sa.Connection, vacuum: str) -> dict[str, int]:
    """Each table's size with its indexes and TOAST, after a VACUUM of the given kind."""
    sizes = {}
    for table in OUR_TABLES + BASELINE_TABLES:
        connection.exec_driver_sql(f"VACUUM ({vacuum}) {table}")
        sizes[table] = connection.scalar(sa.text("SELECT pg_total_relation_size(:t)"), {"t": table})
    return sizes


def postgres_columns(connection: sa.Connection) -> tuple[dict[str, int], dict[str, int]]:
    """The file columns' bytes per table: as stored (after TOAST compression), and raw."""
    stored, raw = {}, {}
    for table in OUR_TABLES + BASELINE_TABLES:
        columns = FILE_COLUMNS[table]
        # pg_column_size of a stored value counts its compressed bytes; of a
        # value built afresh (a re-parsed jsonb), its raw bytes.
        stored_sql = " + ".join(f"pg_column_size({c})" for c in columns)
        raw_sql = " + ".join(
            f"pg_column_size({c}::text::jsonb)" if c == "files" else f"octet_length({c})" for c in columns
        )
        stored[table], raw[table] = connection.execute(
            sa.text(f"SELECT coalesce(sum({stored_sql}), 0), coalesce(sum({raw_sql}), 0) FROM {table}")
        ).one()
    return stored, raw


def measure_postgres(engine: sa.Engine, user_id: uuid.UUID) -> Sizes:
    """Disk and column bytes per table on PostgreSQL."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        see_rows_of(connection, user_id)
        disk = postgres_disk(connection, "ANALYZE")
        # Rewritten tables: without the dead row versions that 100 updates of
        # the site row leave behind (space a later VACUUM lets the table reuse).
        compact = postgres_disk(connection, "FULL, ANALYZE")
        stored, raw = postgres_columns(connection)
    return Sizes(
        {
            "disk": "tables + indexes + TOAST after VACUUM (ANALYZE), pg_total_relation_size",
            "disk, full": "the same after VACUUM (FULL, ANALYZE)",
            "stored": "file columns as stored, pg_column_size (after TOAST compression)",
            "raw": "file columns uncompressed (octet_length, jsonb re-parsed)",
        },
        {"disk": disk, "disk, full": compact, "stored": stored, "raw": raw},
    )


def measure_sqlite(engine: sa.Engine, growth: dict[str, int]) -> Sizes:
    """Disk and column bytes per table on SQLite."""
    tables = OUR_TABLES + BASELINE_TABLES
    with engine.connect() as connection:
        try:
            pages = connection.execute(
                sa.text(
                    "SELECT m.tbl_name, sum(s.pgsize) FROM dbstat AS s "
                    "JOIN sqlite_schema AS m ON m.name = s.name GROUP BY m.tbl_name"
                )
            )
            disk = {t: 0 for t in tables} | dict(pages.all())
            disk_legend = "pages of the tables and their indexes, from dbstat"
        except sa.exc.OperationalError:
            disk = {t: 0 for t in tables} | growth
            disk_legend = "no dbstat: database growth in pages (ours then includes messages)"
        lengths = {}
        for table in tables:
            expression = " + ".join(f"length(CAST({c} AS BLOB))" for c in FILE_COLUMNS[table])
            lengths[table] = connection.scalar(sa.text(f"SELECT coalesce(sum({expression}), 0) FROM {table}"))
    return Sizes(
        {"disk": disk_legend, "stored": "file columns, length() in bytes"},
        {"disk": {t: disk[t] for t in tables}, "stored": lengths},
    )


def sqlite_file_bytes(engine: sa.Engine) -> int:
    """The SQLite database's size in pages, in bytes."""
    with engine.connect() as connection:
        count = connection.exec_driver_sql("PRAGMA page_count").scalar()
        return count * connection.exec_driver_sql("PRAGMA page_size").scalar()


# --- Reporting ---------------------------------------------------------------


def human(n: int) -> str:
    """Bytes as KB, or MB from 10 MB up."""
    return f"{n / 1024:,.0f} KB" if n < 10 * 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MB"


def site_bytes(files: dict[str, str | bytes]) -> int:
    """A FileMap's size in bytes."""
    return sum(len(c.encode() if isinstance(c, str) else c) for c in files.values())


def report(name: str, sizes: Sizes, seconds: float, turns: list[Turn]) -> list[float]:
    """Print one database's figures; return the ratios."""
    first, last = turns[0].files, turns[-1].files
    print(
        f"\n{name}: {len(turns)} turns in {seconds:.1f} s "
        f"({len(first)} files, {human(site_bytes(first))} at first, {human(site_bytes(last))} at last)"
    )
    measures = list(sizes.legend)
    print(f"  {'':<12}{'ours':>10}{'baseline':>10}{'baseline/ours':>15}")
    ratios = []
    for measure in measures:
        ours, baseline = sizes.total(measure, OUR_TABLES), sizes.total(measure, BASELINE_TABLES)
        ratios.append(baseline / ours)
        print(f"  {measure:<12}{human(ours):>10}{human(baseline):>10}{baseline / ours:>14.1f}x")
    print(f"\n  {'by table':<20}" + "".join(f"{m:>12}" for m in measures))
    for table in OUR_TABLES + BASELINE_TABLES:
        print(f"  {table:<20}" + "".join(f"{human(sizes.bytes[m][table]):>12}" for m in measures))
    print()
    for measure, legend in sizes.legend.items():
        print(f"  {measure + ':':<12}{legend}")
    return ratios


# --- One run per database ----------------------------------------------------


def run_on(url: str, turns: list[Turn]) -> tuple[Sizes, float]:
    """Migrate the empty database at `url`, replay the turns and the baseline, measure."""
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench"})
    with app.app_context():
        logging.disable(logging.INFO)  # alembic's "Running upgrade" lines
        try:
            upgrade()
        finally:
            logging.disable(logging.NOTSET)
        engine = db.engine
        is_sqlite = engine.dialect.name == "sqlite"
        user_id = make_user()
        empty = sqlite_file_bytes(engine) if is_sqlite else 0
        started = time.perf_counter()
        site_id = run_turns(user_id, turns)
        seconds = time.perf_counter() - started
        check_round_trip(user_id, site_id, turns)
        db.session.remove()
        after_turns = sqlite_file_bytes(engine) if is_sqlite else 0
        with engine.begin() as connection:
            write_baseline(connection, user_id, turns)
        if is_sqlite:
            # Only used without dbstat: each side's growth, credited to one of its tables.
            growth = {
                "file_contents": after_turns - empty,
                "baseline_snapshots": sqlite_file_bytes(engine) - after_turns,
            }
            sizes = measure_sqlite(engine, growth)
        else:
            sizes = measure_postgres(engine, user_id)
        engine.dispose()
    return sizes, seconds


def run_sqlite(turns: list[Turn]) -> list[float]:
    """The whole benchmark on a temporary SQLite file."""
    with tempfile.TemporaryDirectory() as directory:
        sizes, seconds = run_on(f"sqlite:///{Path(directory) / 'bench.db'}", turns)
    return report(f"SQLite {sqlite3.sqlite_version}", sizes, seconds, turns)


def run_postgres(server: str, turns: list[Turn]) -> list[float]:
    """The whole benchmark on a temporary PostgreSQL database, dropped afterwards."""
    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(postgres_url(server, "postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        version = connection.scalar(sa.text("SHOW server_version")).split()[0]
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        sizes, seconds = run_on(postgres_url(server, name), turns)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
    return report(f"PostgreSQL {version}", sizes, seconds, turns)


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sqlite-only", action="store_true", help="skip PostgreSQL")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL, help="server to make a temp DB on")
    args = parser.parse_args()

    turns = build_turns()
    ratios = run_sqlite(turns)
    if not args.sqlite_only:
        try:
            ratios += run_postgres(args.postgres_url, turns)
        except sa.exc.OperationalError as error:
            message = f"PostgreSQL failed at {args.postgres_url} (or use --sqlite-only):\n{error}"
            raise SystemExit(message) from None
    worst = min(ratios)
    verdict = "met" if worst >= TARGET_RATIO else "MISSED"
    print(f"\nTarget: baseline at least {TARGET_RATIO}x ours. Lowest ratio {worst:.1f}x: {verdict}.")


if __name__ == "__main__":
    main()
