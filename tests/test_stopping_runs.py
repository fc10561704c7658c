"""Stop: a run stopped while it generates ends as stopped, and nothing from it is saved.

The stop is the run's status in the database, so it reaches the worker whichever
process carries the run out. Here the worker is this process, run by hand: the
queue of these tests has no consumer.
"""

import threading
import time
import uuid

import pytest
import sqlalchemy as sa
from support import wait_for

from webapp.extensions import db as _db
from webapp.generation import runs
from webapp.generation.base import GenerationOutcome, Generator
from webapp.models import GenerationRun, Message, ProjectSnapshot, SiteVersion
from webapp.ownership import NotFound, act_as
from webapp.services import conversations, sites

SITE = {"index.html": "<title>Sweet Crumbs</title><h1>Bread</h1>", "styles.css": "body{}"}
HX = {"HX-Request": "true"}


class StoppableGenerator(Generator):
    """Yields its items; a callable item is called (another tab pressing Stop) instead."""

    name = "stoppable"

    def __init__(self, items, reached):
        self.items = items
        self.reached = reached

    def stream(self, request):
        for item in self.items:
            if callable(item):
                item()
                continue
            self.reached.append(item)
            yield item


@pytest.fixture
def app_config(app_config):
    # Every chunk is flushed, so a stop is found at the next chunk.
    return {**app_config, "RUN_FLUSH_SECONDS": 0, "AI_OFFLINE_DELAY_SECONDS": 0}


@pytest.fixture
def script(monkeypatch):
    """Set what the next generations yield; returns the items the generator got to."""
    reached = []

    def set_items(*items):
        monkeypatch.setattr(runs.attempt, "make_generator", lambda config: StoppableGenerator(items, reached))
        return reached

    return set_items


def queue(user, text, conversation_id=None):
    run, _ = runs.start_generation(user, conversation_id, text, uuid.uuid4().hex)
    return run.id, run.conversation_id


def work(user, conversation_id):
    """What a queue worker does with the conversation's task."""
    runs.run_next(conversation_id, user.id)
    act_as(user)


def reread(user, run_id) -> GenerationRun:
    _db.session.rollback()
    act_as(user)
    return _db.session.get(GenerationRun, run_id)


def count(model, user) -> int:
    act_as(user)
    return _db.session.scalar(sa.select(sa.func.count()).select_from(model).where(model.user_id == user.id))


def test_a_run_stopped_mid_answer_ends_as_stopped_and_saves_nothing(app, ctx, user, script):
    run_id, conversation_id = queue(user, "Build a site for my bakery")
    reached = script(
        "Here is the start ",
        lambda: runs.stop_run(user, run_id),
        "and more ",
        "and more still",
        GenerationOutcome(changed=SITE, description="Created"),
    )
    work(user, conversation_id)
    run = reread(user, run_id)
    assert run.status == "stopped"
    assert run.output == "" and run.error is None and run.finished_at is not None
    # The worker stopped at the next chunk: the answer never finished.
    assert not any(isinstance(item, GenerationOutcome) for item in reached)
    assert [m.role for m in conversations.get_messages(user, conversation_id)] == ["user"]
    assert count(ProjectSnapshot, user) == 0
    assert sites.get_sites(user) == []


def test_a_stop_between_the_last_chunk_and_the_save_saves_nothing(app, ctx, user, script, monkeypatch):
    app.config["RUN_FLUSH_SECONDS"] = 3600  # no flush finds it: the save must
    run_id, conversation_id = queue(user, "Build a site")
    script(
        "Done.", lambda: runs.stop_run(user, run_id), GenerationOutcome(changed=SITE, description="Created")
    )
    work(user, conversation_id)
    assert reread(user, run_id).status == "stopped"
    assert count(Message, user) == 1
    assert count(SiteVersion, user) == 0


def test_a_queued_run_stopped_before_a_worker_takes_it_never_runs(app, ctx, user, script):
    run_id, conversation_id = queue(user, "Build a site")
    reached = script("Never said.", GenerationOutcome(changed=SITE))
    assert runs.stop_run(user, run_id).status == "stopped"
    work(user, conversation_id)
    assert reread(user, run_id).status == "stopped"
    assert reached == []
    assert count(Message, user) == 1


