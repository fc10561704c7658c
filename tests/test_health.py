"""/healthz for load balancers, and pages that only read."""

import uuid
from datetime import timedelta

import builders
import pytest
import sqlalchemy as sa

from webapp import create_app
from webapp.extensions import db as _db
from webapp.generation import runs
from webapp.models import GeneratedSite, GenerationRun, utcnow
from webapp.ownership import act_as
from webapp.services import conversations, edits
from webapp.taskqueue import get_queue


def test_healthz_answers_200_when_the_database_and_the_queue_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "database": "ok", "queue": "ok"}
    assert "no-store" in response.headers["Cache-Control"]


@pytest.fixture
def app_with(app_config):
    """app_with(**settings): another app, its connections closed at the end."""
    made = []

    def make(**settings):
        made.append(create_app({**app_config, **settings}))
        return made[-1]

    yield make
    for app in made:
        with app.app_context():
            _db.engine.dispose()
        get_queue(app).close()


def test_healthz_answers_503_when_redis_is_down(app_with):
    app = app_with(REDIS_URL="redis://127.0.0.1:1/0", REDIS_TIMEOUT_SECONDS=1)
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json == {"status": "unavailable", "database": "ok", "queue": "down"}


@pytest.mark.parametrize(
    "database_url",
    [
        "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2",
        "sqlite:////nonexistent-folder/webapp.db",
    ],
    ids=["postgresql-down", "sqlite-unreachable"],
)
def test_healthz_answers_503_when_the_database_is_down(app_with, database_url):
    response = app_with(SQLALCHEMY_DATABASE_URI=database_url).test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json == {"status": "unavailable", "database": "down", "queue": "ok"}


# GET never writes ------------------------------------------------------------


@pytest.fixture
def busy_account(app, user, auth):
    """A conversation with a run that looks dead, a failed run, and a site with an idle burst of edits."""
    app.config["EDIT_BURST_IDLE_SECONDS"] = 60
    conversation = conversations.create_conversation(user, "Bakery")
    silent, _ = runs.start_generation(user, conversation.id, "Make a site", uuid.uuid4().hex)
    failed, _ = runs.start_generation(user, conversation.id, "And a menu", uuid.uuid4().hex)
    site = builders.site(user, {"index.html": "<h1>Bread</h1>"}, conversation_id=conversation.id)
    edits.save_edit(user, site.id, "index.html", "<h1>Typed</h1>", 0)
    ids = {"conversation": conversation.id, "silent": silent.id, "failed": failed.id, "site": site.id}
    _db.session.remove()
    act_as(user)
    long_ago = utcnow() - timedelta(hours=1)
    with _db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(sa.select(sa.func.set_config("app.user_id", str(user.id), True)))
        connection.execute(
            sa.update(GenerationRun)
            .where(GenerationRun.id == ids["silent"])
            .values(status="running", attempts=1, started_at=long_ago, heartbeat_at=long_ago)
        )
        connection.execute(
            sa.update(GenerationRun)
            .where(GenerationRun.id == ids["failed"])
            .values(status="failed", error="x")
        )
        connection.execute(
            sa.update(GeneratedSite).where(GeneratedSite.id == ids["site"]).values(draft_updated_at=long_ago)
        )
    auth.login()
    return ids


def test_loading_pages_writes_nothing_even_with_a_silent_run_and_an_idle_burst(client, busy_account, writes):
    ids = busy_account
    htmx = {"HX-Request": "true"}
    pages = [
        ("/", {}),
        ("/builder/", {}),
        (f"/builder/c/{ids['conversation']}", {}),
        (f"/builder/c/{ids['conversation']}/messages?before=", {}),
        ("/builder/conversations?q=Bak", htmx),
        (f"/builder/runs/{ids['silent']}", htmx),
        (f"/builder/runs/{ids['failed']}", htmx),
        (f"/builder/c/{ids['conversation']}/files/index.html", htmx),
        (f"/builder/c/{ids['conversation']}/files/index.html?edit=1", htmx),
        ("/healthz", {}),
    ]
    for path, headers in pages:
        response = client.get(path, headers=headers)
        assert response.status_code in (200, 404), path
    assert writes == []
    # What the pages showed is what the database holds: still running, still an open burst.
    page = client.get(f"/builder/c/{ids['conversation']}").get_data(as_text=True)
    assert "Writing your site…" in page
    assert "edited by hand" in page
