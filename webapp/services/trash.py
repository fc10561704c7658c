"""The trash: deleting a conversation or a site moves it here, from which it can come back.

A trashed item keeps every row it had; it is invisible everywhere else, and
its id behaves as a missing one on every other route (ownership.owned). Only
"delete forever", or TRASH_RETENTION_DAYS in the trash (housekeeping), removes
rows, with the file contents nothing else references.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from flask import current_app

from ..database import write_transaction
from ..extensions import db
from ..models import Conversation, GeneratedSite, utcnow
from ..ownership import NotFound, across_users, get_owned, owned
from . import conversations, sites

KINDS = {"conversation": Conversation, "site": GeneratedSite}


@dataclass(frozen=True)
class TrashItem:
    """One thing in the trash."""

    kind: str  # "conversation" or "site"
    id: uuid.UUID
    title: str
    deleted_at: datetime
    expires_at: datetime


def _model(kind: str) -> type:
    if kind not in KINDS:
        raise NotFound("TrashItem")
    return KINDS[kind]


def move_to_trash(user: Any, kind: str, item_id: Any) -> None:
    """Move one of the user's conversations or sites to the trash."""
    with write_transaction(user):
        item = get_owned(_model(kind), user, item_id, for_update=True)
        item.deleted_at = utcnow()


def restore_from_trash(user: Any, kind: str, item_id: Any):
    """Bring a trashed conversation or site back as it was; return it."""
    with write_transaction(user):
        item = get_owned(_model(kind), user, item_id, for_update=True, trashed=True)
        item.deleted_at = None
    return item


def delete_forever(user: Any, kind: str, item_id: Any) -> None:
    """Delete a trashed conversation or site for good (rows and unreferenced contents)."""
    _model(kind)
    if kind == "conversation":
        conversations.delete_conversation(user, item_id)
    else:
        sites.delete_site(user, item_id)


def get_trashed(user: Any, kind: str, item_id: Any):
    """One trashed item (for the delete-forever confirmation); NotFound otherwise."""
    return get_owned(_model(kind), user, item_id, trashed=True)


def get_trash(user: Any) -> list[TrashItem]:
    """Everything in the user's trash, most recently trashed first."""
    keep = timedelta(days=current_app.config["TRASH_RETENTION_DAYS"])
    items = [
        TrashItem(kind, row.id, row.title, row.deleted_at, row.deleted_at + keep)
        for kind, model in KINDS.items()
        for row in db.session.scalars(owned(model, user, trashed=True))
    ]
    return sorted(items, key=lambda item: item.deleted_at, reverse=True)


# What housekeeping needs of every user's old trash (PostgreSQL: app_expired_trash).
_EXPIRED = sa.union_all(
    sa.select(
        sa.literal("conversation").label("kind"), Conversation.id.label("item_id"), Conversation.user_id
    ).where(Conversation.deleted_at < sa.bindparam("trashed_before", type_=Conversation.deleted_at.type)),
    sa.select(sa.literal("site"), GeneratedSite.id, GeneratedSite.user_id).where(
        GeneratedSite.deleted_at < sa.bindparam("trashed_before", type_=GeneratedSite.deleted_at.type)
    ),
)


def empty_expired_trash() -> int:
    """Housekeeping: delete forever what has been in any user's trash for TRASH_RETENTION_DAYS."""
    keep = timedelta(days=current_app.config["TRASH_RETENTION_DAYS"])
    rows = across_users("app_expired_trash", _EXPIRED, {"trashed_before": utcnow() - keep})
    db.session.commit()  # end the read: each item goes in a transaction of its own
    deleted = 0
    for row in rows:
        try:
            delete_forever(row.user_id, row.kind, row.item_id)
            deleted += 1
        except NotFound:
            pass  # restored or deleted meanwhile
    return deleted
