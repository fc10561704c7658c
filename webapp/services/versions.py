"""A site's numbered versions: adding one, closing a burst of hand edits into one,
the history, reading and restoring one.

Each function takes the acting user first; another user's id behaves
exactly like a missing one (NotFound). Versions are never changed or
deleted: restoring adds a new version.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

import sqlalchemy as sa
import sqlalchemy.orm as so
from flask import current_app

from .. import filestore
from ..database import expire_cached, flushed_connection, write_transaction
from ..extensions import db
from ..filestore import FileMap, Manifest
from ..models import VERSION_KINDS, GeneratedSite, Message, SiteVersion, VersionChange, utcnow
from ..ownership import NotFound, act_as, get_owned, owned, parse_id
from .validation import InvalidInput


@dataclass(frozen=True)
class Version:
    """A site version with its files."""

    id: uuid.UUID
    site_id: uuid.UUID
    version_number: int
    created_by_message_id: uuid.UUID | None
    change_description: str | None
    created_at: datetime
    files: FileMap


@dataclass(frozen=True)
class VersionPage:
    """One page of a site's history, newest first, without file contents."""

    items: list[SiteVersion]
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_prev(self) -> bool:
        return self.page > 1


class AddedVersion(NamedTuple):
    """The version just added: what its callers use (a page links to its number).

    Not the row: a worker's save adds a version every turn, and reading the row
    back would cost a query that no caller needs; `get_version` reads it whole.
    """

    id: uuid.UUID
    version_number: int


def add_version(
    user: Any,
    site_id: Any,
    manifest: Manifest,
    description: str | None,
    *,
    kind: str = "generated",
    message_id: Any = None,
    restored_from: int | None = None,
    created_at: datetime | None = None,
    label: str | None = None,
    note: str | None = None,
) -> AddedVersion:
    """Add a site's next version from a manifest the file store made; it becomes the
    site's current files. An open burst of hand edits is kept as a version of its own first.

    `created_at`, `label` and `note` are for rebuilding a history brought in from a ZIP
    (imports.py): its versions keep the times and annotations they were made with.
    """
    if kind not in VERSION_KINDS:
        raise ValueError(f"unknown kind of version {kind!r}")
    site_key = parse_id(site_id)
    message_key = parse_id(message_id) if message_id is not None else None
    if site_key is None:
        raise NotFound("GeneratedSite")
    if message_id is not None and message_key is None:
        raise NotFound("Message")
    with write_transaction(user):
        user_id = act_as(user)
        connection = flushed_connection()
        # Lock the site before reading it: a concurrent writer waits here, then
        # reads the counter and the files this one leaves behind.
        site = connection.execute(
            _LOCK_SITE if message_key is None else _LOCK_SITE_FINDING_MESSAGE,
            {"site_id": site_key, "user_id": user_id, "message_id": message_key},
        ).first()
        if site is None:
            raise NotFound("GeneratedSite")
        if message_key is not None and site.message_id is None:
            raise NotFound("Message")
        if site.draft_paths is None:
            # With no hand edits open, the site's files are its newest version's
            # (none yet for a new site): no need to read that version.
            previous = site.manifest
        elif kind == "edited":
            # This version is the burst: its changes are counted against the version before it.
            previous = connection.execute(
                _VERSION_MANIFEST,
                {"site_id": site_key, "user_id": user_id, "version_number": site.last_version_number},
            ).scalar()
        else:
            # Hand edits since the last version are kept as a version of their own first.
            close_edit_burst(user_id, site_key)
            previous = site.manifest
        now = utcnow()
        # Any other version makes an open editor's text stale.
        bump = _BUMP_VERSION_AND_DRAFT if kind != "edited" and site.last_version_number else _BUMP_VERSION
        number = connection.execute(
            bump, {"site_id": site_key, "owner_id": user_id, "manifest": manifest, "now": now}
        ).scalar_one()
        expire_cached(GeneratedSite, site_key, _CHANGED_BY_A_VERSION)
        version_id = uuid.uuid4()
        changed = filestore.changed_paths(previous or {}, manifest)
        connection.execute(
            _INSERT_VERSION,
            {
                "id": version_id,
                "site_id": site_key,
                "user_id": user_id,
                "version_number": number,
                "files": manifest,
                "created_by_message_id": message_key,
                "change_description": description,
                "kind": kind,
                "changed_paths": changed,
                "restored_from": restored_from,
                "created_at": created_at or now,
                "label": label,
                "note": note,
            },
        )
        rows = [
            {
                "site_id": site_key,
                "user_id": user_id,
                "path": path,
                "version_number": number,
                "change": change,
                "content_key": manifest.get(path),
            }
            for change, paths in changed.items()
            for path in paths
        ]
        if rows:
            # One multi-row INSERT (not executemany): a turn changes a file or two.
            connection.execute(sa.insert(_changes).values(rows))
    return AddedVersion(version_id, number)


