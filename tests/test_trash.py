"""The trash: deleting moves a conversation or a site there; it comes back as it was,
or goes forever (with the contents nothing else uses); old trash is emptied by housekeeping."""

import uuid
from datetime import timedelta

import builders
import pytest
import sqlalchemy as sa

from webapp.extensions import db as _db
from webapp.models import (
    Conversation,
    FileContent,
    GeneratedSite,
    Message,
    ProjectSnapshot,
    SiteVersion,
    utcnow,
)
from webapp.ownership import NotFound, act_as
from webapp.preview.views import preview_url
from webapp.services import conversations, sites, trash, versions

FILES = {"index.html": "<title>Bakery</title><h1>Bread</h1>", "styles.css": "body { color: brown; }"}


@pytest.fixture
def chat(user):
    """A conversation with two messages, a snapshot, and the site it built (two versions)."""
    conversation = builders.conversation(user, "Bakery chat")
    message = builders.message(user, conversation.id, "Make a bakery site")
    reply = builders.message(user, conversation.id, "Here it is.", role="assistant")
    builders.snapshot(user, conversation.id, FILES, reply)
    site = builders.site(user, FILES, conversation_id=conversation.id, title="Bakery", message_id=reply)
    builders.version(user, site.id, {**FILES, "about.html": "<h1>About</h1>"})
    return {"conversation": conversation.id, "site": site.id, "message": message}


def counts(user) -> dict:
    _db.session.remove()
    act_as(user)
    models = (Conversation, Message, ProjectSnapshot, GeneratedSite, SiteVersion, FileContent)
    return {
        model.__name__: _db.session.scalar(
            sa.select(sa.func.count()).select_from(model).where(model.user_id == user.id)
        )
        for model in models
    }


def test_a_trashed_conversation_is_gone_everywhere_but_the_trash_and_its_site_stays(user, chat):
    before = counts(user)
    trash.move_to_trash(user, "conversation", chat["conversation"])
    assert conversations.get_conversations(user) == []
    for lookup in (
        lambda: conversations.get_conversation(user, chat["conversation"]),
        lambda: conversations.get_messages(user, chat["conversation"]),
        lambda: conversations.get_latest_snapshot(user, chat["conversation"]),
    ):
        with pytest.raises(NotFound):
            lookup()
    assert [site.id for site in sites.get_sites(user)] == [chat["site"]]
    assert counts(user) == before  # nothing deleted
    assert [(item.kind, item.title) for item in trash.get_trash(user)] == [("conversation", "Bakery chat")]


def test_restoring_brings_everything_back_as_it_was(user, chat):
    before = counts(user)
    messages = [m.content for m in conversations.get_messages(user, chat["conversation"])]
    trash.move_to_trash(user, "conversation", chat["conversation"])
    trash.move_to_trash(user, "site", chat["site"])
    assert sites.get_sites(user) == []
    trash.restore_from_trash(user, "conversation", chat["conversation"])
    trash.restore_from_trash(user, "site", chat["site"])
    assert counts(user) == before
    assert [m.content for m in conversations.get_messages(user, chat["conversation"])] == messages
    assert sites.get_site_for_conversation(user, chat["conversation"]).id == chat["site"]
    assert versions.get_version(user, chat["site"], 2).files["about.html"] == "<h1>About</h1>"
    assert trash.get_trash(user) == []


def test_delete_forever_removes_rows_and_the_contents_nothing_else_uses(user, chat):
    trash.move_to_trash(user, "site", chat["site"])
    trash.delete_forever(user, "site", chat["site"])
    after_site = counts(user)
    assert (after_site["GeneratedSite"], after_site["SiteVersion"]) == (0, 0)
    # The snapshot still uses index.html and styles.css; only about.html went.
    assert after_site["FileContent"] == 2
    trash.move_to_trash(user, "conversation", chat["conversation"])
    trash.delete_forever(user, "conversation", chat["conversation"])
    assert counts(user) == {name: 0 for name in after_site}


def test_only_trashed_things_can_be_deleted_forever_and_live_ones_restored(user, chat):
    with pytest.raises(NotFound):
        trash.delete_forever(user, "site", chat["site"])
    with pytest.raises(NotFound):
        trash.restore_from_trash(user, "conversation", chat["conversation"])
    with pytest.raises(NotFound):
        trash.move_to_trash(user, "spaceship", chat["site"])
    assert len(sites.get_sites(user)) == 1


