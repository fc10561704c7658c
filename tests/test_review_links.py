"""Review links: a read-only link to one version or a compare of two, for someone without an
account (webapp/services/review_links.py, webapp/review/, webapp/sites/review_links.py)."""

import re
import uuid
from datetime import timedelta
from types import SimpleNamespace

import builders
import pytest
import sqlalchemy as sa

from webapp.models import utcnow
from webapp.ownership import NotFound
from webapp.services import review_links, trash, versions

HX = {"HX-Request": "true"}
V1 = "<!doctype html><html><head><title>Bakery</title></head><body><h1>Fresh bread</h1></body></html>"
V2 = "<!doctype html><html><head><title>Bakery</title></head><body><h1>Warm loaves</h1></body></html>"
V3 = "<!doctype html><html><head><title>Bakery</title></head><body><h1>Secret plans</h1></body></html>"
ABOUT = "<!doctype html><html><body><h1>About the bakers</h1></body></html>"
CSS = "body { color: #432; }\n"


def text(response) -> str:
    return response.get_data(as_text=True)


@pytest.fixture(autouse=True)
def _no_links_left(owner_engine):
    """Review links go with their sites; on SQLite the test database's cleanup runs without
    foreign keys, so they are removed here."""
    yield
    with owner_engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM review_links"))


@pytest.fixture
def bakery(user):
    """A site of three versions, made in a conversation: 1 and 2 to share, 3 to keep private."""
    conversation = builders.conversation(user, "Private chat about the bakery")
    site = builders.site(
        user, {"index.html": V1, "styles.css": CSS}, conversation_id=conversation.id, title="Bakery"
    )
    builders.version(
        user, site.id, {"index.html": V2, "styles.css": CSS, "about.html": ABOUT}, "Warmer words"
    )
    builders.version(user, site.id, {"index.html": V3, "styles.css": CSS}, "Not for the client yet")
    return site


def made(link) -> SimpleNamespace:
    """A link's id and token, read as its owner (Row Level Security hides the row from anyone else)."""
    return SimpleNamespace(id=link.id, token=link.token)


@pytest.fixture
def version_link(user, bakery):
    return made(review_links.create_review_link(user, bakery.id, version=2, expires="7", label="For Anna"))


@pytest.fixture
def compare_link(user, bakery):
    return made(
        review_links.create_review_link(user, bakery.id, compare_from=1, compare_to=2, expires="never")
    )


def link_count(owner_engine) -> int:
    with owner_engine.connect() as connection:
        return connection.scalar(sa.text("SELECT count(*) FROM review_links"))


def frame_sources(html: str) -> list[str]:
    return re.findall(r'<iframe[^>]*src="([^"]+)"', html)


# What a visitor sees ---


def test_a_version_link_opens_signed_out_with_its_preview_pages_and_files(client, version_link):
    response = client.get(f"/r/{version_link.token}/")
    assert response.status_code == 200
    html = text(response)
    assert "Shared for review:" in html and "Bakery" in html and "Version 2" in html
    assert frame_sources(html) == [f"/r/{version_link.token}/files/2/index.html"]
    assert 'sandbox="allow-scripts' in html and "allow-same-origin" not in html
    # The page picker and the file list, each file opening in the read-only viewer.
    assert '<option value="about.html"' in html
    assert f'href="/r/{version_link.token}/code/styles.css"' in html
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Robots-Tag"] == "noindex"

    about = client.get(f"/r/{version_link.token}/?page=about.html")
    assert frame_sources(text(about)) == [f"/r/{version_link.token}/files/2/about.html"]
    viewer = client.get(f"/r/{version_link.token}/code/index.html", headers=HX)
    assert viewer.status_code == 200 and "Warm loaves" in text(viewer) and 'class="highlight"' in text(viewer)
    whole = client.get(f"/r/{version_link.token}/code/index.html")
    assert "Shared for review:" in text(whole) and "Warm loaves" in text(whole)


