"""The tables: the original design's five, plus users and file contents.

Owned children (messages, snapshots, versions) carry their owner's user_id
too, tied to the parent's by a composite foreign key, so Row Level Security
can check ownership on every row without a join and the two can never
disagree.
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlalchemy.orm as so
from flask_login import UserMixin
from sqlalchemy.dialects import postgresql

from .extensions import db

MESSAGE_ROLES = ("user", "assistant", "system")
# A stopped run was ended by its user: nothing from it is saved, as with a failure, but
# it is no error.
RUN_STATUSES = ("queued", "running", "succeeded", "failed", "stopped")
# How a version came to be: an AI turn, a burst of hand edits, a restore, a fork's
# first version (a copy of another site's), a ZIP brought in. The column has no
# CHECK: this list is the rule.
VERSION_KINDS = ("generated", "edited", "restored", "forked", "imported")
# What a line of a site's publish log records. Publishing an older version than the
# live one is a rollback, a newer one a roll forward.
PUBLISH_ACTIONS = ("published", "rolled_back", "rolled_forward", "unpublished", "moved")
IMPORT_STATUSES = ("queued", "running", "succeeded", "failed")
# A published site's address: /p/<slug>/. Lower-case letters, digits and single hyphens.
SLUG_MAX_LENGTH = 63
# A version's label ("Sent to client") and note, in characters.
LABEL_MAX_LENGTH = 60
NOTE_MAX_LENGTH = 2000


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class UTCDateTime(sa.TypeDecorator):
    """A timestamp that is always timezone-aware in Python, on both databases.

    SQLite keeps no offset, so values are stored as naive UTC there and given
    their UTC zone back when read.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a timezone-aware column")
        if dialect.name == "sqlite":
            return value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


# JSONB on PostgreSQL, JSON (text) on SQLite.
JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _id_column() -> so.MappedColumn:
    return so.mapped_column(sa.Uuid, primary_key=True, default=uuid.uuid4)


def _created_at() -> so.MappedColumn:
    return so.mapped_column(UTCDateTime, default=utcnow, nullable=False)


def _updated_at() -> so.MappedColumn:
    return so.mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)


class User(UserMixin, db.Model):
    __tablename__ = "users"
    __table_args__ = (
        # Emails are kept lower-cased, so the plain UNIQUE is case-insensitive.
        sa.CheckConstraint("email = lower(email)", name="email_lowercase"),
        sa.CheckConstraint("theme IN ('light', 'dark')", name="theme_known"),
    )

    id: so.Mapped[uuid.UUID] = _id_column()
    email: so.Mapped[str] = so.mapped_column(sa.String(320), unique=True)
    password_hash: so.Mapped[str] = so.mapped_column(sa.String(255))
    created_at: so.Mapped[datetime] = _created_at()
    # The app's colours: "light" or "dark" as chosen; None follows the system's preference.
    theme: so.Mapped[str | None] = so.mapped_column(sa.String(10))

    conversations: so.WriteOnlyMapped["Conversation"] = so.relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    sites: so.WriteOnlyMapped["GeneratedSite"] = so.relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )

    # The signed-in session this object was loaded for (not a column). Flask-Login keeps
    # get_id(), "<user id>.<session id>", in the session cookie and the remember cookie:
    # ending the session's row ends both, however they are replayed.
    session_id = None

    def get_id(self) -> str:
        return f"{self.id}.{self.session_id}"

    def __repr__(self) -> str:
        return f"<User {self.email}>"


class UserSession(db.Model):
    """One signed-in session: a browser that logged in, until it logs out, or the user
    logs out everywhere, changes the password or resets it."""

    __tablename__ = "user_sessions"
    __table_args__ = (sa.Index("ix_user_sessions_user_id_created_at", "user_id", "created_at"),)

    id: so.Mapped[uuid.UUID] = _id_column()
    user_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    created_at: so.Mapped[datetime] = _created_at()
    ended_at: so.Mapped[datetime | None] = so.mapped_column(UTCDateTime)
    remember: so.Mapped[bool] = so.mapped_column(default=False)  # "Remember me" was ticked
    user_agent: so.Mapped[str | None] = so.mapped_column(sa.String(255))  # to tell sessions apart


