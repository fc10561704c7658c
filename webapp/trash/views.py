"""The trash page, and what can be done with each item in it."""

from flask import flash, redirect, render_template, url_for
from flask_login import current_user

from ..services import trash
from . import bp


@bp.route("/")
def index():
    """Everything in the trash, most recently deleted first."""
    return render_template("trash/page.html", items=trash.get_trash(current_user))


@bp.route("/<kind>/<item_id>/restore", methods=["POST"])
def restore(kind, item_id):
    """Bring an item back as it was."""
    item = trash.restore_from_trash(current_user, kind, item_id)
    flash(f"“{item.title}” is back.", "success")
    if kind == "conversation":
        return redirect(url_for("builder.conversation_page", conversation_id=item.id), 303)
    return redirect(url_for(".index"), 303)


@bp.route("/<kind>/<item_id>/delete")
def confirm_delete(kind, item_id):
    """Ask before deleting forever (a page of its own, so it works without JavaScript)."""
    return render_template(
        "trash/confirm.html", kind=kind, item=trash.get_trashed(current_user, kind, item_id)
    )


@bp.route("/<kind>/<item_id>/delete", methods=["POST"])
def delete(kind, item_id):
    """Delete an item forever."""
    item = trash.get_trashed(current_user, kind, item_id)
    title = item.title
    trash.delete_forever(current_user, kind, item_id)
    flash(f"“{title}” was deleted forever.", "info")
    return redirect(url_for(".index"), 303)
