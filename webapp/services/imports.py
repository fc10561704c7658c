"""Bringing a ZIP in as a new site, on the task queue.

The request checks what is cheap (archive_reading.open_upload: is it a ZIP, its
names and declared sizes), keeps the upload in a SiteImport row and hands the
row to the queue. The task unpacks and checks everything (counting the bytes it
gets), then writes the site, its versions, its conversation and its contents in
one transaction, together with the import's success: a failed import stores
nothing but its SiteImport record, with the failure's message.

A plain ZIP becomes a site whose version 1 (kind "imported") holds its files,
with a conversation that says where it came from. A ZIP with a history
(archives.py wrote it) rebuilds every version with its number, kind, time,
description, label, note and restore source, and the conversation with its
messages and which message made which version, under the importing user with
new ids. Only the history is read then: the files at the top of such a ZIP are
a copy of one version, for people and other tools.

The publish log is not replayed: a slug is a public address that belongs to
the site it came from, and an imported site must not go live by itself. The
log is kept in the new site's metadata (`imported_from.publish_log`), so
nothing is lost.
"""

import logging
import re
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

import sqlalchemy as sa
from flask import current_app

from .. import filestore
from ..database import write_transaction
from ..extensions import db
from ..models import GeneratedSite, SiteImport, utcnow
from ..ownership import across_users, get_owned, owner_id_of
from ..taskqueue import enqueue
from . import conversations, sites
from .archive_reading import Upload, as_site_file, open_upload, read_entry
from .archives import HISTORY_PATH
from .imported_history import history_plan, origin
from .validation import INPUT_ERRORS

log = logging.getLogger(__name__)

FAILED_UNEXPECTEDLY = "Something went wrong while importing this ZIP; nothing was stored. Try again."
LOST = "The import was interrupted before it finished; nothing was stored. Try again."
# Progress is saved at most this often: each save is a small transaction of its own.
_PROGRESS_SECONDS = 0.5


def start_import(user: Any, filename: Any, data: bytes, *, hand_to_queue: bool = True) -> SiteImport:
    """Check an uploaded ZIP cheaply, keep it as a queued import and hand it to the queue.

    InvalidArchive (nothing stored) if it is not a ZIP or its directory is hostile.
    """
    name = _clean_filename(filename)
    open_upload(data)
    with write_transaction(user):
        row = SiteImport(user_id=owner_id_of(user), filename=name, size=len(data), data=data, status="queued")
        db.session.add(row)
        db.session.flush()
        import_id, user_id = row.id, row.user_id
    if hand_to_queue:
        try:
            enqueue("import_site", import_id, user_id)
        except Exception:
            # The import is committed: housekeeping fails it later if its task never comes.
            log.exception("could not enqueue import %s", import_id)
    return get_import(user, import_id)


def get_import(user: Any, import_id: Any) -> SiteImport:
    """One of the user's imports (its upload not loaded); NotFound otherwise."""
    return get_owned(SiteImport, user, import_id)


def _clean_filename(filename: Any) -> str:
    # Browsers send a bare name; some old ones a whole Windows path.
    raw = filename if isinstance(filename, str) else ""
    name = PurePosixPath(PureWindowsPath(raw).name).name.strip()
    name = "".join(ch for ch in name if ch.isprintable())[:200]
    return name or "upload.zip"


# The task's side -------------------------------------------------------------


def run_import(import_id: uuid.UUID, user_id: uuid.UUID) -> None:
    """Carry out a queued import (the queue's task): the new site, or the failure's message."""
    with write_transaction(user_id):
        row = get_owned(SiteImport, user_id, import_id, for_update=True)
        if row.status != "queued":
            return  # carried out already: a task delivered twice does the work once
        row.status = "running"
        data, filename = row.data, row.filename
    try:
        progress = _Progress(import_id, user_id)
        upload = open_upload(data or b"")
        if upload.has(HISTORY_PATH):
            plan = history_plan(upload, progress)
        else:
            plan = _plain_plan(upload, filename, progress)
        # Large contents go to the bucket (if there is one) before the transaction takes its lock.
        plan.put_early(user_id)
        with write_transaction(user_id):
            row = get_owned(SiteImport, user_id, import_id, for_update=True)
            if row.status != "running":
                # Housekeeping took it for lost meanwhile and failed it: it stays failed.
                return
            site = plan.write(user_id, filename)
            row.status, row.site_id, row.data = "succeeded", site.id, None
            row.done = row.total = progress.total
            row.finished_at = utcnow()
    except INPUT_ERRORS as error:
        _fail(import_id, user_id, str(error))
    except Exception:
        log.exception("import %s failed", import_id)
        _fail(import_id, user_id, FAILED_UNEXPECTEDLY)


