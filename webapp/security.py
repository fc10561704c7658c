"""HTTP headers that keep the app's own pages safe to show."""

import secrets
from urllib.parse import urlsplit

from flask import Response, current_app, g, request

_STYLE_NONCE = "keepsite.style_nonce"


def style_nonce() -> str:
    """This response's nonce for `<style>` elements that the page's own scripts add
    (the code editor's): style attributes and other inline styles stay refused."""
    # Kept on the request (not `g`, which an app context may share between requests).
    return request.environ.setdefault(_STYLE_NONCE, secrets.token_urlsafe(16))


def _content_security_policy() -> str:
    styles = ["'self'"]
    if request and _STYLE_NONCE in request.environ:
        styles.append(f"'nonce-{request.environ[_STYLE_NONCE]}'")
    scripts = ["'self'"]
    cdn = current_app.config.get("HTMX_CDN_URL")
    if cdn:
        # The one file, not the CDN's whole host: an injected tag could load any script
        # from a host. (The page's tag also carries the file's SRI hash.)
        parts = urlsplit(cdn)
        scripts.append(f"{parts.scheme}://{parts.netloc}{parts.path}")
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {' '.join(scripts)}",
            f"style-src {' '.join(styles)}",
            "img-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def add_security_headers(response: Response) -> Response:
    """Add the app's security headers unless a view set its own policy."""
    if "Cache-Control" not in response.headers and _signed_in():
        # A signed-in page is the user's alone: no shared cache keeps it, and the
        # back button after logging out asks the server again.
        response.headers["Cache-Control"] = "no-store"
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Content-Security-Policy", _content_security_policy())
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


def _signed_in() -> bool:
    # Only if this request loaded its user already: checking would load it (a query) for
    # every static file too.
    user = g.get("_login_user")
    return user is not None and user.is_authenticated


def is_safe_redirect(target: str | None) -> bool:
    """Whether `target` is a path on this site (for `next` after logging in)."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return False
    if "\\" in target or any(ord(ch) < 32 for ch in target):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc
