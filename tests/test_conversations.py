"""Conversations, messages and snapshots (the original design's useConversations)."""

import time

import builders
import pytest
import sqlalchemy as sa

from webapp.database import write_transaction
from webapp.models import Message, ProjectSnapshot
from webapp.ownership import NotFound
from webapp.services import conversations, sites, trash, versions
from webapp.services.validation import InvalidInput


def test_creates_and_lists_conversations_newest_first(user):
    first = conversations.create_conversation(user, "First")
    second = conversations.create_conversation(user, "Second")
    assert [c.id for c in conversations.get_conversations(user)] == [second.id, first.id]

    time.sleep(0.01)
    conversations.add_message(user, first.id, "user", "Hello again")
    # A new message makes its conversation the most recently updated.
    assert [c.id for c in conversations.get_conversations(user)] == [first.id, second.id]


def test_conversation_without_title_gets_the_default(user):
    assert conversations.create_conversation(user).title == "New conversation"


def test_filters_conversations_by_title(user):
    conversations.create_conversation(user, "Bakery site")
    conversations.create_conversation(user, "Portfolio")
    conversations.create_conversation(user, "100% literal_match")
    assert [c.title for c in conversations.get_conversations(user, query="bak")] == ["Bakery site"]
    assert [c.title for c in conversations.get_conversations(user, query="%")] == ["100% literal_match"]
    assert [c.title for c in conversations.get_conversations(user, query="_")] == ["100% literal_match"]


def test_messages_keep_their_order_and_roles(user):
    conversation = conversations.create_conversation(user, "Chat")
    for role, text in [("user", "Make a site"), ("assistant", "Done"), ("system", "note")]:
        conversations.add_message(user, conversation.id, role, text)
    messages = conversations.get_messages(user, conversation.id)
    assert [(m.role, m.content) for m in messages] == [
        ("user", "Make a site"),
        ("assistant", "Done"),
        ("system", "note"),
    ]
    assert all(m.created_at.tzinfo is not None for m in messages)


def test_messages_page_from_newest_with_older_on_demand(user):
    conversation = conversations.create_conversation(user, "Long chat")
    for i in range(12):
        conversations.add_message(user, conversation.id, "user", f"message {i}")
    newest = conversations.get_messages(user, conversation.id, limit=5)
    assert [m.content for m in newest] == [f"message {i}" for i in range(7, 12)]
    older = conversations.get_messages(user, conversation.id, limit=5, before=newest[0].id)
    assert [m.content for m in older] == [f"message {i}" for i in range(2, 7)]
    oldest = conversations.get_messages(user, conversation.id, limit=5, before=older[0].id)
    assert [m.content for m in oldest] == ["message 0", "message 1"]
    assert conversations.count_messages(user, conversation.id) == 12


@pytest.mark.parametrize(
    ("role", "content", "reason"),
    [
        ("user", "", "cannot be empty"),
        ("user", "   \n ", "cannot be empty"),
        ("user", "x" * 20_001, "at most 20,000 characters"),
        ("user", "nul \x00 byte", "control character"),
        ("robot", "hi", "role"),
    ],
)
def test_bad_messages_are_refused_and_nothing_is_saved(db, user, role, content, reason):
    conversation = conversations.create_conversation(user, "Chat")
    with pytest.raises(InvalidInput, match=reason):
        conversations.add_message(user, conversation.id, role, content)
    assert conversations.count_messages(user, conversation.id) == 0


def test_message_limit_is_a_setting(app, user):
    app.config["MAX_MESSAGE_CHARS"] = 10
    conversation = conversations.create_conversation(user, "Chat")
    with pytest.raises(InvalidInput, match="at most 10 characters"):
        conversations.add_message(user, conversation.id, "user", "x" * 11)


def test_a_message_joins_the_callers_write_and_is_undone_with_it(user):
    conversation = conversations.create_conversation(user, "Chat")
    with pytest.raises(RuntimeError), write_transaction(user):
        message_id = conversations.add_message(user, conversation.id, "assistant", "Saved with the rest")
        assert conversations.get_message(user, conversation.id, message_id).content == "Saved with the rest"
        raise RuntimeError("the rest of the save failed")
    assert conversations.count_messages(user, conversation.id) == 0


