"""Serving a site's files to a browser: content types, the sandbox, paths.

Generated HTML and JavaScript are hostile by assumption. Every answer that
carries a site's file, a redirect or a 404 goes out with a
Content-Security-Policy `sandbox` without allow-same-origin, so the browser
runs the page in an opaque origin even when it is opened directly: it cannot
read the app's cookies or storage, nor call the app as the user.

The preview, published sites, review links and downloads all serve files
through these helpers.
"""

import mimetypes

from flask import Response, current_app

from . import filestore
from .filestore import InvalidFiles, Manifest

SANDBOX = "sandbox allow-scripts allow-forms allow-popups allow-modals"

NOT_FOUND_PAGE = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>'
    "<body><p>Not found in this site.</p></body></html>"
)

# Fixed versions never change, so a browser may keep their files a while;
# current files change with every turn of the chat.
VERSION_CACHE = "private, max-age=3600"
CURRENT_CACHE = "no-store"

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


def content_security_policy(own: str | None, *, frame_ancestors: str = "'self'") -> str:
    """The policy of an answer carrying a site's file.

    The site may use its own files (those under `own`, the URL its files are
    served under; never the app's pages, to which the browser would send the
    user's cookies), inline code and data/blob URLs, and nothing from another
    origin, so a page can neither phone home nor call the app.
    """
    own = own or "'none'"
    return "; ".join(
        [
            SANDBOX,
            f"default-src {own} data: blob: 'unsafe-inline'",
            "object-src 'none'",
            # Neither falls back to default-src.
            f"base-uri {own}",
            f"form-action {own}",
            f"frame-ancestors {frame_ancestors}",
        ]
    )


def sandboxed(response: Response, own: str | None = None, *, frame_ancestors: str = "'self'") -> Response:
    """`response` with the headers every answer carrying a site's file needs."""
    policy = content_security_policy(own, frame_ancestors=frame_ancestors)
    response.headers["Content-Security-Policy"] = policy
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    if frame_ancestors == "'self'":
        # Set so the app's default (DENY) is not added; browsers that know
        # frame-ancestors follow that instead.
        response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


def not_found(own: str | None = None, **policy) -> Response:
    """The sandboxed 404 page of a site."""
    response = Response(NOT_FOUND_PAGE, status=404, content_type="text/html; charset=utf-8")
    response.headers["Cache-Control"] = CURRENT_CACHE
    return sandboxed(response, own, **policy)


def file_path(path: str, manifest: Manifest) -> str | None:
    """The manifest path a URL path names: a file, or a folder's index.html; None if neither."""
    if path == "" or path.endswith("/"):
        path += "index.html"
    try:
        filestore.check_path(path, current_app.config["MAX_PATH_LENGTH"])
    except InvalidFiles:
        return None
    return path if path in manifest else None


def is_folder(path: str, manifest: Manifest) -> bool:
    """Whether `path`, named without its trailing slash, is a folder with an index.html."""
    return bool(path) and not path.endswith("/") and file_path(path + "/", manifest) is not None
