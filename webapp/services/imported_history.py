"""A ZIP's history read back: every field checked, every content verified, then rebuilt.

archives.py writes the format (`.keepsite/history.json` and the contents). Reading
trusts nothing in it: each field is checked for its type and the product's rules
(titles, labels, notes, message roles, version kinds, times with a zone), versions
must be numbered 1, 2, 3…, a restore must name an earlier version and a version
a message of the history, and each content the versions name must be in the ZIP
with the size and SHA-256 the history gives. The history's content keys are
names only: contents are stored under the keys the file store computes, so a
history from anywhere imports the same.
"""

import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .. import filestore
from ..filestore import Content, InvalidFiles
from ..generation import replacing
from ..models import MESSAGE_ROLES, VERSION_KINDS, GeneratedSite
from . import conversations, sites, version_labels, versions
from .archive_reading import InvalidArchive, Upload, read_entry
from .archives import CONTENTS_FOLDER, HISTORY_FORMAT, HISTORY_FORMAT_VERSION, HISTORY_PATH
from .validation import INPUT_ERRORS, clean_text, clean_title

_CONTENT_KEY = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def origin(filename: str, **more: Any) -> dict:
    """What an imported site and its conversation record of where they came from (their metadata)."""
    return {"imported_from": {"filename": filename, **more}}


@dataclass(frozen=True)
class _Message:
    ref: str
    role: str
    content: str
    created_at: datetime
    replaces: str | None = None  # the earlier version of it (Edit, Regenerate)


@dataclass(frozen=True)
class _Version:
    number: int
    created_at: datetime
    kind: str
    description: str | None
    label: str | None
    note: str | None
    restored_from: int | None
    message: str | None
    files: dict[str, str]  # path: the history's content key


@dataclass
class _HistoryPlan:
    title: str
    description: str | None
    created_at: datetime | None
    conversation_title: str
    conversation_created_at: datetime | None
    messages: list[_Message]
    versions: list[_Version]
    publish_log: list
    contents: dict[str, Content]  # the history's key: the content, ready for the store

    def put_early(self, user_id: uuid.UUID) -> None:
        """Put in the bucket the contents that go there (see filestore.put_early)."""
        self.contents = filestore.put_early(user_id, self.contents)

    def write(self, user_id: uuid.UUID, filename: str) -> GeneratedSite:
        """The site with every version, its conversation with every message, their contents."""
        filestore.store_contents(user_id, self.contents.values())
        conversation = conversations.create_conversation(
            user_id, self.conversation_title, meta=origin(filename)
        )
        # Rows made in this transaction keep the times they were first made at.
        conversation.created_at = self.conversation_created_at or conversation.created_at
        message_ids = {}
        for message in self.messages:
            message_ids[message.ref] = conversations.add_message(
                user_id, conversation.id, message.role, message.content, created_at=message.created_at
            )
        replacing.record_imported_versions(
            user_id,
            conversation.id,
            {message_ids[m.ref]: message_ids[m.replaces] for m in self.messages if m.replaces},
        )
        if not self.messages:
            note = f"This site was imported with its history from {filename}."
            conversations.add_message(user_id, conversation.id, "system", note)
        first, *rest = self.versions
        site = sites.create_site(
            user_id,
            self._manifest(first),
            conversation_id=conversation.id,
            title=self.title,
            description=self.description,
            message_id=message_ids.get(first.message),
            change_description=first.description,
            kind=first.kind,
            meta=origin(filename, publish_log=self.publish_log),
            version_facts={"created_at": first.created_at, "label": first.label, "note": first.note},
        )
        site.created_at = self.created_at or site.created_at
        for version in rest:
            versions.add_version(
                user_id,
                site.id,
                self._manifest(version),
                version.description,
                kind=version.kind,
                message_id=message_ids.get(version.message),
                restored_from=version.restored_from,
                created_at=version.created_at,
                label=version.label,
                note=version.note,
            )
        return site

    def _manifest(self, version: _Version) -> dict[str, str]:
        return {path: self.contents[key].hash for path, key in version.files.items()}


