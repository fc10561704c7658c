"""Comparing two versions of a site: which files were added, removed and changed,
and a line diff of each changed text file.

Manifests are compared by content key: one key is one content, so files whose
key did not change are counted and never read. The contents of the others are
read together, in one query. Takes the acting user first; another user's site
behaves exactly like a missing one (NotFound).
"""

import difflib
import re
from dataclasses import dataclass, field
from datetime import datetime
from itertools import zip_longest
from typing import Any

from flask import current_app

from .. import filestore
from ..extensions import db
from ..filestore import Manifest
from ..models import GeneratedSite, SiteVersion
from ..ownership import NotFound, get_owned, owned
from .validation import InvalidInput

# Lines of unchanged text shown around each change.
CONTEXT_LINES = 3
# The line breaks a diff counts (str.splitlines knows more, which editors and
# highlighters do not take for line ends).
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Version numbers are INTEGER columns: a larger number names no version, and
# PostgreSQL would refuse it rather than find nothing.
_MAX_VERSION_NUMBER = 2**31 - 1


def split_lines(text: str) -> list[str]:
    """A text's lines, without their line breaks, as the diff numbers them."""
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


@dataclass(frozen=True)
class DiffLine:
    """One line of a diff: `kind` is "context", "removed" or "added"; numbers are 1-based."""

    kind: str
    old_number: int | None
    new_number: int | None
    text: str


@dataclass(frozen=True)
class Hunk:
    """A run of changed lines with their context; `old_index`/`new_index` are where it
    starts on each side, counted from 0."""

    old_index: int
    old_count: int
    new_index: int
    new_count: int
    lines: list[DiffLine]

    @property
    def header(self) -> str:
        """The hunk's header, as `diff -u` writes it: `@@ -3,7 +3,8 @@`."""
        old = _line_range(self.old_index, self.old_count)
        new = _line_range(self.new_index, self.new_count)
        return f"@@ -{old} +{new} @@"

    @property
    def rows(self) -> list[tuple[DiffLine | None, DiffLine | None]]:
        """The lines paired for a side-by-side view: removed lines beside the added ones
        that replaced them, context on both sides."""
        rows: list[tuple[DiffLine | None, DiffLine | None]] = []
        removed: list[DiffLine] = []
        added: list[DiffLine] = []

        def flush() -> None:
            rows.extend(zip_longest(removed, added))
            removed.clear()
            added.clear()

        for line in self.lines:
            if line.kind == "context":
                flush()
                rows.append((line, line))
            elif line.kind == "removed":
                if added:  # a removal after additions starts a new change
                    flush()
                removed.append(line)
            else:
                added.append(line)
        flush()
        return rows


def _line_range(index: int, count: int) -> str:
    # A side with no lines names the line before the hunk; a single line has no count.
    first = index + 1 if count else index
    return str(first) if count == 1 else f"{first},{count}"


@dataclass(frozen=True)
class FileChange:
    """A file that differs between the two versions."""

    path: str
    status: str  # "added", "removed" or "changed"
    old_content: str | bytes | None
    new_content: str | bytes | None
    hunks: list[Hunk] = field(default_factory=list)
    too_large: bool = False

    @property
    def is_binary(self) -> bool:
        """Either side is binary: shown by its sizes, not as lines."""
        return isinstance(self.old_content, bytes) or isinstance(self.new_content, bytes)

    @property
    def old_size(self) -> int | None:
        """Bytes of the file in the older version (None if it was not there)."""
        return _size(self.old_content)

    @property
    def new_size(self) -> int | None:
        """Bytes of the file in the newer version (None if it is not there)."""
        return _size(self.new_content)

    @property
    def added_lines(self) -> int:
        """Lines added, over all hunks."""
        return sum(line.kind == "added" for hunk in self.hunks for line in hunk.lines)

    @property
    def removed_lines(self) -> int:
        """Lines removed, over all hunks."""
        return sum(line.kind == "removed" for hunk in self.hunks for line in hunk.lines)


def _size(content: str | bytes | None) -> int | None:
    if content is None:
        return None
    return len(content) if isinstance(content, bytes) else len(content.encode("utf-8"))


@dataclass(frozen=True)
class VersionChoice:
    """A version as the pickers list it (no files)."""

    version_number: int
    change_description: str | None
    created_at: datetime


@dataclass(frozen=True)
class Comparison:
    """Two versions of a site side by side, or why there is nothing to compare."""

    site: GeneratedSite
    choices: list[VersionChoice]  # newest first
    from_number: int | None
    to_number: int | None
    added: list[FileChange] = field(default_factory=list)
    removed: list[FileChange] = field(default_factory=list)
    changed: list[FileChange] = field(default_factory=list)
    unchanged_count: int = 0
    # The HTML pages of either version, and which version has each.
    pages: dict[str, tuple[bool, bool]] = field(default_factory=dict)

    @property
    def nothing_to_compare(self) -> bool:
        """The site has a single version."""
        return len(self.choices) < 2

    @property
    def same_version(self) -> bool:
        """Both sides name one version."""
        return self.from_number is not None and self.from_number == self.to_number

    @property
    def files(self) -> list[FileChange]:
        """Every differing file, in path order."""
        return sorted([*self.added, *self.removed, *self.changed], key=lambda change: change.path)


