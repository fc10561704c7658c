"""Downloading a site as a ZIP: any version, with its whole history if asked."""

from flask import Response, request, stream_with_context
from flask_login import current_user

from ..services import archives
from . import bp


@bp.get("/<site_id>/export.zip")
def export_zip(site_id):
    """The site's current files as a ZIP (?version=n: that version's; ?history=1: with every version)."""
    history = request.args.get("history") in ("1", "true", "yes")
    download = archives.download(current_user, site_id, request.args.get("version"), history=history)
    response = Response(stream_with_context(download.chunks), mimetype="application/zip")
    response.headers["Content-Disposition"] = f'attachment; filename="{download.filename}"'
    # A version's files never change, but its labels and the history do: not kept anywhere.
    response.headers["Cache-Control"] = "private, no-store"
    return response
