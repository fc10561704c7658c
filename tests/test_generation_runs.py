"""Generation runs: the user's message first, the result in one transaction, failures leave nothing."""

import time
import uuid

import pytest
import sqlalchemy as sa

from webapp.extensions import db as _db
from webapp.generation import runs
from webapp.generation.base import GenerationError, GenerationOutcome, Generator
from webapp.models import GenerationRun, Message, ProjectSnapshot, SiteVersion
from webapp.ownership import NotFound, act_as
from webapp.services import conversations, sites, versions
from webapp.services.validation import InvalidInput

SITE = {"index.html": "<title>Sweet Crumbs</title><h1>Bread</h1>", "styles.css": "body{}"}


class ScriptedGenerator(Generator):
    """Yields the given items in order; an Exception item is raised; a float pauses."""

    name = "scripted"

    def __init__(self, *items, seen=None):
        self.items = items
        self.seen = seen if seen is not None else []

    def stream(self, request):
        self.seen.append(request)
        for item in self.items:
            if isinstance(item, BaseException):
                raise item
            if isinstance(item, float):
                time.sleep(item)
                continue
            yield item


@pytest.fixture
def script(monkeypatch):
    """Set what the next generations yield: script(*items)."""
    seen = []

    def set_items(*items):
        monkeypatch.setattr(
            runs.attempt, "make_generator", lambda config: ScriptedGenerator(*items, seen=seen)
        )
        return seen

    return set_items


@pytest.fixture
def app_config(app_config):
    """Each run is carried out as it is queued (test_task_queue.py runs them on real consumers)."""
    return {**app_config, "TASK_IMMEDIATE": True}


@pytest.fixture
def inline(app):
    return app


def send(app, user, text, conversation_id=None, key=None):
    run, _ = runs.start_generation(user, conversation_id, text, key or uuid.uuid4().hex)
    run_id = run.id
    # End this session's transaction: its snapshot predates the worker's commit.
    _db.session.rollback()
    act_as(user)
    return _db.session.get(GenerationRun, run_id)


def count(model, user) -> int:
    act_as(user)
    return _db.session.scalar(sa.select(sa.func.count()).select_from(model).where(model.user_id == user.id))


def test_first_send_creates_the_conversation_the_site_and_version_one(inline, user, script):
    script("Here is ", "your bakery site.", GenerationOutcome(changed=SITE, description="Created the site"))
    run = send(inline, user, "Build a site for my bakery called Sweet Crumbs")
    _db.session.refresh(run)

    assert run.status == "succeeded"
    conversation = conversations.get_conversation(user, run.conversation_id)
    assert conversation.title == "A site for my bakery called Sweet Crumbs"
    messages = conversations.get_messages(user, conversation.id)
    assert [(m.role, m.content) for m in messages] == [
        ("user", "Build a site for my bakery called Sweet Crumbs"),
        ("assistant", "Here is your bakery site."),
    ]
    site = sites.get_site_for_conversation(user, conversation.id)
    assert site.title == "Sweet Crumbs"
    version = versions.get_version(user, site.id, 1)
    assert version.files == SITE
    assert version.created_by_message_id == messages[1].id
    assert version.change_description == "Created the site"
    snapshot = conversations.get_latest_snapshot(user, conversation.id)
    assert snapshot.files == SITE and snapshot.message_id == messages[1].id
    assert run.assistant_message_id == messages[1].id


def test_next_message_continues_on_the_same_site_with_the_next_version(inline, user, script):
    script("Built.", GenerationOutcome(changed=SITE, description="Created"))
    first = send(inline, user, "Make a bakery site")
    seen = script(
        "Added pricing.",
        GenerationOutcome(
            changed={"pricing.html": "<h1>Prices</h1>"},
            deleted=["styles.css"],
            description="Added a pricing page",
        ),
    )
    second = send(inline, user, "Add a pricing page", first.conversation_id)
    assert second.status == "succeeded"
    # The generator saw the site's files and the conversation so far.
    assert seen[-1].files == SITE
    assert [(t.role, t.content) for t in seen[-1].history] == [
        ("user", "Make a bakery site"),
        ("assistant", "Built."),
    ]
    site = sites.get_site_for_conversation(user, first.conversation_id)
    assert site.last_version_number == 2
    version = versions.get_version(user, site.id, 2)
    assert version.files == {"index.html": SITE["index.html"], "pricing.html": "<h1>Prices</h1>"}
    page = versions.get_site_versions(user, site.id)
    assert page.items[0].changed_paths == {
        "added": ["pricing.html"],
        "modified": [],
        "deleted": ["styles.css"],
    }
    assert page.items[0].changed_count == 2