def test_a_review_page_shows_nothing_else_of_the_owners(client, version_link):
    html = text(client.get(f"/r/{version_link.token}/"))
    for private in ("Private chat about the bakery", "Secret plans", "Not for the client yet", "For Anna"):
        assert private not in html
    for app_link in ("/builder", "/sites/", "/logout", "Log in", "/files/3/", "/files/1/"):
        assert app_link not in html


def test_a_version_links_files_are_served_sandboxed_under_the_link(client, user, bakery, version_link):
    response = client.get(f"/r/{version_link.token}/files/2/index.html")
    assert response.status_code == 200
    assert "Warm loaves" in text(response)
    assert response.content_type.startswith("text/html")
    policy = response.headers["Content-Security-Policy"]
    assert policy.startswith("sandbox allow-scripts") and "allow-same-origin" not in policy
    assert f"/r/{version_link.token}/files/2/" in policy
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Robots-Tag"] == "noindex"
    key = versions.get_version_manifest(user, bakery.id, 2)["index.html"]
    assert response.headers["ETag"] == f'"{key}"'
    # Checked again on every request: the browser revalidates, and gets a 304 while the link opens.
    assert "no-cache" in response.headers["Cache-Control"]
    again = client.get(f"/r/{version_link.token}/files/2/index.html", headers={"If-None-Match": f'"{key}"'})
    assert again.status_code == 304
    assert client.get(f"/r/{version_link.token}/files/2/").status_code == 200
    assert client.get(f"/r/{version_link.token}/files/2/styles.css").content_type.startswith("text/css")


@pytest.mark.parametrize("number", [1, 3, 4, 0])
def test_a_version_link_serves_no_other_version(client, version_link, number):
    response = client.get(f"/r/{version_link.token}/files/{number}/index.html")
    assert response.status_code == 404
    assert "sandbox" in response.headers["Content-Security-Policy"]


def test_a_version_link_opens_for_another_signed_in_user(client, other_user, auth, version_link):
    auth.login("grace@example.com")
    response = client.get(f"/r/{version_link.token}/")
    assert response.status_code == 200 and "Version 2" in text(response)
    assert client.get(f"/r/{version_link.token}/files/2/index.html").status_code == 200
    # Still themselves afterwards: the review read the owner's rows, not as them.
    assert "grace@example.com" in text(client.get("/"))


def test_a_compare_link_shows_the_diff_side_by_side_and_rendered(client, compare_link):
    token = compare_link.token
    response = client.get(f"/r/{token}/")
    assert response.status_code == 200
    html = text(response)
    assert "Version 1 → Version 2" in html
    assert "Fresh bread" in html and "Warm loaves" in html and "about.html" in html
    assert "Secret plans" not in html
    # No version picker: the link shows the two versions it names, no others.
    assert 'name="from"' not in html.split('class="compare-render-bar"')[0]
    assert "Version 3" not in html and "/sites/" not in html

    split = client.get(f"/r/{token}/?view=split")
    assert "diff-split" in text(split)
    rendered = text(client.get(f"/r/{token}/?tab=rendered"))
    assert frame_sources(rendered) == [f"/r/{token}/files/1/index.html", f"/r/{token}/files/2/index.html"]
    about = text(client.get(f"/r/{token}/?tab=rendered&page=about.html"))
    assert frame_sources(about) == [f"/r/{token}/files/2/about.html"]
    assert client.get(f"/r/{token}/?tab=rendered&page=secret.html").status_code == 404

    fragment = client.get(f"/r/{token}/?view=split", headers=HX)
    assert text(fragment).lstrip().startswith("{#") is False and 'id="compare"' in text(fragment)
    assert "<html" not in text(fragment)
    assert client.get(f"/r/{token}/files/1/index.html").status_code == 200
    assert client.get(f"/r/{token}/files/3/index.html").status_code == 404
    assert client.get(f"/r/{token}/code/index.html").status_code == 404


