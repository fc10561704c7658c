"""Review links: a read-only link to one version of a site, or to a compare of two,
for someone without an account.

The owner makes, lists and revokes links (each function takes the acting user
first; another user's site behaves as a missing one). A visitor opens a link
by its token alone: nobody is acting then, so the token is turned into the
link's id and owner first (on PostgreSQL by an owner-run function, since Row
Level Security shows no rows to nobody), and the rest is read as the owner.
Nothing is ever deleted: a revoked or expired link stays listed, and opens nothing.
"""

import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

import sqlalchemy as sa
from flask import current_app

from ..database import write_transaction
from ..extensions import db
from ..models import LABEL_MAX_LENGTH, GeneratedSite, ReviewLink, SiteVersion, utcnow
from ..ownership import NotFound, across_users, act_as, get_owned, owned, parse_id
from .compare import parse_version_number
from .validation import InvalidInput, clean_text

NEVER = "never"
# What secrets.token_urlsafe makes: anything else is no token of ours, and is
# refused before the database is asked.
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")
_SPACES = re.compile(r"\s+")


class ListedLink(NamedTuple):
    """A link as the site page lists it, with its status now: active, revoked or expired."""

    link: ReviewLink
    status: str


@dataclass(frozen=True)
class OpenedLink:
    """A link a visitor opened: the link, and the site it shows (read as its owner)."""

    link: ReviewLink
    site: GeneratedSite

    @property
    def owner_id(self) -> uuid.UUID:
        return self.link.user_id

    @property
    def version_numbers(self) -> tuple[int, ...]:
        """The versions the link shows: one, or the two it compares."""
        link = self.link
        return (link.compare_from, link.compare_to) if link.is_compare else (link.version_number,)


def expiry_choices() -> dict[str, str]:
    """The expiries a new link may have, as form values and their words, in the settings' order."""
    choices = {}
    if current_app.config["REVIEW_LINK_NEVER_EXPIRES"]:
        choices[NEVER] = "Never"
    for days in current_app.config["REVIEW_LINK_EXPIRY_DAYS"]:
        choices[str(days)] = f"In {days} day{'s' if days != 1 else ''}"
    return choices


def default_expiry() -> str:
    """The expiry a new link's form starts with: a week if offered, else the shortest."""
    choices = list(expiry_choices())
    return "7" if "7" in choices else next((c for c in choices if c != NEVER), NEVER)


def status_of(link: ReviewLink, now: datetime | None = None) -> str:
    """Whether a link opens now: "active", "revoked" or "expired"."""
    if link.revoked_at is not None:
        return "revoked"
    if link.expires_at is not None and link.expires_at <= (now or utcnow()):
        return "expired"
    return "active"


def _expires_at(expiry: Any, now: datetime) -> datetime | None:
    choices = expiry_choices()
    value = str(expiry).strip() if expiry is not None else ""
    if value not in choices:
        offered = ", ".join(words.lower() for words in choices.values())
        raise InvalidInput(f"Choose when the link expires: {offered}.")
    return None if value == NEVER else now + timedelta(days=int(value))


def _clean_label(label: Any) -> str | None:
    if label is None:
        return None
    text = _SPACES.sub(" ", clean_text(label, "label", limit=LABEL_MAX_LENGTH, allow_empty=True))
    return text or None


def _versions_shown(
    version: Any, compare_from: Any, compare_to: Any
) -> tuple[int | None, int | None, int | None]:
    """The version, or the compare's two, that a new link names; InvalidInput unless exactly one is named."""
    number = parse_version_number(version)
    old, new = parse_version_number(compare_from), parse_version_number(compare_to)
    if number is not None and (old is not None or new is not None):
        raise InvalidInput("A review link shows one version or a compare of two, not both.")
    if number is None and old is None and new is None:
        raise InvalidInput("Choose the version to share, or two versions to compare.")
    if number is None and (old is None or new is None):
        raise InvalidInput("Choose both versions of the compare.")
    if number is None and old == new:
        raise InvalidInput("Choose two different versions to compare.")
    return number, old, new


