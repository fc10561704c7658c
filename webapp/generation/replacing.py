"""Edit and Regenerate: a new run that replaces the last answer, which stays.

Regenerate asks again for the last answer; Edit sends the last message again,
changed. Either is a new run on the files the replaced answer started from, so
its version is the site's next number; nothing is deleted. The timeline shows
each replaced message as an earlier version ("Answer 1 of 2").
"""

import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from flask import current_app

from ..database import write_transaction
from ..extensions import db
from ..models import Conversation, GenerationRun, Message
from ..ownership import act_as, get_owned, owned
from ..services import conversations
from ..services.validation import InvalidInput, clean_text
from . import runs

STILL_ANSWERING = "The AI is still answering: wait for it, or stop it, first."


def regenerate_answer(user: Any, answer_id: Any, client_key: str) -> tuple[GenerationRun, bool]:
    """Queue a new run for the message the conversation's last answer answered; return (run, created).

    The answer stays; the new one replaces it when it is saved.
    """
    client_key = runs.check_client_key(client_key)
    existing = runs.existing_run(user, client_key)
    if existing is not None:
        return existing, False
    with write_transaction(user):
        answer = get_owned(Message, user, answer_id)
        _lock_quiet_conversation(user, answer.conversation_id)
        made_by = db.session.scalar(
            owned(GenerationRun, user).where(GenerationRun.assistant_message_id == answer.id).limit(1)
        )
        if answer.role != "assistant" or made_by is None:
            raise InvalidInput("Only an answer of the AI can be regenerated.")
        if _newest_message_id(user, answer.conversation_id) != answer.id:
            raise InvalidInput("Only the last answer can be regenerated: a newer message follows it.")
        run = _new_run(made_by.conversation_id, made_by.user_id, made_by.user_message_id, client_key)
        run.replaces_message_id = answer.id
        db.session.add(run)
    runs.hand_to_queue(run.conversation_id, run.user_id)
    return run, True


def edit_message(user: Any, message_id: Any, content: str, client_key: str) -> tuple[GenerationRun, bool]:
    """Send the conversation's last message again, edited; return (run, created).

    The edited text is a new message; the one it replaces and its answer stay.
    """
    content = clean_text(content, "message", limit=current_app.config["MAX_MESSAGE_CHARS"])
    client_key = runs.check_client_key(client_key)
    existing = runs.existing_run(user, client_key)
    if existing is not None:
        return existing, False
    with write_transaction(user):
        earlier = get_owned(Message, user, message_id)
        _lock_quiet_conversation(user, earlier.conversation_id)
        newest_sent = db.session.scalar(
            owned(Message, user)
            .where(Message.conversation_id == earlier.conversation_id, Message.role == "user")
            .order_by(Message.created_at.desc(), Message.id.desc())
            .limit(1)
        )
        if earlier.role != "user" or newest_sent is None or newest_sent.id != earlier.id:
            raise InvalidInput("Only your last message can be edited.")
        if earlier.id in runs.replaced_message_ids(user, earlier.conversation_id):
            raise InvalidInput("This message was edited already: edit the newer one.")
        answered = db.session.scalar(
            owned(GenerationRun, user)
            .where(
                GenerationRun.user_message_id == earlier.id,
                GenerationRun.status == "succeeded",
                GenerationRun.assistant_message_id.is_not(None),
            )
            .order_by(GenerationRun.created_at.desc())
            .limit(1)
        )
        message_id = conversations.add_message(user, earlier.conversation_id, "user", content)
        run = _new_run(earlier.conversation_id, earlier.user_id, message_id, client_key)
        run.edited_message_id = earlier.id
        run.replaces_message_id = answered.assistant_message_id if answered else None
        db.session.add(run)
    runs.hand_to_queue(run.conversation_id, run.user_id)
    return run, True


def conversation_of(user: Any, message_id: Any) -> uuid.UUID:
    """The conversation one of the user's messages is in."""
    return get_owned(Message, user, message_id).conversation_id


def _new_run(conversation_id, user_id, user_message_id, client_key: str) -> GenerationRun:
    return GenerationRun(
        conversation_id=conversation_id,
        user_id=user_id,
        user_message_id=user_message_id,
        client_key=client_key,
        generator=current_app.config["AI_GENERATOR"],
        status="queued",
    )


def _lock_quiet_conversation(user: Any, conversation_id: uuid.UUID) -> None:
    """Lock the conversation (two tabs replacing at once go one after the other), and
    refuse while one of its runs is going."""
    db.session.execute(
        sa.select(Conversation.id)
        .where(Conversation.id == conversation_id, Conversation.user_id == act_as(user))
        .with_for_update()
    ).one()
    going = db.session.scalar(
        owned(GenerationRun, user)
        .where(
            GenerationRun.conversation_id == conversation_id,
            GenerationRun.status.in_(("queued", "running")),
        )
        .limit(1)
    )
    if going is not None:
        raise InvalidInput(STILL_ANSWERING)


