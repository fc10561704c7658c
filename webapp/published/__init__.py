"""Published sites: the live version of each, at /p/<slug>/, for anyone, sandboxed."""

from flask import Blueprint

from ..services.publishing import PUBLISHED_PREFIX

bp = Blueprint("published", __name__, url_prefix=PUBLISHED_PREFIX)

from . import hosts, views  # noqa: E402,F401
