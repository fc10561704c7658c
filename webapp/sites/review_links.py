"""A site's review links, for its owner: the list, making one, revoking one.

One URL, `/sites/<id>/review-links`, answers with the management page, or for
htmx with its section alone (which the site page loads in place). Both forms
work without JavaScript: a POST, then a redirect back (or the page again with
the error, answering 400).
"""

from typing import Any

from flask import Response, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..services import review_links, sites
from ..services.validation import INPUT_ERRORS
from . import bp

# The form's fields, as the management page fills them in.
FIELDS = ("kind", "version", "from", "to", "expires", "label")


def review_url(token: str) -> str:
    """The full address of a review link, to give to someone (served by the review blueprint)."""
    return url_for("review.page", token=token, _external=True)


def _is_htmx() -> bool:
    return request.headers.get("HX-Request") == "true"


def section(user: Any, site_id: Any, typed: dict[str, str] | None = None, **extra) -> dict:
    """What the review links section shows: the site's links and the form, filled in with
    what was typed (or asked for in the address), else the current version."""
    site = sites.get_site(user, site_id)
    newest = site.last_version_number
    form = {
        "kind": "version",
        "version": str(newest),
        "from": str(max(newest - 1, 1)),
        "to": str(newest),
        "expires": review_links.default_expiry(),
        "label": "",
    }
    form.update({k: v for k, v in (typed or {}).items() if k in FIELDS and v is not None})
    return {
        "site": site,
        "links": review_links.get_review_links(user, site.id),
        "version_choices": review_links.get_version_numbers(user, site.id),
        "expiry_choices": review_links.expiry_choices(),
        "form": form,
        "review_url": review_url,
        "max_links": current_app.config["MAX_REVIEW_LINKS_PER_SITE"],
        **extra,
    }


def _render(context: dict, status: int = 200) -> Response:
    """The management page, or its section for htmx."""
    template = "sites/_review_links.html" if _is_htmx() else "sites/review_links.html"
    response = current_app.make_response((render_template(template, **context), status))
    # The same URL answers with a page or a fragment: caches must keep both apart.
    response.vary.add("HX-Request")
    return response


def _asked(source) -> dict[str, str]:
    """The form's fields from a query or a form, the compare's two versions meaning a compare."""
    asked = {name: source.get(name) for name in FIELDS if source.get(name) is not None}
    if "kind" not in asked and ("from" in asked or "to" in asked):
        asked["kind"] = "compare"
    return asked


@bp.get("/<site_id>/review-links")
def review_links_page(site_id):
    """The site's review links and the form to make one (prefilled by ?version= or ?from=&to=)."""
    return _render(section(current_user, site_id, _asked(request.args)))


@bp.post("/<site_id>/review-links")
def create_review_link(site_id):
    """Make a review link to one version, or to a compare of two."""
    typed = _asked(request.form)
    compare = typed.get("kind") == "compare"
    try:
        link = review_links.create_review_link(
            current_user,
            site_id,
            version=None if compare else typed.get("version"),
            compare_from=typed.get("from") if compare else None,
            compare_to=typed.get("to") if compare else None,
            expires=typed.get("expires"),
            label=typed.get("label"),
        )
    except INPUT_ERRORS as error:
        return _render(section(current_user, site_id, typed, error=str(error)), 400)
    if _is_htmx():
        return _render(section(current_user, site_id, created=link.id))
    flash(f"Made a review link: {review_url(link.token)}", "success")
    return redirect(url_for(".review_links_page", site_id=site_id, _anchor=f"link-{link.id}"), 303)


@bp.post("/<site_id>/review-links/<link_id>/revoke")
def revoke_review_link(site_id, link_id):
    """Revoke a review link: it opens nothing from now on, and stays listed."""
    review_links.revoke_review_link(current_user, site_id, link_id)
    if _is_htmx():
        return _render(section(current_user, site_id))
    flash("Revoked the review link. It no longer opens.", "success")
    return redirect(url_for(".review_links_page", site_id=site_id), 303)