def test_an_answer_without_changes_saves_the_reply_and_a_snapshot_but_no_version(inline, user, script):
    script("Built.", GenerationOutcome(changed=SITE, description="Created"))
    first = send(inline, user, "Make a site")
    script("Sorry, I did not understand that.", GenerationOutcome())
    run = send(inline, user, "asdfgh", first.conversation_id)
    assert run.status == "succeeded"
    assert count(Message, user) == 4
    assert count(ProjectSnapshot, user) == 2
    assert count(SiteVersion, user) == 1


@pytest.mark.parametrize(
    "failure",
    [
        GenerationError("Could not reach the AI server."),
        RuntimeError("a bug"),
    ],
)
def test_a_failed_generation_keeps_the_users_message_and_saves_nothing_else(inline, user, script, failure):
    script("Half an ans", failure)
    run = send(inline, user, "Make a site")
    assert run.status == "failed"
    assert run.error in ("Could not reach the AI server.", runs.UNEXPECTED)
    assert [m.role for m in conversations.get_messages(user, run.conversation_id)] == ["user"]
    assert count(ProjectSnapshot, user) == 0
    assert sites.get_sites(user) == []


def test_files_the_store_refuses_fail_the_run_and_save_nothing(inline, user, script):
    script("Here.", GenerationOutcome(changed={"../../etc/passwd": "x", "index.html": "ok"}))
    run = send(inline, user, "Make a site")
    assert run.status == "failed"
    assert "could not be saved" in run.error and ".." in run.error
    assert count(Message, user) == 1
    assert sites.get_sites(user) == []


def test_a_generator_that_never_finishes_is_a_failure(inline, user, script):
    script("I was about to")
    run = send(inline, user, "Make a site")
    assert run.status == "failed"
    assert "stopped before it finished" in run.error


def test_retry_runs_the_same_message_again_without_repeating_it(inline, user, script):
    script(GenerationError("The AI server timed out."))
    failed = send(inline, user, "Make a site")
    script("Done.", GenerationOutcome(changed=SITE, description="Created"))
    retried, created = runs.retry_run(user, failed.id, uuid.uuid4().hex)
    assert created
    retried_id = retried.id
    _db.session.rollback()
    act_as(user)
    retried = _db.session.get(GenerationRun, retried_id)
    assert retried.status == "succeeded"
    assert retried.user_message_id == failed.user_message_id
    assert [m.role for m in conversations.get_messages(user, failed.conversation_id)] == [
        "user",
        "assistant",
    ]
    with pytest.raises(InvalidInput, match="Only a failed"):
        runs.retry_run(user, retried.id, uuid.uuid4().hex)


def test_the_same_client_key_makes_one_message_and_one_run(app, user):
    key = uuid.uuid4().hex
    first, created = runs.start_generation(user, None, "Make a site", key)
    again, created_again = runs.start_generation(user, None, "Make a site", key)
    assert created and not created_again
    assert again.id == first.id
    act_as(user)
    roles = _db.session.scalars(sa.select(Message.role).where(Message.user_id == user.id)).all()
    assert sorted(roles) == ["assistant", "user"]  # one message, and one reply to it
    assert count(GenerationRun, user) == 1


