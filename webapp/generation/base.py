"""The one interface every site generator implements.

A generator is given the user's prompt, the conversation so far and the
site's current files. It yields text as it produces it (shown to the user
as it streams) and ends by yielding one GenerationOutcome: the files it
added or changed (full contents), the paths it deleted, and a one-line
description of the change. A generator that cannot act on a prompt says so
in its text and yields an outcome with no changes.

Another thread may cancel a generator while it streams (the run it works for
was stopped): it then ends its work at once, its request to an AI server
included, and its stream raises GenerationCancelled.
"""

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field

FileMap = dict[str, str | bytes]

# What a user is told when the AI service fails, in their words: what happened, and what
# they can do. The operator's details go with them (GenerationError.detail).
NOT_ANSWERING = "The AI service is not answering. Your message is saved; try again in a moment."
SLOW = "The AI service took too long to answer. Your message is saved; try again in a moment."
BUSY = "The AI service is busy. Your message is saved; try again in a minute."
CUT_OFF = "The answer was cut off before it was complete. Nothing from it was saved; please try again."
NOT_SET_UP = (
    "The AI service is not set up right, so it cannot answer. Your message is saved; "
    "please tell whoever runs this site."
)
REFUSED = "The AI service could not answer this message. Your message is saved; try again, or reword it."


class GenerationError(Exception):
    """Generation failed. The message, in the user's words, is shown to the user (with
    Retry); `detail` is what the operator needs to mend it (addresses, settings, HTTP
    statuses): logged, and shown only where the users are the operators."""

    def __init__(self, message: str, detail: str | None = None):
        super().__init__(message)
        self.detail = detail


class GenerationCancelled(Exception):
    """The stream ended early because its generator was cancelled: there is no
    outcome, and nothing from it is to be kept."""


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
    # The answer to keep in the chat, when it is not all the text streamed (progress
    # notes such as "Writing style.css…" are for watching, not for keeping).
    reply: str | None = None

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

        Raise GenerationError for a failure the user should see, and
        GenerationCancelled once `cancel` was called.
        """

    def cancel(self) -> None:  # noqa: B027 (optional: the default lets the stream run on)
        """End the stream in progress, and any later one, as soon as possible; safe from any thread.

        Without an override the stream runs on: its consumer stops it at the
        next item. A generator that may wait long (on a network, say) ends
        that wait here.
        """
