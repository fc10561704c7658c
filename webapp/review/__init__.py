"""Review links opened by a visitor: one version, or a compare of two, read-only, no account needed."""

from flask import Blueprint

bp = Blueprint("review", __name__, url_prefix="/r")

from . import views  # noqa: E402,F401
