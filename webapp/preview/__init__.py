"""Previews: a user's generated sites served sandboxed, behind signed URLs."""

from flask import Blueprint

bp = Blueprint("preview", __name__, url_prefix="/preview")

from . import views  # noqa: E402,F401