def parse_version_number(value: Any) -> int | None:
    """A version number from a URL (None if absent); InvalidInput if it is not a whole number."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if not text.isascii() or not text.isdigit():
        raise InvalidInput(f"{str(value)[:20]!r} is not a version number: versions are numbered 1, 2, 3…")
    return int(text)


def compare_versions(
    user: Any, site_id: Any, from_number: Any = None, to_number: Any = None, *, with_diffs: bool = True
) -> Comparison:
    """Compare two versions of the user's site; without numbers, the newest with the one before it.

    `to` alone compares it with the version before it; `from` alone, with the newest.
    Without `with_diffs`, only the file lists are made and no content is read.
    """
    site = get_owned(GeneratedSite, user, site_id)
    old, new = parse_version_number(from_number), parse_version_number(to_number)
    choices = _choices(user, site.id)
    if len(choices) < 2 and old is None and new is None:
        return Comparison(site=site, choices=choices, from_number=None, to_number=None)
    newest = choices[0].version_number if choices else 0
    new = newest if new is None else new
    old = max(new - 1, 1) if old is None else old
    manifests = _manifests(user, site.id, {old, new})
    if old not in manifests or new not in manifests:
        raise NotFound("SiteVersion")
    comparison = Comparison(
        site=site,
        choices=choices,
        from_number=old,
        to_number=new,
        pages=_pages(manifests[old], manifests[new]),
    )
    if old == new:
        return comparison
    return _with_changes(user, comparison, manifests[old], manifests[new], with_diffs)


def _choices(user: Any, site_id: Any) -> list[VersionChoice]:
    rows = db.session.execute(
        owned(SiteVersion, user)
        .where(SiteVersion.site_id == site_id)
        .with_only_columns(SiteVersion.version_number, SiteVersion.change_description, SiteVersion.created_at)
        .order_by(SiteVersion.version_number.desc())
    )
    return [VersionChoice(*row) for row in rows]


def _manifests(user: Any, site_id: Any, numbers: set[int]) -> dict[int, Manifest]:
    wanted = [n for n in numbers if 1 <= n <= _MAX_VERSION_NUMBER]
    if not wanted:
        return {}
    rows = db.session.execute(
        owned(SiteVersion, user)
        .where(SiteVersion.site_id == site_id, SiteVersion.version_number.in_(wanted))
        .with_only_columns(SiteVersion.version_number, SiteVersion.manifest)
    )
    return {number: dict(manifest or {}) for number, manifest in rows}


def _pages(old: Manifest, new: Manifest) -> dict[str, tuple[bool, bool]]:
    paths = sorted(p for p in old.keys() | new.keys() if p.lower().endswith((".html", ".htm")))
    # index.html first: it is the page a visitor lands on.
    paths.sort(key=lambda p: (p != "index.html", p))
    return {p: (p in old, p in new) for p in paths}


def _with_changes(
    user: Any, comparison: Comparison, old: Manifest, new: Manifest, with_diffs: bool
) -> Comparison:
    keys = filestore.changed_paths(old, new)
    unchanged = sum(1 for path, key in new.items() if old.get(path) == key)
    contents: dict[str, str | bytes] = {}
    if with_diffs:
        # One key is one content: only keys that differ are read, all in one query.
        wanted = {new[p] for p in keys["added"]} | {old[p] for p in keys["deleted"]}
        wanted |= {key for p in keys["modified"] for key in (old[p], new[p])}
        contents = filestore.load_keys(comparison.site.user_id, wanted)
    max_lines = current_app.config["COMPARE_MAX_DIFF_LINES"]

    def change(path: str, status: str) -> FileChange:
        before = contents.get(old[path]) if path in old else None
        after = contents.get(new[path]) if path in new else None
        return _file_change(path, status, before, after, max_lines)

    return Comparison(
        site=comparison.site,
        choices=comparison.choices,
        from_number=comparison.from_number,
        to_number=comparison.to_number,
        pages=comparison.pages,
        added=[change(p, "added") for p in keys["added"]],
        removed=[change(p, "removed") for p in keys["deleted"]],
        changed=[change(p, "changed") for p in keys["modified"]],
        unchanged_count=unchanged,
    )


def file_change(path: str, status: str, before: str | bytes | None, after: str | bytes | None) -> FileChange:
    """One file's change between two contents (None: not there), with its diff as compare shows it."""
    return _file_change(path, status, before, after, current_app.config["COMPARE_MAX_DIFF_LINES"])


def _file_change(
    path: str, status: str, before: str | bytes | None, after: str | bytes | None, max_lines: int
) -> FileChange:
    if isinstance(before, bytes) or isinstance(after, bytes):
        return FileChange(path, status, before, after)
    hunks = diff_hunks(before or "", after or "", max_lines=max_lines)
    if hunks is None:
        return FileChange(path, status, before, after, too_large=True)
    return FileChange(path, status, before, after, hunks=hunks)


def diff_hunks(before: str, after: str, *, context: int = CONTEXT_LINES, max_lines: int) -> list[Hunk] | None:
    """The hunks of a line diff of two texts, or None if it would show more than `max_lines` lines."""
    a, b = split_lines(before), split_lines(after)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    hunks: list[Hunk] = []
    shown = 0
    for group in matcher.get_grouped_opcodes(context):
        lines: list[DiffLine] = []
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines.extend(DiffLine("context", i1 + k + 1, j1 + k + 1, a[i1 + k]) for k in range(i2 - i1))
                continue
            lines.extend(DiffLine("removed", i + 1, None, a[i]) for i in range(i1, i2))
            lines.extend(DiffLine("added", None, j + 1, b[j]) for j in range(j1, j2))
        shown += len(lines)
        if shown > max_lines:
            return None
        first, last = group[0], group[-1]
        hunks.append(Hunk(first[1], last[2] - first[1], first[3], last[4] - first[3], lines))
    return hunks
