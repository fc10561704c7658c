"""The home page."""

from flask import current_app, render_template
from flask_login import current_user

from ..services import conversations, sites
from . import bp


@bp.route("/")
def home():
    if not current_user.is_authenticated:
        return render_template("main/welcome.html")
    limit = current_app.config["HOME_LIST_LIMIT"]
    return render_template(
        "main/home.html",
        conversations=conversations.get_conversations(current_user, limit=limit),
        sites=sites.get_sites(current_user, limit=limit),
    )
