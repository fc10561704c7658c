"""Previews: generated sites served sandboxed behind signed, expiring URLs."""

import time
import uuid

import builders
import pytest
from itsdangerous import TimestampSigner, URLSafeTimedSerializer

from webapp import filestore
from webapp.preview.tokens import PreviewTarget, make_preview_token, read_preview_token
from webapp.preview.views import preview_url
from webapp.services import trash, versions

INDEX = (
    '<!doctype html><html><head><title>Sweet Crumbs</title><link rel="stylesheet" href="css/site.css">'
    '</head><body><h1>Sweet Crumbs</h1><a href="about.html">About</a><script src="js/app.js"></script>'
    "</body></html>"
)
ABOUT = "<!doctype html><html><head><title>About</title></head><body><h1>About us</h1></body></html>"
CSS = "body { color: #432; }"
JS = "document.title = 'ready';"
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
# A PNG's signature, then bytes that are not UTF-8: they must come back as they went in.
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
BLOG_INDEX = "<!doctype html><html><body><h1>Blog</h1><a href='posts/first.html'>First</a></body></html>"
FIRST_POST = "<!doctype html><html><body><h1>First post</h1></body></html>"

FILES = {
    "index.html": INDEX,
    "about.html": ABOUT,
    "css/site.css": CSS,
    "js/app.js": JS,
    "images/logo.png": PNG,
    "images/icon.svg": SVG,
    "blog/index.html": BLOG_INDEX,
    "blog/posts/first.html": FIRST_POST,
    "CNAME": "example.org",
}


@pytest.fixture(autouse=True)
def request_ctx(app, ctx):
    """A request context, which url_for needs to build preview URLs."""
    with app.test_request_context():
        yield


@pytest.fixture
def site(user):
    return builders.site(user, FILES, title="Sweet Crumbs")


@pytest.fixture
def base(user, site):
    """The URL of the site's current preview, ending in a slash."""
    return preview_url(user.id, site.id)


def assert_sandboxed(response):
    policy = response.headers["Content-Security-Policy"]
    assert policy.startswith("sandbox allow-scripts allow-forms allow-popups allow-modals;")
    assert "allow-same-origin" not in policy
    assert "frame-ancestors 'self'" in policy
    assert response.headers.get("X-Frame-Options") != "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


# What the preview shows


def test_preview_url_shows_the_sites_home_page(client, base):
    response = client.get(base)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert response.get_data(as_text=True) == INDEX


def test_relative_links_to_other_pages_open_them(client, base):
    response = client.get(base + "about.html")
    assert response.status_code == 200
    assert response.get_data(as_text=True) == ABOUT


@pytest.mark.parametrize(
    ("path", "content_type", "body"),
    [
        ("css/site.css", "text/css; charset=utf-8", CSS.encode()),
        ("js/app.js", "text/javascript; charset=utf-8", JS.encode()),
        ("images/logo.png", "image/png", PNG),
        ("images/icon.svg", "image/svg+xml; charset=utf-8", SVG.encode()),
        ("blog/posts/first.html", "text/html; charset=utf-8", FIRST_POST.encode()),
        ("CNAME", "application/octet-stream", b"example.org"),
    ],
)
def test_stylesheets_scripts_images_and_nested_pages_are_served_as_they_are(
    client, base, path, content_type, body
):
    response = client.get(base + path)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == content_type
    assert response.data == body


def test_preview_url_builds_paths_inside_the_site(client, user, site):
    response = client.get(preview_url(user.id, site.id, path="css/site.css"))
    assert response.data == CSS.encode()


def test_folder_url_shows_the_folders_index_page(client, base):
    response = client.get(base + "blog/")
    assert response.get_data(as_text=True) == BLOG_INDEX


def test_folder_url_without_its_slash_redirects_so_relative_links_work(client, base):
    response = client.get(base + "blog")
    assert response.status_code == 308
    assert response.headers["Location"].endswith(base + "blog/")
    assert_sandboxed(response)


