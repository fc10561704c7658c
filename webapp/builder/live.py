"""Live across tabs: what a conversation looks like now, in a few bytes.

Each open builder page asks every LIVE_UPDATE_SECONDS whether its conversation
changed (`/builder/c/<id>/changes?seen=<state>`): a new message, a run begun or
ended, a new version of its site, a new title. The state is read from the
database, so a change made by any tab, process or worker shows in every other;
the answer is empty (204) when nothing changed, which is nearly always.
"""

import hashlib
from typing import Any

from ..generation import runs
from ..services import conversations, sites


def conversation_state(user: Any, conversation_id: Any) -> tuple[str, int]:
    """(a short token that changes whenever the conversation does, its site's newest version)."""
    conversation = conversations.get_conversation(user, conversation_id)
    started, ended = runs.count_runs(user, conversation.id)
    site = sites.get_site_for_conversation(user, conversation.id)
    version = site.last_version_number if site is not None else 0
    parts = [
        conversation.updated_at.isoformat(),
        conversation.title,
        started,
        ended,
        site and site.id,
        version,
    ]
    token = hashlib.sha256(repr(parts).encode()).hexdigest()[:16]
    return token, version
