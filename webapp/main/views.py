"""The home page."""

from flask import current_app, render_template
from flask_login import current_user

from ..services import conversations, sites
from . import bp


@bp.route("/")
def home():
    """The welcome page for visitors; the user's conversations and sites once signed in."""
    if not current_user.is_authenticated:
        return render_template("main/welcome.html")
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
