"""Runs on the real task queue: consumers with worker threads in this process,
and housekeeping. (Worker processes killed mid-run: test_worker_processes.py.)"""

import threading
import time
import uuid
from datetime import timedelta

import builders
import pytest
import sqlalchemy as sa
from support import TEST_PASSWORD, wait_for

from webapp.auth import services as accounts
from webapp.extensions import db as _db
from webapp.generation import runs
from webapp.generation.base import GenerationOutcome, Generator
from webapp.models import GeneratedSite, GenerationRun, Message, utcnow
from webapp.ownership import act_as
from webapp.services import conversations, edits, sites, versions
from webapp.services.validation import InvalidInput
from webapp.taskqueue import get_queue

WAIT_SECONDS = 20


@pytest.fixture
def app_config(app_config):
    """Quick heartbeats and housekeeping, so a test can outlast RUN_STALE_SECONDS."""
    return {
        **app_config,
        "RUN_STALE_SECONDS": 1,
        "RUN_HEARTBEAT_SECONDS": 0.2,
        "RUN_FLUSH_SECONDS": 0,
        "HOUSEKEEPING_SECONDS": 0.2,
        "TASK_POLL_SECONDS": 0.2,
    }


@pytest.fixture
def consumer(app):
    """start(workers): a real huey consumer of the app's queue, in this process."""
    started = []

    def start(workers):
        consumer = get_queue(app).consumer(workers, embedded=True)
        consumer.start()
        started.append(consumer)
        return consumer

    yield start
    for consumer in started:
        consumer.stop(graceful=True)


class Gated(Generator):
    """Answers each prompt once its gate is opened; records who started."""

    def __init__(self):
        self.gates: dict[str, threading.Event] = {}
        self.started: list[str] = []

    def gate(self, prompt: str) -> threading.Event:
        return self.gates.setdefault(prompt, threading.Event())

    def stream(self, request):
        self.started.append(request.prompt)
        yield f"Working on {request.prompt}. "
        self.gate(request.prompt).wait(WAIT_SECONDS)
        files = dict(request.files)
        files[f"{request.prompt}.html"] = f"<h1>{request.prompt}</h1>"
        yield "Done."
        yield GenerationOutcome(changed=files, description=f"Did {request.prompt}")

    def open_all(self):
        for prompt in self.started:
            self.gate(prompt).set()


@pytest.fixture
def gated(monkeypatch):
    generator = Gated()
    monkeypatch.setattr(runs.attempt, "make_generator", lambda config: generator)
    yield generator
    generator.open_all()
    for event in generator.gates.values():
        event.set()


def fresh_run(user, run_id) -> GenerationRun:
    """The run as a page would read it now (a new session)."""
    _db.session.remove()
    return runs.get_run(user, run_id)


def status_of(user, run_id) -> str:
    return fresh_run(user, run_id).status


def send(user, text, conversation_id=None):
    run, _ = runs.start_generation(user, conversation_id, text, uuid.uuid4().hex)
    return run.id, run.conversation_id


def test_with_two_workers_a_third_users_run_waits_queued_then_succeeds(
    app, user, other_user, consumer, gated
):
    users = [user, other_user, accounts.create_user("third@example.com", TEST_PASSWORD)]
    consumer(2)
    first = send(users[0], "one")[0]
    wait_for(lambda: gated.started == ["one"], "the first run to start")
    second = send(users[1], "two")[0]
    wait_for(lambda: gated.started == ["one", "two"], "the second run to start")
    third = send(users[2], "three")[0]

    # Both workers are busy for well past RUN_STALE_SECONDS: the third run waits, never failed.
    time.sleep(2.5)
    assert [status_of(u, r) for u, r in zip(users, (first, second, third), strict=True)] == [
        "running",
        "running",
        "queued",
    ]
    gated.gate("one").set()
    wait_for(lambda: status_of(users[0], first) == "succeeded", "the first run to finish")
    gated.gate("three").set()
    wait_for(lambda: status_of(users[2], third) == "succeeded", "the third run to finish")
    assert status_of(users[1], second) == "running"
    gated.gate("two").set()
    wait_for(lambda: status_of(users[1], second) == "succeeded", "the second run to finish")
    for user in users:
        act_as(user)
        assert len(sites.get_sites(user)) == 1


