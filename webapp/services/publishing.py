"""Publishing: pinning a version of a site at a public address, rolling it back or
forward, taking it offline, moving it, and the log of all of it.

What is live is `published_version`, never the current files: editing the site,
restoring or generating a version changes nothing at the public address until
the user publishes again. Each function that changes what is live writes one line
of the site's publish log in the same transaction.

Each function takes the acting user first; another user's id behaves exactly
like a missing one (NotFound). `get_published` is the exception: it serves
visitors, who act as nobody, so it finds the owner by the slug first.
"""

import re
import unicodedata
import uuid
from typing import Any, NamedTuple

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import flag_modified

from .. import filestore
from ..database import write_transaction
from ..extensions import db
from ..filestore import Manifest
from ..models import SLUG_MAX_LENGTH, GeneratedSite, PublishEvent, SiteVersion, utcnow
from ..ownership import NotFound, across_users, act_as_owner_found, get_owned, owned
from . import versions
from .validation import InvalidInput

# Where published sites live on the published host (or the app's, by default).
PUBLISHED_PREFIX = "/p"
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Addresses that read as the product's own, or that people would mistake for it.
RESERVED_SLUGS = frozenset(
    {"admin", "api", "app", "assets", "help", "login", "logout", "new", "p", "preview", "signup",
     "sites", "static", "support", "www"}
)  # fmt: skip
# A first publish tries the title's slug, then -2, -3…; past this many it adds random letters.
_NUMBERED_TRIES = 50
# A concurrent first publish may take the same slug between the check and the write:
# the UNIQUE constraint refuses the second, which tries again with the next one.
_SAVE_TRIES = 3


def published_base() -> str:
    """PUBLISHED_BASE_URL without its trailing slash ("" when sites share the app's host)."""
    return (current_app.config.get("PUBLISHED_BASE_URL") or "").strip().rstrip("/")


def public_address(slug: str) -> str:
    """The public URL of a slug: on PUBLISHED_BASE_URL's origin if set, else a path on the app's host."""
    return f"{published_base()}{PUBLISHED_PREFIX}/{slug}/"


def clean_slug(value: object) -> str:
    """A slug as typed, checked: lower-case letters, digits and single hyphens, 1 to 63 characters."""
    if not isinstance(value, str):
        raise InvalidInput("The address must be text.")
    # Forgiving about case and surrounding spaces only: anything else is shown back as refused.
    slug = value.strip().lower()
    if not slug:
        raise InvalidInput("The address cannot be empty.")
    if len(slug) > SLUG_MAX_LENGTH:
        raise InvalidInput(f"The address can be at most {SLUG_MAX_LENGTH} characters.")
    if not SLUG_PATTERN.match(slug):
        raise InvalidInput(
            "The address may use lower-case letters, digits and single hyphens between them, "
            "like “my-bakery-2”."
        )
    if slug in RESERVED_SLUGS:
        raise InvalidInput(f"The address “{slug}” is reserved. Choose another.")
    return slug


def slug_from_title(title: str) -> str:
    """A slug made from a title, ASCII-folded: "Café Olé!" gives "cafe-ole" (never empty)."""
    # Apostrophes go: "Luigi's" is "luigis", not "luigi-s".
    title = re.sub("['\u2019]", "", title)
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug[:SLUG_MAX_LENGTH].rstrip("-") or "site"


def slug_taken(slug: str) -> bool:
    """Whether any site of any user has this slug (published or not: it is kept for the owner)."""
    rows = across_users("app_slug_taken", _SLUG_TAKEN, {"wanted": slug})
    return bool(rows and rows[0][0])


