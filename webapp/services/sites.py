"""Generated sites: creating one, listing, reading, changing its details, deleting.

Each function takes the acting user first; another user's id behaves
exactly like a missing one (NotFound). A site's files change only through
its versions (versions.py); what is live, only through publishing.py.
"""

import html
import re
import uuid
from typing import Any, NamedTuple

import sqlalchemy as sa
import sqlalchemy.orm as so
from flask import current_app

from .. import filestore
from ..database import flushed_connection, write_transaction
from ..extensions import db
from ..filestore import FileMap, Manifest
from ..models import GeneratedSite, SiteVersion
from ..ownership import NotFound, act_as, get_owned, owned, parse_id
from . import versions
from .conversations import get_conversation
from .validation import InvalidInput, clean_text, clean_title, contains_pattern

UNTITLED = "Untitled site"
_UNCHANGED: Any = object()


def create_site(
    user: Any,
    manifest: Manifest,
    *,
    conversation_id: Any = None,
    title: str | None = None,
    description: str | None = None,
    message_id: Any = None,
    change_description: str | None = "Created the site",
    kind: str = "generated",
    meta: dict | None = None,
    version_facts: dict | None = None,
) -> GeneratedSite:
    """Create a site with its version 1 from a manifest the file store made, titled
    from its pages unless a title is given.

    `version_facts` (created_at, label, note) are passed on to `add_version` for a
    history brought in from a ZIP.
    """
    if title is not None:
        title = clean_title(title)
    if description is not None:
        description = clean_text(description, "description", allow_empty=True) or None
    with write_transaction(user):
        user_id = act_as(user)
        conversation = get_conversation(user, conversation_id) if conversation_id is not None else None
        if title is None:
            pages = {path: key for path, key in manifest.items() if path.lower().endswith((".html", ".htm"))}
            title = generate_site_title(filestore.load(user_id, pages))
        # No files until its version 1 gives it some: a site's files are always its newest version's.
        site = GeneratedSite(
            user_id=user_id,
            conversation_id=conversation.id if conversation else None,
            title=title,
            description=description,
            manifest={},
            meta=dict(meta or {}),
        )
        db.session.add(site)
        db.session.flush()
        versions.add_version(
            user,
            site.id,
            manifest,
            change_description,
            kind=kind,
            message_id=message_id,
            **(version_facts or {}),
        )
    return site


def get_sites(user: Any, *, limit: int | None = None) -> list[GeneratedSite]:
    """The user's sites, most recently updated first."""
    statement = owned(GeneratedSite, user).order_by(GeneratedSite.updated_at.desc(), GeneratedSite.id)
    if limit is not None:
        statement = statement.limit(limit)
    return list(db.session.scalars(statement))


SITE_ORDERS = {
    "updated": (GeneratedSite.updated_at.desc(), GeneratedSite.id),
    "name": (sa.func.lower(GeneratedSite.title), GeneratedSite.id),
}


def get_site_list(
    user: Any, *, query: str | None = None, sort: str = "updated", page: int = 1, per_page: int | None = None
):
    """A page of the user's sites (a Flask-SQLAlchemy Pagination), by last change or by name,
    optionally those whose title contains `query`; their manifests stay unloaded."""
    per_page = per_page or current_app.config["SITES_PER_PAGE"]
    statement = (
        owned(GeneratedSite, user)
        .options(
            so.defer(GeneratedSite.manifest, raiseload=True), so.selectinload(GeneratedSite.conversation)
        )
        .order_by(*SITE_ORDERS.get(sort, SITE_ORDERS["updated"]))
    )
    if query and query.strip():
        statement = statement.where(GeneratedSite.title.ilike(contains_pattern(query), escape="\\"))
    return db.paginate(statement, page=max(1, page), per_page=per_page, error_out=False)


def get_site(user: Any, site_id: Any) -> GeneratedSite:
    """One of the user's sites; NotFound otherwise."""
    return get_owned(GeneratedSite, user, site_id)


def get_site_files(user: Any, site_id: Any) -> FileMap:
    """The site's current files."""
    site = get_site(user, site_id)
    return filestore.load(site.user_id, site.manifest)


def get_site_for_conversation(user: Any, conversation_id: Any) -> GeneratedSite | None:
    """The site a conversation built (its most recent), or None."""
    conversation = get_conversation(user, conversation_id)
    return db.session.scalar(
        owned(GeneratedSite, user)
        .where(GeneratedSite.conversation_id == conversation.id)
        .order_by(GeneratedSite.created_at.desc())
        .limit(1)
    )


class StorageCost(NamedTuple):
    """What a site's history costs: its versions, the bytes the file store keeps for
    them (each distinct content once, compressed), and what full copies would take."""

    versions: int
    stored_bytes: int
    full_copy_bytes: int


