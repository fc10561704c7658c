"""Checks on text that people type: titles, descriptions, messages."""

import re

from flask import current_app

from ..filestore import InvalidFiles


class InvalidInput(ValueError):
    """Input the product refuses; the message is shown to the user as is."""


# A FileMap the file store refuses is bad input like any other.
INPUT_ERRORS = (InvalidInput, InvalidFiles)

_SPACES = re.compile(r"\s+")
# PostgreSQL text cannot hold NUL; other C0 controls (but tab and newlines) are
# never meant in typed text. A regex, not a loop over characters: every
# assistant reply is checked in the worker's save, and a loop took ~50 µs per KB.
_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def without_control_characters(text: str) -> str:
    """Text from outside the user (an AI's answer) with the control characters refused in input dropped."""
    return _CONTROL_CHARACTER.sub("", text)


def _reject_control_characters(value: str, what: str) -> None:
    if _CONTROL_CHARACTER.search(value):
        raise InvalidInput(f"The {what} contains a control character.")


def clean_title(value: object, what: str = "title") -> str:
    """A title on one line, trimmed, non-empty and within MAX_TITLE_LENGTH."""
    if not isinstance(value, str):
        raise InvalidInput(f"The {what} must be text.")
    _reject_control_characters(value, what)
    title = _SPACES.sub(" ", value).strip()
    if not title:
        raise InvalidInput(f"The {what} cannot be empty.")
    limit = current_app.config["MAX_TITLE_LENGTH"]
    if len(title) > limit:
        raise InvalidInput(f"The {what} can be at most {limit} characters.")
    return title


def clean_text(value: object, what: str, *, limit: int | None = None, allow_empty=False) -> str:
    """Free text (a message, a description): trimmed, within `limit` characters."""
    if not isinstance(value, str):
        raise InvalidInput(f"The {what} must be text.")
    _reject_control_characters(value, what)
    text = value.strip()
    if not text and not allow_empty:
        raise InvalidInput(f"The {what} cannot be empty.")
    if limit is not None and len(text) > limit:
        raise InvalidInput(f"The {what} can be at most {limit:,} characters (it has {len(text):,}).")
    return text


def contains_pattern(query: str) -> str:
    """A LIKE pattern matching text that contains `query` (escape "\\"): its % and _ match themselves."""
    escaped = query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
