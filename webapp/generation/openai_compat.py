"""A generator that asks any OpenAI-compatible chat-completions server.

OpenAI itself, Ollama, vLLM, llama.cpp's server, OpenRouter and the like all
speak the same streaming protocol; the official `openai` SDK talks to each of
them given a base URL. The model is told to answer in the file format of
`file_format`, its chat text streams to the user as it arrives, and its files
become the outcome only once the whole answer has arrived intact.
"""

import contextlib
import logging
import socket
import threading
import unicodedata
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import httpcore
import httpx
import openai
from flask import has_app_context

from .. import filestore
from .ai_messages import build_messages
from .base import (
    BUSY,
    CUT_OFF,
    NOT_ANSWERING,
    NOT_SET_UP,
    REFUSED,
    SLOW,
    FileMap,
    GenerationCancelled,
    GenerationError,
    GenerationOutcome,
    GenerationRequest,
    Generator,
)
from .file_format import (
    AnswerParser,
    ChatText,
    FileDeleted,
    FileFormatError,
    FileStarted,
    FileWritten,
    Restore,
    Summary,
)

log = logging.getLogger(__name__)


WRITING_NOTE = "\n\n_Writing `{path}`…_\n"
DELETING_NOTE = "\n\n_Deleting `{path}`…_\n"
KEPT_NOTE = "\n\n_Kept `{path}`: uploaded files are not rewritten._\n"
_DEFAULT_LIMITS = filestore.Limits(
    max_files=2_000, max_file_bytes=10 * 1024 * 1024, max_total_bytes=50 * 1024 * 1024, max_path_length=512
)


