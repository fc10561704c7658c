"""Settings, read from the environment (and a `.env` file beside the project).

Every limit the product enforces is a setting here, with a sensible default.
"""

import os
import secrets
from pathlib import Path

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent
INSTANCE_DIR = Path(os.environ.get("INSTANCE_PATH", PROJECT_ROOT / "instance"))


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return default if raw in (None, "") else int(raw)


def _bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw in (None, ""):
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _ints(name: str, default: tuple[int, ...]) -> tuple[int, ...]:
    raw = os.environ.get(name)
    if raw in (None, ""):
        return default
    return tuple(sorted({int(part) for part in raw.split(",") if part.strip()}))


def _secret_key() -> str:
    """The SECRET_KEY setting, or one generated once and kept under instance/."""
    key = os.environ.get("SECRET_KEY")
    if key:
        return key
    path = INSTANCE_DIR / "secret_key"
    if not path.exists():
        INSTANCE_DIR.mkdir(parents=True, exist_ok=True)
        # Written with O_EXCL so two processes starting together agree on one key.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_hex(32))
    return path.read_text().strip()


def _database_url() -> str:
    url = os.environ.get("DATABASE_URL")
    if url:
        # Heroku-style URLs name the driver-less scheme; we use psycopg 3.
        if url.startswith("postgres://"):
            url = "postgresql://" + url.removeprefix("postgres://")
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        return url
    INSTANCE_DIR.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{INSTANCE_DIR / 'webapp.db'}"


