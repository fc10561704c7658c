"""Conversations, their messages and their project snapshots.

Each function takes the acting user first; another user's id behaves
exactly like a missing one (NotFound).
"""

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from flask import current_app

from .. import filestore
from ..database import expire_cached, flushed_connection, write_transaction
from ..extensions import db
from ..filestore import FileMap, Manifest
from ..models import MESSAGE_ROLES, Conversation, Message, ProjectSnapshot, utcnow
from ..ownership import NotFound, act_as, get_owned, owned, owner_id_of, parse_id
from .validation import InvalidInput, clean_text, clean_title, contains_pattern

DEFAULT_TITLE = "New conversation"


@dataclass(frozen=True)
class Snapshot:
    """A project snapshot with its files."""

    id: uuid.UUID
    conversation_id: uuid.UUID
    message_id: uuid.UUID | None
    created_at: datetime
    files: FileMap


def create_conversation(user: Any, title: str | None = None, *, meta: dict | None = None) -> Conversation:
    """Start a conversation for the user (`meta`: what the app records about it, as where it came from)."""
    title = clean_title(title) if title is not None else DEFAULT_TITLE
    with write_transaction(user):
        conversation = Conversation(user_id=owner_id_of(user), title=title, meta=dict(meta or {}))
        db.session.add(conversation)
        db.session.flush()  # its id, for a caller whose transaction goes on (a first send)
    return conversation


def get_conversations(user: Any, *, limit: int | None = None, query: str | None = None):
    """The user's conversations, most recently updated first, optionally filtered by title."""
    statement = owned(Conversation, user).order_by(Conversation.updated_at.desc(), Conversation.id)
    if query:
        statement = statement.where(Conversation.title.ilike(contains_pattern(query), escape="\\"))
    if limit is not None:
        statement = statement.limit(limit)
    return list(db.session.scalars(statement))


def get_conversation(user: Any, conversation_id: Any) -> Conversation:
    """One of the user's conversations; NotFound otherwise."""
    return get_owned(Conversation, user, conversation_id)


def get_messages(user: Any, conversation_id: Any, *, limit: int = 50, before: Any = None) -> list[Message]:
    """A page of a conversation's messages in reading order: the newest `limit`,
    or the `limit` just older than the message `before`."""
    conversation = get_conversation(user, conversation_id)
    statement = owned(Message, user).where(Message.conversation_id == conversation.id)
    if before is not None:
        anchor = db.session.scalar(
            owned(Message, user).where(
                Message.conversation_id == conversation.id, Message.id == parse_id(before)
            )
        )
        if anchor is None:
            raise NotFound("Message")
        statement = statement.where(
            sa.or_(
                Message.created_at < anchor.created_at,
                sa.and_(Message.created_at == anchor.created_at, Message.id < anchor.id),
            )
        )
    newest_first = statement.order_by(Message.created_at.desc(), Message.id.desc()).limit(limit)
    return list(reversed(db.session.scalars(newest_first).all()))


@dataclass
class MessageWindow:
    """Messages around one (an old message a link points at), in reading order, and
    whether the conversation goes on before and after them."""

    messages: list[Message]
    has_older: bool
    has_newer: bool
    # When the first message after the window was written (None: there is none).
    newer_from: datetime | None = None


def get_messages_around(
    user: Any, conversation_id: Any, message_id: Any, *, limit: int = 50
) -> MessageWindow:
    """About `limit` messages around one of the conversation's: half before it (with it),
    half after. NotFound if the message is not the conversation's."""
    conversation = get_conversation(user, conversation_id)
    anchor = _message_in(user, conversation, message_id)
    mine = owned(Message, user).where(Message.conversation_id == conversation.id)
    at_or_before = sa.or_(
        Message.created_at < anchor.created_at,
        sa.and_(Message.created_at == anchor.created_at, Message.id <= anchor.id),
    )
    older_count = limit // 2 + 1
    newer_count = limit - older_count
    # One more of each than shown: whether there are more, without counting them.
    older = db.session.scalars(
        mine.where(at_or_before).order_by(Message.created_at.desc(), Message.id.desc()).limit(older_count + 1)
    ).all()
    newer = db.session.scalars(
        mine.where(sa.not_(at_or_before)).order_by(Message.created_at, Message.id).limit(newer_count + 1)
    ).all()
    return MessageWindow(
        messages=list(reversed(older[:older_count])) + list(newer[:newer_count]),
        has_older=len(older) > older_count,
        has_newer=len(newer) > newer_count,
        newer_from=newer[newer_count].created_at if len(newer) > newer_count else None,
    )


