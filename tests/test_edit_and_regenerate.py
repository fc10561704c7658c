"""Edit and Regenerate: a new run on the files the replaced answer started from; the replaced
message stays, as the earlier version, and the new version takes the next number."""

import re
import uuid
from contextlib import contextmanager
from unittest.mock import ANY

import pytest
from flask import g

from webapp.extensions import db as _db
from webapp.generation import replacing, runs
from webapp.generation.base import GenerationOutcome, Generator
from webapp.models import GenerationRun
from webapp.ownership import NotFound, act_as
from webapp.services import conversations, sites, versions
from webapp.services.validation import InvalidInput
from webapp.taskqueue import get_queue

HX = {"HX-Request": "true"}
ONE = {"index.html": "<title>Crumbs</title><h1>One</h1>", "styles.css": "body{}"}


class ScriptedGenerator(Generator):
    """Yields the items of the next script in turn; records each request."""

    name = "scripted"

    def __init__(self, scripts, seen):
        self.scripts = scripts
        self.seen = seen

    def stream(self, request):
        self.seen.append(request)
        yield from self.scripts.pop(0)


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TASK_IMMEDIATE": True, "AI_OFFLINE_DELAY_SECONDS": 0}


@pytest.fixture
def script(monkeypatch):
    """script([items of run 1], [items of run 2], ...): what the next runs yield; returns their requests."""
    seen = []

    def set_scripts(*scripts):
        queue = [list(items) for items in scripts]
        monkeypatch.setattr(runs.attempt, "make_generator", lambda config: ScriptedGenerator(queue, seen))
        return seen

    return set_scripts


@contextmanager
def queued_only(app):
    """Runs sent in the block wait in the queue (nothing consumes it) instead of running at once."""
    queue = get_queue(app)
    queue.huey.immediate = False
    try:
        yield
    finally:
        queue.huey.immediate = True


def reread(user, run_id) -> GenerationRun:
    _db.session.rollback()
    act_as(user)
    return _db.session.get(GenerationRun, run_id)


def send(user, text, conversation_id=None) -> GenerationRun:
    run, _ = runs.start_generation(user, conversation_id, text, uuid.uuid4().hex)
    return reread(user, run.id)


def replied(user, start) -> GenerationRun:
    run, created = start()
    assert created
    return reread(user, run.id)


def files_of(user, run) -> dict:
    site = sites.get_site_for_conversation(user, run.conversation_id)
    return sites.get_site_files(user, site.id)


def test_regenerate_makes_a_new_answer_on_the_same_files_and_keeps_the_first(app, user, script):
    two = {**ONE, "index.html": "<title>Crumbs</title><h1>Two</h1>", "about.html": "<p>About</p>"}
    seen = script(
        ["Made it.", GenerationOutcome(changed=ONE, description="Created")],
        ["Added about.", GenerationOutcome(changed={k: two[k] for k in ("index.html", "about.html")})],
        ["Blue instead.", GenerationOutcome(changed={"styles.css": "body{color:blue}"}, description="Blue")],
    )
    first = send(user, "A bakery site")
    second = send(user, "Add an about page", first.conversation_id)
    again = replied(
        user, lambda: replacing.regenerate_answer(user, second.assistant_message_id, uuid.uuid4().hex)
    )

    assert again.status == "succeeded", again.error
    assert again.user_message_id == second.user_message_id
    assert again.replaces_message_id == second.assistant_message_id
    # It started from version 1's files, not from the answer it replaces.
    assert seen[2].files == ONE and seen[2].prompt == "Add an about page"
    site = sites.get_site_for_conversation(user, first.conversation_id)
    assert site.last_version_number == 3
    assert files_of(user, again) == {**ONE, "styles.css": "body{color:blue}"}
    assert "About" in versions.get_version(user, site.id, 2).files["about.html"]  # nothing is lost
    contents = [m.content for m in conversations.get_messages(user, first.conversation_id)]
    assert contents == ["A bakery site", "Made it.", "Add an about page", "Added about.", "Blue instead."]
    revisions = replacing.get_revisions(user, first.conversation_id)
    assert revisions[second.assistant_message_id] == replacing.Revision(1, 2, True, ANY)
    assert revisions[again.assistant_message_id] == replacing.Revision(2, 2, False, ANY)


