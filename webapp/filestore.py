"""The file store: the one place that knows how a site's files are kept.

Callers hand in and get back FileMaps, `{path: content}` with text (str) or
binary (bytes) contents. Underneath, each distinct content is stored once per
user in `file_contents`, keyed by a hash, and rows that hold files keep only a
manifest `{path: hash}`. A version in which k files changed adds k contents.

With S3_BUCKET set, a content of S3_MIN_BYTES or more keeps its row (size,
kind, location 's3') but its packed bytes live in the bucket
(content_storage.py): put before the row is inserted, so a row only ever
names an object that exists, and deleted after the row's delete commits
(bucket_upkeep.py), with a periodic sweep for what a rollback left behind.
"""

import base64
import dataclasses
import functools
import hashlib
import unicodedata
import uuid
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import sqlalchemy as sa
from flask import current_app

from . import content_storage
from .database import after_commit
from .extensions import db
from .models import FileContent, GeneratedSite, ProjectSnapshot, SiteVersion, utcnow
from .ownership import act_as
from .taskqueue import enqueue

FileMap = dict[str, str | bytes]
Manifest = dict[str, str]


class InvalidFiles(ValueError):
    """A FileMap that the store refuses; the message says why, for the user."""


class StorageUnavailable(InvalidFiles):
    """The bucket did not answer: nothing was saved, and trying again later may work.

    An InvalidFiles, so every page and run that shows a refused save shows this too.
    """

    def __init__(self, message: str = "Storage is not answering; nothing was saved. Try again in a moment."):
        super().__init__(message)


@dataclass(frozen=True)
class Limits:
    max_files: int
    max_file_bytes: int
    max_total_bytes: int
    max_path_length: int

    @classmethod
    def from_config(cls) -> "Limits":
        """The limits configured for the running app."""
        config = current_app.config
        return cls(
            max_files=config["MAX_FILES_PER_SITE"],
            max_file_bytes=config["MAX_FILE_BYTES"],
            max_total_bytes=config["MAX_SITE_BYTES"],
            max_path_length=config["MAX_PATH_LENGTH"],
        )


def _kib(n: int) -> str:
    return f"{n / 1024:,.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MB"


def check_path(path: object, max_length: int) -> str:
    """Return `path` if it is a safe relative POSIX path, else raise InvalidFiles."""
    if not isinstance(path, str):
        raise InvalidFiles("File paths must be text.")
    shown = repr(path)[:80]
    if not path:
        raise InvalidFiles("A file path is empty.")
    if len(path) > max_length:
        raise InvalidFiles(f"The file path {shown} is longer than {max_length} characters.")
    # Control, surrogate and format characters (bidi overrides hide a name's end).
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Cf") for ch in path):
        raise InvalidFiles(f"The file path {shown} contains a control character.")
    if "\\" in path:
        raise InvalidFiles(f"The file path {shown} contains a backslash; use '/'.")
    if path.startswith("/"):
        raise InvalidFiles(f"The file path {shown} is absolute; paths are relative to the site.")
    for segment in path.split("/"):
        if segment == "":
            raise InvalidFiles(f"The file path {shown} has an empty folder name.")
        if segment in (".", ".."):
            raise InvalidFiles(f"The file path {shown} may not contain '.' or '..'.")
        if segment != segment.strip():
            raise InvalidFiles(f"The file path {shown} has a name that starts or ends with a space.")
    if len(path) >= 2 and path[1] == ":":
        raise InvalidFiles(f"The file path {shown} looks like a drive letter.")
    return path


def _normalised(path: str) -> str:
    # Two paths that a person, a ZIP tool or a case-insensitive disk would take
    # for one file are one file.
    return unicodedata.normalize("NFC", path).casefold()


def check_paths(paths: list[str], limits: Limits) -> None:
    """Check a site's paths together: their number, no two naming one file, and
    no path that is both a file and a folder. Each path is checked already."""
    if len(paths) > limits.max_files:
        raise InvalidFiles(f"A site may have at most {limits.max_files:,} files.")
    seen: dict[str, str] = {}
    for path in paths:
        key = _normalised(path)
        if key in seen:
            raise InvalidFiles(f"The paths {seen[key]!r} and {path!r} name the same file.")
        seen[key] = path
    # A path that is a file cannot also be a folder holding other files.
    folders = {key.rsplit("/", 1)[0] for key in seen if "/" in key}
    for key in folders:
        parts = key.split("/")
        for i in range(1, len(parts) + 1):
            prefix = "/".join(parts[:i])
            if prefix in seen:
                raise InvalidFiles(f"{seen[prefix]!r} is a file and also a folder of other files.")


