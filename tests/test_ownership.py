"""Another user's id behaves exactly like a missing one, for every service function."""

import uuid

import builders
import pytest

from webapp.database import write_transaction
from webapp.ownership import NotFound
from webapp.services import conversations, publishing, sites, trash, versions

FILES = {"index.html": "<title>Theirs</title>"}


def lock_site_for_conversation(user, conversation_id):
    """A writer's lock on a conversation's site, inside the write transaction it needs."""
    with write_transaction(user):
        return sites.lock_site_for_conversation(user, conversation_id)


# Each entry: a call made by the acting user with ids that must resolve to the
# owner's data. `ids` holds the owner's conversation, message and site.
SERVICE_CALLS = {
    "get_conversation": lambda u, ids: conversations.get_conversation(u, ids["conversation"]),
    "get_messages": lambda u, ids: conversations.get_messages(u, ids["conversation"]),
    "get_messages_before": lambda u, ids: conversations.get_messages(
        u, ids["own_conversation"], before=ids["message"]
    ),
    "count_messages": lambda u, ids: conversations.count_messages(u, ids["conversation"]),
    "add_message": lambda u, ids: conversations.add_message(u, ids["conversation"], "user", "hi"),
    "add_snapshot": lambda u, ids: builders.snapshot(u, ids["conversation"], FILES),
    "add_snapshot_with_message": lambda u, ids: builders.snapshot(
        u, ids["own_conversation"], FILES, ids["message"]
    ),
    "add_snapshot_with_message_elsewhere": lambda u, ids: builders.snapshot(
        u, ids["conversation"], FILES, ids["own_message"]
    ),
    "get_latest_snapshot": lambda u, ids: conversations.get_latest_snapshot(u, ids["conversation"]),
    "update_conversation_title": lambda u, ids: conversations.update_conversation_title(
        u, ids["conversation"], "Mine now"
    ),
    "delete_conversation": lambda u, ids: conversations.delete_conversation(u, ids["conversation"]),
    "create_site_in_conversation": lambda u, ids: builders.site(
        u, FILES, conversation_id=ids["conversation"], title="Mine"
    ),
    "create_site_with_message": lambda u, ids: builders.site(
        u, FILES, title="Mine", message_id=ids["message"]
    ),
    "get_site": lambda u, ids: sites.get_site(u, ids["site"]),
    "get_site_files": lambda u, ids: sites.get_site_files(u, ids["site"]),
    "get_site_for_conversation": lambda u, ids: sites.get_site_for_conversation(u, ids["conversation"]),
    "lock_site_for_conversation": lambda u, ids: lock_site_for_conversation(u, ids["conversation"]),
    "update_site": lambda u, ids: sites.update_site(u, ids["site"], title="Mine"),
    "add_version": lambda u, ids: builders.version(u, ids["site"], FILES),
    "add_version_with_message": lambda u, ids: builders.version(
        u, ids["own_site"], FILES, message_id=ids["message"]
    ),
    "get_site_versions": lambda u, ids: versions.get_site_versions(u, ids["site"]),
    "get_version": lambda u, ids: versions.get_version(u, ids["site"], 1),
    "restore_version": lambda u, ids: versions.restore_version(u, ids["site"], 1),
    "close_edit_burst": lambda u, ids: versions.close_edit_burst(u, ids["site"]),
    "publish": lambda u, ids: publishing.publish(u, ids["site"]),
    "publish_version": lambda u, ids: publishing.publish(u, ids["site"], 1),
    "unpublish": lambda u, ids: publishing.unpublish(u, ids["site"]),
    "change_slug": lambda u, ids: publishing.change_slug(u, ids["site"], "mine-now"),
    "get_publish_log": lambda u, ids: publishing.get_publish_log(u, ids["site"]),
    "delete_site": lambda u, ids: sites.delete_site(u, ids["site"]),
    "move_conversation_to_trash": lambda u, ids: trash.move_to_trash(u, "conversation", ids["conversation"]),
    "move_site_to_trash": lambda u, ids: trash.move_to_trash(u, "site", ids["site"]),
    "restore_from_trash": lambda u, ids: trash.restore_from_trash(u, "site", ids["site"]),
    "get_trashed": lambda u, ids: trash.get_trashed(u, "conversation", ids["conversation"]),
    "delete_forever": lambda u, ids: trash.delete_forever(u, "site", ids["site"]),
}


def make_owned_things(owner):
    conversation = conversations.create_conversation(owner, "Private chat")
    message = conversations.add_message(owner, conversation.id, "user", "secret plans")
    builders.snapshot(owner, conversation.id, FILES, message)
    site = builders.site(
        owner, FILES, conversation_id=conversation.id, title="Private site", message_id=message
    )
    publishing.publish(owner, site.id)
    return {"conversation": conversation.id, "message": message, "site": site.id}


def state_of(owner, ids):
    """Everything about the owner's things that a foreign call could change."""
    site = sites.get_site(owner, ids["site"])
    return {
        "title": conversations.get_conversation(owner, ids["conversation"]).title,
        "messages": conversations.count_messages(owner, ids["conversation"]),
        "snapshot": conversations.get_latest_snapshot(owner, ids["conversation"]).files,
        "site": (site.title, site.last_version_number, site.is_published, site.published_version, site.slug),
        "publish_log": len(publishing.get_publish_log(owner, ids["site"])),
        "sites": len(sites.get_sites(owner)),
    }


@pytest.mark.parametrize("call", SERVICE_CALLS.values(), ids=SERVICE_CALLS.keys())
def test_another_users_ids_are_not_found_and_nothing_changes(user, other_user, call):
    ids = make_owned_things(user)
    before = state_of(user, ids)
    # The intruder's own conversation and site, for calls that mix ids.
    ids["own_conversation"] = conversations.create_conversation(other_user, "Mine").id
    ids["own_message"] = conversations.add_message(other_user, ids["own_conversation"], "user", "mine")
    ids["own_site"] = builders.site(other_user, {"a.html": "a"}, title="Mine").id
    with pytest.raises(NotFound):
        call(other_user, ids)
    assert state_of(user, ids) == before
    assert len(sites.get_sites(other_user)) == 1


@pytest.mark.parametrize("missing", [uuid.uuid4(), "not-a-uuid", "", None, 12])
@pytest.mark.parametrize("call", SERVICE_CALLS.values(), ids=SERVICE_CALLS.keys())
def test_missing_ids_are_not_found_the_same_way(user, call, missing):
    own_conversation = conversations.create_conversation(user, "Mine").id
    own_site = builders.site(user, {"a.html": "a"}, title="Mine").id
    ids = {
        "conversation": missing,
        "message": missing,
        "site": missing,
        "own_conversation": own_conversation,
        "own_message": conversations.add_message(user, own_conversation, "user", "mine"),
        "own_site": own_site,
    }
    if missing is None and call in (
        SERVICE_CALLS["create_site_in_conversation"],
        SERVICE_CALLS["create_site_with_message"],
        SERVICE_CALLS["add_snapshot_with_message"],
        SERVICE_CALLS["add_version_with_message"],
        SERVICE_CALLS["get_messages_before"],
    ):
        pytest.skip("None means 'no link' for optional ids")
    with pytest.raises(NotFound):
        call(user, ids)


def test_lists_hold_only_the_users_own_things(user, other_user):
    make_owned_things(user)
    assert conversations.get_conversations(other_user) == []
    assert sites.get_sites(other_user) == []
