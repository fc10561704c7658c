"""A new site from any version (a fork), and going on with a site whose conversation is gone
(webapp/services/forks.py, the sites routes that call it)."""

import re
import uuid

import builders
import pytest
import sqlalchemy as sa
from support import count_rows

from webapp.extensions import db as _db
from webapp.models import (
    VERSION_KINDS,
    Conversation,
    FileContent,
    GeneratedSite,
    GenerationRun,
    Message,
    ProjectSnapshot,
    SiteVersion,
)
from webapp.ownership import NotFound, act_as
from webapp.services import conversations, forks, sites, trash, versions

HX = {"HX-Request": "true"}
OWNED = (Conversation, Message, ProjectSnapshot, GeneratedSite, SiteVersion, FileContent, GenerationRun)


@pytest.fixture
def app_config(app_config):
    # Runs finish inside the request: the next message's version is there when it answers.
    return {**app_config, "TASK_IMMEDIATE": True, "AI_OFFLINE_DELAY_SECONDS": 0}


def text(response) -> str:
    return response.get_data(as_text=True)


def send(client, message, conversation_id):
    """Send a message in a conversation and let its run finish; the run's fragment."""
    data = {"message": message, "client_key": uuid.uuid4().hex, "conversation_id": str(conversation_id)}
    response = client.post("/builder/send", data=data, headers=HX)
    assert response.status_code == 200
    run = re.search(r'hx-get="(/builder/runs/[^"]+)"', text(response)).group(1)
    return text(client.get(run, headers=HX))


def row_counts(*owners) -> dict:
    """How many rows of each owned table each user has."""
    return count_rows(OWNED, *owners)


def history_of(owner, site_id) -> dict:
    """Every version of a site as its number, manifest, kind, description and message."""
    act_as(owner)
    rows = _db.session.scalars(sa.select(SiteVersion).where(SiteVersion.site_id == site_id))
    return {
        row.version_number: (row.manifest, row.kind, row.change_description, row.created_by_message_id)
        for row in rows
    }


@pytest.fixture
def bakery(user):
    """A site of three versions, built in a conversation with messages and snapshots."""
    conversation = builders.conversation(user, "Bakery chat")
    message = builders.message(user, conversation.id, "Here is your bakery", role="assistant")
    builders.snapshot(user, conversation.id, {"index.html": "<h1>Bread</h1>"}, message)
    site = builders.site(
        user,
        {"index.html": "<h1>Bread</h1>", "styles.css": "body{}"},
        conversation_id=conversation.id,
        title="Bakery",
        description="Fresh bread",
        message_id=message,
    )
    builders.version(
        user, site.id, {"index.html": "<h1>Bread</h1><p>Menu</p>", "styles.css": "body{}"}, "Menu"
    )
    builders.version(user, site.id, {"index.html": "<h1>Cakes</h1>", "styles.css": "h1{}"}, "Cakes")
    return sites.get_site(user, site.id)


@pytest.fixture
def foreign_site(other_user):
    """Another user's site id."""
    return builders.site(other_user, {"index.html": "<h1>Theirs</h1>"}, title="Theirs").id


# Fork ---


def test_forked_is_a_kind_of_version():
    assert "forked" in VERSION_KINDS


def test_a_fork_is_a_new_site_whose_version_1_has_the_versions_files_and_nothing_else_changes(
    signed_in, user, bakery
):
    original_before = history_of(user, bakery.id)
    counts_before = row_counts(user)
    response = signed_in.post(f"/sites/{bakery.id}/versions/2/fork")
    assert response.status_code == 303
    conversation_id = response.headers["Location"].rsplit("/", 1)[1]
    assert response.headers["Location"] == f"/builder/c/{conversation_id}"

    _db.session.expire_all()
    fork = sites.get_site_for_conversation(user, conversation_id)
    assert fork.id != bakery.id
    assert (fork.title, fork.description, fork.last_version_number) == ("Bakery (copy)", "Fresh bread", 1)
    first = versions.get_version_record(user, fork.id, 1)
    assert first.manifest == original_before[2][0]
    assert (first.kind, first.change_description) == ("forked", "Forked from Bakery version 2")
    assert versions.get_version(user, fork.id, 1).files == versions.get_version(user, bakery.id, 2).files

    # The original is untouched; one site, one version, one conversation and its note are new.
    assert history_of(user, bakery.id) == original_before
    assert sites.get_site(user, bakery.id).last_version_number == 3
    counts_after = row_counts(user)
    added = {key[1]: counts_after[key] - counts_before[key] for key in counts_before}
    assert added == {
        "conversations": 1,
        "messages": 1,
        "project_snapshots": 0,
        "generated_sites": 1,
        "site_versions": 1,
        "file_contents": 0,  # the manifest names contents the store already holds
        "generation_runs": 0,
    }


