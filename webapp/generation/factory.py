"""Which generator a run uses, from the settings."""

from collections.abc import Mapping

from .. import filestore
from .base import NOT_SET_UP, GenerationError, Generator


def make_generator(config: Mapping) -> Generator:
    """The configured generator: the offline one, or an OpenAI-compatible server."""
    kind = config["AI_GENERATOR"]
    if kind == "offline":
        from .offline import OfflineGenerator

        return OfflineGenerator(delay=config["AI_OFFLINE_DELAY_SECONDS"])
    if kind == "openai":
        from .openai_compat import OpenAICompatibleGenerator

        if not config["AI_BASE_URL"] or not config["AI_MODEL"]:
            raise GenerationError(
                NOT_SET_UP, "The AI server is not set up: AI_BASE_URL and AI_MODEL are needed."
            )
        return OpenAICompatibleGenerator(
            config["AI_BASE_URL"],
            config["AI_API_KEY"],
            config["AI_MODEL"],
            timeout=config["AI_TIMEOUT_SECONDS"],
            max_context_chars=config["AI_MAX_CONTEXT_CHARS"],
            limits=filestore.Limits.from_config(),
        )
    raise GenerationError(NOT_SET_UP, f"Unknown AI_GENERATOR setting {kind!r}: use 'offline' or 'openai'.")
