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
from ..generation import replacing, runs
from ..ownership import NotFound
from ..ratelimits import generations_per_user
from ..services import conversations, edits, forks, sites, trash, versions
from ..services.validation import INPUT_ERRORS
from . import bp, pages
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


def _error_fragment(message: str) -> Response:
    """A 400 whose message htmx shows above the composer, whatever the form targeted."""
    response = current_app.make_response((render_template("builder/_send_error.html", message=message), 400))
    response.headers["HX-Retarget"] = "#composer-error"
    response.headers["HX-Reswap"] = "innerHTML"
    return response


@bp.route("/")
def new_conversation():
    """An empty builder: the first message starts a conversation."""
    composer = pages.composer(None)
    # A starting point's prompt (?prompt=), waiting in the composer: nothing is sent.
    composer["draft"] = request.args.get("prompt", "")[: composer["max_chars"]]
    return render_template(
        "builder/page.html",
        conversation=None,
        page={"messages": [], "timeline": [], "has_older": False, "runs": {}, "versions": {}, "undo": None},
        composer=composer,
        **pages.site_context(None),
        **pages.sidebar_context(),
    )


@bp.route("/c/<conversation_id>")
def conversation_page(conversation_id):
    """A conversation: its newest messages, its site in the preview, the composer."""
    conversation = conversations.get_conversation(current_user, conversation_id)
    page = pages.message_page(conversation, at=request.args.get("at"))
    active = pages.active_run(page)
    return render_template(
        "builder/page.html",
        conversation=conversation,
        page=page,
        composer=pages.composer(conversation.id, active),
        active_run=active,
        live=None if page["has_newer"] else pages.live_state(conversation.id),
        **pages.site_context(conversation.id, open_path=request.args.get("file")),
        **pages.sidebar_context(conversation.id),
    )


@bp.route("/c/<conversation_id>/messages")
def older_messages(conversation_id):
    """The page of messages just older than `before` ("Load older")."""
    conversation = conversations.get_conversation(current_user, conversation_id)
    page = pages.message_page(conversation, before=request.args.get("before"))
    return _vary(
        current_app.make_response(
            render_template("builder/_older.html", conversation=conversation, page=page)
        )
    )


@bp.route("/c/<conversation_id>/changes")
def conversation_changes(conversation_id):
    """Live across tabs: nothing (204) while the conversation is as the page saw it (`seen`);
    else its newest messages, and its site when it has a new version. Only reads."""
    conversation = conversations.get_conversation(current_user, conversation_id)
    state = pages.live_state(conversation.id)
    if request.args.get("seen") == state["token"]:
        return _vary(current_app.make_response(("", 204)))
    return _redraw(conversation, request.args.get("shown_from"), request.args.get("version", type=int), state)


def _redraw(conversation, shown_from, seen_version, state=None) -> Response:
    """The conversation drawn again in an open page, out of band: its messages from the
    oldest the page showed (`shown_from`, so "Load older" stays loaded), its composer,
    title and live state, and its preview when its site is past `seen_version`."""
    state = state or pages.live_state(conversation.id)
    page = pages.message_page(conversation, since=shown_from)
    context = {
        "conversation": conversation,
        "page": page,
        "composer": pages.composer(conversation.id, pages.active_run(page)),
        "live": state,
        "version_changed": seen_version != state["version"],
        # The file the page has open stays open when the preview is drawn again.
        **pages.site_context(conversation.id, open_path=request.values.get("open_file")),
    }
    return _vary(current_app.make_response(render_template("builder/_changes.html", **context)))


