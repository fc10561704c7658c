"""Response headers, session cookies and error pages."""

import pytest
from flask import abort

PAGES = ["/", "/login", "/signup", "/no-such-page", "/static/css/app.css"]


def headers_of(client, path: str):
    # Closed at once: a static file's response holds the file open.
    with client.get(path) as response:
        return response.headers


def set_cookie(response, name: str) -> str:
    """The Set-Cookie header that sets `name` (not one that clears it)."""
    for header in response.headers.getlist("Set-Cookie"):
        if header.startswith(f"{name}=") and not header.startswith(f"{name}=;"):
            return header
    raise AssertionError(f"no cookie {name!r} was set")


def cookie_flags(header: str) -> set[str]:
    return {part.strip().lower() for part in header.split(";")[1:]}


# Headers


@pytest.mark.parametrize("path", PAGES)
def test_app_pages_cannot_be_framed(client, path):
    headers = headers_of(client, path)
    assert headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


@pytest.mark.parametrize("path", PAGES)
def test_app_pages_forbid_content_sniffing(client, path):
    assert headers_of(client, path)["X-Content-Type-Options"] == "nosniff"


def test_signed_in_home_carries_the_headers_too(client, user, auth):
    auth.login()
    response = client.get("/")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_policy_allows_no_inline_script_or_style(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy
    assert "'unsafe-eval'" not in policy
    assert "object-src 'none'" in policy


@pytest.fixture
def htmx_from_cdn(app_config):
    app_config["HTMX_CDN_URL"] = "https://cdn.example/npm/htmx.org@2/dist/htmx.min.js"


@pytest.mark.usefixtures("htmx_from_cdn")
def test_policy_allows_the_htmx_file_from_the_cdn_and_nothing_else_there(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self' https://cdn.example/npm/htmx.org@2/dist/htmx.min.js;" in policy


@pytest.fixture
def htmx_local_only(app_config):
    app_config["HTMX_CDN_URL"] = ""


@pytest.mark.usefixtures("htmx_local_only")
def test_policy_allows_only_own_scripts_without_a_cdn(client):
    response = client.get("/")
    assert "script-src 'self';" in response.headers["Content-Security-Policy"]
    page = response.get_data(as_text=True)
    # No CDN: the local copy loads directly, with no fallback step.
    assert '<script src="/static/vendor/htmx.min.js"></script>' in page
    assert "htmx-fallback.js" not in page


# Cookies


def test_session_cookie_is_http_only_and_same_site_lax(client, user, auth):
    flags = cookie_flags(set_cookie(auth.login(), "session"))
    assert "httponly" in flags
    assert "samesite=lax" in flags


@pytest.fixture
def default_cookie_settings(app_config, monkeypatch):
    """The app as deployed: cookie settings left to their defaults, not debug."""
    app_config.pop("SESSION_COOKIE_SECURE")
    app_config.pop("REMEMBER_COOKIE_SECURE")
    # Empty rather than unset, so a developer's .env cannot fill them in.
    monkeypatch.setenv("SESSION_COOKIE_SECURE", "")
    monkeypatch.setenv("FLASK_DEBUG", "")


def test_session_and_remember_cookies_are_secure_by_default(default_cookie_settings, client, user, auth):
    response = auth.login(remember="y")
    for name in ("session", "remember_token"):
        flags = cookie_flags(set_cookie(response, name))
        assert {"secure", "httponly", "samesite=lax"} <= flags


@pytest.fixture
def debug_cookie_settings(default_cookie_settings, monkeypatch):
    monkeypatch.setenv("FLASK_DEBUG", "1")


def test_cookies_are_not_secure_in_debug_so_plain_http_works_locally(
    debug_cookie_settings, client, user, auth
):
    response = auth.login(remember="y")
    for name in ("session", "remember_token"):
        assert "secure" not in cookie_flags(set_cookie(response, name))


# Error pages


def test_unknown_url_gives_the_404_page(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404
    page = response.get_data(as_text=True)
    assert page.startswith("<!doctype html>")
    assert "Page not found" in page
    assert 'href="/"' in page


def test_htmx_request_for_an_unknown_url_gets_the_error_fragment(client):
    response = client.get("/no-such-page", headers={"HX-Request": "true"})
    assert response.status_code == 404
    fragment = response.get_data(as_text=True)
    assert "<html" not in fragment
    assert 'class="error-body"' in fragment
    assert "Page not found" in fragment


@pytest.mark.parametrize("headers", [{}, {"HX-Request": "true"}])
def test_error_responses_vary_on_hx_request(client, headers):
    assert "HX-Request" in client.get("/no-such-page", headers=headers).vary


def test_wrong_method_gives_the_405_page_naming_the_allowed_methods(client):
    response = client.get("/logout")
    assert response.status_code == 405
    assert "Not allowed" in response.get_data(as_text=True)
    assert response.allow.as_set() == {"post", "options"}


@pytest.fixture
def failing_pages(app_config):
    # Let the app's handler answer, as it does in production, instead of
    # raising into the test.
    app_config["PROPAGATE_EXCEPTIONS"] = False


@pytest.fixture
def broken_routes(failing_pages, app):
    def crash():
        raise RuntimeError("boom")

    app.add_url_rule("/crash", "crash", crash)
    app.add_url_rule("/forbidden", "forbidden", lambda: abort(403))


@pytest.mark.usefixtures("broken_routes")
def test_a_crash_gives_the_500_page_without_details(client):
    response = client.get("/crash")
    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert "Something went wrong" in page
    assert "boom" not in page
    assert "Traceback" not in page


@pytest.mark.usefixtures("broken_routes")
def test_forbidden_gives_the_403_page(client):
    response = client.get("/forbidden")
    assert response.status_code == 403
    assert "Not allowed" in response.get_data(as_text=True)


def test_signed_in_pages_are_never_stored_by_a_cache(client, user, auth):
    assert "Cache-Control" not in client.get("/login").headers  # public: the browser may keep it
    auth.login()
    for path in ("/", "/builder/", "/sites/", "/trash/"):
        assert client.get(path).headers["Cache-Control"] == "no-store", path
    # Static files keep their own caching.
    static = client.get("/static/css/app.css")
    assert static.headers.get("Cache-Control") != "no-store"
    static.close()