def _fail(import_id: uuid.UUID, user_id: uuid.UUID, message: str) -> None:
    with write_transaction(user_id):
        row = get_owned(SiteImport, user_id, import_id, for_update=True)
        if row.status in ("queued", "running"):
            row.status, row.error, row.data, row.finished_at = "failed", message, None, utcnow()


class _Progress:
    """The import's done/total, saved now and then for its page to show."""

    def __init__(self, import_id: uuid.UUID, user_id: uuid.UUID):
        self.import_id, self.user_id = import_id, user_id
        self.done = self.total = 0
        self._saved_at = 0.0

    def start(self, total: int) -> None:
        self.total, self.done = total, 0
        self._save()

    def step(self) -> None:
        self.done += 1
        if time.monotonic() - self._saved_at >= _PROGRESS_SECONDS:
            self._save()

    def _save(self) -> None:
        self._saved_at = time.monotonic()
        with write_transaction(self.user_id):
            db.session.execute(
                sa.update(SiteImport)
                .where(SiteImport.id == self.import_id, SiteImport.user_id == self.user_id)
                .values(done=self.done, total=self.total)
            )


# A plain ZIP -----------------------------------------------------------------


@dataclass
class _PlainPlan:
    files: dict
    prepared: filestore.Prepared | None = None

    def put_early(self, user_id: uuid.UUID) -> None:
        """Check, pack and put in the bucket the contents that go there (see filestore.prepare)."""
        self.prepared = filestore.prepare(self.files, user_id=user_id)

    def write(self, user_id: uuid.UUID, filename: str) -> GeneratedSite:
        """The site, its version 1 and a conversation that says where it came from."""
        title = sites.generate_site_title(self.files)
        if title == sites.UNTITLED:
            title = _title_from_filename(filename)
        conversation = conversations.create_conversation(user_id, title, meta=origin(filename))
        count = len(self.files)
        note = f"This site was imported from {filename} ({count} file{'s' if count != 1 else ''})."
        conversations.add_message(user_id, conversation.id, "system", note)
        manifest = filestore.store(user_id, self.files if self.prepared is None else self.prepared)
        return sites.create_site(
            user_id,
            manifest,
            conversation_id=conversation.id,
            title=title,
            change_description=f"Imported from {filename}",
            kind="imported",
            meta=origin(filename),
        )


def _plain_plan(upload: Upload, filename: str, progress: _Progress) -> _PlainPlan:
    paths = sorted(upload.entries)
    progress.start(len(paths))
    files = {}
    for path in paths:
        files[path] = as_site_file(read_entry(upload, path))
        progress.step()
    filestore.validate(files, filestore.Limits.from_config())
    return _PlainPlan(files)


def _title_from_filename(filename: str) -> str:
    stem = re.sub(r"\.zip$", "", filename, flags=re.IGNORECASE).replace("_", " ").strip()
    limit = current_app.config["MAX_TITLE_LENGTH"]
    return " ".join(stem.split())[:limit] or sites.UNTITLED


# Housekeeping ----------------------------------------------------------------

_STALE = sa.select(SiteImport.id.label("import_id"), SiteImport.user_id).where(
    SiteImport.status.in_(("queued", "running")),
    SiteImport.created_at < sa.bindparam("made_before", type_=SiteImport.created_at.type),
)


def fail_stale_imports() -> int:
    """Housekeeping: fail every user's imports whose task was lost (IMPORT_STALE_SECONDS); how many."""
    cutoff = utcnow() - timedelta(seconds=current_app.config["IMPORT_STALE_SECONDS"])
    rows = across_users("app_stale_imports", _STALE, {"made_before": cutoff})
    db.session.commit()  # end the read: each import is failed in a transaction of its own
    for row in rows:
        _fail(row.import_id, row.user_id, LOST)
    return len(rows)
