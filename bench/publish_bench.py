"""How fast a published page is served, beside a static file that Flask sends.

The app runs under gunicorn (2 workers, gthread, 4 threads each), as in
production. It serves GET /p/<slug>/ of a published 20-file site
(`sample_site.py`; its index.html is about 16 KB), beside GET /baseline/index.html:
the same bytes from a file on disk through `flask.send_file`, a route this bench
adds to its own app instance. Both go through the same app (its security headers,
its session handling) on the same server, so the ratio is what finding the live
site and reading the content from the database cost. A repeat that sends the
page's ETag (If-None-Match, answered 304 without reading the content) is
measured as well.

The load: 2 client processes of 4 threads, each thread on a keep-alive
connection, for `--seconds` per measure, the measures interleaved over
`--rounds` rounds; the median of the rounds is reported. Client and server share
this machine's cores, equally for every measure.

On PostgreSQL the server connects as a role that owns nothing and is not a
superuser, so Row Level Security is in force, as in production.

Target: published/baseline at least 0.5 (requests per second).

Run: .venv/bin/python bench/publish_bench.py [--sqlite-only] [--postgres-url URL] [--seconds N] [--rounds N]
"""

import argparse
import http.client
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from common import DEFAULT_POSTGRES_URL, make_user, migrated_app, temporary_postgres
from flask import Flask, send_file
from sample_site import Words, build_site

from webapp import create_app, filestore
from webapp.commands import APP_FUNCTIONS
from webapp.database import write_transaction
from webapp.extensions import db
from webapp.services import publishing, sites

SEED = 20240613
TARGET = 0.5
BENCH_DIR = Path(__file__).resolve().parent
WORKERS, THREADS = 2, 4
CLIENT_PROCESSES, CLIENT_THREADS = 2, 4
PAGE = "index.html"


def bench_app() -> Flask:
    """The app gunicorn serves for this bench: the real one, plus the baseline route."""
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": os.environ["BENCH_DATABASE_URL"],
            "SECRET_KEY": "bench",
            "SESSION_COOKIE_SECURE": False,
            "REDIS_URL": "",
            "TASK_QUEUE_PATH": os.environ["BENCH_TASK_QUEUE_PATH"],
        }
    )
    baseline = Path(os.environ["BENCH_BASELINE_DIR"]) / PAGE

    @app.get(f"/baseline/{PAGE}")
    def baseline_page():
        return send_file(baseline)

    return app


# The load ----------------------------------------------------------------------


def _hammer(port: int, path: str, headers: dict, seconds: float, expected: int) -> int:
    """Requests answered in `seconds` by CLIENT_THREADS keep-alive connections (one process's share)."""
    counts = [0] * CLIENT_THREADS
    deadline = time.monotonic() + seconds

    def worker(index: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status != expected:
                raise RuntimeError(f"{path} answered {response.status}, not {expected}")
            counts[index] += 1
        connection.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(CLIENT_THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts)


def requests_per_second(
    pool: ProcessPoolExecutor, port: int, path: str, headers: dict, seconds: float, expected: int
) -> float:
    """All client processes at once on one URL: answers per second."""
    jobs = [pool.submit(_hammer, port, path, headers, seconds, expected) for _ in range(CLIENT_PROCESSES)]
    return sum(job.result() for job in jobs) / seconds


# The server ------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str, headers: dict | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    response.body = response.read()
    connection.close()
    return response


@contextmanager
def gunicorn(database_url: str, baseline_dir: Path, queue_path: Path) -> Iterator[int]:
    """The bench app under gunicorn on a free port; its port."""
    port = _free_port()
    env = {
        **os.environ,
        "BENCH_DATABASE_URL": database_url,
        "BENCH_BASELINE_DIR": str(baseline_dir),
        "BENCH_TASK_QUEUE_PATH": str(queue_path),
    }
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--workers",
        str(WORKERS),
        "--worker-class",
        "gthread",
        "--threads",
        str(THREADS),
        "--bind",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
        "publish_bench:bench_app()",
    ]
    # Started from bench/, which has no gunicorn.conf.py: the project's would log every request.
    server = subprocess.Popen(command, cwd=BENCH_DIR, env=env, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if _get(port, f"/baseline/{PAGE}").status == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("gunicorn did not start")
            time.sleep(0.2)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


# The data ------------------------------------------------------------------------------


def publish_sample_site(url: str) -> tuple[str, bytes]:
    """Migrate the database at `url`, publish the sample site; its slug and its index.html."""
    with migrated_app(url) as app, app.app_context():
        user_id, _email = make_user()
        files = build_site(Words(random.Random(SEED)))
        with write_transaction(user_id):
            site = sites.create_site(user_id, filestore.store(user_id, files), title="Northwind Studio")
        slug = publishing.publish(user_id, site.id).site.slug
        db.session.remove()
        db.engine.dispose()
    page = files[PAGE]
    return slug, page.encode() if isinstance(page, str) else page


@contextmanager
def app_role(owner_url: str) -> Iterator[str]:
    """A login role that owns nothing and is not a superuser, with the app's grants; its URL."""
    role = f"bench_app_{uuid.uuid4().hex[:8]}"
    owner = sa.create_engine(owner_url, isolation_level="AUTOCOMMIT")
    with owner.connect() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB")
        connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {role}")
        connection.exec_driver_sql(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}"
        )
        for function in APP_FUNCTIONS:
            connection.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {function} TO {role}")
    try:
        yield sa.make_url(owner_url).set(username=role).render_as_string(hide_password=False)
    finally:
        with owner.connect() as connection:
            connection.exec_driver_sql(f"DROP OWNED BY {role}")
            connection.exec_driver_sql(f"DROP ROLE {role}")
        owner.dispose()


