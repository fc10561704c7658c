"""Generated sites: creating one, listing, reading, changing its details, publishing, deleting.

Each function takes the acting user first; another user's id behaves
exactly like a missing one (NotFound). Versions are never changed or
deleted: restoring adds a new version.
"""

import html
import re
import uuid
from typing import Any

import sqlalchemy as sa

from .. import filestore
from ..database import write_transaction
from ..extensions import db
from ..filestore import FileMap, Manifest
from ..models import GeneratedSite, SiteVersion
from ..ownership import get_owned, owned, owner_id_of
from . import versions
from .conversations import get_conversation
from .validation import InvalidInput, clean_text, clean_title

UNTITLED = "Untitled site"
_UNCHANGED: Any = object()


def create_site(
    user: Any,
    title: str | None,
    files: FileMap,
    conversation_id: Any = None,
    description: str | None = None,
    *,
    message_id: Any = None,
    change_description: str = "Created the site",
) -> GeneratedSite:
    """Create a site from a FileMap, with its version 1."""
    title = clean_title(title) if title else generate_site_title(files)
    if description is not None:
        description = clean_text(description, "description", allow_empty=True) or None
    with write_transaction(user):
        conversation = get_conversation(user, conversation_id) if conversation_id is not None else None
        manifest = filestore.store(owner_id_of(user), files)
        return create_site_from_manifest(
            user,
            conversation.id if conversation else None,
            manifest,
            change_description,
            message_id,
            title=title,
            description=description,
        )


def create_site_from_manifest(
    user: Any,
    conversation_id: uuid.UUID | None,
    manifest: Manifest,
    change_description: str,
    message_id: Any = None,
    *,
    title: str | None = None,
    description: str | None = None,
    message_checked: bool = False,
) -> GeneratedSite:
    """Inside a write transaction: a site and its version 1 from a manifest the file
    store made, titled from its pages unless a title is given (the conversation,
    if any, is the caller's to have checked)."""
    user_id = owner_id_of(user)
    if title is None:
        pages = {path: key for path, key in manifest.items() if path.lower().endswith((".html", ".htm"))}
        title = generate_site_title(filestore.load(user_id, pages))
    site = GeneratedSite(
        user_id=user_id,
        conversation_id=conversation_id,
        title=title,
        description=description,
        manifest=manifest,
    )
    db.session.add(site)
    db.session.flush()
    versions.insert_version(
        user, site.id, manifest, change_description, message_id, message_checked=message_checked
    )
    return site


def get_sites(user: Any, *, limit: int | None = None) -> list[GeneratedSite]:
    """The user's sites, most recently updated first."""
    statement = owned(GeneratedSite, user).order_by(GeneratedSite.updated_at.desc(), GeneratedSite.id)
    if limit is not None:
        statement = statement.limit(limit)
    return list(db.session.scalars(statement))


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


def publish_site(user: Any, site_id: Any, url: str | None = None) -> GeneratedSite:
    """Mark a site published at a public URL (by default, its own path)."""
    if url is not None:
        url = clean_text(url, "published URL", limit=2048)
        if not re.match(r"^(https?://[^\s/]+)?/[^\s]*$", url):
            raise InvalidInput("The published URL must be a path or an http(s) address.")
    with write_transaction(user):
        site = get_site(user, site_id)
        site.is_published = True
        site.published_url = url or f"/p/{site.id}/"
    return site


def unpublish_site(user: Any, site_id: Any) -> GeneratedSite:
    """Take a site offline; its versions and files stay."""
    with write_transaction(user):
        site = get_site(user, site_id)
        site.is_published = False
        site.published_url = None
    return site


def delete_site(user: Any, site_id: Any) -> None:
    """Delete a site with all its versions, and the contents nothing else uses."""
    with write_transaction(user):
        site = get_site(user, site_id)
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
