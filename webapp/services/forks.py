"""Starting again from a site: a new site from one of its versions (a fork), or a new
conversation on a site whose own conversation is gone.

Each function takes the acting user first and is one write transaction;
another user's site, a trashed one or a missing version is NotFound, and
then nothing is written.
"""

import uuid
from typing import Any, NamedTuple

import sqlalchemy as sa
from flask import current_app

from ..database import write_transaction
from ..extensions import db
from ..models import Conversation, GeneratedSite, Message, SiteVersion
from ..ownership import NotFound, get_owned, owned, parse_id
from . import conversations, sites, versions

COPY_SUFFIX = " (copy)"


def copy_title(title: str) -> str:
    """ "<title> (copy)", the title shortened if need be to stay within MAX_TITLE_LENGTH."""
    limit = current_app.config["MAX_TITLE_LENGTH"]
    if len(title) + len(COPY_SUFFIX) > limit:
        title = title[: limit - len(COPY_SUFFIX) - 1].rstrip() + "…"
    return title + COPY_SUFFIX


def fork_version(user: Any, site_id: Any, version_number: Any) -> tuple[GeneratedSite, Conversation]:
    """A new site whose version 1 holds the files of one version of another, with a new
    conversation to carry on in; the original and its versions are untouched."""
    with write_transaction(user):
        original = sites.get_site(user, site_id)
        version = versions.get_version_record(user, original.id, version_number)
        number = version.version_number
        title = copy_title(original.title)
        conversation = conversations.create_conversation(
            user, title, meta={"forked_from": {"site_id": str(original.id), "version": number}}
        )
        # The note comes first, so the chat reads it before the fork's version 1.
        note = f"This site started as a copy of {original.title}, version {number}."
        conversations.add_message(user, conversation.id, "system", note)
        # The manifest names contents the user's store already holds: nothing is copied.
        site = sites.create_site(
            user,
            dict(version.manifest),
            conversation_id=conversation.id,
            title=title,
            description=original.description,
            change_description=f"Forked from {original.title} version {number}",
            kind="forked",
        )
        # Kept on the site itself, so its page can link back whatever becomes of the conversation.
        origin = {"site_id": str(original.id), "version": number, "title": original.title}
        site.meta = {**(site.meta or {}), "forked_from": origin}
    return site, conversation


class ForkOrigin(NamedTuple):
    """Where a forked site came from: the original's title and version, and its id while
    it can still be opened (None once it is in the trash or deleted)."""

    title: str
    version_number: int
    site_id: uuid.UUID | None


def get_fork_origin(user: Any, site: GeneratedSite) -> ForkOrigin | None:
    """The site this one was forked from, or None if it was not forked."""
    origin = (site.meta or {}).get("forked_from")
    if origin is None and site.conversation is not None:
        # Forks made before sites kept their origin: their conversation knows it.
        origin = (site.conversation.meta or {}).get("forked_from")
    if not isinstance(origin, dict) or not isinstance(origin.get("version"), int):
        return None
    try:
        original = sites.get_site(user, parse_id(origin.get("site_id")))
    except NotFound:
        title = origin.get("title")
        return ForkOrigin(title if isinstance(title, str) else "another site", origin["version"], None)
    # The original's title as it is now: it may have been renamed since.
    return ForkOrigin(original.title, origin["version"], original.id)


def continue_site(user: Any, site_id: Any) -> Conversation:
    """A conversation to go on building the site in: a new one that becomes the site's,
    if its own was deleted or is in the trash; otherwise its own (nothing is written)."""
    with write_transaction(user):
        # Locked: two Continues at once make one conversation, the second finds it.
        site = get_owned(GeneratedSite, user, site_id, for_update=True)
        if site.live_conversation_id is not None:
            return site.conversation
        number = site.last_version_number
        conversation = conversations.create_conversation(
            user, site.title, meta={"continued_from": {"site_id": str(site.id), "version": number}}
        )
        note = f"Continuing {site.title} from version {number}."
        conversations.add_message(user, conversation.id, "system", note)
        # The builder works on a conversation's site: this one is now the new conversation's.
        site.conversation_id = conversation.id
    return conversation


def get_moved_site(user: Any, conversation_id: Any, *, for_update: bool = False) -> GeneratedSite | None:
    """A site this conversation built that is now built in another one ("Continue in the
    builder" gave it a new conversation while this one was in the trash), if it has no
    site of its own; else None."""
    conversation = conversations.get_conversation(user, conversation_id)
    if sites.get_site_for_conversation(user, conversation.id) is not None:
        return None
    made_here = (
        sa.select(SiteVersion.site_id)
        .join(Message, Message.id == SiteVersion.created_by_message_id)
        .where(Message.conversation_id == conversation.id, Message.user_id == conversation.user_id)
    )
    statement = (
        owned(GeneratedSite, user)
        .where(GeneratedSite.id.in_(made_here), GeneratedSite.conversation_id != conversation.id)
        .order_by(GeneratedSite.updated_at.desc())
        .limit(1)
    )
    if for_update:
        statement = statement.with_for_update()
    return db.session.scalar(statement)


def build_here_again(user: Any, conversation_id: Any) -> GeneratedSite:
    """Make the site this conversation built its site again, taking it from the conversation
    it moved to; the next message here makes its next version. NotFound if there is none."""
    conversations.get_conversation(user, conversation_id)  # another user's id: missing, before any write
    with write_transaction(user):
        site = get_moved_site(user, conversation_id, for_update=True)
        if site is None:
            raise NotFound("site")
        site.conversation_id = parse_id(conversation_id)
        note = f"Building {site.title} here again, from version {site.last_version_number}."
        conversations.add_message(user, site.conversation_id, "system", note)
    return site