def close_edit_burst(user: Any, site_id: Any, *, idle_for: timedelta | None = None) -> AddedVersion | None:
    """Turn the site's open burst of hand edits into one "edited" version and return it.

    None if no burst is open, or if `idle_for` is given and the last save is more recent than that.
    """
    site_key = parse_id(site_id)
    if site_key is None:
        raise NotFound("GeneratedSite")
    with write_transaction(user):
        user_id = act_as(user)
        site = flushed_connection().execute(_LOCK_SITE, {"site_id": site_key, "user_id": user_id}).first()
        if site is None:
            raise NotFound("GeneratedSite")
        if site.draft_paths is None:
            return None
        if idle_for is not None and utcnow() - site.draft_updated_at < idle_for:
            return None
        description = f"Edited {', '.join(site.draft_paths)}"
        return add_version(user_id, site_key, site.manifest, description, kind="edited")


# Built once: a worker's save adds a version every turn.
_sites = GeneratedSite.__table__
_messages = Message.__table__
_versions = SiteVersion.__table__
_changes = VersionChange.__table__
# What adding a version needs of a site, read under its row lock.
_LOCK_SITE = (
    sa.select(
        _sites.c.files.label("manifest"),
        _sites.c.last_version_number,
        _sites.c.draft_paths,
        _sites.c.draft_updated_at,
    )
    .where(_sites.c.id == sa.bindparam("site_id"), _sites.c.user_id == sa.bindparam("user_id"))
    .with_for_update(of=_sites)
)
# The version's message is looked up in the same statement: a message of another
# user's is found missing before anything is written.
_LOCK_SITE_FINDING_MESSAGE = _LOCK_SITE.add_columns(
    sa.select(_messages.c.id)
    .where(_messages.c.id == sa.bindparam("message_id"), _messages.c.user_id == sa.bindparam("user_id"))
    .scalar_subquery()
    .label("message_id")
)
_VERSION_MANIFEST = sa.select(_versions.c.files).where(
    _versions.c.site_id == sa.bindparam("site_id"),
    _versions.c.user_id == sa.bindparam("user_id"),
    _versions.c.version_number == sa.bindparam("version_number"),
)
# The counter's UPDATE … RETURNING, never max()+1: the row lock makes a second
# writer wait for this one's number. A new version also closes any burst of hand edits.
_BUMP_VERSION = (
    sa.update(_sites)
    .where(_sites.c.id == sa.bindparam("site_id"), _sites.c.user_id == sa.bindparam("owner_id"))
    .values(
        last_version_number=_sites.c.last_version_number + 1,
        files=sa.bindparam("manifest", type_=_sites.c.files.type),
        updated_at=sa.bindparam("now", type_=_sites.c.updated_at.type),
        draft_paths=sa.null(),
        draft_updated_at=sa.null(),
    )
    .returning(_sites.c.last_version_number)
)
# The files changed under any open editor: its next save must not overwrite them.
_BUMP_VERSION_AND_DRAFT = _BUMP_VERSION.values(draft_revision=_sites.c.draft_revision + 1)
_CHANGED_BY_A_VERSION = [
    "manifest",
    "last_version_number",
    "draft_revision",
    "draft_paths",
    "draft_updated_at",
    "updated_at",
]
_INSERT_VERSION = sa.insert(_versions)


