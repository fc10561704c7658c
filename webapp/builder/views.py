"""The builder's pages and fragments. One URL answers with the full page, or
with just its fragment for htmx (HX-Request); every pushed URL renders whole."""

from flask import (
    Response,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user, login_required

from .. import filestore
from ..generation import runs
from ..ownership import NotFound, parse_id
from ..ratelimits import generations_per_user
from ..services import conversations, edits, forks, sites, trash, versions
from ..services.validation import INPUT_ERRORS
from . import bp
from .rendering import highlight_css, highlight_file


def _is_htmx() -> bool:
    return request.headers.get("HX-Request") == "true"


def _vary(response: Response) -> Response:
    response.vary.add("HX-Request")
    return response


@bp.before_request
@login_required
def _signed_in_only():
    """Every builder URL is for a signed-in user."""


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


def _message_page(conversation, before=None, at=None) -> dict:
    """One page of the conversation's timeline: its messages, with what each shows
    beside it (runs, versions), and the site's versions no message made (hand
    edits, restores, a fork) where they happened, so version numbers never jump.

    The newest page; the one just older than `before` ("Load older"); or, for a link
    to an old message `at`, the messages around it, when it is not on the newest page.
    """
    conversation_id = conversation.id
    per_page = current_app.config["MESSAGES_PER_PAGE"]
    window = _window_around(conversation_id, at, per_page) if at and not before else None
    newer_from = None
    if window is not None:
        messages, has_older, has_newer = window.messages, window.has_older, window.has_newer
        newer_from = window.newer_from
    else:
        # One more than a page: whether there are older ones, without counting them.
        page = conversations.get_messages(current_user, conversation_id, limit=per_page + 1, before=before)
        has_older, has_newer = len(page) > per_page, False
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
    return {
        "messages": messages,
        "timeline": timeline,
        "has_older": has_older,
        "has_newer": has_newer,
        "runs": runs.get_runs_for_messages(current_user, user_ids),
        "versions": versions.get_versions_for_messages(current_user, assistant_ids),
        "undo": versions.get_undo_state(current_user, site.id) if site is not None else None,
    }


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


def _site_context(conversation_id) -> dict:
    """The conversation's site for the preview pane: its file list, not its contents."""
    if conversation_id is None:
        return {"site": None, "paths": []}
    site = sites.get_site_for_conversation(current_user, conversation_id)
    paths = sorted(site.manifest) if site else []
    # A conversation back from the trash whose site went on in another one: say where.
    moved = forks.get_moved_site(current_user, conversation_id) if site is None else None
    return {"site": site, "paths": paths, "moved_site": moved}


def _composer(conversation_id, active_run=None) -> dict:
    return {
        "conversation_id": conversation_id,
        "client_key": runs.new_client_key(),
        "busy": active_run is not None and active_run.is_active,
        "max_chars": current_app.config["MAX_MESSAGE_CHARS"],
    }


def _error_fragment(message: str) -> Response:
    """A 400 whose message htmx shows above the composer, whatever the form targeted."""
    response = current_app.make_response((render_template("builder/_send_error.html", message=message), 400))
    response.headers["HX-Retarget"] = "#composer-error"
    response.headers["HX-Reswap"] = "innerHTML"
    return response


def _active_run(page: dict):
    return next((run for run in page["runs"].values() if run.is_active), None)


@bp.route("/")
def new_conversation():
    """An empty builder: the first message starts a conversation."""
    composer = _composer(None)
    # A starting point's prompt (?prompt=), waiting in the composer: nothing is sent.
    composer["draft"] = request.args.get("prompt", "")[: composer["max_chars"]]
    return render_template(
        "builder/page.html",
        conversation=None,
        page={"messages": [], "timeline": [], "has_older": False, "runs": {}, "versions": {}, "undo": None},
        composer=composer,
        **_site_context(None),
        **sidebar_context(),
    )


@bp.route("/c/<conversation_id>")
def conversation_page(conversation_id):
    """A conversation: its newest messages, its site in the preview, the composer."""
    conversation = conversations.get_conversation(current_user, conversation_id)
    page = _message_page(conversation, at=request.args.get("at"))
    active = _active_run(page)
    return render_template(
        "builder/page.html",
        conversation=conversation,
        page=page,
        composer=_composer(conversation.id, active),
        active_run=active,
        **_site_context(conversation.id),
        **sidebar_context(conversation.id),
    )


@bp.route("/c/<conversation_id>/messages")
def older_messages(conversation_id):
    """The page of messages just older than `before` ("Load older")."""
    conversation = conversations.get_conversation(current_user, conversation_id)
    page = _message_page(conversation, before=request.args.get("before"))
    return _vary(
        current_app.make_response(
            render_template("builder/_older.html", conversation=conversation, page=page)
        )
    )


@bp.route("/conversations")
def conversation_list():
    """The sidebar's list, filtered by title (?q=)."""
    current_id = request.args.get("current")
    return render_template("builder/_conversation_list.html", **sidebar_context(current_id))


@bp.route("/send", methods=["POST"])
@generations_per_user
def send():
    """Save the user's message and start its generation."""
    conversation_id = request.form.get("conversation_id") or None
    try:
        run, created = runs.start_generation(
            current_user, conversation_id, request.form.get("message", ""), request.form.get("client_key")
        )
    except INPUT_ERRORS as error:
        if _is_htmx():
            return _error_fragment(str(error))
        flash(str(error), "error")
        target = (
            url_for(".conversation_page", conversation_id=conversation_id)
            if conversation_id
            else url_for(".new_conversation")
        )
        return redirect(target, 303)
    page_url = url_for(".conversation_page", conversation_id=run.conversation_id)
    if not _is_htmx():
        return redirect(page_url, 303)
    conversation = conversations.get_conversation(current_user, run.conversation_id)
    response = current_app.make_response(
        render_template(
            "builder/_sent.html",
            conversation=conversation,
            message=conversations.get_message(current_user, conversation.id, run.user_message_id),
            run=run,
            first=conversation_id is None,
            composer=_composer(conversation.id, run),
            **sidebar_context(conversation.id),
        )
    )
    if conversation_id is None:
        response.headers["HX-Push-Url"] = page_url
    return response


@bp.route("/runs/<run_id>")
def run_status(run_id):
    """A run's fragment: text so far while it runs, then the reply (or the error)."""
    run = runs.get_run(current_user, run_id)
    if not _is_htmx():
        return redirect(url_for(".conversation_page", conversation_id=run.conversation_id))
    context = {"run": run, "conversation_id": run.conversation_id, "with_oob": False}
    if not run.is_active:
        conversation = conversations.get_conversation(current_user, run.conversation_id)
        context.update(
            with_oob=True,
            conversation=conversation,
            composer=_composer(run.conversation_id),
            **_site_context(run.conversation_id),
            **sidebar_context(run.conversation_id),
        )
        if run.assistant_message_id:
            context["reply"] = conversations.get_message(
                current_user, run.conversation_id, run.assistant_message_id
            )
            site = context["site"]
            context["page"] = {
                "runs": {},
                "versions": versions.get_versions_for_messages(current_user, [run.assistant_message_id]),
                "undo": versions.get_undo_state(current_user, site.id) if site is not None else None,
            }
    return _vary(current_app.make_response(render_template("builder/_run.html", **context)))


@bp.route("/runs/<run_id>/retry", methods=["POST"])
@generations_per_user
def retry(run_id):
    """Run a failed generation's message again."""
    try:
        run, created = runs.retry_run(current_user, run_id, request.form.get("client_key"))
    except INPUT_ERRORS as error:
        if _is_htmx():
            return _error_fragment(str(error))
        flash(str(error), "error")
        run = runs.get_run(current_user, run_id)
        return redirect(url_for(".conversation_page", conversation_id=run.conversation_id), 303)
    if not _is_htmx():
        return redirect(url_for(".conversation_page", conversation_id=run.conversation_id), 303)
    return render_template(
        "builder/_run.html",
        run=run,
        conversation_id=run.conversation_id,
        composer=_composer(run.conversation_id, run),
        with_oob=True,
    )


@bp.route("/c/<conversation_id>/rename", methods=["POST"])
def rename(conversation_id):
    """Rename a conversation in place."""
    # A foreign id is missing, whatever the title.
    conversations.get_conversation(current_user, conversation_id)
    try:
        conversation = conversations.update_conversation_title(
            current_user, conversation_id, request.form.get("title", "")
        )
    except INPUT_ERRORS as error:
        if _is_htmx():
            return _error_fragment(str(error))
        flash(str(error), "error")
        return redirect(url_for(".conversation_page", conversation_id=conversation_id), 303)
    if _is_htmx():
        current = request.form.get("current")
        return render_template(
            "builder/_renamed.html",
            renamed=conversation,
            is_current=current == str(conversation.id),
            **sidebar_context(current),
        )
    return redirect(url_for(".conversation_page", conversation_id=conversation.id), 303)


@bp.route("/c/<conversation_id>/delete", methods=["POST"])
def delete(conversation_id):
    """Move a conversation to the trash; the site it built is kept."""
    trash.move_to_trash(current_user, "conversation", conversation_id)
    flash("The conversation is in the trash, where it can be restored. The site it built is kept.", "info")
    current = request.form.get("current")
    if current and current != str(conversation_id):
        target = url_for(".conversation_page", conversation_id=current)
    else:
        target = url_for(".new_conversation")
    if _is_htmx():
        response = current_app.make_response("")
        response.headers["HX-Redirect"] = target
        return response
    return redirect(target, 303)


@bp.route("/c/<conversation_id>/build-here", methods=["POST"])
def build_here(conversation_id):
    """Bring the site this conversation built back to it from the conversation it moved to."""
    site = forks.build_here_again(current_user, conversation_id)
    flash(f"{site.title} is built in this conversation again.", "success")
    target = url_for(".conversation_page", conversation_id=conversation_id)
    if _is_htmx():
        response = current_app.make_response("")
        response.headers["HX-Redirect"] = target
        return response
    return redirect(target, 303)


@bp.route("/c/<conversation_id>/files/<path:path>")
def file_view(conversation_id, path):
    """One file of the conversation's site, highlighted."""
    site = sites.get_site_for_conversation(current_user, conversation_id)
    if site is None or path not in site.manifest:
        raise NotFound("file")
    content = filestore.load_one(site.user_id, site.manifest, path)
    context = {"site": site, "path": path, "conversation_id": conversation_id}
    if not _is_htmx():
        return redirect(url_for(".conversation_page", conversation_id=conversation_id))
    if isinstance(content, bytes):
        context["binary_size"] = len(content)
    elif request.args.get("edit"):
        return render_template("builder/_editor.html", content=content, **context)
    else:
        context["highlighted"] = highlight_file(path, content)
    return render_template("builder/_file.html", **context)


@bp.route("/sites/<site_id>/edits", methods=["POST"])
def save_edit(site_id):
    """Autosave a file typed by hand; refused if the files changed meanwhile."""
    path = request.form.get("path", "")
    try:
        saved = edits.save_edit(
            current_user, site_id, path, request.form.get("content"), request.form.get("revision")
        )
    except edits.EditConflict as error:
        return _edit_status(str(error), 409)
    except INPUT_ERRORS as error:
        return _edit_status(str(error), 400)
    if not _is_htmx():
        site = sites.get_site(current_user, site_id)
        flash(f"Saved {path}.", "success")
        return redirect(url_for(".conversation_page", conversation_id=site.conversation_id), 303)
    response = _edit_status(
        "All changes saved", 200, revision=saved.revision, site=sites.get_site(current_user, site_id)
    )
    # The page reloads the preview when it hears this.
    response.headers["HX-Trigger"] = "site-edited"
    return response


def _edit_status(message: str, status: int, revision: int | None = None, site=None) -> Response:
    body = render_template(
        "builder/_edit_status.html", message=message, status=status, revision=revision, site=site
    )
    return current_app.make_response((body, status))


@bp.route("/sites/<site_id>/edits/close", methods=["POST"])
def close_edits(site_id):
    """End the editing burst now (the user is done, or leaving): it becomes one version.

    Done (htmx) gets the file back in view mode, and the new version where it
    happened in the chat, with Undo; a page that is leaving gets nothing back.
    """
    added = versions.close_edit_burst(current_user, site_id)
    if not _is_htmx():
        return current_app.make_response(("", 204))
    site = sites.get_site(current_user, site_id)
    path = request.form.get("path", "")
    context = {"site": site, "path": path, "conversation_id": site.conversation_id}
    if path in site.manifest:
        content = filestore.load_one(site.user_id, site.manifest, path)
        if isinstance(content, bytes):
            context["binary_size"] = len(content)
        else:
            context["highlighted"] = highlight_file(path, content)
    version = versions.get_version_record(current_user, site.id, added.version_number) if added else None
    return render_template(
        "builder/_edits_closed.html",
        version=version,
        page={"undo": versions.get_undo_state(current_user, site.id)},
        shown=path in site.manifest,
        **context,
    )


@bp.route("/sites/<site_id>/restore", methods=["POST"])
def restore(site_id):
    """Undo or Redo in the chat: restore a version as the newest (nothing is deleted)."""
    site = sites.get_site(current_user, site_id)
    conversation_id = request.form.get("current") or site.conversation_id
    target = (
        url_for(".conversation_page", conversation_id=conversation_id)
        if conversation_id
        else url_for(".new_conversation")
    )
    try:
        restored = versions.restore_offered(
            current_user, site.id, request.form.get("version"), request.form.get("newest")
        )
    except INPUT_ERRORS as error:
        flash(str(error), "error")
    else:
        flash(f"Version {restored.restored} is back, as version {restored.version_number}.", "success")
    if _is_htmx():
        response = current_app.make_response("")
        response.headers["HX-Redirect"] = target
        return response
    return redirect(target, 303)


@bp.route("/highlight.css")
def highlight_stylesheet():
    """The colours of highlighted code."""
    response = current_app.make_response(highlight_css())
    response.mimetype = "text/css"
    response.cache_control.max_age = 86400
    return response