def test_regenerating_twice_numbers_the_answers_one_two_three(app, user, script):
    script(
        ["A.", GenerationOutcome(changed=ONE)],
        ["B.", GenerationOutcome(changed={"styles.css": "b{}"})],
        ["C.", GenerationOutcome(changed={"styles.css": "c{}"})],
    )
    first = send(user, "A bakery site")
    second = replied(
        user, lambda: replacing.regenerate_answer(user, first.assistant_message_id, uuid.uuid4().hex)
    )
    third = replied(
        user, lambda: replacing.regenerate_answer(user, second.assistant_message_id, uuid.uuid4().hex)
    )
    revisions = replacing.get_revisions(user, first.conversation_id)
    numbers = [
        (revisions[r.assistant_message_id].number, revisions[r.assistant_message_id].total)
        for r in (first, second, third)
    ]
    assert numbers == [(1, 3), (2, 3), (3, 3)]
    site = sites.get_site_for_conversation(user, first.conversation_id)
    assert site.last_version_number == 3
    # Each started from the files the first answer started from (none), not from the one before it.
    assert files_of(user, third) == {"styles.css": "c{}"}


def test_edit_sends_the_message_again_changed_and_the_first_stays(app, user, script):
    seen = script(
        ["Made it.", GenerationOutcome(changed=ONE, description="Created")],
        [
            "Made a café.",
            GenerationOutcome(changed={"index.html": "<title>Café</title>"}, description="Café"),
        ],
    )
    first = send(user, "A bakery site")
    edited = replied(
        user, lambda: replacing.edit_message(user, first.user_message_id, "A café site", uuid.uuid4().hex)
    )

    assert edited.status == "succeeded", edited.error
    assert edited.edited_message_id == first.user_message_id
    assert edited.replaces_message_id == first.assistant_message_id
    # The AI is asked afresh: the replaced message and answer are not its history.
    assert seen[1].prompt == "A café site" and seen[1].history == [] and seen[1].files == {}
    contents = [m.content for m in conversations.get_messages(user, first.conversation_id)]
    assert contents == ["A bakery site", "Made it.", "A café site", "Made a café."]
    revisions = replacing.get_revisions(user, first.conversation_id)
    assert revisions[first.user_message_id] == replacing.Revision(1, 2, True, ANY)
    assert revisions[edited.user_message_id] == replacing.Revision(2, 2, False, ANY)
    assert revisions[first.assistant_message_id].replaced
    site = sites.get_site_for_conversation(user, first.conversation_id)
    assert site.last_version_number == 2
    assert files_of(user, edited) == {"index.html": "<title>Café</title>"}


def test_a_message_whose_answer_was_stopped_can_be_edited(app, user, script):
    script(["Made it.", GenerationOutcome(changed=ONE)])
    with queued_only(app):
        run, _ = runs.start_generation(user, None, "A bakry site", uuid.uuid4().hex)
        runs.stop_run(user, run.id)
    edited = replied(
        user, lambda: replacing.edit_message(user, run.user_message_id, "A bakery site", uuid.uuid4().hex)
    )
    assert edited.status == "succeeded" and edited.replaces_message_id is None
    assert files_of(user, edited) == ONE