def _newest_message_id(user: Any, conversation_id: uuid.UUID) -> uuid.UUID | None:
    return db.session.scalar(
        sa.select(Message.id)
        .where(Message.user_id == act_as(user), Message.conversation_id == conversation_id)
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(1)
    )


# The timeline ------------------------------------------------------------------


@dataclass(frozen=True)
class Revision:
    """Where a message stands among the versions of one answer, or of one message."""

    number: int  # 1, 2, ...
    total: int
    replaced: bool  # a newer version follows it
    versions: tuple[uuid.UUID, ...] = ()  # every version's message id, oldest first


def get_revisions(user: Any, conversation_id: Any) -> dict[uuid.UUID, Revision]:
    """Each message of the conversation that Edit or Regenerate touched, with its place
    among its versions ("Answer 1 of 2"); messages never replaced are not in it."""
    rows = db.session.execute(
        sa.select(
            GenerationRun.replaces_message_id,
            GenerationRun.assistant_message_id,
            GenerationRun.edited_message_id,
            GenerationRun.user_message_id,
            GenerationRun.status,
        ).where(
            GenerationRun.user_id == act_as(user),
            GenerationRun.conversation_id == conversation_id,
            sa.or_(
                GenerationRun.replaces_message_id.is_not(None), GenerationRun.edited_message_id.is_not(None)
            ),
        )
    )
    newer: dict[uuid.UUID, uuid.UUID] = {}  # a message -> the one that replaced it
    for replaces, answer, edited, sent, status in rows:
        if edited is not None:
            newer[edited] = sent
        if replaces is not None and answer is not None and status == "succeeded":
            newer[replaces] = answer
    older = {new: old for old, new in newer.items()}
    revisions: dict[uuid.UUID, Revision] = {}
    for first in newer.keys() - older.keys():
        chain = [first]
        while chain[-1] in newer:
            chain.append(newer[chain[-1]])
        for number, message_id in enumerate(chain, start=1):
            revisions[message_id] = Revision(number, len(chain), number < len(chain), tuple(chain))
    return revisions


# Histories: what a ZIP keeps of Edit and Regenerate, and brings back ------------


def earlier_versions(user: Any, conversation_id: Any) -> dict[uuid.UUID, uuid.UUID]:
    """Each message of the conversation that is a newer version of another (an edited
    message, a regenerated answer) -> the version it replaced."""
    return {
        message_id: revision.versions[revision.number - 2]
        for message_id, revision in get_revisions(user, conversation_id).items()
        if revision.number > 1
    }


def record_imported_versions(
    user_id: uuid.UUID, conversation_id: uuid.UUID, replaces: dict[uuid.UUID, uuid.UUID]
) -> None:
    """Make an imported conversation's replaced messages earlier versions again, as
    Edit and Regenerate had made them: `replaces` maps a message to the one it replaced.
    Runs of their own (generator "imported", ended) carry it, as the runs that made
    them did. In the caller's transaction."""
    if not replaces:
        return
    messages = db.session.scalars(
        owned(Message, user_id)
        .where(Message.conversation_id == conversation_id)
        .order_by(Message.created_at, Message.id)
    )
    edits: dict[uuid.UUID, GenerationRun] = {}
    last_sent = None
    for message in messages:
        if message.role == "user":
            last_sent = message
        earlier = replaces.get(message.id)
        if earlier is None:
            continue
        if message.role == "user":
            run = _imported_run(conversation_id, user_id, message)
            run.edited_message_id = earlier
            edits[message.id] = run
        elif last_sent is not None:
            # The answer to an edited message was made by the edit's own run.
            run = edits.get(last_sent.id)
            if run is None or run.assistant_message_id is not None:
                run = _imported_run(conversation_id, user_id, last_sent)
            run.assistant_message_id = message.id
            run.replaces_message_id = earlier
            run.created_at = run.finished_at = message.created_at
    db.session.flush()


def _imported_run(conversation_id, user_id, sent: Message) -> GenerationRun:
    run = GenerationRun(
        conversation_id=conversation_id,
        user_id=user_id,
        user_message_id=sent.id,
        client_key=f"imported-{uuid.uuid4().hex}",
        generator="imported",
        status="succeeded",
        created_at=sent.created_at,
        finished_at=sent.created_at,
    )
    db.session.add(run)
    return run
