"""Bringing a ZIP in as a new site: the upload form's POST, and the import's own page."""

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..services import imports
from ..services.validation import INPUT_ERRORS
from . import bp


@bp.post("/imports")
def start_import():
    """Check the uploaded ZIP cheaply, queue its import and show the import's page."""
    upload = request.files.get("archive")
    if upload is None or not upload.filename:
        flash("Choose a ZIP file to import.", "error")
        return redirect(url_for(".site_list"), 303)
    # One byte past the limit is enough to know it is too large.
    data = upload.stream.read(current_app.config["IMPORT_MAX_UPLOAD_BYTES"] + 1)
    try:
        started = imports.start_import(current_user, upload.filename, data)
    except INPUT_ERRORS as error:
        flash(f"{upload.filename} was not imported: {error}", "error")
        return redirect(url_for(".site_list"), 303)
    return redirect(url_for(".import_page", import_id=started.id), 303)


@bp.get("/imports/<import_id>")
def import_page(import_id):
    """An import's progress (htmx polls its fragment while it runs), then its site or its failure."""
    site_import = imports.get_import(current_user, import_id)
    htmx = request.headers.get("HX-Request") == "true"
    template = "sites/_import_status.html" if htmx else "sites/import.html"
    response = current_app.make_response(render_template(template, site_import=site_import))
    response.vary.add("HX-Request")
    return response