def _encode(path: str, content: object, limits: Limits) -> bytes:
    if isinstance(content, str):
        try:
            data = content.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidFiles(f"The file {path!r} is not valid text.") from None
    elif isinstance(content, bytes | bytearray | memoryview):
        data = bytes(content)
    else:
        raise InvalidFiles(f"The content of {path!r} must be text or bytes.")
    if len(data) > limits.max_file_bytes:
        raise InvalidFiles(f"The file {path!r} is larger than {_kib(limits.max_file_bytes)}.")
    return data


def _encode_each(files: object, limits: Limits) -> dict[str, bytes]:
    """Each path and content checked on its own, the contents encoded; their
    number and total size checked (not the paths against each other)."""
    if not isinstance(files, Mapping):
        raise InvalidFiles("Files must be given as a mapping of path to content.")
    if len(files) > limits.max_files:
        raise InvalidFiles(f"A site may have at most {limits.max_files:,} files.")
    encoded: dict[str, bytes] = {}
    total = 0
    for path, content in files.items():
        check_path(path, limits.max_path_length)
        encoded[path] = _encode(path, content, limits)
        total += len(encoded[path])
        if total > limits.max_total_bytes:
            raise InvalidFiles(f"The files add up to more than {_kib(limits.max_total_bytes)}.")
    return encoded


def validate(files: object, limits: Limits) -> dict[str, bytes]:
    """Check a whole FileMap; return its contents encoded, or raise InvalidFiles."""
    encoded = _encode_each(files, limits)
    check_paths(list(encoded), limits)
    return encoded


def content_hash(data: bytes, is_text: bool) -> str:
    """The key of a content: 128 bits of its SHA-256, base64url (22 characters).

    Short keys keep manifests small (they are stored on every snapshot and
    version); 128 bits keep collisions out of reach within one user's files.
    Text and bytes with the same bytes are different contents.
    """
    kind = b"text\0" if is_text else b"binary\0"
    digest = hashlib.sha256(kind + data).digest()[:16]
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


# Contents smaller than this, or that shrink by less than a tenth (images,
# archives), are kept as they are.
_COMPRESS_MIN_BYTES = 128


def _pack(data: bytes) -> tuple[bytes, str | None]:
    if len(data) >= _COMPRESS_MIN_BYTES:
        packed = zlib.compress(data, 6)
        if len(packed) <= len(data) * 0.9:
            return packed, "zlib"
    return data, None


def _unpack(data: bytes, compression: str | None) -> bytes:
    if compression is None:
        return data
    if compression == "zlib":
        return zlib.decompress(data)
    raise LookupError(f"unknown compression {compression!r} in the file store")


@dataclass(frozen=True)
class Content:
    """One file content, checked, hashed and packed: ready for `file_contents`."""

    hash: str
    is_text: bool
    size: int  # before packing
    data: bytes  # packed
    compression: str | None
    # Whose bucket folder already holds it (put by `prepare`, before the transaction).
    put_for: uuid.UUID | None = None


class Prepared(dict[str, Content]):
    """Changed files as `{path: Content}`: the work that needs no database
    (checking, hashing, compressing) done, so it can happen before a write
    transaction takes its lock."""


def prepare(files: object, limits: Limits | None = None, *, user_id: uuid.UUID | None = None) -> Prepared:
    """Check each path and content of a FileMap, hash and pack them.

    The paths are not checked against each other or the rest of the site:
    `store` and `apply_changes` do that with the whole site's paths. With
    `user_id`, the contents that go to the bucket are put there now, so the write
    transaction only checks that they are still there (an upload of megabytes
    would otherwise hold its lock: on SQLite, the whole database's).
    """
    limits = limits or Limits.from_config()
    if isinstance(files, Prepared):
        return files
    prepared = Prepared()
    packed_by_hash: dict[str, Content] = {}
    for path, data in _encode_each(files, limits).items():
        is_text = isinstance(files[path], str)
        digest = content_hash(data, is_text)
        if digest not in packed_by_hash:
            packed, compression = _pack(data)
            packed_by_hash[digest] = Content(digest, is_text, len(data), packed, compression)
        prepared[path] = packed_by_hash[digest]
    if user_id is not None:
        early = put_early(user_id, packed_by_hash)
        prepared = Prepared((path, early[content.hash]) for path, content in prepared.items())
    return prepared