def test_a_run_waiting_behind_its_conversation_holds_no_worker(app, user, consumer, gated):
    # Two worker threads: one generates the first conversation's first run. Its second
    # run waits in the queue, so the other thread is free for another conversation.
    consumer(2)
    busy, chat = send(user, "busy")
    wait_for(lambda: gated.started == ["busy"], "the first run to start")
    waiting = send(user, "waiting", chat)[0]
    other = send(user, "other")[0]
    gated.gate("other").set()
    wait_for(lambda: status_of(user, other) == "succeeded", "the other conversation's run")
    assert status_of(user, busy) == "running"
    assert status_of(user, waiting) == "queued"
    assert gated.started == ["busy", "other"]

    gated.gate("busy").set()
    gated.gate("waiting").set()
    wait_for(lambda: status_of(user, waiting) == "succeeded", "the waiting run")
    site = sites.get_site_for_conversation(user, chat)
    assert versions.get_version(user, site.id, 1).change_description == "Did busy"
    # The waiting run saw the files the one before it saved.
    assert sorted(versions.get_version(user, site.id, 2).files) == ["busy.html", "waiting.html"]


def test_runs_of_one_conversation_go_oldest_first(app, user, consumer, gated):
    consumer(3)
    chat = conversations.create_conversation(user, "Three tabs").id
    ids = [send(user, prompt, chat)[0] for prompt in ("a", "b", "c")]
    for prompt in ("a", "b", "c"):
        gated.gate(prompt).set()
    wait_for(lambda: status_of(user, ids[-1]) == "succeeded", "the last run")
    assert gated.started == ["a", "b", "c"]
    assert [status_of(user, run_id) for run_id in ids] == ["succeeded"] * 3


def test_the_page_sees_the_text_while_it_streams(app, user, consumer, gated):
    consumer(1)
    run_id, _ = send(user, "stream")
    shown = wait_for(
        lambda: (run := fresh_run(user, run_id)).output and run,
        "streamed text",
    )
    assert (shown.status, shown.output) == ("running", "Working on stream. ")
    gated.gate("stream").set()
    wait_for(lambda: status_of(user, run_id) == "succeeded", "the run to finish")
    assert runs.get_run(user, run_id).output == "Working on stream. Done."


def test_an_idle_consumer_starts_a_new_run_at_once(app, user, consumer, monkeypatch):
    monkeypatch.setattr(
        runs.attempt,
        "make_generator",
        lambda config: type(
            "Quick", (Generator,), {"stream": lambda self, r: iter(["Hi.", GenerationOutcome()])}
        )(),
    )
    app.config["TASK_POLL_SECONDS"] = 30  # polling alone would make this wait
    consumer(1)
    time.sleep(1.0)  # idle long enough to back off
    started = time.monotonic()
    run_id, _ = send(user, "hello")
    wait_for(lambda: status_of(user, run_id) == "succeeded", "the run", seconds=5)
    assert time.monotonic() - started < 2


# Housekeeping --------------------------------------------------------------


def _set_run(user, run_id, **values):
    _db.session.remove()  # its read snapshot (SQLite) would hide this change
    act_as(user)
    with _db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(sa.select(sa.func.set_config("app.user_id", str(user.id), True)))
        connection.execute(sa.update(GenerationRun).where(GenerationRun.id == run_id).values(**values))


def _silent(app):
    return utcnow() - timedelta(seconds=app.config["RUN_STALE_SECONDS"] + 5)


def test_a_run_whose_worker_went_silent_is_queued_again_then_failed_after_the_last_attempt(app, user):
    run_id, _ = send(user, "Make a site")
    for attempt in range(1, app.config["RUN_MAX_ATTEMPTS"] + 1):
        _set_run(
            user,
            run_id,
            status="running",
            attempts=attempt,
            attempt_id=uuid.uuid4(),
            heartbeat_at=_silent(app),
            output="half",
        )
        runs.tend_runs()
        run = runs.get_run(user, run_id)
        _db.session.remove()
        if attempt < app.config["RUN_MAX_ATTEMPTS"]:
            assert (run.status, run.output, run.attempt_id) == ("queued", "", None)
    assert run.status == "failed"
    assert run.error == runs.LOST.format(attempts=3)
    # Retry is offered, and works.
    retried, created = runs.retry_run(user, run_id, uuid.uuid4().hex)
    assert created and retried.status == "queued"


def test_housekeeping_never_fails_a_queued_run_nor_a_running_one_that_beats(app, user):
    queued_id, chat = send(user, "first")
    _set_run(user, queued_id, created_at=_silent(app))
    beating_id, _ = send(user, "other")
    _set_run(user, beating_id, status="running", attempts=1, attempt_id=uuid.uuid4(), heartbeat_at=utcnow())
    runs.tend_runs()
    assert status_of(user, queued_id) == "queued"
    assert status_of(user, beating_id) == "running"