def create_review_link(
    user: Any,
    site_id: Any,
    *,
    version: Any = None,
    compare_from: Any = None,
    compare_to: Any = None,
    expires: Any = None,
    label: Any = None,
) -> ReviewLink:
    """Make a link to one version of the user's site (`version`), or to a compare of two,
    expiring as chosen (a number of days from the settings, or "never"), optionally labelled."""
    with write_transaction(user):
        # The site first, locked: a foreign id is missing whatever else is asked, and
        # two links made at once are counted one after the other against the limit.
        site = get_owned(GeneratedSite, user, site_id, for_update=True)
        number, old, new = _versions_shown(version, compare_from, compare_to)
        now = utcnow()
        expires_at = _expires_at(expires, now)
        cleaned_label = _clean_label(label)
        wanted = {n for n in (number, old, new) if n is not None}
        missing = sorted(wanted - _existing_versions(user, site.id, wanted))
        if missing:
            raise InvalidInput(f"This site has no version {missing[0]}.")
        limit = current_app.config["MAX_REVIEW_LINKS_PER_SITE"]
        if _count_active(user, site.id, now) >= limit:
            raise InvalidInput(
                f"This site already has {limit} open review links, the most it may have. Revoke one first."
            )
        link = ReviewLink(
            site_id=site.id,
            user_id=site.user_id,
            token=secrets.token_urlsafe(32),
            version_number=number,
            compare_from=old,
            compare_to=new,
            label=cleaned_label,
            created_at=now,
            expires_at=expires_at,
        )
        db.session.add(link)
    return link


# Version numbers are INTEGER columns: PostgreSQL refuses a larger one rather than find nothing.
_MAX_VERSION_NUMBER = 2**31 - 1


def _existing_versions(user: Any, site_id: uuid.UUID, numbers: set[int]) -> set[int]:
    storable = [n for n in numbers if n <= _MAX_VERSION_NUMBER]
    if not storable:
        return set()
    return set(
        db.session.scalars(
            owned(SiteVersion, user)
            .where(SiteVersion.site_id == site_id, SiteVersion.version_number.in_(storable))
            .with_only_columns(SiteVersion.version_number)
        )
    )


def _count_active(user: Any, site_id: uuid.UUID, now: datetime) -> int:
    return db.session.scalar(
        owned(ReviewLink, user)
        .where(
            ReviewLink.site_id == site_id,
            ReviewLink.revoked_at.is_(None),
            sa.or_(ReviewLink.expires_at.is_(None), ReviewLink.expires_at > now),
        )
        .with_only_columns(sa.func.count(ReviewLink.id))
    )


def revoke_review_link(user: Any, site_id: Any, link_id: Any) -> ReviewLink:
    """Make a link of the user's site open nothing from now on; revoking it again changes nothing.

    The link stays listed, as revoked.
    """
    with write_transaction(user):
        site = get_owned(GeneratedSite, user, site_id)
        key = parse_id(link_id)
        link = (
            db.session.scalar(
                owned(ReviewLink, user).where(ReviewLink.id == key, ReviewLink.site_id == site.id)
            )
            if key is not None
            else None
        )
        if link is None:
            raise NotFound("ReviewLink")
        if link.revoked_at is None:
            link.revoked_at = utcnow()
    return link


def get_review_links(user: Any, site_id: Any) -> list[ListedLink]:
    """The links of the user's site, newest first, each with its status now."""
    site = get_owned(GeneratedSite, user, site_id)
    links = db.session.scalars(
        owned(ReviewLink, user)
        .where(ReviewLink.site_id == site.id)
        .order_by(ReviewLink.created_at.desc(), ReviewLink.id)
    )
    now = utcnow()
    return [ListedLink(link, status_of(link, now)) for link in links]


def get_version_numbers(user: Any, site_id: Any) -> list[tuple[int, str | None]]:
    """The site's versions as a link's form offers them: number and description, newest first."""
    site = get_owned(GeneratedSite, user, site_id)
    rows = db.session.execute(
        owned(SiteVersion, user)
        .where(SiteVersion.site_id == site.id)
        .with_only_columns(SiteVersion.version_number, SiteVersion.change_description)
        .order_by(SiteVersion.version_number.desc())
    )
    return [(number, description) for number, description in rows]


# What the owner-run function returns, where there is no Row Level Security to pass.
_LINK_BY_TOKEN = sa.select(ReviewLink.id.label("link_id"), ReviewLink.user_id).where(
    ReviewLink.token == sa.bindparam("wanted")
)


def open_review_link(token: Any) -> OpenedLink:
    """The link a visitor's token opens, and its site; NotFound when the token is unknown,
    the link revoked or expired, or its site in the trash.

    Makes the link's owner the acting user, so what the link shows is read under
    the owner's policies.
    """
    if not isinstance(token, str) or not _TOKEN.fullmatch(token):
        raise NotFound("ReviewLink")
    rows = across_users("app_review_link", _LINK_BY_TOKEN, {"wanted": token})
    if not rows:
        raise NotFound("ReviewLink")
    link_id, owner_id = rows[0]
    owner_id = parse_id(owner_id)
    act_as(owner_id)
    link = db.session.scalar(owned(ReviewLink, owner_id).where(ReviewLink.id == parse_id(link_id)))
    # The token is compared again as the owner: the lookup is only where to look.
    if link is None or not secrets.compare_digest(link.token, token) or status_of(link) != "active":
        raise NotFound("ReviewLink")
    site = get_owned(GeneratedSite, owner_id, link.site_id)  # a trashed site is missing
    return OpenedLink(link, site)