def test_the_forks_conversation_says_where_it_came_from(signed_in, user, bakery):
    response = signed_in.post(f"/sites/{bakery.id}/versions/1/fork")
    conversation_id = response.headers["Location"].rsplit("/", 1)[1]
    conversation = conversations.get_conversation(user, conversation_id)
    assert conversation.meta == {"forked_from": {"site_id": str(bakery.id), "version": 1}}
    assert conversation.title == "Bakery (copy)"
    [note] = conversations.get_messages(user, conversation_id)
    assert (note.role, note.content) == ("system", "This site started as a copy of Bakery, version 1.")

    page = text(signed_in.get(response.headers["Location"]))
    assert "This site started as a copy of Bakery, version 1." in page
    assert "Forked from Bakery version 1" in page  # the fork's version 1, in the chat


def fork_of(client, user, site_id, number):
    response = client.post(f"/sites/{site_id}/versions/{number}/fork")
    return sites.get_site_for_conversation(user, response.headers["Location"].rsplit("/", 1)[1])


def test_a_forks_page_links_back_to_the_version_it_came_from(signed_in, user, bakery):
    fork = fork_of(signed_in, user, bakery.id, 2)
    page = text(signed_in.get(f"/sites/{fork.id}"))
    assert "Forked from" in page
    assert f'href="/sites/{bakery.id}/versions/2">Bakery, version 2</a>' in page
    # The original's page says nothing of the kind.
    assert "Forked from" not in text(signed_in.get(f"/sites/{bakery.id}"))


def test_the_link_back_follows_a_rename_of_the_original(signed_in, user, bakery):
    fork = fork_of(signed_in, user, bakery.id, 1)
    sites.update_site(user, bakery.id, title="Corner Bakery")
    assert f'href="/sites/{bakery.id}/versions/1">Corner Bakery, version 1</a>' in text(
        signed_in.get(f"/sites/{fork.id}")
    )


def test_a_fork_whose_original_is_in_the_trash_names_it_without_a_link(signed_in, user, bakery):
    fork = fork_of(signed_in, user, bakery.id, 3)
    trash.move_to_trash(user, "site", bakery.id)
    page = text(signed_in.get(f"/sites/{fork.id}"))
    assert "Bakery, version 3" in page and "(no longer in your sites)" in page
    assert f"/sites/{bakery.id}/" not in page


def test_a_fork_made_before_sites_kept_their_origin_finds_it_in_its_conversation(signed_in, user, bakery):
    fork = fork_of(signed_in, user, bakery.id, 2)
    sites.update_site(user, fork.id, metadata={})  # as forks were stored before
    assert f'href="/sites/{bakery.id}/versions/2">Bakery, version 2</a>' in text(
        signed_in.get(f"/sites/{fork.id}")
    )


def test_forking_with_htmx_opens_the_builder_whole(signed_in, user, bakery):
    response = signed_in.post(f"/sites/{bakery.id}/versions/3/fork", headers=HX)
    assert response.status_code == 200
    assert re.fullmatch(r"/builder/c/[0-9a-f-]{36}", response.headers["HX-Redirect"])


def test_the_next_message_in_a_fork_makes_version_2_of_the_fork_not_of_the_original(signed_in, user):
    original = builders.conversation(user, "Landing page")
    send(signed_in, "Build a landing page for Sweet Crumbs bakery", original.id)
    site = sites.get_site_for_conversation(user, original.id)
    original_before = history_of(user, site.id)

    response = signed_in.post(f"/sites/{site.id}/versions/1/fork")
    fork_conversation = response.headers["Location"].rsplit("/", 1)[1]
    html = send(signed_in, "Add a pricing section", fork_conversation)
    assert "Version 2" in html

    _db.session.expire_all()
    fork = sites.get_site_for_conversation(user, fork_conversation)
    assert fork.id != site.id and fork.last_version_number == 2
    assert versions.get_version_record(user, fork.id, 2).kind == "generated"
    assert history_of(user, site.id) == original_before
    assert sites.get_site_for_conversation(user, original.id).id == site.id


def test_a_long_title_stays_within_the_limit_when_copied(app, signed_in, user):
    limit = app.config["MAX_TITLE_LENGTH"]
    site = builders.site(user, {"index.html": "<h1>Long</h1>"}, title="T" * limit)
    response = signed_in.post(f"/sites/{site.id}/versions/1/fork")
    fork = sites.get_site_for_conversation(user, response.headers["Location"].rsplit("/", 1)[1])
    assert len(fork.title) == limit and fork.title.endswith("… (copy)")


