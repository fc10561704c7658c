"""Keeping the bucket to what the rows name: the queue's tasks that delete objects.

Rows of `file_contents` go first, in the transaction that deletes them; their
objects go after it commits, here, in tasks that are retried while the bucket
is away. Each deletes an object only while holding garbage collection's lock
and only if no row names it, so a writer putting the same content again
(which holds the lock too) never loses its object. The sweep is the backstop:
objects a rolled-back save left behind, or a task that gave up.
"""

import logging
import uuid
from collections import defaultdict
from datetime import UTC, datetime, timedelta

from flask import current_app

from . import content_storage, filestore
from .database import write_transaction
from .taskqueue import task

log = logging.getLogger(__name__)


def forget_objects(user_id: uuid.UUID, digests: list[str]) -> int:
    """Delete the user's objects of these hashes that no row names; return how many."""
    with write_transaction(user_id):
        unnamed = filestore.unnamed_in_bucket(user_id, digests)
        # Deleted before the lock is let go: no writer may name one of them meanwhile.
        return content_storage.delete(content_storage.object_key(user_id, d) for d in unnamed)


@task(retries=10, retry_delay=60)
def forget_bucket_objects(user_id: uuid.UUID, digests: list[str]) -> None:
    """Delete the objects of contents whose rows a garbage collection deleted."""
    if content_storage.enabled():
        forget_objects(user_id, digests)


@task(retries=10, retry_delay=60)
def forget_bucket_folder(user_id: uuid.UUID) -> None:
    """Delete every object of a deleted account (its rows went with it)."""
    if not content_storage.enabled():
        return
    keys = [key for key, _ in content_storage.listing(content_storage.user_folder(user_id))]
    digests = [parsed[1] for parsed in map(content_storage.parse_key, keys) if parsed]
    forget_objects(user_id, digests)


def sweep(now: datetime | None = None) -> int:
    """Delete the objects older than S3_ORPHAN_GRACE_SECONDS that no row names; return how many.

    Younger ones may belong to a save still in progress: its row is not committed yet.
    """
    if not content_storage.enabled():
        return 0
    grace = timedelta(seconds=current_app.config["S3_ORPHAN_GRACE_SECONDS"])
    cutoff = (now or datetime.now(UTC)) - grace
    by_user: dict[uuid.UUID, list[str]] = defaultdict(list)
    for key, modified in content_storage.listing():
        parsed = content_storage.parse_key(key)
        if parsed is not None and modified <= cutoff:
            by_user[parsed[0]].append(parsed[1])
    deleted = 0
    for user_id, digests in by_user.items():
        # One user at a time: each holds only that user's lock.
        deleted += forget_objects(user_id, digests)
    if deleted:
        log.info("the bucket sweep deleted %s object(s) no row names", deleted)
    return deleted


@task(every_minutes="S3_SWEEP_MINUTES")
def sweep_bucket() -> None:
    """Periodic: delete the bucket's objects that no row names (see `sweep`)."""
    sweep()
