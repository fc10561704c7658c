"""Accounts: creating them, checking passwords, their sessions, deleting them with all they own."""

import functools
import uuid
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app

from .. import filestore
from ..database import write_transaction
from ..extensions import db
from ..models import User, UserSession, utcnow
from ..ownership import act_as, act_as_nobody, owner_id_of
from ..services.validation import InvalidInput
from . import emails, links


@functools.cache
def _hashing(memory_kib: int, time_cost: int, parallelism: int, concurrency: int):
    """The argon2id hasher for these parameters; the few threads of this process that run
    every hash, so that no more than `concurrency` hashes hold their memory at once (and
    only those threads' allocators ever hold it); a hash to check unknown emails against,
    so a failure takes the same time whether the email has an account or not."""
    hasher = PasswordHasher(memory_cost=memory_kib, time_cost=time_cost, parallelism=parallelism)
    return hasher, ThreadPoolExecutor(concurrency, thread_name_prefix="password-hash"), hasher.hash("x")


def _hasher() -> tuple[PasswordHasher, ThreadPoolExecutor, str]:
    config = current_app.config
    return _hashing(
        config["PASSWORD_HASH_MEMORY_KIB"],
        config["PASSWORD_HASH_TIME_COST"],
        config["PASSWORD_HASH_PARALLELISM"],
        config["PASSWORD_HASH_CONCURRENCY"],
    )


def hash_password(password: str) -> str:
    """The argon2id hash of a password; waits its turn, so concurrent log-ins cannot
    take more memory than PASSWORD_HASH_CONCURRENCY hashes at a time."""
    hasher, pool, _ = _hasher()
    return pool.submit(hasher.hash, password).result()


def _verify(password_hash: str | None, password: str) -> bool:
    """Whether the password matches the hash (None: an unknown email, checked against a dummy)."""
    hasher, pool, dummy = _hasher()
    try:
        matches = pool.submit(hasher.verify, password_hash or dummy, password or "").result()
    except (VerificationError, InvalidHashError):
        return False
    return matches and password_hash is not None


class EmailTaken(InvalidInput):
    """An account with this email exists already."""


def normalise_email(email: str) -> str:
    """Emails are compared without regard to case or surrounding spaces."""
    return (email or "").strip().lower()


def check_password_rules(password: str) -> None:
    """Raise InvalidInput if a new password is too short or too long."""
    low, high = current_app.config["PASSWORD_MIN_LENGTH"], current_app.config["PASSWORD_MAX_LENGTH"]
    if len(password) < low:
        raise InvalidInput(f"Choose a password of at least {low} characters.")
    if len(password) > high:
        raise InvalidInput(f"A password can be at most {high} characters.")


def create_user(email: str, password: str) -> User:
    """Create an account; raise EmailTaken if the email is in use."""
    email = normalise_email(email)
    check_password_rules(password)
    user_id = uuid.uuid4()
    try:
        # The new user is the acting user: Row Level Security lets a user
        # insert only their own row.
        with write_transaction(user_id):
            user = User(id=user_id, email=email, password_hash=hash_password(password))
            db.session.add(user)
            db.session.flush()
    except sa.exc.IntegrityError:
        raise EmailTaken("An account with this email already exists. Log in instead?") from None
    return user


def _find_login(email: str) -> tuple[uuid.UUID, str] | None:
    """The id and password hash for an email, before anyone is signed in."""
    session = db.session
    if session.get_bind().dialect.name == "postgresql":
        # Row Level Security hides every user from a session with no user;
        # this function, owned by the tables' owner, looks up one email only.
        row = session.execute(
            sa.text("SELECT id, password_hash FROM app_login_lookup(:email)"), {"email": email}
        ).first()
    else:
        row = session.execute(sa.select(User.id, User.password_hash).where(User.email == email)).first()
    return (row[0], row[1]) if row else None


def find_user_id(email: str) -> uuid.UUID | None:
    """The id of the account with this email, or None (for operators' commands)."""
    found = _find_login(normalise_email(email))
    return found[0] if found else None


def authenticate(email: str, password: str) -> User | None:
    """The user with this email and password, or None (for either mistake alike)."""
    found = _find_login(normalise_email(email))
    if found is None:
        _verify(None, password)
        return None
    user_id, password_hash = found
    if not _verify(password_hash, password):
        return None
    user = _get_user(user_id)
    if user is not None and _hasher()[0].check_needs_rehash(password_hash):
        # Hashed with older parameters: stored again with the current ones.
        with write_transaction(user):
            user.password_hash = hash_password(password)
    return user


def _get_user(user_id: uuid.UUID) -> User | None:
    act_as(user_id)
    user = db.session.get(User, user_id)
    if user is None:
        act_as_nobody()
    return user


def start_session(user: User, *, remember: bool = False, user_agent: str | None = None) -> User:
    """Record a new signed-in session of the user; the user, carrying its id for Flask-Login."""
    with write_transaction(user):
        row = UserSession(
            user_id=owner_id_of(user), remember=remember, user_agent=(user_agent or "")[:255] or None
        )
        db.session.add(row)
        db.session.flush()
        user.session_id = row.id
    return user


def end_session(user: User) -> None:
    """End the session this user object was loaded for: its cookies open nothing after."""
    if user.session_id is None:
        return
    with write_transaction(user):
        db.session.execute(
            sa.update(UserSession)
            .where(
                UserSession.id == user.session_id,
                UserSession.user_id == owner_id_of(user),
                UserSession.ended_at.is_(None),
            )
            .values(ended_at=utcnow())
        )


