"""One file's history: the versions of a site that added, modified or deleted it, each
with its diff against the version before, and restoring that file alone as it was.

Reads the version_changes rows of one path (an index range), never a manifest: the
row before an entry holds the file's older content key, since the file did not change
in between. Takes the acting user first; another user's site, a trashed one, and a
path the site never had all behave like a missing one (NotFound).
"""

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
import sqlalchemy.orm as so
from flask import current_app

from .. import filestore
from ..database import write_transaction
from ..extensions import db
from ..filestore import InvalidFiles
from ..models import GeneratedSite, SiteVersion, VersionChange
from ..ownership import NotFound, act_as, get_owned
from . import versions
from .compare import FileChange, file_change
from .validation import InvalidInput

# The words of the compare page for each kind of change.
_STATUS = {"added": "added", "modified": "changed", "deleted": "removed"}


@dataclass(frozen=True)
class FileHistoryEntry:
    """A version that changed the file: the version (no manifest), the change, its diff."""

    version: SiteVersion
    change: str  # "added", "modified" or "deleted"
    content_key: str | None  # the file's content in this version (None: deleted)
    diff: FileChange


@dataclass(frozen=True)
class FileHistory:
    """One page of a file's history, newest first."""

    site: GeneratedSite
    path: str
    current_key: str | None  # the file in the site's current files (None: not there now)
    entries: list[FileHistoryEntry]
    page: int
    per_page: int
    total: int

    @property
    def has_next(self) -> bool:
        return self.page * self.per_page < self.total

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    def is_current(self, entry: FileHistoryEntry) -> bool:
        """The file is now as it was in this entry's version: restoring it would change nothing."""
        return entry.content_key == self.current_key


def _checked_path(path: Any) -> str:
    # A path that could never be a site's file names nothing: it is missing, not bad input.
    try:
        return filestore.check_path(path, current_app.config["MAX_PATH_LENGTH"])
    except InvalidFiles:
        raise NotFound("file") from None


def _changes_of(user: Any, site_id: Any, path: str) -> list:
    return [
        VersionChange.user_id == act_as(user),
        VersionChange.site_id == site_id,
        VersionChange.path == path,
    ]


def get_file_history(
    user: Any, site_id: Any, path: Any, *, page: int = 1, per_page: int | None = None
) -> FileHistory:
    """A page of the versions that changed one file of the site, newest first, with their diffs.

    Reads only this page's contents of the file (each once), in one query.
    """
    site = get_owned(GeneratedSite, user, site_id)
    path = _checked_path(path)
    per_page = per_page or current_app.config["VERSIONS_PER_PAGE"]
    page = max(1, int(page))
    conditions = _changes_of(user, site.id, path)
    # Counted on the primary key alone, without reading rows: the site is the user's
    # (found above), and the composite foreign key gives its rows the site's owner.
    total = db.session.scalar(
        sa.select(sa.func.count())
        .select_from(VersionChange)
        .where(VersionChange.site_id == site.id, VersionChange.path == path)
    )
    if not total:
        raise NotFound("file")
    # One row past the page: its content is the last entry's older side.
    rows = db.session.execute(
        sa.select(VersionChange.change, VersionChange.content_key, SiteVersion)
        .join(
            SiteVersion,
            sa.and_(
                SiteVersion.site_id == VersionChange.site_id,
                SiteVersion.version_number == VersionChange.version_number,
            ),
        )
        .where(*conditions, SiteVersion.user_id == act_as(user))
        .options(so.defer(SiteVersion.manifest, raiseload=True))
        .order_by(VersionChange.version_number.desc())
        .limit(per_page + 1)
        .offset((page - 1) * per_page)
    ).all()
    shown = rows[:per_page]
    contents = filestore.load_keys(site.user_id, {row.content_key for row in rows if row.content_key})
    entries = []
    for index, (change, key, version) in enumerate(shown):
        older = rows[index + 1].content_key if index + 1 < len(rows) else None
        diff = file_change(path, _STATUS[change], contents.get(older), contents.get(key))
        entries.append(FileHistoryEntry(version=version, change=change, content_key=key, diff=diff))
    return FileHistory(
        site=site,
        path=path,
        current_key=site.manifest.get(path),
        entries=entries,
        page=page,
        per_page=per_page,
        total=total,
    )


def restore_file(user: Any, site_id: Any, path: Any, version_number: Any) -> versions.AddedVersion:
    """Add a version in which only this file is as it was in `version_number` (removed if it
    was not there then); every other file stays as it is now. Nothing is deleted or changed."""
    with write_transaction(user):
        site = get_owned(GeneratedSite, user, site_id, for_update=True)
        path = _checked_path(path)
        source = versions.get_version_record(user, site.id, version_number)
        if not db.session.scalar(sa.select(sa.literal(1)).where(*_changes_of(user, site.id, path)).limit(1)):
            raise NotFound("file")
        wanted = source.manifest.get(path)
        files = dict(site.manifest)
        if files.get(path) == wanted:
            raise InvalidInput(
                f"{path} is already as it was in version {source.version_number}: nothing was restored."
            )
        if wanted is None:
            del files[path]
        else:
            files[path] = wanted
            # Brought back beside today's files, it must not clash with them (a folder of that name).
            filestore.check_paths(list(files), filestore.Limits.from_config())
        # Not `restored_from`: that names a whole version brought back, which Undo and Redo read.
        return versions.add_version(
            user,
            site.id,
            files,
            f"Restored {path} from version {source.version_number}",
            kind="restored",
        )