def test_housekeeping_empties_only_old_trash_of_every_user(app, user, other_user, chat):
    theirs = builders.site(other_user, FILES, title="Theirs").id
    trash.move_to_trash(user, "site", chat["site"])
    trash.move_to_trash(other_user, "site", theirs)
    trash.move_to_trash(user, "conversation", chat["conversation"])
    # Two of them went to the trash longer ago than the retention period.
    old = utcnow() - timedelta(days=app.config["TRASH_RETENTION_DAYS"], hours=1)
    for owner, model, item_id in (
        (user, GeneratedSite, chat["site"]),
        (other_user, GeneratedSite, theirs),
    ):
        _db.session.remove()
        act_as(owner)
        with _db.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(sa.select(sa.func.set_config("app.user_id", str(owner.id), True)))
            connection.execute(sa.update(model).where(model.id == item_id).values(deleted_at=old))
    assert trash.empty_expired_trash() == 2
    assert [item.kind for item in trash.get_trash(user)] == ["conversation"]
    assert trash.get_trash(other_user) == []
    assert counts(user)["SiteVersion"] == 0


# Pages ---------------------------------------------------------------------


def test_the_trash_page_lists_restores_and_deletes_forever_after_asking(signed_in, user, chat):
    assert "The trash is empty" in signed_in.get("/trash/").get_data(as_text=True)
    signed_in.post(f"/builder/c/{chat['conversation']}/delete")
    page = signed_in.get("/trash/").get_data(as_text=True)
    assert "Bakery chat" in page and "Conversation" in page
    assert signed_in.get(f"/builder/c/{chat['conversation']}").status_code == 404

    restored = signed_in.post(f"/trash/conversation/{chat['conversation']}/restore")
    assert restored.status_code == 303
    assert restored.headers["Location"].endswith(f"/builder/c/{chat['conversation']}")
    assert signed_in.get(f"/builder/c/{chat['conversation']}").status_code == 200

    trash.move_to_trash(user, "site", chat["site"])
    confirm = signed_in.get(f"/trash/site/{chat['site']}/delete").get_data(as_text=True)
    assert "Delete “Bakery” forever?" in confirm and "cannot be undone" in confirm
    assert len(trash.get_trash(user)) == 1  # asking changed nothing
    signed_in.post(f"/trash/site/{chat['site']}/delete")
    assert trash.get_trash(user) == []
    assert counts(user)["GeneratedSite"] == 0


def test_a_trashed_sites_preview_answers_404(app, signed_in, user, chat):
    with app.test_request_context():
        current, first = preview_url(user.id, chat["site"]), preview_url(user.id, chat["site"], 1)
    assert signed_in.get(current).status_code == 200
    trash.move_to_trash(user, "site", chat["site"])
    assert signed_in.get(current).status_code == 404
    assert signed_in.get(first).status_code == 404


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", "/trash/{kind}/{id}/restore"),
        ("get", "/trash/{kind}/{id}/delete"),
        ("post", "/trash/{kind}/{id}/delete"),
    ],
)
@pytest.mark.parametrize("kind", ["conversation", "site"])
def test_trash_routes_treat_another_users_live_missing_or_bad_ids_as_missing(
    client, auth, user, other_user, chat, method, path, kind
):
    theirs = builders.site(other_user, FILES, title="Theirs").id
    trash.move_to_trash(other_user, "site", theirs)
    auth.login()
    live = chat[kind]
    for item_id in (live, theirs, uuid.uuid4(), "not-an-id"):
        response = getattr(client, method)(path.format(kind=kind, id=item_id))
        assert response.status_code == 404, (item_id, path)
    assert getattr(client, method)(path.format(kind="spaceship", id=live)).status_code == 404
    assert len(trash.get_trash(other_user)) == 1
    assert len(sites.get_sites(user)) == 1


def test_the_trash_page_writes_nothing(signed_in, user, chat, writes):
    trash.move_to_trash(user, "conversation", chat["conversation"])
    writes.clear()
    assert signed_in.get("/trash/").status_code == 200
    assert signed_in.get(f"/trash/conversation/{chat['conversation']}/delete").status_code == 200
    assert writes == []
