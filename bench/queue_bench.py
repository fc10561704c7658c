"""What the task queue costs a generation run, embedded and in production.

Each configuration carries out 200 runs of the offline generator (no pause
between chunks) over 20 conversations, three ways, in the same run:

1. Direct: each task runs as it is enqueued (TASK_IMMEDIATE), in this process:
   the generator and the save, called one after another with no queue between.
2. Queued, one at a time: each send waits until the one before was saved, so
   no run waits behind another; send-to-saved minus direct is the queue's
   overhead per run (enqueue, transport, a worker taking it, the claim).
   Target: at most 20 ms at the median on Redis, at most 100 ms embedded.
3. Queued, all at once: 200 sends (10 per conversation) with 2 workers:
   runs per second, and send-to-saved including the wait behind other runs.

Send-to-saved is the run's created_at to its finished_at, both written by the
app (one clock). Embedded: a SQLite database and a SQLite queue, and a
consumer with 2 threads in this process, as `make run` serves. Production:
PostgreSQL, a Redis queue, and 2 `flask worker` processes of 1 thread each.

Run: .venv/bin/python bench/queue_bench.py [--sqlite-only] [--postgres-url URL] [--redis-url URL] [--runs N]
"""

import argparse
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import redis
import sqlalchemy as sa
from common import DEFAULT_POSTGRES_URL, temporary_postgres
from flask import Flask
from flask_migrate import upgrade

from webapp import create_app
from webapp.auth import services as accounts
from webapp.database import write_transaction
from webapp.extensions import db
from webapp.generation import runs
from webapp.models import GenerationRun, User
from webapp.services import conversations
from webapp.taskqueue import get_queue

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CONVERSATIONS = 20
WORKERS = 2
TARGETS_MS = {"embedded": 100.0, "production": 20.0}
PROMPTS = (
    "Build a site for my bakery called Sweet Crumbs in Bristol",
    "Add a pricing page",
    "Make the buttons rounder",
    "Add a contact section with our phone number",
    "Change the colours to green",
)


def make_app(url: str, queue: dict, *, immediate: bool) -> Flask:
    return create_app(
        {
            "SQLALCHEMY_DATABASE_URI": url,
            "SECRET_KEY": "bench",
            "AI_GENERATOR": "offline",
            "AI_OFFLINE_DELAY_SECONDS": 0,
            "RUN_FLUSH_SECONDS": 0.25,
            "TASK_IMMEDIATE": immediate,
            "EMBEDDED_WORKER": False,
            **queue,
        }
    )


def make_user() -> uuid.UUID:
    user_id = uuid.uuid4()
    with write_transaction(user_id):
        db.session.add(
            User(id=user_id, email=f"{user_id.hex}@example.com", password_hash=accounts._hasher.hash("x"))
        )
    return user_id


def new_conversations(user_id: uuid.UUID) -> list[uuid.UUID]:
    return [conversations.create_conversation(user_id, f"Site {i}").id for i in range(CONVERSATIONS)]


def send(user_id: uuid.UUID, conversation_id: uuid.UUID, turn: int) -> uuid.UUID:
    run, _ = runs.start_generation(user_id, conversation_id, PROMPTS[turn % len(PROMPTS)], uuid.uuid4().hex)
    return run.id


def finished(user_id: uuid.UUID, run_ids: list[uuid.UUID], poll: float = 0.005) -> list[float]:
    """Each run's send-to-saved seconds, once all have ended (polled; the figures
    come from the runs' own timestamps, not from the polling)."""
    while True:
        db.session.remove()
        rows = db.session.scalars(
            sa.select(GenerationRun).where(GenerationRun.id.in_(run_ids), GenerationRun.user_id == user_id)
        ).all()
        if all(not row.is_active for row in rows):
            failed = [row.error for row in rows if row.status != "succeeded"]
            if failed:
                raise RuntimeError(f"{len(failed)} run(s) failed: {failed[0]}")
            return [(row.finished_at - row.created_at).total_seconds() for row in rows]
        time.sleep(poll)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def one_at_a_time(user_id: uuid.UUID, total: int) -> tuple[list[float], float]:
    chats = new_conversations(user_id)
    started = time.perf_counter()
    values = [finished(user_id, [send(user_id, chats[i % CONVERSATIONS], i)])[0] for i in range(total)]
    return values, time.perf_counter() - started


