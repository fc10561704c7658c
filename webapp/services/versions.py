"""A site's numbered versions: adding one, its history, reading and restoring one.

Each function takes the acting user first; another user's id behaves
exactly like a missing one (NotFound). Versions are never changed or
deleted: restoring adds a new version.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
import sqlalchemy.orm as so
from flask import current_app

from .. import filestore
from ..database import write_transaction
from ..extensions import db
from ..filestore import FileMap, Manifest
from ..models import GeneratedSite, Message, SiteVersion, utcnow
from ..ownership import NotFound, act_as, get_owned, owned, owner_id_of, parse_id


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


def create_version(
    user: Any,
    site_id: Any,
    files: FileMap,
    description: str | None = None,
    message_id: Any = None,
) -> SiteVersion:
    """Add the next version of a site with these files; they become its current files."""
    with write_transaction(user):
        site = get_owned(GeneratedSite, user, site_id)
        manifest = filestore.store(site.user_id, files)
        return record_version(user, site.id, manifest, description, message_id)


def update_site_files(
    user: Any, site_id: Any, files: FileMap, description: str | None = None, message_id=None
) -> SiteVersion:
    """Replace a site's files, recording them as its next version."""
    return create_version(user, site_id, files, description, message_id)


def record_version(
    user: Any,
    site_id: uuid.UUID,
    manifest: Manifest,
    description: str | None,
    message_id: Any,
    kind: str = "generated",
) -> SiteVersion:
    """Add the next version from a manifest the file store made (inside a write
    transaction), and return it; see `insert_version`."""
    return db.session.get(SiteVersion, insert_version(user, site_id, manifest, description, message_id, kind))


def insert_version(
    user: Any,
    site_id: uuid.UUID,
    manifest: Manifest,
    description: str | None,
    message_id: Any,
    kind: str = "generated",
    *,
    message_checked: bool = False,
    previous: Manifest | None = None,
    locked: sa.Row | None = None,
) -> uuid.UUID:
    """Add the next version from a manifest the file store made (inside a write
    transaction); return its id. Core statements: a worker's save runs this
    every turn.

    `message_checked`: the caller has just written that message; `previous`:
    the newest version's manifest, when the caller holds it; `locked`: the
    site's row as `lock_site_state` gave it in this transaction.
    """
    user_id = owner_id_of(user)
    if message_id is not None and not message_checked:
        found = db.session.scalar(
            sa.select(Message.id).where(Message.id == parse_id(message_id), Message.user_id == user_id)
        )
        if found is None:
            raise NotFound("Message")
        message_id = found
    state = locked if locked is not None else lock_site_state(user_id, site_id=site_id)
    if state is None:
        raise NotFound("GeneratedSite")
    last = state.last_version_number
    if kind != "edited" and state.draft_paths is not None:
        # Hand edits since the last version are kept as a version of their own first.
        last = seal_edits(user, site_id).version_number
    # Changes are counted against the version before, not the current files.
    before = previous
    if before is None or last != state.last_version_number:
        before = db.session.scalar(
            sa.select(SiteVersion.manifest).where(
                SiteVersion.site_id == site_id,
                SiteVersion.user_id == user_id,
                SiteVersion.version_number == last,
            )
        )
    now = utcnow()
    # Any other version makes an open editor's text stale.
    bump = _BUMP_VERSION_AND_DRAFT if kind != "edited" and state.last_version_number else _BUMP_VERSION
    connection = db.session.connection()
    number = connection.execute(
        bump, {"site_id": site_id, "owner_id": user_id, "files": manifest, "updated_at": now}
    ).scalar_one()
    _forget(GeneratedSite, site_id)
    version_id = uuid.uuid4()
    connection.execute(
        _INSERT_VERSION,
        {
            "id": version_id,
            "site_id": site_id,
            "user_id": user_id,
            "version_number": number,
            "files": manifest,
            "created_by_message_id": message_id,
            "change_description": description,
            "kind": kind,
            "changed_paths": filestore.changed_paths(before or {}, manifest),
            "created_at": now,
        },
    )
    return version_id


def _forget(model: type, row_id: uuid.UUID) -> None:
    """Expire the session's copy of a row that a Core statement just changed."""
    found = db.session.identity_map.get(db.session.identity_key(model, row_id))
    if found is not None:
        db.session.expire(found)