def test_stopping_a_finished_run_changes_nothing(app, ctx, user, script):
    script("Done.", GenerationOutcome(changed=SITE, description="Created"))
    run_id, conversation_id = queue(user, "Build a site")
    work(user, conversation_id)
    assert runs.stop_run(user, run_id).status == "succeeded"
    assert reread(user, run_id).status == "succeeded"
    assert count(Message, user) == 2


def test_retry_or_a_new_message_continues_after_a_stop(app, ctx, user, script):
    run_id, conversation_id = queue(user, "Build a site")
    runs.stop_run(user, run_id)
    script("Done.", GenerationOutcome(changed=SITE, description="Created"))
    retried, created = runs.retry_run(user, run_id, uuid.uuid4().hex)
    retried_id = retried.id
    assert created
    work(user, conversation_id)
    retried = reread(user, retried_id)
    assert retried.status == "succeeded" and retried.user_message_id == reread(user, run_id).user_message_id
    # And a new message after another stop runs too.
    second_id, _ = queue(user, "Make it blue", conversation_id)
    runs.stop_run(user, second_id)
    third_id, _ = queue(user, "Make it green", conversation_id)
    work(user, conversation_id)
    assert reread(user, third_id).status == "succeeded"
    roles = [m.role for m in conversations.get_messages(user, conversation_id)]
    assert roles == ["user", "assistant", "user", "user", "assistant"]


def test_another_users_run_cannot_be_stopped(app, ctx, user, other_user):
    run_id, _ = queue(user, "Build a site")
    with pytest.raises(NotFound):
        runs.stop_run(other_user, run_id)
    assert reread(user, run_id).status == "queued"


# Through the builder's routes ------------------------------------------------


def test_the_composer_offers_stop_while_a_run_is_going(app, signed_in, user):
    run_id, conversation_id = queue(user, "Build a site")
    page = signed_in.get(f"/builder/c/{conversation_id}").get_data(as_text=True)
    assert f'formaction="/builder/runs/{run_id}/stop"' in page
    assert ">Send<" not in page.replace(" ", "").replace("\n", "")


def test_stop_answers_with_the_stopped_run_and_a_composer_that_sends(app, signed_in, user):
    run_id, conversation_id = queue(user, "Build a site")
    response = signed_in.post(f"/builder/runs/{run_id}/stop", headers=HX)
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "You stopped this answer." in body and "Nothing from it was saved" in body
    assert f"/builder/runs/{run_id}/retry" in body  # Retry
    # Edit is offered into the message's own slot: answered twice (a poll crossing the Stop), still one.
    message_id = reread(user, run_id).user_message_id
    assert f'class="edit-slot" id="edit-slot-{message_id}" hx-swap-oob="true"' in body
    assert 'id="composer"' in body and "/stop" not in body.split('id="composer"')[1]
    assert reread(user, run_id).status == "stopped"
    page = signed_in.get(f"/builder/c/{conversation_id}").get_data(as_text=True)
    assert "You stopped this answer." in page and "Build a site" in page


def test_stop_without_javascript_goes_back_to_the_conversation(app, signed_in, user):
    run_id, conversation_id = queue(user, "Build a site")
    response = signed_in.post(f"/builder/runs/{run_id}/stop")
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/builder/c/{conversation_id}")
    assert "Nothing from that answer was saved" in signed_in.get(response.headers["Location"]).get_data(
        as_text=True
    )


def test_stopping_a_missing_run_is_not_found(app, signed_in):
    assert signed_in.post(f"/builder/runs/{uuid.uuid4()}/stop", headers=HX).status_code == 404
    assert signed_in.post("/builder/runs/not-an-id/stop", headers=HX).status_code == 404


# While the AI has not answered yet -------------------------------------------
#
# A slow model, or a queue on the AI's side, may keep the first words back for
# minutes (and pause between words): no flush comes then to find the stop.

