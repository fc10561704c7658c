"""The trash: deleted conversations and sites, to restore or delete forever."""

from flask import Blueprint
from flask_login import login_required

bp = Blueprint("trash", __name__, url_prefix="/trash")


@bp.before_request
@login_required
def _signed_in_only():
    """The trash is for a signed-in user."""


from . import views  # noqa: E402,F401
