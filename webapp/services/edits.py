"""Editing a site's files by hand, without flooding its history.

Each autosave changes the site's current files at once (the preview and the
next AI turn see it) and bumps the site's draft revision. The saves of one
editing burst become a single version of kind "edited" ("Edited index.html,
styles.css") when the burst is closed (versions.close_edit_burst): by the first
save after EDIT_BURST_IDLE_SECONDS without one, when the user leaves the page,
or before any other version (the AI's, a restore).
"""

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from flask import current_app

from .. import filestore
from ..database import write_transaction
from ..extensions import db
from ..filestore import InvalidFiles
from ..models import GeneratedSite, utcnow
from ..ownership import NotFound, across_users, get_owned
from . import versions
from .validation import InvalidInput


class EditConflict(InvalidInput):
    """The files changed since the editor loaded them (another tab, or the AI)."""


@dataclass(frozen=True)
class SavedEdit:
    revision: int
    version_number: int  # the site's newest version; the edit is on top of it


def save_edit(user: Any, site_id: Any, path: str, content: Any, base_revision: Any) -> SavedEdit:
    """Save one file typed by hand, if nothing changed since `base_revision`."""
    with write_transaction(user):
        # The site first: another user's id is missing, whatever else was sent.
        site = get_owned(GeneratedSite, user, site_id, for_update=True)
        if not isinstance(content, str):
            raise InvalidInput("Only text files can be edited here.")
        try:
            base = int(base_revision)
        except (TypeError, ValueError):
            raise InvalidInput("This editor is out of date: reload the page.") from None
        if path not in site.manifest:
            raise InvalidInput(f"The site has no file {path!r}.")
        if site.draft_revision != base:
            raise EditConflict(
                "These files changed since you opened them (in another tab, or by the AI). "
                "Your text was not saved; it is still in the editor: copy it, then reload."
            )
        # A save after a pause starts a new burst: the one before becomes its own version.
        idle = timedelta(seconds=current_app.config["EDIT_BURST_IDLE_SECONDS"])
        versions.close_edit_burst(user, site.id, idle_for=idle)
        # Store the one file; the rest of the site is unchanged.
        manifest = {**site.manifest, **filestore.store(site.user_id, {path: content})}
        limit = current_app.config["MAX_SITE_BYTES"]
        if filestore.total_size(site.user_id, manifest) > limit:
            raise InvalidFiles(f"The site's files would add up to more than {limit:,} bytes.")
        site.manifest = manifest
        site.draft_revision = site.draft_revision + 1
        site.draft_paths = sorted({*(site.draft_paths or []), path})
        site.draft_updated_at = utcnow()
        return SavedEdit(revision=site.draft_revision, version_number=site.last_version_number)


# What housekeeping needs of every user's open bursts (PostgreSQL: app_idle_edit_bursts).
_IDLE_BURSTS = sa.select(GeneratedSite.id.label("site_id"), GeneratedSite.user_id).where(
    GeneratedSite.draft_updated_at < sa.bindparam("idle_before", type_=GeneratedSite.draft_updated_at.type)
)


def close_idle_bursts() -> int:
    """Housekeeping: close every user's bursts of hand edits that went idle; return how many."""
    idle = timedelta(seconds=current_app.config["EDIT_BURST_IDLE_SECONDS"])
    rows = across_users("app_idle_edit_bursts", _IDLE_BURSTS, {"idle_before": utcnow() - idle})
    db.session.commit()  # end the read: each site is closed in a transaction of its own
    closed = 0
    for row in rows:
        try:
            # Checked again under the site's lock: a save may have come meanwhile.
            if versions.close_edit_burst(row.user_id, row.site_id, idle_for=idle) is not None:
                closed += 1
        except NotFound:
            pass  # deleted meanwhile
    return closed
