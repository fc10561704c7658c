"""What people do to runs: start one (a send), retry one, stop one; and read them."""

import logging
import re
import uuid
from typing import Any

import sqlalchemy as sa
from flask import current_app

from ...database import write_transaction
from ...extensions import db
from ...models import GenerationRun, utcnow
from ...ownership import act_as, get_owned, owned, parse_id
from ...services import conversations
from ...services.validation import InvalidInput, clean_text
from ...taskqueue import enqueue

log = logging.getLogger(__name__)


_CLIENT_KEY = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def new_client_key() -> str:
    """A fresh key for a send form rendered by the server (the page makes its own)."""
    return uuid.uuid4().hex


def check_client_key(client_key: Any) -> str:
    """The page's key for one send, checked."""
    if not isinstance(client_key, str) or not _CLIENT_KEY.match(client_key):
        raise InvalidInput("This message could not be sent: reload the page and try again.")
    return client_key


def existing_run(user: Any, client_key: str) -> GenerationRun | None:
    """The run a send with this key already made, if any."""
    return db.session.scalar(owned(GenerationRun, user).where(GenerationRun.client_key == client_key))


def start_generation(
    user: Any, conversation_id: Any, content: str, client_key: str
) -> tuple[GenerationRun, bool]:
    """Save the user's message and queue its run; return (run, created).

    A repeated client key returns the first run, and creates nothing.
    """
    content = clean_text(content, "message", limit=current_app.config["MAX_MESSAGE_CHARS"])
    client_key = check_client_key(client_key)
    existing = existing_run(user, client_key)
    if existing is not None:
        return existing, False
    generator = current_app.config["AI_GENERATOR"]
    try:
        with write_transaction(user):
            if conversation_id is None:
                conversation = conversations.create_conversation(user, conversations.generate_title(content))
            else:
                conversation = conversations.get_conversation(user, conversation_id)
            message_id = conversations.add_message(user, conversation.id, "user", content)
            run = GenerationRun(
                conversation_id=conversation.id,
                user_id=conversation.user_id,
                user_message_id=message_id,
                client_key=client_key,
                generator=generator,
                status="queued",
            )
            db.session.add(run)
    except sa.exc.IntegrityError:
        # The same key arrived twice at once: the other request won.
        existing = existing_run(user, client_key)
        if existing is None:
            raise
        return existing, False
    hand_to_queue(run.conversation_id, run.user_id)
    return run, True


def retry_run(user: Any, run_id: Any, client_key: str) -> tuple[GenerationRun, bool]:
    """Queue a new run for a failed or stopped run's message (the message is not repeated).

    A run is retried once: a second Retry of it (another tab, another key)
    returns the first retry's run.
    """
    client_key = check_client_key(client_key)
    existing = existing_run(user, client_key)
    if existing is not None:
        return existing, False
    try:
        with write_transaction(user):
            # Locked, so two Retries of one run queue one after the other.
            failed = get_owned(GenerationRun, user, run_id, for_update=True)
            if failed.status not in ("failed", "stopped"):
                raise InvalidInput("Only a failed or stopped answer can be retried.")
            earlier = _retry_of(user, failed.id)
            if earlier is not None:
                return earlier, False
            run = GenerationRun(
                conversation_id=failed.conversation_id,
                user_id=failed.user_id,
                user_message_id=failed.user_message_id,
                client_key=client_key,
                generator=current_app.config["AI_GENERATOR"],
                status="queued",
                retry_of_id=failed.id,
                # A retried Edit or Regenerate still replaces what it did.
                replaces_message_id=failed.replaces_message_id,
                edited_message_id=failed.edited_message_id,
            )
            db.session.add(run)
    except sa.exc.IntegrityError:
        # Both Retries got past the check at once (the unique retry_of_id is the backstop).
        earlier = _retry_of(user, parse_id(run_id))
        if earlier is None:
            raise
        return earlier, False
    hand_to_queue(run.conversation_id, run.user_id)
    return run, True


def stop_run(user: Any, run_id: Any) -> GenerationRun:
    """Stop a queued or running run: it ends as stopped at once, and nothing from it is saved.

    The stop is the run's status in the database, so it works whichever process
    or worker carries the run out: the worker no longer holds the run, finds so
    at its next flush of streamed text or its next heartbeat (the AI may not have
    said a word yet), and ends its request to the AI; its save, had it come
    first, would have found the run stopped and written nothing. Stopping a run
    that has already ended changes nothing.
    """
    with write_transaction(user):
        # Locked, so a worker's save and a stop go one after the other.
        run = get_owned(GenerationRun, user, run_id, for_update=True)
        if run.is_active:
            run.status = "stopped"
            run.attempt_id = None
            run.output = ""
            run.finished_at = utcnow()
    if run.status == "stopped":
        # The conversation's next queued run need not wait for the worker to notice.
        hand_to_queue(run.conversation_id, run.user_id)
    return run


def _retry_of(user: Any, run_id: Any) -> GenerationRun | None:
    return db.session.scalar(owned(GenerationRun, user).where(GenerationRun.retry_of_id == run_id))


def get_run(user: Any, run_id: Any) -> GenerationRun:
    """One of the user's runs."""
    return get_owned(GenerationRun, user, run_id)


def get_runs_for_messages(user: Any, message_ids: list[uuid.UUID]) -> dict[uuid.UUID, GenerationRun]:
    """The newest run of each of these user messages."""
    if not message_ids:
        return {}
    runs = db.session.scalars(
        owned(GenerationRun, user)
        .where(GenerationRun.user_message_id.in_(message_ids))
        .order_by(GenerationRun.created_at)
    )
    return {run.user_message_id: run for run in runs}


def count_runs(user: Any, conversation_id: Any) -> tuple[int, int]:
    """How many runs the conversation has had, and how many of them have ended."""
    ended = sa.func.count().filter(GenerationRun.status.in_(("succeeded", "failed", "stopped")))
    row = db.session.execute(
        sa.select(sa.func.count(), ended).where(
            GenerationRun.user_id == act_as(user), GenerationRun.conversation_id == parse_id(conversation_id)
        )
    ).one()
    return row[0], row[1]


def hand_to_queue(conversation_id: uuid.UUID, user_id: uuid.UUID) -> None:
    """Ask a worker to start the conversation's next run.

    The run is already committed: if the queue cannot be reached now, the
    run stays queued and housekeeping hands it over later.
    """
    try:
        enqueue("start_next_run", conversation_id, user_id)
    except Exception:
        log.exception("could not enqueue the next run of conversation %s", conversation_id)