class OpenAICompatibleGenerator(Generator):
    """Generates sites with a model behind an OpenAI-compatible chat-completions API."""

    name = "openai"

    def __init__(
        self,
        base_url: str,
        api_key: str,
        model: str,
        *,
        timeout: float = 120.0,
        max_context_chars: int = 60_000,
        limits: filestore.Limits | None = None,
        client=None,
    ):
        if not base_url or not model:
            raise ValueError("an OpenAI-compatible generator needs a base URL and a model")
        self.base_url = base_url
        self.model = model
        self.timeout = timeout
        self.max_context_chars = max_context_chars
        self._api_key = api_key
        self._limits = limits
        self._client = client
        self._cancelled = threading.Event()
        # Guards the two below, so a cancel and a connection opening at that moment see each other.
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []

    def stream(self, request: GenerationRequest) -> Iterator[str | GenerationOutcome]:
        """Yield the model's chat text and progress notes, then the outcome."""
        if self._cancelled.is_set():
            raise GenerationCancelled()
        limits = self._limits or (filestore.Limits.from_config() if has_app_context() else _DEFAULT_LIMITS)
        messages = build_messages(request, self.max_context_chars)
        client = self._client
        if client is None:
            # Servers without keys (Ollama, llama.cpp) ignore the header, but
            # the SDK refuses to send a request without one.
            client = openai.OpenAI(
                base_url=self.base_url,
                api_key=self._api_key or "no-key",
                timeout=self.timeout,
                max_retries=0,
                # The SDK's own defaults, plus a hook that lets `cancel` reach the connection.
                http_client=openai.DefaultHttpxClient(event_hooks={"request": [self._watch_connections]}),
            )
        try:
            yield from self._generate(client, messages, request, limits)
        finally:
            if client is not self._client:
                client.close()
            with self._lock:
                self._sockets.clear()

    def cancel(self) -> None:
        """End the request to the AI server now, from any thread: a wait for its next words
        ends at once rather than at the time-out, and the server sees the client leave."""
        with self._lock:
            self._cancelled.set()
            sockets = list(self._sockets)
        for sock in sockets:
            _hang_up(sock)

    def _watch_connections(self, request: httpx.Request) -> None:
        # httpcore's trace extension reports each connection the request opens
        # (TCP, then TLS): the only way to the socket a blocked read waits on.
        request.extensions["trace"] = self._note_connection

    def _note_connection(self, event: str, info: dict) -> None:
        stream = info.get("return_value")
        if not isinstance(stream, httpcore.NetworkStream):
            return
        sock = stream.get_extra_info("socket")
        with self._lock:
            self._sockets.append(sock)
            cancelled = self._cancelled.is_set()
        if cancelled:
            _hang_up(sock)  # cancelled while it was connecting

    def _generate(self, client, messages, request, limits) -> Iterator[str | GenerationOutcome]:
        try:
            response = client.chat.completions.create(model=self.model, messages=messages, stream=True)
        except (openai.OpenAIError, httpx.HTTPError) as exc:
            raise self._failure(exc, streaming=False) from None
        parser = AnswerParser()
        answer = _Answer(request.files, limits, request.version_number)
        received = _Received()
        with response:
            for text in self._texts(response, received):
                for event in _parsed(parser.feed, text):
                    yield from answer.take(event)
        if self._cancelled.is_set():
            raise GenerationCancelled()
        if received.chunks == 0:
            raise GenerationError(
                NOT_ANSWERING,
                f"The AI server at {_shown_url(self.base_url)} sent no answer. "
                "Is it an OpenAI-compatible chat-completions server?",
            )
        # Every server ends a complete answer with a finish reason; without
        # one the stream was cut, and its last file may be cut too.
        if received.finish_reason is None:
            raise GenerationError(CUT_OFF, "The AI server's stream ended without a finish reason.")
        if received.finish_reason == "length":
            raise GenerationError(
                "The AI's answer was cut off: it reached the model's length limit. "
                "Nothing was saved; try asking for a smaller change."
            )
        if received.finish_reason == "content_filter":
            raise GenerationError(REFUSED, "The AI server stopped the answer with its content filter.")
        for event in _parsed(parser.finish):
            yield from answer.take(event)
        yield answer.outcome()

    def _texts(self, response, received: "_Received") -> Iterator[str]:
        """The answer's text pieces, noting in `received` what else came."""
        try:
            for chunk in response:
                if self._cancelled.is_set():
                    raise GenerationCancelled()
                received.chunks += 1
                for choice in getattr(chunk, "choices", None) or []:
                    if getattr(choice, "index", 0) != 0:
                        continue
                    reason = getattr(choice, "finish_reason", None)
                    if reason:
                        received.finish_reason = reason
                    content = getattr(getattr(choice, "delta", None), "content", None)
                    if isinstance(content, str) and content:
                        yield content
        except (openai.OpenAIError, httpx.HTTPError) as exc:
            raise self._failure(exc, streaming=True) from None
        except ValueError:
            raise GenerationError(
                "The AI service sent an answer this app could not read. Nothing was saved; please try again.",
                "The AI server's stream was not valid chat-completions JSON.",
            ) from None

    def _failure(self, exc: Exception, streaming: bool) -> GenerationError | GenerationCancelled:
        """The user's message for a failed request, and the operator's detail; never the API key.
        A request that failed because `cancel` hung up did not fail: it was cancelled."""
        if self._cancelled.is_set():
            return GenerationCancelled()
        url = _shown_url(self.base_url)
        status = getattr(exc, "status_code", None)
        said = self._detail(exc)
        said = f" It said: {said}" if said else ""
        if isinstance(exc, openai.APITimeoutError | httpx.TimeoutException):
            message = SLOW
            detail = (
                f"The AI server at {url} did not answer within {self.timeout:g} seconds "
                "(AI_TIMEOUT_SECONDS); a faster model may help."
            )
        elif isinstance(exc, openai.APIConnectionError | httpx.TransportError):
            if streaming:
                message = CUT_OFF
                detail = f"The connection to the AI server at {url} was lost in the middle of the answer."
            else:
                message = NOT_ANSWERING
                detail = (
                    f"Could not reach the AI server at {url}. Check that it is running and that the "
                    "address (AI_BASE_URL) is right."
                )
        elif status in (401, 403):
            message = NOT_SET_UP
            detail = (
                f"The AI server refused the API key (HTTP {status}). Check the AI_API_KEY setting "
                "and that the key may use this model."
            )
        elif status == 404:
            message = NOT_SET_UP
            detail = (
                f"The AI server does not know the model {self.model!r} (HTTP 404). Check the AI_MODEL "
                f"setting, and that AI_BASE_URL ({url}) ends where the API starts, often at /v1."
            )
        elif status == 429:
            message = BUSY
            detail = f"The AI server at {url} is rate-limiting requests (HTTP 429).{said}"
        elif isinstance(status, int) and status >= 500:
            message = NOT_ANSWERING
            detail = f"The AI server at {url} had an internal error (HTTP {status}).{said}"
        elif isinstance(status, int):
            message = REFUSED
            detail = f"The AI server at {url} rejected the request (HTTP {status}).{said}"
        else:
            message = REFUSED
            detail = f"The AI server at {url} reported an error.{said}"
        log.warning("AI request to %s failed: %s (%s)", url, type(exc).__name__, detail)
        return GenerationError(message, detail)

    def _detail(self, exc: Exception) -> str:
        """The server's own explanation, short, with the API key blanked out."""
        body = getattr(exc, "body", None)
        text = body.get("message") if isinstance(body, dict) else None
        if not isinstance(text, str):
            text = getattr(exc, "message", "") if isinstance(exc, openai.APIError) else ""
        text = " ".join(str(text).split())
        if self._api_key:
            text = text.replace(self._api_key, "[key]")
        return text[:300]


