"""The access matrix, generated from the app's URL map: every rule and method, tried
anonymously and as another user with the real ids of the first.

- A rule is public only by being listed in PUBLIC, with the reason. Every other rule
  sends an anonymous visitor to log in.
- A rule that names something of a user's (an id, a version, a token) answers 404 to
  another signed-in user, and writes nothing.
- Every state-changing rule refuses a missing CSRF token, and one from another session.

A new rule whose arguments the matrix cannot fill in fails here, until it is added.
"""

import io
import re
import uuid
import zipfile

import builders
import pytest
from support import TEST_PASSWORD

from webapp.auth import services as accounts
from webapp.auth.links import signup_token
from webapp.generation import runs
from webapp.preview.tokens import make_preview_token
from webapp.services import imports, publishing, review_links, trash

# Rules anyone may use, and why.
PUBLIC = {
    "static": "the app's own stylesheets and scripts",
    "main.home": "visitors see the welcome page; the signed-in, their work",
    "main.healthz": "load balancers ask it; it names no user's data",
    "main.example": "the welcome page's example site, written by the offline generator: no user's data",
    "auth.login": "the log-in form",
    "auth.signup": "the sign-up form (it answers alike for every address)",
    "auth.check_email": "says an email was sent; it shows only the address this browser typed",
    "auth.finish_signup": "the signed link from the sign-up email is the credential",
    "auth.forgot_password": "asks for a reset link (it answers alike for every address)",
    "auth.reset_password": "the signed, single-use link from the reset email is the credential",
    "auth.logout": "ends whatever session there is; anonymous visitors land on the log-in page",
    "preview.page": "the signed preview token in the URL is the credential",
    "review.page": "the review link's unguessable token is the credential",
    "review.elsewhere": "the review link's token is the credential",
    "review.code": "the review link's token is the credential",
    "review.file": "the review link's token is the credential",
    "review.highlight_stylesheet": "colours of highlighted code, the same for everyone",
    "published.page": "a published site is public: that is what publishing means",
}
# Rules a signed-in user reaches with no id: they show or change the user's own things.
OWN_ONLY = {
    "auth.account",
    "auth.password",
    "auth.logout_everywhere",
    "auth.download_data",
    "auth.delete",
    "auth.theme",
    "builder.new_conversation",
    "builder.conversation_list",
    "builder.highlight_stylesheet",
    "builder.send",
    "sites.site_list",
    "sites.start_import",
    "trash.index",
}
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
# Public rules whose token comes in an email.
EMAILED_LINKS = {"auth.finish_signup", "auth.reset_password"}


@pytest.fixture
def app_config(app_config):
    return {**app_config, "WTF_CSRF_ENABLED": True, "TASK_IMMEDIATE": True, "AI_OFFLINE_DELAY_SECONDS": 0}


def sign_up(app, email):
    client = app.test_client()
    page = client.get("/signup").get_data(as_text=True)
    assert client.post("/signup", data={"email": email, "csrf_token": token_in(page)}).status_code == 303
    with app.app_context():
        link = f"/signup/{signup_token(email)}"
    page = client.get(link).get_data(as_text=True)
    data = {"password": TEST_PASSWORD, "confirm": TEST_PASSWORD, "csrf_token": token_in(page)}
    assert client.post(link, data=data).status_code == 302
    return client


def token_in(page: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)


@pytest.fixture
def owners_things(app):
    """Ada's things, one of each kind a URL can name. No app context is held open
    afterwards: each request must find its own signed-in user."""
    sign_up(app, "ada@example.com")
    with app.app_context():
        ada = accounts.authenticate("ada@example.com", TEST_PASSWORD)
        conversation = builders.conversation(ada, "Bakery chat")
        run, _ = runs.start_generation(ada, conversation.id, "A bakery site", uuid.uuid4().hex)
        site = builders.site(
            ada, {"index.html": "<h1>One</h1>", "styles.css": "h1{}"}, conversation_id=conversation.id
        )
        builders.version(ada, site.id, {"index.html": "<h1>Two</h1>", "styles.css": "h1{}"}, "Two")
        link = review_links.create_review_link(ada, site.id, version=1, expires="never")
        published, _ = publishing.publish(ada, site.id, 1)
        upload = imports.start_import(
            ada, "site.zip", zip_of({"index.html": "<h1>Z</h1>"}), hand_to_queue=False
        )
        gone = builders.conversation(ada, "Old chat")
        trash.move_to_trash(ada, "conversation", gone.id)
        return {
            "conversation_id": str(conversation.id),
            "run_id": str(run.id),
            "message_id": str(run.user_message_id),
            "site_id": str(site.id),
            "version_number": "1",
            "number": "1",
            "path": "index.html",
            "rest": "anything",
            "filename": "css/app.css",
            "link_id": str(link.id),
            "import_id": str(upload.id),
            "kind": "conversation",
            "item_id": str(gone.id),
            "slug": published.slug,
            "token": link.token,  # a review link's; the preview's token is its own
            "preview_token": make_preview_token(ada.id, site.id),
        }


