"""The queue's tasks for generation runs, and the periodic housekeeping."""

import uuid

from ..services import edits, trash
from ..taskqueue import task
from . import runs


@task
def start_next_run(conversation_id: uuid.UUID, user_id: uuid.UUID) -> None:
    """Carry out the conversation's oldest queued run, unless one of its runs is running."""
    runs.run_next(conversation_id, user_id)


@task
def housekeeping() -> None:
    """Periodic upkeep: hand dead runs to another worker, start stranded ones, close idle
    edit bursts, empty old trash."""
    runs.tend_runs()
    edits.close_idle_bursts()
    trash.empty_expired_trash()
