"""A review link's pages and files, for a visitor without an account.

Every request opens the link again from its token, so revoking or expiry takes
effect at once, on the page and on every file under it; a link that opens
nothing answers 404 everywhere. The pages show only what the link names and
write nothing; they are kept out of referrers and search engines. The site's
files are served sandboxed (see `serving`) under the link's own URL.
"""

from flask import Response, current_app, render_template, request

from .. import filestore, serving
from ..builder.rendering import highlight_css
from ..ownership import NotFound
from ..services import versions
from ..services.review_links import open_review_link
from . import bp, pages

# A review page answers for the link as it is now: never from a cache.
PAGE_CACHE = "private, no-store"
# A file's content never changes under its key, but the link may be revoked:
# the browser keeps it, and asks each time (a 304 once the link is checked).
FILE_CACHE = "private, no-cache"


@bp.after_request
def _keep_private(response: Response) -> Response:
    """No referrer leaves with the link's token in it; no search engine lists a review."""
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Robots-Tag"] = "noindex"
    response.headers.setdefault("Cache-Control", PAGE_CACHE)
    return response


@bp.errorhandler(NotFound)
@bp.errorhandler(404)
def _not_found(_error):
    """One answer for an unknown, revoked or expired link, and anything missing under one."""
    return render_template("review/not_found.html"), 404


def _wants_fragment() -> bool:
    # htmx restoring a page that left its history cache asks for the whole page.
    headers = request.headers
    return headers.get("HX-Request") == "true" and not headers.get("HX-History-Restore-Request")


def _vary(body: str) -> Response:
    response = current_app.make_response(body)
    # The same URL answers with a page or a fragment: caches must keep both apart.
    response.vary.add("HX-Request")
    return response


@bp.get("/<token>/")
def page(token: str):
    """The version a link shows, with its preview and files; or the compare it shows."""
    opened = open_review_link(token)
    if opened.link.is_compare:
        context = pages.compare_review(opened, token, request.args)
        template = "review/_compare.html" if _wants_fragment() else "review/compare.html"
        return _vary(render_template(template, **context))
    context = pages.version_review(opened, token, request.args.get("page"))
    return _vary(render_template("review/version.html", **context))


@bp.get("/<token>/code/<path:path>")
def code(token: str, path: str):
    """One file of the version a link shows, highlighted (the page with it open, without htmx)."""
    opened = open_review_link(token)
    if opened.link.is_compare:
        raise NotFound("file")
    if _wants_fragment():
        return _vary(render_template("builder/_file.html", **pages.version_file(opened, token, path)))
    context = pages.version_review(opened, token, request.args.get("page"), open_path=path)
    return _vary(render_template("review/version.html", **context))


def _own(token: str, number: int) -> str:
    """The URL a version's files are served under: the link's own, never the app's pages."""
    return f"{request.host_url.rstrip('/')}{pages.file_url(token, number)}"


@bp.get("/<token>/files/<int:number>/", defaults={"path": ""})
@bp.get("/<token>/files/<int:number>/<path:path>")
def file(token: str, number: int, path: str):
    """One file of a version the link shows (a page, stylesheet, script or image), sandboxed."""
    try:
        opened = open_review_link(token)
        if number not in opened.version_numbers:
            return serving.not_found()
        manifest = versions.get_version_manifest(opened.owner_id, opened.site.id, number)
    except NotFound:
        return serving.not_found()
    own = _own(token, number)
    file_path = serving.file_path(path, manifest)
    if file_path is None:
        if serving.is_folder(path, manifest):
            # A folder named without its slash: redirect, so the relative links
            # of its index.html resolve inside the folder.
            location = pages.file_url(token, number, path + "/")
            return serving.sandboxed(Response(status=308, headers={"Location": location}), own)
        return serving.not_found(own)
    digest = manifest[file_path]
    if request.if_none_match.contains(digest):
        # The browser already holds this exact content, and the link still opens.
        response = Response(status=304)
    else:
        content = filestore.load_one(opened.owner_id, manifest, file_path)
        data = content.encode("utf-8") if isinstance(content, str) else content
        response = Response(data, content_type=serving.content_type_for(file_path))
    response.set_etag(digest)
    response.headers["Cache-Control"] = FILE_CACHE
    return serving.sandboxed(response, own)


@bp.get("/<token>/<path:rest>")
def elsewhere(token: str, rest: str):
    """Nothing else is under a link."""
    raise NotFound("page")


@bp.get("/-/highlight.css")
def highlight_stylesheet():
    """The colours of highlighted code, for visitors (the builder's copy is for signed-in users)."""
    response = current_app.make_response(highlight_css())
    response.mimetype = "text/css"
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response
