"""A worker's attempt at a run: generate, streaming the text into the run's record, then save."""

import logging
import threading
import time
import uuid
from collections.abc import Callable

import sqlalchemy as sa
from flask import current_app

from ...database import write_transaction
from ...extensions import db
from ...filestore import InvalidFiles
from ...models import GenerationRun, utcnow
from ...ownership import owned
from ...services.validation import InvalidInput, without_control_characters
from ..base import GenerationCancelled, GenerationError, GenerationOutcome, GenerationRequest, Generator
from ..factory import make_generator
from .claims import Claim, claim_next_run, holding
from .context import request_for
from .control import hand_to_queue
from .saving import save_result

log = logging.getLogger(__name__)


UNEXPECTED = "Something went wrong while generating. Nothing was saved; please retry."


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
        request = request_for(claim)
        db.session.commit()  # no transaction held open while the AI works
        generator = make_generator(current_app.config)
        # The AI may be silent for minutes before its first word, and between words: no
        # flush comes then to find a stop, but the heartbeat does, and cancels the generator.
        heartbeat = _Heartbeat(claim, when_lost=generator.cancel)
        heartbeat.start()
        try:
            text, outcome = _generate(claim, generator, request)
        finally:
            heartbeat.stop()
        save_result(claim, text, outcome)
    except (_NoLongerHeld, GenerationCancelled):
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


def _generate(
    claim: Claim, generator: Generator, request: GenerationRequest
) -> tuple[str, GenerationOutcome]:
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


def _store_output(claim: Claim, text: str) -> bool:
    """Save the text streamed so far; False when this attempt no longer holds the run."""
    with write_transaction(claim.user_id):
        result = db.session.execute(
            sa.update(GenerationRun).where(*holding(claim)).values(output=text, heartbeat_at=utcnow())
        )
    return result.rowcount == 1


def _fail(claim: Claim, message: str, detail: str | None = None) -> None:
    db.session.rollback()
    with write_transaction(claim.user_id):
        db.session.execute(
            sa.update(GenerationRun)
            .where(*holding(claim))
            .values(status="failed", error=message, error_detail=detail, finished_at=utcnow())
        )


def _mark_alive(claim: Claim) -> bool:
    """Show the attempt is alive; False when it no longer holds the run."""
    with write_transaction(claim.user_id):
        result = db.session.execute(
            sa.update(GenerationRun).where(*holding(claim)).values(heartbeat_at=utcnow())
        )
    return result.rowcount == 1


class _Heartbeat:
    """Marks a run alive every few seconds while its generator works (it may
    wait long for an AI server's first word); calls `when_lost` once a beat finds
    the attempt no longer holds the run (stopped, or handed to another worker)."""

    def __init__(self, claim: Claim, when_lost: Callable[[], None]):
        self._app = current_app._get_current_object()
        self._claim = claim
        self._when_lost = when_lost
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
                    if not _mark_alive(self._claim):
                        log.info("run %s: no longer held by this attempt; cancelling", self._claim.run_id)
                        self._when_lost()
                        return
                except Exception:
                    # A missed beat is retried at the next; the run is not lost for one.
                    log.warning("run %s: heartbeat failed", self._claim.run_id, exc_info=True)
