"""Publishing from the site pages: the panel, Publish / Roll back / Roll forward, Unpublish,
the address, the Live marks (webapp/sites/publishing.py and the templates)."""

import re
import uuid

import builders
import pytest

from webapp.services import edits, publishing, sites, trash

HX = {"HX-Request": "true"}


def text(response) -> str:
    return response.get_data(as_text=True)


@pytest.fixture
def site_id(user):
    """A site of three versions, not published."""
    site = builders.site(user, {"index.html": "<h1>One</h1>"}, title="Sweet Crumbs")
    builders.version(user, site.id, {"index.html": "<h1>Two</h1>"})
    builders.version(user, site.id, {"index.html": "<h1>Three</h1>"})
    return site.id


@pytest.fixture
def foreign_site(other_user):
    """Another user's published site (its id, read while that user acts)."""
    site = builders.site(other_user, {"index.html": "<h1>Theirs</h1>"}, title="Theirs")
    builders.version(other_user, site.id, {"index.html": "<h1>Theirs 2</h1>"})
    publishing.publish(other_user, site.id, 2)
    return site.id


def live(user, site_id):
    site = sites.get_site(user, site_id)
    return site.published_version, site.slug


# The panel ---


def test_the_panel_says_not_published_and_offers_to_publish(signed_in, site_id):
    html = text(signed_in.get(f"/sites/{site_id}"))
    assert 'id="publishing"' in html and "Not published." in html
    assert f'action="/sites/{site_id}/publish"' in html
    assert "Nothing published yet." in html
    assert "Unpublish" not in html


def test_publishing_the_current_version_shows_it_live_with_its_log(signed_in, user, site_id):
    response = signed_in.post(f"/sites/{site_id}/publish")
    assert response.status_code == 303
    assert response.headers["Location"] == f"/sites/{site_id}#publishing"
    assert live(user, site_id) == (3, "sweet-crumbs")
    html = text(signed_in.get(f"/sites/{site_id}"))
    assert "Version 3 is live at /p/sweet-crumbs/." in html  # the flash
    assert 'href="http://localhost/p/sweet-crumbs/"' in html
    assert re.search(r"Version 3\s*· since <time", html)
    assert "The current version is the live one." in html
    assert re.search(r'publishing-action">Published</span>\s*<span>version 3</span>', html)
    assert '<code class="publishing-slug" title="The address then">/p/sweet-crumbs/</code>' in html


def test_history_rows_offer_rollback_and_roll_forward_and_mark_the_live_one(signed_in, user, site_id):
    publishing.publish(user, site_id, 2)
    html = text(signed_in.get(f"/sites/{site_id}/versions"))
    rows = {part.split('"', 1)[0]: part for part in html.split('<li class="version-row" id="version-')[1:]}
    assert "badge badge-live" in rows["2"] and "publish-version-form" not in rows["2"]
    assert "Roll forward to this version" in rows["3"] and "badge-live" not in rows["3"]
    assert "Roll back to this version" in rows["1"]
    response = signed_in.post(f"/sites/{site_id}/versions/1/publish", data={"view": "history"})
    assert response.headers["Location"] == f"/sites/{site_id}/versions#version-1"
    assert live(user, site_id)[0] == 1
    assert "Rolled back: version 1 is live" in text(signed_in.get(f"/sites/{site_id}/versions"))


def test_unpublished_history_rows_offer_publish_this_version(signed_in, site_id):
    html = text(signed_in.get(f"/sites/{site_id}/versions"))
    assert html.count("Publish this version") == 3


def test_the_version_page_publishes_and_marks_live(signed_in, user, site_id):
    publishing.publish(user, site_id, 1)
    html = text(signed_in.get(f"/sites/{site_id}/versions/2"))
    assert "Roll forward to this version" in html
    response = signed_in.post(f"/sites/{site_id}/versions/2/publish", data={"view": "version"})
    assert response.headers["Location"] == f"/sites/{site_id}/versions/2"
    html = text(signed_in.get(f"/sites/{site_id}/versions/2"))
    assert "Rolled forward: version 2 is live" in html
    assert 'class="badge badge-live"' in html and "to this version" not in html


def test_publishing_the_live_version_again_says_so(signed_in, user, site_id):
    publishing.publish(user, site_id, 2)
    signed_in.post(f"/sites/{site_id}/versions/2/publish")
    assert "Version 2 is already live." in text(signed_in.get(f"/sites/{site_id}"))
    assert len(publishing.get_publish_log(user, site_id)) == 1


def test_hand_edits_become_a_version_before_they_go_live(signed_in, user, site_id):
    revision = sites.get_site(user, site_id).draft_revision
    edits.save_edit(user, site_id, "index.html", "<h1>By hand</h1>", revision)
    assert "Your hand edits become version 4 first" in text(signed_in.get(f"/sites/{site_id}"))
    signed_in.post(f"/sites/{site_id}/publish")
    assert live(user, site_id)[0] == 4
    assert text(signed_in.get("/p/sweet-crumbs/")) == "<h1>By hand</h1>"


def test_unpublishing_takes_the_page_down_at_once(signed_in, user, site_id):
    publishing.publish(user, site_id)
    html = text(signed_in.get(f"/sites/{site_id}"))
    assert "Unpublish now" in html and f'action="/sites/{site_id}/unpublish"' in html
    response = signed_in.post(f"/sites/{site_id}/unpublish")
    assert response.status_code == 303
    assert signed_in.get("/p/sweet-crumbs/").status_code == 404
    html = text(signed_in.get(f"/sites/{site_id}"))
    assert "The site is offline: /p/sweet-crumbs/ answers “not found” now." in html
    assert "Publishing brings back http://localhost/p/sweet-crumbs/." in html


