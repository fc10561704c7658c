"""The browser suite's harness: the real app in a subprocess, driven by Chromium.

The app runs as `flask run` on a free 127.0.0.1 port, against the same
database as the rest of the run (on PostgreSQL, as the non-superuser role
under Row Level Security), with generation in real worker threads. Each test
signs up its own user through the UI, so no test depends on another's data,
and deletes that account afterwards, so it leaves no rows behind.

Data the UI cannot make (a hostile site) is made through the services, in
this process, as the test's user.

Chromium is Debian's package (CI installs it); Playwright never downloads one.
axe-core, the accessibility checker, is fetched at install time (scripts/fetch_vendor.py)
and run inside the page; every violation it finds is kept for the report printed at the
end of the run (and written to test-artifacts/e2e/axe-report.txt).
"""

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from flask import Flask
from mail_server import MailServer, link_in
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, expect, sync_playwright
from support import TEST_PASSWORD

from webapp import create_app
from webapp.auth.services import authenticate, delete_account
from webapp.extensions import db
from webapp.models import User

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "e2e"
FAILURES = ARTIFACTS / "failures"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}
AXE = PROJECT_ROOT / "tests" / "e2e" / "vendor" / "axe.min.js"
# Violations of these impacts fail a test; the others are reported.
AXE_FAILING = ("critical", "serious")
AXE_IMPACTS = ("critical", "serious", "moderate", "minor")
SERVER_START_SECONDS = 30

# Auto-waiting assertions wait this long: generous for a slow CI machine, and
# a passing run never waits it out.
expect.set_options(timeout=15_000)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test, so fixtures can tell a failure."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


# The app ---------------------------------------------------------------------


@dataclass
class LiveServer:
    """The running app: where it answers, on which database, and its log."""

    url: str
    dialect: str
    log: Path

    def log_tail(self, lines: int = 40) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _server_env(database_url: str, mail_port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLASK_", "TESTING_DATABASE"))}
    env.update(
        DATABASE_URL=database_url,
        SECRET_KEY="e2e",
        SESSION_COOKIE_SECURE="false",
        # Local htmx only: there is no internet.
        HTMX_CDN_URL="",
        AI_GENERATOR="offline",
        # Slow enough that the reply visibly streams, quick enough to keep the suite fast.
        AI_OFFLINE_DELAY_SECONDS="0.02",
        RUN_FLUSH_SECONDS="0.1",
        # The embedded queue, in a file of this run's own.
        TASK_QUEUE_PATH=str(ARTIFACTS / f"tasks-{uuid.uuid4().hex[:8]}.db"),
        REDIS_URL="",
        # This server shares the database with the rest of the run, whose tests run queues
        # of their own: its housekeeping would carry out their queued runs.
        HOUSEKEEPING_SECONDS="86400",
        # Every test signs up and logs in from 127.0.0.1, in one server for the whole run.
        SIGNUP_LIMIT_PER_ADDRESS="10000 per minute",
        LOGIN_LIMIT_PER_ADDRESS="10000 per minute",
        # Its emails go to the test SMTP server, where the tests read their links.
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(mail_port),
        SMTP_SECURITY="none",
        EMAILS_PER_RECIPIENT="1000 per minute",
        PASSWORD_RESET_LIMIT_PER_ADDRESS="10000 per minute",
        PYTHONUNBUFFERED="1",
    )
    return env


@contextmanager
def serving(database, mail_server, name: str = "", **settings: str) -> Iterator[LiveServer]:
    """The real app, served by `flask run` on a free port, with these settings besides the usual."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    log = ARTIFACTS / f"server-{database.dialect}{name}.log"
    command = [
        sys.executable,
        "-m",
        "flask",
        "--app",
        "wsgi",
        "run",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--no-reload",
        "--no-debugger",
    ]
    with open(log, "w") as log_file:
        process = subprocess.Popen(
            command,
            cwd=PROJECT_ROOT,
            env={**_server_env(database.app_url, mail_server.port), **settings},
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    server = LiveServer(url=f"http://127.0.0.1:{port}", dialect=database.dialect, log=log)
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while not _answers(server.url + "/login"):
            if process.poll() is not None:
                pytest.fail(f"The app exited ({process.returncode}) on start:\n{server.log_tail()}")
            if time.monotonic() > deadline:
                pytest.fail(f"The app did not answer within {SERVER_START_SECONDS}s:\n{server.log_tail()}")
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def serve_app(database, mail_server) -> Callable[..., AbstractContextManager[LiveServer]]:
    """Serve another app with settings of its own: `with serve_app("-name", SETTING="x") as server`.
    A test module that needs one overrides `live_server` with it."""
    return lambda name, **settings: serving(database, mail_server, name, **settings)


@pytest.fixture(scope="session")
def live_server(database, mail_server) -> Iterator[LiveServer]:
    """The real app, served by `flask run` on a free port, for the whole run."""
    for stale in FAILURES.glob(f"{database.dialect}-*.png"):
        stale.unlink()
    with serving(database, mail_server) as server:
        yield server


# The browser -------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, making no requests of its own."""
    if not CHROMIUM.exists():
        reason = f"The browser tests need Chromium at {CHROMIUM} (apt-get install chromium)."
        if os.environ.get("CI"):
            pytest.fail(reason + " CI must run them.")
        pytest.skip(reason)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class BrowserErrors:
    """What went wrong in a tab: uncaught exceptions, and errors in its console."""

    uncaught: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)