# What adding a version needs of a site, read under its row lock: built once,
# as a worker's save runs them every turn.
_SITE_STATE = sa.select(
    GeneratedSite.id,
    GeneratedSite.manifest.label("manifest"),
    GeneratedSite.last_version_number,
    GeneratedSite.draft_paths,
).where(GeneratedSite.user_id == sa.bindparam("user_id"))
_LOCK_SITE_BY_ID = _SITE_STATE.where(GeneratedSite.id == sa.bindparam("site_id")).with_for_update()
_LOCK_CONVERSATION_SITE = (
    _SITE_STATE.where(GeneratedSite.conversation_id == sa.bindparam("conversation_id"))
    .order_by(GeneratedSite.created_at.desc())
    .limit(1)
    .with_for_update()
)
_sites = GeneratedSite.__table__
_BUMP_VERSION = (
    sa.update(_sites)
    .where(_sites.c.id == sa.bindparam("site_id"), _sites.c.user_id == sa.bindparam("owner_id"))
    .values(last_version_number=_sites.c.last_version_number + 1)
    .returning(_sites.c.last_version_number)
)
# The files changed under any open editor: its next save must not overwrite them.
_BUMP_VERSION_AND_DRAFT = _BUMP_VERSION.values(draft_revision=_sites.c.draft_revision + 1)
_INSERT_VERSION = sa.insert(SiteVersion.__table__)


def lock_site_state(
    user: Any, *, site_id: uuid.UUID | None = None, conversation_id: uuid.UUID | None = None
) -> sa.Row | None:
    """Inside a write transaction: lock the user's site (by its id, or a
    conversation's newest) and read what adding a version needs: its id,
    current manifest, version counter and open hand edits.

    Lock before reading: a concurrent writer waits here, then reads the
    counter and files this one leaves behind.
    """
    user_id = act_as(user)
    if site_id is not None:
        statement, params = _LOCK_SITE_BY_ID, {"user_id": user_id, "site_id": site_id}
    else:
        statement, params = _LOCK_CONVERSATION_SITE, {"user_id": user_id, "conversation_id": conversation_id}
    return db.session.connection().execute(statement, params).first()


def seal_edits(user: Any, site_id: Any) -> SiteVersion | None:
    """Turn the site's open burst of hand edits into one "edited" version (inside a
    write transaction); None if there is no open burst."""
    user_id = owner_id_of(user)
    site = db.session.scalar(
        owned(GeneratedSite, user).where(GeneratedSite.id == parse_id(site_id)).with_for_update()
    )
    if site is None:
        raise NotFound("GeneratedSite")
    paths = site.draft_paths
    if paths is None:
        return None
    site.draft_paths = None
    site.draft_updated_at = None
    db.session.flush()
    return record_version(
        user_id, site.id, dict(site.manifest), f"Edited {', '.join(paths)}", None, kind="edited"
    )


def get_site_versions(user: Any, site_id: Any, *, page: int = 1, per_page: int | None = None) -> VersionPage:
    """A page of the site's versions, newest first; manifests and contents stay unloaded."""
    site = get_owned(GeneratedSite, user, site_id)
    per_page = per_page or current_app.config["VERSIONS_PER_PAGE"]
    page = max(1, int(page))
    scope = owned(SiteVersion, user).where(SiteVersion.site_id == site.id)
    total = db.session.scalar(sa.select(sa.func.count()).select_from(scope.subquery()))
    items = db.session.scalars(
        scope.options(so.defer(SiteVersion.manifest, raiseload=True))
        .order_by(SiteVersion.version_number.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return VersionPage(items=list(items), page=page, per_page=per_page, total=total)


def _get_version_row(user: Any, site_id: Any, version_number: Any) -> SiteVersion:
    site = get_owned(GeneratedSite, user, site_id)
    try:
        number = int(version_number)
    except (TypeError, ValueError):
        raise NotFound("SiteVersion") from None
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


def restore_version(user: Any, site_id: Any, version_number: Any) -> SiteVersion:
    """Make an old version current again by adding it as the newest version.

    Nothing is deleted or changed: undoing a restore is another restore.
    """
    with write_transaction(user):
        row = _get_version_row(user, site_id, version_number)
        return record_version(
            user,
            row.site_id,
            dict(row.manifest),
            f"Restored version {row.version_number}",
            None,
            kind="restored",
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
