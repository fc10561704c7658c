"""A published site's files, for anyone: the live version's, sandboxed, cache-friendly.

One lookup finds the live site by its slug; a browser that holds a file asks
again with If-None-Match and gets a 304 without the content being read. The
ETag is the content's key, so publishing another version (a rollback) changes
it, and `no-cache` makes every browser ask: a rollback shows at once.
"""

from flask import Response, request, url_for

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
    site = publishing.get_published(slug)
    if site is None:
        return serving.not_found()
    # The URL its files are served under (the CSP's own): never the app's pages.
    own = published_url(slug)
    file_path = serving.file_path(path, site.manifest)
    if file_path is None:
        if serving.is_folder(path, site.manifest):
            # A folder named without its slash: redirect, so its index.html's
            # relative links resolve inside it.
            location = url_for(".page", slug=slug, path=path + "/")
            return serving.sandboxed(Response(status=308, headers={"Location": location}), own)
        return serving.not_found(own)
    digest = site.manifest[file_path]
    if request.if_none_match.contains(digest):
        # The browser holds this exact content: skip reading it.
        response = Response(status=304)
    else:
        content = filestore.load_one(site.user_id, site.manifest, file_path)
        data = content.encode("utf-8") if isinstance(content, str) else content
        response = Response(data, content_type=serving.content_type_for(file_path))
    response.set_etag(digest)
    response.headers["Cache-Control"] = PUBLISHED_CACHE
    return serving.sandboxed(response, own)


@bp.app_template_global()
def published_url(slug: str) -> str:
    """The full public URL of a published site's address, to show and link to."""
    address = publishing.public_address(slug)
    if address.startswith("/"):
        return request.host_url.rstrip("/") + address
    return address