# The address ---


def test_changing_the_address_in_place_answers_with_the_panel(signed_in, user, site_id):
    publishing.publish(user, site_id)
    response = signed_in.post(f"/sites/{site_id}/address", data={"slug": "crumbs"}, headers=HX)
    assert response.status_code == 200
    html = text(response)
    assert html.lstrip().startswith('<section class="panel publishing" id="publishing"')
    assert "Saved: the site’s address is http://localhost/p/crumbs/." in html
    assert re.search(r'publishing-action">Moved</span>', html)
    assert signed_in.get("/p/sweet-crumbs/").status_code == 404
    assert signed_in.get("/p/crumbs/").status_code == 200


def test_a_bad_address_shows_why_with_what_was_typed(signed_in, user, site_id):
    publishing.publish(user, site_id)
    response = signed_in.post(f"/sites/{site_id}/address", data={"slug": "Not OK!"}, headers=HX)
    assert response.status_code == 400
    html = text(response)
    assert 'value="Not OK!"' in html and 'aria-invalid="true"' in html
    assert "lower-case letters" in html and "The address was not changed." in html
    assert live(user, site_id) == (3, "sweet-crumbs")


def test_without_javascript_a_bad_address_flashes_and_returns(
    signed_in, user, other_user, site_id, foreign_site
):
    response = signed_in.post(f"/sites/{site_id}/address", data={"slug": "theirs"})
    assert response.status_code == 303
    html = text(signed_in.get(response.headers["Location"]))
    assert "The address “theirs” is taken. Choose another. The address was not changed." in html
    ok = signed_in.post(f"/sites/{site_id}/address", data={"slug": "mine"})
    assert "The site’s address is /p/mine/ now." in text(signed_in.get(ok.headers["Location"]))


def test_the_site_lists_live_badge_links_to_the_public_url(signed_in, user, site_id):
    publishing.publish(user, site_id)
    html = text(signed_in.get("/sites/"))
    assert re.search(
        r'<a class="badge badge-live" href="http://localhost/p/sweet-crumbs/"[^>]*>Live</a>', html
    )


def test_the_public_url_uses_the_published_origin_when_set(app, signed_in, user, site_id):
    app.config["PUBLISHED_BASE_URL"] = "https://sites.example.net"
    publishing.publish(user, site_id)
    html = text(signed_in.get(f"/sites/{site_id}"))
    assert 'href="https://sites.example.net/p/sweet-crumbs/"' in html
    assert sites.get_site(user, site_id).published_url == "https://sites.example.net/p/sweet-crumbs/"


# Ownership, bad ids, GET ---

ROUTES = [
    ("post", "/sites/{site}/publish"),
    ("post", "/sites/{site}/versions/{version}/publish"),
    ("post", "/sites/{site}/unpublish"),
    ("post", "/sites/{site}/address"),
]


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize(("method", "route"), ROUTES)
def test_another_users_site_answers_404_and_nothing_changes(
    signed_in, other_user, foreign_site, method, route, htmx
):
    headers = HX if htmx else {}
    for site in (foreign_site, uuid.uuid4(), "not-an-id"):
        for data in ({"slug": "stolen"}, {"slug": "Bad Slug!"}, {}):
            response = getattr(signed_in, method)(
                route.format(site=site, version=1), data=data, headers=headers
            )
            assert response.status_code == 404, (route, site, data)
    theirs = sites.get_site(other_user, foreign_site)
    assert (theirs.published_version, theirs.slug) == (2, "theirs")
    assert len(publishing.get_publish_log(other_user, foreign_site)) == 1


@pytest.mark.parametrize("number", ["99", "0", "-1", "two", "2147483648"])
def test_a_missing_version_answers_404_and_nothing_changes(signed_in, user, site_id, number):
    response = signed_in.post(f"/sites/{site_id}/versions/{number}/publish")
    assert response.status_code == 404
    assert live(user, site_id) == (None, None)


def test_a_trashed_site_answers_404_on_every_route_and_stays_offline(signed_in, user, site_id):
    publishing.publish(user, site_id, 1)
    trash.move_to_trash(user, "site", site_id)
    for _method, route in ROUTES:
        response = signed_in.post(route.format(site=site_id, version=2), data={"slug": "moved"})
        assert response.status_code == 404, route
    assert signed_in.get("/p/sweet-crumbs/").status_code == 404
    trash.restore_from_trash(user, "site", site_id)
    assert live(user, site_id) == (1, "sweet-crumbs")


def test_publishing_needs_a_signed_in_user_and_a_post(client, user, site_id):
    for route, _ in ((r, m) for m, r in ROUTES):
        response = client.post(route.format(site=site_id, version=1))
        assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert live(user, site_id) == (None, None)


def test_publishing_routes_refuse_get(signed_in, user, site_id):
    for _method, route in ROUTES:
        assert signed_in.get(route.format(site=site_id, version=1)).status_code == 405
    assert live(user, site_id) == (None, None)


def test_posts_need_the_csrf_token(app, signed_in, user, site_id):
    app.config["WTF_CSRF_ENABLED"] = True
    response = signed_in.post(f"/sites/{site_id}/publish")
    assert response.status_code == 400
    assert live(user, site_id) == (None, None)


def test_the_site_pages_with_publishing_write_nothing_on_get(signed_in, user, site_id, writes):
    publishing.publish(user, site_id, 2)
    writes.clear()
    for url in (f"/sites/{site_id}", f"/sites/{site_id}/versions", f"/sites/{site_id}/versions/1", "/sites/"):
        assert signed_in.get(url).status_code == 200
    assert writes == []
