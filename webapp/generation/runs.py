"""Generation runs: the original design's nine steps, apart from the request.

1-3. `start_generation` commits the user's message (creating the conversation
     on the first send) and a queued run, in one transaction, keyed by the
     page's client key so a double submit makes one message and one run, then
     hands the conversation to the task queue.
4.   A queue worker (`run_next`) claims the conversation's oldest queued run,
     unless another of its runs is running: runs of one conversation go one
     after another, oldest first, and a run waits in the queue, never in a
     worker. It streams the generator's text into the run's record (so any
     process can show it), and
5-9. saves the assistant message, the snapshot, the site (created on the
     first generation) or its next version, and the run's success, in one
     transaction: all of it or none of it.

Each claim is a new attempt with an id of its own; only the attempt holding
the run may write it. A running run whose worker stops showing life is handed
to another worker by the periodic housekeeping (`tend_runs`), up to
RUN_MAX_ATTEMPTS attempts, then marked failed with Retry. Pages only read.
"""

import logging
import os
import re
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from flask import current_app

from .. import filestore
from ..database import write_transaction
from ..extensions import db
from ..filestore import FileMap, InvalidFiles
from ..models import Conversation, GenerationRun, Message, ProjectSnapshot, utcnow
from ..ownership import across_users, act_as, get_owned, owned, parse_id
from ..services import conversations, sites, versions
from ..services.validation import InvalidInput, clean_text, without_control_characters
from ..taskqueue import enqueue, get_queue
from .base import ChatTurn, GenerationError, GenerationOutcome, GenerationRequest
from .factory import make_generator

log = logging.getLogger(__name__)

_CLIENT_KEY = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
LOST = "The answer was interrupted {attempts} times before it finished. Nothing was saved; please retry."
UNEXPECTED = "Something went wrong while generating. Nothing was saved; please retry."


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
    at its next flush of streamed text, and stops generating; its save, had it
    come first, would have found the run stopped and written nothing. Stopping
    a run that has already ended changes nothing.
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


# The worker side -----------------------------------------------------------


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


def run_next(conversation_id: uuid.UUID, user_id: uuid.UUID) -> None:
    """A queue task's body: carry out the conversation's next run, then hand on the one after."""
    claim = claim_next_run(conversation_id, user_id)
    if claim is None:
        return
    try:
        carry_out(claim)
    finally:
        db.session.remove()
        if _has_queued(conversation_id, user_id):
            hand_to_queue(conversation_id, user_id)


def _has_queued(conversation_id: uuid.UUID, user_id: uuid.UUID) -> bool:
    return (
        db.session.scalar(
            owned(GenerationRun, user_id)
            .where(GenerationRun.conversation_id == conversation_id, GenerationRun.status == "queued")
            .limit(1)
        )
        is not None
    )


class _NoLongerHeld(Exception):
    """The attempt lost its run: its user stopped it, or it was handed to another worker."""


def carry_out(claim: Claim) -> None:
    """Carry out one attempt at a run to its end: streamed, saved, failed, or stopped."""
    try:
        heartbeat = _Heartbeat(claim)
        heartbeat.start()
        try:
            text, outcome = _generate(claim)
        finally:
            heartbeat.stop()
        _save_result(claim, text, outcome)
    except _NoLongerHeld:
        log.info("run %s: no longer held by this attempt; generating stopped", claim.run_id)
    except GenerationError as error:
        if error.detail:
            log.warning("run %s failed: %s (%s)", claim.run_id, error, error.detail)
        _fail(claim, str(error), error.detail)
    except (InvalidFiles, InvalidInput) as error:
        _fail(claim, f"The AI's answer could not be saved: {error}")
    except Exception:
        log.exception("generation run %s failed", claim.run_id)
        _fail(claim, UNEXPECTED)


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


def _context(claim: Claim) -> GenerationRequest:
    """The prompt, the conversation before it, and the files the run starts from."""
    user_id = claim.user_id
    run = get_owned(GenerationRun, user_id, claim.run_id)
    prompt = db.session.get(Message, run.user_message_id)
    limit = current_app.config["AI_HISTORY_MESSAGES"]
    # What Edit and Regenerate replaced is not the conversation the AI continues.
    replaced = replaced_message_ids(user_id, run.conversation_id) | {run.replaces_message_id}
    history = db.session.scalars(
        owned(Message, user_id)
        .where(
            Message.conversation_id == run.conversation_id,
            Message.created_at < prompt.created_at,
            Message.id.notin_([message_id for message_id in replaced if message_id is not None]),
        )
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(limit)
    ).all()
    turns = [ChatTurn(role=m.role, content=m.content) for m in reversed(history)]
    files, version_number = _working_state(user_id, run.conversation_id)
    start = _replaced_answers_start(user_id, run.replaces_message_id)
    if start is not None:
        files = filestore.load(user_id, start)
    return GenerationRequest(prompt=prompt.content, history=turns, files=files, version_number=version_number)


