"""The text format in which a model writes a site's files, and its streaming parser.

The model answers in chat text, with files between marker lines:

    <<<FILE path/to/page.html>>>
    ...the whole file...
    <<<END FILE>>>
    <<<DELETE old/page.html>>>
    <<<SUMMARY One line for the version history>>>

or, to bring an earlier version back instead of writing files ("undo",
"go back to version 3"):

    <<<RESTORE 3>>>

Triple angle brackets never open a markdown code fence and hardly ever occur
in HTML, CSS or JavaScript, so a file may itself contain ``` fences. The
parser takes the answer in chunks as they stream, split anywhere (inside a
marker too), and turns it into events: chat text to show, a file starting, a
file finished, a deletion, the summary. An answer that ends inside a file
block was cut off, and the parser refuses it rather than keep half a file.
"""

import re
from dataclasses import dataclass

__all__ = [
    "AnswerParser",
    "ChatText",
    "FileDeleted",
    "FileFormatError",
    "FileStarted",
    "FileWritten",
    "Restore",
    "Summary",
    "normalise_path",
]


class FileFormatError(ValueError):
    """The answer breaks the file format; the message is for the user."""


@dataclass(frozen=True)
class ChatText:
    text: str


@dataclass(frozen=True)
class FileStarted:
    path: str


@dataclass(frozen=True)
class FileWritten:
    path: str
    content: str


@dataclass(frozen=True)
class FileDeleted:
    path: str


@dataclass(frozen=True)
class Summary:
    text: str


@dataclass(frozen=True)
class Restore:
    """Bring this version's files back, as a new version."""

    version_number: int


Event = ChatText | FileStarted | FileWritten | FileDeleted | Summary | Restore

# Models vary the spelling of markers (case, "END" alone, "FILE: path",
# a missing ">"); all of these are understood.
_MARKER = re.compile(
    r"[ \t]*(END[ \t]*FILE|END|FILE|DELETE|SUMMARY|RESTORE)(?![A-Za-z0-9_])[ \t:]*(.*)",
    re.IGNORECASE | re.DOTALL,
)
_KEYWORDS = ("END FILE", "ENDFILE", "FILE", "DELETE", "SUMMARY", "RESTORE")
# "3", "#3", "version 3", "v3".
_VERSION_NUMBER = re.compile(r"(?:version\s*|v\s*)?#?\s*(\d{1,9})\.?", re.IGNORECASE)
# Past this length an unterminated "<<<..." is taken for text, so a stray
# "<<<" cannot hold back the rest of the answer.
_MAX_MARKER = 1000
_NEED_MORE = object()

_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})[ \t]*[\w+.#-]*[ \t]*")
_BARE_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})[ \t]*")
_FENCE_PREFIX = re.compile(r"[ \t]*(`{1,3}|~{1,3})[\w+.#-]*[ \t]*")
_MARKDOWN_SUFFIXES = (".md", ".markdown")
_MAX_SUMMARY = 200
_THINK_OPEN, _THINK_CLOSE = "<think>", "</think>"


def normalise_path(raw: str) -> str:
    """A marker's path as the model meant it: unquoted, without a leading "./"."""
    path = raw.strip()
    while len(path) >= 2 and path[0] == path[-1] and path[0] in "\"'`*":
        path = path[1:-1].strip()
    path = path.rstrip(">").rstrip()
    while path.startswith("./"):
        path = path[2:]
    return path


def _read_marker(buf: str, at: int, final: bool):
    """The marker that starts at buf[at] ("<<<"): (kind, argument, end), None, or _NEED_MORE."""
    start = at + 3
    close = buf.find(">>>", start)
    newline = buf.find("\n", start)
    if close != -1 and (newline == -1 or close < newline):
        inner, end = buf[start:close], close + 3
    elif newline != -1:
        inner, end = buf[start:newline], newline
    else:
        partial = buf[start:]
        if len(partial) > _MAX_MARKER:
            return None
        if not final:
            word = partial.lstrip(" \t").upper()
            if _MARKER.match(partial) or any(keyword.startswith(word) for keyword in _KEYWORDS):
                return _NEED_MORE
            return None
        inner, end = partial, len(buf)
    match = _MARKER.fullmatch(inner)
    if match is None:
        return None
    keyword = match.group(1).upper()
    kind = "END" if keyword.startswith("END") else keyword
    return kind, match.group(2).strip(), end


def _trailing_angles(buf: str) -> int:
    """How many "<" end the buffer: the start of a marker that the next chunk may finish."""
    return 2 if buf.endswith("<<") else 1 if buf.endswith("<") else 0


