"""A published site's files, for anyone: the live version's, sandboxed, cache-friendly.

One statement finds the live site by its slug, the file's key in the live
version and its content; a browser that holds the file asks again with
If-None-Match and gets a 304, the content left unread. The
ETag is the content's key, so publishing another version (a rollback) changes
it, and `no-cache` makes every browser ask: a rollback shows at once.
"""

from flask import Response, current_app, request, url_for

from .. import filestore, serving
from ..services import publishing
from . import bp

# Shared caches may keep a copy, but must check it first.
PUBLISHED_CACHE = "public, no-cache"


@bp.get("/", defaults={"slug": "", "path": ""})
@bp.get("/<slug>/", defaults={"path": ""})
@bp.get("/<slug>/<path:path>")
def page(slug: str, path: str):
    """One file of a published site's live version: a page, stylesheet, script or image."""
    # The URL its files are served under (the CSP's own): never the app's pages.
    own = published_url(slug) if slug else None
    wanted = path + "index.html" if path == "" or path.endswith("/") else path
    try:
        filestore.check_path(wanted, current_app.config["MAX_PATH_LENGTH"])
    except filestore.InvalidFiles:
        return serving.not_found(own)
    # One statement finds the live site, the file's key and (unless the browser holds
    # it: If-None-Match) its content.
    known = next(iter(request.if_none_match.as_set()), None)
    found = publishing.get_published_file(slug, wanted, known)
    if found is None:
        return serving.not_found()
    if found.content_key is None:
        folder = publishing.get_published_file(slug, f"{path}/index.html", None) if path else None
        if folder is not None and folder.content_key is not None and not path.endswith("/"):
            # A folder named without its slash: redirect, so its index.html's
            # relative links resolve inside it.
            location = url_for(".page", slug=slug, path=path + "/")
            return serving.sandboxed(Response(status=308, headers={"Location": location}), own)
        return serving.not_found(own)
    if request.if_none_match.contains(found.content_key):
        # The browser holds this exact content: it was not read.
        response = Response(status=304)
    else:
        content = found.content
        data = content.encode("utf-8") if isinstance(content, str) else content
        response = Response(data, content_type=serving.content_type_for(wanted))
    response.set_etag(found.content_key)
    response.headers["Cache-Control"] = PUBLISHED_CACHE
    return serving.sandboxed(response, own)


@bp.app_template_global()
def published_url(slug: str) -> str:
    """The full public URL of a published site's address, to show and link to."""
    address = publishing.public_address(slug)
    if address.startswith("/"):
        return request.host_url.rstrip("/") + address
    return address
