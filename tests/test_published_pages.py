"""Published sites at /p/<slug>/: the live version for anyone, sandboxed, cache-friendly,
and on a host of their own with PUBLISHED_BASE_URL (webapp/published/)."""

import builders
import pytest

from webapp.services import publishing, trash

INDEX = (
    '<!doctype html><html><head><link rel="stylesheet" href="css/site.css"></head>'
    "<body><h1>{}</h1></body></html>"
)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
FILES = {
    "index.html": INDEX.format("Version one"),
    "css/site.css": "h1 { color: brown; }",
    "js/app.js": "document.title = 'ready';",
    "images/logo.png": PNG,
    "images/icon.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "blog/index.html": "<h1>Blog</h1>",
    "data.json": '{"a": 1}',
    "CNAME": "example.org",
}


def text(response) -> str:
    return response.get_data(as_text=True)


@pytest.fixture
def site_id(user):
    """A site of two versions, published at /p/bakery/ at version 2."""
    site = builders.site(user, FILES, title="Bakery")
    builders.version(user, site.id, {**FILES, "index.html": INDEX.format("Version two")})
    publishing.publish(user, site.id, 2)
    return site.id


def assert_sandboxed(response):
    policy = response.headers["Content-Security-Policy"]
    assert policy.startswith("sandbox allow-scripts allow-forms allow-popups allow-modals;")
    assert "allow-same-origin" not in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "Set-Cookie" not in response.headers


def test_an_anonymous_visitor_sees_the_pinned_version(client, site_id):
    response = client.get("/p/bakery/")
    assert response.status_code == 200
    assert text(response) == INDEX.format("Version two")
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert_sandboxed(response)
    # The site may load its own files, and nothing of the app's.
    assert "default-src http://localhost/p/bakery/ data: blob:" in response.headers["Content-Security-Policy"]


def test_another_signed_in_user_sees_it_too_and_gets_no_cookie(client, auth, other_user, site_id):
    auth.login("grace@example.com")
    response = client.get("/p/bakery/")
    assert text(response) == INDEX.format("Version two")
    assert_sandboxed(response)
    assert "Cookie" not in response.headers.get("Vary", "")


def test_no_cookie_even_when_the_app_would_refresh_one(app, client, auth, site_id):
    # A permanent session is refreshed on every answer, and any after_request may set a
    # cookie: a published answer carries neither.
    app.after_request(lambda response: response.set_cookie("tracker", "1") or response)
    auth.login()
    with client.session_transaction() as session:
        session.permanent = True
    response = client.get("/p/bakery/")
    assert response.status_code == 200 and "Set-Cookie" not in response.headers
    assert client.get("/p/nope/").headers.get("Set-Cookie") is None
    # The app's own pages still do.
    cookies = client.get("/").headers.getlist("Set-Cookie")
    assert any(c.startswith("session=") for c in cookies) and any(c.startswith("tracker=") for c in cookies)


def test_rollback_roll_forward_and_unpublish_take_effect_at_once(client, user, site_id):
    first = client.get("/p/bakery/")
    etag = first.headers["ETag"]
    publishing.publish(user, site_id, 1)
    again = client.get("/p/bakery/", headers={"If-None-Match": etag})
    assert again.status_code == 200 and text(again) == INDEX.format("Version one")
    publishing.publish(user, site_id, 2)
    assert text(client.get("/p/bakery/")) == INDEX.format("Version two")
    publishing.unpublish(user, site_id)
    gone = client.get("/p/bakery/")
    assert gone.status_code == 404 and "Not found in this site" in text(gone)
    assert_sandboxed(gone)
    assert client.get("/p/bakery/css/site.css").status_code == 404


def test_editing_the_site_does_not_change_the_published_page(client, user, site_id):
    builders.version(user, site_id, {"index.html": "<h1>Draft</h1>"})
    assert text(client.get("/p/bakery/")) == INDEX.format("Version two")


def test_a_repeat_with_the_etag_gets_304_without_reading_the_content(client, site_id, statements):
    first = client.get("/p/bakery/css/site.css")
    assert first.headers["Cache-Control"] == "public, no-cache"
    etag = first.headers["ETag"]
    statements.clear()
    repeat = client.get("/p/bakery/css/site.css", headers={"If-None-Match": etag})
    assert repeat.status_code == 304 and repeat.data == b""
    assert repeat.headers["ETag"] == etag
    assert not [s for s in statements if "file_contents" in s]
    assert_sandboxed(repeat)


def test_a_published_file_is_one_statement_on_postgresql(app, client, site_id, statements):
    response = client.get("/p/bakery/css/site.css")
    assert response.status_code == 200
    tables = ("generated_sites", "site_versions", "file_contents", "app_published")
    reads = [s for s in statements if any(name in s for name in tables)]
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        # The site live at the slug, the file's key and its content, in one round trip.
        assert len(reads) == 1 and "app_published_file" in reads[0], reads
    else:
        # An embedded database: the slug's lookup, the live version, the content.
        assert len(reads) == 3, reads