def test_preview_opens_without_any_session_cookie(app, auth, user, site):
    auth.login()
    url = preview_url(user.id, site.id)
    stranger = app.test_client()
    response = stranger.get(url)
    assert response.get_data(as_text=True) == INDEX
    assert "Set-Cookie" not in response.headers


def test_preview_of_a_version_keeps_showing_that_version(client, user, site):
    first = preview_url(user.id, site.id, 1)
    current = preview_url(user.id, site.id)
    builders.version(user, site.id, {**FILES, "index.html": "<h1>Version two</h1>"})
    assert client.get(first).get_data(as_text=True) == INDEX
    assert client.get(current).get_data(as_text=True) == "<h1>Version two</h1>"


def test_preview_of_the_current_files_follows_each_new_version(client, user, site, base):
    builders.version(user, site.id, {"index.html": "two"})
    assert client.get(base).get_data(as_text=True) == "two"
    versions.restore_version(user, site.id, 1)
    assert client.get(base).get_data(as_text=True) == INDEX
    assert client.get(base + "about.html").status_code == 200


@pytest.mark.parametrize("version_number", [None, 1])
def test_each_request_reads_only_the_file_it_shows(client, user, site, monkeypatch, version_number):
    fetched = []
    fetch = filestore._fetch
    monkeypatch.setattr(
        filestore, "_fetch", lambda owner, digests: fetched.append(digests) or fetch(owner, digests)
    )
    monkeypatch.setattr(filestore, "load", lambda *args: pytest.fail("loaded every file of the site"))
    response = client.get(preview_url(user.id, site.id, version_number, path="about.html"))
    assert response.get_data(as_text=True) == ABOUT
    assert len(fetched) == 1 and len(fetched[0]) == 1


def test_head_answers_like_get_without_a_body(client, base):
    response = client.head(base + "images/logo.png")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/png"
    assert response.headers["Content-Length"] == str(len(PNG))
    assert response.data == b""
    assert_sandboxed(response)


def test_posting_to_a_preview_is_not_allowed(client, base):
    assert client.post(base).status_code == 405
    assert client.post(base + "about.html").status_code == 405


# Caching


def test_current_files_are_never_cached(client, base):
    assert client.get(base).headers["Cache-Control"] == "no-store"


def test_version_files_are_cached_privately_and_revalidated_by_etag(client, user, site):
    url = preview_url(user.id, site.id, 1, path="css/site.css")
    response = client.get(url)
    assert response.headers["Cache-Control"] == "private, max-age=3600"
    etag = response.headers["ETag"]
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["ETag"] == etag
    assert_sandboxed(again)


# The sandbox


@pytest.mark.parametrize(
    "path", ["", "about.html", "css/site.css", "images/icon.svg", "blog/", "missing.html"]
)
def test_every_preview_answer_is_sandboxed_and_frameable_by_the_app(client, base, path):
    assert_sandboxed(client.get(base + path))


def test_policy_lets_the_site_use_only_its_own_files_and_inline_code(client, base):
    policy = client.get(base).headers["Content-Security-Policy"]
    directives = {part.split()[0]: part.split()[1:] for part in policy.split("; ")}
    # Only the site's own preview path: not 'self', which would let its
    # scripts call the app's pages with the user's cookies.
    own = f"http://localhost{base}"
    assert directives["default-src"] == [own, "data:", "blob:", "'unsafe-inline'"]
    assert directives["form-action"] == [own] and directives["base-uri"] == [own]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert "'self'" not in directives["default-src"]
    assert not any(source == "*" for sources in directives.values() for source in sources)


def test_app_pages_still_refuse_to_be_framed(client, base):
    client.get(base)
    response = client.get("/login")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "sandbox" not in response.headers["Content-Security-Policy"]


# What a preview URL cannot open


def assert_not_found(response):
    assert response.status_code == 404
    assert "Not found in this site" in response.get_data(as_text=True)
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert_sandboxed(response)


