"""Labels and notes on versions ("Sent to client"): annotations a person adds to a version.

A version's files and facts never change once it is added; its label and note are the
only columns ever set afterwards, and setting them is not a new version.
"""

import re
from typing import Any

from ..database import write_transaction
from ..models import LABEL_MAX_LENGTH, NOTE_MAX_LENGTH, SiteVersion
from . import versions
from .validation import InvalidInput, clean_text

# A label is one line: no control characters at all (tabs and line breaks included), and
# no bidi controls, which would make a short label read as something else.
_NOT_IN_A_LABEL = re.compile(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def clean_label(value: Any) -> str | None:
    """A label on one line, trimmed, within LABEL_MAX_LENGTH characters; None if empty."""
    if isinstance(value, str) and _NOT_IN_A_LABEL.search(value):
        raise InvalidInput("The label contains a control character (it must be one line of text).")
    return clean_text(value, "label", limit=LABEL_MAX_LENGTH, allow_empty=True) or None


def clean_note(value: Any) -> str | None:
    """A note, trimmed, within NOTE_MAX_LENGTH characters (a line break counts one); None if empty."""
    if isinstance(value, str):
        value = value.replace("\r\n", "\n")
    return clean_text(value, "note", limit=NOTE_MAX_LENGTH, allow_empty=True) or None


def set_version_label(user: Any, site_id: Any, version_number: Any, *, label: Any, note: Any) -> SiteVersion:
    """Set (or clear, when empty) a version's label and note; InvalidInput saves neither."""
    # Looked up before the input is checked: another user's version answers as a missing one.
    versions.get_version_record(user, site_id, version_number)
    label, note = clean_label(label), clean_note(note)
    with write_transaction(user):
        row = versions.get_version_record(user, site_id, version_number)
        row.label, row.note = label, note
    return row