def get_messages_from(user: Any, conversation_id: Any, message_id: Any, *, limit: int) -> MessageWindow:
    """The messages from one of the conversation's to its newest, in reading order: what a
    page that loaded older messages shows, drawn again. At most the newest `limit` of them.
    NotFound if the message is not the conversation's."""
    conversation = get_conversation(user, conversation_id)
    anchor = _message_in(user, conversation, message_id)
    mine = owned(Message, user).where(Message.conversation_id == conversation.id)
    at_or_after = sa.or_(
        Message.created_at > anchor.created_at,
        sa.and_(Message.created_at == anchor.created_at, Message.id >= anchor.id),
    )
    newest = db.session.scalars(
        mine.where(at_or_after).order_by(Message.created_at.desc(), Message.id.desc()).limit(limit + 1)
    ).all()
    if len(newest) > limit:
        return MessageWindow(messages=list(reversed(newest[:limit])), has_older=True, has_newer=False)
    older = db.session.scalar(sa.select(mine.where(sa.not_(at_or_after)).exists()))
    return MessageWindow(messages=list(reversed(newest)), has_older=bool(older), has_newer=False)


def get_message(user: Any, conversation_id: Any, message_id: Any) -> Message:
    """One message of one of the user's conversations; NotFound otherwise."""
    conversation = get_conversation(user, conversation_id)
    return _message_in(user, conversation, message_id)


def count_messages(user: Any, conversation_id: Any) -> int:
    """How many messages a conversation holds."""
    conversation = get_conversation(user, conversation_id)
    return db.session.scalar(
        sa.select(sa.func.count())
        .select_from(Message)
        .where(Message.conversation_id == conversation.id, Message.user_id == conversation.user_id)
    )


def add_message(
    user: Any, conversation_id: Any, role: str, content: str, *, created_at: datetime | None = None
) -> uuid.UUID:
    """Append a message to one of the user's conversations; return its id.

    `created_at` is for a conversation brought in from a ZIP, whose messages keep their times.
    """
    if role not in MESSAGE_ROLES:
        raise InvalidInput(f"A message's role must be one of {', '.join(MESSAGE_ROLES)}.")
    limit = current_app.config["MAX_MESSAGE_CHARS"] if role == "user" else None
    content = clean_text(content, "message", limit=limit)
    conversation = parse_id(conversation_id)
    if conversation is None:
        raise NotFound("Conversation")
    with write_transaction(user):
        user_id = act_as(user)
        now = utcnow()
        connection = flushed_connection()
        # One statement checks that the conversation is the user's and makes it
        # the most recently updated: a worker's save runs this every turn.
        touched = connection.execute(
            _TOUCH_CONVERSATION, {"conversation_id": conversation, "owner_id": user_id, "touched_at": now}
        )
        if touched.rowcount != 1:
            raise NotFound("Conversation")
        expire_cached(Conversation, conversation, ["updated_at"])
        message_id = uuid.uuid4()
        connection.execute(
            _INSERT_MESSAGE,
            {
                "id": message_id,
                "conversation_id": conversation,
                "user_id": user_id,
                "role": role,
                "content": content,
                "created_at": created_at or now,
            },
        )
    return message_id


def add_snapshot(user: Any, conversation_id: Any, manifest: Manifest, message_id: Any = None) -> uuid.UUID:
    """Keep the state of the site's files after a turn of one of the user's conversations
    (and, if given, after one of its messages), from a manifest the file store made; return its id."""
    conversation = parse_id(conversation_id)
    message = parse_id(message_id) if message_id is not None else None
    if conversation is None:
        raise NotFound("Conversation")
    if message_id is not None and message is None:
        raise NotFound("Message")
    with write_transaction(user):
        snapshot_id = uuid.uuid4()
        params = {
            "id": snapshot_id,
            "conversation_id": conversation,
            "owner_id": act_as(user),
            "message_id": message,
            "manifest": manifest,
            "created_at": utcnow(),
        }
        statement = _INSERT_SNAPSHOT_OF_CONVERSATION if message is None else _INSERT_SNAPSHOT_OF_MESSAGE
        if flushed_connection().execute(statement, params).rowcount != 1:
            raise NotFound("Conversation" if message is None else "Message")
    return snapshot_id


# Built once: a worker's save runs these every turn.
_conversations = Conversation.__table__
_messages = Message.__table__
_snapshots = ProjectSnapshot.__table__
_TOUCH_CONVERSATION = (
    sa.update(_conversations)
    .where(
        _conversations.c.id == sa.bindparam("conversation_id"),
        _conversations.c.user_id == sa.bindparam("owner_id"),
    )
    .values(updated_at=sa.bindparam("touched_at", type_=_conversations.c.updated_at.type))
)
_INSERT_MESSAGE = sa.insert(_messages)


