"""The production topology for real: a Redis queue, `flask worker` processes, gunicorn.

Worker processes are killed with SIGKILL in the middle of a run: another one
completes it, and it is saved exactly once; killed on every attempt, the run
ends failed with Retry after RUN_MAX_ATTEMPTS.
"""

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest
import redis
import sqlalchemy as sa
from support import TEST_PASSWORD, wait_for

from webapp.auth.links import signup_token
from webapp.extensions import db as _db
from webapp.generation import runs
from webapp.models import GeneratedSite, GenerationRun, Message, ProjectSnapshot, SiteVersion
from webapp.ownership import act_as
from webapp.taskqueue import get_queue

PROJECT_ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
PROMPT = "Build a site for my bakery called Sweet Crumbs in Bristol"


def _redis_answers() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.fixture(autouse=True)
def _needs_redis():
    if not _redis_answers():
        if os.environ.get("CI"):
            pytest.fail(f"Redis must run at {REDIS_URL} in CI")
        pytest.skip(f"needs Redis at {REDIS_URL}")


@pytest.fixture
def app_config(app_config):
    """This process only enqueues, onto a Redis queue of this test's own."""
    return {**app_config, "REDIS_URL": REDIS_URL, "RUN_MAX_ATTEMPTS": 3}


@pytest.fixture
def queue(app):
    yield get_queue(app)
    get_queue(app).flush()


@pytest.fixture
def process_env(app, database, tmp_path):
    """The environment of the worker and web processes: the same database and queue."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLASK_", "TESTING_DATABASE"))}
    env.update(
        DATABASE_URL=database.app_url,
        SECRET_KEY=app.config["SECRET_KEY"],
        INSTANCE_PATH=str(tmp_path / "instance"),
        REDIS_URL=REDIS_URL,
        TASK_QUEUE_NAME=app.config["TASK_QUEUE_NAME"],
        SESSION_COOKIE_SECURE="false",
        HTMX_CDN_URL="",
        AI_GENERATOR="offline",
        # About 4 s a run: long enough to be killed in the middle.
        AI_OFFLINE_DELAY_SECONDS="0.1",
        RUN_FLUSH_SECONDS="0.1",
        RUN_HEARTBEAT_SECONDS="0.3",
        RUN_STALE_SECONDS="2",
        RUN_MAX_ATTEMPTS="3",
        HOUSEKEEPING_SECONDS="0.5",
        PYTHONUNBUFFERED="1",
    )
    return env


@pytest.fixture
def spawn(tmp_path):
    """spawn(command, env): a process of the test's, stopped (or killed) at the end."""
    processes: list[subprocess.Popen] = []

    def start(command: list[str], env: dict) -> subprocess.Popen:
        log = open(tmp_path / f"process-{len(processes)}.log", "w")  # noqa: SIM115 (closed with the process)
        process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
        )
        process.log = log
        processes.append(process)
        return process

    yield start
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.log.close()


@pytest.fixture
def worker(spawn, process_env, queue):
    """worker(): one more `flask worker` process with one thread."""

    def start() -> subprocess.Popen:
        command = [sys.executable, "-m", "flask", "--app", "webapp", "worker", "--threads", "1"]
        return spawn(command, process_env)

    return start


def fresh_run(user, run_id) -> GenerationRun:
    _db.session.remove()
    act_as(user)
    return _db.session.get(GenerationRun, run_id)


def count(model, user) -> int:
    _db.session.remove()
    act_as(user)
    return _db.session.scalar(sa.select(sa.func.count()).select_from(model).where(model.user_id == user.id))


def kill_the_worker_of(run: GenerationRun) -> int:
    pid = int(run.worker.rsplit(":", 1)[1])
    os.kill(pid, signal.SIGKILL)
    return pid


def running_with_text(user, run_id, attempt):
    run = fresh_run(user, run_id)
    return run.status == "running" and run.attempts == attempt and run.output and run


def test_a_worker_killed_mid_run_loses_nothing_and_the_run_is_saved_once(app, user, worker):
    first, second = worker(), worker()
    run, _ = runs.start_generation(user, None, PROMPT, uuid.uuid4().hex)
    run_id = run.id
    held = wait_for(lambda: running_with_text(user, run_id, 1), "the run to stream")
    killed = kill_the_worker_of(held)
    assert killed in (first.pid, second.pid)

    done = wait_for(lambda: (r := fresh_run(user, run_id)).status in ("succeeded", "failed") and r, "the run")
    assert done.status == "succeeded", done.error
    assert done.attempts == 2
    assert int(done.worker.rsplit(":", 1)[1]) != killed
    assert count(Message, user) == 2  # the user's message, and one reply
    assert count(ProjectSnapshot, user) == 1
    assert count(GeneratedSite, user) == 1
    assert count(SiteVersion, user) == 1