def test_the_history_and_the_version_page_offer_a_new_site_from_a_version(signed_in, user, bakery):
    for url in (f"/sites/{bakery.id}/versions", f"/sites/{bakery.id}/versions/2"):
        page = text(signed_in.get(url))
        assert f'action="/sites/{bakery.id}/versions/2/fork"' in page
        assert "New site from this version" in page


def test_the_history_shows_a_forks_first_version_as_forked(signed_in, user, bakery):
    fork, _ = forks.fork_version(user, bakery.id, 3)
    page = text(signed_in.get(f"/sites/{fork.id}/versions"))
    assert "badge-kind-forked" in page and "Forked from Bakery version 3" in page
    assert "Forked from Bakery" in text(signed_in.get(f"/sites/{fork.id}/versions?kind=forked"))


# Continue in the builder ---


def test_a_site_with_a_live_conversation_links_to_it(signed_in, user, bakery):
    page = text(signed_in.get(f"/sites/{bakery.id}"))
    assert f'href="/builder/c/{bakery.conversation_id}">Continue in the builder' in page
    assert f"/sites/{bakery.id}/continue" not in page


@pytest.mark.parametrize("gone", ["trashed", "deleted forever"])
def test_a_site_whose_conversation_is_gone_continues_in_a_new_one(signed_in, user, bakery, gone):
    old_conversation = bakery.conversation_id
    trash.move_to_trash(user, "conversation", old_conversation)
    if gone == "deleted forever":
        trash.delete_forever(user, "conversation", old_conversation)
    page = text(signed_in.get(f"/sites/{bakery.id}"))
    assert f'action="/sites/{bakery.id}/continue"' in page and "Continue in the builder" in page

    response = signed_in.post(f"/sites/{bakery.id}/continue")
    assert response.status_code == 303
    conversation_id = response.headers["Location"].rsplit("/", 1)[1]
    assert conversation_id != str(old_conversation)
    _db.session.expire_all()
    assert sites.get_site(user, bakery.id).conversation_id == uuid.UUID(conversation_id)
    conversation = conversations.get_conversation(user, conversation_id)
    assert conversation.meta == {"continued_from": {"site_id": str(bakery.id), "version": 3}}
    [note] = conversations.get_messages(user, conversation_id)
    assert (note.role, note.content) == ("system", "Continuing Bakery from version 3.")
    builder = text(signed_in.get(response.headers["Location"]))
    assert "Continuing Bakery from version 3." in builder
    # The old conversation's versions are not shown as if they were made here.
    assert 'class="version-event"' not in builder

    # Now the site has a live conversation again: the button is a link to it.
    page = text(signed_in.get(f"/sites/{bakery.id}"))
    assert f'href="/builder/c/{conversation_id}">Continue in the builder' in page


def test_the_next_message_after_continuing_makes_the_next_version_of_the_same_site(signed_in, user):
    conversation = builders.conversation(user, "Landing page")
    send(signed_in, "Build a landing page for Sweet Crumbs bakery", conversation.id)
    site = sites.get_site_for_conversation(user, conversation.id)
    trash.move_to_trash(user, "conversation", conversation.id)

    response = signed_in.post(f"/sites/{site.id}/continue", headers=HX)
    new_conversation = response.headers["HX-Redirect"].rsplit("/", 1)[1]
    assert "Version 2" in send(signed_in, "Add a pricing section", new_conversation)
    _db.session.expire_all()
    assert sites.get_site(user, site.id).last_version_number == 2
    assert versions.get_version_record(user, site.id, 2).created_by_message_id is not None
    assert sites.get_site_list(user).total == 1


def test_continuing_twice_makes_one_conversation(signed_in, user, bakery):
    trash.move_to_trash(user, "conversation", bakery.conversation_id)
    first = signed_in.post(f"/sites/{bakery.id}/continue")
    counts = row_counts(user)
    second = signed_in.post(f"/sites/{bakery.id}/continue")
    assert second.headers["Location"] == first.headers["Location"]
    assert row_counts(user) == counts