def test_missing_file_is_not_found(client, base):
    assert_not_found(client.get(base + "nope.html"))
    assert_not_found(client.get(base + "images/"))


def test_tampered_token_is_not_found(client, base):
    token = base.split("/")[2]
    for forged in (token[:-2] + ("AA" if not token.endswith("AA") else "BB"), "x" + token, "not-a-token"):
        assert_not_found(client.get(f"/preview/{forged}/"))


def test_token_signed_for_something_else_is_not_found(client, app, user, site):
    other_purpose = URLSafeTimedSerializer(app.secret_key, salt="something-else")
    token = other_purpose.dumps([user.id.hex, site.id.hex, None])
    assert_not_found(client.get(f"/preview/{token}/"))


@pytest.fixture
def short_lived_previews(app):
    app.config["PREVIEW_TOKEN_MAX_AGE_SECONDS"] = 60


def clock_ahead(monkeypatch, seconds: int):
    """Move itsdangerous' clock forward, as if `seconds` had passed."""
    now = int(time.time())
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: now + seconds)


@pytest.mark.usefixtures("short_lived_previews")
def test_token_works_until_it_expires(client, base, monkeypatch):
    clock_ahead(monkeypatch, 50)
    assert client.get(base).status_code == 200
    clock_ahead(monkeypatch, 70)
    assert_not_found(client.get(base))


def test_token_expires_after_twelve_hours_by_default(client, base, monkeypatch):
    clock_ahead(monkeypatch, 11 * 3600)
    assert client.get(base).status_code == 200
    clock_ahead(monkeypatch, 12 * 3600 + 5)
    assert_not_found(client.get(base))


def test_token_for_a_deleted_site_is_not_found(client, user, site, base):
    version_url = preview_url(user.id, site.id, 1)
    trash.move_to_trash(user, "site", site.id)
    assert_not_found(client.get(base))
    assert_not_found(client.get(version_url))


def test_token_for_a_version_that_does_not_exist_is_not_found(client, user, site):
    assert_not_found(client.get(preview_url(user.id, site.id, 2)))


def test_token_naming_another_users_site_is_not_found(client, user, other_user):
    theirs = builders.site(other_user, {"index.html": "<h1>Private</h1>"}, title="Theirs")
    # Signed by the app for `user`, but naming the other user's site id.
    for url in (preview_url(user.id, theirs.id), preview_url(user.id, theirs.id, 1)):
        response = client.get(url)
        assert_not_found(response)
        assert "Private" not in response.get_data(as_text=True)
    assert client.get(preview_url(other_user.id, theirs.id)).status_code == 200


def test_token_for_a_site_that_never_existed_is_not_found(client, user):
    assert_not_found(client.get(preview_url(user.id, uuid.uuid4())))


@pytest.mark.parametrize(
    "path",
    [
        "..%2f..%2fabout.html",
        "css/..%2fabout.html",
        "css%2f..%2f..%2fabout.html",
        "..%5cabout.html",
        "css%5c..%5cabout.html",
        "%2e%2e/about.html",
        "./about.html",
        "%2e/about.html",
        "about.html%00",
        "about.html%00.png",
        "%252e%252e%252fabout.html",
        "ABOUT.HTML",
        "css//site.css",
    ],
)
def test_path_tricks_find_nothing(client, base, path):
    response = client.get(base + path, follow_redirects=True)
    assert response.status_code == 404
    assert_sandboxed(response)


# Tokens


def test_token_reads_back_as_what_it_names(ctx, user, site):
    assert read_preview_token(make_preview_token(user.id, site.id)) == PreviewTarget(user.id, site.id, None)
    assert read_preview_token(make_preview_token(user, str(site.id), 3)) == PreviewTarget(user.id, site.id, 3)


@pytest.mark.parametrize("version_number", [0, -1, True, "2", 1.5])
def test_token_refuses_a_version_number_that_is_not_one(ctx, user, site, version_number):
    with pytest.raises(ValueError):
        make_preview_token(user.id, site.id, version_number)
