"""Engine settings per database, and the one way services write.

SQLite: foreign keys on, WAL, a busy timeout, and write transactions that
begin IMMEDIATE, so concurrent writers wait for each other instead of
failing. PostgreSQL: row locks and the Row Level Security setting (see
ownership.py).
"""

import contextvars
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

from .extensions import db
from .ownership import act_as

log = logging.getLogger(__name__)
_writing = contextvars.ContextVar("writing", default=False)


def configure_engine(engine: sa.Engine, config: dict) -> None:
    """Install the per-dialect connection settings on the app's engine."""
    if engine.dialect.name != "sqlite":
        return
    busy_timeout = int(config.get("SQLITE_BUSY_TIMEOUT_MS", 30_000))

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # We emit BEGIN ourselves (below), so the driver must not.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        # A deferred transaction that reads and then writes fails at once when
        # another writer got there first; IMMEDIATE takes the write lock up
        # front and waits for it (busy_timeout).
        connection.exec_driver_sql("BEGIN IMMEDIATE" if _writing.get() else "BEGIN")


@contextmanager
def write_transaction(user: Any) -> Iterator[None]:
    """Run the block as one write transaction for `user`: all of it, or none.

    Nested calls join the outer transaction.
    """
    session = db.session()
    if _writing.get():
        act_as(user)
        yield
        return
    if session.in_transaction():
        # End the read transaction the request may have open, so the write
        # starts its own (on SQLite, an IMMEDIATE one).
        session.commit()
    token = _writing.set(True)
    session.info[_AFTER_COMMIT] = []
    try:
        act_as(user)
        yield
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        _writing.reset(token)
        callbacks = session.info.pop(_AFTER_COMMIT, [])
    # Only once the transaction is committed: what they undo outside the database
    # (objects in the bucket) must not go while a rollback could still bring its rows back.
    for callback in callbacks:
        try:
            callback()
        except Exception:
            log.exception("an after-commit step failed (the periodic sweeps catch up)")


_AFTER_COMMIT = "after_commit"


def after_commit(callback: Callable[[], None]) -> None:
    """Inside a write transaction: call `callback` once it has committed (never if it rolls back).

    Outside one (a caller committing by hand), nothing is called: the work is left to
    the periodic sweeps that back it up.
    """
    pending = db.session().info.get(_AFTER_COMMIT)
    if _writing.get() and pending is not None:
        pending.append(callback)
    else:
        log.info("after_commit outside a write transaction: left to the periodic sweep")


def flushed_connection() -> sa.Connection:
    """The session's connection, for a Core statement, after flushing the ORM's pending changes.

    A Core statement does not autoflush: what the caller added or changed through
    the ORM just before must reach the database first.
    """
    session = db.session()
    session.flush()
    return session.connection()


def expire_cached(model: type, row_id: Any, attributes: list[str]) -> None:
    """Expire these attributes of the session's copy of a row, if it holds one, after a Core UPDATE.

    Reading them again then shows the new values, not those from before the
    statement; the rest of the copy (its id, say) stays loaded.
    """
    session = db.session()
    found = session.identity_map.get(session.identity_key(model, row_id))
    if found is not None:
        session.expire(found, attributes)