def test_a_failed_regeneration_retried_still_replaces_the_answer(app, user, script, signed_in):
    from webapp.generation.base import GenerationError

    script(
        ["A.", GenerationOutcome(changed=ONE)],
        [GenerationError("The AI service is not answering.")],
        ["B.", GenerationOutcome(changed={"styles.css": "b{}"})],
    )
    first = send(user, "A bakery site")
    failed = replied(
        user, lambda: replacing.regenerate_answer(user, first.assistant_message_id, uuid.uuid4().hex)
    )
    assert failed.status == "failed"
    page = signed_in.get(f"/builder/c/{first.conversation_id}").get_data(as_text=True)
    # The failure shows after the answer it would have replaced, which is not folded.
    assert page.index("A.") < page.index(f'id="run-{failed.id}"')
    assert "replaced by a newer answer" not in page
    retried = replied(user, lambda: runs.retry_run(user, failed.id, uuid.uuid4().hex))
    assert retried.status == "succeeded" and retried.replaces_message_id == first.assistant_message_id
    revisions = replacing.get_revisions(user, first.conversation_id)
    assert revisions[retried.assistant_message_id].number == 2
    # It started from the files before the first answer: none.
    assert files_of(user, retried) == {"styles.css": "b{}"}


@pytest.mark.parametrize(
    ("what", "reason"),
    [
        ("an older answer", "Only the last answer"),
        ("a user message", "Only an answer of the AI"),
        ("while running", "still answering"),
    ],
)
def test_regenerate_is_refused_with_a_reason_and_changes_nothing(app, user, script, what, reason):
    script(["A.", GenerationOutcome(changed=ONE)], ["B.", GenerationOutcome(changed={"styles.css": "b{}"})])
    first = send(user, "A bakery site")
    target = first.assistant_message_id
    if what == "an older answer":
        send(user, "Make it blue", first.conversation_id)
    elif what == "a user message":
        target = first.user_message_id
    else:
        with queued_only(app):
            runs.start_generation(user, first.conversation_id, "Make it blue", uuid.uuid4().hex)
    before = len(conversations.get_messages(user, first.conversation_id))
    with pytest.raises(InvalidInput, match=reason):
        replacing.regenerate_answer(user, target, uuid.uuid4().hex)
    assert len(conversations.get_messages(user, first.conversation_id)) == before


@pytest.mark.parametrize(
    ("what", "text", "reason"),
    [
        ("an older message", "New words", "Only your last message"),
        ("the answer", "New words", "Only your last message"),
        ("the last message", "", "cannot be empty"),
        ("the last message", "x" * 20_001, "at most 20,000"),
    ],
)
def test_edit_is_refused_with_a_reason_and_changes_nothing(app, user, script, what, text, reason):
    script(["A.", GenerationOutcome(changed=ONE)], ["B.", GenerationOutcome(changed={"styles.css": "b{}"})])
    first = send(user, "A bakery site")
    second = send(user, "Make it blue", first.conversation_id)
    target = {
        "an older message": first.user_message_id,
        "the answer": second.assistant_message_id,
        "the last message": second.user_message_id,
    }[what]
    with pytest.raises(InvalidInput, match=reason):
        replacing.edit_message(user, target, text, uuid.uuid4().hex)
    assert len(conversations.get_messages(user, first.conversation_id)) == 4


def test_another_users_messages_cannot_be_edited_or_regenerated(app, user, other_user, script):
    script(["A.", GenerationOutcome(changed=ONE)])
    first = send(user, "A bakery site")
    answer_id, message_id, conversation_id = (
        first.assistant_message_id,
        first.user_message_id,
        first.conversation_id,
    )
    with pytest.raises(NotFound):
        replacing.regenerate_answer(other_user, answer_id, uuid.uuid4().hex)
    with pytest.raises(NotFound):
        replacing.edit_message(other_user, message_id, "Mine now", uuid.uuid4().hex)
    assert len(conversations.get_messages(user, conversation_id)) == 2


def test_the_same_key_regenerates_once(app, user, script):
    script(["A.", GenerationOutcome(changed=ONE)], ["B.", GenerationOutcome()], ["C.", GenerationOutcome()])
    first = send(user, "A bakery site")
    key = uuid.uuid4().hex
    again, created = replacing.regenerate_answer(user, first.assistant_message_id, key)
    same, created_again = replacing.regenerate_answer(user, first.assistant_message_id, key)
    assert created and not created_again and same.id == again.id


