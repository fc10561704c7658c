"""The home page, and the health check."""

from flask import current_app, jsonify, render_template
from flask_login import current_user

from .. import health
from ..services import conversations, sites
from . import bp
from .example import EXAMPLE_PROMPT


@bp.route("/")
def home():
    """The welcome page for visitors; the user's conversations and sites once signed in."""
    if not current_user.is_authenticated:
        return render_template("main/welcome.html", example_prompt=EXAMPLE_PROMPT)
    limit = current_app.config["HOME_LIST_LIMIT"]
    # One more than is shown tells whether the list was cut short, so a count
    # never claims 50 when there are more.
    conversation_list = conversations.get_conversations(current_user, limit=limit + 1)
    site_list = sites.get_sites(current_user, limit=limit + 1)
    return render_template(
        "main/home.html",
        limit=limit,
        conversations=conversation_list[:limit],
        more_conversations=len(conversation_list) > limit,
        sites=site_list[:limit],
        more_sites=len(site_list) > limit,
    )


@bp.route("/healthz")
def healthz():
    """200 when the database and the task queue answer, 503 otherwise (for load balancers)."""
    checks = health.check()
    healthy = all(checks.values())
    parts = {name: "ok" if answers else "down" for name, answers in checks.items()}
    response = jsonify({"status": "ok" if healthy else "unavailable", **parts})
    response.status_code = 200 if healthy else 503
    response.cache_control.no_store = True
    return response