def test_a_message_for_another_users_conversation_is_not_found_and_nothing_is_written(user, other_user):
    theirs = conversations.create_conversation(other_user, "Theirs").id
    updated_at = conversations.get_conversation(other_user, theirs).updated_at
    with pytest.raises(NotFound):
        conversations.add_message(user, theirs, "user", "planted")
    assert conversations.count_messages(other_user, theirs) == 0
    assert conversations.get_conversation(other_user, theirs).updated_at == updated_at


def test_renames_a_conversation(user):
    conversation = conversations.create_conversation(user, "Old")
    conversations.update_conversation_title(user, conversation.id, "  New   name ")
    assert conversations.get_conversation(user, conversation.id).title == "New name"


@pytest.mark.parametrize("title", ["", "   ", "x" * 201, "tab\x01"])
def test_bad_titles_are_refused(user, title):
    conversation = conversations.create_conversation(user, "Kept")
    with pytest.raises(InvalidInput):
        conversations.update_conversation_title(user, conversation.id, title)
    assert conversations.get_conversation(user, conversation.id).title == "Kept"


def test_snapshots_keep_files_per_turn_and_latest_wins(user):
    conversation = conversations.create_conversation(user, "Chat")
    assert conversations.get_latest_snapshot(user, conversation.id) is None
    first = conversations.add_message(user, conversation.id, "assistant", "v1")
    builders.snapshot(user, conversation.id, {"index.html": "one"}, first)
    second = conversations.add_message(user, conversation.id, "assistant", "v2")
    builders.snapshot(user, conversation.id, {"index.html": "two", "logo.png": b"\x89PNG"}, second)
    latest = conversations.get_latest_snapshot(user, conversation.id)
    assert latest.files == {"index.html": "two", "logo.png": b"\x89PNG"}
    assert latest.message_id == second


def test_snapshot_message_must_belong_to_the_conversation(user):
    here = conversations.create_conversation(user, "Here")
    there = conversations.create_conversation(user, "There")
    message = conversations.add_message(user, there.id, "assistant", "elsewhere")
    with pytest.raises(NotFound):
        builders.snapshot(user, here.id, {"a.html": "x"}, message)
    assert conversations.get_latest_snapshot(user, here.id) is None
    assert conversations.get_latest_snapshot(user, there.id) is None


def test_a_snapshot_for_another_users_conversation_is_not_found_and_nothing_is_written(user, other_user):
    theirs = conversations.create_conversation(other_user, "Theirs").id
    with pytest.raises(NotFound):
        builders.snapshot(user, theirs, {"a.html": "planted"})
    assert conversations.get_latest_snapshot(other_user, theirs) is None


def test_deleting_a_conversation_removes_messages_and_snapshots_but_keeps_its_site(db, user):
    conversation = conversations.create_conversation(user, "Chat")
    message = conversations.add_message(user, conversation.id, "assistant", "Built it")
    builders.snapshot(user, conversation.id, {"index.html": "x"}, message)
    site = builders.site(user, {"index.html": "x"}, conversation_id=conversation.id, message_id=message)
    trash.move_to_trash(user, "conversation", conversation.id)
    conversations.delete_conversation(user, conversation.id)

    with pytest.raises(NotFound):
        conversations.get_conversation(user, conversation.id)
    count = db.session.scalar(sa.select(sa.func.count()).select_from(Message))
    assert count == 0
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ProjectSnapshot)) == 0
    kept = sites.get_site(user, site.id)
    assert kept.conversation_id is None
    version = versions.get_version(user, site.id, 1)
    assert version.created_by_message_id is None  # the link is cleared, the version stays
    assert version.files == {"index.html": "x"}


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("Build me a landing page for my bakery called Sweet Crumbs", "A landing page for my bakery called…"),
        ("Please create a portfolio site. It should be dark.", "A portfolio site"),
        ("hello! can you make a restaurant website", "A restaurant website"),
        ("   ", "New conversation"),
        ("", "New conversation"),
        ("Wedding", "Wedding"),
    ],
)
def test_generates_a_short_title_from_the_first_message(message, title):
    generated = conversations.generate_title(message, max_length=40)
    assert generated == title
    assert len(generated) <= 40
