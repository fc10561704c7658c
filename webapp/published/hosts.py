"""Which host serves what, and no cookies on published pages.

With PUBLISHED_BASE_URL set, published sites have an origin of their own: the
app's host redirects /p/ there, and that host answers nothing but /p/, so a
browser never sends the app's cookies with a published page, nor shows an app
page under the published origin. Either way no published answer ever sets a
cookie: a visitor signed in to the app must not get one refreshed by a page
anyone can write.
"""

from urllib.parse import urlsplit

from flask import Flask, Request, Response, redirect, request
from flask.sessions import SecureCookieSessionInterface

from .. import serving
from ..services.publishing import PUBLISHED_PREFIX, published_base
from . import bp


def published_host() -> str | None:
    """The host (with its port) of PUBLISHED_BASE_URL, lower-cased; None when sites share the app's."""
    base = published_base()
    return (urlsplit(base).netloc.lower() or None) if base else None


def is_published_path(path: str) -> bool:
    """Whether a request path is under the published sites' prefix."""
    return path == PUBLISHED_PREFIX or path.startswith(PUBLISHED_PREFIX + "/")


def is_published_request(req: Request) -> bool:
    """Whether this request is for a published page, or comes to the published host at all."""
    host = published_host()
    return is_published_path(req.path) or (host is not None and req.host.lower() == host)


@bp.before_app_request
def _split_hosts() -> Response | None:
    host = published_host()
    if host is None:
        return None
    on_published_host = request.host.lower() == host
    under_prefix = is_published_path(request.path)
    if on_published_host and not under_prefix:
        # The app is not served here: no login form under an origin whose pages anyone writes.
        return serving.not_found()
    if under_prefix and not on_published_host:
        query = request.query_string.decode("latin-1")
        target = published_base() + request.path + (f"?{query}" if query else "")
        # Temporary: the setting may change, and a browser would keep a permanent one for good.
        return serving.sandboxed(redirect(target, 302))
    return None


class SessionInterface(SecureCookieSessionInterface):
    """The app's signed-cookie session, never saved on a published page's answer."""

    def save_session(self, app: Flask, session, response: Response) -> None:
        if is_published_request(request):
            # The last step before the answer leaves, after every after_request
            # (Flask-Login's remember cookie among them): nothing sets a cookie here.
            response.headers.remove("Set-Cookie")
            return
        super().save_session(app, session, response)


@bp.record_once
def _install_session_interface(state) -> None:
    state.app.session_interface = SessionInterface()