# Through the builder's routes ------------------------------------------------


def post(client, url, data=None, htmx=True):
    data = {"client_key": uuid.uuid4().hex, **(data or {})}
    return client.post(url, data=data, headers=HX if htmx else {})


def test_the_page_offers_regenerate_and_edit_on_the_last_ones_and_folds_what_they_replaced(
    app, signed_in, user, script
):
    script(["First answer.", GenerationOutcome(changed=ONE)], ["Second answer.", GenerationOutcome()])
    first = send(user, "A bakery site")
    page = signed_in.get(f"/builder/c/{first.conversation_id}").get_data(as_text=True)
    assert f"/builder/messages/{first.assistant_message_id}/regenerate" in page
    assert f"/builder/messages/{first.user_message_id}/edit" in page

    response = post(signed_in, f"/builder/messages/{first.assistant_message_id}/regenerate")
    assert response.status_code == 200
    # The page is drawn again in place (no reload): the chat, the composer, the live state.
    assert "HX-Redirect" not in response.headers
    redrawn = response.get_data(as_text=True)
    assert '<div id="messages" hx-swap-oob="innerHTML">' in redrawn
    assert "Answer 1 of 2" in redrawn and 'id="live-slot"' in redrawn
    page = signed_in.get(f"/builder/c/{first.conversation_id}").get_data(as_text=True)
    assert re.search(
        r'<details class="message message-replaced message-assistant"[^>]*>\s*<summary>Answer 1 of 2', page
    )
    assert "First answer." in page and "Second answer." in page
    assert "Answer 2 of 2" in page
    assert page.count("Version 1 ·") == 1  # the first answer's version, in its fold
    assert page.count('id="regenerate-offer"') == 1  # only the newest answer offers it


def test_edit_through_the_page_folds_the_first_message(app, signed_in, user, script):
    script(["First answer.", GenerationOutcome(changed=ONE)], ["Second answer.", GenerationOutcome()])
    first = send(user, "A bakry site")
    response = post(
        signed_in, f"/builder/messages/{first.user_message_id}/edit", {"message": "A bakery site"}, htmx=False
    )
    assert response.status_code == 303
    page = signed_in.get(response.headers["Location"]).get_data(as_text=True)
    assert "Your message before you edited it · 1 of 2" in page and "A bakry site" in page
    assert "Edited · 2 of 2" in page and "A bakery site" in page
    assert "Answer 1 of 2 · replaced by a newer answer" in page


def test_a_refused_edit_shows_its_reason_above_the_composer(app, signed_in, user, script):
    script(["First answer.", GenerationOutcome(changed=ONE)])
    first = send(user, "A bakery site")
    response = post(signed_in, f"/builder/messages/{first.user_message_id}/edit", {"message": "  "})
    assert response.status_code == 400
    assert response.headers["HX-Retarget"] == "#composer-error"
    assert "cannot be empty" in response.get_data(as_text=True)
    response = post(
        signed_in, f"/builder/messages/{first.assistant_message_id}/edit", {"message": "x"}, htmx=False
    )
    assert response.status_code == 303
    assert "Only your last message" in signed_in.get(response.headers["Location"]).get_data(as_text=True)
    assert len(conversations.get_messages(user, first.conversation_id)) == 2


def test_a_finished_regeneration_folds_the_answer_it_replaced_in_place(app, signed_in, user, script):
    script(["First answer.", GenerationOutcome(changed=ONE)], ["Second answer.", GenerationOutcome()])
    first = send(user, "A bakery site")
    with queued_only(app):
        run, _ = replacing.regenerate_answer(user, first.assistant_message_id, uuid.uuid4().hex)
    run_id, conversation_id, answer_id = run.id, first.conversation_id, first.assistant_message_id
    page = signed_in.get(f"/builder/c/{conversation_id}").get_data(as_text=True)
    # The run streams after the answer it replaces.
    assert page.index("First answer.") < page.index(f'id="run-{run_id}"')
    runs.run_next(conversation_id, user.id)
    # The worker's end removed the session that held the signed-in user this test's open app
    # context shares with its requests: the next request loads it again, as every real one does.
    g.pop("_login_user", None)
    html = signed_in.get(f"/builder/runs/{run_id}", headers=HX).get_data(as_text=True)
    assert "Second answer." in html and "Answer 2 of 2" in html
    assert f'id="message-{answer_id}" hx-swap-oob="outerHTML"' in html


