"""Reading an uploaded ZIP without trusting it.

Two passes. `open_upload` reads the central directory alone (cheap: the request
that receives the upload runs it) and refuses what is hostile or broken by its
names and declared sizes: not a ZIP, unsafe paths, symbolic links, encrypted
entries, duplicate paths, paths that name one file once normalised, too many
entries, too many bytes, a ZIP bomb's compression ratio. `read_entry` then
unpacks one entry for the import's task, counting the bytes it actually gets
(a header may lie) against the same limits.

Paths: the store's rules (filestore.check_path): relative, '/'-separated, no
'.' or '..', no drive letter, no backslash, no control character. Two paths
equal after Unicode NFC normalisation and case folding name the same file on
many disks and are refused, not merged: which one to keep is not ours to guess.
Nested archives are files like any other: kept as they are, never unpacked.
"""

import io
import stat
import zipfile
import zlib
from dataclasses import dataclass

from flask import current_app

from .. import filestore
from ..filestore import InvalidFiles
from .validation import InvalidInput

# Written by macOS's Finder beside the real files: resource forks, never site files.
_MACOS_FOLDER = "__MACOSX/"
# Entries smaller than this are not judged by their ratio: a small file of one
# repeated character compresses a thousandfold and harms nobody.
_RATIO_MIN_BYTES = 1024 * 1024
_READ_CHUNK = 64 * 1024
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)


class InvalidArchive(InvalidInput):
    """An upload that cannot be imported; the message says why, for the user."""


@dataclass(frozen=True)
class ImportLimits:
    max_upload_bytes: int
    max_entries: int
    max_unpacked_bytes: int
    max_ratio: int
    max_versions: int
    max_messages: int
    max_path_length: int

    @classmethod
    def from_config(cls) -> "ImportLimits":
        """The limits configured for the running app."""
        config = current_app.config
        return cls(
            max_upload_bytes=config["IMPORT_MAX_UPLOAD_BYTES"],
            max_entries=config["IMPORT_MAX_FILES"],
            max_unpacked_bytes=config["IMPORT_MAX_UNPACKED_BYTES"],
            max_ratio=config["IMPORT_MAX_RATIO"],
            max_versions=config["IMPORT_MAX_VERSIONS"],
            max_messages=config["IMPORT_MAX_MESSAGES"],
            max_path_length=config["MAX_PATH_LENGTH"],
        )


@dataclass
class Upload:
    """An opened, checked ZIP: its files by path (a shared top folder taken off)."""

    archive: zipfile.ZipFile
    entries: dict[str, zipfile.ZipInfo]
    limits: ImportLimits
    unpacked: int = 0  # bytes actually read so far

    def has(self, path: str) -> bool:
        """Whether the ZIP holds a file at this path."""
        return path in self.entries


def _size(n: int) -> str:
    return f"{n / 1024:,.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MB"


def open_upload(data: bytes, limits: ImportLimits | None = None) -> Upload:
    """Open an uploaded ZIP and check it by its central directory; raise InvalidArchive."""
    limits = limits or ImportLimits.from_config()
    if len(data) > limits.max_upload_bytes:
        raise InvalidArchive(f"The ZIP is larger than {_size(limits.max_upload_bytes)}.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise InvalidArchive("This file is not a ZIP archive (or it is damaged).") from None
    if len(infos) > limits.max_entries:
        raise InvalidArchive(f"The ZIP holds more than {limits.max_entries:,} files.")
    files: dict[str, zipfile.ZipInfo] = {}
    declared = 0
    for info in infos:
        name = info.filename
        is_folder = name.endswith("/")
        path = name[:-1] if is_folder else name
        try:
            filestore.check_path(path, limits.max_path_length)
        except InvalidFiles as error:
            raise InvalidArchive(str(error)) from None
        if info.flag_bits & 0x1:
            raise InvalidArchive(f"The file {name!r} is encrypted; import a ZIP without a password.")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise InvalidArchive(f"The entry {name!r} is a symbolic link; a site holds files only.")
        if is_folder or name.startswith(_MACOS_FOLDER):
            continue
        if info.compress_type not in _METHODS:
            raise InvalidArchive(f"The file {name!r} is compressed in a way this importer does not read.")
        if name in files:
            raise InvalidArchive(f"The path {name!r} appears twice in the ZIP.")
        if _too_compressed(info.file_size, info.compress_size, limits):
            raise InvalidArchive(f"The file {name!r} is compressed suspiciously well (a ZIP bomb?).")
        declared += info.file_size
        if declared > limits.max_unpacked_bytes:
            raise InvalidArchive(f"The ZIP unpacks to more than {_size(limits.max_unpacked_bytes)}.")
        files[name] = info
    files = _without_top_folder(files)
    # The store's own check: two paths one file once normalised, a file that is also a folder.
    by_path = filestore.Limits(
        max_files=limits.max_entries,
        max_file_bytes=0,
        max_total_bytes=0,
        max_path_length=limits.max_path_length,
    )
    try:
        filestore.check_paths(list(files), by_path)
    except InvalidFiles as error:
        raise InvalidArchive(str(error)) from None
    if not files:
        raise InvalidArchive("The ZIP holds no files.")
    return Upload(archive, files, limits)


def _too_compressed(size: int, compressed: int, limits: ImportLimits) -> bool:
    return size > _RATIO_MIN_BYTES and size > limits.max_ratio * max(compressed, 1)


def _without_top_folder(files: dict[str, zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    """The files with their one shared top folder taken off ("my-site/index.html" becomes
    "index.html"), as many tools make a ZIP of a folder."""
    tops = {path.split("/", 1)[0] if "/" in path else None for path in files}
    # A history ZIP of a site without files has only its .keepsite folder: kept.
    if len(tops) != 1 or None in tops or ".keepsite" in tops:
        return files
    return {path.split("/", 1)[1]: info for path, info in files.items()}


def read_entry(upload: Upload, path: str) -> bytes:
    """One file's bytes, counted as they are unpacked against the import's limits."""
    info = upload.entries[path]
    limits = upload.limits
    parts: list[bytes] = []
    size = 0
    try:
        with upload.archive.open(info) as stream:
            while chunk := stream.read(_READ_CHUNK):
                size += len(chunk)
                upload.unpacked += len(chunk)
                if upload.unpacked > limits.max_unpacked_bytes:
                    raise InvalidArchive(f"The ZIP unpacks to more than {_size(limits.max_unpacked_bytes)}.")
                if _too_compressed(size, info.compress_size, limits):
                    raise InvalidArchive(f"The file {path!r} is compressed suspiciously well (a ZIP bomb?).")
                parts.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError):
        raise InvalidArchive(f"The file {path!r} in the ZIP is damaged.") from None
    return b"".join(parts)


def as_site_file(data: bytes) -> str | bytes:
    """A plain ZIP's file as the store keeps it: text if it reads as UTF-8 without NUL bytes, else binary."""
    if b"\0" in data:
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data