class _Received:
    """What the server sent besides text."""

    chunks = 0
    finish_reason: str | None = None


def _hang_up(sock: socket.socket) -> None:
    """Shut a connection down under the thread that reads it.

    A shutdown wakes a read blocked on the socket at once, with end-of-file, and the
    reading thread then closes the connection as after any failure. Closing it from
    here instead would not wake that read (on Linux) and would free the descriptor
    while the read still uses it. This is the plain socket's shutdown even for TLS:
    SSLSocket's own would also drop its TLS state under the reading thread.
    """
    with contextlib.suppress(OSError):  # closed already: no read is waiting on it
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _parsed(step, *args) -> list:
    """Run a parser step, turning a broken answer into the user's error."""
    try:
        return step(*args)
    except FileFormatError as exc:
        raise GenerationError(str(exc)) from None


def _shown_url(url: str) -> str:
    """The server's address without credentials or query, fit to show a user."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _same_file_key(path: str) -> str:
    # The file store takes paths that differ only in case or Unicode form
    # for one file; so does this, to keep the existing spelling.
    return unicodedata.normalize("NFC", path).casefold()


class _Answer:
    """The files, deletions and summary of one answer, checked as they arrive."""

    def __init__(self, files: FileMap, limits: filestore.Limits, newest: int = 0):
        self.files = files
        self.limits = limits
        self.newest = newest  # the site's newest version number (0: no site yet)
        self._restore: int | None = None
        self._spelling = {_same_file_key(path): path for path in files}
        self._writes: dict[str, str | None] = {}  # path -> new content, or None to delete
        self._current: str | None = None
        self._skipped: set[str] = set()
        self._summary = ""
        self._said = False  # the user has seen any chat text
        self._kept: list[str] = []  # what stays in the chat: the text without progress notes
        self._started = False  # anything has been yielded

    def take(self, event) -> Iterator[str]:
        """Record one parser event; yield what the user should see of it."""
        if isinstance(event, ChatText):
            text = event.text if self._started else event.text.lstrip()
            if text:
                self._said = self._said or bool(text.strip())
                self._kept.append(text)
                yield from self._show(text)
        elif isinstance(event, FileStarted):
            self._current = self._path(event.path)
            if isinstance(self.files.get(self._current), bytes):
                # Binary contents are never sent, so the model cannot have
                # seen what it would overwrite.
                self._skipped.add(self._current)
                note = KEPT_NOTE.format(path=_shown(self._current))
                self._kept.append(note)  # worth keeping: it says why a file did not change
                yield from self._show(note)
            else:
                yield from self._show(WRITING_NOTE.format(path=_shown(self._current)))
        elif isinstance(event, FileWritten):
            path = self._current or self._path(event.path)
            self._current = None
            if path not in self._skipped:
                self._writes.pop(path, None)  # the last block for a path wins
                self._writes[path] = event.content
        elif isinstance(event, FileDeleted):
            path = self._path(event.path)
            self._writes.pop(path, None)
            self._writes[path] = None
            if path in self.files:
                yield from self._show(DELETING_NOTE.format(path=_shown(path)))
        elif isinstance(event, Summary):
            self._summary = event.text
        elif isinstance(event, Restore):
            self._restore = self._restorable(event.version_number)

    def _show(self, text: str) -> Iterator[str]:
        if not self._started:
            text = text.lstrip("\n")
            self._started = True
        yield text

    def _path(self, path: str) -> str:
        try:
            filestore.check_path(path, self.limits.max_path_length)
        except filestore.InvalidFiles as exc:
            raise GenerationError(
                f"The AI named a file the site cannot have. {exc} Nothing was saved; please try again."
            ) from None
        return self._spelling.get(_same_file_key(path), path)

    def _restorable(self, number: int) -> int | None:
        """The version a RESTORE marker names, checked (None: it is already the newest)."""
        if self.newest == 0:
            raise GenerationError("The AI asked to restore a version, but the site has none yet.")
        if not 1 <= number <= self.newest:
            raise GenerationError(
                f"The AI asked to restore version {number}, but the site's versions go from 1 to "
                f"{self.newest}. Nothing was changed; please try again."
            )
        return None if number == self.newest else number

    def outcome(self) -> GenerationOutcome:
        """The checked outcome of the whole answer."""
        if self._restore is not None:
            if self._writes:
                raise GenerationError(
                    "The AI both restored an earlier version and wrote files, so nothing was saved. "
                    "Please try again, asking for one or the other."
                )
            return GenerationOutcome(
                description=f"Restored version {self._restore}", restore=self._restore, reply=self.reply
            )
        if not self._said and not self._writes:
            raise GenerationError("The AI sent an empty answer. Please try again.")
        changed = {p: c for p, c in self._writes.items() if c is not None and self.files.get(p) != c}
        deleted = [p for p, c in self._writes.items() if c is None and p in self.files]
        outcome = GenerationOutcome(changed=changed, deleted=deleted, description="")
        if outcome.has_changes:
            try:
                filestore.validate(outcome.apply(self.files), self.limits)
            except filestore.InvalidFiles as exc:
                raise GenerationError(f"The AI's files cannot be saved: {exc}") from None
        description = self._summary or describe_change(changed, deleted, self.files)
        return GenerationOutcome(changed=changed, deleted=deleted, description=description, reply=self.reply)

    @property
    def reply(self) -> str:
        """The answer as the chat keeps it: its text, without the progress notes."""
        return "".join(self._kept).strip()


def _shown(path: str) -> str:
    # A backquote would end the markdown code span around the path.
    return path.replace("`", "'")


def describe_change(changed: FileMap, deleted: list[str], files: FileMap) -> str:
    """A one-line description from the paths alone, e.g. "Updated index.html, style.css"."""

    def names(paths: list[str]) -> str:
        shown = ", ".join(paths[:3])
        return shown + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")

    added = [p for p in changed if p not in files]
    updated = [p for p in changed if p in files]
    parts = [
        f"{verb} {names(paths)}"
        for verb, paths in (("added", added), ("updated", updated), ("deleted", deleted))
        if paths
    ]
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]