# Links that open nothing ---


def every_url(token: str, number: int = 2) -> list[str]:
    return [
        f"/r/{token}/",
        f"/r/{token}/?tab=rendered",
        f"/r/{token}/code/index.html",
        f"/r/{token}/files/{number}/",
        f"/r/{token}/files/{number}/index.html",
        f"/r/{token}/files/{number}/styles.css",
    ]


def assert_closed(client, token: str) -> None:
    for url in every_url(token):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert response.headers["X-Robots-Tag"] == "noindex"
        assert "Warm loaves" not in text(response)


def test_a_revoked_link_answers_404_everywhere_at_once(client, user, bakery, version_link, compare_link):
    assert client.get(f"/r/{version_link.token}/files/2/index.html").status_code == 200
    review_links.revoke_review_link(user, bakery.id, version_link.id)
    assert_closed(client, version_link.token)
    # A file the browser holds is not shown again either.
    etag = {"If-None-Match": '"anything"'}
    assert client.get(f"/r/{version_link.token}/files/2/index.html", headers=etag).status_code == 404
    # The other link still opens.
    assert client.get(f"/r/{compare_link.token}/").status_code == 200


def test_revoking_twice_changes_nothing_and_deletes_nothing(user, bakery, version_link, owner_engine):
    first = review_links.revoke_review_link(user, bakery.id, version_link.id).revoked_at
    second = review_links.revoke_review_link(user, bakery.id, version_link.id).revoked_at
    assert first == second
    listed = review_links.get_review_links(user, bakery.id)
    assert [(item.link.id, item.status) for item in listed] == [(version_link.id, "revoked")]
    assert link_count(owner_engine) == 1


def test_an_expired_link_answers_404_everywhere(client, user, bakery, monkeypatch):
    link = review_links.create_review_link(user, bakery.id, version=2, expires="1")
    assert link.expires_at - link.created_at == timedelta(days=1)
    assert client.get(f"/r/{link.token}/").status_code == 200
    later = utcnow() + timedelta(days=1, minutes=1)
    monkeypatch.setattr(review_links, "utcnow", lambda: later)
    assert_closed(client, link.token)
    assert [item.status for item in review_links.get_review_links(user, bakery.id)] == ["expired"]


def test_a_link_to_a_trashed_site_answers_404_and_opens_again_when_restored(
    client, user, bakery, version_link
):
    trash.move_to_trash(user, "site", bakery.id)
    assert_closed(client, version_link.token)
    trash.restore_from_trash(user, "site", bakery.id)
    assert client.get(f"/r/{version_link.token}/").status_code == 200


@pytest.mark.parametrize(
    "token",
    ["x", "A" * 43, "not a token", "a.b.c", "%00" * 20, "A" * 65, "' OR 1=1 --", "-" * 43],
)
def test_an_unknown_or_malformed_token_answers_404(client, version_link, token):
    for url in (f"/r/{token}/", f"/r/{token}/files/2/index.html", f"/r/{token}/code/index.html"):
        assert client.get(url).status_code == 404, url


def test_nothing_else_is_under_a_link(client, version_link):
    for rest in ("admin", "files/two/index.html", "versions/3"):
        assert client.get(f"/r/{version_link.token}/{rest}").status_code == 404


def test_tokens_are_long_random_and_unique(user, bakery):
    tokens = {
        review_links.create_review_link(user, bakery.id, version=1, expires="never").token for _ in range(12)
    }
    assert len(tokens) == 12
    for token in tokens:
        assert re.fullmatch(r"[A-Za-z0-9_-]{43}", token)  # 32 random bytes


def test_a_link_is_opened_by_its_whole_token_only(client, version_link):
    token = version_link.token
    for near in (token[:-1], token + "A", token.swapcase(), token[::-1]):
        assert client.get(f"/r/{near}/").status_code == 404
    with pytest.raises(NotFound):
        review_links.open_review_link(token[:-1])


