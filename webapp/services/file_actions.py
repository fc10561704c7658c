"""Adding, renaming and deleting a site's files by hand.

Each is a version of its own, of kind "edited" ("Added about.html"), so it can
be undone like any other; nothing is deleted from the history. Hand edits
still open in a burst are kept as their own version first. The file store's
path rules apply (filestore.check_path, check_paths): a refused name changes
nothing and says why.
"""

import posixpath
from typing import Any

from .. import filestore
from ..database import write_transaction
from ..models import GeneratedSite
from ..ownership import get_owned
from . import versions
from .validation import InvalidInput


def locked_site(user: Any, site_id: Any) -> GeneratedSite:
    """One of the user's sites, locked for a change to its files (in the caller's transaction)."""
    site = get_owned(GeneratedSite, user, site_id, for_update=True)
    # Typing in progress becomes its own version before this one.
    versions.close_edit_burst(user, site.id)
    return site


def _path(raw: Any, what: str = "file name") -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise InvalidInput(f"Type a {what}, like about.html or css/extra.css.")
    return filestore.check_path(raw.strip(), filestore.Limits.from_config().max_path_length)


def _existing(site: GeneratedSite, raw: Any) -> str:
    if not isinstance(raw, str) or raw not in site.manifest:
        raise InvalidInput(f"The site has no file {raw!r}." if isinstance(raw, str) else "Choose a file.")
    return raw


def starter_content(path: str, title: str) -> str:
    """What a new file holds: a page ready to fill for .html, a comment for CSS and scripts."""
    name = posixpath.basename(path)
    stem = posixpath.splitext(name)[0].replace("-", " ").replace("_", " ").strip().capitalize() or title
    extension = posixpath.splitext(name)[1].lower()
    if extension in (".html", ".htm"):
        depth = "../" * path.count("/")
        return (
            "<!doctype html>\n"
            '<html lang="en">\n'
            "<head>\n"
            '  <meta charset="utf-8">\n'
            '  <meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"  <title>{stem} · {title}</title>\n"
            f'  <link rel="stylesheet" href="{depth}styles.css">\n'
            "</head>\n"
            "<body>\n"
            f"  <h1>{stem}</h1>\n"
            "</body>\n"
            "</html>\n"
        )
    if extension == ".css":
        return f"/* {name} */\n"
    if extension in (".js", ".mjs"):
        return f"// {name}\n"
    return ""


def add_file(user: Any, site_id: Any, raw_path: Any) -> versions.AddedVersion:
    """A new file, with starter content for its kind; the site's next version."""
    with write_transaction(user):
        site = locked_site(user, site_id)
        path = _path(raw_path)
        if path in site.manifest:
            raise InvalidInput(f"There is already a file {path!r}: open it to edit it.")
        manifest = filestore.apply_changes(
            site.user_id, site.manifest, {path: starter_content(path, site.title)}
        )
        return versions.add_version(user, site.id, manifest, f"Added {path}", kind="edited")


def rename_file(user: Any, site_id: Any, raw_path: Any, raw_new_path: Any) -> versions.AddedVersion:
    """The file under another name (or in another folder); the site's next version."""
    with write_transaction(user):
        site = locked_site(user, site_id)
        path = _existing(site, raw_path)
        new_path = _path(raw_new_path, "new name")
        if new_path == path:
            raise InvalidInput(f"{path!r} already has that name.")
        if new_path in site.manifest:
            raise InvalidInput(f"There is already a file {new_path!r}: choose another name.")
        manifest = {p: key for p, key in site.manifest.items() if p != path}
        manifest[new_path] = site.manifest[path]
        filestore.check_paths(list(manifest), filestore.Limits.from_config())
        return versions.add_version(user, site.id, manifest, f"Renamed {path} to {new_path}", kind="edited")


def delete_file(user: Any, site_id: Any, raw_path: Any) -> versions.AddedVersion:
    """The site without the file (its history keeps it); the site's next version."""
    with write_transaction(user):
        site = locked_site(user, site_id)
        path = _existing(site, raw_path)
        if len(site.manifest) == 1:
            raise InvalidInput(f"{path!r} is the site's only file: a site needs at least one.")
        manifest = {p: key for p, key in site.manifest.items() if p != path}
        return versions.add_version(user, site.id, manifest, f"Deleted {path}", kind="edited")