class Conversation(db.Model):
    __tablename__ = "conversations"
    __table_args__ = (
        sa.UniqueConstraint("id", "user_id"),  # target of the children's composite keys
        sa.Index("ix_conversations_user_id_updated_at", "user_id", "updated_at"),
    )

    id: so.Mapped[uuid.UUID] = _id_column()
    # Indexed by (user_id, updated_at) below.
    user_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    title: so.Mapped[str] = so.mapped_column(sa.Text, default="New conversation")
    created_at: so.Mapped[datetime] = _created_at()
    updated_at: so.Mapped[datetime] = _updated_at()
    # `metadata` is reserved by SQLAlchemy's declarative base.
    meta: so.Mapped[dict] = so.mapped_column("metadata", JSONType, default=dict)
    # When it was moved to the trash (None: it is not). Indexed: the trash is emptied by age.
    deleted_at: so.Mapped[datetime | None] = so.mapped_column(UTCDateTime, index=True)

    user: so.Mapped[User] = so.relationship(back_populates="conversations")
    messages: so.WriteOnlyMapped["Message"] = so.relationship(
        back_populates="conversation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Message.created_at",
    )
    snapshots: so.WriteOnlyMapped["ProjectSnapshot"] = so.relationship(
        back_populates="conversation", cascade="all, delete-orphan", passive_deletes=True
    )
    # ON DELETE SET NULL in the database: deleting a chat keeps its sites.
    sites: so.WriteOnlyMapped["GeneratedSite"] = so.relationship(
        back_populates="conversation", passive_deletes=True
    )


class Message(db.Model):
    __tablename__ = "messages"
    __table_args__ = (
        sa.ForeignKeyConstraint(
            ["conversation_id", "user_id"],
            ["conversations.id", "conversations.user_id"],
            ondelete="CASCADE",
        ),
        sa.CheckConstraint("role IN ('user', 'assistant', 'system')", name="role_allowed"),
        sa.Index("ix_messages_conversation_id_created_at", "conversation_id", "created_at"),
    )

    id: so.Mapped[uuid.UUID] = _id_column()
    conversation_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.Uuid)
    user_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.Uuid, index=True)
    role: so.Mapped[str] = so.mapped_column(sa.String(16))
    content: so.Mapped[str] = so.mapped_column(sa.Text)
    created_at: so.Mapped[datetime] = _created_at()

    conversation: so.Mapped[Conversation] = so.relationship(back_populates="messages")


class ProjectSnapshot(db.Model):
    __tablename__ = "project_snapshots"
    __table_args__ = (
        sa.ForeignKeyConstraint(
            ["conversation_id", "user_id"],
            ["conversations.id", "conversations.user_id"],
            ondelete="CASCADE",
        ),
        sa.Index("ix_project_snapshots_conversation_id_created_at", "conversation_id", "created_at"),
    )

    id: so.Mapped[uuid.UUID] = _id_column()
    conversation_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.Uuid)
    user_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.Uuid, index=True)
    message_id: so.Mapped[uuid.UUID | None] = so.mapped_column(
        sa.ForeignKey("messages.id", ondelete="SET NULL"), index=True
    )
    # A manifest {path: content hash}; the file store turns it into a FileMap.
    manifest: so.Mapped[dict] = so.mapped_column("files", JSONType)
    created_at: so.Mapped[datetime] = _created_at()

    conversation: so.Mapped[Conversation] = so.relationship(back_populates="snapshots")