@bp.route("/conversations")
def conversation_list():
    """The sidebar's list, filtered by title (?q=)."""
    current_id = request.args.get("current")
    return render_template("builder/_conversation_list.html", **pages.sidebar_context(current_id))


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
            composer=pages.composer(conversation.id, run),
            live=pages.live_state(conversation.id),
            **pages.sidebar_context(conversation.id),
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
            composer=pages.composer(run.conversation_id),
            live=pages.live_state(run.conversation_id),
            **pages.site_context(run.conversation_id),
            **pages.sidebar_context(run.conversation_id),
        )
        site = context["site"]
        revisions = replacing.get_revisions(current_user, run.conversation_id)
        context["page"] = {
            "runs": {},
            "versions": {},
            "undo": versions.get_undo_state(current_user, site.id) if site is not None else None,
            "revisions": revisions,
            "editable_id": run.user_message_id
            if run.user_message_id not in revisions or not revisions[run.user_message_id].replaced
            else None,
        }
        context["sent"] = conversations.get_message(current_user, run.conversation_id, run.user_message_id)
        if run.assistant_message_id:
            context["reply"] = conversations.get_message(
                current_user, run.conversation_id, run.assistant_message_id
            )
            context["page"]["regenerable_id"] = run.assistant_message_id
            # The answers this one replaced fold, each with its new number ("Answer 1 of 3").
            earlier = revisions[run.assistant_message_id].versions[:-1] if run.replaces_message_id else ()
            context["replaced"] = [
                conversations.get_message(current_user, run.conversation_id, message_id)
                for message_id in earlier
            ]
            shown = [run.assistant_message_id, *earlier]
            context["page"]["versions"] = versions.get_versions_for_messages(current_user, shown)
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
        composer=pages.composer(run.conversation_id, run),
        with_oob=True,
        live=pages.live_state(run.conversation_id),
    )


@bp.route("/runs/<run_id>/stop", methods=["POST"])
def stop(run_id):
    """Stop a run while it generates: it ends as stopped and nothing from it is saved."""
    run = runs.stop_run(current_user, run_id)
    if not _is_htmx():
        if run.status == "stopped":
            flash("Stopped. Nothing from that answer was saved; Retry, or write a new message.", "info")
        return redirect(url_for(".conversation_page", conversation_id=run.conversation_id), 303)
    # The run's own fragment says how it ended (stopped, or finished just before).
    return run_status(run_id)


@bp.route("/messages/<message_id>/regenerate", methods=["POST"])
@generations_per_user
def regenerate(message_id):
    """Ask again for the last answer: a new run on the same files; the answer stays."""
    return _replacing(
        message_id,
        lambda: replacing.regenerate_answer(current_user, message_id, request.form.get("client_key")),
    )


@bp.route("/messages/<message_id>/edit", methods=["POST"])
@generations_per_user
def edit_message(message_id):
    """Send the last message again, edited: a new run on the same files; the first stays."""
    return _replacing(
        message_id,
        lambda: replacing.edit_message(
            current_user, message_id, request.form.get("message", ""), request.form.get("client_key")
        ),
    )


def _replacing(message_id, start) -> Response:
    """Start an Edit or a Regenerate, then show the conversation: the replaced message
    becomes an earlier version, and the new run streams after it. From htmx, the page is
    drawn again in place; without JavaScript, the conversation's page is loaded."""
    try:
        run, _ = start()
    except INPUT_ERRORS as error:
        if _is_htmx():
            return _error_fragment(str(error))
        flash(str(error), "error")
        conversation_id = replacing.conversation_of(current_user, message_id)
        return redirect(url_for(".conversation_page", conversation_id=conversation_id), 303)
    if _is_htmx():
        # The page is drawn again where it stands: no reload, no lost place.
        conversation = conversations.get_conversation(current_user, run.conversation_id)
        return _redraw(conversation, request.form.get("shown_from"), request.form.get("version", type=int))
    return redirect(url_for(".conversation_page", conversation_id=run.conversation_id), 303)


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
            **pages.sidebar_context(current),
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
    context = {"site": site, "path": path, "conversation_id": conversation_id, **pages.image_of(site, path)}
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
    context = {
        "site": site,
        "path": path,
        "conversation_id": site.conversation_id,
        **pages.image_of(site, path),
    }
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
        live=pages.live_state(site.conversation_id) if added else None,
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