def load_config(overrides: dict | None = None) -> dict:
    """Build the app's configuration from the environment, then `overrides`."""
    load_dotenv(PROJECT_ROOT / ".env")
    overrides = overrides or {}
    debug = _bool("FLASK_DEBUG", False)
    config = {
        "APP_NAME": os.environ.get("APP_NAME", "Keepsite"),
        "SECRET_KEY": os.environ.get("SECRET_KEY"),
        "SQLALCHEMY_DATABASE_URI": _database_url() if os.environ.get("DATABASE_URL") else None,
        # Migrations may run as a different (owning) role than the app.
        "MIGRATION_DATABASE_URL": os.environ.get("MIGRATION_DATABASE_URL") or None,
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "SQLITE_BUSY_TIMEOUT_MS": _int("SQLITE_BUSY_TIMEOUT_MS", 30_000),
        # Sessions and CSRF: tokens live as long as the session, so a long
        # editing session never meets an expired form.
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": _bool("SESSION_COOKIE_SECURE", not debug),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": _bool("SESSION_COOKIE_SECURE", not debug),
        "PERMANENT_SESSION_LIFETIME": _int("SESSION_LIFETIME_DAYS", 30) * 86400,
        "WTF_CSRF_TIME_LIMIT": None,
        "PREVIEW_TOKEN_MAX_AGE_SECONDS": _int("PREVIEW_TOKEN_MAX_AGE_SECONDS", 12 * 3600),
        # Rate limits ("N per minute; M per day"), counted in Redis when REDIS_URL is set,
        # so every process shares them; in each process's memory otherwise.
        "RATELIMIT_ENABLED": _bool("RATELIMIT_ENABLED", True),
        "LOGIN_LIMIT_PER_ADDRESS": os.environ.get("LOGIN_LIMIT_PER_ADDRESS", "10 per minute; 100 per day"),
        "LOGIN_FAILURES_PER_ACCOUNT": os.environ.get("LOGIN_FAILURES_PER_ACCOUNT", "5 per minute"),
        "SIGNUP_LIMIT_PER_ADDRESS": os.environ.get("SIGNUP_LIMIT_PER_ADDRESS", "10 per minute; 100 per day"),
        "GENERATION_LIMIT_PER_USER": os.environ.get(
            "GENERATION_LIMIT_PER_USER", "20 per minute; 1000 per day"
        ),
        "UPLOAD_LIMIT_PER_USER": os.environ.get("UPLOAD_LIMIT_PER_USER", "30 per minute; 500 per day"),
        # Accounts. Passwords are hashed with argon2id at OWASP's recommended minimum
        # (19 MiB, 2 passes, 1 lane), at most PASSWORD_HASH_CONCURRENCY at a time per
        # process, so a burst of log-ins waits instead of exhausting memory.
        "PASSWORD_HASH_MEMORY_KIB": _int("PASSWORD_HASH_MEMORY_KIB", 19 * 1024),
        "PASSWORD_HASH_TIME_COST": _int("PASSWORD_HASH_TIME_COST", 2),
        "PASSWORD_HASH_PARALLELISM": _int("PASSWORD_HASH_PARALLELISM", 1),
        "PASSWORD_HASH_CONCURRENCY": _int("PASSWORD_HASH_CONCURRENCY", 2),
        # Request bodies: larger ones get 413 before they are read. Pages anyone may
        # post to (log-in, sign-up) take far less.
        "MAX_CONTENT_LENGTH": _int("MAX_REQUEST_BYTES", 32 * 1024 * 1024),
        "MAX_FORM_MEMORY_SIZE": _int("MAX_REQUEST_BYTES", 32 * 1024 * 1024),
        "MAX_ANONYMOUS_REQUEST_BYTES": _int("MAX_ANONYMOUS_REQUEST_BYTES", 64 * 1024),
        # Failed checks of a signed-in user's current password (changing it, deleting
        # the account): a stolen session cannot guess it quickly.
        "PASSWORD_CHECK_FAILURES_PER_USER": os.environ.get(
            "PASSWORD_CHECK_FAILURES_PER_USER", "5 per minute"
        ),
        # Asking for a password reset, per client address; and the emails any one
        # address may be sent (sign-up and reset links), so the app cannot flood an inbox.
        "PASSWORD_RESET_LIMIT_PER_ADDRESS": os.environ.get(
            "PASSWORD_RESET_LIMIT_PER_ADDRESS", "5 per minute; 50 per day"
        ),
        "EMAILS_PER_RECIPIENT": os.environ.get("EMAILS_PER_RECIPIENT", "3 per 10 minutes; 20 per day"),
        # Links sent by email: how long they work. A reset link also works only once.
        "SIGNUP_LINK_HOURS": _int("SIGNUP_LINK_HOURS", 24),
        "PASSWORD_RESET_LINK_MINUTES": _int("PASSWORD_RESET_LINK_MINUTES", 60),
        # The app's address as people reach it (https://keepsite.example.com): the links
        # in emails start with it. Empty: the request's own host, for a host on this
        # machine only (127.0.0.1, localhost), since a request can name any host.
        "APP_BASE_URL": os.environ.get("APP_BASE_URL", "").strip().rstrip("/"),
        # Email, sent by SMTP from the task queue. No SMTP_HOST: each email is written
        # to the log instead, so a local install works without a mail server.
        "SMTP_HOST": os.environ.get("SMTP_HOST", ""),
        "SMTP_PORT": _int("SMTP_PORT", 587),
        "SMTP_USERNAME": os.environ.get("SMTP_USERNAME", ""),
        "SMTP_PASSWORD": os.environ.get("SMTP_PASSWORD", ""),
        # "starttls" (upgrade the connection, port 587), "tls" (TLS from the start,
        # port 465) or "none" (a relay on this machine only).
        "SMTP_SECURITY": os.environ.get("SMTP_SECURITY", "starttls").strip().lower(),
        "SMTP_TIMEOUT_SECONDS": float(os.environ.get("SMTP_TIMEOUT_SECONDS") or 20),
        "MAIL_FROM": os.environ.get("MAIL_FROM", "Keepsite <no-reply@localhost>"),
        "PASSWORD_MIN_LENGTH": _int("PASSWORD_MIN_LENGTH", 8),
        "PASSWORD_MAX_LENGTH": _int("PASSWORD_MAX_LENGTH", 1024),
        # The file store's limits.
        "MAX_FILES_PER_SITE": _int("MAX_FILES_PER_SITE", 2_000),
        "MAX_FILE_BYTES": _int("MAX_FILE_BYTES", 10 * 1024 * 1024),
        "MAX_SITE_BYTES": _int("MAX_SITE_BYTES", 50 * 1024 * 1024),
        "MAX_PATH_LENGTH": _int("MAX_PATH_LENGTH", 512),
        # Large contents in an S3-compatible bucket (content_storage.py). No S3_BUCKET:
        # every content stays in the database. Contents of S3_MIN_BYTES or more go to the
        # bucket, under S3_KEY_PREFIX; no endpoint: the provider's default (AWS), and no
        # keys: boto3 finds credentials as usual (environment, instance role).
        "S3_BUCKET": os.environ.get("S3_BUCKET", "").strip(),
        "S3_ENDPOINT_URL": os.environ.get("S3_ENDPOINT_URL", "").strip(),
        "S3_REGION": os.environ.get("S3_REGION", "").strip(),
        "S3_ACCESS_KEY_ID": os.environ.get("S3_ACCESS_KEY_ID", ""),
        "S3_SECRET_ACCESS_KEY": os.environ.get("S3_SECRET_ACCESS_KEY", ""),
        "S3_KEY_PREFIX": os.environ.get("S3_KEY_PREFIX", "contents/"),
        "S3_MIN_BYTES": _int("S3_MIN_BYTES", 256 * 1024),
        # A bucket that does not answer fails a save after this long a wait, tried this often.
        "S3_TIMEOUT_SECONDS": float(os.environ.get("S3_TIMEOUT_SECONDS") or 10),
        "S3_MAX_ATTEMPTS": _int("S3_MAX_ATTEMPTS", 3),
        # Objects that no row names (a save rolled back after its upload) are deleted by a
        # sweep every S3_SWEEP_MINUTES, once they are older than S3_ORPHAN_GRACE_SECONDS
        # (longer than any save takes, so a save in progress keeps its objects).
        "S3_SWEEP_MINUTES": _int("S3_SWEEP_MINUTES", 30),
        "S3_ORPHAN_GRACE_SECONDS": _int("S3_ORPHAN_GRACE_SECONDS", 3600),
        # Images uploaded to a site: how many at once, and how large each may be
        # (in bytes, and in pixels: a small file can unpack to a huge picture).
        "UPLOAD_MAX_IMAGES": _int("UPLOAD_MAX_IMAGES", 20),
        "UPLOAD_MAX_IMAGE_BYTES": _int("UPLOAD_MAX_IMAGE_BYTES", 5 * 1024 * 1024),
        "UPLOAD_MAX_IMAGE_PIXELS": _int("UPLOAD_MAX_IMAGE_PIXELS", 40_000_000),
        # ZIP import (services/imports.py): the upload, what it may unpack to, and a
        # compression ratio past which an entry is taken for a ZIP bomb. Entries
        # count the files of a history's contents too. The whole request is also
        # bounded by MAX_REQUEST_BYTES (413 before it is read): keep the upload under it.
        "IMPORT_MAX_UPLOAD_BYTES": _int("IMPORT_MAX_UPLOAD_BYTES", 30 * 1024 * 1024),
        "IMPORT_MAX_FILES": _int("IMPORT_MAX_FILES", 10_000),
        "IMPORT_MAX_UNPACKED_BYTES": _int("IMPORT_MAX_UNPACKED_BYTES", 200 * 1024 * 1024),
        "IMPORT_MAX_RATIO": _int("IMPORT_MAX_RATIO", 200),
        "IMPORT_MAX_VERSIONS": _int("IMPORT_MAX_VERSIONS", 5_000),
        "IMPORT_MAX_MESSAGES": _int("IMPORT_MAX_MESSAGES", 20_000),
        # An import still queued or running this long after it was made lost its task
        # (a worker died): housekeeping marks it failed, and nothing of it was stored.
        "IMPORT_STALE_SECONDS": _int("IMPORT_STALE_SECONDS", 3600),
        # ZIP download: contents read from the store this many at a time.
        "EXPORT_BATCH_FILES": _int("EXPORT_BATCH_FILES", 50),
        # Text limits.
        "MAX_TITLE_LENGTH": _int("MAX_TITLE_LENGTH", 200),
        "MAX_MESSAGE_CHARS": _int("MAX_MESSAGE_CHARS", 20_000),
        # Hand edits: a pause this long ends an editing burst (one version).
        "EDIT_BURST_IDLE_SECONDS": _int("EDIT_BURST_IDLE_SECONDS", 120),
        # The Edit mode's editor: "codemirror" (line numbers, highlighting; bundled
        # at install time when npm is there) or "textarea" (plain, always there).
        "CODE_EDITOR": os.environ.get("CODE_EDITOR", "codemirror"),
        # Deleted conversations and sites stay in the trash this long.
        "TRASH_RETENTION_DAYS": _int("TRASH_RETENTION_DAYS", 30),
        # Published sites: where they are served (an origin such as https://sites.example.net,
        # so the app's cookies never go with them; empty: /p/<slug>/ on the app's own host),
        # and how many lines of a site's publish log its page shows.
        "PUBLISHED_BASE_URL": os.environ.get("PUBLISHED_BASE_URL", "").strip().rstrip("/"),
        "PUBLISH_LOG_LENGTH": _int("PUBLISH_LOG_LENGTH", 20),
        # Lists.
        "VERSIONS_PER_PAGE": _int("VERSIONS_PER_PAGE", 50),
        "SITES_PER_PAGE": _int("SITES_PER_PAGE", 50),
        # Compare: a file whose diff has more lines than this shows its sizes instead.
        "COMPARE_MAX_DIFF_LINES": _int("COMPARE_MAX_DIFF_LINES", 2_000),
        # Review links: the expiries offered when one is made (in days; and "never"
        # unless turned off), and how many links of a site may be open at once.
        "REVIEW_LINK_EXPIRY_DAYS": _ints("REVIEW_LINK_EXPIRY_DAYS", (1, 7, 30)),
        "REVIEW_LINK_NEVER_EXPIRES": _bool("REVIEW_LINK_NEVER_EXPIRES", True),
        "MAX_REVIEW_LINKS_PER_SITE": _int("MAX_REVIEW_LINKS_PER_SITE", 20),
        "HOME_LIST_LIMIT": _int("HOME_LIST_LIMIT", 50),
        # How often an open builder page asks whether its conversation changed elsewhere.
        "LIVE_UPDATE_SECONDS": _int("LIVE_UPDATE_SECONDS", 3),
        "MESSAGES_PER_PAGE": _int("MESSAGES_PER_PAGE", 50),
        # A page drawn again (news from another tab, an Edit) keeps the older messages its
        # reader loaded, up to this many messages in all.
        "MESSAGES_KEPT_ON_REDRAW": _int("MESSAGES_KEPT_ON_REDRAW", 500),
        "SIDEBAR_LIMIT": _int("SIDEBAR_LIMIT", 200),
        # The AI: "offline" (the built-in rule-based generator, no key, no
        # network) or "openai" (any OpenAI-compatible chat-completions server).
        # Users see the operator's details of an AI failure (the server's address, the
        # setting to check) beside the message in their words: for a deployment whose
        # users run it themselves. Always in the log.
        "SHOW_OPERATOR_DETAILS": _bool("SHOW_OPERATOR_DETAILS", debug),
        "AI_GENERATOR": os.environ.get("AI_GENERATOR", "offline"),
        "AI_BASE_URL": os.environ.get("AI_BASE_URL", ""),
        "AI_API_KEY": os.environ.get("AI_API_KEY", ""),
        "AI_MODEL": os.environ.get("AI_MODEL", ""),
        "AI_TIMEOUT_SECONDS": float(os.environ.get("AI_TIMEOUT_SECONDS") or 120),
        "AI_MAX_CONTEXT_CHARS": _int("AI_MAX_CONTEXT_CHARS", 60_000),
        # Earlier messages sent along with a prompt.
        "AI_HISTORY_MESSAGES": _int("AI_HISTORY_MESSAGES", 20),
        # The offline generator's pause between chunks, so its text streams visibly.
        "AI_OFFLINE_DELAY_SECONDS": float(os.environ.get("AI_OFFLINE_DELAY_SECONDS") or 0.01),
        # Background work (see taskqueue.py). With REDIS_URL the queue is Redis and
        # `flask worker` processes carry the tasks out; without it the queue is a
        # SQLite file and the serving process runs TASK_WORKERS threads itself.
        "REDIS_URL": os.environ.get("REDIS_URL", ""),
        "REDIS_TIMEOUT_SECONDS": float(os.environ.get("REDIS_TIMEOUT_SECONDS") or 3),
        "TASK_QUEUE_NAME": os.environ.get("TASK_QUEUE_NAME", "keepsite"),
        "TASK_QUEUE_PATH": os.environ.get("TASK_QUEUE_PATH") or str(INSTANCE_DIR / "tasks.db"),
        "TASK_WORKERS": _int("TASK_WORKERS", 3),
        "EMBEDDED_WORKER": _bool("EMBEDDED_WORKER", not os.environ.get("REDIS_URL")),
        "TASK_IMMEDIATE": _bool("TASK_IMMEDIATE", False),
        "TASK_POLL_SECONDS": float(os.environ.get("TASK_POLL_SECONDS") or 1),
        "HOUSEKEEPING_SECONDS": float(os.environ.get("HOUSEKEEPING_SECONDS") or 10),
        # Generation runs: how often streamed text is saved and a running run
        # shows it is alive; when silence means its worker died; how many
        # workers may die on one run before it is marked failed.
        "RUN_FLUSH_SECONDS": float(os.environ.get("RUN_FLUSH_SECONDS") or 0.25),
        "RUN_HEARTBEAT_SECONDS": float(os.environ.get("RUN_HEARTBEAT_SECONDS") or 5),
        "RUN_STALE_SECONDS": float(os.environ.get("RUN_STALE_SECONDS") or 30),
        "RUN_MAX_ATTEMPTS": _int("RUN_MAX_ATTEMPTS", 3),
        # htmx is loaded from a CDN; a copy fetched at install time under
        # static/vendor/ is the fallback for offline use. Empty: local only.
        "HTMX_CDN_URL": os.environ.get(
            "HTMX_CDN_URL", "https://cdn.jsdelivr.net/npm/htmx.org@2.0.11/dist/htmx.min.js"
        ),
    }
    config.update(overrides)
    if not config.get("SECRET_KEY"):
        config["SECRET_KEY"] = _secret_key()
    if not config.get("SQLALCHEMY_DATABASE_URI"):
        config["SQLALCHEMY_DATABASE_URI"] = _database_url()
    return config
