"""The site list, a site page, its history and its versions. One URL answers with the
full page, or with just its fragment for htmx (HX-Request); every pushed URL renders whole."""

from flask import Response, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..models import VERSION_KINDS
from ..ownership import NotFound
from ..services import file_history, forks, sites, trash, version_labels, versions
from ..services.validation import INPUT_ERRORS
from . import bp, pages


def _is_htmx() -> bool:
    return request.headers.get("HX-Request") == "true"


def _vary(body: str, status: int = 200) -> Response:
    """A response whose body depends on HX-Request: caches keep the page and its fragment apart."""
    response = current_app.make_response((body, status))
    response.vary.add("HX-Request")
    return response


def _render(page: str, fragment: str, status: int = 200, **context) -> Response:
    """The page, or its fragment for htmx."""
    return _vary(render_template(fragment if _is_htmx() else page, **context), status)


def _go(target: str) -> Response:
    """After a POST: a redirect, or for htmx a full-page visit (HX-Redirect)."""
    if _is_htmx():
        response = current_app.make_response("")
        response.headers["HX-Redirect"] = target
        return response
    return redirect(target, 303)


def _page_number() -> int:
    try:
        return max(1, int(request.args.get("page", 1)))
    except ValueError:
        return 1


@bp.get("/")
def site_list():
    """Every site of the user's, searched by title (?q=), by last change or by name (?sort=name)."""
    sort = "name" if request.args.get("sort") == "name" else "updated"
    context = pages.site_list(
        current_user, query=request.args.get("q", "").strip(), sort=sort, page=_page_number()
    )
    return _render("sites/list.html", "sites/_site_list.html", **context)


@bp.post("/<site_id>/rename")
def rename(site_id):
    """Rename a site in place."""
    return _change_details(site_id, "title")


@bp.post("/<site_id>/description")
def describe(site_id):
    """Change a site's description in place."""
    return _change_details(site_id, "description")


def _change_details(site_id, field: str) -> Response:
    # The same details show in a row of the list and at the top of the site page.
    view = "page" if request.form.get("view") == "page" else "list"
    value = request.form.get(field, "")
    back = url_for(".site_page", site_id=site_id) if view == "page" else url_for(".site_list")
    try:
        site = sites.update_site(current_user, site_id, **{field: value})
    except INPUT_ERRORS as error:
        if not _is_htmx():
            # Checked before the site is looked up: a foreign id must answer as a missing one.
            sites.get_site(current_user, site_id)
            flash(str(error), "error")
            return redirect(back, 303)
        context = {"site": sites.get_site(current_user, site_id), "error": str(error), "field": field}
        return _render(
            "sites/_site_details.html", "sites/_site_details.html", 400, typed=value, view=view, **context
        )
    if not _is_htmx():
        flash("Saved the site's title." if field == "title" else "Saved the site's description.", "success")
        return redirect(back, 303)
    return _render("sites/_site_details.html", "sites/_site_details.html", site=site, view=view)


@bp.get("/<site_id>")
def site_page(site_id):
    """A site: its preview, files, newest versions and what its history costs."""
    return render_template("sites/page.html", **pages.site_page(current_user, site_id))


@bp.post("/<site_id>/trash")
def move_to_trash(site_id):
    """Move the site to the trash, from which it can be restored."""
    trash.move_to_trash(current_user, "site", site_id)
    flash("The site is in the trash, where it can be restored.", "info")
    return redirect(url_for(".site_list"), 303)


@bp.get("/<site_id>/files/<path:path>")
def site_file(site_id, path):
    """One of the site's current files, highlighted (the site page with it open, without htmx)."""
    if _is_htmx():
        return _vary(render_template("builder/_file.html", **pages.site_file(current_user, site_id, path)))
    return _vary(render_template("sites/page.html", **pages.site_page(current_user, site_id, open_path=path)))


@bp.get("/<site_id>/versions")
def history(site_id):
    """The site's versions, newest first, a page at a time ("Load more"), optionally of one kind."""
    kind = request.args.get("kind") or None
    labelled = request.args.get("labelled") == "1"
    context = pages.history_page(current_user, site_id, page=_page_number(), kind=kind, labelled=labelled)
    return _render("sites/history.html", "sites/_version_rows.html", kinds=VERSION_KINDS, **context)