@pytest.fixture
def context(browser, live_server) -> Iterator[BrowserContext]:
    """A fresh browser profile (no cookies) at desktop size, for one test."""
    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP)
    try:
        yield context
    finally:
        context.close()


@pytest.fixture
def browser_errors() -> BrowserErrors:
    """The errors of the test's `page`, collected as they happen."""
    return BrowserErrors()


@pytest.fixture
def page(context, browser_errors, live_server, request) -> Iterator[Page]:
    """A tab, whose errors are collected; a failed test leaves its screenshot."""
    page = context.new_page()
    page.on("pageerror", lambda error: browser_errors.uncaught.append(str(error)))

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location
            browser_errors.console.append(f"{message.text} ({where['url']}:{where['lineNumber']})")

    page.on("console", on_console)
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed and not page.is_closed():
        name = re.sub(r"[^\w.-]+", "_", request.node.name)
        page.screenshot(path=FAILURES / f"{live_server.dialect}-{name}.png", full_page=True, caret="initial")
    page.close()


# People --------------------------------------------------------------------------


@dataclass
class Account:
    email: str
    password: str = TEST_PASSWORD
    deleted: bool = False  # by the test itself, through the account page


@pytest.fixture(scope="session")
def services_app(database) -> Iterator[Flask]:
    """The app in this process, on the server's database: for data the UI cannot make."""
    app = create_app({"SQLALCHEMY_DATABASE_URI": database.app_url, "SECRET_KEY": "e2e", "TESTING": True})
    yield app
    with app.app_context():
        db.engine.dispose()


@contextmanager
def _acting_as(app: Flask, account: Account) -> Iterator[User]:
    with app.app_context():
        try:
            # Signing in is how a session learns a user's id: on PostgreSQL,
            # Row Level Security shows no user to a session that is nobody yet.
            user = authenticate(account.email, account.password)
            assert user is not None, f"no account {account.email}"
            yield user
        finally:
            db.session.remove()


def sign_up(page: Page, mail_server: MailServer) -> Account:
    """Create a new account as a person does: the sign-up form, the link in the email,
    a password; the page ends on the home page."""
    account = Account(email=f"e2e-{uuid.uuid4().hex[:12]}@example.com")
    page.goto("/signup")
    page.get_by_label("Email").fill(account.email)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    page.goto(link_in(mail_server.wait_for_message(account.email)))
    page.get_by_label("Password", exact=True).fill(account.password)
    page.get_by_label("Confirm password").fill(account.password)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_text("Welcome! Your account is ready.")).to_be_visible()
    expect(page.get_by_role("heading", name="Your work")).to_be_visible()
    return account


@pytest.fixture
def account(page, services_app, mail_server) -> Iterator[Account]:
    """A new user, signed up through the UI and signed in on `page`.

    Deleted afterwards with all it owns: the rest of the suite expects to
    start on empty tables, and the app fixture only empties them after a test.
    """
    account = sign_up(page, mail_server)
    yield account
    if not account.deleted:
        with _acting_as(services_app, account) as user:
            delete_account(user)


