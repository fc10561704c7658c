"""Saving a finished answer: steps 5-9 of a run, in one transaction."""

import uuid

import sqlalchemy as sa

from ... import filestore
from ...database import write_transaction
from ...extensions import db
from ...models import GenerationRun, ProjectSnapshot, utcnow
from ...services import conversations, sites, versions
from ..base import GenerationOutcome
from .claims import Claim
from .context import replaced_answers_start


def save_result(claim: Claim, text: str, outcome: GenerationOutcome) -> None:
    """Steps 5-9, in one transaction, through the services every other caller uses.

    Only the files the AI changed are read and stored; the rest of the site is
    carried over by the file store's manifest, shared by the snapshot and the
    version. The changed files are checked, hashed and compressed before the
    transaction begins, so the write lock (on SQLite, the whole database's) is
    held for the statements alone.
    """
    run_id, user_id = claim.run_id, claim.user_id
    prepared = filestore.prepare(outcome.changed, user_id=user_id)
    with write_transaction(user_id):
        connection = db.session.connection()
        run = connection.execute(_LOCK_RUN, {"run_id": run_id, "user_id": user_id}).one_or_none()
        if run is None or run.status != "running" or run.attempt_id != claim.attempt_id:
            return  # this attempt was taken for dead meanwhile: another saves, or it failed
        conversation_id = run.conversation_id
        site = sites.lock_site_for_conversation(user_id, conversation_id)
        current = site.manifest if site else _latest_snapshot_manifest(user_id, conversation_id)
        # A run that replaces an answer changes the files that answer started from.
        start = replaced_answers_start(user_id, run.replaces_message_id)
        before = current if start is None else start
        if outcome.restore is not None and site is not None:
            # Going back: the snapshot and the new version hold that version's files.
            after = versions.get_version_manifest(user_id, site.id, outcome.restore)
        else:
            after = filestore.apply_changes(user_id, before, prepared, outcome.deleted)
        now = utcnow()
        kept = outcome.reply if outcome.reply is not None else text
        reply = kept.strip() or outcome.description or "Done."
        assistant_id = conversations.add_message(user_id, conversation_id, "assistant", reply)
        conversations.add_snapshot(user_id, conversation_id, after, assistant_id)
        if outcome.restore is not None and site is not None:
            versions.restore_version(user_id, site.id, outcome.restore, message_id=assistant_id)
        elif after != current:
            description = outcome.description or (
                "Updated the site" if start is None else "Went back to the files before the replaced answer"
            )
            if site is None:
                sites.create_site(
                    user_id,
                    after,
                    conversation_id=conversation_id,
                    message_id=assistant_id,
                    change_description=description,
                )
            else:
                versions.add_version(user_id, site.id, after, description, message_id=assistant_id)
        connection.execute(
            _FINISH_RUN,
            {
                "run_id": run_id,
                "status": "succeeded",
                "output": text,
                "assistant_message_id": assistant_id,
                "finished_at": now,
            },
        )


# A worker's save runs these every turn: built once.
_LOCK_RUN = (
    sa.select(
        GenerationRun.status,
        GenerationRun.conversation_id,
        GenerationRun.attempt_id,
        GenerationRun.replaces_message_id,
    )
    .where(GenerationRun.id == sa.bindparam("run_id"), GenerationRun.user_id == sa.bindparam("user_id"))
    .with_for_update()
)
_FINISH_RUN = sa.update(GenerationRun.__table__).where(GenerationRun.__table__.c.id == sa.bindparam("run_id"))


def _latest_snapshot_manifest(user_id: uuid.UUID, conversation_id: uuid.UUID) -> dict:
    manifest = db.session.scalar(
        sa.select(ProjectSnapshot.manifest)
        .where(ProjectSnapshot.conversation_id == conversation_id, ProjectSnapshot.user_id == user_id)
        .order_by(ProjectSnapshot.created_at.desc(), ProjectSnapshot.id.desc())
        .limit(1)
    )
    return dict(manifest or {})
