"""What the AI is sent: the system prompt, the recent conversation, and the site's files
(text in full while they fit the budget; images by their kind and size, never their bytes)."""

import io
import re

from PIL import Image, UnidentifiedImageError

from .base import ChatTurn, FileMap, GenerationRequest

SYSTEM_PROMPT = """\
You are the website builder of a chat app: a person describes a website and \
you write and edit its files. Sites are static files (HTML, CSS, JavaScript, \
SVG, JSON, text) served as they are: no server-side code, no build step. The \
home page is index.html.

Answer in this order:
1. A short message to the person, in plain markdown: what you are doing or \
what you changed. If the request is unclear or is not about the website, \
answer in words only and write no files.
2. Every file you create or change, each with its COMPLETE new contents \
(never a diff, never a placeholder such as "rest unchanged"), between two \
marker lines:
<<<FILE path/to/file.html>>>
...the whole file...
<<<END FILE>>>
3. Each file to delete, on a line of its own:
<<<DELETE path/to/old-file.css>>>
4. Last, one line that sums up the change for the version history:
<<<SUMMARY Added a pricing section>>>

Every change makes a new numbered version of the site, and no version is \
ever lost. When the person asks to undo, to go back, or to bring back an \
earlier version, write no files: answer in words, then one line naming the \
version whose files come back (the one before the newest, for an undo):
<<<RESTORE 3>>>
It becomes a new version with that version's files.

Rules:
- Write each marker exactly as shown, on a line of its own. Do not wrap \
markers or files in markdown code fences (```).
- Paths are relative to the site's root with "/" between folders, like \
css/style.css: no leading "/", no "..", no backslashes.
- Write only the files that change; files you do not write stay as they are.
- Never rewrite an existing file whose contents you were not shown, and \
never write binary files such as images: use the existing ones by their paths.
- Link the site's files to each other with relative URLs (style.css, not \
/style.css): the site is served under a path of its own.
"""

# The progress notes the generator writes while it streams ("_Writing `style.css`…_"),
# as they come back in the assistant's earlier messages.
_NOTE_IN_HISTORY = re.compile(r"\n*_(?:Writing|Deleting) `[^`\n]*`…_\n?")


def without_progress_notes(text: str) -> str:
    """An answer without the "Writing `style.css`…" notes shown while it streamed (replies
    saved before they were left out still hold them)."""
    return _NOTE_IN_HISTORY.sub("\n", text).strip()


_HISTORY_SHARE = 4  # history may take 1/4 of the context budget before files take theirs
_FILE_OVERHEAD = 40  # the characters of a file block's markers


def _size(n: int) -> str:
    return f"{n} bytes" if n < 1024 else f"{n / 1024:.1f} KB" if n < 1024 * 1024 else f"{n / 1048576:.1f} MB"


def _rank(path: str, prompt: str) -> tuple[int, str]:
    """Sort key: files the prompt names, then index.html, CSS, JavaScript, pages, the rest."""
    lower = path.lower()
    name = lower.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0]
    if lower in prompt or name in prompt or (len(stem) >= 3 and re.search(rf"\b{re.escape(stem)}\b", prompt)):
        group = 0
    elif lower == "index.html":
        group = 1
    elif name.endswith(".css"):
        group = 2
    elif name.endswith((".js", ".mjs")):
        group = 3
    elif name.endswith((".html", ".htm")):
        group = 4
    else:
        group = 5
    return group, lower


def _binary_kind(content: bytes) -> str:
    """ "PNG image, 240 × 80 px, " for an image (from its header alone), so the model can place
    and size an uploaded picture; "binary, " for anything else."""
    try:
        with Image.open(io.BytesIO(content)) as image:
            width, height = image.size
            return f"{image.format} image, {width} × {height} px, "
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return "binary, "


def describe_files(files: FileMap, prompt: str, budget: int) -> tuple[str, int]:
    """The site's files as the model sees them, within `budget` characters of contents.

    The list of paths is always there; text files follow in full, most
    relevant first, while they fit; binary contents are never sent. Returns
    the text and the characters it spent of the budget.
    """
    if not files:
        return "The site has no files yet: this request starts it.", 0
    listing = [f"The site's files ({len(files)}):"]
    for path, content in files.items():
        if isinstance(content, bytes):
            kind = _binary_kind(content)
            listing.append(f"- {path} ({kind}{_size(len(content))}: not shown, never write it)")
        else:
            listing.append(f"- {path} ({_size(len(content.encode('utf-8', 'replace')))})")
    text = "\n".join(listing)
    spent = len(text)
    shown, omitted = [], []
    prompt = prompt.lower()
    for path in sorted((p for p, c in files.items() if isinstance(c, str)), key=lambda p: _rank(p, prompt)):
        content = files[path]
        cost = len(content) + len(path) + _FILE_OVERHEAD
        if spent + cost <= budget:
            body = content.rstrip("\n")
            shown.append(f"<<<FILE {path}>>>\n{body}\n<<<END FILE>>>")
            spent += cost
        else:
            omitted.append(path)
    if shown:
        text += "\n\nTheir current contents:\n\n" + "\n\n".join(shown)
    if omitted:
        text += (
            "\n\nNot shown, to keep this message short: "
            + ", ".join(omitted)
            + ". Do not rewrite these files; you may still link to them."
        )
    return text, spent


def build_messages(request: GenerationRequest, max_chars: int) -> list[dict[str, str]]:
    """The chat messages for a request: system prompt, recent history, files and prompt."""
    history_wanted = sum(len(turn.content) for turn in request.history)
    files_budget = max_chars - min(history_wanted, max_chars // _HISTORY_SHARE)
    files_text, spent = describe_files(request.files, request.prompt, files_budget)
    if request.version_number:
        files_text = f"The site is at version {request.version_number}.\n\n{files_text}"
    turns = _recent(request.history, max_chars - spent)
    final = f"{files_text}\n\nMy request:\n{request.prompt}"
    messages: list[dict[str, str]] = []
    for role, content in [*turns, ("user", final)]:
        if messages and messages[-1]["role"] == role:
            # Many chat templates insist that user and assistant alternate.
            messages[-1]["content"] += "\n\n" + content
        elif messages or role == "user":
            messages.append({"role": role, "content": content})
    return [{"role": "system", "content": SYSTEM_PROMPT}, *messages]


def _recent(history: list[ChatTurn], budget: int) -> list[tuple[str, str]]:
    """The newest turns that fit in `budget` characters, oldest first, as (role, content)."""
    chosen: list[tuple[str, str]] = []
    for turn in reversed(history):
        if turn.role == "assistant":
            # Earlier answers come back with progress notes instead of file
            # blocks; a model shown them would imitate the notes.
            content, role = without_progress_notes(turn.content), "assistant"
        elif turn.role == "system":
            content, role = f"(A note from the app: {turn.content.strip()})", "user"
        else:
            content, role = turn.content.strip(), "user"
        if not content:
            continue
        budget -= len(content)
        if budget < 0:
            break
        chosen.append((role, content))
    return chosen[::-1]
