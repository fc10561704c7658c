"""Going back by asking the offline generator: "undo", "go back", "restore version 3"."""

import uuid

import pytest

from webapp.extensions import db as _db
from webapp.generation import runs
from webapp.generation.offline.history import restore_request
from webapp.models import GenerationRun
from webapp.ownership import act_as
from webapp.services import conversations, sites, versions


@pytest.fixture
def app_config(app_config):
    return {**app_config, "TASK_IMMEDIATE": True, "AI_OFFLINE_DELAY_SECONDS": 0}


def say(user, text, conversation_id=None) -> GenerationRun:
    run, _ = runs.start_generation(user, conversation_id, text, uuid.uuid4().hex)
    run_id = run.id
    _db.session.remove()
    act_as(user)
    return _db.session.get(GenerationRun, run_id)


@pytest.fixture
def two_versions(user):
    conversation_id = say(user, "Build a site for my bakery called Sweet Crumbs").conversation_id
    assert say(user, "Add a pricing section", conversation_id).status == "succeeded"
    site = sites.get_site_for_conversation(user, conversation_id)
    assert site.last_version_number == 2
    return conversation_id, site.id


@pytest.mark.parametrize(
    ("prompt", "newest", "number"),
    [
        ("undo", 4, 3),
        ("Undo that, please.", 4, 3),
        ("go back to the previous version", 4, 3),
        ("Revert", 2, 1),
        ("restore version 3", 4, 3),
        ("Please go back to version 1!", 4, 1),
        ("roll back to version #2", 4, 2),
    ],
)
def test_asking_to_go_back_names_the_version_to_restore(prompt, newest, number):
    _text, outcome = restore_request(prompt, newest)
    assert outcome.restore == number
    assert outcome.description == f"Restored version {number}"


@pytest.mark.parametrize(
    ("prompt", "newest", "says"),
    [
        ("undo", 1, "first version"),
        ("undo", 0, "no earlier version"),
        ("restore version 9", 4, "no version 9"),
        ("restore version 4", 4, "already the newest"),
    ],
)
def test_going_back_where_there_is_nowhere_to_go_says_why_and_changes_nothing(prompt, newest, says):
    text, outcome = restore_request(prompt, newest)
    assert says in text
    assert outcome.restore is None and not outcome.has_changes


@pytest.mark.parametrize(
    "prompt", ["undo the red headings and make them blue", "add a back button", "restore"]
)
def test_other_messages_are_not_taken_for_going_back(prompt):
    assert restore_request(prompt, 4) is None


def test_undo_in_the_chat_restores_the_version_before_as_a_new_version(user, two_versions):
    conversation_id, site_id = two_versions
    files = {n: versions.get_version(user, site_id, n).files for n in (1, 2)}
    run = say(user, "undo", conversation_id)
    assert run.status == "succeeded", run.error
    third = versions.get_version(user, site_id, 3)
    assert third.files == files[1]
    assert third.change_description == "Restored version 1"
    # The version belongs to the reply, so the chat shows it under it; the snapshot follows.
    assert third.created_by_message_id == run.assistant_message_id
    assert conversations.get_latest_snapshot(user, conversation_id).files == files[1]
    assert sites.get_site_files(user, site_id) == files[1]
    # Nothing was lost: version 2 is still there, and can come back the same way.
    assert versions.get_version(user, site_id, 2).files == files[2]
    say(user, "restore version 2", conversation_id)
    assert versions.get_version(user, site_id, 4).files == files[2]


def test_asking_for_a_version_that_does_not_exist_adds_nothing(user, two_versions):
    conversation_id, site_id = two_versions
    run = say(user, "restore version 7", conversation_id)
    assert run.status == "succeeded"
    assert (
        "no version 7" in conversations.get_message(user, conversation_id, run.assistant_message_id).content
    )
    assert sites.get_site(user, site_id).last_version_number == 2
