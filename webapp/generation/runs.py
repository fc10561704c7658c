"""Generation runs: the original design's nine steps, apart from the request.

1-3. `start_generation` commits the user's message (creating the conversation
     on the first send) and a queued run, in one transaction, keyed by the
     page's client key so a double submit makes one message and one run.
4.   A worker (`execute_run`) claims the run, streams the generator's text
     into the run's record (so any process can show it), and
5-9. saves the assistant message, the snapshot, the site (created on the
     first generation) or its next version, and the run's success, in one
     transaction: all of it or none of it.

Runs of one conversation are carried out one after another, oldest first, so
each sees the files the one before it saved. A run whose worker stops
beating (a server restart) is shown as failed, never spinning forever.
"""

import logging
import re
import threading
import time
import uuid
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from flask import Flask, current_app

from .. import filestore
from ..database import write_transaction
from ..extensions import db
from ..filestore import FileMap, InvalidFiles
from ..models import Conversation, GenerationRun, Message, ProjectSnapshot, utcnow
from ..ownership import get_owned, owned, owner_id_of
from ..services import conversations, sites, versions
from ..services.validation import InvalidInput, clean_text
from .base import ChatTurn, GenerationError, GenerationOutcome, GenerationRequest
from .factory import make_generator

log = logging.getLogger(__name__)

_CLIENT_KEY = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
INTERRUPTED = "The generation was interrupted before it finished (the server restarted). Nothing was saved."
UNEXPECTED = "Something went wrong while generating. Nothing was saved; please retry."


def new_client_key() -> str:
    """A fresh key for a send form rendered by the server (the page makes its own)."""
    return uuid.uuid4().hex


def _check_client_key(client_key: Any) -> str:
    if not isinstance(client_key, str) or not _CLIENT_KEY.match(client_key):
        raise InvalidInput("This message could not be sent: reload the page and try again.")
    return client_key


def _existing_run(user: Any, client_key: str) -> GenerationRun | None:
    return db.session.scalar(owned(GenerationRun, user).where(GenerationRun.client_key == client_key))


def start_generation(
    user: Any, conversation_id: Any, content: str, client_key: str
) -> tuple[GenerationRun, bool]:
    """Save the user's message and queue its run; return (run, created).

    A repeated client key returns the first run, and creates nothing.
    """
    content = clean_text(content, "message", limit=current_app.config["MAX_MESSAGE_CHARS"])
    client_key = _check_client_key(client_key)
    existing = _existing_run(user, client_key)
    if existing is not None:
        return existing, False
    generator = current_app.config["AI_GENERATOR"]
    try:
        with write_transaction(user):
            if conversation_id is None:
                conversation = Conversation(
                    user_id=owner_id_of(user), title=conversations.generate_title(content)
                )
                db.session.add(conversation)
                db.session.flush()  # gives it its id
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
        existing = _existing_run(user, client_key)
        if existing is None:
            raise
        return existing, False
    return run, True


def retry_run(user: Any, run_id: Any, client_key: str) -> tuple[GenerationRun, bool]:
    """Queue a new run for a failed run's message (the message is not repeated)."""
    client_key = _check_client_key(client_key)
    existing = _existing_run(user, client_key)
    if existing is not None:
        return existing, False
    with write_transaction(user):
        failed = get_owned(GenerationRun, user, run_id)
        expire_if_stale(failed)
        if failed.status != "failed":
            raise InvalidInput("Only a failed generation can be retried.")
        run = GenerationRun(
            conversation_id=failed.conversation_id,
            user_id=failed.user_id,
            user_message_id=failed.user_message_id,
            client_key=client_key,
            generator=current_app.config["AI_GENERATOR"],
            status="queued",
        )
        db.session.add(run)
    return run, True


def get_run(user: Any, run_id: Any) -> GenerationRun:
    """One of the user's runs, marked failed first if its worker has gone."""
    run = get_owned(GenerationRun, user, run_id)
    _expire_stale(user, [run])
    return run


def get_runs_for_messages(user: Any, message_ids: list[uuid.UUID]) -> dict[uuid.UUID, GenerationRun]:
    """The newest run of each of these user messages."""
    if not message_ids:
        return {}
    runs = db.session.scalars(
        owned(GenerationRun, user)
        .where(GenerationRun.user_message_id.in_(message_ids))
        .order_by(GenerationRun.created_at)
    )
    latest = {run.user_message_id: run for run in runs}
    _expire_stale(user, list(latest.values()))
    return latest


def _stale_before():
    return utcnow() - timedelta(seconds=current_app.config["RUN_STALE_SECONDS"])