def put_early(user_id: uuid.UUID, contents: Mapping[str, Content]) -> dict[str, Content]:
    """Before a write transaction: put the contents that go to the bucket there now, and
    return them marked so that the transaction only checks they are still there."""
    if not content_storage.enabled():
        return dict(contents)
    early = {}
    for key, content in contents.items():
        if content_storage.goes_to_bucket(content.size) and content.put_for != user_id:
            _put(user_id, content)
            content = dataclasses.replace(content, put_for=user_id)
        early[key] = content
    return early


def _put(user_id: uuid.UUID, content: Content) -> None:
    try:
        content_storage.put(content_storage.object_key(user_id, content.hash), content.data)
    except content_storage.BucketError as error:
        current_app.logger.warning("the bucket refused a content: %s", error)
        raise StorageUnavailable() from error


def prepare_content(content: object, limits: Limits | None = None, *, name: str = "a file") -> Content:
    """One content checked (text or bytes, within MAX_FILE_BYTES), hashed and packed.

    For a history brought in from a ZIP, whose versions share contents: each is
    prepared once, however many versions name it (`name` is how a refusal calls it).
    """
    limits = limits or Limits.from_config()
    data = _encode(name, content, limits)
    is_text = isinstance(content, str)
    packed, compression = _pack(data)
    return Content(content_hash(data, is_text), is_text, len(data), packed, compression)


def store_contents(user_id: uuid.UUID, contents: Iterable[Content]) -> None:
    """Store prepared contents the user lacks (the manifests naming them are the caller's
    to write, in the same transaction)."""
    _insert_missing(user_id, contents)


def store(user_id: uuid.UUID, files: object, limits: Limits | None = None) -> Manifest:
    """Validate and store a FileMap for a user; return its manifest.

    Only contents the user does not have yet are written. Runs inside the
    caller's transaction.
    """
    limits = limits or Limits.from_config()
    prepared = prepare(files, limits)
    check_paths(list(prepared), limits)
    _insert_missing(user_id, prepared.values())
    return {path: content.hash for path, content in prepared.items()}


def apply_changes(
    user_id: uuid.UUID,
    manifest: Mapping[str, str],
    changed: object,
    deleted: Iterable[str] = (),
    limits: Limits | None = None,
) -> Manifest:
    """The manifest after writing `changed` (a FileMap, or `prepare`'s result) and
    removing `deleted`.

    Only the changed files are read, hashed and stored: the rest of the site
    is carried over by its hashes, and checked by its paths and stored sizes.
    """
    limits = limits or Limits.from_config()
    prepared = prepare(changed, limits)
    gone = set(deleted)
    result = {path: digest for path, digest in manifest.items() if path not in gone}
    result.update((path, content.hash) for path, content in prepared.items())
    check_paths(list(result), limits)
    kept = [digest for path, digest in result.items() if path not in prepared]
    sizes = _insert_missing(user_id, prepared.values(), size_of=kept)
    if sum(sizes.get(digest, 0) for digest in result.values()) > limits.max_total_bytes:
        raise InvalidFiles(f"The files add up to more than {_kib(limits.max_total_bytes)}.")
    return result


def _insert_missing(
    user_id: uuid.UUID, contents: Iterable[Content], size_of: Iterable[str] = ()
) -> dict[str, int]:
    """Insert the contents the user lacks; return the stored sizes of those and of
    the `size_of` hashes (read in the same query)."""
    act_as(user_id)
    new = {content.hash: content for content in contents}
    wanted = set(new) | set(size_of)
    if not wanted:
        return {}
    session = db.session
    if new:
        # Hold off a concurrent garbage collection of this user's contents until
        # the manifest that references them is committed.
        _lock_contents(user_id, exclusive=False)
    connection = session.connection()
    sizes = dict(connection.execute(_SIZES, {"user_id": user_id, "hashes": list(wanted)}).all())
    rows = [_row(user_id, content) for digest, content in new.items() if digest not in sizes]
    if rows:
        sizes.update((row["hash"], row["size"]) for row in rows)
        connection.execute(_insert_contents(connection.dialect.name), rows)
    return sizes


