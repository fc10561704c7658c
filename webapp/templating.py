"""Template filters and globals: relative times, the htmx script tags."""

import base64
import hashlib
from datetime import UTC, datetime
from pathlib import Path

from flask import Flask, current_app, url_for
from flask_login import current_user

from .config import PROJECT_ROOT
from .models import LABEL_MAX_LENGTH, NOTE_MAX_LENGTH
from .security import style_nonce

HTMX_LOCAL = PROJECT_ROOT / "static" / "vendor" / "htmx.min.js"
# Built at install time from frontend/ (scripts/fetch_vendor.py); absent without npm.
CODE_EDITOR_BUNDLE = PROJECT_ROOT / "static" / "vendor" / "editor.js"


def relative_time(value: datetime | None, now: datetime | None = None) -> str:
    """'just now', '5 minutes ago', 'yesterday', '3 days ago', or a date."""
    if value is None:
        return ""
    now = now or datetime.now(UTC)
    seconds = int((now - value).total_seconds())
    if seconds < 45:
        return "just now"
    minutes = seconds // 60
    if minutes < 60:
        return f"{max(minutes, 1)} minute{'s' if minutes > 1 else ''} ago"
    hours = minutes // 60
    if hours < 24:
        return f"{hours} hour{'s' if hours > 1 else ''} ago"
    days = hours // 24
    if days == 1:
        return "yesterday"
    if days < 7:
        return f"{days} days ago"
    if value.year == now.year:
        return value.strftime("%b %-d")
    return value.strftime("%b %-d, %Y")


def _subresource_integrity(path: Path) -> str | None:
    # The CDN must serve exactly the bytes of the pinned local copy.
    if not path.exists():
        return None
    digest = hashlib.sha384(path.read_bytes()).digest()
    return "sha384-" + base64.b64encode(digest).decode()


def register(app: Flask) -> None:
    """Install the filters and globals on the app."""
    app.add_template_filter(relative_time, "reltime")
    app.add_template_filter(lambda v: v.isoformat() if v else "", "isoformat")
    app.add_template_global(style_nonce)
    integrity = _subresource_integrity(HTMX_LOCAL)
    code_editor = app.config["CODE_EDITOR"] == "codemirror" and CODE_EDITOR_BUNDLE.exists()

    # The limits of a version's label and note, for the form's maxlength.
    app.jinja_env.globals.update(label_max=LABEL_MAX_LENGTH, note_max=NOTE_MAX_LENGTH)

    @app.context_processor
    def colours():
        # <html data-theme>: the signed-in user's choice; None follows the system's preference.
        return {"user_theme": current_user.theme if current_user.is_authenticated else None}

    @app.context_processor
    def script_sources():
        cdn = current_app.config.get("HTMX_CDN_URL") or None
        return {
            "app_name": current_app.config["APP_NAME"],
            "htmx_cdn_url": cdn if integrity else None,
            "htmx_integrity": integrity,
            "htmx_local_url": url_for("static", filename="vendor/htmx.min.js"),
            # None: the Edit mode is the plain textarea.
            "code_editor_url": url_for("static", filename="vendor/editor.js") if code_editor else None,
        }