def end_other_sessions(user: User, *, keep_this_one: bool = True) -> int:
    """End every session of the user but this one (or all of them); how many were open."""
    statement = sa.update(UserSession).where(
        UserSession.user_id == owner_id_of(user), UserSession.ended_at.is_(None)
    )
    if keep_this_one and user.session_id is not None:
        statement = statement.where(UserSession.id != user.session_id)
    with write_transaction(user):
        return db.session.execute(statement.values(ended_at=utcnow())).rowcount


def request_signup(email: str) -> None:
    """Email a sign-up link to a new address, or a reminder to one that has an account:
    the page that asked says the same either way (see links.py)."""
    email = normalise_email(email)
    if _find_login(email) is None:
        emails.signup_link(email)
    else:
        emails.account_exists(email)


def finish_signup(token: str, password: str) -> User:
    """Create the account a sign-up link was sent for; LinkNotValid once it exists."""
    email = links.signup_email(token)
    try:
        return create_user(email, password)
    except EmailTaken:
        raise links.LinkNotValid("This link was used already: the account exists. Log in instead.") from None


def request_password_reset(email: str) -> None:
    """Email a reset link to an account's address (to another address, how to sign up):
    the page that asked says the same either way."""
    email = normalise_email(email)
    found = _find_login(email)
    if found is None:
        emails.no_account(email)
    else:
        emails.password_reset_link(email, links.reset_token(*found))


_LINK_USED = (
    "This link was used already, or the password has changed since it was sent. Ask for a new one below."
)


def account_for_reset(token: str) -> User:
    """The account a reset link is for, while its password is the one the link replaces."""
    user_id, fingerprint = links.reset_target(token)
    user = _get_user(user_id)
    if user is None or links.password_fingerprint(user.password_hash) != fingerprint:
        act_as_nobody()
        raise links.LinkNotValid(_LINK_USED)
    return user


def reset_password(token: str, new: str) -> User:
    """Set a new password by a reset link, once; end every session of the account."""
    check_password_rules(new)
    user = account_for_reset(token)
    old_hash, new_hash = user.password_hash, hash_password(new)
    with write_transaction(user):
        # Only if the password is still the one the link replaces: two uses at once
        # cannot both succeed.
        changed = db.session.execute(
            sa.update(User)
            .where(User.id == owner_id_of(user), User.password_hash == old_hash)
            .values(password_hash=new_hash)
        ).rowcount
    if not changed:
        raise links.LinkNotValid(_LINK_USED)
    end_other_sessions(user, keep_this_one=False)
    return user


class WrongPassword(InvalidInput):
    """The current password given does not match the account's."""


def change_password(user: User, current: str, new: str) -> int:
    """Set a new password, if `current` is the account's; end every other session (a
    thief's copy of a cookie included). How many sessions were ended."""
    check_password_rules(new)
    if not _verify(user.password_hash, current):
        raise WrongPassword("That is not your current password. Nothing was changed.")
    new_hash = hash_password(new)
    with write_transaction(user):
        db.session.execute(sa.update(User).where(User.id == owner_id_of(user)).values(password_hash=new_hash))
    return end_other_sessions(user)


THEMES = {"system": None, "light": "light", "dark": "dark"}


def set_theme(user: User, choice: str) -> None:
    """Keep the user's choice of colours: "light", "dark", or "system" (follow the device)."""
    if choice not in THEMES:
        raise InvalidInput("Choose light, dark, or the system's colours.")
    with write_transaction(user):
        db.session.execute(sa.update(User).where(User.id == owner_id_of(user)).values(theme=THEMES[choice]))


def get_open_sessions(user: User) -> list[UserSession]:
    """The user's signed-in sessions, newest first."""
    act_as(user)
    return list(
        db.session.scalars(
            sa.select(UserSession)
            .where(UserSession.user_id == owner_id_of(user), UserSession.ended_at.is_(None))
            .order_by(UserSession.created_at.desc())
        )
    )


def load_user(alternative_id: object) -> User | None:
    """The signed-in user for a session's or remember cookie's "<user id>.<session id>",
    or None if it is malformed or its session has ended."""
    user_part, _, session_part = str(alternative_id).partition(".")
    try:
        user_id, session_id = uuid.UUID(user_part), uuid.UUID(session_part)
    except ValueError:
        return None
    act_as(user_id)
    row = db.session.execute(
        sa.select(User, UserSession.id)
        .join(UserSession, UserSession.user_id == User.id)
        .where(User.id == user_id, UserSession.id == session_id, UserSession.ended_at.is_(None))
    ).first()
    if row is None:
        act_as_nobody()
        return None
    user, user.session_id = row
    return user


def delete_own_account(user: User, password: str) -> None:
    """Delete the account, if `password` is its password (WrongPassword: nothing is deleted)."""
    if not _verify(user.password_hash, password):
        raise WrongPassword("That is not your password. Nothing was deleted.")
    delete_account(user)


def delete_account(user: User) -> None:
    """Delete the user and everything they own, file contents included."""
    with write_transaction(user):
        # Their contents' rows go by ON DELETE CASCADE; objects in the bucket, after the commit.
        filestore.forget_account(owner_id_of(user))
        db.session.execute(sa.delete(User).where(User.id == owner_id_of(user)))
    act_as_nobody()