def test_a_conversation_back_from_the_trash_says_where_its_site_went_and_can_take_it_back(signed_in, user):
    old = builders.conversation(user, "Landing page")
    send(signed_in, "Build a landing page for Sweet Crumbs bakery", old.id)
    site = sites.get_site_for_conversation(user, old.id)
    trash.move_to_trash(user, "conversation", old.id)
    continued = signed_in.post(f"/sites/{site.id}/continue").headers["Location"].rsplit("/", 1)[1]
    send(signed_in, "Add a pricing section", continued)  # version 2, made in the new conversation
    trash.restore_from_trash(user, "conversation", old.id)

    page = text(signed_in.get(f"/builder/c/{old.id}"))
    assert "went on in" in page and f'href="/builder/c/{continued}">another conversation</a>' in page
    assert f'action="/builder/c/{old.id}/build-here"' in page
    # Neither the page nor the other conversation writes or moves anything.
    _db.session.expire_all()
    assert sites.get_site(user, site.id).conversation_id == uuid.UUID(continued)

    response = signed_in.post(f"/builder/c/{old.id}/build-here")
    assert response.status_code == 303 and response.headers["Location"] == f"/builder/c/{old.id}"
    _db.session.expire_all()
    assert sites.get_site_for_conversation(user, old.id).id == site.id
    page = text(signed_in.get(f"/builder/c/{old.id}"))
    assert (
        "Building Sweet Crumbs here again, from version 2." in page or "here again, from version 2." in page
    )
    assert "went on in" not in page
    # The next message here makes version 3 of the same site; nothing else was made.
    assert "Version 3" in send(signed_in, "Add an FAQ section", old.id)
    assert sites.get_site_list(user).total == 1
    # The conversation it came from now offers it back in turn: it made version 2.
    assert f'action="/builder/c/{continued}/build-here"' in text(signed_in.get(f"/builder/c/{continued}"))


def test_build_here_again_is_refused_where_there_is_nothing_to_take_back(signed_in, user, other_user, bakery):
    own = bakery.conversation_id  # read at once: later reads run as whoever acts then
    counts = row_counts(user, other_user)
    theirs = builders.conversation(other_user, "Theirs").id
    for conversation_id in (own, builders.conversation(user, "Empty").id, theirs, "nope"):
        assert signed_in.post(f"/builder/c/{conversation_id}/build-here").status_code == 404
    assert 'build-here"' not in text(signed_in.get(f"/builder/c/{own}"))
    counts_after = row_counts(user, other_user)
    assert {key: counts_after[key] - counts[key] for key in counts if counts_after[key] != counts[key]} == {
        (user.id, "conversations"): 1,
        (other_user.id, "conversations"): 1,
    }


# Missing, foreign and trashed ids answer 404 and write nothing ---

ROUTES = ["/sites/{site}/versions/{version}/fork", "/sites/{site}/continue"]


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize("route", ROUTES)
def test_another_users_a_trashed_or_a_malformed_site_answers_404_and_writes_nothing(
    signed_in, user, other_user, bakery, foreign_site, route, htmx
):
    # Ids read at once: a row read back later is read as whoever acts then (Row Level Security).
    theirs_trashed = builders.site(other_user, {"a.html": "a"}, title="Gone").id
    trash.move_to_trash(other_user, "site", theirs_trashed)
    trashed = builders.site(user, {"index.html": "<h1>Old</h1>"}, title="Old").id
    trash.move_to_trash(user, "site", trashed)
    counts = row_counts(user, other_user)
    for site_id in (foreign_site, theirs_trashed, trashed, uuid.uuid4(), "not-an-id"):
        url = route.format(site=site_id, version=1)
        response = signed_in.post(url, headers=HX if htmx else {})
        assert response.status_code == 404, url
    assert row_counts(user, other_user) == counts


@pytest.mark.parametrize("number", ["4", "0", "-1", "two", "99999999999999999999"])
def test_a_missing_version_answers_404_and_writes_nothing(signed_in, user, bakery, number):
    counts = row_counts(user)
    assert signed_in.post(f"/sites/{bakery.id}/versions/{number}/fork").status_code == 404
    assert signed_in.get(f"/sites/{bakery.id}/versions/{number}").status_code == 404
    assert row_counts(user) == counts


@pytest.mark.parametrize("call", ["fork", "continue"])
def test_the_services_refuse_another_users_site(ctx, user, other_user, foreign_site, call):
    counts = row_counts(user, other_user)
    with pytest.raises(NotFound):
        if call == "fork":
            forks.fork_version(user, foreign_site, 1)
        else:
            forks.continue_site(user, foreign_site)
    assert row_counts(user, other_user) == counts


def test_the_new_routes_need_a_post(signed_in, user, bakery):
    counts = row_counts(user)
    for route in ROUTES:
        assert signed_in.get(route.format(site=bakery.id, version=1)).status_code == 405
    assert row_counts(user) == counts


def test_the_pages_offering_fork_and_continue_write_nothing(signed_in, user, bakery, writes):
    trash.move_to_trash(user, "conversation", bakery.conversation_id)
    writes.clear()
    for url in (f"/sites/{bakery.id}", f"/sites/{bakery.id}/versions", f"/sites/{bakery.id}/versions/2"):
        for headers in ({}, HX):
            assert signed_in.get(url, headers=headers).status_code == 200, url
    assert writes == []
