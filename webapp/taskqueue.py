"""The task queue: background work runs on huey, never in a thread a request starts.

Embedded (the default): the queue is a SQLite file under instance/, and the
process that serves the app also runs a consumer with a few worker threads
(wsgi.py starts it), so one command runs everything. Production (REDIS_URL
set): the queue is Redis; web processes only enqueue, and `flask worker`
processes, on any number of machines, carry the tasks out. With
TASK_IMMEDIATE (tests) a task runs in the enqueuing process as it is enqueued.

A task is a plain function declared with `@task`; it runs in an app context of
the app whose queue carried it, with a database session of its own. Besides
the tasks it is given, every consumer enqueues `housekeeping` every
HOUSEKEEPING_SECONDS: the periodic upkeep (dead runs, idle edit bursts) that
pages must never do. Tasks declared `every_minutes` (the bucket's sweep) run on
huey's own schedule.
"""

import functools
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import redis
from flask import Flask, current_app
from huey import Huey, crontab
from huey.consumer import Consumer, Scheduler, Worker
from huey.storage import RedisStorage, SqliteStorage
from huey.utils import time_clock

log = logging.getLogger(__name__)

_TASKS: dict[str, tuple[Callable, dict]] = {}
HOUSEKEEPING = "housekeeping"


def task(
    function: Callable | None = None,
    *,
    retries: int = 0,
    retry_delay: float = 0,
    every_minutes: str | None = None,
) -> Callable:
    """Declare a queue task, by its function's name (`@task`, or `@task(retries=3, retry_delay=60)`
    for work worth trying again, such as sending an email while the mail server restarts).

    `every_minutes` names a setting: the consumers then also run the task every that
    many minutes (huey's periodic tasks, checked once a minute).
    """

    def declare(function: Callable) -> Callable:
        if function.__name__ in _TASKS:
            raise ValueError(f"a task named {function.__name__!r} is declared twice")
        options = {"retries": retries, "retry_delay": retry_delay, "every_minutes": every_minutes}
        _TASKS[function.__name__] = (function, options)
        return function

    return declare(function) if function is not None else declare


class TaskQueue:
    """One app's queue: its huey instance, with every declared task bound to the app."""

    def __init__(self, app: Flask):
        from . import bucket_upkeep, mail  # noqa: F401 (declare the tasks)
        from .generation import tasks  # noqa: F401

        config = app.config
        self.app = app
        self.huey = Huey(
            config["TASK_QUEUE_NAME"],
            results=False,  # pages read a run's state from its record, not from the queue
            immediate=config["TASK_IMMEDIATE"],
            utc=True,
            **_storage(config),
        )
        self._tasks = {name: self._declare(name, fn, **options) for name, (fn, options) in _TASKS.items()}
        # Set when this process enqueues, so its own idle workers start at once.
        self.work_arrived = threading.Event()

    def _declare(self, name: str, fn: Callable, *, every_minutes: str | None, **options: Any) -> Any:
        if every_minutes is None:
            return self.huey.task(name=name, **options)(_in_app(self.app, fn))
        minutes = min(max(int(self.app.config[every_minutes]), 1), 60)
        return self.huey.periodic_task(crontab(minute=f"*/{minutes}"), name=name, **options)(
            _in_app(self.app, fn)
        )

    def enqueue(self, name: str, *args: Any) -> None:
        """Hand a task to the queue (raises if the queue cannot be reached)."""
        if self.huey.immediate:
            # The task runs now, in a session of its own: end the caller's read
            # transaction, whose snapshot (on SQLite) would hide what it saves.
            from .extensions import db

            db.session.commit()
        self._tasks[name](*args)
        self.work_arrived.set()

    def pending(self) -> int:
        """How many tasks wait in the queue."""
        return self.huey.pending_count()

    def reachable(self) -> bool:
        """Whether the queue's storage answers."""
        try:
            storage = self.huey.storage
            if isinstance(storage, RedisStorage):
                return bool(storage.conn.ping())
            storage.queue_size()
            return True
        except Exception:
            log.warning("the task queue is unreachable", exc_info=True)
            return False

    def consumer(self, workers: int, *, embedded: bool = False) -> Consumer:
        """A consumer of this queue with `workers` threads (not started)."""
        config = self.app.config
        return _Consumer(
            self.huey,
            queue=self,
            embedded=embedded,
            workers=workers,
            worker_type="thread",
            periodic=True,
            # Poll briskly while work may arrive; an idle worker polls at most
            # every TASK_POLL_SECONDS, or wakes at once when this process enqueues.
            initial_delay=0.05,
            backoff=1.5,
            max_delay=config["TASK_POLL_SECONDS"],
            check_worker_health=not embedded,
        )

    def close(self) -> None:
        """Close this process's connections to the queue (an app being discarded: tests, tools)."""
        storage = self.huey.storage
        if isinstance(storage, RedisStorage):
            storage.pool.disconnect()
        else:
            storage.close()

    def flush(self) -> None:
        """Drop every pending task (tests, and an operator's reset)."""
        self.huey.flush()