def test_a_history_zip_brings_back_the_earlier_versions_folded(app, signed_in, user, script):
    """Exported with its history and imported again, the conversation shows its edited
    message and replaced answers as earlier versions, numbered as they were."""
    import io
    import json
    import zipfile

    script(
        ["First answer.", GenerationOutcome(changed=ONE)],
        ["Second answer.", GenerationOutcome(changed={"styles.css": "b{}"})],
        ["Third answer.", GenerationOutcome(changed={"styles.css": "c{}"})],
    )
    first = send(user, "A bakry site")
    replied(user, lambda: replacing.regenerate_answer(user, first.assistant_message_id, uuid.uuid4().hex))
    replied(
        user, lambda: replacing.edit_message(user, first.user_message_id, "A bakery site", uuid.uuid4().hex)
    )
    site = sites.get_site_for_conversation(user, first.conversation_id)
    g.pop("_login_user", None)
    exported = signed_in.get(f"/sites/{site.id}/export.zip?history=1").data
    history = json.loads(zipfile.ZipFile(io.BytesIO(exported)).read(".keepsite/history.json"))
    assert [m.get("replaces") for m in history["conversation"]["messages"]] == [None, None, "m2", "m1", "m3"]

    response = signed_in.post(
        "/sites/imports",
        data={"archive": (io.BytesIO(exported), "bakery.zip")},
        content_type="multipart/form-data",
        follow_redirects=True,
    )
    copy = re.search(r'href="/sites/([0-9a-f-]{36})"', response.get_data(as_text=True)).group(1)
    act_as(user)
    imported = _db.session.get(sites.GeneratedSite, uuid.UUID(copy))

    def shown(conversation_id):
        return sorted(
            (
                conversations.get_message(user, conversation_id, message_id).content,
                (r.number, r.total, r.replaced),
            )
            for message_id, r in replacing.get_revisions(user, conversation_id).items()
        )

    assert (
        shown(imported.conversation_id)
        == shown(first.conversation_id)
        == [
            ("A bakery site", (2, 2, False)),
            ("A bakry site", (1, 2, True)),
            ("First answer.", (1, 3, True)),
            ("Second answer.", (2, 3, True)),
            ("Third answer.", (3, 3, False)),
        ]
    )
    page = signed_in.get(f"/builder/c/{imported.conversation_id}").get_data(as_text=True)
    assert "Your message before you edited it · 1 of 2" in page and "Answer 3 of 3" in page
    # Exported again, the copy's history says the same.
    again = signed_in.get(f"/sites/{copy}/export.zip?history=1").data
    assert (
        json.loads(zipfile.ZipFile(io.BytesIO(again)).read(".keepsite/history.json"))["conversation"]
        == (history["conversation"])
    )


def test_all_my_data_marks_the_replaced_messages(app, signed_in, user, script):
    import io
    import json
    import zipfile

    script(["First answer.", GenerationOutcome(changed=ONE)], ["Second answer.", GenerationOutcome()])
    first = send(user, "A bakery site")
    replied(user, lambda: replacing.regenerate_answer(user, first.assistant_message_id, uuid.uuid4().hex))
    g.pop("_login_user", None)
    archive = zipfile.ZipFile(io.BytesIO(signed_in.get("/account/data.zip").data))
    [path] = [name for name in archive.namelist() if name.startswith("conversations/")]
    messages = json.loads(archive.read(path))["messages"]
    assert [(m["content"], m.get("replaced", False)) for m in messages] == [
        ("A bakery site", False),
        ("First answer.", True),
        ("Second answer.", False),
    ]