def replaced_message_ids(user: Any, conversation_id: Any) -> set[uuid.UUID]:
    """The conversation's messages that Edit or Regenerate replaced: answers a newer answer
    replaced, and messages sent again edited."""
    rows = db.session.execute(
        sa.select(GenerationRun.replaces_message_id, GenerationRun.edited_message_id, GenerationRun.status)
        .where(GenerationRun.user_id == act_as(user), GenerationRun.conversation_id == conversation_id)
        .where(
            sa.or_(
                GenerationRun.replaces_message_id.is_not(None), GenerationRun.edited_message_id.is_not(None)
            )
        )
    )
    replaced = set()
    for answer_id, edited_id, status in rows:
        if edited_id is not None:
            replaced.add(edited_id)
        if answer_id is not None and status == "succeeded":
            replaced.add(answer_id)
    return replaced


def _replaced_answers_start(user_id: uuid.UUID, answer_id: uuid.UUID | None) -> dict | None:
    """The manifest an answer started from, for the run that replaces it: the version
    before the one it made, or, if it made none, the files as they stood after it.
    An answer that itself replaced one started where that one did. None when the run
    replaces nothing (it starts from the site's files now)."""
    while answer_id is not None:
        earlier = db.session.scalar(
            sa.select(GenerationRun.replaces_message_id).where(
                GenerationRun.user_id == user_id, GenerationRun.assistant_message_id == answer_id
            )
        )
        if earlier is None:
            break
        answer_id = earlier
    if answer_id is None:
        return None
    made = versions.get_versions_for_messages(user_id, [answer_id]).get(answer_id)
    if made is not None:
        if made.version_number == 1:
            return {}
        return versions.get_version_manifest(user_id, made.site_id, made.version_number - 1)
    manifest = db.session.scalar(
        sa.select(ProjectSnapshot.manifest)
        .where(ProjectSnapshot.user_id == user_id, ProjectSnapshot.message_id == answer_id)
        .limit(1)
    )
    return dict(manifest) if manifest is not None else None


def _working_state(user: Any, conversation_id: Any) -> tuple[FileMap, int]:
    """The files a conversation works on: its site's current files (hand edits
    included), else its latest snapshot's, else none; and the site's newest version."""
    site = sites.get_site_for_conversation(user, conversation_id)
    if site is not None:
        return filestore.load(site.user_id, site.manifest), site.last_version_number
    snapshot = conversations.get_latest_snapshot(user, conversation_id)
    return (dict(snapshot.files) if snapshot else {}), 0


def _generate(claim: Claim) -> tuple[str, GenerationOutcome]:
    request = _context(claim)
    db.session.commit()  # no transaction held open while the AI works
    generator = make_generator(current_app.config)
    flush_every = current_app.config["RUN_FLUSH_SECONDS"]
    parts: list[str] = []
    outcome: GenerationOutcome | None = None
    last_flush = time.monotonic()
    stream = generator.stream(request)
    try:
        for item in stream:
            if isinstance(item, GenerationOutcome):
                outcome = item
                break
            # An AI may send control characters; they would fail the save (and NUL the database).
            parts.append(without_control_characters(item))
            # Between chunks, at most every flush: the flush also finds a stop.
            if time.monotonic() - last_flush >= flush_every:
                if not _store_output(claim, "".join(parts)):
                    raise _NoLongerHeld()
                last_flush = time.monotonic()
    finally:
        getattr(stream, "close", lambda: None)()  # a stopped run ends its request to the AI
    if outcome is None:
        raise GenerationError("The AI stopped before it finished. Nothing was saved; please retry.")
    return "".join(parts), outcome


def _holding(claim: Claim) -> tuple:
    """The run, while this attempt still holds it."""
    return (
        GenerationRun.id == claim.run_id,
        GenerationRun.user_id == claim.user_id,
        GenerationRun.status == "running",
        GenerationRun.attempt_id == claim.attempt_id,
    )


def _store_output(claim: Claim, text: str) -> bool:
    """Save the text streamed so far; False when this attempt no longer holds the run."""
    with write_transaction(claim.user_id):
        result = db.session.execute(
            sa.update(GenerationRun).where(*_holding(claim)).values(output=text, heartbeat_at=utcnow())
        )
    return result.rowcount == 1


