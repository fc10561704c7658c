"""The one interface every site generator implements.

A generator is given the user's prompt, the conversation so far and the
site's current files. It yields text as it produces it (shown to the user
as it streams) and ends by yielding one GenerationOutcome: the files it
added or changed (full contents), the paths it deleted, and a one-line
description of the change. A generator that cannot act on a prompt says so
in its text and yields an outcome with no changes.
"""

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field

FileMap = dict[str, str | bytes]


class GenerationError(Exception):
    """Generation failed; the message is shown to the user (with a Retry button)."""


@dataclass(frozen=True)
class ChatTurn:
    role: str  # "user" | "assistant" | "system"
    content: str


@dataclass(frozen=True)
class GenerationRequest:
    prompt: str
    history: list[ChatTurn] = field(default_factory=list)  # oldest first, without `prompt`
    files: FileMap = field(default_factory=dict)  # the site's current files; empty for a new site
    version_number: int = 0  # the site's newest version; 0 before it has one


@dataclass(frozen=True)
class GenerationOutcome:
    changed: FileMap = field(default_factory=dict)  # added or modified files, full contents
    deleted: list[str] = field(default_factory=list)  # paths removed from the site
    description: str = ""  # one line, e.g. "Added a pricing section"
    # Bring an earlier version back instead of changing files ("undo", "restore version 3"):
    # saved as a restore, a new version; nothing is deleted.
    restore: int | None = None

    @property
    def has_changes(self) -> bool:
        return bool(self.changed or self.deleted)

    def apply(self, files: FileMap) -> FileMap:
        """The site's files after this outcome."""
        result = {path: content for path, content in files.items() if path not in self.deleted}
        result.update(self.changed)
        return result


class Generator(ABC):
    """Turns a prompt into text and file changes."""

    name: str = "generator"

    @abstractmethod
    def stream(self, request: GenerationRequest) -> Iterator[str | GenerationOutcome]:
        """Yield text chunks as they are produced, then exactly one GenerationOutcome.

        Raise GenerationError for a failure the user should see.
        """
