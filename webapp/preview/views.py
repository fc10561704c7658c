"""Serve a generated site's files for preview, one file per request, sandboxed.

Every answer here, a file, a redirect or a 404, is sandboxed (see
`serving`). The signed token in the path is the only credential, so no login
is needed and relative links between the site's pages, stylesheets, scripts
and images resolve under it.
"""

from typing import Any

from flask import Response, request, url_for

from .. import filestore, serving
from ..filestore import Manifest
from ..ownership import NotFound
from ..services import sites, versions
from . import bp
from .tokens import PreviewTarget, make_preview_token, read_preview_token


def _own(token: str) -> str:
    """The URL a preview's files are served under: its own, never the app's pages."""
    return f"{request.host_url.rstrip('/')}{url_for('.page', token=token, path='')}"


def _manifest(target: PreviewTarget) -> Manifest:
    if target.version_number is None:
        return sites.get_site(target.user_id, target.site_id).manifest
    # The version row (which checks the site is the user's), for its manifest
    # alone: get_version would load every file of the version.
    return versions.get_version_manifest(target.user_id, target.site_id, target.version_number)


@bp.get("/<token>/", defaults={"path": ""})
@bp.get("/<token>/<path:path>")
def page(token: str, path: str):
    """One file of a site, by a preview token: a page, stylesheet, script or image."""
    target = read_preview_token(token)
    if target is None:
        return serving.not_found()
    try:
        manifest = _manifest(target)
    except NotFound:
        return serving.not_found()
    file_path = serving.file_path(path, manifest)
    if file_path is None:
        if serving.is_folder(path, manifest):
            # A folder named without its slash: redirect, so the relative links
            # of its index.html resolve inside the folder.
            location = url_for(".page", token=token, path=path + "/")
            return serving.sandboxed(Response(status=308, headers={"Location": location}), _own(token))
        return serving.not_found()

    digest = manifest[file_path]
    fixed = target.version_number is not None
    if fixed and request.if_none_match.contains(digest):
        # The browser already holds this exact content: skip reading it.
        response = Response(status=304)
    else:
        content = filestore.load_one(target.user_id, manifest, file_path)
        data = content.encode("utf-8") if isinstance(content, str) else content
        response = Response(data, content_type=serving.content_type_for(file_path))
    if fixed:
        response.set_etag(digest)
        response.headers["Cache-Control"] = serving.VERSION_CACHE
    else:
        response.headers["Cache-Control"] = serving.CURRENT_CACHE
    return serving.sandboxed(response, _own(token))


def preview_url(user_id: Any, site_id: Any, version_number: int | None = None, path: str = "") -> str:
    """The URL of a site's preview (a version's, or the current files'), at `path`."""
    return url_for("preview.page", token=make_preview_token(user_id, site_id, version_number), path=path)
