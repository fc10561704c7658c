"""Generation runs: the original design's nine steps, apart from the request.

1-3. `start_generation` commits the user's message (creating the conversation
     on the first send) and a queued run, in one transaction, keyed by the
     page's client key so a double submit makes one message and one run, then
     hands the conversation to the task queue.
4.   A queue worker (`run_next`) claims the conversation's oldest queued run,
     unless another of its runs is running: runs of one conversation go one
     after another, oldest first, and a run waits in the queue, never in a
     worker. It streams the generator's text into the run's record (so any
     process can show it), and
5-9. saves the assistant message, the snapshot, the site (created on the
     first generation) or its next version, and the run's success, in one
     transaction: all of it or none of it.

Each claim is a new attempt with an id of its own; only the attempt holding
the run may write it. A running run whose worker stops showing life is handed
to another worker by the periodic housekeeping (`tend_runs`), up to
RUN_MAX_ATTEMPTS attempts, then marked failed with Retry. Pages only read.

The package, by job: `control` (what people do to runs: start, retry, stop,
read), `claims` (a worker's claim on a run), `attempt` (carrying a claimed run
out), `context` (what a run sends the AI), `saving` (steps 5-9) and `tending`
(housekeeping).
"""

from .attempt import UNEXPECTED, carry_out, run_next
from .claims import Claim, claim_next_run
from .context import replaced_message_ids
from .control import (
    check_client_key,
    count_runs,
    existing_run,
    get_run,
    get_runs_for_messages,
    hand_to_queue,
    new_client_key,
    retry_run,
    start_generation,
    stop_run,
)
from .saving import save_result
from .tending import LOST, tend_runs

__all__ = [
    "LOST",
    "UNEXPECTED",
    "Claim",
    "carry_out",
    "check_client_key",
    "claim_next_run",
    "count_runs",
    "existing_run",
    "get_run",
    "get_runs_for_messages",
    "hand_to_queue",
    "new_client_key",
    "replaced_message_ids",
    "retry_run",
    "run_next",
    "save_result",
    "start_generation",
    "stop_run",
    "tend_runs",
]
