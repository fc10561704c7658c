"""Going back in the site's history by asking: "undo", "go back", "restore version 3"."""

import re

from ..base import GenerationOutcome

# The whole message asks to go back; "undo the red headings" stays an edit request.
_UNDO = re.compile(
    r"^\s*(?:please\s+)?(?:undo(?:\s+(?:that|this|it|the\s+last\s+change))?"
    r"|go\s+back(?:\s+to\s+(?:the\s+)?(?:previous|last|earlier)\s+version)?"
    r"|revert(?:\s+(?:that|it|the\s+last\s+change))?"
    r"|(?:restore|bring\s+back)\s+(?:the\s+)?previous\s+version)"
    r"\s*(?:,?\s*please)?\s*[.!]*\s*$",
    re.IGNORECASE,
)
_RESTORE = re.compile(
    r"^\s*(?:please\s+)?(?:restore|go\s+back\s+to|revert\s+to|bring\s+back|roll\s+back\s+to)\s+"
    r"(?:the\s+site\s+(?:to|at)\s+)?version\s+#?(\d{1,9})\s*(?:,?\s*please)?\s*[.!]*\s*$",
    re.IGNORECASE,
)


def restore_request(prompt: str, newest: int) -> tuple[str, GenerationOutcome] | None:
    """The reply and outcome for a message that asks to go back, or None if it does not."""
    if (match := _RESTORE.match(prompt)) is not None:
        number = int(match.group(1))
    elif _UNDO.match(prompt):
        number = newest - 1
    else:
        return None
    if newest == 0:
        return "There is no earlier version yet: the site has not been made.", GenerationOutcome()
    if number < 1:
        return (
            "This is the site's first version: there is nothing earlier to go back to.",
            GenerationOutcome(),
        )
    if number > newest:
        return (
            f"The site has no version {number} yet: its newest is version {newest}.",
            GenerationOutcome(),
        )
    if number == newest:
        return f"Version {number} is already the newest: nothing to change.", GenerationOutcome()
    return (
        f"Done: version {number} is back, as a new version. Nothing was deleted: "
        f"to return to where you were, say \u201crestore version {newest}\u201d.",
        GenerationOutcome(description=f"Restored version {number}", restore=number),
    )
