"""Comparing two versions of a site: files, diffs, and the rendered pages."""

from . import bp  # noqa: F401
