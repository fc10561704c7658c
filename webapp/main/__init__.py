"""The signed-in home page: the user's conversations and sites."""

from flask import Blueprint

bp = Blueprint("main", __name__)

from . import example, views  # noqa: E402,F401
