"""What a review page shows, gathered for the visitor of one link.

Everything is read as the link's owner (open_review_link makes them the
acting user), and only what the link names: one version, or the two it
compares. Nothing here names the owner's other versions, conversations or pages.
"""

from typing import Any

from flask import abort, current_app, url_for

from ..services import versions
from ..services.compare import compare_versions
from ..services.review_links import OpenedLink
from ..sites.compare import DEVICES, TABS, VIEWS
from ..sites.pages import file_context, highlight_change


def html_pages(paths) -> list[str]:
    """A version's HTML pages, index.html first: the page a visitor lands on."""
    pages = sorted(p for p in paths if p.lower().endswith((".html", ".htm")))
    return sorted(pages, key=lambda p: (p != "index.html", p))


def file_url(token: str, number: int, path: str = "") -> str:
    """Where one file of a version the link names is served, sandboxed, under the link itself."""
    return url_for("review.file", token=token, number=number, path=path)


def _shown(opened: OpenedLink) -> str:
    link = opened.link
    if link.is_compare:
        return f"Version {link.compare_from} → Version {link.compare_to}"
    return f"Version {link.version_number}"


def _common(opened: OpenedLink, token: str) -> dict:
    return {"site": opened.site, "review_link": opened.link, "token": token, "shown": _shown(opened)}


def version_review(opened: OpenedLink, token: str, page: str | None, open_path: str | None = None) -> dict:
    """A version link: the version's preview at one of its pages, its files, one file open."""
    number = opened.link.version_number
    manifest = versions.get_version_manifest(opened.owner_id, opened.site.id, number)
    pages = html_pages(manifest)
    page = page or next(iter(pages), None)
    if page is not None and page not in pages:
        abort(404)
    return {
        **_common(opened, token),
        "number": number,
        "pages": pages,
        "page": page,
        "paths": sorted(manifest),
        "src": file_url(token, number, page or ""),
        **file_context(
            opened.owner_id, manifest, open_path, url_of=lambda path: file_url(token, number, path)
        ),
    }


def version_file(opened: OpenedLink, token: str, path: str) -> dict:
    """One file of a version link's version, for the viewer."""
    number = opened.link.version_number
    manifest = versions.get_version_manifest(opened.owner_id, opened.site.id, number)
    return file_context(opened.owner_id, manifest, path, url_of=lambda shown: file_url(token, number, shown))


def _choice(args: dict[str, Any], name: str, allowed, default: str) -> str:
    # A display option that is not one of ours falls back to the default.
    value = args.get(name, default)
    return value if value in allowed else default


def compare_review(opened: OpenedLink, token: str, args: dict[str, Any]) -> dict:
    """A compare link: the two versions' files and diffs, or a page of each rendered side by side."""
    link = opened.link
    tab = _choice(args, "tab", TABS, "code")
    comparison = compare_versions(
        opened.owner_id, opened.site.id, link.compare_from, link.compare_to, with_diffs=tab == "code"
    )
    first_page = next(iter(comparison.pages), None)
    page = args.get("page") or first_page
    if page is not None and page not in comparison.pages:
        abort(404)
    state = {
        "from": comparison.from_number,
        "to": comparison.to_number,
        "tab": tab,
        "view": _choice(args, "view", VIEWS, "unified"),
        "page": page,
        "device": _choice(args, "device", DEVICES, "desktop"),
    }
    defaults = {"tab": "code", "view": "unified", "device": "desktop", "page": first_page}

    def link_to(**changes) -> str:
        """This review's URL with some of its display choices changed (defaults left out)."""
        shown = {**state, **changes}
        query = {
            k: v
            for k, v in shown.items()
            if k not in ("from", "to") and v is not None and defaults.get(k) != v
        }
        return url_for("review.page", token=token, **query)

    highlighted = {}
    if tab == "code":
        shown = {change.path: highlight_change(change) for change in comparison.files}
        highlighted = {path: lines for path, lines in shown.items() if lines is not None}
    return {
        **_common(opened, token),
        "comparison": comparison,
        "state": state,
        "link": link_to,
        "devices": DEVICES,
        "highlighted": highlighted,
        "max_lines": current_app.config["COMPARE_MAX_DIFF_LINES"],
        # The compare partials' hooks: the page picker's action, and each version's frame.
        "page_form_action": url_for("review.page", token=token),
        "frame_src": lambda number, path: file_url(token, number, path),
    }