def all_at_once(user_id: uuid.UUID, total: int) -> tuple[list[float], float]:
    chats = new_conversations(user_id)
    started = time.perf_counter()
    run_ids = [send(user_id, chats[i % CONVERSATIONS], i // CONVERSATIONS) for i in range(total)]
    # Polled seldom: the polling must not take the workers' CPU (2 cores).
    return finished(user_id, run_ids, poll=0.25), time.perf_counter() - started


def figures(label: str, values: list[float], wall: float) -> dict:
    result = {
        "label": label,
        "median": statistics.median(values) * 1000,
        "p95": p95(values) * 1000,
        "rate": len(values) / wall,
    }
    print(
        f"  {label:<34} {result['median']:8.1f} ms {result['p95']:8.1f} ms {result['rate']:9.1f} runs/s",
        flush=True,
    )
    return result


def measure(url: str, queue: dict, total: int, start_workers: Callable[[Flask], Callable[[], None]]) -> dict:
    """The three measures on one database and queue."""
    direct_app = make_app(url, queue, immediate=True)
    with direct_app.app_context():
        logging.disable(logging.INFO)  # alembic's "Running upgrade" lines
        try:
            upgrade()
        finally:
            logging.disable(logging.NOTSET)
        user_id = make_user()
        print(f"  {'':<34} {'median':>11} {'p95':>11} {'throughput':>15}")
        direct = figures("direct (generate + save)", *one_at_a_time(user_id, total))
    queued_app = make_app(url, queue, immediate=False)
    stop = start_workers(queued_app)
    try:
        with queued_app.app_context():
            one = figures("queued, one at a time", *one_at_a_time(user_id, total))
            many = figures(f"queued, {total} at once, {WORKERS} workers", *all_at_once(user_id, total))
            get_queue().flush()
    finally:
        stop()
    for app in (direct_app, queued_app):
        with app.app_context():
            db.engine.dispose()
    return {"direct": direct, "one": one, "many": many}


def embedded_workers(app: Flask) -> Callable[[], None]:
    consumer = get_queue(app).consumer(WORKERS, embedded=True)
    consumer.start()
    return lambda: consumer.stop(graceful=True)


def worker_processes(url: str, queue: dict) -> Callable[[Flask], Callable[[], None]]:
    def start(app: Flask) -> Callable[[], None]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FLASK_")}
        env.update(
            DATABASE_URL=url,
            SECRET_KEY="bench",
            REDIS_URL=queue["REDIS_URL"],
            TASK_QUEUE_NAME=queue["TASK_QUEUE_NAME"],
            AI_GENERATOR="offline",
            AI_OFFLINE_DELAY_SECONDS="0",
        )
        command = [sys.executable, "-m", "flask", "--app", "webapp", "worker", "--threads", "1"]
        processes = [
            subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stderr=subprocess.DEVNULL)
            for _ in range(WORKERS)
        ]
        time.sleep(2)  # both import the app and connect before the clock starts

        def stop() -> None:
            for process in processes:
                process.terminate()
            for process in processes:
                process.wait(timeout=30)

        return stop

    return start


def report(name: str, result: dict, target_ms: float) -> float:
    overhead = result["one"]["median"] - result["direct"]["median"]
    verdict = "meets" if overhead <= target_ms else "MISSES"
    print(
        f"  queue overhead per run (median): {overhead:.1f} ms ({verdict} the {target_ms:.0f} ms target); "
        f"{result['many']['rate']:.1f} runs/s with {WORKERS} workers against "
        f"{result['direct']['rate']:.1f} runs/s direct in one thread\n"
    )
    return overhead


def main() -> None:
    """Run both configurations and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sqlite-only", action="store_true", help="skip PostgreSQL and Redis")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL, help="server to make a temp DB on")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--runs", type=int, default=200, help="runs per measure")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as directory:
        print("\nEmbedded: SQLite database, SQLite queue, a consumer with 2 threads in this process")
        queue = {"TASK_QUEUE_PATH": str(Path(directory) / "tasks.db"), "REDIS_URL": ""}
        embedded = measure(f"sqlite:///{Path(directory) / 'bench.db'}", queue, args.runs, embedded_workers)
        report("embedded", embedded, TARGETS_MS["embedded"])
    if args.sqlite_only:
        return
    redis.Redis.from_url(args.redis_url).ping()
    with temporary_postgres(args.postgres_url) as (url, version):
        print(f"Production: PostgreSQL {version}, Redis queue, 2 `flask worker` processes")
        queue = {"REDIS_URL": args.redis_url, "TASK_QUEUE_NAME": f"bench{uuid.uuid4().hex[:8]}"}
        production = measure(url, queue, args.runs, worker_processes(url, queue))
        report("production", production, TARGETS_MS["production"])


if __name__ == "__main__":
    main()
