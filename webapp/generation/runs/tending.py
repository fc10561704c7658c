"""Housekeeping of runs: hand silent runs to another worker, start stranded queued runs."""

import logging
import uuid
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app

from ...database import write_transaction
from ...extensions import db
from ...models import GenerationRun, utcnow
from ...ownership import across_users, owned
from ...taskqueue import get_queue
from .control import hand_to_queue

log = logging.getLogger(__name__)


LOST = "The answer was interrupted {attempts} times before it finished. Nothing was saved; please retry."


def _silent_before():
    return utcnow() - timedelta(seconds=current_app.config["RUN_STALE_SECONDS"])


# What housekeeping needs of every user's active runs (PostgreSQL: app_runs_to_tend).
_others_running = sa.orm.aliased(GenerationRun)
_RUNS_TO_TEND = sa.select(
    GenerationRun.id.label("run_id"),
    GenerationRun.user_id,
    GenerationRun.conversation_id,
    GenerationRun.status,
).where(
    sa.or_(
        sa.and_(
            GenerationRun.status == "running",
            sa.func.coalesce(GenerationRun.heartbeat_at, GenerationRun.started_at, GenerationRun.created_at)
            < sa.bindparam("silent_before", type_=GenerationRun.heartbeat_at.type),
        ),
        sa.and_(
            GenerationRun.status == "queued",
            ~sa.exists().where(
                _others_running.conversation_id == GenerationRun.conversation_id,
                _others_running.status == "running",
            ),
        ),
    )
)


def tend_runs() -> None:
    """Housekeeping: hand runs whose worker went silent to another worker (or fail
    them after RUN_MAX_ATTEMPTS), and start queued runs nothing is about to start.

    A queued run is never failed for waiting. One whose conversation has nothing
    running is normally in the queue already; it is handed over again only when
    the queue is empty (its task was lost: a web process died between commit and
    enqueue, or the queue was down).
    """
    rows = across_users("app_runs_to_tend", _RUNS_TO_TEND, {"silent_before": _silent_before()})
    db.session.commit()  # end the read: each change below is a transaction of its own
    queue_empty = get_queue().pending() == 0
    handed: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for row in rows:
        key = (row.conversation_id, row.user_id)
        if row.status == "running":
            _reclaim_silent(row.run_id, row.user_id)
        elif not queue_empty:
            continue
        if key not in handed:
            handed.add(key)
            hand_to_queue(*key)


def _reclaim_silent(run_id: uuid.UUID, user_id: uuid.UUID) -> None:
    """Put a run whose worker went silent back in the queue, or fail it after its last attempt."""
    with write_transaction(user_id):
        run = db.session.scalar(
            owned(GenerationRun, user_id)
            .where(GenerationRun.id == run_id, GenerationRun.status == "running")
            .with_for_update()
        )
        if run is None:
            return
        last_sign = run.heartbeat_at or run.started_at or run.created_at
        if last_sign >= _silent_before():
            return  # it beat again meanwhile
        log.warning("run %s: worker %s went silent (attempt %s)", run.id, run.worker, run.attempts)
        # A new attempt id (or none) locks the silent attempt out, should it wake.
        run.attempt_id = None
        run.worker = None
        if run.attempts >= current_app.config["RUN_MAX_ATTEMPTS"]:
            run.status = "failed"
            run.error = LOST.format(attempts=run.attempts)
            run.finished_at = utcnow()
        else:
            run.status = "queued"
            run.output = ""
            run.started_at = run.heartbeat_at = None
