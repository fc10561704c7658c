"""Rate limits: how often a client address, an account or a user may do the costly things.

Log-in, sign-up and password reset are limited per client address, and failed
log-ins per account, so guessing passwords is slow from one address and from many;
starting generations is limited per user. The limits are settings; the counts live
in Redis when REDIS_URL is set (every process shares them), in memory otherwise.
Emails (sign-up and reset links) are limited per recipient, so the app cannot be
used to flood an inbox; a signed-in user's wrong current passwords per user, so a
stolen session cannot guess the password it would need to take the account over.
A request over a limit gets the 429 page with Retry-After.
"""

from flask import Flask, current_app, g, render_template, request
from flask_login import current_user

from .extensions import limiter


def init_app(app: Flask) -> None:
    """Bind the limiter to the app, with its storage."""
    app.config.setdefault("RATELIMIT_STORAGE_URI", app.config.get("REDIS_URL") or "memory://")
    app.config.setdefault("RATELIMIT_KEY_PREFIX", app.config.get("TASK_QUEUE_NAME", "keepsite"))
    limiter.init_app(app)


def _setting(name: str):
    return lambda: current_app.config[name]


def _account() -> str:
    # The email as typed is normalised as log-in normalises it: one account, one count.
    return "account:" + (request.form.get("email") or "").strip().lower()


def _user() -> str:
    return f"user:{current_user.get_id().split('.')[0]}" if current_user.is_authenticated else "anonymous"


def _failed(response) -> bool:
    return response.status_code == 400


# The routes' decorators: only POSTs count (a GET of the form costs nothing).
per_address_login = limiter.limit(_setting("LOGIN_LIMIT_PER_ADDRESS"), methods=["POST"], scope="login")
failures_per_account = limiter.limit(
    _setting("LOGIN_FAILURES_PER_ACCOUNT"),
    key_func=_account,
    methods=["POST"],
    deduct_when=_failed,
    scope="login-account",
)
per_address_signup = limiter.shared_limit(_setting("SIGNUP_LIMIT_PER_ADDRESS"), "signup", methods=["POST"])
per_address_reset = limiter.shared_limit(
    _setting("PASSWORD_RESET_LIMIT_PER_ADDRESS"), "reset", methods=["POST"]
)


def _recipient() -> str:
    return "email:" + (request.form.get("email") or "").strip().lower()


def _email_sent(response) -> bool:
    # The forms answer a sent email by redirecting to "Check your email".
    return response.status_code == 303


emails_per_recipient = limiter.shared_limit(
    _setting("EMAILS_PER_RECIPIENT"), "emails", key_func=_recipient, methods=["POST"], deduct_when=_email_sent
)


def wrong_password_given() -> None:
    """Called by a route that found the current password wrong: it counts against the user."""
    g.wrong_password = True


password_failures_per_user = limiter.shared_limit(
    _setting("PASSWORD_CHECK_FAILURES_PER_USER"),
    "password-check",
    key_func=_user,
    methods=["POST"],
    deduct_when=lambda _response: g.get("wrong_password", False),
)


def _said_at(target: str, message: str):
    """An on_breach answer: from htmx, `message` shows in the page at `target` (a 429 that
    htmx swaps there); otherwise None, and the 429 page."""

    def breach(_limit):
        if request.headers.get("HX-Request") != "true":
            return None
        body = render_template("builder/_send_error.html", message=message)
        response = current_app.make_response((body, 429))
        response.headers["HX-Retarget"] = target
        response.headers["HX-Reswap"] = "innerHTML"
        return response

    return breach


generations_per_user = limiter.limit(
    _setting("GENERATION_LIMIT_PER_USER"),
    key_func=_user,
    methods=["POST"],
    scope="generations",
    on_breach=_said_at(
        "#composer-error",
        "You have started a lot of generations in a short time. Wait a minute, then send again.",
    ),
)
# Each upload reads and checks every image it carries: bounded per user, like generations.
uploads_per_user = limiter.limit(
    _setting("UPLOAD_LIMIT_PER_USER"),
    key_func=_user,
    methods=["POST"],
    scope="uploads",
    on_breach=_said_at(
        "#file-actions-error",
        "You have uploaded a lot of images in a short time. Wait a minute, then upload again.",
    ),
)