def test_a_silent_attempt_cannot_save_after_it_was_taken_for_dead(app, user, monkeypatch):
    monkeypatch.setattr(
        runs.attempt,
        "make_generator",
        lambda config: type(
            "Site",
            (Generator,),
            {"stream": lambda self, r: iter(["Hi.", GenerationOutcome(changed={"a.html": "a"})])},
        )(),
    )
    run_id, chat = send(user, "Make a site")
    claim = runs.claim_next_run(chat, user.id)
    _set_run(user, run_id, heartbeat_at=_silent(app))
    runs.tend_runs()  # taken for dead: queued again, with the silent attempt locked out
    runs.carry_out(claim)  # the silent worker wakes and finishes
    _db.session.remove()
    act_as(user)
    assert status_of(user, run_id) == "queued"
    assert (
        _db.session.scalar(sa.select(sa.func.count()).select_from(Message).where(Message.role == "assistant"))
        == 0
    )
    assert sites.get_sites(user) == []
    # The next attempt saves it, once.
    runs.run_next(chat, user.id)
    assert status_of(user, run_id) == "succeeded"
    assert len(sites.get_sites(user)) == 1


def test_a_queued_run_whose_task_was_lost_is_handed_over_when_the_queue_is_empty(app, user, consumer, gated):
    run_id, _ = send(user, "lost")
    get_queue(app).flush()  # as if the task never reached the queue
    gated.gate("lost").set()
    consumer(1)  # its housekeeping finds the run
    wait_for(lambda: status_of(user, run_id) == "succeeded", "the stranded run")


def test_housekeeping_closes_idle_bursts_of_hand_edits(app, user, other_user):
    app.config["EDIT_BURST_IDLE_SECONDS"] = 60
    made = {}
    for owner in (user, other_user):
        site = builders.site(owner, {"index.html": "<h1>Hi</h1>"})
        edits.save_edit(owner, site.id, "index.html", "<h1>Typed</h1>", 0)
        made[owner.id] = site.id
    # One user's burst went idle an hour ago; the other's is still being typed.
    _db.session.remove()
    act_as(user)
    with _db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(sa.select(sa.func.set_config("app.user_id", str(user.id), True)))
        connection.execute(
            sa.update(GeneratedSite)
            .where(GeneratedSite.id == made[user.id])
            .values(draft_updated_at=utcnow() - timedelta(hours=1))
        )
    assert edits.close_idle_bursts() == 1
    assert sites.get_site(user, made[user.id]).last_version_number == 2
    assert versions.get_version(user, made[user.id], 2).change_description == "Edited index.html"
    assert sites.get_site(other_user, made[other_user.id]).last_version_number == 1


# Retry once ----------------------------------------------------------------


def _failed_run(app, user):
    run_id, _ = send(user, "Make a site")
    _set_run(user, run_id, status="failed", error="The AI server timed out.", finished_at=utcnow())
    return run_id


def test_a_second_retry_of_one_failed_run_gets_the_first_retrys_run(app, user):
    failed = _failed_run(app, user)
    first, created = runs.retry_run(user, failed, uuid.uuid4().hex)
    again, created_again = runs.retry_run(user, failed, uuid.uuid4().hex)
    assert created and not created_again
    assert again.id == first.id


def test_retry_pressed_twice_at_once_makes_one_new_run(app, user):
    failed = _failed_run(app, user)
    _db.session.remove()
    barrier = threading.Barrier(2)
    results, errors = [], []

    def press():
        with app.app_context():
            try:
                barrier.wait(5)
                run, created = runs.retry_run(user.id, failed, uuid.uuid4().hex)
                results.append((run.id, created))
            except Exception as error:  # reported below
                errors.append(error)

    threads = [threading.Thread(target=press) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert errors == []
    assert len({run_id for run_id, _ in results}) == 1
    assert sorted(created for _, created in results) == [False, True]
    act_as(user)
    assert _db.session.scalar(sa.select(sa.func.count()).select_from(GenerationRun)) == 2


def test_only_a_failed_run_can_be_retried(app, user):
    run_id, _ = send(user, "Make a site")
    with pytest.raises(InvalidInput, match="Only a failed"):
        runs.retry_run(user, run_id, uuid.uuid4().hex)
