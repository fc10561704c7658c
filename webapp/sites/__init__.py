"""Sites and their history: the site list, a site's page, its versions, compare."""

from flask import Blueprint
from flask_login import login_required

bp = Blueprint("sites", __name__, url_prefix="/sites")


@bp.before_request
@login_required
def _signed_in_only():
    """Every sites URL is for a signed-in user."""


from . import compare, downloads, imports, publishing, review_links, views  # noqa: E402,F401