def _insert_snapshot_if(*conditions: sa.ColumnElement[bool]) -> sa.Insert:
    """INSERT … SELECT … WHERE: the snapshot is written only if the conditions find the
    user's conversation (or its message), so one statement both checks and writes.

    Its row count tells whether it did: kept for an INSERT too (`preserve_rowcount`),
    which is cheaper than RETURNING on SQLite.
    """
    params = {
        "id": "id",
        "conversation_id": "conversation_id",
        "user_id": "owner_id",
        "message_id": "message_id",
        "files": "manifest",
        "created_at": "created_at",
    }
    row = sa.select(
        *(sa.bindparam(param, type_=_snapshots.c[column].type) for column, param in params.items())
    )
    return (
        sa.insert(_snapshots)
        .from_select(list(params), row.where(*conditions))
        .execution_options(preserve_rowcount=True)
    )


_INSERT_SNAPSHOT_OF_CONVERSATION = _insert_snapshot_if(
    _conversations.c.id == sa.bindparam("conversation_id"),
    _conversations.c.user_id == sa.bindparam("owner_id"),
)
# A message's composite key ties it to its conversation's owner: the user's
# message in this conversation vouches for the conversation too.
_INSERT_SNAPSHOT_OF_MESSAGE = _insert_snapshot_if(
    _messages.c.id == sa.bindparam("message_id"),
    _messages.c.conversation_id == sa.bindparam("conversation_id"),
    _messages.c.user_id == sa.bindparam("owner_id"),
)


def _message_in(user: Any, conversation: Conversation, message_id: Any) -> Message:
    message = db.session.scalar(
        owned(Message, user).where(
            Message.id == parse_id(message_id), Message.conversation_id == conversation.id
        )
    )
    if message is None:
        raise NotFound("Message")
    return message


def get_latest_snapshot(user: Any, conversation_id: Any) -> Snapshot | None:
    """The conversation's newest snapshot with its files, or None if it has none."""
    conversation = get_conversation(user, conversation_id)
    row = db.session.scalar(
        owned(ProjectSnapshot, user)
        .where(ProjectSnapshot.conversation_id == conversation.id)
        .order_by(ProjectSnapshot.created_at.desc(), ProjectSnapshot.id.desc())
        .limit(1)
    )
    if row is None:
        return None
    return Snapshot(
        id=row.id,
        conversation_id=row.conversation_id,
        message_id=row.message_id,
        created_at=row.created_at,
        files=filestore.load(row.user_id, row.manifest),
    )


def update_conversation_title(user: Any, conversation_id: Any, title: str) -> Conversation:
    """Rename one of the user's conversations."""
    title = clean_title(title)
    with write_transaction(user):
        conversation = get_conversation(user, conversation_id)
        conversation.title = title
    return conversation


def delete_conversation(user: Any, conversation_id: Any) -> None:
    """Delete a trashed conversation forever, with its messages and snapshots; its sites stay."""
    with write_transaction(user):
        conversation = get_owned(Conversation, user, conversation_id, for_update=True, trashed=True)
        released = set()
        for manifest in db.session.scalars(
            sa.select(ProjectSnapshot.manifest).where(
                ProjectSnapshot.conversation_id == conversation.id,
                ProjectSnapshot.user_id == conversation.user_id,
            )
        ):
            released.update(manifest.values())
        db.session.delete(conversation)
        db.session.flush()
        filestore.collect_garbage(conversation.user_id, released)


_GREETING = re.compile(r"^(?:hi|hello|hey)(?: there)?\b[,!.\s]*", re.IGNORECASE)
_POLITE_OPENING = re.compile(
    r"^(?:(?:please|pls|can you|could you|would you|i want you to|i'd like you to|"
    r"i would like you to|help me)\s+)*"
    r"(?:(?:build|create|make|generate|design|write|set up)\s+(?:me\s+|us\s+)?)?",
    re.IGNORECASE,
)


def generate_title(first_message: str, max_length: int = 60) -> str:
    """A short conversation title from its first message."""
    text = re.sub(r"\s+", " ", first_message or "").strip()
    text = _GREETING.sub("", text)
    # The first sentence says what the conversation is about.
    text = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".!?;:, ")
    text = _POLITE_OPENING.sub("", text).strip()
    if not text:
        return DEFAULT_TITLE
    if len(text) > max_length:
        cut = text[: max_length - 1]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(",;:- ") + "…"
    return text[0].upper() + text[1:]


def get_conversations_of_messages(user: Any, message_ids: list[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """The conversation of each of these messages that still exists, keyed by message id."""
    ids = [i for i in message_ids if i is not None]
    if not ids:
        return {}
    rows = db.session.execute(
        sa.select(Message.id, Message.conversation_id)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Message.user_id == act_as(user), Message.id.in_(ids), Conversation.deleted_at.is_(None))
    )
    return {message_id: conversation_id for message_id, conversation_id in rows}