def _clean_content(content: str, path: str) -> str:
    """A file block's text as the file: no blank edges, no code fence around it."""
    lines = content.split("\n")

    def trim():
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()

    trim()
    opens = bool(lines) and _FENCE.fullmatch(lines[0]) is not None
    closes = len(lines) > 1 and _BARE_FENCE.fullmatch(lines[-1]) is not None
    # A markdown file may legitimately start or end with a fence; only a pair
    # around the whole file is taken for wrapping there. Elsewhere a fence
    # line at either edge is never content (the other half is often outside
    # the block).
    if path.lower().endswith(_MARKDOWN_SUFFIXES):
        opens = closes = opens and closes
    if closes:
        lines.pop()
    if opens:
        lines.pop(0)
    trim()
    text = "\n".join(lines)
    return text + "\n" if text else ""


class _ChatFilter:
    """Passes chat text through, minus code fences that wrap a marker.

    Models often put ```html ... ``` around a whole file block. Those fence
    lines sit in the chat text, where they would open a code block that
    never closes, so a line that may be such a fence is held back until what
    follows shows whether it wraps a marker.
    """

    def __init__(self):
        self._held = ""
        self._line = ""  # the part of the current line already let through
        self._in_fence = False  # the chat text so far has an open code block
        self._after_marker = False

    def add(self, text: str) -> str:
        """The part of `text` that can be shown now."""
        text = self._held + text
        self._held = ""
        if self._after_marker:
            text = self._drop_closing_fence(text)
            if text is None:
                return ""
        if not text:
            return ""
        complete = text.endswith("\n")
        start = text.rfind("\n", 0, len(text) - 1 if complete else len(text)) + 1
        line = (self._line if start == 0 else "") + text[start:].rstrip("\n")
        pattern = _FENCE if complete else _FENCE_PREFIX
        if not self._in_fence and pattern.fullmatch(line):
            self._held = text[start:]
            text = text[:start]
        self._track(text)
        return text

    def marker(self) -> str:
        """A marker follows: drop a held fence that opens around it, release anything else."""
        held, self._held = self._held, ""
        self._after_marker = True
        if not self._in_fence and _FENCE.fullmatch(held.rstrip("\n")):
            held = ""
        self._track(held)
        # The generator's progress note ends the line.
        self._line = ""
        return held

    def finish(self) -> str:
        """The text still held back at the end of the answer."""
        held, self._held = self._held, ""
        if self._after_marker and not self._in_fence and _BARE_FENCE.fullmatch(held.strip(" \t\n")):
            return ""
        self._track(held)
        return held

    def _drop_closing_fence(self, text: str) -> str | None:
        lead = len(text) - len(text.lstrip(" \t\n"))
        rest = text[lead:]
        newline = rest.find("\n")
        line = rest if newline == -1 else rest[:newline]
        if newline == -1 and (not rest or (not self._in_fence and _FENCE_PREFIX.fullmatch(line))):
            self._held = text
            return None
        self._after_marker = False
        if newline != -1 and not self._in_fence and _BARE_FENCE.fullmatch(line):
            return text[:lead] + rest[newline + 1 :]
        return text

    def _track(self, text: str) -> None:
        lines = (self._line + text).split("\n")
        self._line = lines.pop()
        for line in lines:
            if _FENCE.fullmatch(line) and (not self._in_fence or _BARE_FENCE.fullmatch(line)):
                self._in_fence = not self._in_fence


