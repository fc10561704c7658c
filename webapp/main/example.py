"""The welcome page's example: a real site, written by the offline generator, served sandboxed.

Written once per process, at its first request, from a fixed prompt: nothing is
downloaded and nothing is stored. It is served like any generated site (the sandbox
CSP, an opaque origin), so the welcome page shows exactly what the builder makes.
"""

import functools

from flask import Response, request, url_for

from .. import serving
from ..generation.base import FileMap, GenerationOutcome, GenerationRequest
from ..generation.offline import OfflineGenerator
from . import bp

EXAMPLE_PROMPT = (
    "A landing page for my bakery called Sweet Crumbs, warm colours, with a menu and opening hours"
)


@functools.cache
def example_files() -> FileMap:
    """The files the offline generator writes for the example prompt."""
    outcome = None
    for item in OfflineGenerator().stream(GenerationRequest(prompt=EXAMPLE_PROMPT)):
        if isinstance(item, GenerationOutcome):
            outcome = item
    return outcome.changed if outcome else {}


def _own() -> str:
    return f"{request.host_url.rstrip('/')}{url_for('.example', path='')}"


@bp.get("/example/", defaults={"path": ""})
@bp.get("/example/<path:path>")
def example(path: str):
    """One file of the example site, sandboxed like every generated site."""
    files = example_files()
    wanted = path + "index.html" if path == "" or path.endswith("/") else path
    if wanted not in files:
        return serving.not_found(_own())
    content = files[wanted]
    data = content.encode("utf-8") if isinstance(content, str) else content
    response = Response(data, content_type=serving.content_type_for(wanted))
    response.headers["Cache-Control"] = "public, max-age=3600"
    return serving.sandboxed(response, _own())
