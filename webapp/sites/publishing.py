"""Publishing from the site pages: publish, roll back or forward, unpublish, move, and the panel.

Each POST works without JavaScript (a redirect back, with a flash); the address
form also changes in place with htmx, answering with the Publishing panel.
"""

from flask import flash, redirect, request, url_for
from flask_login import current_user

from ..services import publishing, sites
from ..services.validation import INPUT_ERRORS
from . import bp
from .views import _is_htmx, _render

# Words for the flash, and for the publish log (templates/sites/_publishing.html).
DONE = {
    "published": "Version {n} is live at {url}.",
    "rolled_back": "Rolled back: version {n} is live at {url}.",
    "rolled_forward": "Rolled forward: version {n} is live at {url}.",
}


def _back(site_id, number: int | None = None) -> str:
    """Where a form without JavaScript returns: the page it was posted from (never a URL from the form)."""
    view = request.form.get("view")
    if view == "version" and number is not None:
        return url_for(".version_page", site_id=site_id, version_number=number)
    if view == "history" and number is not None:
        return url_for(".history", site_id=site_id, _anchor=f"version-{number}")
    return url_for(".site_page", site_id=site_id, _anchor="publishing")


def _published(site_id, version_number=None):
    site, action = publishing.publish(current_user, site_id, version_number)
    number = site.published_version
    if action is None:
        flash(f"Version {number} is already live.", "info")
    else:
        flash(DONE[action].format(n=number, url=publishing.public_address(site.slug)), "success")
    return redirect(_back(site.id, number), 303)


@bp.post("/<site_id>/publish")
def publish_current(site_id):
    """Make the current version live (closing a burst of hand edits into a version first)."""
    return _published(site_id)


@bp.post("/<site_id>/versions/<version_number>/publish")
def publish_version(site_id, version_number):
    """Make this version live: a rollback if it is older than the live one, a roll forward if newer."""
    return _published(site_id, version_number)


@bp.post("/<site_id>/unpublish")
def unpublish(site_id):
    """Take the site offline at once; its address is kept for the next publish."""
    site = publishing.unpublish(current_user, site_id)
    flash(f"The site is offline: {publishing.public_address(site.slug)} answers “not found” now.", "info")
    return redirect(_back(site.id), 303)


@bp.post("/<site_id>/address")
def change_address(site_id):
    """Change the site's public address (its slug) in place; the old address stops answering."""
    typed = request.form.get("slug", "")
    try:
        site = publishing.change_slug(current_user, site_id, typed)
    except INPUT_ERRORS as error:
        # Looked up after: a foreign id must answer as a missing one, not with the message.
        site = sites.get_site(current_user, site_id)
        if not _is_htmx():
            flash(f"{error} The address was not changed.", "error")
            return redirect(_back(site.id), 303)
        context = {**panel(site), "error": str(error), "typed": typed}
        return _render("sites/_publishing.html", "sites/_publishing.html", 400, **context)
    if not _is_htmx():
        flash(f"The site’s address is {publishing.public_address(site.slug)} now.", "success")
        return redirect(_back(site.id), 303)
    return _render("sites/_publishing.html", "sites/_publishing.html", **panel(site), saved=True)


def panel(site) -> dict:
    """What the Publishing panel shows of a site."""
    return {"site": site, "publish_log": publishing.get_publish_log(current_user, site.id)}