def _save_result(claim: Claim, text: str, outcome: GenerationOutcome) -> None:
    """Steps 5-9, in one transaction, through the services every other caller uses.

    Only the files the AI changed are read and stored; the rest of the site is
    carried over by the file store's manifest, shared by the snapshot and the
    version. The changed files are checked, hashed and compressed before the
    transaction begins, so the write lock (on SQLite, the whole database's) is
    held for the statements alone.
    """
    prepared = filestore.prepare(outcome.changed)
    run_id, user_id = claim.run_id, claim.user_id
    with write_transaction(user_id):
        connection = db.session.connection()
        run = connection.execute(_LOCK_RUN, {"run_id": run_id, "user_id": user_id}).one_or_none()
        if run is None or run.status != "running" or run.attempt_id != claim.attempt_id:
            return  # this attempt was taken for dead meanwhile: another saves, or it failed
        conversation_id = run.conversation_id
        site = sites.lock_site_for_conversation(user_id, conversation_id)
        current = site.manifest if site else _latest_snapshot_manifest(user_id, conversation_id)
        # A run that replaces an answer changes the files that answer started from.
        start = _replaced_answers_start(user_id, run.replaces_message_id)
        before = current if start is None else start
        if outcome.restore is not None and site is not None:
            # Going back: the snapshot and the new version hold that version's files.
            after = versions.get_version_manifest(user_id, site.id, outcome.restore)
        else:
            after = filestore.apply_changes(user_id, before, prepared, outcome.deleted)
        now = utcnow()
        kept = outcome.reply if outcome.reply is not None else text
        reply = kept.strip() or outcome.description or "Done."
        assistant_id = conversations.add_message(user_id, conversation_id, "assistant", reply)
        conversations.add_snapshot(user_id, conversation_id, after, assistant_id)
        if outcome.restore is not None and site is not None:
            versions.restore_version(user_id, site.id, outcome.restore, message_id=assistant_id)
        elif after != current:
            description = outcome.description or (
                "Updated the site" if start is None else "Went back to the files before the replaced answer"
            )
            if site is None:
                sites.create_site(
                    user_id,
                    after,
                    conversation_id=conversation_id,
                    message_id=assistant_id,
                    change_description=description,
                )
            else:
                versions.add_version(user_id, site.id, after, description, message_id=assistant_id)
        connection.execute(
            _FINISH_RUN,
            {
                "run_id": run_id,
                "status": "succeeded",
                "output": text,
                "assistant_message_id": assistant_id,
                "finished_at": now,
            },
        )


# A worker's save runs these every turn: built once.
_LOCK_RUN = (
    sa.select(
        GenerationRun.status,
        GenerationRun.conversation_id,
        GenerationRun.attempt_id,
        GenerationRun.replaces_message_id,
    )
    .where(GenerationRun.id == sa.bindparam("run_id"), GenerationRun.user_id == sa.bindparam("user_id"))
    .with_for_update()
)
_FINISH_RUN = sa.update(GenerationRun.__table__).where(GenerationRun.__table__.c.id == sa.bindparam("run_id"))


def _latest_snapshot_manifest(user_id: uuid.UUID, conversation_id: uuid.UUID) -> dict:
    manifest = db.session.scalar(
        sa.select(ProjectSnapshot.manifest)
        .where(ProjectSnapshot.conversation_id == conversation_id, ProjectSnapshot.user_id == user_id)
        .order_by(ProjectSnapshot.created_at.desc(), ProjectSnapshot.id.desc())
        .limit(1)
    )
    return dict(manifest or {})


def _fail(claim: Claim, message: str, detail: str | None = None) -> None:
    db.session.rollback()
    with write_transaction(claim.user_id):
        db.session.execute(
            sa.update(GenerationRun)
            .where(*_holding(claim))
            .values(status="failed", error=message, error_detail=detail, finished_at=utcnow())
        )


class _Heartbeat:
    """Marks a run alive every few seconds while its generator works (it may
    wait long for an AI server's first word)."""

    def __init__(self, claim: Claim):
        self._app = current_app._get_current_object()
        self._claim = claim
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, daemon=True, name=f"heartbeat-{claim.run_id}")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _beat(self) -> None:
        interval = self._app.config["RUN_HEARTBEAT_SECONDS"]
        with self._app.app_context():
            while not self._stop.wait(interval):
                try:
                    with write_transaction(self._claim.user_id):
                        db.session.execute(
                            sa.update(GenerationRun)
                            .where(*_holding(self._claim))
                            .values(heartbeat_at=utcnow())
                        )
                except Exception:
                    # A missed beat is retried at the next; the run is not lost for one.
                    log.warning("run %s: heartbeat failed", self._claim.run_id, exc_info=True)
