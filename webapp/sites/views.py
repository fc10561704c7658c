"""The site list, a site page, its history and its versions."""

from . import bp  # noqa: F401