def _is_stale(run: GenerationRun) -> bool:
    last_sign = run.heartbeat_at or run.started_at or run.created_at
    return run.is_active and last_sign < _stale_before()


def expire_if_stale(run: GenerationRun) -> bool:
    """Inside a write transaction: mark an active run failed if no worker has
    shown life for a while."""
    if not _is_stale(run):
        return False
    run.status = "failed"
    run.error = INTERRUPTED
    run.finished_at = utcnow()
    return True


def _expire_stale(user: Any, runs: list[GenerationRun]) -> None:
    """Mark failed those of these runs whose worker has gone (for pages that read them).

    A write transaction of its own, and a conditional UPDATE, so a worker that
    beats at the last moment keeps its run.
    """
    stale = [run.id for run in runs if _is_stale(run)]
    if not stale:
        return
    last_sign = sa.func.coalesce(
        GenerationRun.heartbeat_at, GenerationRun.started_at, GenerationRun.created_at
    )
    with write_transaction(user):
        db.session.execute(
            sa.update(GenerationRun)
            .where(
                GenerationRun.id.in_(stale),
                GenerationRun.status.in_(("queued", "running")),
                last_sign < _stale_before(),
            )
            .values(status="failed", error=INTERRUPTED, finished_at=utcnow())
        )


# The worker side -----------------------------------------------------------


def submit(app: Flask, run: GenerationRun) -> None:
    """Hand a queued run to a worker of this process."""
    run_id, user_id = run.id, run.user_id
    if app.config["GENERATION_INLINE"]:
        # End the caller's read transaction: on SQLite its snapshot would hide
        # what the run is about to save.
        db.session.commit()
        execute_run(app, run_id, user_id)
        return
    executor = app.extensions["generation_executor"]
    executor.submit(execute_run, app, run_id, user_id)


def execute_run(app: Flask, run_id: uuid.UUID, user_id: uuid.UUID) -> None:
    """Carry out one run to its end: claimed, streamed, saved, or failed."""
    with app.app_context():
        try:
            if not _wait_and_claim(run_id, user_id):
                return
            heartbeat = _Heartbeat(app, run_id, user_id)
            heartbeat.start()
            try:
                text, outcome = _generate(run_id, user_id)
            finally:
                heartbeat.stop()
            _save_result(run_id, user_id, text, outcome)
        except GenerationError as error:
            _fail(run_id, user_id, str(error))
        except (InvalidFiles, InvalidInput) as error:
            _fail(run_id, user_id, f"The AI's answer could not be saved: {error}")
        except Exception:
            log.exception("generation run %s failed", run_id)
            _fail(run_id, user_id, UNEXPECTED)
        finally:
            db.session.remove()


def _wait_and_claim(run_id: uuid.UUID, user_id: uuid.UUID) -> bool:
    """Wait until the runs queued before this one in its conversation are done, then claim it."""
    deadline = time.monotonic() + current_app.config["RUN_QUEUE_TIMEOUT_SECONDS"]
    while True:
        with write_transaction(user_id):
            run = get_owned(GenerationRun, user_id, run_id)
            if run.status != "queued":
                return False
            # Lock the conversation row: claims in one conversation go one at a time.
            db.session.execute(
                sa.select(Conversation.id).where(Conversation.id == run.conversation_id).with_for_update()
            )
            earlier = db.session.scalars(
                owned(GenerationRun, user_id).where(
                    GenerationRun.conversation_id == run.conversation_id,
                    GenerationRun.status.in_(("queued", "running")),
                    GenerationRun.created_at < run.created_at,
                )
            ).all()
            waiting = [r for r in earlier if not expire_if_stale(r)]
            # Waiting is a sign of life too: a page must not take this run for dead.
            run.heartbeat_at = utcnow()
            if not waiting:
                run.status = "running"
                run.started_at = run.heartbeat_at
                return True
        if time.monotonic() > deadline:
            _fail(run_id, user_id, "The generation waited too long behind an earlier one. Please retry.")
            return False
        time.sleep(0.5)


def _context(run_id: uuid.UUID, user_id: uuid.UUID) -> GenerationRequest:
    """The prompt, the conversation before it, and the site's files now."""
    run = get_owned(GenerationRun, user_id, run_id)
    prompt = db.session.get(Message, run.user_message_id)
    limit = current_app.config["AI_HISTORY_MESSAGES"]
    history = db.session.scalars(
        owned(Message, user_id)
        .where(
            Message.conversation_id == run.conversation_id,
            Message.created_at < prompt.created_at,
        )
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(limit)
    ).all()
    turns = [ChatTurn(role=m.role, content=m.content) for m in reversed(history)]
    return GenerationRequest(
        prompt=prompt.content, history=turns, files=current_files(user_id, run.conversation_id)
    )


