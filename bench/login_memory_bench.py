"""How much memory a burst of log-ins takes: 16 at once against one web process.

Each argon2id check holds its memory cost for as long as it runs, so a burst of
log-ins, all anonymous, could grow a server by (memory cost x burst) if nothing
bounded it. This serves the app with gunicorn (one process, 16 threads, as a
production web process would), signs an account up, sends 16 wrong-password
log-ins at once, and reads the process's peak resident memory (VmHWM) before and
after. It does so with the argon2 parameters the app used before (the library's
defaults: 64 MiB, 3 passes, 4 lanes, nothing bounding how many run at once), then
with the app's own (OWASP's 19 MiB, 2 passes, 1 lane, at most
PASSWORD_HASH_CONCURRENCY at a time). The test suite runs `measure` too.

Run: .venv/bin/python bench/login_memory_bench.py [--burst N]
"""

import argparse
import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "bench password 1234"
BEFORE = {
    "PASSWORD_HASH_MEMORY_KIB": "65536",
    "PASSWORD_HASH_TIME_COST": "3",
    "PASSWORD_HASH_PARALLELISM": "4",
    "PASSWORD_HASH_CONCURRENCY": "1000",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Client:
    """Cookies and a form's CSRF token: just enough of a browser."""

    def __init__(self, base: str):
        self.base = base
        jar = urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        self.opener = urllib.request.build_opener(jar, urllib.request.ProxyHandler({}))

    def post_form(self, path: str, fields: dict) -> int:
        with self.opener.open(self.base + path, timeout=30) as response:
            page = response.read().decode()
        token = re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode({"csrf_token": token, **fields}).encode()
        try:
            with self.opener.open(self.base + path, data=data, timeout=120) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code


def _memory_kib(pid: int, field: str) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(rf"^{field}:\s+(\d+) kB", status, re.M).group(1))


def _signup_link(email: str, secret_key: str) -> str:
    from webapp import create_app
    from webapp.auth.links import signup_token

    with create_app({"SECRET_KEY": secret_key, "SQLALCHEMY_DATABASE_URI": "sqlite://"}).app_context():
        return f"/signup/{signup_token(email)}"


def _worker_pid(master: int) -> int:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return int(children[0])


def measure(env: dict[str, str], burst: int = 16) -> dict:
    """Serve the app with `env` (its database already migrated), make an account, send
    `burst` wrong-password log-ins at once; the worker's peak memory growth in MiB."""
    port = _free_port()
    env = {
        **env,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_THREADS": str(burst),
        "SESSION_COOKIE_SECURE": "false",
        "HTMX_CDN_URL": "",
        "LOGIN_LIMIT_PER_ADDRESS": "100000 per minute",
        "LOGIN_FAILURES_PER_ACCOUNT": "100000 per minute",
        "SIGNUP_LIMIT_PER_ADDRESS": "100000 per minute",
    }
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            while True:
                try:
                    urllib.request.urlopen(base + "/login", timeout=2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        log.seek(0)
                        raise RuntimeError(
                            "the server did not start:\n" + log.read().decode()[-2000:]
                        ) from None
                    time.sleep(0.2)
            email = f"memory-{uuid.uuid4().hex[:8]}@example.com"
            # Signed up as the emailed link would: the link is made with the server's key.
            link = _signup_link(email, env["SECRET_KEY"])
            assert _Client(base).post_form(link, {"password": PASSWORD, "confirm": PASSWORD}) == 200
            worker = _worker_pid(server.pid)
            # One log-in first, so what is measured is the burst, not the first hash's warm-up.
            assert _Client(base).post_form("/login", {"email": email, "password": "wrong"}) == 400
            before = _memory_kib(worker, "VmRSS")
            clients = [_Client(base) for _ in range(burst)]
            statuses: list[int] = []
            start = threading.Barrier(burst)

            def attempt(client: _Client) -> None:
                start.wait()
                statuses.append(client.post_form("/login", {"email": email, "password": "wrong guess"}))

            started = time.perf_counter()
            threads = [threading.Thread(target=attempt, args=(client,)) for client in clients]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            seconds = time.perf_counter() - started
            peak = _memory_kib(worker, "VmHWM")
        finally:
            server.terminate()
            server.wait(timeout=20)
    return {"growth_mib": max(peak - before, 0) / 1024, "seconds": seconds, "statuses": sorted(statuses)}


def _migrated_sqlite(directory: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLASK_")}
    env.update(
        DATABASE_URL=f"sqlite:///{Path(directory) / 'bench.db'}",
        INSTANCE_PATH=str(Path(directory) / "instance"),
        TASK_QUEUE_PATH=str(Path(directory) / "tasks.db"),
        SECRET_KEY="bench",
        REDIS_URL="",
    )
    subprocess.run(
        [sys.executable, "-m", "flask", "--app", "webapp", "db", "upgrade"],
        cwd=PROJECT_ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    return env


def main() -> None:
    """Measure the burst with the old parameters and with the app's; print both."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--burst", type=int, default=16, help="log-ins at once")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        env = _migrated_sqlite(directory)
        before = measure({**env, **BEFORE}, args.burst)
        after = measure(env, args.burst)
    for label, result in (("before (64 MiB, unbounded)", before), ("after (19 MiB, 2 at a time)", after)):
        print(
            f"{label:<28} {args.burst} log-ins at once: peak memory +{result['growth_mib']:.0f} MiB,"
            f" {result['seconds']:.2f} s, answers {sorted(set(result['statuses']))}"
        )
    print(f"after/before: {after['growth_mib'] / max(before['growth_mib'], 1):.2f}x")


if __name__ == "__main__":
    main()