def test_a_run_stopped_from_another_process_ends_in_its_worker_and_saves_nothing(app, user, worker):
    """Stop is written to the database by this process; the worker process finds it at its
    next flush, stops generating, and takes the next run at once."""
    worker()  # one worker process, one thread: the next run waits for it
    run, _ = runs.start_generation(user, None, PROMPT, uuid.uuid4().hex)
    run_id, conversation_id = run.id, run.conversation_id
    wait_for(lambda: running_with_text(user, run_id, 1), "the run to stream")
    assert runs.stop_run(user, run_id).status == "stopped"
    after, _ = runs.start_generation(user, conversation_id, PROMPT, uuid.uuid4().hex)
    after_id = after.id

    done = wait_for(
        lambda: (r := fresh_run(user, after_id)).status in ("succeeded", "failed") and r, "the next run"
    )
    assert done.status == "succeeded", done.error
    stopped = fresh_run(user, run_id)
    assert stopped.status == "stopped" and stopped.output == ""
    # The worker gave up the stopped run at once: the rest of it (seconds of text) was never
    # generated. Measured against a whole run's time on this machine now, not a fixed figure:
    # a loaded machine slows both alike.
    gap = (done.started_at - stopped.finished_at).total_seconds()
    whole_run = (done.finished_at - done.started_at).total_seconds()
    assert gap < whole_run / 2, (gap, whole_run)
    act_as(user)
    roles = _db.session.scalars(
        sa.select(Message.role).where(Message.conversation_id == conversation_id).order_by(Message.created_at)
    ).all()
    assert roles == ["user", "user", "assistant"]  # nothing from the stopped run
    assert count(SiteVersion, user) == 1  # the next run's, alone


def test_a_run_whose_worker_is_killed_on_every_attempt_ends_failed_with_retry(app, user, worker):
    worker(), worker()
    run, _ = runs.start_generation(user, None, PROMPT, uuid.uuid4().hex)
    run_id = run.id
    for attempt in range(1, 4):
        held = wait_for(
            lambda attempt=attempt: running_with_text(user, run_id, attempt), f"attempt {attempt}"
        )
        kill_the_worker_of(held)
        worker()  # a replacement, as a process supervisor would start

    failed = wait_for(lambda: (r := fresh_run(user, run_id)).status == "failed" and r, "the run to fail")
    assert failed.error == runs.LOST.format(attempts=3)
    assert count(Message, user) == 1  # the user's message stays; nothing else was saved
    assert count(ProjectSnapshot, user) == 0
    assert count(GeneratedSite, user) == 0
    # Retry starts it again on a live worker.
    retried, created = runs.retry_run(user, run_id, uuid.uuid4().hex)
    assert created
    retried_id = retried.id
    done = wait_for(lambda: (r := fresh_run(user, retried_id)).status == "succeeded" and r, "the retry")
    assert done.attempts == 1
    assert count(SiteVersion, user) == 1


# gunicorn web processes + a worker process, over HTTP --------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """Just enough of a browser: cookies, and forms with their CSRF token."""

    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
            urllib.request.ProxyHandler({}),
        )

    def get(self, path: str) -> tuple[int, str, str]:
        try:
            with self.opener.open(self.base + path, timeout=10) as response:
                return response.status, response.url, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.url, error.read().decode()

    def post(self, path: str, form_page: str, fields: dict) -> tuple[int, str, str]:
        _, _, page = self.get(form_page)
        token = re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode({"csrf_token": token, **fields}).encode()
        with self.opener.open(self.base + path, data=data, timeout=10) as response:
            return response.status, response.url, response.read().decode()


def test_gunicorn_web_processes_and_a_worker_process_build_a_site(app, spawn, worker, process_env):
    port = _free_port()
    web_env = {**process_env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "2"}
    web = spawn([sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"], web_env)
    worker()
    browser = Browser(f"http://127.0.0.1:{port}")

    def healthy():
        try:
            return browser.get("/healthz")
        except OSError:
            assert web.poll() is None, "gunicorn exited"
            return None

    status, _, body = wait_for(healthy, "gunicorn to answer", seconds=30)
    assert status == 200 and '"queue":"ok"' in body.replace(" ", "")

    email = f"topology-{uuid.uuid4().hex[:8]}@example.com"
    browser.post("/signup", "/signup", {"email": email})
    with app.app_context():
        link = f"/signup/{signup_token(email)}"
    browser.post(link, link, {"password": TEST_PASSWORD, "confirm": TEST_PASSWORD})
    _, page_url, _ = browser.post(
        "/builder/send", "/builder/", {"message": PROMPT, "client_key": uuid.uuid4().hex}
    )
    assert "/builder/c/" in page_url
    path = urllib.parse.urlparse(page_url).path
    # Whichever web process serves the page shows what the worker process saved.
    wait_for(lambda: "Version 1 ·" in browser.get(path)[2], "the site's first version on the page")


def test_two_web_processes_share_the_rate_limits_in_redis(app, spawn, process_env):
    """Failed log-ins counted by one process hold in the other: the counts live in Redis."""
    env = {**process_env, "LOGIN_FAILURES_PER_ACCOUNT": "4 per minute", "WEB_CONCURRENCY": "1"}
    ports = [_free_port(), _free_port()]
    for port in ports:
        spawn(
            [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"],
            {**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
        )
    browsers = [Browser(f"http://127.0.0.1:{port}") for port in ports]
    for browser in browsers:
        wait_for(lambda b=browser: _answers(b), "gunicorn to answer", seconds=30)

    def failed_log_in(browser) -> int:
        try:
            return browser.post("/login", "/login", {"email": "ada@example.com", "password": "wrong guess"})[
                0
            ]
        except urllib.error.HTTPError as error:
            return error.code

    # Two failures through each process: four in all, the account's limit...
    assert [failed_log_in(browsers[n % 2]) for n in range(4)] == [400, 400, 400, 400]
    # ...so the fifth is refused, by either process.
    assert failed_log_in(browsers[0]) == 429
    assert failed_log_in(browsers[1]) == 429


def _answers(browser) -> bool:
    try:
        return browser.get("/healthz")[0] == 200
    except OSError:
        return False
