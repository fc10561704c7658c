"""Comparing two versions of a site: files, diffs, and the rendered pages.

One URL, `/sites/<id>/compare`, whose query says everything shown (versions,
tab, diff layout, page, device width), so any view of a comparison is a link.
With htmx (HX-Request) it answers with the comparison's fragment alone.
"""

from flask import abort, current_app, render_template, request, url_for
from flask_login import current_user
from markupsafe import Markup

from ..services.compare import Comparison, compare_versions
from . import bp
from .pages import highlight_change

TABS = ("code", "rendered")
VIEWS = ("unified", "split")
# Device widths in CSS pixels, as the builder's preview has them.
DEVICES = {"phone": 390, "tablet": 768, "desktop": 1280}


def _choice(name: str, allowed, default: str) -> str:
    # A display option that is not one of ours falls back to the default: the
    # comparison itself is still what was asked for.
    value = request.args.get(name, default)
    return value if value in allowed else default


def _wants_fragment() -> bool:
    # htmx restoring a page that left its history cache asks for the whole page.
    headers = request.headers
    return headers.get("HX-Request") == "true" and not headers.get("HX-History-Restore-Request")


def _highlighted(comparison: Comparison) -> dict[str, tuple[list[Markup], list[Markup]]]:
    """Each shown diff's old and new lines, highlighted whole so each line keeps its context."""
    shown = {change.path: highlight_change(change) for change in comparison.files}
    return {path: lines for path, lines in shown.items() if lines is not None}


@bp.get("/<site_id>/compare")
def compare(site_id):
    """Two versions of a site: the files added, removed and changed with their diffs, or
    a page of each rendered side by side."""
    tab = _choice("tab", TABS, "code")
    comparison = compare_versions(
        current_user, site_id, request.args.get("from"), request.args.get("to"), with_diffs=tab == "code"
    )
    first_page = next(iter(comparison.pages), None)
    page = request.args.get("page") or first_page
    if page is not None and page not in comparison.pages:
        abort(404)
    state = {
        "from": comparison.from_number,
        "to": comparison.to_number,
        "tab": tab,
        "view": _choice("view", VIEWS, "unified"),
        "page": page,
        "device": _choice("device", DEVICES, "desktop"),
    }
    defaults = {"tab": "code", "view": "unified", "device": "desktop", "page": first_page}

    def link(**changes) -> str:
        """This comparison's URL with some of its choices changed (defaults left out)."""
        query = {k: v for k, v in {**state, **changes}.items() if v is not None and defaults.get(k) != v}
        return url_for(".compare", site_id=comparison.site.id, **query)

    template = "sites/_compare.html" if _wants_fragment() else "sites/compare.html"
    response = current_app.make_response(
        render_template(
            template,
            comparison=comparison,
            site=comparison.site,
            state=state,
            link=link,
            devices=DEVICES,
            highlighted=_highlighted(comparison) if tab == "code" else {},
            max_lines=current_app.config["COMPARE_MAX_DIFF_LINES"],
        )
    )
    # The same URL answers with a page or a fragment: caches must keep both apart.
    response.vary.add("HX-Request")
    return response
