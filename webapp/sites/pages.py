"""What each sites page shows, gathered from the services for one user.

Templates never query: everything a page needs is here, and nothing here
reads a file's content except the one file the viewer shows.
"""

from collections.abc import Callable
from typing import Any

from flask import url_for
from markupsafe import Markup

from .. import filestore
from ..builder.rendering import highlight_file, highlight_lines
from ..filestore import Manifest
from ..models import GeneratedSite
from ..ownership import NotFound
from ..preview.views import preview_url
from ..services import conversations, file_history, forks, publishing, sites, uploads, versions
from ..services.compare import FileChange, split_lines

# How many of the newest versions the site page lists.
LATEST_VERSIONS = 5


def compare_url(site_id: Any, old: int, new: int) -> str:
    """Where two versions are compared (the compare page is its own module's)."""
    return url_for("sites.compare", site_id=site_id, **{"from": old, "to": new})


def highlight_change(change: FileChange) -> tuple[list[Markup], list[Markup]] | None:
    """A diff's old and new lines, highlighted whole so each line keeps its context (None: no lines)."""
    if not change.hunks:
        return None
    return tuple(
        highlight_lines(change.path, split_lines(content)) if isinstance(content, str) else []
        for content in (change.old_content, change.new_content)
    )


def file_context(
    owner_id: Any,
    manifest: Manifest,
    path: str | None,
    site_id: Any = None,
    version_number: int | None = None,
    url_of: Callable[[str], str] | None = None,
) -> dict:
    """One file of a manifest for the viewer (builder/_file.html): highlighted, or its size if
    binary; an image shown as one, from where the files are served (`url_of` a path; else
    the site's preview, at `version_number` or its current files); with a link to the
    file's history when the site is given."""
    if path is None:
        return {}
    if path not in manifest:
        raise NotFound("file")
    content = filestore.load_one(owner_id, manifest, path)
    shown = {"path": path}
    if site_id is not None:
        shown["history_url"] = url_for("sites.file_history_page", site_id=site_id, path=path)
    if uploads.is_image(path) and (url_of or site_id is not None):
        shown["image_url"] = url_of(path) if url_of else preview_url(owner_id, site_id, version_number, path)
    if isinstance(content, bytes):
        return {**shown, "binary_size": len(content)}
    return {**shown, "highlighted": highlight_file(path, content)}


def site_list(user: Any, *, query: str, sort: str, page: int) -> dict:
    """The site list: one page of sites, searched and sorted."""
    return {
        "pagination": sites.get_site_list(user, query=query or None, sort=sort, page=page),
        "query": query,
        "sort": sort,
    }


def _with_conversations(user: Any, rows: list) -> dict:
    """The conversation of each version's message, for links to where it was made."""
    return conversations.get_conversations_of_messages(user, [row.created_by_message_id for row in rows])


def site_page(user: Any, site_id: Any, open_path: str | None = None) -> dict:
    """A site: its preview and files, its newest versions, what its history costs."""
    site = sites.get_site(user, site_id)
    latest = versions.get_site_versions(user, site.id, per_page=LATEST_VERSIONS)
    return {
        "site": site,
        "paths": sorted(site.manifest),
        "latest": latest,
        "message_conversations": _with_conversations(user, latest.items),
        "cost": sites.get_storage_cost(user, site.id),
        "publish_log": publishing.get_publish_log(user, site.id),
        "compare_url": _compare_latest(site),
        "origin": forks.get_fork_origin(user, site),
        **file_context(site.user_id, site.manifest, open_path, site.id),
    }


def _compare_latest(site: GeneratedSite) -> str | None:
    number = site.last_version_number
    return compare_url(site.id, number - 1, number) if number > 1 else None


def site_file(user: Any, site_id: Any, path: str) -> dict:
    """One of the site's current files for the viewer."""
    site = sites.get_site(user, site_id)
    return file_context(site.user_id, site.manifest, path, site.id)


def history_page(user: Any, site_id: Any, *, page: int, kind: str | None, labelled: bool = False) -> dict:
    """A page of a site's history, newest first, without manifests or contents."""
    site = sites.get_site(user, site_id)
    history = versions.get_site_versions(user, site.id, page=page, kind=kind, labelled=labelled)
    newest = site.last_version_number
    return {
        "site": site,
        "history": history,
        "kind": kind,
        # The filter's query, for links to other pages of the same list.
        "filters": {"kind": kind, "labelled": 1 if labelled else None},
        "message_conversations": _with_conversations(user, history.items),
        "compare_defaults": (max(newest - 1, 1), newest),
    }


def version_page(user: Any, site_id: Any, version_number: Any, open_path: str | None = None) -> dict:
    """One version, read-only: its details, preview and files."""
    site = sites.get_site(user, site_id)
    version = versions.get_version_record(user, site.id, version_number)
    is_current = version.version_number == site.last_version_number
    return {
        "site": site,
        "version": version,
        "paths": sorted(version.manifest),
        "is_current": is_current,
        "message_conversations": _with_conversations(user, [version]),
        "compare_url": None
        if is_current
        else compare_url(site.id, version.version_number, site.last_version_number),
        **file_context(site.user_id, version.manifest, open_path, site.id, version.version_number),
    }


def version_file(user: Any, site_id: Any, version_number: Any, path: str) -> dict:
    """One file of a version for the viewer."""
    site = sites.get_site(user, site_id)
    version = versions.get_version_record(user, site.id, version_number)
    return file_context(site.user_id, version.manifest, path, site.id, version.version_number)


def file_history_page(user: Any, site_id: Any, path: str, *, page: int) -> dict:
    """A page of one file's history: the versions that changed it, each with its diff."""
    history = file_history.get_file_history(user, site_id, path, page=page)
    return {
        "site": history.site,
        "file_history": history,
        "highlighted": [highlight_change(entry.diff) for entry in history.entries],
    }
