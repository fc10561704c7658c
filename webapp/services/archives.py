"""Downloading a site as a ZIP: one version's files, optionally with the whole history.

The ZIP is written as it is sent (a generator), reading contents from the store
a batch at a time, so a large site never sits in memory whole. It is
deterministic: the same version (and the same history) gives the same bytes,
with paths sorted, each entry timed at its version's time, fixed permissions
and a fixed compression level.

With the history, `.keepsite/history.json` describes the site, every version
with its manifest, the conversation's messages and the publish log, and each
content those versions name is stored once under `.keepsite/contents/<key>`,
with its size and SHA-256 in the history. The version's own files sit at the
top as in a plain download, so any ZIP tool shows the site. imports.py reads
both kinds back.
"""

import hashlib
import json
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from flask import current_app

from .. import filestore
from ..extensions import db
from ..generation import replacing
from ..models import Conversation, GeneratedSite, Message, PublishEvent, SiteVersion
from ..ownership import act_as, get_owned
from . import versions

HISTORY_FOLDER = ".keepsite"
HISTORY_PATH = f"{HISTORY_FOLDER}/history.json"
CONTENTS_FOLDER = f"{HISTORY_FOLDER}/contents"
HISTORY_FORMAT = "keepsite-history"
HISTORY_FORMAT_VERSION = 1

# A regular file, rw-r--r--, as made on Unix: the same on every server.
_FILE_MODE = 0o100644 << 16
_COMPRESS_LEVEL = 6
# Formats that are compressed already: stored, not deflated again (it would cost
# time and save nothing). The choice depends on the name only, so it is fixed.
_STORED_SUFFIXES = (
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico",
    ".woff", ".woff2", ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".mp3", ".mp4", ".webm", ".pdf",
)  # fmt: skip
# The oldest time a ZIP entry can carry (DOS dates start in 1980).
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Download:
    """A ZIP on its way out: its file name and the generator of its bytes."""

    filename: str
    chunks: Iterator[bytes]


def download(user: Any, site_id: Any, version_number: Any = None, *, history: bool = False) -> Download:
    """A ZIP of a site's version (the newest by default), with its history if asked.

    Everything that can be missing (another user's site, a trashed one, a version
    that does not exist) is looked up here, before the first byte is sent.
    """
    site = get_owned(GeneratedSite, user, site_id)
    current = version_number in (None, "")
    number = site.last_version_number if current else version_number
    version = versions.get_version_record(user, site.id, number)
    return site_download(user, site, version, current=current, history=history)


def site_download(
    user: Any, site: GeneratedSite, version: SiteVersion, *, current: bool = True, history: bool = False
) -> Download:
    """The ZIP of a version of a site the caller has found (in the trash or not): see download().
    `current`: the newest version was asked for, so hand edits not yet closed are in it."""
    manifest, made, suffix = dict(version.manifest), version.created_at, ""
    if current and site.draft_paths is not None:
        # Hand edits not yet closed into a version are the current files: downloaded too
        # (the history has them once their burst becomes a version).
        manifest, made, suffix = dict(site.manifest), site.draft_updated_at or site.updated_at, "-edited"
    name = f"{file_stem(site.title)}-v{version.version_number}{suffix}{'-history' if history else ''}.zip"
    document = history_document(user, site) if history else None
    return Download(name, _zip_chunks(site.user_id, manifest, zip_time(made), document))


