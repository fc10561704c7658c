"""Signed, expiring preview tokens: the credential a preview URL carries.

A preview is shown in a sandboxed frame with an opaque origin, which never
sends or sees the app's session cookie, so the URL itself must say whose
site it is. The token binds the user id to the site id: only the app's key
can make one, so a token made for one user never opens another user's site.
"""

import uuid
from dataclasses import dataclass
from typing import Any

from flask import current_app
from itsdangerous import BadData, URLSafeTimedSerializer

from ..ownership import owner_id_of, parse_id

# A salt of its own: no other value the app signs with SECRET_KEY (sessions,
# CSRF tokens) can pass for a preview token, nor the other way round.
_SALT = "webapp.preview.v1"


@dataclass(frozen=True)
class PreviewTarget:
    """What a preview token opens: one user's site, at a version or its current files."""

    user_id: uuid.UUID
    site_id: uuid.UUID
    version_number: int | None = None


def _serializer() -> URLSafeTimedSerializer:
    # Keys listed oldest first, the current one last: itsdangerous signs with
    # the last and accepts any, so rotating SECRET_KEY keeps open previews working.
    keys = [*(current_app.config.get("SECRET_KEY_FALLBACKS") or []), current_app.secret_key]
    return URLSafeTimedSerializer(keys, salt=_SALT)


def _is_version_number(value: object) -> bool:
    return value is None or (type(value) is int and value >= 1)


def make_preview_token(user_id: Any, site_id: Any, version_number: int | None = None) -> str:
    """A token opening the user's site: a fixed version, or (None) its current files."""
    owner = parse_id(user_id) or owner_id_of(user_id)
    site = parse_id(site_id)
    if site is None:
        raise ValueError("a site id is required")
    if not _is_version_number(version_number):
        raise ValueError("a version number is a whole number from 1")
    # Hex ids keep the token, which sits in every URL of the preview, short.
    return _serializer().dumps([owner.hex, site.hex, version_number])


def read_preview_token(token: str) -> PreviewTarget | None:
    """The target a token opens, or None if it is tampered with, malformed or expired."""
    max_age = current_app.config["PREVIEW_TOKEN_MAX_AGE_SECONDS"]
    try:
        payload = _serializer().loads(token, max_age=max_age)
    except BadData:
        return None
    if not isinstance(payload, list) or len(payload) != 3:
        return None
    user_id, site_id, version_number = payload
    owner, site = parse_id(user_id), parse_id(site_id)
    if owner is None or site is None or not _is_version_number(version_number):
        return None
    return PreviewTarget(owner, site, version_number)