def _free_slug(title: str) -> str:
    base = slug_from_title(title)
    for n in range(1, _NUMBERED_TRIES + 1):
        suffix = "" if n == 1 else f"-{n}"
        candidate = base[: SLUG_MAX_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in RESERVED_SLUGS and not slug_taken(candidate):
            return candidate
    suffix = f"-{uuid.uuid4().hex[:8]}"
    return base[: SLUG_MAX_LENGTH - len(suffix)].rstrip("-") + suffix


def _lock_site(user: Any, site_id: Any) -> GeneratedSite:
    # Locked: two tabs publishing at once log in the order they take effect.
    return get_owned(GeneratedSite, user, site_id, for_update=True)


def _keep_updated_at(site: GeneratedSite) -> None:
    # Publishing is not a change to the site's files: the list's "Changed" stays put.
    # (Unless it closed a burst of hand edits: then the new version moved it already.)
    if "updated_at" in sa.inspect(site).dict:
        flag_modified(site, "updated_at")


def _log(site: GeneratedSite, action: str) -> None:
    db.session.add(
        PublishEvent(
            site_id=site.id,
            user_id=site.user_id,
            action=action,
            version_number=site.published_version,
            slug=site.slug,
        )
    )


def _slug_conflict(error: IntegrityError) -> bool:
    return "slug" in str(error.orig).lower()


class Published(NamedTuple):
    """What a publish did: the site, and the action logged (None: that version was live already)."""

    site: GeneratedSite
    action: str | None


def publish(user: Any, site_id: Any, version_number: Any = None) -> Published:
    """Make a version live (None: the current one, after closing any open burst of hand edits).

    An older version than the live one is a rollback, a newer one a roll forward;
    publishing the version already live changes nothing.
    """
    for attempt in range(_SAVE_TRIES):
        try:
            with write_transaction(user):
                return _publish(user, site_id, version_number)
        except IntegrityError as error:
            if not _slug_conflict(error):
                raise
            if attempt == _SAVE_TRIES - 1:
                raise InvalidInput("Another site took that address at the same moment: try again.") from None
    raise AssertionError("unreachable")


def _publish(user: Any, site_id: Any, version_number: Any) -> Published:
    site = _lock_site(user, site_id)
    if version_number is None:
        if site.draft_paths is not None:
            # What goes live must be a numbered version, findable in the history.
            versions.close_edit_burst(user, site.id)
        number = site.last_version_number
        if not number:
            raise InvalidInput("A site needs a version before it can be published.")
    else:
        number = versions.get_version_record(user, site.id, version_number).version_number
    live = site.published_version
    if live == number:
        return Published(site, None)
    if live is None:
        action = "published"
    elif number < live:
        action = "rolled_back"
    else:
        action = "rolled_forward"
    if site.slug is None:
        site.slug = _free_slug(site.title)
    site.published_version = number
    site.is_published = True
    site.published_url = public_address(site.slug)
    site.published_at = utcnow()
    _keep_updated_at(site)
    _log(site, action)
    db.session.flush()
    return Published(site, action)


def unpublish(user: Any, site_id: Any) -> GeneratedSite:
    """Take the site offline at once; its address is kept for the next publish."""
    with write_transaction(user):
        site = _lock_site(user, site_id)
        if site.published_version is None:
            return site
        site.published_version = None
        site.is_published = False
        site.published_url = None
        site.published_at = None
        _keep_updated_at(site)
        _log(site, "unpublished")
    return site


def change_slug(user: Any, site_id: Any, slug: object) -> GeneratedSite:
    """Move the site to a new address; the old one answers 404 at once."""
    wanted = clean_slug(slug)
    try:
        with write_transaction(user):
            site = _lock_site(user, site_id)
            if site.slug == wanted:
                return site
            if slug_taken(wanted):
                raise InvalidInput(f"The address “{wanted}” is taken. Choose another.")
            site.slug = wanted
            if site.published_version is not None:
                site.published_url = public_address(wanted)
            _keep_updated_at(site)
            _log(site, "moved")
            db.session.flush()
    except IntegrityError as error:
        if not _slug_conflict(error):
            raise
        raise InvalidInput(f"The address “{wanted}” is taken. Choose another.") from None
    return site


def get_publish_log(user: Any, site_id: Any, *, limit: int | None = None) -> list[PublishEvent]:
    """The site's publish log, newest first (at most `limit` lines, PUBLISH_LOG_LENGTH by default)."""
    site = get_owned(GeneratedSite, user, site_id)
    limit = limit or current_app.config["PUBLISH_LOG_LENGTH"]
    return list(
        db.session.scalars(
            owned(PublishEvent, user)
            .where(PublishEvent.site_id == site.id)
            .order_by(PublishEvent.created_at.desc(), PublishEvent.id)
            .limit(limit)
        )
    )


class PublishedSite(NamedTuple):
    """What a visitor's request needs of a live site: whose it is, and the live version's files."""

    user_id: uuid.UUID
    site_id: uuid.UUID
    version_number: int
    manifest: Manifest


def get_published(slug: str) -> PublishedSite | None:
    """The live site at this slug, for a visitor; None if no untrashed site is published there."""
    if not SLUG_PATTERN.match(slug) or len(slug) > SLUG_MAX_LENGTH:
        return None
    # The rest is read as the owner, under the same policies as everything else.
    found = act_as_owner_found("app_published_site", _PUBLISHED_SITE, {"wanted": slug})
    if found is None:
        return None
    site_id, user_id = found.site_id, found.user_id
    row = db.session.execute(_LIVE_VERSION, {"site_id": site_id, "user_id": user_id}).first()
    if row is None:  # unpublished or trashed in between
        return None
    return PublishedSite(user_id, site_id, row.version_number, row.files)


class PublishedFile(NamedTuple):
    """One file of a live site, for a visitor: its content key (None: the live version has
    no such file) and its content (None too when the visitor already holds that key)."""

    content_key: str | None
    content: str | bytes | None


def get_published_file(slug: str, path: str, known_key: str | None = None) -> PublishedFile | None:
    """One file of the site live at this slug, read in one statement: the site, the live
    version's key for the path and the content together (None if nothing is live there).
    The content is left out when it is `known_key`, the one the visitor's cache holds."""
    if not SLUG_PATTERN.match(slug) or len(slug) > SLUG_MAX_LENGTH:
        return None
    session = db.session()
    if session.get_bind().dialect.name != "postgresql":
        # An embedded database has no round trips to save: the site, then the content.
        return _published_file_in_two_steps(slug, path, known_key)
    # Public by publishing, so read by an owner-run function (migration 0012): nobody
    # is acting, and one statement serves the file. It runs alone, outside a transaction
    # (autocommit: no BEGIN, no ROLLBACK), since every visitor's request pays for each
    # round trip.
    params = {"wanted_slug": slug, "wanted_path": path, "known_key": known_key}
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        row = connection.execute(_PUBLISHED_FILE, params).first()
    if row is None:
        return None
    if row.content_key is None or row.content_key == known_key:
        return PublishedFile(row.content_key, None)
    if row.data is None:
        # A large content whose bytes are in the bucket: the embedded database's way, which
        # reads it through the file store (and sees a publish made since, if one was).
        return _published_file_in_two_steps(slug, path, known_key)
    return PublishedFile(row.content_key, filestore.decode(row.is_text, row.data, row.compression))


def _published_file_in_two_steps(slug: str, path: str, known_key: str | None) -> PublishedFile | None:
    site = get_published(slug)
    if site is None:
        return None
    key = site.manifest.get(path)
    if key is None or key == known_key:
        return PublishedFile(key, None)
    return PublishedFile(key, filestore.load_one(site.user_id, site.manifest, path))


def require_published(slug: str) -> PublishedSite:
    """`get_published`, raising NotFound when nothing is live there."""
    found = get_published(slug)
    if found is None:
        raise NotFound("GeneratedSite")
    return found


# Built once: every visitor's request runs them.
_sites = GeneratedSite.__table__
_versions = SiteVersion.__table__
# The SQLite side of the owner-run functions of migration 0009, same columns, same rows.
_PUBLISHED_SITE = sa.select(_sites.c.id.label("site_id"), _sites.c.user_id).where(
    _sites.c.slug == sa.bindparam("wanted"),
    _sites.c.published_version.is_not(None),
    _sites.c.deleted_at.is_(None),
)
_SLUG_TAKEN = sa.select(sa.exists().where(_sites.c.slug == sa.bindparam("wanted")))
# The live version's manifest, through the site row so a site unpublished or
# trashed since the lookup serves nothing.
_LIVE_VERSION = (
    sa.select(_versions.c.version_number, _versions.c.files)
    .join(
        _sites,
        sa.and_(
            _sites.c.id == _versions.c.site_id,
            _sites.c.user_id == _versions.c.user_id,
            _sites.c.published_version == _versions.c.version_number,
        ),
    )
    .where(
        _sites.c.id == sa.bindparam("site_id", type_=sa.Uuid),
        _sites.c.user_id == sa.bindparam("user_id", type_=sa.Uuid),
        _sites.c.deleted_at.is_(None),
    )
)


_PUBLISHED_FILE = sa.text("SELECT * FROM app_published_file(:wanted_slug, :wanted_path, :known_key)")