def current_files(user: Any, conversation_id: Any) -> FileMap:
    """The files a conversation works on: its site's current files (hand edits
    included), else its latest snapshot's, else none."""
    site = sites.get_site_for_conversation(user, conversation_id)
    if site is not None:
        return filestore.load(site.user_id, site.manifest)
    snapshot = conversations.get_latest_snapshot(user, conversation_id)
    return dict(snapshot.files) if snapshot else {}


def _generate(run_id: uuid.UUID, user_id: uuid.UUID) -> tuple[str, GenerationOutcome]:
    request = _context(run_id, user_id)
    db.session.commit()  # no transaction held open while the AI works
    generator = make_generator(current_app.config)
    flush_every = current_app.config["RUN_FLUSH_SECONDS"]
    parts: list[str] = []
    outcome: GenerationOutcome | None = None
    last_flush = time.monotonic()
    for item in generator.stream(request):
        if isinstance(item, GenerationOutcome):
            outcome = item
            break
        parts.append(item)
        if time.monotonic() - last_flush >= flush_every:
            _store_output(run_id, user_id, "".join(parts))
            last_flush = time.monotonic()
    if outcome is None:
        raise GenerationError("The AI stopped before it finished. Nothing was saved; please retry.")
    return "".join(parts), outcome


def _store_output(run_id: uuid.UUID, user_id: uuid.UUID, text: str) -> None:
    with write_transaction(user_id):
        db.session.execute(
            sa.update(GenerationRun)
            .where(GenerationRun.id == run_id, GenerationRun.status == "running")
            .values(output=text, heartbeat_at=utcnow())
        )


def _save_result(run_id: uuid.UUID, user_id: uuid.UUID, text: str, outcome: GenerationOutcome) -> None:
    """Steps 5-9, in one transaction, through the services every other caller uses.

    Only the files the AI changed are read and stored; the rest of the site is
    carried over by the file store's manifest, shared by the snapshot and the
    version. The changed files are checked, hashed and compressed before the
    transaction begins, so the write lock (on SQLite, the whole database's) is
    held for the statements alone.
    """
    prepared = filestore.prepare(outcome.changed)
    with write_transaction(user_id):
        connection = db.session.connection()
        run = connection.execute(_LOCK_RUN, {"run_id": run_id, "user_id": user_id}).one_or_none()
        if run is None or run.status != "running":
            return  # given up on meanwhile (shown as failed): save nothing
        conversation_id = run.conversation_id
        site = sites.lock_site_for_conversation(user_id, conversation_id)
        before = site.manifest if site else _latest_snapshot_manifest(user_id, conversation_id)
        after = filestore.apply_changes(user_id, before, prepared, outcome.deleted)
        now = utcnow()
        reply = text.strip() or outcome.description or "Done."
        assistant_id = conversations.add_message(user_id, conversation_id, "assistant", reply)
        conversations.add_snapshot(user_id, conversation_id, after, assistant_id)
        if outcome.has_changes and after != before:
            description = outcome.description or "Updated the site"
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
    sa.select(GenerationRun.status, GenerationRun.conversation_id)
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


def _fail(run_id: uuid.UUID, user_id: uuid.UUID, message: str) -> None:
    db.session.rollback()
    with write_transaction(user_id):
        db.session.execute(
            sa.update(GenerationRun)
            .where(GenerationRun.id == run_id, GenerationRun.status.in_(("queued", "running")))
            .values(status="failed", error=message, finished_at=utcnow())
        )


class _Heartbeat:
    """Marks a run alive every few seconds while its generator works (it may
    wait long for an AI server's first word)."""

    def __init__(self, app: Flask, run_id: uuid.UUID, user_id: uuid.UUID):
        self._app, self._run_id, self._user_id = app, run_id, user_id
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, daemon=True, name=f"heartbeat-{run_id}")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _beat(self) -> None:
        interval = self._app.config["RUN_HEARTBEAT_SECONDS"]
        with self._app.app_context():
            try:
                while not self._stop.wait(interval):
                    with write_transaction(self._user_id):
                        db.session.execute(
                            sa.update(GenerationRun)
                            .where(GenerationRun.id == self._run_id, GenerationRun.status == "running")
                            .values(heartbeat_at=utcnow())
                        )
            finally:
                db.session.remove()