# The run ---------------------------------------------------------------------------------


def measure(name: str, database_url: str, slug: str, page: bytes, seconds: float, rounds: int) -> float:
    """Serve, check, load, print; return published/baseline (requests per second)."""
    with tempfile.TemporaryDirectory() as directory:
        baseline_dir = Path(directory)
        (baseline_dir / PAGE).write_bytes(page)
        published = f"/p/{slug}/"
        with gunicorn(database_url, baseline_dir, baseline_dir / "tasks.db") as port:
            first = _get(port, published)
            assert first.status == 200 and first.body == page, (first.status, first.body[:80])
            assert first.getheader("Set-Cookie") is None
            etag = first.getheader("ETag")
            assert _get(port, published, {"If-None-Match": etag}).status == 304
            assert _get(port, f"/baseline/{PAGE}").body == page
            measures = {
                "baseline": (f"/baseline/{PAGE}", {}, 200),
                "published": (published, {}, 200),
                "published, 304": (published, {"If-None-Match": etag}, 304),
            }
            results: dict[str, list[float]] = {label: [] for label in measures}
            with ProcessPoolExecutor(CLIENT_PROCESSES) as pool:
                # Warm up both workers' connections and caches.
                requests_per_second(pool, port, published, {}, 1, 200)
                for _ in range(rounds):
                    for label, (path, headers, status) in measures.items():
                        results[label].append(requests_per_second(pool, port, path, headers, seconds, status))
    medians = {label: statistics.median(values) for label, values in results.items()}
    print(f"\n{name}: {len(page):,} bytes of HTML, gunicorn {WORKERS} workers x {THREADS} threads")
    for label, values in results.items():
        spread = ", ".join(f"{v:,.0f}" for v in values)
        print(f"  {label:<16} {medians[label]:>8,.0f} requests/s (rounds: {spread})")
    ratio = medians["published"] / medians["baseline"]
    not_modified = medians["published, 304"] / medians["baseline"]
    print(f"  published/baseline {ratio:.2f}x; 304/baseline {not_modified:.2f}x")
    return ratio


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sqlite-only", action="store_true", help="skip PostgreSQL")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL, help="server to make a temp DB on")
    parser.add_argument("--seconds", type=float, default=4, help="length of each measure")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the interleaved measures")
    args = parser.parse_args()

    started = time.perf_counter()
    ratios = []
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{Path(directory) / 'bench.db'}"
        slug, page = publish_sample_site(url)
        ratios.append(measure(f"SQLite {sqlite3.sqlite_version}", url, slug, page, args.seconds, args.rounds))
    if not args.sqlite_only:
        try:
            with temporary_postgres(args.postgres_url) as (url, version):
                slug, page = publish_sample_site(url)
                with app_role(url) as app_url:
                    ratios.append(
                        measure(f"PostgreSQL {version}", app_url, slug, page, args.seconds, args.rounds)
                    )
        except sa.exc.OperationalError as error:
            message = f"PostgreSQL failed at {args.postgres_url} (or use --sqlite-only):\n{error}"
            raise SystemExit(message) from None
    worst = min(ratios)
    verdict = "met" if worst >= TARGET else "MISSED"
    print(
        f"\nWorst of the databases: published/baseline {worst:.2f}x (target >= {TARGET}, {verdict})."
        f" {time.perf_counter() - started:.0f} s in all."
    )


if __name__ == "__main__":
    main()
