"""Everything an account holds, as one ZIP ("Download all my data" on the account page).

The ZIP holds:

- `README.txt`, saying what follows;
- `account.json`: the email, when the account was made, when this was downloaded;
- `sites/<title>.zip`: every site, in the trash or not, as the site's own download
  with its whole history (archives.py), so each one can be imported back as it is;
- `sites.json`: which file is which site, in the trash or not, published or not;
- `conversations/<n>-<title>.json`: every conversation, in the trash or not, with
  its messages in order, and the file of the site it built.

It is written as it is sent, one site at a time: a site's ZIP is made in a
temporary file (in memory while small), then copied in.
"""

import json
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from ..extensions import db
from ..generation import replacing
from ..models import Conversation, GeneratedSite, Message, SiteVersion
from ..ownership import act_as, owned
from .archives import Download, Sink, file_stem, iso_time, site_download, write_entry, zip_time

FORMAT = "keepsite-account"
FORMAT_VERSION = 1
# A site's ZIP is kept in memory up to this size while it is made, on disk beyond.
_SPOOL_BYTES = 8 * 1024 * 1024
_COPY_BYTES = 1024 * 1024

README = """\
Everything your {app_name} account held on {date}.

sites/            Each site, with every version of it, as a ZIP. Its files are at
                  the top (open index.html); .keepsite/history.json inside lists
                  every version. Import such a ZIP from "Your sites" to bring the
                  site back with its whole history.
sites.json        Which ZIP is which site, and whether it was in the trash or published.
conversations/    Each conversation, with its messages in order, as JSON. A message
                  marked "replaced" was edited, or an answer asked for again: the
                  newer version follows it.
account.json      Your account: its email and when it was made.
"""


def summary(user: Any) -> dict[str, int]:
    """How much the account holds (the trash included): conversations, messages, sites, versions."""
    user_id = act_as(user)

    def count(model) -> int:
        return db.session.scalar(
            sa.select(sa.func.count()).select_from(model).where(model.user_id == user_id)
        )

    return {
        "conversations": count(Conversation),
        "messages": count(Message),
        "sites": count(GeneratedSite),
        "versions": count(SiteVersion),
    }


def download(user: Any, app_name: str = "Keepsite") -> Download:
    """The account's ZIP, to be streamed (see the module's docstring)."""
    act_as(user)
    now = datetime.now(UTC)
    sites = db.session.scalars(
        owned(GeneratedSite, user, trashed=None).order_by(GeneratedSite.created_at, GeneratedSite.id)
    ).all()
    conversations = db.session.scalars(
        owned(Conversation, user, trashed=None).order_by(Conversation.created_at, Conversation.id)
    ).all()
    site_files = _unique_names((site.id, file_stem(site.title)) for site in sites)
    name = f"{file_stem(app_name)}-data-{now:%Y-%m-%d}.zip"
    return Download(name, _chunks(user, now, app_name, sites, site_files, conversations))


def _unique_names(stems: Any) -> dict[Any, str]:
    """`sites/<stem>.zip` for each id, with -2, -3… where titles repeat."""
    names: dict[Any, str] = {}
    taken: set[str] = set()
    for key, stem in stems:
        candidate, n = stem, 1
        while candidate in taken:
            n += 1
            candidate = f"{stem}-{n}"
        taken.add(candidate)
        names[key] = f"sites/{candidate}.zip"
    return names


def _chunks(user, now, app_name, sites, site_files, conversations) -> Iterator[bytes]:
    sink = Sink()
    when = zip_time(now)
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as archive:
        write_entry(
            archive, "README.txt", README.format(app_name=app_name, date=f"{now:%Y-%m-%d}").encode(), when
        )
        account = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "email": user.email,
            "created_at": iso_time(user.created_at),
            "downloaded_at": iso_time(now),
        }
        write_entry(archive, "account.json", _json(account), when)
        yield sink.take()

        index = []
        for site in sites:
            version = db.session.scalar(
                owned(SiteVersion, user).where(
                    SiteVersion.site_id == site.id, SiteVersion.version_number == site.last_version_number
                )
            )
            entry = {
                "title": site.title,
                "file": None,
                "created_at": iso_time(site.created_at),
                "in_trash_since": iso_time(site.deleted_at) if site.deleted_at else None,
                "versions": site.last_version_number,
                "published_version": site.published_version,
                "published_address": site.slug if site.published_version else None,
            }
            if version is not None:
                entry["file"] = site_files[site.id]
                yield from _copy_site(
                    archive, sink, site_files[site.id], site_download(user, site, version, history=True)
                )
            index.append(entry)
        write_entry(archive, "sites.json", _json({"sites": index}), when)
        yield sink.take()

        for number, conversation in enumerate(conversations, start=1):
            messages = db.session.scalars(
                owned(Message, user)
                .where(Message.conversation_id == conversation.id)
                .order_by(Message.created_at, Message.id)
            )
            # Messages an Edit or a Regenerate replaced say so: a newer version follows them.
            replaced = set(replacing.earlier_versions(user, conversation.id).values())
            document = {
                "title": conversation.title,
                "created_at": iso_time(conversation.created_at),
                "in_trash_since": iso_time(conversation.deleted_at) if conversation.deleted_at else None,
                "sites": [
                    site_files[s.id]
                    for s in sites
                    if s.conversation_id == conversation.id and s.id in site_files
                ],
                "messages": [
                    {"role": m.role, "content": m.content, "created_at": iso_time(m.created_at)}
                    | ({"replaced": True} if m.id in replaced else {})
                    for m in messages
                ],
            }
            path = f"conversations/{number:04d}-{file_stem(conversation.title)}.json"
            write_entry(archive, path, _json(document), zip_time(conversation.created_at))
            yield sink.take()
    yield sink.take()


def _copy_site(archive: zipfile.ZipFile, sink: Sink, path: str, site_zip: Download) -> Iterator[bytes]:
    with tempfile.SpooledTemporaryFile(_SPOOL_BYTES) as spool:
        for chunk in site_zip.chunks:
            spool.write(chunk)
        spool.seek(0)
        info = zipfile.ZipInfo(path, date_time=zip_time(datetime.now(UTC)))
        info.compress_type = zipfile.ZIP_STORED  # a ZIP is compressed already
        info.external_attr = 0o100644 << 16
        with archive.open(info, "w", force_zip64=True) as target:
            while piece := spool.read(_COPY_BYTES):
                target.write(piece)
                yield sink.take()
    yield sink.take()


def _json(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