class AnswerParser:
    """Turns a streamed answer into events: feed() each chunk, then finish()."""

    def __init__(self):
        self._buf = ""  # text not yet resolved: it may hold the start of a marker
        self._cr = False  # the last chunk ended in "\r", which may begin a "\r\n"
        self._path: str | None = None  # the file block being read
        self._parts: list[str] = []
        self._line_blank = True  # the file's current line so far is only whitespace
        self._chat = _ChatFilter()
        self._thinking: bool | None = None  # None: not yet known whether the answer opens with <think>
        self._preamble = ""

    def feed(self, chunk: str) -> list[Event]:
        """Events that `chunk` completes."""
        text = ("\r" if self._cr else "") + chunk
        self._cr = text.endswith("\r")
        if self._cr:
            text = text[:-1]
        text = self._skip_thinking(text.replace("\r\n", "\n").replace("\r", "\n"), final=False)
        self._buf += text
        return self._drain(final=False)

    def finish(self) -> list[Event]:
        """The last events; raise FileFormatError if the answer ended inside a file."""
        self._buf += self._skip_thinking("\n" if self._cr else "", final=True)
        self._cr = False
        events = self._drain(final=True)
        if self._path is not None:
            raise FileFormatError(
                f"The AI's answer stopped in the middle of the file {self._path!r}, so nothing was saved. "
                "Please try again."
            )
        self._chat_text(self._chat.finish(), events)
        return events

    def _skip_thinking(self, text: str, final: bool) -> str:
        # Reasoning models served without a separate reasoning channel put
        # their thoughts first, inside <think>...</think>: not for the user.
        if self._thinking is False:
            return text
        text = self._preamble + text
        self._preamble = ""
        if self._thinking is None:
            start = text.lstrip()
            if start.startswith(_THINK_OPEN):
                self._thinking = True
                text = start[len(_THINK_OPEN) :]
            elif _THINK_OPEN.startswith(start) and not final:
                self._preamble = text
                return ""
            else:
                self._thinking = False
                return text
        end = text.find(_THINK_CLOSE)
        if end == -1:
            if not final:
                self._preamble = text[-len(_THINK_CLOSE) :]
            return ""
        self._thinking = False
        return text[end + len(_THINK_CLOSE) :]

    def _drain(self, final: bool) -> list[Event]:
        events: list[Event] = []
        while self._drain_file(events, final) if self._path else self._drain_chat(events, final):
            pass
        return events

    def _chat_text(self, text: str, events: list[Event]) -> None:
        if text:
            events.append(ChatText(text))

    def _drain_chat(self, events: list[Event], final: bool) -> bool:
        """Consume chat text up to the next marker; True if a marker was consumed."""
        buf = self._buf
        at = buf.find("<<<")
        while at != -1:
            marker = _read_marker(buf, at, final)
            if marker is _NEED_MORE:
                break
            if marker is None:
                at = buf.find("<<<", at + 1)
                continue
            kind, argument, end = marker
            self._chat_text(self._chat.add(buf[:at]), events)
            self._buf = buf[end:]
            if kind == "END":  # a stray end marker outside any file
                return True
            self._chat_text(self._chat.marker(), events)
            if kind == "SUMMARY":
                summary = " ".join(argument.split())
                if summary:
                    events.append(Summary(summary[:_MAX_SUMMARY]))
                return True
            if kind == "RESTORE":
                number = _VERSION_NUMBER.fullmatch(argument.strip())
                if number is None:
                    raise FileFormatError(
                        "The AI's answer asks to restore a version without saying which one, "
                        "so nothing was saved. Please try again, naming the version."
                    )
                events.append(Restore(int(number.group(1))))
                return True
            path = normalise_path(argument)
            if not path:
                raise FileFormatError(
                    f"The AI's answer has a {kind} marker without a file path, so nothing was saved. "
                    "Please try again."
                )
            if kind == "DELETE":
                events.append(FileDeleted(path))
            else:
                self._path, self._parts, self._line_blank = path, [], True
                events.append(FileStarted(path))
            return True
        if at == -1:
            at = len(buf) - (0 if final else _trailing_angles(buf))
        self._chat_text(self._chat.add(buf[:at]), events)
        self._buf = buf[at:]
        return False

    def _drain_file(self, events: list[Event], final: bool) -> bool:
        """Consume file content up to its end marker; True if the file ended."""
        buf = self._buf
        at = buf.find("<<<")
        while at != -1:
            marker = _read_marker(buf, at, final)
            if marker is _NEED_MORE:
                break
            if marker is not None:
                kind, _, end = marker
                if kind == "END":
                    self._end_file(buf[:at], events)
                    self._buf = buf[end:]
                    self._chat_text(self._chat.marker(), events)
                    return True
                # A model that forgets an end marker goes straight on to the
                # next marker, on a line of its own: the file ended there.
                if self._starts_line(buf[:at]):
                    self._end_file(buf[:at], events)
                    self._buf = buf[at:]
                    return True
            at = buf.find("<<<", at + 1)
        if at == -1:
            at = len(buf) - (0 if final else _trailing_angles(buf))
        self._keep(buf[:at])
        self._buf = buf[at:]
        return False

    def _starts_line(self, before: str) -> bool:
        if "\n" in before:
            return not before.rsplit("\n", 1)[1].strip()
        return self._line_blank and not before.strip()

    def _keep(self, text: str) -> None:
        if not text:
            return
        self._parts.append(text)
        if "\n" in text:
            self._line_blank = not text.rsplit("\n", 1)[1].strip()
        else:
            self._line_blank = self._line_blank and not text.strip()

    def _end_file(self, text: str, events: list[Event]) -> None:
        self._keep(text)
        path = self._path
        assert path is not None
        events.append(FileWritten(path, _clean_content("".join(self._parts), path)))
        self._path, self._parts = None, []
