"""Files by hand in the builder: a new file, images uploaded, a file renamed, a file deleted.

Each is a version of the site (services/file_actions.py). The page is shown
again with the file open (or the list, after a delete) and the new version in
the chat; a refused name says why beside the file list and changes nothing.
"""

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..ratelimits import uploads_per_user
from ..services import file_actions, sites, uploads
from ..services.validation import INPUT_ERRORS
from . import bp


def _back(site, path: str | None = None):
    """To the site's conversation, with `path` open in the file viewer."""
    if site.conversation_id is None:
        target = url_for("sites.site_page", site_id=site.id)
    else:
        query = {"file": path} if path else {}
        target = (
            url_for("builder.conversation_page", conversation_id=site.conversation_id, **query) + "#files"
        )
    if request.headers.get("HX-Request") == "true":
        response = current_app.make_response("")
        response.headers["HX-Redirect"] = target
        return response
    return redirect(target, 303)


def _refused(site, message: str):
    if request.headers.get("HX-Request") == "true":
        response = current_app.make_response(
            (render_template("builder/_send_error.html", message=message), 400)
        )
        response.headers["HX-Retarget"] = "#file-actions-error"
        response.headers["HX-Reswap"] = "innerHTML"
        return response
    flash(message, "error")
    return _back(site)


@bp.post("/sites/<site_id>/files/new")
def new_file(site_id):
    """Add a file (ready to fill for its kind), and open it."""
    site = sites.get_site(current_user, site_id)
    path = request.form.get("path", "")
    try:
        added = file_actions.add_file(current_user, site.id, path)
    except INPUT_ERRORS as error:
        return _refused(site, str(error))
    flash(f"Added {path.strip()} · version {added.version_number}.", "success")
    return _back(site, path.strip())


@bp.post("/sites/<site_id>/files/upload")
@uploads_per_user
def upload_images(site_id):
    """Add images to the site (one version for all of them), and open the first."""
    site = sites.get_site(current_user, site_id)
    sent = [
        uploads.Upload(file.filename or "", file.read(current_app.config["UPLOAD_MAX_IMAGE_BYTES"] + 1))
        for file in request.files.getlist("images")
    ]
    try:
        uploaded = uploads.upload_images(current_user, site.id, sent, request.form.get("folder", "images"))
    except INPUT_ERRORS as error:
        return _refused(site, str(error))
    names = ", ".join(uploaded.paths) if len(uploaded.paths) <= 3 else f"{len(uploaded.paths)} images"
    flash(f"Uploaded {names} · version {uploaded.version.version_number}.", "success")
    return _back(site, uploaded.paths[0])


@bp.post("/sites/<site_id>/files/rename")
def rename_file(site_id):
    """Give a file another name (or folder), and open it there."""
    site = sites.get_site(current_user, site_id)
    path, new_path = request.form.get("path", ""), request.form.get("new_path", "")
    try:
        added = file_actions.rename_file(current_user, site.id, path, new_path)
    except INPUT_ERRORS as error:
        return _refused(site, str(error))
    flash(f"Renamed {path} to {new_path.strip()} · version {added.version_number}.", "success")
    return _back(site, new_path.strip())


@bp.post("/sites/<site_id>/files/delete")
def delete_file(site_id):
    """Remove a file from the site (its history keeps it: Undo brings it back)."""
    site = sites.get_site(current_user, site_id)
    path = request.form.get("path", "")
    try:
        added = file_actions.delete_file(current_user, site.id, path)
    except INPUT_ERRORS as error:
        return _refused(site, str(error))
    flash(f"Deleted {path} · version {added.version_number}. Undo in the chat brings it back.", "success")
    return _back(site)