# Reviews write nothing ---


def test_visiting_a_review_writes_nothing(client, version_link, compare_link, writes):
    for url in [*every_url(version_link.token), *every_url(compare_link.token, 1), "/r/unknown-token-here/"]:
        client.get(url)
        client.get(url, headers=HX)
    client.get(f"/r/{compare_link.token}/?tab=rendered&view=split&device=phone")
    assert writes == []


def test_the_owners_pages_write_nothing(signed_in, bakery, version_link, writes):
    signed_in.get(f"/sites/{bakery.id}/review-links")
    signed_in.get(f"/sites/{bakery.id}/review-links", headers=HX)
    signed_in.get(f"/sites/{bakery.id}/review-links?from=1&to=2")
    signed_in.get(f"/sites/{bakery.id}")
    assert writes == []


# Making links: the owner's routes ---


def test_the_site_page_loads_its_review_links_in_place(signed_in, bakery):
    html = text(signed_in.get(f"/sites/{bakery.id}"))
    assert f'hx-get="/sites/{bakery.id}/review-links"' in html
    # Without JavaScript, a link to the same section on its own page.
    assert f'href="/sites/{bakery.id}/review-links"' in html


def test_the_review_links_section_lists_each_link_with_its_address_and_status(
    signed_in, user, bakery, version_link, compare_link, monkeypatch
):
    revoked = review_links.create_review_link(user, bakery.id, version=1, expires="never", label="Old one")
    review_links.revoke_review_link(user, bakery.id, revoked.id)
    html = text(signed_in.get(f"/sites/{bakery.id}/review-links", headers=HX))
    assert "<html" not in html
    assert f'value="http://localhost/r/{version_link.token}/"' in html
    assert f'value="http://localhost/r/{compare_link.token}/"' in html
    assert revoked.token not in html  # a revoked link's address is no use any more
    assert "For Anna" in html and "Old one" in html
    assert "Version 2" in html and "Compare of version 1 and version 2" in html
    assert html.count(">Active<") == 2 and html.count(">Revoked<") == 1
    assert html.count(">Revoke</button>") == 2
    assert "never expires" in html and "open until" in html
    page = text(signed_in.get(f"/sites/{bakery.id}/review-links"))
    assert "<html" in page and "Review links" in page


def test_the_form_starts_at_the_current_version_or_as_asked(signed_in, bakery):
    html = text(signed_in.get(f"/sites/{bakery.id}/review-links"))
    assert re.search(r'id="review-version" name="version">\s*<option value="3"\s*selected', html)
    assert re.search(r'id="review-kind-version"[^>]*checked', html)
    assert re.search(r'<option value="7" selected>In 7 days', html)
    asked = text(signed_in.get(f"/sites/{bakery.id}/review-links?from=1&to=2"))
    assert re.search(r'id="review-kind-compare"[^>]*checked', asked)
    assert re.search(r'<option value="1" selected>Version 1</option>', asked)
    version = text(signed_in.get(f"/sites/{bakery.id}/review-links?version=1"))
    assert re.search(r'<option value="1" selected>Version 1 ·', version)


def test_share_for_review_is_offered_on_the_version_and_compare_pages(signed_in, bakery):
    version = text(signed_in.get(f"/sites/{bakery.id}/versions/2"))
    assert f'href="/sites/{bakery.id}/review-links?version=2#new-review-link"' in version
    compare = text(signed_in.get(f"/sites/{bakery.id}/compare?from=1&to=3"))
    assert re.search(
        rf'href="/sites/{bakery.id}/review-links\?(from=1&amp;to=3|to=3&amp;from=1)#new-review-link"', compare
    )