class GeneratedSite(db.Model):
    __tablename__ = "generated_sites"
    __table_args__ = (
        sa.UniqueConstraint("id", "user_id"),
        sa.Index("ix_generated_sites_user_id_updated_at", "user_id", "updated_at"),
        sa.CheckConstraint("is_published = (published_version IS NOT NULL)", name="published_has_a_version"),
        sa.CheckConstraint("published_version IS NULL OR slug IS NOT NULL", name="published_has_a_slug"),
    )

    id: so.Mapped[uuid.UUID] = _id_column()
    # Indexed by (user_id, updated_at) below.
    user_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    conversation_id: so.Mapped[uuid.UUID | None] = so.mapped_column(
        sa.ForeignKey("conversations.id", ondelete="SET NULL"), index=True
    )
    title: so.Mapped[str] = so.mapped_column(sa.Text)
    description: so.Mapped[str | None] = so.mapped_column(sa.Text)
    # The current files, as a manifest (the newest version's, or a restored one's).
    manifest: so.Mapped[dict] = so.mapped_column("files", JSONType)
    preview_image: so.Mapped[str | None] = so.mapped_column(sa.Text)
    # Publishing pins a version: `published_version` is what /p/<slug>/ serves until
    # the user publishes again, whatever the current files become. `is_published`
    # and `published_url` keep the original design's meaning and follow it.
    is_published: so.Mapped[bool] = so.mapped_column(default=False)
    published_url: so.Mapped[str | None] = so.mapped_column(sa.Text)
    published_version: so.Mapped[int | None]
    published_at: so.Mapped[datetime | None] = so.mapped_column(UTCDateTime)
    # Unique across all users (it is the public address); kept when the site is
    # unpublished, so publishing again brings the same address back.
    slug: so.Mapped[str | None] = so.mapped_column(sa.String(SLUG_MAX_LENGTH), unique=True)
    created_at: so.Mapped[datetime] = _created_at()
    updated_at: so.Mapped[datetime] = _updated_at()
    meta: so.Mapped[dict] = so.mapped_column("metadata", JSONType, default=dict)
    # When it was moved to the trash (None: it is not).
    deleted_at: so.Mapped[datetime | None] = so.mapped_column(UTCDateTime, index=True)
    # The number of the newest version. Incremented in the transaction that adds
    # a version, so concurrent writers queue on this row instead of colliding.
    last_version_number: so.Mapped[int] = so.mapped_column(default=0)
    # Hand edits: every save changes the current files at once and bumps the
    # revision (a save names the revision it started from, so a stale tab is
    # refused). A burst of edits becomes one version when it is closed.
    draft_revision: so.Mapped[int] = so.mapped_column(default=0, server_default="0")
    draft_paths: so.Mapped[list | None] = so.mapped_column(JSONType)  # None: no open burst
    # Indexed: housekeeping finds idle bursts of every user by it.
    draft_updated_at: so.Mapped[datetime | None] = so.mapped_column(UTCDateTime, index=True)

    user: so.Mapped[User] = so.relationship(back_populates="sites")
    conversation: so.Mapped[Conversation | None] = so.relationship(back_populates="sites")
    versions: so.WriteOnlyMapped["SiteVersion"] = so.relationship(
        back_populates="site", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def live_conversation_id(self) -> uuid.UUID | None:
        """The conversation that built the site, unless it was deleted or is in the trash."""
        conversation = self.conversation
        return conversation.id if conversation is not None and conversation.deleted_at is None else None


class SiteVersion(db.Model):
    __tablename__ = "site_versions"
    __table_args__ = (
        sa.ForeignKeyConstraint(
            ["site_id", "user_id"],
            ["generated_sites.id", "generated_sites.user_id"],
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("site_id", "version_number"),
    )

    id: so.Mapped[uuid.UUID] = _id_column()
    site_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.Uuid)
    user_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.Uuid, index=True)
    version_number: so.Mapped[int]
    manifest: so.Mapped[dict] = so.mapped_column("files", JSONType)
    created_by_message_id: so.Mapped[uuid.UUID | None] = so.mapped_column(
        sa.ForeignKey("messages.id", ondelete="SET NULL"), index=True
    )
    change_description: so.Mapped[str | None] = so.mapped_column(sa.Text)
    kind: so.Mapped[str] = so.mapped_column(sa.String(16), default="generated", server_default="generated")
    # {"added": [...], "modified": [...], "deleted": [...]} against the version before,
    # kept so history pages never need the manifests.
    changed_paths: so.Mapped[dict] = so.mapped_column(JSONType, default=dict, server_default="{}")
    # The number of the version whose files a restore brought back (None for other kinds):
    # an undo is a restore of the version before the newest, so Redo can be offered.
    restored_from: so.Mapped[int | None]
    created_at: so.Mapped[datetime] = _created_at()
    # A version's files and facts never change once it is added. Its label and note
    # are annotations on it, the only columns that are ever set afterwards.
    label: so.Mapped[str | None] = so.mapped_column(sa.String(LABEL_MAX_LENGTH))
    note: so.Mapped[str | None] = so.mapped_column(sa.Text)

    site: so.Mapped[GeneratedSite] = so.relationship(back_populates="versions")

    @property
    def changed_count(self) -> int:
        """How many files this version added, changed or deleted."""
        return sum(len(paths) for paths in (self.changed_paths or {}).values())


