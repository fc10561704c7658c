"""Data builders for tests (as CTFd's gen_* helpers): each makes one thing through
the same service functions production calls, so tests exercise the real write path.

Imported by name (`import builders`), as `support` is: `conftest` is ambiguous.
"""

import uuid
from typing import Any

from webapp import filestore
from webapp.database import write_transaction
from webapp.extensions import db
from webapp.filestore import FileMap
from webapp.generation import runs
from webapp.models import Conversation, GeneratedSite, PublishEvent, ReviewLink, SiteImport, UserSession
from webapp.ownership import owner_id_of
from webapp.services import conversations, sites, versions


def conversation(user: Any, title: str = "Chat") -> Conversation:
    """A conversation of the user's."""
    return conversations.create_conversation(user, title)


def message(user: Any, conversation_id: Any, content: str = "Hello", role: str = "user") -> uuid.UUID:
    """A message in one of the user's conversations; its id."""
    return conversations.add_message(user, conversation_id, role, content)


def snapshot(user: Any, conversation_id: Any, files: FileMap, message_id: Any = None) -> uuid.UUID:
    """A snapshot of these files in one of the user's conversations; its id.

    The files are stored as a worker's save stores them, in the same transaction.
    """
    with write_transaction(user):
        manifest = filestore.store(owner_id_of(user), files)
        return conversations.add_snapshot(user, conversation_id, manifest, message_id)


def site(
    user: Any,
    files: FileMap,
    *,
    conversation_id: Any = None,
    title: str | None = "Site",
    description: str | None = None,
    message_id: Any = None,
) -> GeneratedSite:
    """A site of the user's with these files as its version 1 (titled from its pages if `title` is None)."""
    with write_transaction(user):
        manifest = filestore.store(owner_id_of(user), files)
        return sites.create_site(
            user,
            manifest,
            conversation_id=conversation_id,
            title=title,
            description=description,
            message_id=message_id,
        )


def version(
    user: Any,
    site_id: Any,
    files: FileMap,
    description: str | None = None,
    *,
    kind: str = "generated",
    message_id: Any = None,
) -> versions.AddedVersion:
    """The next version of one of the user's sites, with these files."""
    with write_transaction(user):
        manifest = filestore.store(owner_id_of(user), files)
        return versions.add_version(user, site_id, manifest, description, kind=kind, message_id=message_id)


def one_of_everything(owner: Any) -> dict:
    """At least one row of the user's in every owned table; the ids of the main ones."""
    chat = conversations.create_conversation(owner, "Chat")
    message_id = conversations.add_message(owner, chat.id, "user", "hello")
    snapshot(owner, chat.id, {"a.html": "a"}, message_id)
    made = site(owner, {"a.html": "a"}, conversation_id=chat.id, message_id=message_id)
    runs.start_generation(owner, chat.id, "Add a page", uuid.uuid4().hex)
    # Rows of the tables whose services need more than a call, written as those write them.
    with write_transaction(owner):
        user_id = owner_id_of(owner)
        db.session.add(
            PublishEvent(site_id=made.id, user_id=user_id, action="published", slug="s", version_number=1)
        )
        db.session.add(ReviewLink(site_id=made.id, user_id=user_id, token=uuid.uuid4().hex, version_number=1))
        db.session.add(SiteImport(user_id=user_id, filename="site.zip", size=1, data=b"x"))
        db.session.add(UserSession(user_id=user_id))
    return {"conversation": chat.id, "message": message_id, "site": made.id}