# Computed in the database from the manifests and the contents' recorded sizes:
# a site of hundreds of versions would otherwise load every manifest to add them up.
# A content in the bucket (no data in its row) counts its own size.
# `{entries}` expands each manifest into its (path, hash) rows: the one part that
# differs between SQLite and PostgreSQL.
_STORAGE_COST = """
WITH entries AS (
    SELECT e.value AS hash
    FROM site_versions AS v, {entries} AS e
    WHERE v.site_id = :site_id AND v.user_id = :user_id
)
SELECT
    (SELECT count(*) FROM site_versions
     WHERE site_id = :site_id AND user_id = :user_id) AS versions,
    (SELECT coalesce(sum(coalesce(length(c.data), c.size)), 0) FROM file_contents AS c
     WHERE c.user_id = :user_id AND c.hash IN (SELECT hash FROM entries)) AS stored_bytes,
    (SELECT coalesce(sum(c.size), 0) FROM entries
     JOIN file_contents AS c ON c.user_id = :user_id AND c.hash = entries.hash) AS full_copy_bytes
"""
_MANIFEST_ENTRIES = {"postgresql": "jsonb_each_text(v.files)", "sqlite": "json_each(v.files)"}


def get_storage_cost(user: Any, site_id: Any) -> StorageCost:
    """The site's history in bytes: stored once per content, against a full copy per version."""
    site = get_site(user, site_id)
    dialect = db.session.get_bind().dialect.name
    statement = sa.text(_STORAGE_COST.format(entries=_MANIFEST_ENTRIES[dialect])).bindparams(
        sa.bindparam("site_id", type_=sa.Uuid), sa.bindparam("user_id", type_=sa.Uuid)
    )
    row = db.session.execute(statement, {"site_id": site.id, "user_id": site.user_id}).one()
    return StorageCost(int(row.versions), int(row.stored_bytes), int(row.full_copy_bytes))


class LockedSite(NamedTuple):
    """A site held locked by the transaction, and its current files' manifest."""

    id: uuid.UUID
    manifest: Manifest


def lock_site_for_conversation(user: Any, conversation_id: Any) -> LockedSite | None:
    """Inside a write transaction: lock the site a conversation built (its most recent)
    until the transaction ends, and read its current files; None if it has no site yet.

    For a writer that makes the next version from the files it reads: lock before
    reading, so a hand edit saved meanwhile waits, then is kept as a version of its
    own. Core, not the ORM, and built once: a worker's save runs it every turn.
    """
    conversation = parse_id(conversation_id)
    if conversation is None:
        raise NotFound("Conversation")
    params = {"conversation_id": conversation, "user_id": act_as(user)}
    found = flushed_connection().execute(_LOCK_CONVERSATION_SITE, params).first()
    if found is None:
        # No site yet, or no such conversation of the user's: only the first is an answer.
        get_conversation(user, conversation)
        return None
    return LockedSite(*found)


_sites = GeneratedSite.__table__
_LOCK_CONVERSATION_SITE = (
    sa.select(_sites.c.id, _sites.c.files)
    .where(
        _sites.c.conversation_id == sa.bindparam("conversation_id"),
        _sites.c.user_id == sa.bindparam("user_id"),
        _sites.c.deleted_at.is_(None),  # a trashed site is not the conversation's any more
    )
    .order_by(_sites.c.created_at.desc())
    .limit(1)
    .with_for_update()
)


def update_site(
    user: Any,
    site_id: Any,
    *,
    title: str | None = _UNCHANGED,
    description: str | None = _UNCHANGED,
    preview_image: str | None = _UNCHANGED,
    metadata: dict | None = _UNCHANGED,
) -> GeneratedSite:
    """Change a site's details (not its files: those go through versions)."""
    changes: dict[str, Any] = {}
    if title is not _UNCHANGED:
        changes["title"] = clean_title(title)
    if description is not _UNCHANGED:
        changes["description"] = (
            clean_text(description, "description", allow_empty=True) or None
            if description is not None
            else None
        )
    if preview_image is not _UNCHANGED:
        changes["preview_image"] = preview_image
    if metadata is not _UNCHANGED:
        if metadata is not None and not isinstance(metadata, dict):
            raise InvalidInput("A site's metadata must be a mapping.")
        changes["meta"] = dict(metadata or {})
    with write_transaction(user):
        site = get_site(user, site_id)
        for name, value in changes.items():
            setattr(site, name, value)
    return site


def delete_site(user: Any, site_id: Any) -> None:
    """Delete a site in the trash forever, with all its versions, and the contents nothing else uses."""
    with write_transaction(user):
        site = get_owned(GeneratedSite, user, site_id, for_update=True, trashed=True)
        released = set(site.manifest.values())
        for manifest in db.session.scalars(
            sa.select(SiteVersion.manifest).where(
                SiteVersion.site_id == site.id, SiteVersion.user_id == site.user_id
            )
        ):
            released.update(manifest.values())
        db.session.delete(site)
        db.session.flush()
        filestore.collect_garbage(site.user_id, released)


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_H1_TAG = re.compile(r"<h1[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_ANY_TAG = re.compile(r"<[^>]+>")


def generate_site_title(files: FileMap, max_length: int = 80) -> str:
    """A site's title from its files: the HTML <title>, else the first <h1>."""
    pages = [p for p in files if p.lower().endswith((".html", ".htm"))]
    pages.sort(key=lambda p: (p.lower() not in ("index.html", "index.htm"), p.count("/"), p))
    for pattern in (_TITLE_TAG, _H1_TAG):
        for path in pages:
            content = files[path]
            if isinstance(content, bytes):
                content = content.decode("utf-8", "replace")
            found = pattern.search(content)
            if found:
                text = html.unescape(_ANY_TAG.sub("", found.group(1)))
                text = re.sub(r"\s+", " ", text).strip()
                if text:
                    return text if len(text) <= max_length else text[: max_length - 1] + "…"
    return UNTITLED