class VersionChange(db.Model):
    """One file that one version added, modified or deleted, with its content key then.

    The same facts as the version's `changed_paths`, one row per file, so one file's
    history is an index range rather than a scan of every version's JSON. Between two
    rows of a path the file did not change: the row before holds the older content.
    """

    __tablename__ = "version_changes"
    __table_args__ = (
        sa.ForeignKeyConstraint(
            ["site_id", "user_id"],
            ["generated_sites.id", "generated_sites.user_id"],
            ondelete="CASCADE",
        ),
        sa.CheckConstraint("change IN ('added', 'modified', 'deleted')", name="change_allowed"),
    )

    # The primary key is the index one file's history reads, newest first.
    site_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.Uuid, primary_key=True)
    path: so.Mapped[str] = so.mapped_column(sa.Text, primary_key=True)
    version_number: so.Mapped[int] = so.mapped_column(primary_key=True)
    user_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.Uuid, index=True)
    change: so.Mapped[str] = so.mapped_column(sa.String(8))
    content_key: so.Mapped[str | None] = so.mapped_column(sa.String(32))  # None: deleted


class PublishEvent(db.Model):
    """One line of a site's publish log: a publish, rollback, roll forward, unpublish or move.

    Never changed nor deleted while the site exists: the log is how a user finds
    which version was live when.
    """

    __tablename__ = "publish_events"
    __table_args__ = (
        sa.ForeignKeyConstraint(
            ["site_id", "user_id"],
            ["generated_sites.id", "generated_sites.user_id"],
            ondelete="CASCADE",
        ),
        sa.CheckConstraint(
            "action IN ('published', 'rolled_back', 'rolled_forward', 'unpublished', 'moved')",
            name="action_allowed",
        ),
        sa.Index("ix_publish_events_site_id_created_at", "site_id", "created_at"),
    )

    id: so.Mapped[uuid.UUID] = _id_column()
    site_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.Uuid)
    user_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.Uuid, index=True)
    action: so.Mapped[str] = so.mapped_column(sa.String(16))
    version_number: so.Mapped[int | None]  # the version made live (None: unpublished)
    slug: so.Mapped[str] = so.mapped_column(sa.String(SLUG_MAX_LENGTH))  # the address at the time
    created_at: so.Mapped[datetime] = _created_at()