def test_a_repeat_with_the_etag_reads_no_content(app, client, site_id):
    first = client.get("/p/bakery/css/site.css")
    repeat = client.get("/p/bakery/css/site.css", headers={"If-None-Match": first.headers["ETag"]})
    assert repeat.status_code == 304 and repeat.get_data() == b""


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("css/site.css", "text/css; charset=utf-8"),
        ("js/app.js", "text/javascript; charset=utf-8"),
        ("images/logo.png", "image/png"),
        ("images/icon.svg", "image/svg+xml; charset=utf-8"),
        ("data.json", "application/json; charset=utf-8"),
        ("CNAME", "application/octet-stream"),
        ("blog/", "text/html; charset=utf-8"),
    ],
)
def test_every_file_is_served_at_its_path_with_its_content_type(client, site_id, path, content_type):
    response = client.get(f"/p/bakery/{path}")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == content_type
    assert_sandboxed(response)


def test_binary_files_come_back_byte_for_byte(client, site_id):
    assert client.get("/p/bakery/images/logo.png").data == PNG


def test_a_folder_without_its_slash_redirects_to_it(client, site_id):
    response = client.get("/p/bakery/blog")
    assert response.status_code == 308
    assert response.headers["Location"] == "/p/bakery/blog/"
    assert_sandboxed(response)


@pytest.mark.parametrize(
    "url",
    [
        "/p/bakery/nope.html",
        "/p/bakery/images/",
        "/p/bakery/../secret",
        "/p/bakery/%2e%2e/x",
        "/p/unknown/",
        "/p/",
        "/p/Bakery/",
        "/p/-bakery/",
        "/p/" + "a" * 64 + "/",
    ],
)
def test_missing_files_and_unknown_slugs_answer_the_sandboxed_404(client, site_id, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Not found in this site" in text(response)
    assert_sandboxed(response)


def test_a_trashed_site_is_not_served(client, user, site_id):
    trash.move_to_trash(user, "site", site_id)
    assert client.get("/p/bakery/").status_code == 404


def test_an_unpublished_site_with_a_slug_is_not_served(client, user):
    site = builders.site(user, FILES, title="Soon")
    publishing.change_slug(user, site.id, "soon")
    assert client.get("/p/soon/").status_code == 404


def test_the_old_address_answers_404_after_a_move(client, user, site_id):
    publishing.change_slug(user, site_id, "crumbs")
    assert client.get("/p/bakery/").status_code == 404
    assert text(client.get("/p/crumbs/")) == INDEX.format("Version two")


def test_looking_writes_nothing(client, site_id, writes):
    for url in ("/p/bakery/", "/p/bakery/css/site.css", "/p/bakery/blog", "/p/nope/", "/p/bakery/x"):
        client.get(url)
    assert writes == []


def test_head_answers_without_a_body(client, site_id):
    response = client.head("/p/bakery/")
    assert response.status_code == 200 and response.data == b""


# A host of their own (PUBLISHED_BASE_URL) -------------------------------------------------

APP = "http://127.0.0.1"
PUBLISHED = "http://localhost:8001"


@pytest.fixture
def split_config(app_config):
    app_config["PUBLISHED_BASE_URL"] = PUBLISHED + "/"


def test_published_urls_use_the_published_origin(split_config, user, site_id):
    assert publishing.get_published("bakery") is not None
    assert publishing.public_address("bakery") == f"{PUBLISHED}/p/bakery/"


def test_the_published_host_serves_the_site(split_config, client, site_id):
    response = client.get("/p/bakery/", base_url=PUBLISHED)
    assert response.status_code == 200 and text(response) == INDEX.format("Version two")
    assert f"default-src {PUBLISHED}/p/bakery/ " in response.headers["Content-Security-Policy"]
    assert_sandboxed(response)


def test_the_apps_host_redirects_published_pages_there(split_config, client, site_id):
    response = client.get("/p/bakery/css/site.css?v=2", base_url=APP)
    assert response.status_code == 302
    assert response.headers["Location"] == f"{PUBLISHED}/p/bakery/css/site.css?v=2"
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("path", ["/", "/login", "/sites/", "/static/css/app.css", "/preview/x/", "/signup"])
def test_the_published_host_answers_404_for_every_app_page(split_config, client, site_id, path):
    response = client.get(path, base_url=PUBLISHED)
    assert response.status_code == 404
    assert "Set-Cookie" not in response.headers
    assert_sandboxed(response)


def test_a_login_post_to_the_published_host_is_refused(split_config, client, user):
    response = client.post("/login", base_url=PUBLISHED, data={"email": "ada@example.com", "password": "x"})
    assert response.status_code == 404 and "Set-Cookie" not in response.headers


def test_the_app_still_answers_on_its_own_host(split_config, client):
    assert client.get("/login", base_url=APP).status_code == 200