@pytest.fixture
def as_account(services_app, account) -> Callable[[], AbstractContextManager[User]]:
    """Call services as the test's user: `with as_account() as user: ...`."""
    return lambda: _acting_as(services_app, account)


@pytest.fixture
def screenshot(page) -> Callable[..., Path]:
    """Save what the page shows under test-artifacts/e2e/, at desktop or phone size."""

    def take(name: str, *, phone: bool = False, scroll_to: str | None = None) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.set_viewport_size(PHONE if phone else DESKTOP)
        try:
            if scroll_to:
                page.locator(scroll_to).scroll_into_view_if_needed()
            # Hiding the caret (the default) leaves style="" on every input, which
            # htmx then copies onto swapped-in inputs, against the page's CSP.
            page.screenshot(path=path, caret="initial")
        finally:
            page.set_viewport_size(DESKTOP)
        return path

    return take


# Accessibility ----------------------------------------------------------------------

# Generated sites in the preview frames are the user's, not the app's pages: axe checks
# the frame element (its title) but does not go inside.
_RUN_AXE = """() => axe.run(document, {iframes: false, resultTypes: ["violations"]}).then((result) =>
  result.violations.map((v) => ({
    rule: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) =>
      n.target.join(" ") + " :: " + n.failureSummary.split("\\n").slice(1).join(" ").trim()),
  })))"""


@dataclass
class AxeViolation:
    page: str
    rule: str
    impact: str
    help: str
    nodes: list[str]

    def __str__(self) -> str:
        where = "; ".join(self.nodes[:3]) + (f" (+{len(self.nodes) - 3} more)" if len(self.nodes) > 3 else "")
        return f"{self.impact} {self.rule} on {self.page}: {self.help} [{len(self.nodes)}] {where}"


@dataclass
class AxeReport:
    """Every page axe looked at in this run, and what it found there."""

    pages: dict[str, list[AxeViolation]] = field(default_factory=dict)

    def counts(self, page: str) -> dict[str, int]:
        found = self.pages[page]
        return {impact: sum(1 for v in found if v.impact == impact) for impact in AXE_IMPACTS}

    def text(self) -> str:
        lines = [f"axe-core: violations by impact ({', '.join(AXE_IMPACTS)}), per page"]
        for page in self.pages:
            counts = self.counts(page)
            lines.append(f"  {page}: " + ", ".join(f"{counts[i]} {i}" for i in AXE_IMPACTS))
            lines += [f"      {violation}" for violation in self.pages[page]]
        return "\n".join(lines)


_axe_report = AxeReport()


def pytest_terminal_summary(terminalreporter) -> None:
    """Print what axe found, page by page, when it ran."""
    if not _axe_report.pages:
        return
    terminalreporter.write_sep("-", "accessibility (axe-core)")
    terminalreporter.write_line(_axe_report.text())
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "axe-report.txt").write_text(_axe_report.text() + "\n")
    summary = {page: _axe_report.counts(page) for page in _axe_report.pages}
    (ARTIFACTS / "axe-report.json").write_text(json.dumps(summary, indent=2) + "\n")


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's script, fetched at install time; without it the checks skip, except in CI."""
    if not AXE.exists():
        reason = f"axe-core was not fetched ({AXE.name}): install npm, then make install."
        if os.environ.get("CI"):
            pytest.fail(reason + " CI must run the accessibility checks.")
        pytest.skip(reason)
    return AXE.read_text()


@pytest.fixture
def axe(axe_source) -> Callable[[Page, str], list[AxeViolation]]:
    """Run axe in the page as it is now; record and return its violations.

    `check(page, "builder, dark, phone")`. The test decides what fails it
    (usually: anything in AXE_FAILING).
    """

    def check(page: Page, name: str) -> list[AxeViolation]:
        # Evaluated through the browser's debugging protocol, so the page's CSP (no
        # inline scripts) need not admit it, and the app never serves it.
        if not page.evaluate("() => !!window.axe"):
            page.evaluate(axe_source)
        found = [AxeViolation(page=name, **v) for v in page.evaluate(_RUN_AXE)]
        _axe_report.pages[name] = found
        return found

    return check
