"""The schema's own rules: constraints, cascades, timestamps."""

import time
import uuid

import builders
import pytest
import sqlalchemy as sa

from webapp.auth.services import delete_account
from webapp.database import write_transaction
from webapp.models import (
    Conversation,
    FileContent,
    GeneratedSite,
    Message,
    ProjectSnapshot,
    SiteVersion,
    User,
)
from webapp.ownership import act_as
from webapp.services import conversations, sites


def count(db, model, owner=None) -> int:
    statement = sa.select(sa.func.count()).select_from(model)
    if owner is not None:
        statement = statement.where(model.user_id == owner.id)
    return db.session.scalar(statement)


def test_message_role_is_checked_by_the_database(db, user):
    conversation = conversations.create_conversation(user, "Chat")
    with pytest.raises(sa.exc.IntegrityError), write_transaction(user):
        db.session.add(
            Message(conversation_id=conversation.id, user_id=user.id, role="robot", content="beep")
        )
        db.session.flush()
    act_as(user)
    assert count(db, Message) == 0


def test_emails_are_unique_whatever_their_case(db, user):
    new_id = uuid.uuid4()
    with pytest.raises(sa.exc.IntegrityError), write_transaction(new_id):
        # Stored lower-cased: the CHECK refuses anything else...
        db.session.add(User(id=new_id, email="Ada@Example.com", password_hash="x"))
        db.session.flush()
    new_id = uuid.uuid4()
    with pytest.raises(sa.exc.IntegrityError), write_transaction(new_id):
        # ...so the plain UNIQUE is case-insensitive.
        db.session.add(User(id=new_id, email="ada@example.com", password_hash="x"))
        db.session.flush()


def test_version_numbers_are_unique_per_site(db, user):
    site = builders.site(user, {"index.html": "x"})
    with pytest.raises(sa.exc.IntegrityError), write_transaction(user):
        db.session.add(SiteVersion(site_id=site.id, user_id=user.id, version_number=1, manifest={}))
        db.session.flush()


def test_child_rows_cannot_claim_another_owner(db, user, other_user):
    # The composite foreign key ties a message's owner to its conversation's.
    conversation_id = conversations.create_conversation(user, "Chat").id
    with pytest.raises(sa.exc.IntegrityError), write_transaction(other_user):
        db.session.add(
            Message(conversation_id=conversation_id, user_id=other_user.id, role="user", content="x")
        )
        db.session.flush()


def test_timestamps_are_timezone_aware_and_updated_at_moves(db, user):
    conversation = conversations.create_conversation(user, "Chat")
    created = conversations.get_conversation(user, conversation.id)
    assert created.created_at.tzinfo is not None
    before = created.updated_at
    time.sleep(0.01)
    conversations.update_conversation_title(user, conversation.id, "Renamed")
    after = conversations.get_conversation(user, conversation.id).updated_at
    assert after > before

    site = builders.site(user, {"index.html": "x"})
    site_before = sites.get_site(user, site.id).updated_at
    time.sleep(0.01)
    builders.version(user, site.id, {"index.html": "y"})
    assert sites.get_site(user, site.id).updated_at > site_before


def fill_account(owner):
    conversation = conversations.create_conversation(owner, "Chat")
    message = conversations.add_message(owner, conversation.id, "assistant", "Built")
    builders.snapshot(owner, conversation.id, {"a.html": "a"}, message)
    site = builders.site(owner, {"a.html": "a", "b.png": b"\x89"}, conversation_id=conversation.id)
    builders.version(owner, site.id, {"a.html": "a2"}, message_id=message)


def test_deleting_a_user_deletes_everything_they_own_contents_too(db, user, other_user):
    fill_account(user)
    fill_account(other_user)
    delete_account(user)

    for model in (Conversation, Message, ProjectSnapshot, GeneratedSite, SiteVersion, FileContent):
        act_as(user)
        assert count(db, model, user) == 0, model.__name__
        act_as(other_user)
        assert count(db, model, other_user) > 0, model.__name__


def test_sqlite_enforces_foreign_keys(db, user, database):
    if database.dialect != "sqlite":
        pytest.skip("the pragma is SQLite's")
    assert db.session.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1
    assert db.session.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
    with pytest.raises(sa.exc.IntegrityError), write_transaction(user):
        db.session.add(Conversation(user_id=uuid.uuid4(), title="orphan"))
        db.session.flush()
