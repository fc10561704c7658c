"""The queue's tasks: generation runs, ZIP imports, and the periodic housekeeping."""

import uuid

from ..services import edits, imports, trash
from ..taskqueue import task
from . import runs


@task
def start_next_run(conversation_id: uuid.UUID, user_id: uuid.UUID) -> None:
    """Carry out the conversation's oldest queued run, unless one of its runs is running."""
    runs.run_next(conversation_id, user_id)


@task
def import_site(import_id: uuid.UUID, user_id: uuid.UUID) -> None:
    """Turn a queued ZIP import into a site, or record why it cannot be."""
    imports.run_import(import_id, user_id)


@task
def housekeeping() -> None:
    """Periodic upkeep: hand dead runs to another worker, start stranded ones, close idle
    edit bursts, empty old trash, fail imports whose task was lost."""
    runs.tend_runs()
    edits.close_idle_bursts()
    trash.empty_expired_trash()
    imports.fail_stale_imports()