def test_making_a_link_in_place_answers_the_section_with_it(signed_in, user, bakery):
    response = signed_in.post(
        f"/sites/{bakery.id}/review-links",
        data={
            "kind": "compare",
            "version": "3",
            "from": "1",
            "to": "2",
            "expires": "30",
            "label": " For  Anna ",
        },
        headers=HX,
    )
    assert response.status_code == 200
    [listed] = review_links.get_review_links(user, bakery.id)
    link = listed.link
    assert (link.version_number, link.compare_from, link.compare_to, link.label) == (None, 1, 2, "For Anna")
    assert link.expires_at - link.created_at == timedelta(days=30)
    assert f'id="link-{link.id}"' in text(response) and "is-new" in text(response)


def test_making_a_link_without_javascript_redirects_to_the_list(signed_in, user, bakery):
    response = signed_in.post(
        f"/sites/{bakery.id}/review-links", data={"kind": "version", "version": "2", "expires": "never"}
    )
    assert response.status_code == 303
    [listed] = review_links.get_review_links(user, bakery.id)
    assert response.headers["Location"].endswith(f"/sites/{bakery.id}/review-links#link-{listed.link.id}")
    assert listed.link.version_number == 2 and listed.link.expires_at is None
    page = text(signed_in.get(response.headers["Location"]))
    assert f"http://localhost/r/{listed.link.token}/" in page


def test_revoking_in_place_and_without_javascript(signed_in, user, bakery, version_link, compare_link):
    response = signed_in.post(f"/sites/{bakery.id}/review-links/{version_link.id}/revoke", headers=HX)
    assert response.status_code == 200 and ">Revoked<" in text(response)
    response = signed_in.post(f"/sites/{bakery.id}/review-links/{compare_link.id}/revoke")
    assert response.status_code == 303
    assert {item.status for item in review_links.get_review_links(user, bakery.id)} == {"revoked"}


BAD_INPUT = {
    "a version that does not exist": {"kind": "version", "version": "99", "expires": "7"},
    "version 0": {"kind": "version", "version": "0", "expires": "7"},
    "a version too large to store": {"kind": "version", "version": "2147483648", "expires": "7"},
    "not a number": {"kind": "version", "version": "two", "expires": "7"},
    "no version": {"kind": "version", "version": "", "expires": "7"},
    "a compare with itself": {"kind": "compare", "from": "2", "to": "2", "expires": "7"},
    "a compare with a missing version": {"kind": "compare", "from": "1", "to": "9", "expires": "7"},
    "a compare of one side": {"kind": "compare", "from": "1", "expires": "7"},
    "an expiry not offered": {"kind": "version", "version": "1", "expires": "2"},
    "no expiry": {"kind": "version", "version": "1"},
    "a made-up expiry": {"kind": "version", "version": "1", "expires": "forever"},
    "a label too long": {"kind": "version", "version": "1", "expires": "7", "label": "x" * 61},
    "a control character": {"kind": "version", "version": "1", "expires": "7", "label": "For\x00Anna"},
}


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize("data", BAD_INPUT.values(), ids=BAD_INPUT.keys())
def test_bad_input_is_refused_with_a_clear_message_and_nothing_is_made(
    signed_in, bakery, owner_engine, data, htmx
):
    response = signed_in.post(f"/sites/{bakery.id}/review-links", data=data, headers=HX if htmx else {})
    assert response.status_code == 400
    html = text(response)
    assert 'class="alert alert-error"' in html and "No link was made." in html
    assert ("<html" in html) is not htmx
    assert link_count(owner_engine) == 0


def test_the_service_refuses_a_version_and_a_compare_at_once(user, bakery, owner_engine):
    with pytest.raises(review_links.InvalidInput):
        review_links.create_review_link(user, bakery.id, version=1, compare_from=1, compare_to=2, expires="7")
    assert link_count(owner_engine) == 0


@pytest.fixture
def few_links(app_config):
    app_config["MAX_REVIEW_LINKS_PER_SITE"] = 2