@pytest.mark.parametrize(
    ("text", "key", "reason"),
    [
        ("", "k" * 32, "cannot be empty"),
        ("x" * 20_001, "k" * 32, "at most 20,000"),
        ("Make a site", "short", "reload the page"),
        ("Make a site", "bad key with spaces!", "reload the page"),
        ("Make a site", None, "reload the page"),
    ],
)
def test_bad_sends_are_refused_and_nothing_is_saved(app, user, text, key, reason):
    with pytest.raises(InvalidInput, match=reason):
        runs.start_generation(user, None, text, key)
    assert count(Message, user) == 0
    assert conversations.get_conversations(user) == []


def test_another_users_conversation_and_runs_are_not_found(inline, user, other_user, script):
    script("Done.", GenerationOutcome(changed=SITE))
    run = send(inline, user, "Make a site")
    run_id, conversation_id = run.id, run.conversation_id
    with pytest.raises(NotFound):
        runs.start_generation(other_user, conversation_id, "Hijack", uuid.uuid4().hex)
    with pytest.raises(NotFound):
        runs.get_run(other_user, run_id)
    with pytest.raises(NotFound):
        runs.retry_run(other_user, run_id, uuid.uuid4().hex)
    assert count(Message, user) == 2


def test_a_run_through_an_openai_compatible_server_saves_its_files(app, user, openai_server):
    openai_server.reply(
        "Here is your site.\n",
        "<<<FILE index.html>>>\n<title>Moon Cafe</title><h1>Moon</h1>\n<<<END FILE>>>\n",
        "<<<SUMMARY Created the Moon Cafe site>>>\n",
    )
    run = send(app, user, "A site for Moon Cafe")
    assert run.status == "succeeded", run.error
    site = sites.get_site_for_conversation(user, run.conversation_id)
    assert site.title == "Moon Cafe"
    version = versions.get_version(user, site.id, 1)
    assert version.change_description == "Created the Moon Cafe site"
    assert "Moon" in version.files["index.html"]


def test_an_ai_asked_to_go_back_restores_the_version_as_a_new_one(app, user, openai_server):
    openai_server.reply(
        "Your site.\n<<<FILE index.html>>>\n<title>Moon</title><h1>One</h1>\n<<<END FILE>>>\n"
    )
    first = send(app, user, "A site for Moon Cafe")
    openai_server.reply("Changed.\n<<<FILE index.html>>>\n<title>Moon</title><h1>Two</h1>\n<<<END FILE>>>\n")
    send(app, user, "Make it say two", first.conversation_id)
    openai_server.reply("Back to version 1.\n<<<RESTORE 1>>>\n")
    run = send(app, user, "Undo that", first.conversation_id)
    assert run.status == "succeeded", run.error
    site = sites.get_site_for_conversation(user, run.conversation_id)
    third = versions.get_version_record(user, site.id, 3)
    assert (third.kind, third.restored_from, third.change_description) == (
        "restored",
        1,
        "Restored version 1",
    )
    assert third.created_by_message_id == run.assistant_message_id
    # Nothing was lost: version 2 is still there, and the files are version 1's again.
    assert "Two" in versions.get_version(user, site.id, 2).files["index.html"]
    assert sites.get_site_files(user, site.id) == versions.get_version(user, site.id, 1).files


def test_an_ai_server_refusing_the_key_fails_the_run_in_the_users_words(app, user, openai_server):
    openai_server.reply(status=401, error={"error": {"message": "bad key", "type": "invalid_request_error"}})
    run = send(app, user, "A site for Moon Cafe")
    assert run.status == "failed"
    assert run.error.startswith("The AI service is not set up right") and "Your message is saved" in run.error
    assert "AI_API_KEY" not in run.error  # the operator's words are kept apart
    assert "AI_API_KEY" in run.error_detail and "sk-test" not in run.error_detail
    assert count(Message, user) == 1
    assert sites.get_sites(user) == []


def test_control_characters_in_an_ai_answer_are_dropped_not_a_failure(inline, user, script):
    script("Here\x00 is\x07 your site.\n", GenerationOutcome(changed=SITE, description="Created"))
    run = send(inline, user, "Make a site")
    assert run.status == "succeeded", run.error
    assert run.output == "Here is your site.\n"
    assert conversations.get_messages(user, run.conversation_id)[-1].content == "Here is your site."
