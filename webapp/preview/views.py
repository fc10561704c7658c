"""Serve a generated site's files for preview, one file per request, sandboxed.

Generated HTML and JavaScript are hostile by assumption. Every answer here,
a file, a redirect or a 404, carries a Content-Security-Policy `sandbox`
without allow-same-origin, so the browser runs the page in an opaque origin
even when it is opened directly: it cannot read the app's cookies or
storage, nor call the app as the user. The signed token in the path is the
only credential, so no login is needed and relative links between the
site's pages, stylesheets, scripts and images resolve under it.
"""

import mimetypes
from typing import Any

from flask import Response, current_app, request, url_for

from .. import filestore
from ..filestore import InvalidFiles, Manifest
from ..ownership import NotFound
from ..services import sites, versions
from . import bp
from .tokens import PreviewTarget, make_preview_token, read_preview_token

SANDBOX = "sandbox allow-scripts allow-forms allow-popups allow-modals"


def content_security_policy(token: str | None) -> str:
    """The policy of a preview response.

    The site may use its own files (only those under its own preview path, not
    the app's pages: the browser would send the user's cookies along), inline
    code and data/blob URLs, and nothing from another origin, so a preview
    can neither phone home nor call the app.
    """
    own = f"{request.host_url.rstrip('/')}{url_for('.page', token=token, path='')}" if token else "'none'"
    return "; ".join(
        [
            SANDBOX,
            f"default-src {own} data: blob: 'unsafe-inline'",
            "object-src 'none'",
            # Neither falls back to default-src.
            f"base-uri {own}",
            f"form-action {own}",
            # The builder's own pages frame previews; nobody else may.
            "frame-ancestors 'self'",
        ]
    )


# Fixed versions never change, so a browser may keep their files a while;
# current files change with every turn of the chat.
VERSION_CACHE = "private, max-age=3600"
CURRENT_CACHE = "no-store"

NOT_FOUND_PAGE = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>'
    "<body><p>Not found in this site.</p></body></html>"
)

# Built from Python's own table and not the machine's /etc/mime.types, so a
# file is served with the same type on every server; completed with the types
# the web uses that older Pythons lack.
_types = mimetypes.MimeTypes()
for _type, _extension in [
    ("text/javascript", ".js"),
    ("text/javascript", ".mjs"),
    ("image/webp", ".webp"),
    ("image/avif", ".avif"),
    ("font/woff", ".woff"),
    ("font/woff2", ".woff2"),
    ("font/ttf", ".ttf"),
    ("font/otf", ".otf"),
    ("application/manifest+json", ".webmanifest"),
    ("application/json", ".map"),
    ("text/markdown", ".md"),
]:
    _types.add_type(_type, _extension)

_TEXT_TYPES = {"application/json", "application/javascript", "application/xml"}


def content_type_for(path: str) -> str:
    """The Content-Type to serve a site file under, guessed from its name."""
    mimetype, encoding = _types.guess_type(path, strict=False)
    # A name like `data.csv.gz` is a compressed file, not the text it holds.
    if mimetype is None or encoding is not None:
        return "application/octet-stream"
    if mimetype.startswith("text/") or mimetype in _TEXT_TYPES or mimetype.endswith(("+xml", "+json")):
        return f"{mimetype}; charset=utf-8"
    return mimetype


def _sandboxed(response: Response, token: str | None = None) -> Response:
    response.headers["Content-Security-Policy"] = content_security_policy(token)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    # Set so the app's default (DENY) is not added; browsers that know
    # frame-ancestors follow that instead.
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


def _not_found() -> Response:
    response = Response(NOT_FOUND_PAGE, status=404, content_type="text/html; charset=utf-8")
    response.headers["Cache-Control"] = CURRENT_CACHE
    return _sandboxed(response)


def _manifest(target: PreviewTarget) -> Manifest:
    if target.version_number is None:
        return sites.get_site(target.user_id, target.site_id).manifest
    # The version row (which checks the site is the user's), for its manifest
    # alone: get_version would load every file of the version.
    return versions.get_version_manifest(target.user_id, target.site_id, target.version_number)


def _file_path(path: str, manifest: Manifest) -> str | None:
    """The manifest path a URL path names: a file, or a folder's index.html."""
    if path == "" or path.endswith("/"):
        path += "index.html"
    try:
        filestore.check_path(path, current_app.config["MAX_PATH_LENGTH"])
    except InvalidFiles:
        return None
    return path if path in manifest else None


@bp.get("/<token>/", defaults={"path": ""})
@bp.get("/<token>/<path:path>")
def page(token: str, path: str):
    """One file of a site, by a preview token: a page, stylesheet, script or image."""
    target = read_preview_token(token)
    if target is None:
        return _not_found()
    try:
        manifest = _manifest(target)
    except NotFound:
        return _not_found()
    file_path = _file_path(path, manifest)
    if file_path is None:
        if path and not path.endswith("/") and _file_path(path + "/", manifest):
            # A folder named without its slash: redirect, so the relative links
            # of its index.html resolve inside the folder.
            location = url_for(".page", token=token, path=path + "/")
            return _sandboxed(Response(status=308, headers={"Location": location}), token)
        return _not_found()

    digest = manifest[file_path]
    fixed = target.version_number is not None
    if fixed and request.if_none_match.contains(digest):
        # The browser already holds this exact content: skip reading it.
        response = Response(status=304)
    else:
        content = filestore.load_one(target.user_id, manifest, file_path)
        data = content.encode("utf-8") if isinstance(content, str) else content
        response = Response(data, content_type=content_type_for(file_path))
    if fixed:
        response.set_etag(digest)
        response.headers["Cache-Control"] = VERSION_CACHE
    else:
        response.headers["Cache-Control"] = CURRENT_CACHE
    return _sandboxed(response, token)


def preview_url(user_id: Any, site_id: Any, version_number: int | None = None, path: str = "") -> str:
    """The URL of a site's preview (a version's, or the current files'), at `path`."""
    return url_for("preview.page", token=make_preview_token(user_id, site_id, version_number), path=path)
