"""What a run sends the AI: its prompt, the conversation before it, and the files it starts from."""

import uuid
from typing import Any

import sqlalchemy as sa
from flask import current_app

from ... import filestore
from ...extensions import db
from ...filestore import FileMap
from ...models import GenerationRun, Message, ProjectSnapshot
from ...ownership import act_as, get_owned, owned
from ...services import conversations, sites, versions
from ..base import ChatTurn, GenerationRequest
from .claims import Claim


def request_for(claim: Claim) -> GenerationRequest:
    """The prompt, the conversation before it, and the files the run starts from."""
    user_id = claim.user_id
    run = get_owned(GenerationRun, user_id, claim.run_id)
    prompt = db.session.get(Message, run.user_message_id)
    limit = current_app.config["AI_HISTORY_MESSAGES"]
    # What Edit and Regenerate replaced is not the conversation the AI continues.
    replaced = replaced_message_ids(user_id, run.conversation_id) | {run.replaces_message_id}
    history = db.session.scalars(
        owned(Message, user_id)
        .where(
            Message.conversation_id == run.conversation_id,
            Message.created_at < prompt.created_at,
            Message.id.notin_([message_id for message_id in replaced if message_id is not None]),
        )
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(limit)
    ).all()
    turns = [ChatTurn(role=m.role, content=m.content) for m in reversed(history)]
    files, version_number = _working_state(user_id, run.conversation_id)
    start = replaced_answers_start(user_id, run.replaces_message_id)
    if start is not None:
        files = filestore.load(user_id, start)
    return GenerationRequest(prompt=prompt.content, history=turns, files=files, version_number=version_number)


def replaced_message_ids(user: Any, conversation_id: Any) -> set[uuid.UUID]:
    """The conversation's messages that Edit or Regenerate replaced: answers a newer answer
    replaced, and messages sent again edited."""
    rows = db.session.execute(
        sa.select(GenerationRun.replaces_message_id, GenerationRun.edited_message_id, GenerationRun.status)
        .where(GenerationRun.user_id == act_as(user), GenerationRun.conversation_id == conversation_id)
        .where(
            sa.or_(
                GenerationRun.replaces_message_id.is_not(None), GenerationRun.edited_message_id.is_not(None)
            )
        )
    )
    replaced = set()
    for answer_id, edited_id, status in rows:
        if edited_id is not None:
            replaced.add(edited_id)
        if answer_id is not None and status == "succeeded":
            replaced.add(answer_id)
    return replaced


def replaced_answers_start(user_id: uuid.UUID, answer_id: uuid.UUID | None) -> dict | None:
    """The manifest an answer started from, for the run that replaces it: the version
    before the one it made, or, if it made none, the files as they stood after it.
    An answer that itself replaced one started where that one did. None when the run
    replaces nothing (it starts from the site's files now)."""
    while answer_id is not None:
        earlier = db.session.scalar(
            sa.select(GenerationRun.replaces_message_id).where(
                GenerationRun.user_id == user_id, GenerationRun.assistant_message_id == answer_id
            )
        )
        if earlier is None:
            break
        answer_id = earlier
    if answer_id is None:
        return None
    made = versions.get_versions_for_messages(user_id, [answer_id]).get(answer_id)
    if made is not None:
        if made.version_number == 1:
            return {}
        return versions.get_version_manifest(user_id, made.site_id, made.version_number - 1)
    manifest = db.session.scalar(
        sa.select(ProjectSnapshot.manifest)
        .where(ProjectSnapshot.user_id == user_id, ProjectSnapshot.message_id == answer_id)
        .limit(1)
    )
    return dict(manifest) if manifest is not None else None


def _working_state(user: Any, conversation_id: Any) -> tuple[FileMap, int]:
    """The files a conversation works on: its site's current files (hand edits
    included), else its latest snapshot's, else none; and the site's newest version."""
    site = sites.get_site_for_conversation(user, conversation_id)
    if site is not None:
        return filestore.load(site.user_id, site.manifest), site.last_version_number
    snapshot = conversations.get_latest_snapshot(user, conversation_id)
    return (dict(snapshot.files) if snapshot else {}), 0
