"""The builder: chat that generates a website, with its live preview."""

from flask import Blueprint

from ..generation.ai_messages import without_progress_notes
from ..generation.runs import new_client_key
from ..preview.views import preview_url
from .rendering import render_markdown

bp = Blueprint("builder", __name__, url_prefix="/builder")
bp.add_app_template_filter(render_markdown, "markdown")
bp.add_app_template_filter(without_progress_notes, "without_progress_notes")
bp.add_app_template_global(preview_url, "preview_url")
bp.add_app_template_global(new_client_key, "new_client_key")

from . import files, views  # noqa: E402,F401
