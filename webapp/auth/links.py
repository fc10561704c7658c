"""The links an account's emails carry: signed, expiring, and nothing stored for them.

A sign-up link carries the email it was sent to: following it proves the
address is the reader's, and it works until the account exists. A password
reset link carries the account's id and a fingerprint of its password hash:
once the password changes (by that link or any other way) the fingerprint no
longer matches, so the link works once.
"""

import hashlib
import uuid

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from ..services.validation import InvalidInput

_SIGNUP = "keepsite-signup"
_RESET = "keepsite-password-reset"


class LinkNotValid(InvalidInput):
    """A link that was altered, used already, or made for something else."""


class LinkExpired(LinkNotValid):
    """A link older than its lifetime."""


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)


def _load(salt: str, token: str, max_age_seconds: int, what: str):
    try:
        return _serializer(salt).loads(token, max_age=max_age_seconds)
    except SignatureExpired:
        raise LinkExpired(f"This link has expired: {what}. Ask for a new one below.") from None
    except BadSignature:
        raise LinkNotValid("This link is not valid: it may be incomplete. Ask for a new one below.") from None


def signup_token(email: str) -> str:
    return _serializer(_SIGNUP).dumps({"email": email})


def signup_email(token: str) -> str:
    """The email a sign-up link was sent to; LinkNotValid or LinkExpired."""
    hours = current_app.config["SIGNUP_LINK_HOURS"]
    data = _load(_SIGNUP, token, hours * 3600, f"sign-up links work for {hours} hours")
    if not isinstance(data, dict) or not isinstance(data.get("email"), str):
        raise LinkNotValid("This link is not valid. Ask for a new one below.")
    return data["email"]


def password_fingerprint(password_hash: str) -> str:
    """What a reset link knows of the password it replaces: enough to tell it changed."""
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


def reset_token(user_id: uuid.UUID, password_hash: str) -> str:
    return _serializer(_RESET).dumps({"user": str(user_id), "password": password_fingerprint(password_hash)})


def reset_target(token: str) -> tuple[uuid.UUID, str]:
    """The account id and password fingerprint of a reset link; LinkNotValid or LinkExpired."""
    minutes = current_app.config["PASSWORD_RESET_LINK_MINUTES"]
    data = _load(_RESET, token, minutes * 60, f"reset links work for {minutes} minutes")
    try:
        return uuid.UUID(data["user"]), str(data["password"])
    except (TypeError, KeyError, ValueError):
        raise LinkNotValid("This link is not valid. Ask for a new one below.") from None