def _row(user_id: uuid.UUID, content: Content) -> dict:
    """A `file_contents` row for a content; a large one's bytes are put in the bucket first.

    Checked, or put, under the transaction's shared lock (see _lock_contents): the
    deleting side (bucket_upkeep) takes it alone and deletes an object only if no row
    names it, so it cannot delete this object between our check and our row. An object
    `prepare` put earlier may have been deleted since (the same content collected
    meanwhile): then it is put again.
    """
    row = {
        "user_id": user_id,
        "hash": content.hash,
        "is_text": content.is_text,
        "size": content.size,
        "data": content.data,
        "compression": content.compression,
        "location": "db",
        "created_at": utcnow(),
    }
    if content_storage.goes_to_bucket(content.size):
        if content.put_for != user_id or not _still_there(user_id, content.hash):
            _put(user_id, content)
        row.update(data=None, location="s3")
    return row


# Built once: a worker's save runs these every turn.
_SIZES = sa.select(FileContent.hash, FileContent.size).where(
    FileContent.user_id == sa.bindparam("user_id"),
    FileContent.hash.in_(sa.bindparam("hashes", expanding=True)),
)


@functools.cache
def _insert_contents(dialect: str) -> sa.Insert:
    """INSERT … ON CONFLICT DO NOTHING: another writer may have added the same
    content since we looked."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(FileContent.__table__).on_conflict_do_nothing(index_elements=["user_id", "hash"])


def _lock_contents(user_id: uuid.UUID, exclusive: bool) -> None:
    """Writers share this lock and garbage collection takes it alone (PostgreSQL).

    On SQLite, write transactions already run one at a time.
    """
    session = db.session
    if session.get_bind().dialect.name != "postgresql":
        return
    fn = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    session.execute(sa.select(getattr(sa.func, fn)(sa.func.hashtext(str(user_id)))))


def load(user_id: uuid.UUID, manifest: Mapping[str, str]) -> FileMap:
    """Turn a manifest back into a FileMap, in the manifest's order."""
    if not manifest:
        return {}
    contents = _fetch(user_id, set(manifest.values()))
    return {path: contents[digest] for path, digest in manifest.items()}


def load_one(user_id: uuid.UUID, manifest: Mapping[str, str], path: str) -> str | bytes | None:
    """One file of a manifest, or None if the manifest has no such path."""
    digest = manifest.get(path)
    if digest is None:
        return None
    return _fetch(user_id, {digest})[digest]


def load_keys(user_id: uuid.UUID, keys: Iterable[str]) -> dict[str, str | bytes]:
    """The contents of these content keys, `{key: content}`, read in one query (none for no keys)."""
    wanted = set(keys)
    return _fetch(user_id, wanted) if wanted else {}


def decode(is_text: bool, data: bytes, compression: str | None) -> str | bytes:
    """A content as stored in `file_contents` (packed), as the file it is."""
    raw = _unpack(bytes(data), compression)
    return raw.decode("utf-8") if is_text else raw


def _fetch(user_id: uuid.UUID, digests: set[str]) -> dict[str, str | bytes]:
    act_as(user_id)
    rows = db.session.execute(_CONTENTS, {"user_id": user_id, "hashes": list(digests)})
    contents = {}
    for digest, is_text, data, compression, location in rows:
        if location == "s3":
            # The key is made from the acting user's id: another user's object is never read.
            data = _from_bucket(user_id, digest)
        contents[digest] = decode(is_text, data, compression)
    missing = digests - contents.keys()
    if missing:
        raise LookupError(f"file contents missing from the store: {sorted(missing)[:3]}")
    return contents


def _still_there(user_id: uuid.UUID, digest: str) -> bool:
    try:
        return content_storage.exists(content_storage.object_key(user_id, digest))
    except content_storage.BucketError as error:
        current_app.logger.warning("the bucket did not answer: %s", error)
        raise StorageUnavailable() from error


def _from_bucket(user_id: uuid.UUID, digest: str) -> bytes:
    try:
        return content_storage.get(content_storage.object_key(user_id, digest))
    except content_storage.BucketError as error:
        current_app.logger.warning("the bucket did not give a content: %s", error)
        raise StorageUnavailable("Storage is not answering; try again in a moment.") from error