def test_a_site_has_at_most_the_set_number_of_open_links(few_links, signed_in, user, bakery, owner_engine):
    data = {"kind": "version", "version": "1", "expires": "7"}
    assert signed_in.post(f"/sites/{bakery.id}/review-links", data=data).status_code == 303
    assert signed_in.post(f"/sites/{bakery.id}/review-links", data=data).status_code == 303
    refused = signed_in.post(f"/sites/{bakery.id}/review-links", data=data)
    assert refused.status_code == 400 and "Revoke one first" in text(refused)
    assert link_count(owner_engine) == 2
    # A revoked link does not count: it opens nothing.
    first = review_links.get_review_links(user, bakery.id)[0].link
    review_links.revoke_review_link(user, bakery.id, first.id)
    assert signed_in.post(f"/sites/{bakery.id}/review-links", data=data).status_code == 303


@pytest.fixture
def no_forever(app_config):
    app_config["REVIEW_LINK_NEVER_EXPIRES"] = False
    app_config["REVIEW_LINK_EXPIRY_DAYS"] = (2, 14)


def test_the_expiries_offered_are_settings(no_forever, signed_in, user, bakery):
    html = text(signed_in.get(f"/sites/{bakery.id}/review-links"))
    assert 'value="never"' not in html and '<option value="2" selected>In 2 days' in html
    data = {"kind": "version", "version": "1", "expires": "never"}
    assert signed_in.post(f"/sites/{bakery.id}/review-links", data=data).status_code == 400
    data["expires"] = "14"
    assert signed_in.post(f"/sites/{bakery.id}/review-links", data=data).status_code == 303


# Another user's, missing, malformed and trashed sites ---


@pytest.fixture
def foreign(other_user):
    """Another user's site with a link (ids read while that user acts)."""
    site = builders.site(other_user, {"index.html": V1}, title="Theirs")
    builders.version(other_user, site.id, {"index.html": V2})
    link = review_links.create_review_link(other_user, site.id, version=1, expires="never")
    return site.id, link.id, link.token


@pytest.fixture
def trashed(user):
    site = builders.site(user, {"index.html": V1}, title="Binned")
    link = review_links.create_review_link(user, site.id, version=1, expires="never")
    trash.move_to_trash(user, "site", site.id)
    return site.id, link.id


OWNER_ROUTES = [
    ("get", "/sites/{site}/review-links"),
    ("post", "/sites/{site}/review-links"),
    ("post", "/sites/{site}/review-links/{link}/revoke"),
]


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize(("method", "route"), OWNER_ROUTES)
def test_another_users_missing_malformed_or_trashed_site_answers_404(
    signed_in, user, bakery, version_link, foreign, trashed, method, route, htmx, owner_engine
):
    their_site, their_link, their_token = foreign
    cases = [
        (their_site, their_link),
        (uuid.uuid4(), uuid.uuid4()),
        ("not-an-id", "not-an-id"),
        (trashed[0], trashed[1]),
        # The user's own site with a link of another site's, or the other way round.
        (bakery.id, their_link),
        (bakery.id, trashed[1]),
        (bakery.id, "not-an-id"),
    ]
    before = link_count(owner_engine)
    for site_id, link_id in cases:
        if "{link}" not in route and site_id == bakery.id:
            continue
        url = route.format(site=site_id, link=link_id)
        for data in (
            {"kind": "version", "version": "1", "expires": "7"},
            {"kind": "version", "version": "x"},
        ):
            response = getattr(signed_in, method)(url, data=data, headers=HX if htmx else {})
            assert response.status_code == 404, url
    assert link_count(owner_engine) == before
    # Their link still opens, unrevoked; the user's own is untouched.
    assert signed_in.get(f"/r/{their_token}/").status_code == 200
    assert signed_in.get(f"/r/{version_link.token}/").status_code == 200


def test_the_owners_routes_need_a_signed_in_user(client, bakery, version_link):
    for method, route in OWNER_ROUTES:
        response = getattr(client, method)(route.format(site=bakery.id, link=version_link.id))
        assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert client.get(f"/r/{version_link.token}/").status_code == 200
