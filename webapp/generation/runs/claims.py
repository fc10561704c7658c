"""An attempt's hold on a run: the claim a worker takes, and what it holds."""

import os
import socket
import uuid
from dataclasses import dataclass

import sqlalchemy as sa

from ...database import write_transaction
from ...extensions import db
from ...models import Conversation, GenerationRun, utcnow
from ...ownership import owned


@dataclass(frozen=True)
class Claim:
    """One attempt at one run: what a worker writes with."""

    run_id: uuid.UUID
    user_id: uuid.UUID
    conversation_id: uuid.UUID
    attempt_id: uuid.UUID


def _worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:255]


def claim_next_run(conversation_id: uuid.UUID, user_id: uuid.UUID) -> Claim | None:
    """Claim the conversation's oldest queued run, unless one of its runs is running."""
    with write_transaction(user_id):
        # Lock the conversation row: claims in one conversation go one at a time.
        locked = db.session.execute(
            sa.select(Conversation.id)
            .where(Conversation.id == conversation_id, Conversation.user_id == user_id)
            .with_for_update()
        ).first()
        if locked is None:
            return None  # deleted meanwhile
        in_conversation = owned(GenerationRun, user_id).where(
            GenerationRun.conversation_id == conversation_id
        )
        if db.session.scalar(in_conversation.where(GenerationRun.status == "running").limit(1)):
            return None  # it starts the next one when it ends
        run = db.session.scalar(
            in_conversation.where(GenerationRun.status == "queued")
            .order_by(GenerationRun.created_at, GenerationRun.id)
            .limit(1)
        )
        if run is None:
            return None
        now = utcnow()
        run.status = "running"
        run.attempts += 1
        run.attempt_id = uuid.uuid4()
        run.worker = _worker_name()
        run.started_at = run.heartbeat_at = now
        run.output = ""
        return Claim(run.id, user_id, conversation_id, run.attempt_id)


def holding(claim: Claim) -> tuple:
    """The run, while this attempt still holds it."""
    return (
        GenerationRun.id == claim.run_id,
        GenerationRun.user_id == claim.user_id,
        GenerationRun.status == "running",
        GenerationRun.attempt_id == claim.attempt_id,
    )
