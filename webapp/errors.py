"""Error pages per status code, and how service errors map onto them."""

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import MethodNotAllowed

from .ownership import NotFound
from .services.validation import INPUT_ERRORS

_TITLES = {
    400: "That request could not be understood",
    403: "Not allowed",
    404: "Page not found",
    405: "Not allowed",
    413: "That is too large",
    429: "Too many requests",
    500: "Something went wrong",
}


def _render(status: int, message: str | None = None, headers: dict | None = None):
    title = _TITLES.get(status, "Error")
    template = "errors/_error.html" if request.headers.get("HX-Request") else "errors/error.html"
    body = render_template(template, status=status, title=title, message=message)
    # The same URL answers with a page or a fragment: caches must keep both apart.
    return body, status, {"Vary": "HX-Request", **(headers or {})}


def _http_error(error: Exception, status: int):
    # A rate limit's own answer (the chat's message above the composer) stands as it is.
    if status == 429 and getattr(error, "response", None) is not None:
        return error.response
    headers = {}
    # A 405 must name the methods the URL does take (RFC 9110).
    if isinstance(error, MethodNotAllowed) and error.valid_methods:
        headers["Allow"] = ", ".join(error.valid_methods)
    return _render(status, headers=headers)


def register(app: Flask) -> None:
    """Install the handlers on the app."""

    @app.errorhandler(NotFound)
    def not_found_in_service(_error):
        return _render(404)

    @app.errorhandler(CSRFError)
    def csrf_error(_error):
        return _render(400, "Your form could not be checked. Reload the page and try again.")

    def invalid_input(error):
        return _render(400, str(error))

    for error_class in INPUT_ERRORS:
        app.register_error_handler(error_class, invalid_input)

    for status in (400, 403, 404, 405, 413, 429, 500):
        app.register_error_handler(status, lambda error, status=status: _http_error(error, status))