def history_plan(upload: Upload, progress: Any) -> _HistoryPlan:
    """Read and check a ZIP's history and the contents its versions name; the plan that writes them.

    `progress` counts the steps (each content, each version) for the import's page.
    """
    try:
        document = json.loads(read_entry(upload, HISTORY_PATH).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise InvalidArchive(f"The ZIP's {HISTORY_PATH} is not valid JSON.") from None
    check = _Schema()
    plan = check.document(document, upload)
    needed = sorted({key for version in plan.versions for key in version.files.values()})
    progress.start(len(needed) + len(plan.versions))
    limits = filestore.Limits.from_config()
    declared = document["contents"]
    for key in needed:
        plan.contents[key] = _read_content(upload, key, declared[key], limits)
        progress.step()
    for version in plan.versions:
        # The store's rules for one version's files: their number, names, total size.
        try:
            filestore.check_paths(list(version.files), limits)
        except InvalidFiles as error:
            raise InvalidArchive(f"Version {version.number}: {error}") from None
        total = sum(plan.contents[key].size for key in version.files.values())
        if total > limits.max_total_bytes:
            raise InvalidArchive(f"Version {version.number}'s files add up to more than the site limit.")
        progress.step()
    return plan


def _read_content(upload: Upload, key: str, declared: dict, limits: filestore.Limits) -> Content:
    data = read_entry(upload, f"{CONTENTS_FOLDER}/{key}")
    if len(data) != declared["size"] or hashlib.sha256(data).hexdigest() != declared["sha256"]:
        raise InvalidArchive(f"The content {key} does not match its size or checksum in the history.")
    content: str | bytes = data
    if declared["text"]:
        try:
            content = data.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidArchive(f"The content {key} is not the UTF-8 text its history says.") from None
    try:
        return filestore.prepare_content(content, limits, name=f"content {key}")
    except InvalidFiles as error:
        raise InvalidArchive(str(error)) from None


class _Schema:
    """Checks a history document field by field; each refusal names what is wrong."""

    def document(self, document: Any, upload: Upload) -> _HistoryPlan:
        limits = upload.limits
        self._object(document, HISTORY_PATH)
        if document.get("format") != HISTORY_FORMAT:
            raise InvalidArchive(f"The ZIP's {HISTORY_PATH} is not a site history.")
        if document.get("format_version") != HISTORY_FORMAT_VERSION:
            raise InvalidArchive("The ZIP's history was written in a format this version cannot read.")
        site = self._object(document.get("site"), "the history's site")
        title = self._clean(clean_title, site.get("title"), "site title")
        description = self._optional_text(site.get("description"), "site description")
        created_at = self._optional_time(site.get("created_at"), "the site")
        contents = self._object(document.get("contents"), "the history's contents")
        for key, facts in contents.items():
            if not _CONTENT_KEY.match(key):
                raise InvalidArchive(f"The history names a content {key[:40]!r} that is not a valid key.")
            facts = self._object(facts, f"content {key}")
            if type(facts.get("size")) is not int or facts["size"] < 0:
                raise InvalidArchive(f"The history gives content {key} no valid size.")
            if not isinstance(facts.get("sha256"), str) or not _SHA256.match(facts["sha256"]):
                raise InvalidArchive(f"The history gives content {key} no valid SHA-256 checksum.")
            if not isinstance(facts.get("text"), bool):
                raise InvalidArchive(f"The history does not say whether content {key} is text.")
            if not upload.has(f"{CONTENTS_FOLDER}/{key}"):
                raise InvalidArchive(f"The history names content {key}, which the ZIP does not hold.")
        conversation = document.get("conversation")
        messages, conversation_title = self._conversation(conversation, title, limits)
        conversation_created_at = (
            self._optional_time(conversation.get("created_at"), "the conversation") if conversation else None
        )
        refs = {message.ref for message in messages}
        versions = self._versions(document.get("versions"), contents, refs, upload)
        log_lines = document.get("publish_log", [])
        if not isinstance(log_lines, list) or not all(isinstance(line, dict) for line in log_lines):
            raise InvalidArchive("The history's publish log is not a list of entries.")
        return _HistoryPlan(
            title,
            description,
            created_at,
            conversation_title,
            conversation_created_at,
            messages,
            versions,
            log_lines,
            {},
        )

    def _conversation(self, conversation: Any, site_title: str, limits) -> tuple[list[_Message], str]:
        if conversation is None:
            return [], site_title
        conversation = self._object(conversation, "the history's conversation")
        title = conversation.get("title")
        title = site_title if title is None else self._clean(clean_title, title, "conversation title")
        raw = conversation.get("messages", [])
        if not isinstance(raw, list):
            raise InvalidArchive("The history's messages are not a list.")
        if len(raw) > limits.max_messages:
            raise InvalidArchive(f"The history has more than {limits.max_messages:,} messages.")
        messages = []
        seen: set[str] = set()
        replaced: set[str] = set()
        for i, message in enumerate(raw, start=1):
            message = self._object(message, f"message {i}")
            ref = message.get("id")
            if not isinstance(ref, str) or not ref or ref in seen:
                raise InvalidArchive(f"Message {i} of the history has no id of its own.")
            seen.add(ref)
            if message.get("role") not in MESSAGE_ROLES:
                raise InvalidArchive(f"Message {i} of the history has an unknown role.")
            content = message.get("content")
            if not isinstance(content, str) or not content.strip():
                raise InvalidArchive(f"Message {i} of the history has no text.")
            replaces = message.get("replaces")
            if replaces is not None:
                # An earlier message of the same kind, replaced once: else the versions make no chain.
                earlier = next((m for m in messages if m.ref == replaces), None)
                if earlier is None or earlier.role != message["role"] or replaces in replaced:
                    raise InvalidArchive(f"Message {i} of the history replaces a message it cannot.")
                replaced.add(replaces)
            messages.append(
                _Message(
                    ref,
                    message["role"],
                    content,
                    self._time(message.get("created_at"), f"message {i}"),
                    replaces,
                )
            )
        return messages, title

    def _versions(self, raw: Any, contents: dict, refs: set[str], upload: Upload) -> list[_Version]:
        limits = upload.limits
        if not isinstance(raw, list) or not raw:
            raise InvalidArchive("The history has no versions.")
        if len(raw) > limits.max_versions:
            raise InvalidArchive(f"The history has more than {limits.max_versions:,} versions.")
        result = []
        for i, version in enumerate(raw, start=1):
            what = f"version {i}"
            version = self._object(version, f"the history's {what}")
            if version.get("number") != i or type(version.get("number")) is not int:
                raise InvalidArchive(f"The history's versions must be numbered 1, 2, 3… ({what} is not).")
            if version.get("kind") not in VERSION_KINDS:
                raise InvalidArchive(f"The history's {what} is of an unknown kind.")
            restored_from = version.get("restored_from")
            if restored_from is not None and (type(restored_from) is not int or not 1 <= restored_from < i):
                raise InvalidArchive(f"The history's {what} restores a version that is not before it.")
            message = version.get("message")
            if message is not None and message not in refs:
                raise InvalidArchive(f"The history's {what} names a message the history does not hold.")
            files = self._object(version.get("files"), f"the files of {what}")
            for path, key in files.items():
                try:
                    filestore.check_path(path, limits.max_path_length)
                except InvalidFiles as error:
                    raise InvalidArchive(f"Version {i}: {error}") from None
                if not isinstance(key, str) or key not in contents:
                    raise InvalidArchive(
                        f"The history's {what} names a content for {path!r} that the ZIP does not hold."
                    )
            result.append(
                _Version(
                    number=i,
                    created_at=self._time(version.get("created_at"), what),
                    kind=version["kind"],
                    description=self._optional_text(version.get("description"), f"description of {what}"),
                    label=self._clean(version_labels.clean_label, version.get("label"), f"label of {what}"),
                    note=self._clean(version_labels.clean_note, version.get("note"), f"note of {what}"),
                    restored_from=restored_from,
                    message=message,
                    files=dict(files),
                )
            )
        return result

    @staticmethod
    def _object(value: Any, what: str) -> dict:
        if not isinstance(value, dict):
            raise InvalidArchive(f"The ZIP's history is malformed: {what} is not an object.")
        return value

    @staticmethod
    def _clean(cleaner, value: Any, what: str):
        if value is None:
            return None
        try:
            return cleaner(value)
        except INPUT_ERRORS as error:
            raise InvalidArchive(f"The history's {what} cannot be imported: {error}") from None

    def _optional_text(self, value: Any, what: str) -> str | None:
        if value is None:
            return None
        return self._clean(lambda v: clean_text(v, what, allow_empty=True) or None, value, what)

    def _optional_time(self, value: Any, what: str) -> datetime | None:
        return None if value is None else self._time(value, what)

    @staticmethod
    def _time(value: Any, what: str) -> datetime:
        try:
            moment = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            moment = None
        if moment is None or moment.tzinfo is None:
            raise InvalidArchive(f"The history gives {what} no valid time (ISO 8601 with a zone).")
        return moment