class ReviewLink(db.Model):
    """A read-only link to one version of a site, or to a compare of two, for someone without an account.

    The token is the credential: random, unguessable, unique. Kept (not only its
    hash) so the site page can show a link again to copy. A revoked or expired
    link opens nothing; it stays listed until the site is deleted.
    """

    __tablename__ = "review_links"
    __table_args__ = (
        sa.ForeignKeyConstraint(
            ["site_id", "user_id"],
            ["generated_sites.id", "generated_sites.user_id"],
            ondelete="CASCADE",
        ),
        sa.CheckConstraint(
            "(version_number IS NOT NULL AND compare_from IS NULL AND compare_to IS NULL)"
            " OR (version_number IS NULL AND compare_from IS NOT NULL AND compare_to IS NOT NULL)",
            name="one_version_or_a_compare",
        ),
        sa.Index("ix_review_links_site_id_created_at", "site_id", "created_at"),
    )

    id: so.Mapped[uuid.UUID] = _id_column()
    site_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.Uuid)
    user_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.Uuid, index=True)
    token: so.Mapped[str] = so.mapped_column(sa.String(64), unique=True)
    # One version, or a compare of two.
    version_number: so.Mapped[int | None]
    compare_from: so.Mapped[int | None]
    compare_to: so.Mapped[int | None]
    label: so.Mapped[str | None] = so.mapped_column(sa.String(LABEL_MAX_LENGTH))  # e.g. "For Anna"
    created_at: so.Mapped[datetime] = _created_at()
    expires_at: so.Mapped[datetime | None] = so.mapped_column(UTCDateTime)  # None: never
    revoked_at: so.Mapped[datetime | None] = so.mapped_column(UTCDateTime)

    @property
    def is_compare(self) -> bool:
        return self.version_number is None


class SiteImport(db.Model):
    """A ZIP a user brought in, turned into a site on the task queue.

    The upload is kept here (a worker on another machine must read it) until the
    import ends, when it is dropped; the row stays as the import's record.
    """

    __tablename__ = "site_imports"
    __table_args__ = (
        sa.CheckConstraint("status IN ('queued', 'running', 'succeeded', 'failed')", name="status_allowed"),
        sa.Index("ix_site_imports_user_id_created_at", "user_id", "created_at"),
    )

    id: so.Mapped[uuid.UUID] = _id_column()
    user_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    status: so.Mapped[str] = so.mapped_column(sa.String(16), default="queued")
    filename: so.Mapped[str] = so.mapped_column(sa.Text)
    size: so.Mapped[int]  # of the upload, in bytes
    data: so.Mapped[bytes | None] = so.mapped_column(sa.LargeBinary, deferred=True)  # None once ended
    # Progress, in steps the importer names (versions, or files for a plain ZIP).
    done: so.Mapped[int] = so.mapped_column(default=0, server_default="0")
    total: so.Mapped[int] = so.mapped_column(default=0, server_default="0")
    error: so.Mapped[str | None] = so.mapped_column(sa.Text)
    site_id: so.Mapped[uuid.UUID | None] = so.mapped_column(
        sa.ForeignKey("generated_sites.id", ondelete="SET NULL"), index=True
    )
    created_at: so.Mapped[datetime] = _created_at()
    finished_at: so.Mapped[datetime | None] = so.mapped_column(UTCDateTime)