def get_site_versions(
    user: Any,
    site_id: Any,
    *,
    page: int = 1,
    per_page: int | None = None,
    kind: str | None = None,
    labelled: bool = False,
) -> VersionPage:
    """A page of the site's versions, newest first, optionally of one kind or labelled only;
    manifests and contents stay unloaded."""
    site = get_owned(GeneratedSite, user, site_id)
    per_page = per_page or current_app.config["VERSIONS_PER_PAGE"]
    page = max(1, int(page))
    conditions = [SiteVersion.user_id == act_as(user), SiteVersion.site_id == site.id]
    if kind is not None:
        conditions.append(SiteVersion.kind == kind)
    if labelled:
        conditions.append(SiteVersion.label.is_not(None))
    if kind is None and not labelled:
        # Versions are numbered 1..N without gaps: the site's counter is their count, and
        # counting them would read every row of a long history (SQLite reads it by user_id).
        total = site.last_version_number
    else:
        # Counted by id alone: a subquery of the whole row would name the manifests.
        total = db.session.scalar(sa.select(sa.func.count(SiteVersion.id)).where(*conditions))
    scope = sa.select(SiteVersion).where(*conditions)
    items = db.session.scalars(
        scope.options(so.defer(SiteVersion.manifest, raiseload=True))
        .order_by(SiteVersion.version_number.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return VersionPage(items=list(items), page=page, per_page=per_page, total=total)


_LARGEST_VERSION_NUMBER = 2**31 - 1


def _get_version_row(user: Any, site_id: Any, version_number: Any) -> SiteVersion:
    site = get_owned(GeneratedSite, user, site_id)
    try:
        number = int(version_number)
    except (TypeError, ValueError):
        raise NotFound("SiteVersion") from None
    if not 1 <= number <= _LARGEST_VERSION_NUMBER:
        # A number from a URL that no INTEGER column holds would fail the query, not miss.
        raise NotFound("SiteVersion")
    row = db.session.scalar(
        owned(SiteVersion, user).where(SiteVersion.site_id == site.id, SiteVersion.version_number == number)
    )
    if row is None:
        raise NotFound("SiteVersion")
    return row


def get_version_manifest(user: Any, site_id: Any, version_number: Any) -> Manifest:
    """A version's manifest alone (for the file store and the preview, which read one file)."""
    return dict(_get_version_row(user, site_id, version_number).manifest)


def get_version(user: Any, site_id: Any, version_number: Any) -> Version:
    """One version of a site with its files."""
    row = _get_version_row(user, site_id, version_number)
    return Version(
        id=row.id,
        site_id=row.site_id,
        version_number=row.version_number,
        created_by_message_id=row.created_by_message_id,
        change_description=row.change_description,
        created_at=row.created_at,
        files=filestore.load(row.user_id, row.manifest),
    )


def restore_version(user: Any, site_id: Any, version_number: Any, *, message_id: Any = None) -> AddedVersion:
    """Make an old version current again by adding it as the newest version.

    Nothing is deleted or changed: undoing a restore is another restore.
    """
    with write_transaction(user):
        row = _get_version_row(user, site_id, version_number)
        description = f"Restored version {row.version_number}"
        return add_version(
            user,
            row.site_id,
            dict(row.manifest),
            description,
            kind="restored",
            message_id=message_id,
            restored_from=row.version_number,
        )


def get_versions_for_messages(user: Any, message_ids: list[uuid.UUID]) -> dict[uuid.UUID, SiteVersion]:
    """The version each of these messages produced, keyed by message id (no manifests loaded)."""
    if not message_ids:
        return {}
    rows = db.session.scalars(
        owned(SiteVersion, user)
        .where(SiteVersion.created_by_message_id.in_(message_ids))
        .options(so.defer(SiteVersion.manifest, raiseload=True))
    )
    return {row.created_by_message_id: row for row in rows}


# The builder's timeline ----------------------------------------------------


def get_versions_without_message(
    user: Any,
    site_id: Any,
    *,
    after: datetime | None = None,
    before: datetime | None = None,
    limit: int = 200,
) -> list[SiteVersion]:
    """The site's versions no message made (hand edits, restores), oldest first, made
    after `after` and before `before`; no manifests loaded."""
    statement = (
        owned(SiteVersion, user)
        .where(SiteVersion.site_id == parse_id(site_id), SiteVersion.created_by_message_id.is_(None))
        .options(so.defer(SiteVersion.manifest, raiseload=True))
    )
    if after is not None:
        statement = statement.where(SiteVersion.created_at > after)
    if before is not None:
        statement = statement.where(SiteVersion.created_at < before)
    newest_first = statement.order_by(SiteVersion.version_number.desc()).limit(limit)
    return list(reversed(db.session.scalars(newest_first).all()))


@dataclass(frozen=True)
class UndoState:
    """What Undo and Redo would restore on a site now (None: not offered)."""

    newest: int
    undo: int | None
    redo: int | None


def get_undo_state(user: Any, site_id: Any) -> UndoState | None:
    """Undo restores the version before the newest; after an undo (a restore of the
    version two back), Redo restores the undone one. Both are ordinary restores."""
    newest = db.session.scalar(
        owned(SiteVersion, user)
        .where(SiteVersion.site_id == parse_id(site_id))
        .options(so.defer(SiteVersion.manifest, raiseload=True))
        .order_by(SiteVersion.version_number.desc())
        .limit(1)
    )
    if newest is None:
        return None
    number = newest.version_number
    if newest.kind == "restored" and newest.restored_from is not None and newest.restored_from == number - 2:
        return UndoState(newest=number, undo=None, redo=number - 1)
    return UndoState(newest=number, undo=number - 1 if number > 1 else None, redo=None)


class Restored(NamedTuple):
    version_number: int  # the new version
    restored: int  # the version whose files it brought back


def restore_offered(user: Any, site_id: Any, version_number: Any, newest: Any) -> Restored:
    """Restore `version_number`, as Undo or Redo offered it while `newest` was the newest
    version; refused if the site has changed since (another tab, the AI)."""
    try:
        number, offered_on = int(version_number), int(newest)
    except (TypeError, ValueError):
        raise InvalidInput("That version could not be restored: reload the page and try again.") from None
    with write_transaction(user):
        site = get_owned(GeneratedSite, user, site_id, for_update=True)
        if site.last_version_number != offered_on:
            raise InvalidInput(
                f"The site has changed since (it is at version {site.last_version_number} now): "
                "nothing was restored. Look again, then choose."
            )
        added = restore_version(user, site.id, number)
    return Restored(added.version_number, number)


# -- The site pages (sites/views.py) -------------------------------------------
# Kept together at the end of the file.


def get_version_record(user: Any, site_id: Any, version_number: Any) -> SiteVersion:
    """One version's row: its details and manifest (the file list), without its contents."""
    return _get_version_row(user, site_id, version_number)