def _storage(config: dict) -> dict:
    if config["REDIS_URL"]:
        pool = redis.ConnectionPool.from_url(
            config["REDIS_URL"],
            socket_connect_timeout=config["REDIS_TIMEOUT_SECONDS"],
            # Longer than a blocking read's wait (read_timeout below).
            socket_timeout=config["REDIS_TIMEOUT_SECONDS"] + 2,
            health_check_interval=30,
        )
        # Blocking reads: a worker takes a task the moment it arrives.
        return {"storage_class": RedisStorage, "connection_pool": pool, "blocking": True, "read_timeout": 1}
    path = Path(config["TASK_QUEUE_PATH"])
    path.parent.mkdir(parents=True, exist_ok=True)
    return {"storage_class": SqliteStorage, "filename": str(path), "timeout": 30}


def _in_app(app: Flask, function: Callable) -> Callable:
    """Run a task inside an app context of its own (its own database session)."""

    @functools.wraps(function)
    def run(*args: Any) -> Any:
        with app.app_context():
            return function(*args)

    return run


def init_app(app: Flask) -> None:
    """Give the app its queue (the consumer is started elsewhere: see wsgi.py and `flask worker`)."""
    app.extensions["task_queue"] = TaskQueue(app)


def get_queue(app: Flask | None = None) -> TaskQueue:
    """The queue of this app (by default the current one)."""
    return (app or current_app).extensions["task_queue"]


def enqueue(name: str, *args: Any) -> None:
    """Hand a task to the current app's queue."""
    get_queue().enqueue(name, *args)


_embedded: dict[int, Consumer] = {}
_embedded_lock = threading.Lock()


def start_embedded_consumer(app: Flask) -> Consumer | None:
    """Start this process's consumer, if the app runs one (EMBEDDED_WORKER), once."""
    if not app.config["EMBEDDED_WORKER"] or app.config["TASK_IMMEDIATE"]:
        return None
    with _embedded_lock:
        if id(app) not in _embedded:
            consumer = get_queue(app).consumer(app.config["TASK_WORKERS"], embedded=True)
            consumer.start()
            _embedded[id(app)] = consumer
            log.info("started %s embedded task worker(s)", app.config["TASK_WORKERS"])
        return _embedded[id(app)]


class _Worker(Worker):
    """A worker whose idle wait ends early when its own process enqueues."""

    def __init__(self, *args: Any, wake: threading.Event, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._wake = wake

    def sleep(self) -> None:
        if self.delay > self.max_delay:
            self.delay = self.max_delay
        if self._wake.wait(self.delay):
            self._wake.clear()
            self.delay = self.default_delay
        else:
            self.delay *= self.backoff


class _Scheduler(Scheduler):
    """huey's scheduler, which also enqueues the housekeeping task every few seconds.

    (huey's own periodic tasks are checked once a minute, too seldom to find
    a dead run quickly.)
    """

    def __init__(self, *args: Any, queue: TaskQueue, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._queue = queue
        self._every = float(queue.app.config["HOUSEKEEPING_SECONDS"])
        self._next_housekeeping = time_clock()

    def loop(self, now: Any = None) -> None:
        if time_clock() >= self._next_housekeeping:
            self._next_housekeeping = time_clock() + self._every
            try:
                self._queue.enqueue(HOUSEKEEPING)
            except Exception:
                self._logger.exception("could not enqueue housekeeping")
        super().loop(now)


class _Consumer(Consumer):
    """huey's consumer with the two classes above. Embedded in a web process, it
    leaves the process's signals to the web server."""

    def __init__(self, huey: Huey, *, queue: TaskQueue, embedded: bool, **options: Any):
        self._queue = queue
        self._embedded = embedded
        super().__init__(huey, **options)

    # huey's documented extension points for custom workers and schedulers.
    def _create_worker(self) -> Worker:
        return _Worker(
            huey=self.huey,
            default_delay=self.default_delay,
            max_delay=self.max_delay,
            backoff=self.backoff,
            wake=self._queue.work_arrived,
        )

    def _create_scheduler(self) -> Scheduler:
        return _Scheduler(
            huey=self.huey, interval=self.scheduler_interval, periodic=self.periodic, queue=self._queue
        )

    def _set_signal_handlers(self) -> None:
        if not self._embedded:
            super()._set_signal_handlers()
