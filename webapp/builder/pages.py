"""What the builder's pages show: the timeline of a conversation (messages, runs,
versions, what Edit and Regenerate replaced), its site, the composer, the sidebar,
and the state live updates start from. Views render these; templates never query."""

from flask import current_app, request
from flask_login import current_user

from .. import filestore
from ..generation import replacing, runs
from ..ownership import NotFound, parse_id
from ..preview.views import preview_url
from ..services import conversations, forks, sites, uploads, versions
from . import live
from .rendering import highlight_file


def sidebar_context(current_id=None) -> dict:
    """The sidebar's conversations, newest first, optionally filtered."""
    query = request.values.get("q", "").strip()
    return {
        "conversations": conversations.get_conversations(
            current_user, limit=current_app.config["SIDEBAR_LIMIT"], query=query or None
        ),
        "current_id": current_id,
        "query": query,
    }


def message_page(conversation, before=None, at=None, since=None) -> dict:
    """One page of the conversation's timeline: its messages, with what each shows
    beside it (runs, versions), and the site's versions no message made (hand
    edits, restores, a fork) where they happened, so version numbers never jump.

    The newest page; the one just older than `before` ("Load older"); for a link
    to an old message `at`, the messages around it, when it is not on the newest page;
    or, for a page drawn again, every message from the oldest it showed (`since`).
    """
    conversation_id = conversation.id
    per_page = current_app.config["MESSAGES_PER_PAGE"]
    if since and not before:
        window = _window_since(conversation_id, since)
    else:
        window = _window_around(conversation_id, at, per_page) if at and not before else None
    newer_from = None
    if window is not None:
        messages, has_older, has_newer = window.messages, window.has_older, window.has_newer
        newer_from = window.newer_from
    else:
        # One more than a page: whether there are older ones, without counting them.
        page = conversations.get_messages(current_user, conversation_id, limit=per_page + 1, before=before)
        # A page older than `before` has newer messages: Edit and Regenerate are not for it.
        has_older, has_newer = len(page) > per_page, before is not None
        messages = page[1:] if has_older else page
    user_ids = [m.id for m in messages if m.role == "user"]
    assistant_ids = [m.id for m in messages if m.role == "assistant"]
    timeline = [("message", message) for message in messages]
    site = sites.get_site_for_conversation(current_user, conversation_id)
    if site is not None:
        # A site continued in a new conversation had versions before it: those belong to the old one.
        after = messages[0].created_at if has_older and messages else conversation.created_at
        until = None
        if before:
            until = conversations.get_message(current_user, conversation_id, before).created_at
        elif newer_from is not None:
            # Versions after the window show with the messages after it.
            until = newer_from
        events = versions.get_versions_without_message(current_user, site.id, after=after, before=until)
        timeline = sorted(
            timeline + [("version", version) for version in events], key=lambda item: item[1].created_at
        )
    page_runs = runs.get_runs_for_messages(current_user, user_ids)
    return {
        "messages": messages,
        "timeline": timeline,
        "has_older": has_older,
        "has_newer": has_newer,
        "runs": page_runs,
        "versions": versions.get_versions_for_messages(current_user, assistant_ids),
        "undo": versions.get_undo_state(current_user, site.id) if site is not None else None,
        **_replacing_context(conversation_id, messages, page_runs, has_newer),
    }


def _replacing_context(conversation_id, messages, page_runs: dict, has_newer: bool) -> dict:
    """What Edit and Regenerate add to a page of the timeline: each replaced message's place
    among its versions, a regenerating run shown after the answer it replaces, and which
    message offers Edit and which Regenerate (the last ones, while nothing runs)."""
    after = {
        run.replaces_message_id: run
        for run in page_runs.values()
        if run.replaces_message_id and not run.edited_message_id and run.status != "succeeded"
    }
    quiet = not has_newer and not any(run.is_active for run in page_runs.values())
    last_sent = next((m for m in reversed(messages) if m.role == "user"), None)
    last = messages[-1] if messages else None
    return {
        "revisions": replacing.get_revisions(current_user, conversation_id),
        "runs_after": after,
        "editable_id": last_sent.id if quiet and last_sent else None,
        "regenerable_id": last.id if quiet and last and last.role == "assistant" else None,
    }


def _window_since(conversation_id, message_id):
    """The messages from the oldest a page showed to the newest; None when that message
    is not this conversation's (the page is drawn from the newest page)."""
    limit = max(current_app.config["MESSAGES_KEPT_ON_REDRAW"], current_app.config["MESSAGES_PER_PAGE"])
    try:
        return conversations.get_messages_from(current_user, conversation_id, message_id, limit=limit)
    except NotFound:
        return None


def _window_around(conversation_id, message_id, per_page: int):
    """The messages around an old message a link names; None when the newest page holds
    it, or when it is not this conversation's (a stale link opens the newest page)."""
    newest = conversations.get_messages(current_user, conversation_id, limit=per_page)
    if any(message.id == parse_id(message_id) for message in newest):
        return None
    try:
        return conversations.get_messages_around(current_user, conversation_id, message_id, limit=per_page)
    except NotFound:
        return None


def site_context(conversation_id, open_path: str | None = None) -> dict:
    """The conversation's site for the preview pane: its file list, not its contents, but
    for the file `open_path` (?file=), shown in the viewer, when the site has it."""
    if conversation_id is None:
        return {"site": None, "paths": []}
    site = sites.get_site_for_conversation(current_user, conversation_id)
    paths = sorted(site.manifest) if site else []
    # A conversation back from the trash whose site went on in another one: say where.
    moved = forks.get_moved_site(current_user, conversation_id) if site is None else None
    opened = None
    if site is not None and open_path in site.manifest:
        content = filestore.load_one(site.user_id, site.manifest, open_path)
        opened = {"path": open_path, **image_of(site, open_path)}
        if isinstance(content, bytes):
            opened["binary_size"] = len(content)
        else:
            opened["highlighted"] = highlight_file(open_path, content)
    return {"site": site, "paths": paths, "moved_site": moved, "opened": opened}


def image_of(site, path: str) -> dict:
    """An image file of the site, for the viewer: where its current content is served."""
    return {"image_url": preview_url(site.user_id, site.id, path=path)} if uploads.is_image(path) else {}


def composer(conversation_id, active_run=None) -> dict:
    """The composer: Send, or Stop while a run of the conversation is going."""
    busy = active_run is not None and active_run.is_active
    return {
        "conversation_id": conversation_id,
        "client_key": runs.new_client_key(),
        "busy": busy,
        "run_id": active_run.id if busy else None,  # what Stop stops
        "max_chars": current_app.config["MAX_MESSAGE_CHARS"],
    }


def live_state(conversation_id) -> dict | None:
    """The state a page's live updates start from (None: nothing to follow)."""
    if conversation_id is None:
        return None
    token, version = live.conversation_state(current_user, conversation_id)
    return {"conversation_id": conversation_id, "token": token, "version": version}


def active_run(page: dict):
    """The page's run that is queued or running, if any."""
    return next((run for run in page["runs"].values() if run.is_active), None)
