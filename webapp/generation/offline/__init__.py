"""The embedded, offline site generator: no key, no network, and still a site worth publishing."""

from .generator import OfflineGenerator

__all__ = ["OfflineGenerator"]