class GenerationRun(db.Model):
    """One generation: from the user's message to the saved result, or a failure.

    Kept in the database, not in a process, so a reload shows it and any app
    process can serve its state.
    """

    __tablename__ = "generation_runs"
    __table_args__ = (
        sa.ForeignKeyConstraint(
            ["conversation_id", "user_id"],
            ["conversations.id", "conversations.user_id"],
            ondelete="CASCADE",
        ),
        sa.CheckConstraint(
            "status IN ('queued', 'running', 'succeeded', 'failed', 'stopped')", name="status_allowed"
        ),
        # A send carries a key made by the page: the same key is the same send.
        sa.UniqueConstraint("user_id", "client_key"),
        sa.Index("ix_generation_runs_conversation_id_created_at", "conversation_id", "created_at"),
        # Housekeeping looks for active runs across all users: a small index of those alone.
        sa.Index(
            "ix_generation_runs_active",
            "status",
            postgresql_where=sa.text("status IN ('queued', 'running')"),
            sqlite_where=sa.text("status IN ('queued', 'running')"),
        ),
    )

    id: so.Mapped[uuid.UUID] = _id_column()
    conversation_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.Uuid)
    user_id: so.Mapped[uuid.UUID] = so.mapped_column(sa.Uuid, index=True)
    user_message_id: so.Mapped[uuid.UUID] = so.mapped_column(
        sa.ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    assistant_message_id: so.Mapped[uuid.UUID | None] = so.mapped_column(
        sa.ForeignKey("messages.id", ondelete="SET NULL"), index=True
    )
    client_key: so.Mapped[str] = so.mapped_column(sa.String(64))
    status: so.Mapped[str] = so.mapped_column(sa.String(16), default="queued")
    generator: so.Mapped[str] = so.mapped_column(sa.String(32))
    output: so.Mapped[str] = so.mapped_column(sa.Text, default="")  # the text streamed so far
    error: so.Mapped[str | None] = so.mapped_column(sa.Text)  # in the user's words
    # What the operator needs to mend it (the AI server's address, its HTTP status): logged,
    # and shown only where the users are the operators (SHOW_OPERATOR_DETAILS).
    error_detail: so.Mapped[str | None] = so.mapped_column(sa.Text)
    # Edit and Regenerate keep what they replace: the answer this run's reply replaces
    # (the run starts from the files that answer started from), and the user's message
    # that this run's message is an edited copy of. Both stay, shown as earlier versions.
    replaces_message_id: so.Mapped[uuid.UUID | None] = so.mapped_column(
        sa.ForeignKey("messages.id", ondelete="SET NULL"), index=True
    )
    edited_message_id: so.Mapped[uuid.UUID | None] = so.mapped_column(
        sa.ForeignKey("messages.id", ondelete="SET NULL"), index=True
    )
    created_at: so.Mapped[datetime] = _created_at()
    started_at: so.Mapped[datetime | None] = so.mapped_column(UTCDateTime)
    heartbeat_at: so.Mapped[datetime | None] = so.mapped_column(UTCDateTime)
    finished_at: so.Mapped[datetime | None] = so.mapped_column(UTCDateTime)
    # Each time a worker claims the run it is a new attempt with a new id; only the
    # attempt holding the run may stream into it or save it, so a run carried out
    # twice (its first worker taken for dead) is saved once.
    attempts: so.Mapped[int] = so.mapped_column(default=0, server_default="0")
    attempt_id: so.Mapped[uuid.UUID | None] = so.mapped_column(sa.Uuid)
    worker: so.Mapped[str | None] = so.mapped_column(sa.String(255))  # host:pid of the attempt's worker
    # The failed run this one retries: unique, so a failed run is retried once.
    retry_of_id: so.Mapped[uuid.UUID | None] = so.mapped_column(
        sa.ForeignKey("generation_runs.id", ondelete="SET NULL"), unique=True
    )

    @property
    def is_active(self) -> bool:
        return self.status in ("queued", "running")


class FileContent(db.Model):
    """One distinct file content of one user, stored once, keyed by its hash."""

    __tablename__ = "file_contents"
    __table_args__ = (
        sa.CheckConstraint("location IN ('db', 's3')", name="location_known"),
        # The bytes are in exactly one place: the row, or the bucket (see content_storage.py).
        sa.CheckConstraint("(location = 'db') = (data IS NOT NULL)", name="data_where_it_lives"),
    )

    user_id: so.Mapped[uuid.UUID] = so.mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    hash: so.Mapped[str] = so.mapped_column(sa.String(32), primary_key=True)
    is_text: so.Mapped[bool]
    size: so.Mapped[int]  # of the content itself, before compression
    # Packed (see compression); NULL when the packed bytes are an object in the bucket.
    data: so.Mapped[bytes | None] = so.mapped_column(sa.LargeBinary)
    compression: so.Mapped[str | None] = so.mapped_column(sa.String(16))  # None or "zlib"
    location: so.Mapped[str] = so.mapped_column(sa.String(8), default="db", server_default="db")
    created_at: so.Mapped[datetime] = _created_at()


# Tables whose rows belong to one user, and the column that names the owner.
# Row Level Security and the ownership tests both read this list.
OWNED_TABLES = {
    "users": "id",
    "conversations": "user_id",
    "messages": "user_id",
    "project_snapshots": "user_id",
    "generated_sites": "user_id",
    "site_versions": "user_id",
    "file_contents": "user_id",
    "generation_runs": "user_id",
    "version_changes": "user_id",
    "publish_events": "user_id",
    "review_links": "user_id",
    "site_imports": "user_id",
    "user_sessions": "user_id",
}