@bp.get("/<site_id>/files/<path:path>/history")
def file_history_page(site_id, path):
    """The versions that changed one file, newest first, each with its diff and Restore this file."""
    try:
        context = pages.file_history_page(current_user, site_id, path, page=_page_number())
    except NotFound:
        # A file named "history" in a folder has this URL too: "docs/history" is shown
        # (or 404s) as the file it may be, unless a file "docs" was ever in the site.
        return site_file(site_id, f"{path}/history")
    return _render("sites/file_history.html", "sites/_file_history_entries.html", **context)


@bp.post("/<site_id>/files/<path:path>/restore")
def restore_file(site_id, path):
    """Bring one file back as it was in a version (form field `version`), as a new version."""
    back = url_for(".file_history_page", site_id=site_id, path=path)
    number = request.form.get("version")
    try:
        added = file_history.restore_file(current_user, site_id, path, number)
    except INPUT_ERRORS as error:
        flash(str(error), "error")
        return redirect(back, 303)
    flash(f"Restored {path} from version {int(number)} as version {added.version_number}.", "success")
    return redirect(back, 303)


@bp.post("/<site_id>/versions/<version_number>/label")
def label_version(site_id, version_number):
    """Set, change or clear a version's label and note in place (not a new version)."""
    # The same annotation shows in a history row and on the version page.
    view = "page" if request.form.get("view") == "page" else "row"
    label, note = request.form.get("label", ""), request.form.get("note", "")
    try:
        version = version_labels.set_version_label(
            current_user, site_id, version_number, label=label, note=note
        )
    except INPUT_ERRORS as error:
        version = versions.get_version_record(current_user, site_id, version_number)
        if not _is_htmx():
            flash(f"{error} Nothing was saved.", "error")
            return redirect(_annotation_page(site_id, version.version_number, view), 303)
        context = {"error": str(error), "typed": {"label": label, "note": note}}
        return _render(
            "sites/_version_label.html",
            "sites/_version_label.html",
            400,
            version=version,
            view=view,
            **context,
        )
    if not _is_htmx():
        flash(f"Saved the label of version {version.version_number}.", "success")
        return redirect(_annotation_page(site_id, version.version_number, view), 303)
    return _render("sites/_version_label.html", "sites/_version_label.html", version=version, view=view)


def _annotation_page(site_id, number: int, view: str) -> str:
    if view == "page":
        return url_for(".version_page", site_id=site_id, version_number=number)
    return url_for(".history", site_id=site_id, _anchor=f"version-{number}")


@bp.get("/<site_id>/versions/<version_number>")
def version_page(site_id, version_number):
    """One version, read-only, with Restore and Compare with current."""
    return render_template("sites/version.html", **pages.version_page(current_user, site_id, version_number))


@bp.get("/<site_id>/versions/<version_number>/files/<path:path>")
def version_file(site_id, version_number, path):
    """One file of a version, highlighted (the version page with it open, without htmx)."""
    if _is_htmx():
        context = pages.version_file(current_user, site_id, version_number, path)
        return _vary(render_template("builder/_file.html", **context))
    context = pages.version_page(current_user, site_id, version_number, open_path=path)
    return _vary(render_template("sites/version.html", **context))


@bp.post("/<site_id>/versions/<version_number>/restore")
def restore(site_id, version_number):
    """Make a version current again by adding it as the newest; nothing is deleted."""
    added = versions.restore_version(current_user, site_id, version_number)
    flash(f"Restored version {int(version_number)} as version {added.version_number}.", "success")
    return _go(url_for(".site_page", site_id=site_id))


@bp.post("/<site_id>/versions/<version_number>/fork")
def fork(site_id, version_number):
    """Make a new site from a version, and open its new conversation in the builder."""
    # No flash: the new conversation's first line says where the site came from.
    _site, conversation = forks.fork_version(current_user, site_id, version_number)
    return _go(url_for("builder.conversation_page", conversation_id=conversation.id))


@bp.post("/<site_id>/continue")
def continue_in_builder(site_id):
    """Open the site in the builder, in a new conversation if its own is gone."""
    conversation = forks.continue_site(current_user, site_id)
    return _go(url_for("builder.conversation_page", conversation_id=conversation.id))