SILENT_FOR = 30.0  # the AI's silence; every wait below is far shorter
SILENCES = [
    pytest.param((), SILENT_FOR, id="before_it_answers"),
    pytest.param((SILENT_FOR, "Never said."), 0.0, id="before_its_first_words"),
    pytest.param(("Here is the start ", SILENT_FOR, "never said"), 0.0, id="between_its_words"),
]


@pytest.fixture
def slow_ai(app, openai_server):
    """The OpenAI-compatible server, answering slower than any wait in these tests."""
    app.config.update(AI_TIMEOUT_SECONDS=SILENT_FOR * 2, RUN_HEARTBEAT_SECONDS=0.1)
    return openai_server


@pytest.fixture
def worker(app, slow_ai):
    """Starts carrying out a conversation's next run in a thread, as a queue worker does."""
    threads = []

    def start(user, conversation_id) -> threading.Thread:
        user_id = user.id  # read in the test's thread, whose session the user object belongs to

        def work():
            with app.app_context():
                runs.run_next(conversation_id, user_id)

        thread = threading.Thread(target=work, name="worker")
        threads.append(thread)
        thread.start()
        return thread

    yield start
    slow_ai.stopping.set()  # a worker still waiting gets its answer cut off, and ends
    for thread in threads:
        thread.join(10)


@pytest.mark.parametrize(("chunks", "delay"), SILENCES)
def test_a_stop_while_the_ai_is_silent_ends_the_request_at_once(
    app, signed_in, user, slow_ai, worker, chunks, delay
):
    reply = slow_ai.reply(*chunks, delay=delay)
    run_id, conversation_id = queue(user, "Build a site for my bakery")
    working = worker(user, conversation_id)
    wait_for(lambda: slow_ai.requests, "the worker to ask the AI", seconds=10)
    time.sleep(0.3)  # the worker is waiting on the AI now

    stopped_at = time.monotonic()
    assert signed_in.post(f"/builder/runs/{run_id}/stop", headers=HX).status_code == 200
    assert reply.hung_up.wait(5), "the worker kept its request to the AI open after the stop"
    working.join(5)
    assert not working.is_alive(), "the worker kept waiting for the AI after the stop"
    assert time.monotonic() - stopped_at < 5

    run = reread(user, run_id)
    assert run.status == "stopped" and run.output == "" and run.error is None
    assert [m.role for m in conversations.get_messages(user, conversation_id)] == ["user"]
    assert count(ProjectSnapshot, user) == 0
    assert sites.get_sites(user) == []


def test_retry_answers_after_a_stop_while_the_ai_was_silent(app, signed_in, user, slow_ai, worker):
    reply = slow_ai.reply(delay=SILENT_FOR)
    run_id, conversation_id = queue(user, "Build a site for my bakery")
    working = worker(user, conversation_id)
    wait_for(lambda: slow_ai.requests, "the worker to ask the AI", seconds=10)
    signed_in.post(f"/builder/runs/{run_id}/stop", headers=HX)
    assert reply.hung_up.wait(5)
    working.join(5)

    page = signed_in.get(f"/builder/c/{conversation_id}").get_data(as_text=True)
    assert "You stopped this answer." in page and f"/builder/runs/{run_id}/retry" in page
    slow_ai.reply("Here is your bakery's site.\n<<<FILE index.html>>>\n<h1>Bread</h1>\n<<<END FILE>>>\n")
    response = signed_in.post(
        f"/builder/runs/{run_id}/retry", data={"client_key": uuid.uuid4().hex}, headers=HX
    )
    assert response.status_code == 200
    worker(user, conversation_id).join(10)

    assert reread(user, run_id).status == "stopped"  # and what the worker committed is in view
    retried = _db.session.scalar(sa.select(GenerationRun).where(GenerationRun.retry_of_id == run_id))
    assert retried.status == "succeeded"
    assert [m.role for m in conversations.get_messages(user, conversation_id)] == ["user", "assistant"]
    assert len(sites.get_sites(user)) == 1
    assert len(slow_ai.requests) == 2