def zip_of(files: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def changed(writes: list[str]) -> list[str]:
    """The statements that change data (a write transaction begun, then refused, changes none)."""
    return [statement for statement in writes if not statement.lstrip().upper().startswith("BEGIN")]


def every_rule(app):
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: (r.rule, r.endpoint)):
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield rule, method


def url_for_rule(rule, things: dict) -> str:
    values = {}
    for argument in rule.arguments:
        assert argument in things, f"the access matrix cannot fill in <{argument}> of {rule.rule}: add it"
        values[argument] = things["preview_token"] if rule.endpoint == "preview.page" else things[argument]
    url = rule.rule
    for name, value in values.items():
        url = re.sub(rf"<(?:[^:<>]+:)?{name}>", value, url)
    return url


def names_an_owned_thing(rule) -> bool:
    return bool(rule.arguments - {"path", "filename", "rest"})


def test_every_rule_is_public_by_listing_only_and_asks_others_to_log_in(app, owners_things):
    visitor = app.test_client()
    token = token_in(visitor.get("/login").get_data(as_text=True))
    checked = 0
    for rule, method in every_rule(app):
        if rule.endpoint in PUBLIC:
            continue
        url = url_for_rule(rule, owners_things)
        data = {"csrf_token": token} if method in WRITE_METHODS else None
        response = visitor.open(url, method=method, data=data)
        assert response.status_code == 302, (method, rule.rule, response.status_code)
        assert response.headers["Location"].startswith("/login"), (method, rule.rule)
        checked += 1
    assert checked >= 35  # the matrix really ran over the app


def test_another_user_gets_404_for_every_rule_that_names_a_users_thing_and_writes_nothing(
    app, owners_things, writes
):
    grace = sign_up(app, "grace@example.com")
    token = token_in(grace.get("/builder/").get_data(as_text=True))
    writes.clear()
    checked = 0
    for rule, method in every_rule(app):
        if rule.endpoint in PUBLIC or not names_an_owned_thing(rule):
            assert rule.endpoint in PUBLIC or rule.endpoint in OWN_ONLY or rule.endpoint == "auth.logout", (
                f"{rule.endpoint} names nothing of a user's: list it in OWN_ONLY (or PUBLIC, with a reason)"
            )
            continue
        url = url_for_rule(rule, owners_things)
        data = {"csrf_token": token} if method in WRITE_METHODS else None
        response = grace.open(url, method=method, data=data)
        assert response.status_code == 404, (method, rule.rule, response.status_code)
        assert changed(writes) == [], (method, rule.rule, writes)
        checked += 1
    assert checked >= 30


def test_public_rules_answer_404_to_a_token_or_address_of_nothing(app, owners_things):
    visitor = app.test_client()
    for rule, method in every_rule(app):
        if not rule.arguments & {"token", "slug"}:
            continue
        nothing = {"token": "not-a-token", "preview_token": "not-a-token", "slug": "no-such-site"}
        things = {**owners_things, **nothing}
        response = visitor.open(url_for_rule(rule, things), method=method)
        if rule.endpoint in EMAILED_LINKS:
            # A person followed a broken link from an email: they are told so, and what to do.
            assert response.status_code == 400, (rule.rule, response.status_code)
            if method == "GET":  # (a POST without its form's token is refused before)
                assert "This link is not valid" in response.get_data(as_text=True)
        else:
            assert response.status_code == 404, (rule.rule, response.status_code)
        response.close()


def test_every_state_changing_rule_refuses_a_missing_or_foreign_csrf_token(app, owners_things, writes):
    ada = app.test_client()
    page = ada.get("/login").get_data(as_text=True)
    ada.post(
        "/login", data={"email": "ada@example.com", "password": TEST_PASSWORD, "csrf_token": token_in(page)}
    )
    grace = sign_up(app, "grace@example.com")
    foreign = token_in(grace.get("/builder/").get_data(as_text=True))
    writes.clear()
    checked = 0
    for rule, method in every_rule(app):
        if method not in WRITE_METHODS:
            continue
        url = url_for_rule(rule, owners_things)
        for data in ({}, {"csrf_token": foreign}):
            response = ada.open(url, method=method, data=data)
            assert response.status_code == 400, (method, rule.rule, data, response.status_code)
            assert "could not be checked" in response.get_data(as_text=True)
        assert changed(writes) == [], (method, rule.rule)
        checked += 1
    assert checked >= 20
