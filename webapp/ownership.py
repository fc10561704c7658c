"""Ownership: the one place that knows how a user's rows are kept theirs.

Twice over: every service query is scoped here to the acting user, and on
PostgreSQL each transaction also carries that user's id in the setting
`app.user_id`, which the Row Level Security policies compare with each row's
owner (see the migration that enables them).
"""

import uuid
from typing import Any, TypeVar

import sqlalchemy as sa
import sqlalchemy.orm as so

from .extensions import db

M = TypeVar("M")

# Where the acting user is kept: on the SQLAlchemy session, which Flask-SQLAlchemy
# scopes to one app context (one request, or one background job).
_OWNER_KEY = "owner_id"


class NotFound(LookupError):
    """The thing does not exist for this user (another user's id looks the same)."""


def owner_id_of(user: Any) -> uuid.UUID:
    """The id of the acting user, given a user object or an id."""
    if isinstance(user, uuid.UUID):
        return user
    if hasattr(user, "_get_current_object"):  # Flask-Login's current_user proxy
        user = user._get_current_object()
    # Read the id from the identity key: touching an expired attribute would
    # reload the row under whichever owner the transaction runs for now.
    state = sa.inspect(user, raiseerr=False)
    if state is not None and state.identity:
        return state.identity[0]
    user_id = getattr(user, "id", None)
    if not isinstance(user_id, uuid.UUID):
        raise TypeError("an acting user is required")
    return user_id


def parse_id(value: Any) -> uuid.UUID | None:
    """A UUID from a URL or form value, or None if it is not one."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError, AttributeError):
        return None


def act_as(user: Any) -> uuid.UUID:
    """Make `user` the owner that the current transaction (and later ones) run for."""
    user_id = owner_id_of(user)
    session = db.session()
    if session.info.get(_OWNER_KEY) != user_id:
        session.info[_OWNER_KEY] = user_id
        if session.in_transaction():
            _apply_setting(session.connection(), user_id)
    return user_id


def act_as_nobody() -> None:
    """Forget the acting user: later transactions see no owned rows on PostgreSQL."""
    session = db.session()
    session.info.pop(_OWNER_KEY, None)
    if session.in_transaction():
        _apply_setting(session.connection(), None)


def _apply_setting(connection: sa.Connection, user_id: uuid.UUID | None) -> None:
    if connection.dialect.name == "postgresql":
        # is_local=true: the setting ends with the transaction (SET LOCAL),
        # so a pooled connection never carries one user's id into another's.
        connection.execute(sa.select(sa.func.set_config("app.user_id", str(user_id or ""), True)))


@sa.event.listens_for(so.Session, "after_begin")
def _set_owner_on_begin(session: so.Session, transaction, connection: sa.Connection) -> None:
    _apply_setting(connection, session.info.get(_OWNER_KEY))


def owned(model: type[M], user: Any, *, trashed: bool | None = False) -> sa.Select[tuple[M]]:
    """A SELECT of the user's rows of an owned model.

    Rows of a model that can be trashed (conversations, sites) are its live ones
    unless `trashed` says otherwise (True: the trash's; None: both): a trashed
    id behaves as a missing one everywhere but the trash.
    """
    user_id = act_as(user)
    statement = sa.select(model).where(model.user_id == user_id)
    deleted_at = getattr(model, "deleted_at", None)
    if deleted_at is not None and trashed is not None:
        statement = statement.where(deleted_at.is_not(None) if trashed else deleted_at.is_(None))
    return statement


def get_owned(
    model: type[M], user: Any, object_id: Any, *, for_update: bool = False, trashed: bool | None = False
) -> M:
    """The user's row with this id; raise NotFound for a missing or foreign id (or a trashed one)."""
    parsed = parse_id(object_id)
    if parsed is None:
        raise NotFound(model.__name__)
    statement = owned(model, user, trashed=trashed).where(model.id == parsed)
    if for_update:
        statement = statement.with_for_update()
    found = db.session.scalar(statement)
    if found is None:
        raise NotFound(model.__name__)
    return found


def across_users(function: str, statement: sa.Select, params: dict[str, Any]) -> list[sa.Row]:
    """The ids housekeeping needs from every user's rows (never contents).

    On PostgreSQL, Row Level Security shows the app's role one user's rows at a
    time: a function owned by the tables' owner returns them instead (see
    migration 0005), called with `params` in order. Elsewhere `statement`, which
    returns the same columns, runs as it is.
    """
    session = db.session()
    if session.get_bind().dialect.name == "postgresql":
        arguments = ", ".join(f":{name}" for name in params)
        return list(session.execute(sa.text(f"SELECT * FROM {function}({arguments})"), params))
    return list(session.execute(statement, params))


def act_as_owner_found(function: str, statement: sa.Select, params: dict[str, Any]) -> sa.Row | None:
    """`across_users` for a single row (the first) whose `user_id` names its owner, acting as that owner
    from then on (None, acting as nobody new, when nothing is found).

    For a visitor's request, where a public key (a published site's slug) must first
    say whose rows to read: on PostgreSQL the lookup and the transaction's setting
    are one round trip, not two, since every published page pays for them.
    """
    session = db.session()
    if session.get_bind().dialect.name == "postgresql":
        arguments = ", ".join(f":{name}" for name in params)
        # set_config runs once per row found, and there is at most one.
        found = session.execute(
            sa.text(
                f"SELECT found.*, set_config('app.user_id', found.user_id::text, true) AS acting"
                f" FROM {function}({arguments}) AS found LIMIT 1"
            ),
            params,
        ).first()
        if found is None:
            return None
        # The setting is made: record it, so act_as sends it again only for someone else.
        session.info[_OWNER_KEY] = found.user_id
        return found
    found = session.execute(statement, params).first()
    if found is not None:
        act_as(found.user_id)
    return found