def history_document(user: Any, site: GeneratedSite) -> dict:
    """The history of a site as `.keepsite/history.json` holds it (see the module's docstring)."""
    user_id = act_as(user)
    rows = db.session.scalars(
        sa.select(SiteVersion)
        .where(SiteVersion.site_id == site.id, SiteVersion.user_id == user_id)
        .order_by(SiteVersion.version_number)
    ).all()
    conversation = None
    messages: list[Message] = []
    if site.conversation_id is not None:
        # The site's conversation even if it is in the trash: its messages are the history's.
        conversation = db.session.scalar(
            sa.select(Conversation).where(
                Conversation.id == site.conversation_id, Conversation.user_id == user_id
            )
        )
    if conversation is not None:
        messages = list(
            db.session.scalars(
                sa.select(Message)
                .where(Message.conversation_id == conversation.id, Message.user_id == user_id)
                .order_by(Message.created_at, Message.id)
            )
        )
    # Messages are named m1, m2… in reading order: the export names no database id.
    refs = {message.id: f"m{i}" for i, message in enumerate(messages, start=1)}
    # Edited messages and regenerated answers name the version they replaced.
    earlier = replacing.earlier_versions(user_id, conversation.id) if conversation is not None else {}
    events = db.session.scalars(
        sa.select(PublishEvent)
        .where(PublishEvent.site_id == site.id, PublishEvent.user_id == user_id)
        .order_by(PublishEvent.created_at, PublishEvent.id)
    )
    keys = sorted({key for row in rows for key in row.manifest.values()})
    return {
        "format": HISTORY_FORMAT,
        "format_version": HISTORY_FORMAT_VERSION,
        "site": {
            "title": site.title,
            "description": site.description,
            "created_at": iso_time(site.created_at),
        },
        "versions": [
            {
                "number": row.version_number,
                "created_at": iso_time(row.created_at),
                "kind": row.kind,
                "description": row.change_description,
                "label": row.label,
                "note": row.note,
                "restored_from": row.restored_from,
                # A message of another conversation (the site was continued in a new one) is not exported.
                "message": refs.get(row.created_by_message_id),
                "files": dict(sorted(row.manifest.items())),
            }
            for row in rows
        ],
        "conversation": None
        if conversation is None
        else {
            "title": conversation.title,
            "created_at": iso_time(conversation.created_at),
            "messages": [_message_entry(m, refs, earlier) for m in messages],
        },
        "publish_log": [
            {
                "action": event.action,
                "version": event.version_number,
                "slug": event.slug,
                "created_at": iso_time(event.created_at),
            }
            for event in events
        ],
        # Filled in while the contents are written: their sizes and checksums.
        "contents": {key: None for key in keys},
    }


def _zip_chunks(
    user_id: Any, manifest: dict[str, str], when: tuple, document: dict | None
) -> Iterator[bytes]:
    sink = Sink()
    batch = current_app.config["EXPORT_BATCH_FILES"]
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED, compresslevel=_COMPRESS_LEVEL) as archive:
        paths = sorted(manifest)
        for start in range(0, len(paths), batch):
            chunk = paths[start : start + batch]
            contents = filestore.load_keys(user_id, (manifest[path] for path in chunk))
            for path in chunk:
                write_entry(archive, path, _bytes(contents[manifest[path]]), when)
                yield sink.take()
        if document is not None:
            keys = list(document["contents"])
            for start in range(0, len(keys), batch):
                chunk = keys[start : start + batch]
                contents = filestore.load_keys(user_id, chunk)
                for key in chunk:
                    data = _bytes(contents[key])
                    document["contents"][key] = {
                        "size": len(data),
                        "sha256": hashlib.sha256(data).hexdigest(),
                        "text": isinstance(contents[key], str),
                    }
                    # A key has no file name to tell an image by: its first bytes do.
                    write_entry(archive, f"{CONTENTS_FOLDER}/{key}", data, when, stored=_looks_packed(data))
                    yield sink.take()
            body = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
            write_entry(archive, HISTORY_PATH, body, when)
    yield sink.take()


def write_entry(
    archive: zipfile.ZipFile, name: str, data: bytes, when: tuple, *, stored: bool | None = None
) -> None:
    info = zipfile.ZipInfo(name, date_time=when)
    info.create_system = 3  # Unix, so the permissions below are read as such
    info.external_attr = _FILE_MODE
    if stored is None:
        stored = name.lower().endswith(_STORED_SUFFIXES)
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    archive.writestr(info, data, compress_type=method, compresslevel=_COMPRESS_LEVEL)


# Magic numbers of formats that are compressed already (PNG, JPEG, GIF, WebP/RIFF,
# ZIP, gzip, WOFF2): a history's contents have no name to tell them by.
_PACKED_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"PK\x03\x04", b"\x1f\x8b", b"wOF2")


def _looks_packed(data: bytes) -> bool:
    return data.startswith(_PACKED_MAGIC)


class Sink:
    """Where zipfile writes: a buffer the generator empties after each entry.

    It has no `tell`, so zipfile treats it as a stream and writes each entry's
    sizes after its data (a data descriptor) instead of seeking back.
    """

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self._parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data = b"".join(self._parts)
        self._parts.clear()
        return data


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def _message_entry(message: Message, refs: dict, earlier: dict) -> dict:
    entry = {
        "id": refs[message.id],
        "role": message.role,
        "content": message.content,
        "created_at": iso_time(message.created_at),
    }
    if refs.get(earlier.get(message.id)):
        entry["replaces"] = refs[earlier[message.id]]
    return entry


def iso_time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def zip_time(moment: datetime) -> tuple:
    parts = moment.astimezone(UTC).timetuple()[:6]
    return max(tuple(parts), _ZIP_EPOCH)


def file_stem(title: str) -> str:
    """A file name from a site's title: ASCII letters, digits and hyphens ("my-bakery")."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60].strip("-")
    return stem or "site"
