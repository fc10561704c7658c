"""Images uploaded to a site: each upload is a version of the site's files.

An image is checked before anything is stored: it must be a PNG, JPEG, GIF,
WebP or ICO that Pillow can read (its header and its data), or an SVG that is
well-formed XML (read with defusedxml, so entity tricks are refused), within
the size and pixel limits. Its name is made safe for a URL, and its extension
follows what the file is, not what it was called. Uploaded under a name the
site has, it replaces that file; the history keeps the old one, and Undo
brings it back. SVG is served like every site file, under the sandbox.
"""

import io
import posixpath
import warnings
from dataclasses import dataclass
from typing import Any

import defusedxml.ElementTree
from flask import current_app
from PIL import Image, UnidentifiedImageError
from werkzeug.utils import secure_filename

from .. import filestore
from ..database import write_transaction
from ..ownership import owner_id_of
from . import file_actions, versions
from .validation import InvalidInput

# Pillow's format -> the extensions a file of it may have (the first is given to one without).
FORMATS = {
    "PNG": (".png",),
    "JPEG": (".jpg", ".jpeg"),
    "GIF": (".gif",),
    "WEBP": (".webp",),
    "ICO": (".ico",),
    "SVG": (".svg",),
}
IMAGE_EXTENSIONS = frozenset(extension for extensions in FORMATS.values() for extension in extensions)
ACCEPTED = "PNG, JPEG, GIF, WebP, SVG or ICO image"


def is_image(path: str) -> bool:
    """Whether a site's file is an image by its name (shown as one in the file viewer)."""
    return posixpath.splitext(path)[1].lower() in IMAGE_EXTENSIONS


@dataclass(frozen=True)
class Upload:
    """One file as the browser sent it: its name and its bytes."""

    filename: str
    data: bytes


@dataclass(frozen=True)
class Uploaded:
    """What an upload did: the version it made, and the paths it added and replaced."""

    version: versions.AddedVersion
    added: tuple[str, ...]
    replaced: tuple[str, ...]

    @property
    def paths(self) -> tuple[str, ...]:
        return self.added + self.replaced


def upload_images(user: Any, site_id: Any, uploads: list[Upload], folder: Any = "images") -> Uploaded:
    """Add images to the site under `folder`: one new version of the site; InvalidInput,
    changing nothing, if any image is refused or none is given."""
    config = current_app.config
    uploads = [upload for upload in uploads if upload.filename or upload.data]
    if not uploads:
        raise InvalidInput("Choose one or more images to upload.")
    if len(uploads) > config["UPLOAD_MAX_IMAGES"]:
        raise InvalidInput(f"Upload at most {config['UPLOAD_MAX_IMAGES']} images at once.")
    folder = _folder(folder)
    checked: dict[str, str | bytes] = {}
    for upload in uploads:
        name, content = check_image(upload)
        path = f"{folder}/{name}" if folder else name
        if path in checked:
            raise InvalidInput(f"Two of the images would both be {path!r}: rename one of them.")
        checked[path] = content
    # Checked, hashed and packed before the transaction: the lock is held for the writes alone.
    prepared = filestore.prepare(checked, user_id=owner_id_of(user))
    with write_transaction(user):
        site = file_actions.locked_site(user, site_id)
        changed = filestore.Prepared(
            (path, content) for path, content in prepared.items() if site.manifest.get(path) != content.hash
        )
        if not changed:
            raise InvalidInput("The site has these images already, just as they are.")
        manifest = filestore.apply_changes(site.user_id, site.manifest, changed)
        added = tuple(path for path in changed if path not in site.manifest)
        replaced = tuple(path for path in changed if path in site.manifest)
        version = versions.add_version(user, site.id, manifest, _description(added, replaced), kind="edited")
    return Uploaded(version, added, replaced)


def check_image(upload: Upload) -> tuple[str, str | bytes]:
    """An uploaded image's safe file name and its content (text for SVG); InvalidInput if refused."""
    config = current_app.config
    shown = upload.filename or "The file"
    if not upload.data:
        raise InvalidInput(f"{shown} is empty.")
    if len(upload.data) > config["UPLOAD_MAX_IMAGE_BYTES"]:
        limit = config["UPLOAD_MAX_IMAGE_BYTES"] / 1024 / 1024
        raise InvalidInput(f"{shown} is larger than {limit:,.1f} MB, the most an image may be.")
    image_format, content = _read_svg(upload) if _looks_like_svg(upload.data) else _read_bitmap(upload)
    return _file_name(upload.filename, image_format), content


def _read_bitmap(upload: Upload) -> tuple[str, bytes]:
    shown = upload.filename or "The file"
    max_pixels = current_app.config["UPLOAD_MAX_IMAGE_PIXELS"]
    refused = InvalidInput(f"{shown} is not an image this site can use: upload a {ACCEPTED}.")
    try:
        with warnings.catch_warnings():
            # Pillow warns (then refuses) past its own bomb limit: ours is checked first.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(upload.data), formats=[f for f in FORMATS if f != "SVG"]) as image:
                (width, height), image_format = image.size, image.format
                if width * height <= max_pixels:
                    image.verify()  # the data, not only the header: a damaged file is refused here
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError):
        raise refused from None
    if width * height > max_pixels:
        raise InvalidInput(
            f"{shown} is {width:,} × {height:,} pixels: an image may have at most "
            f"{max_pixels / 1_000_000:,.0f} million."
        )
    if image_format not in FORMATS:
        raise refused
    return image_format, upload.data


def _looks_like_svg(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf").lstrip().lower()
    return head.startswith((b"<svg", b"<?xml", b"<!--")) and b"<svg" in data[:4096].lower()


def _read_svg(upload: Upload) -> tuple[str, str]:
    shown = upload.filename or "The file"
    try:
        text = upload.data.decode("utf-8-sig")
        root = defusedxml.ElementTree.fromstring(text)
    except (UnicodeDecodeError, defusedxml.ElementTree.ParseError, defusedxml.DefusedXmlException):
        raise InvalidInput(f"{shown} is not a well-formed SVG image.") from None
    if root.tag not in ("svg", "{http://www.w3.org/2000/svg}svg"):
        raise InvalidInput(f"{shown} is XML but not an SVG image.")
    return "SVG", text


def _file_name(filename: str, image_format: str) -> str:
    """A name safe in a URL, with an extension that says what the image is."""
    stem, extension = posixpath.splitext(posixpath.basename((filename or "").replace("\\", "/")))
    # ASCII, no spaces or slashes (a name in another script keeps its extension at least).
    stem = secure_filename(stem).lower() or "image"
    extension = extension.lower()
    if extension not in FORMATS[image_format]:
        extension = FORMATS[image_format][0]
    return f"{stem}{extension}"


def _folder(raw: Any) -> str:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return ""
    if not isinstance(raw, str):
        raise InvalidInput("Choose a folder for the images.")
    folder = raw.strip().strip("/")
    return filestore.check_path(folder, current_app.config["MAX_PATH_LENGTH"]) if folder else ""


def _description(added: tuple[str, ...], replaced: tuple[str, ...]) -> str:
    if len(added) + len(replaced) == 1:
        return f"Uploaded {(added + replaced)[0]}" + (" (a new image in its place)" if replaced else "")
    parts = []
    if added:
        parts.append(f"{len(added)} image{'s' if len(added) > 1 else ''}")
    if replaced:
        parts.append(f"{len(replaced)} replaced")
    return "Uploaded " + ", ".join(parts)