# Built once, on the table rather than the entity: every file a preview or a published
# site serves is read here, and building the statement cost more than running it.
_contents = FileContent.__table__
_CONTENTS = sa.select(
    _contents.c.hash, _contents.c.is_text, _contents.c.data, _contents.c.compression, _contents.c.location
).where(
    _contents.c.user_id == sa.bindparam("user_id"),
    _contents.c.hash.in_(sa.bindparam("hashes", expanding=True)),
)


def changed_paths(old: Mapping[str, str] | None, new: Mapping[str, str]) -> dict[str, list[str]]:
    """What changed between two manifests: added, modified and deleted paths."""
    old = old or {}
    return {
        "added": sorted(p for p in new if p not in old),
        "modified": sorted(p for p in new if p in old and old[p] != new[p]),
        "deleted": sorted(p for p in old if p not in new),
    }


def total_size(user_id: uuid.UUID, manifest: Mapping[str, str]) -> int:
    """The bytes of a manifest's files, read from the store without loading them."""
    if not manifest:
        return 0
    act_as(user_id)
    sizes = dict(
        db.session.execute(
            sa.select(FileContent.hash, FileContent.size).where(
                FileContent.user_id == user_id, FileContent.hash.in_(set(manifest.values()))
            )
        ).all()
    )
    return sum(sizes.get(d, 0) for d in manifest.values())


def _manifest_columns():
    return (
        (ProjectSnapshot.manifest, ProjectSnapshot.user_id),
        (GeneratedSite.manifest, GeneratedSite.user_id),
        (SiteVersion.manifest, SiteVersion.user_id),
    )


def referenced_hashes(user_id: uuid.UUID) -> set[str]:
    """Every content hash that one of the user's snapshots, sites or versions names."""
    act_as(user_id)
    referenced: set[str] = set()
    for column, owner in _manifest_columns():
        for manifest in db.session.scalars(sa.select(column).where(owner == user_id)):
            referenced.update((manifest or {}).values())
    return referenced


def collect_garbage(user_id: uuid.UUID, candidates: Iterable[str] | None = None) -> int:
    """Delete the user's contents that nothing references; return how many.

    With `candidates`, only those hashes are considered (the ones a delete
    just released); without, every content of the user. Runs inside the
    caller's transaction.
    """
    act_as(user_id)
    _lock_contents(user_id, exclusive=True)
    session = db.session
    if candidates is None:
        pool = set(session.scalars(sa.select(FileContent.hash).where(FileContent.user_id == user_id)))
    else:
        pool = set(candidates)
    unused = pool - referenced_hashes(user_id) if pool else set()
    if not unused:
        return 0
    deleted = 0
    in_bucket: list[str] = []
    batch = sorted(unused)
    for start in range(0, len(batch), 500):
        result = session.execute(
            sa.delete(FileContent)
            .where(FileContent.user_id == user_id, FileContent.hash.in_(batch[start : start + 500]))
            .returning(FileContent.hash, FileContent.location)
        )
        for digest, location in result:
            deleted += 1
            if location == "s3":
                in_bucket.append(digest)
    if in_bucket:
        _forget_objects_after_commit(user_id, in_bucket)
    return deleted


def _forget_objects_after_commit(user_id: uuid.UUID, digests: list[str]) -> None:
    """Once the rows' delete commits, have the queue delete their objects (retried; the
    periodic sweep catches whatever it could not)."""
    after_commit(lambda: enqueue("forget_bucket_objects", user_id, digests))


def forget_account(user_id: uuid.UUID) -> None:
    """Inside the transaction deleting an account: once it commits, delete every object of
    the user from the bucket (their rows go by ON DELETE CASCADE)."""
    if not content_storage.enabled():
        return
    after_commit(lambda: enqueue("forget_bucket_folder", user_id))


def unnamed_in_bucket(user_id: uuid.UUID, digests: Iterable[str]) -> set[str]:
    """Of these hashes, those no row of the user keeps in the bucket, with garbage
    collection's lock held until the caller's transaction ends: a writer cannot
    name one of them meanwhile (it puts its object under the same lock)."""
    act_as(user_id)
    _lock_contents(user_id, exclusive=True)
    wanted = set(digests)
    if not wanted:
        return set()
    named = set(
        db.session.scalars(
            sa.select(FileContent.hash).where(
                FileContent.user_id == user_id,
                FileContent.location == "s3",
                FileContent.hash.in_(sorted(wanted)),
            )
        )
    )
    return wanted - named
