"""The site pages: the list, a site, its history, one version, restore (webapp/sites/views.py)."""

import re
import uuid

import builders
import pytest
import sqlalchemy as sa

from webapp.extensions import db as _db
from webapp.models import FileContent, SiteVersion
from webapp.ownership import act_as
from webapp.services import conversations, edits, publishing, sites, versions

HX = {"HX-Request": "true"}
PAGE = "<!doctype html><html><head><title>Bakery</title></head><body><h1>Bread</h1></body></html>"


def text(response) -> str:
    return response.get_data(as_text=True)


@pytest.fixture
def bakery(user):
    """A site of three versions: created, one file changed and one added, one removed."""
    conversation = builders.conversation(user, "Bakery chat")
    message = builders.message(user, conversation.id, "Here is your bakery", role="assistant")
    site = builders.site(
        user,
        {"index.html": PAGE, "styles.css": "body{}"},
        conversation_id=conversation.id,
        title="Bakery",
        description="Fresh bread",
        message_id=message,
    )
    builders.version(
        user, site.id, {"index.html": PAGE + "<p>Menu</p>", "styles.css": "body{}", "menu.html": "m"}, "Menu"
    )
    builders.version(
        user, site.id, {"index.html": PAGE + "<p>Menu</p>", "styles.css": "body{}"}, "No menu page"
    )
    return sites.get_site(user, site.id)


def version_numbers(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<li class="version-row" id="version-(\d+)"', html)]


def site_count(user) -> int:
    return sites.get_site_list(user).total


# Every route answers another user's site, a malformed id, a missing version as missing ------------------

ROUTES = [
    ("get", "/sites/{site}"),
    ("get", "/sites/{site}/files/index.html"),
    ("get", "/sites/{site}/versions"),
    ("get", "/sites/{site}/versions/{version}"),
    ("get", "/sites/{site}/versions/{version}/files/index.html"),
    ("post", "/sites/{site}/rename"),
    ("post", "/sites/{site}/description"),
    ("post", "/sites/{site}/versions/{version}/restore"),
]
VERSION_ROUTES = [route for route in ROUTES if "{version}" in route[1]]


@pytest.fixture
def foreign_site(other_user):
    """Another user's site id (read while that user acts: Row Level Security hides the row after)."""
    return builders.site(
        other_user, {"index.html": "<h1>Theirs</h1>"}, title="Theirs", description="Not yours"
    ).id


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize(("method", "route"), ROUTES)
def test_another_users_site_answers_404_like_a_missing_one(signed_in, foreign_site, method, route, htmx):
    data = {"title": "Mine now", "description": "Mine now"}
    headers = HX if htmx else {}
    for site_id in (foreign_site, uuid.uuid4(), "not-an-id"):
        url = route.format(site=site_id, version=1)
        response = getattr(signed_in, method)(url, data=data, headers=headers)
        assert response.status_code == 404, url


@pytest.mark.parametrize(("method", "route"), VERSION_ROUTES)
@pytest.mark.parametrize("number", ["99", "0", "-1", "two", "2147483648", "99999999999999999999"])
def test_a_missing_version_answers_404(signed_in, bakery, method, route, number):
    response = getattr(signed_in, method)(route.format(site=bakery.id, version=number))
    assert response.status_code == 404


def test_a_missing_file_answers_404(signed_in, bakery):
    assert signed_in.get(f"/sites/{bakery.id}/files/nope.html", headers=HX).status_code == 404
    assert signed_in.get(f"/sites/{bakery.id}/versions/3/files/menu.html").status_code == 404


def test_posts_with_another_users_site_change_nothing(signed_in, user, other_user, foreign_site):
    for path in ("rename", "description", "versions/1/restore"):
        for data in ({"title": "Mine", "description": "Mine"}, {"title": "", "description": "\x01"}):
            signed_in.post(f"/sites/{foreign_site}/{path}", data=data)
            signed_in.post(f"/sites/{foreign_site}/{path}", data=data, headers=HX)
    theirs = sites.get_site(other_user, foreign_site)
    assert (theirs.title, theirs.description, theirs.last_version_number) == ("Theirs", "Not yours", 1)
    assert versions.get_site_versions(other_user, foreign_site).total == 1


def test_sites_pages_need_a_signed_in_user(client, bakery):
    for url in ("/sites/", f"/sites/{bakery.id}", f"/sites/{bakery.id}/versions"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/login" in response.headers["Location"]


# The list ---


def test_the_list_shows_each_site_with_its_versions_live_badge_and_conversation(signed_in, user, bakery):
    plain = builders.site(user, {"index.html": "<h1>Plain</h1>"}, title="Plain")
    publishing.publish(user, bakery.id)
    html = text(signed_in.get("/sites/"))
    assert "2 sites" in html
    assert f'href="/sites/{bakery.id}"' in html and f'href="/sites/{plain.id}"' in html
    assert "3 versions" in html and "1 version<" in html
    assert html.count('class="badge badge-live"') == 1
    assert f'href="/builder/c/{bakery.conversation_id}"' in html
    assert "Fresh bread" in html
    # The relative time, with the exact one on hover.
    assert re.search(r'<time datetime="[^"]+" title="\d+ \w+ \d{4}, \d\d:\d\d UTC">just now</time>', html)


def test_each_site_in_the_list_shows_a_picture_of_its_newest_version(signed_in, user, bakery):
    html = text(signed_in.get("/sites/"))
    [thumb] = re.findall(
        r'<a class="site-thumb"[^>]*>\s*<span class="site-thumb-frame" inert>\s*<iframe [^>]*>', html
    )
    assert 'tabindex="-1" aria-hidden="true"' in thumb
    assert 'sandbox="allow-scripts"' in thumb and "allow-same-origin" not in thumb  # as the preview is
    source = re.search(r'src="([^"]+)"', thumb).group(1)
    served = signed_in.get(source)
    assert served.status_code == 200 and "<p>Menu</p>" in text(served)  # version 3's home page
    assert "sandbox" in served.headers["Content-Security-Policy"]


def test_the_nav_links_to_the_sites_and_marks_them_current(signed_in):
    html = text(signed_in.get("/sites/"))
    assert re.search(
        r'<a href="/builder/"\s*>Builder</a>\s*<a href="/sites/" aria-current="page">Sites</a>', html
    )
    home = text(signed_in.get("/"))
    assert re.search(r'<a href="/sites/"\s*>Sites</a>', home)


def test_an_empty_list_says_how_to_make_a_first_site(signed_in):
    html = text(signed_in.get("/sites/"))
    assert "No sites yet" in html
    assert 'href="/builder/">Make your first site' in html


def test_search_finds_titles_containing_the_text_and_escapes_wildcards(signed_in, user):
    for title in ("Summer sale 50% off", "Summer camp", "Winter_market", "Winterxmarket"):
        builders.site(user, {"index.html": "x"}, title=title)
    assert re.findall(r'title="([^"]+)">\1</a></h2>', text(signed_in.get("/sites/?q=summer&sort=name"))) == [
        "Summer camp",
        "Summer sale 50% off",
    ]
    assert "Summer sale 50% off" in text(signed_in.get("/sites/?q=50%25"))
    assert "Summer camp" not in text(signed_in.get("/sites/?q=50%25"))
    found = text(signed_in.get("/sites/?q=_"))
    assert "Winter_market" in found and "Winterxmarket" not in found
    nothing = text(signed_in.get("/sites/?q=zebra"))
    assert "No site matches “zebra”" in nothing
    assert "No sites yet" not in nothing


def test_search_with_htmx_answers_the_list_fragment(signed_in, user):
    builders.site(user, {"index.html": "x"}, title="Harbour")
    response = signed_in.get("/sites/?q=harb", headers=HX)
    assert response.status_code == 200
    assert "HX-Request" in response.headers["Vary"]
    html = text(response)
    assert html.lstrip().startswith('<section id="site-list"')
    assert "Harbour" in html and "<html" not in html


def test_sites_sort_by_last_change_or_by_name(signed_in, user):
    made = [builders.site(user, {"index.html": t}, title=t) for t in ("banana", "Apple", "cherry")]
    builders.version(user, made[1].id, {"index.html": "newer"}, "Touch Apple")
    titles = re.compile(r'<h2 class="site-title"><a href="/sites/[^"]+" title="([^"]+)"')
    assert titles.findall(text(signed_in.get("/sites/"))) == ["Apple", "cherry", "banana"]
    assert titles.findall(text(signed_in.get("/sites/?sort=name"))) == ["Apple", "banana", "cherry"]


def test_the_list_pages_with_next_and_previous_links(app, signed_in, user):
    app.config["SITES_PER_PAGE"] = 2
    for n in range(5):
        builders.site(user, {"index.html": str(n)}, title=f"Site {n}")
    titles = re.compile(r'title="(Site \d)">')
    first = text(signed_in.get("/sites/?sort=name"))
    assert titles.findall(first) == ["Site 0", "Site 1"]
    assert 'href="/sites/?page=2&amp;sort=name">Next' in first and "Previous" not in first
    last = text(signed_in.get("/sites/?sort=name&page=3"))
    assert titles.findall(last) == ["Site 4"]
    assert 'href="/sites/?page=2&amp;sort=name">← Previous' in last and "Next →" not in last
    assert "No sites on this page" in text(signed_in.get("/sites/?page=9"))
    assert titles.findall(text(signed_in.get("/sites/?page=nonsense&sort=name"))) == ["Site 0", "Site 1"]


# Renaming and describing in place ---


def test_renaming_in_place_answers_the_sites_details(signed_in, user, bakery):
    response = signed_in.post(
        f"/sites/{bakery.id}/rename", data={"title": "  Corner   Bakery ", "view": "list"}, headers=HX
    )
    assert response.status_code == 200
    html = text(response)
    assert html.lstrip().startswith(f'<div class="site-details" id="site-details-{bakery.id}"')
    assert '<h2 class="site-title">' in html and "Corner Bakery</a>" in html
    assert sites.get_site(user, bakery.id).title == "Corner Bakery"
    on_page = text(
        signed_in.post(
            f"/sites/{bakery.id}/description", data={"description": "Since 1990", "view": "page"}, headers=HX
        )
    )
    assert '<h1 class="site-title"' in on_page and "Since 1990" in on_page
    assert sites.get_site(user, bakery.id).description == "Since 1990"


def test_renaming_without_javascript_redirects_back_with_a_message(signed_in, user, bakery):
    response = signed_in.post(f"/sites/{bakery.id}/rename", data={"title": "Loaf", "view": "page"})
    assert response.status_code == 303
    assert response.headers["Location"] == f"/sites/{bakery.id}"
    assert "Saved the site&#39;s title." in text(signed_in.get(response.headers["Location"]))
    response = signed_in.post(f"/sites/{bakery.id}/description", data={"description": ""})
    assert response.headers["Location"] == "/sites/"
    assert sites.get_site(user, bakery.id).description is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "   ", "The title cannot be empty."),
        ("title", "x" * 201, "The title can be at most 200 characters."),
        ("title", "Bad\x07title", "The title contains a control character."),
        ("description", "Bad\x00text", "The description contains a control character."),
    ],
)
def test_a_bad_title_or_description_is_refused_with_a_clear_message(
    signed_in, user, bakery, field, value, message
):
    path = "rename" if field == "title" else "description"
    response = signed_in.post(f"/sites/{bakery.id}/{path}", data={field: value}, headers=HX)
    assert response.status_code == 400
    html = text(response)
    assert message in html and "Nothing was saved." in html
    assert 'aria-invalid="true"' in html and '<details class="site-edit" open>' in html
    response = signed_in.post(f"/sites/{bakery.id}/{path}", data={field: value})
    assert response.status_code == 303
    assert message in text(signed_in.get(response.headers["Location"]))
    site = sites.get_site(user, bakery.id)
    assert (site.title, site.description) == ("Bakery", "Fresh bread")


def test_a_rename_shows_wherever_the_title_is_shown(signed_in, user, bakery):
    signed_in.post(f"/sites/{bakery.id}/rename", data={"title": "Crumb & Co", "view": "page"})
    escaped = "Crumb &amp; Co"
    builder = text(signed_in.get(f"/builder/c/{bakery.conversation_id}"))
    assert re.search(r'<div class="preview-title">\s*<strong>Crumb &amp; Co</strong>', builder)
    assert escaped in text(signed_in.get("/"))
    assert escaped in text(signed_in.get("/sites/"))
    assert f"<title>{escaped} · Sites" in text(signed_in.get(f"/sites/{bakery.id}"))


# The site page ---


def test_the_site_page_shows_the_sandboxed_preview_files_latest_versions_and_links(signed_in, user, bakery):
    for n in range(4):
        builders.version(user, bakery.id, {"index.html": f"v{n}"}, f"Change {n}")
    html = text(signed_in.get(f"/sites/{bakery.id}"))
    frame = re.search(r"<iframe[^>]*>", html).group(0)
    assert 'src="/preview/' in frame
    assert 'sandbox="allow-scripts allow-forms allow-popups allow-modals"' in frame
    assert "allow-same-origin" not in html
    assert re.findall(r'class="file-link[^"]*"[^>]*>([^<]+)</a>', html) == ["index.html"]
    assert version_numbers(html) == [7, 6, 5, 4, 3]
    assert f'href="/sites/{bakery.id}/versions">All 7 versions' in html
    assert f'href="/builder/c/{bakery.conversation_id}">Continue in the builder' in html
    assert f'href="/sites/{bakery.id}/compare?from=6&amp;to=7"' in html


def test_a_file_of_the_site_is_highlighted_as_a_fragment_or_open_in_the_page(signed_in, bakery):
    response = signed_in.get(f"/sites/{bakery.id}/files/styles.css", headers=HX)
    assert response.status_code == 200 and "HX-Request" in response.headers["Vary"]
    fragment = text(response)
    assert '<div class="highlight">' in fragment and "<html" not in fragment
    assert "Edit</button>" not in fragment
    page = text(signed_in.get(f"/sites/{bakery.id}/files/styles.css"))
    assert "<html" in page and '<div class="highlight">' in page and 'aria-current="true">styles.css' in page


def test_what_the_history_costs_is_counted_from_the_file_store(signed_in, user, bakery, ctx):
    cost = sites.get_storage_cost(user, bakery.id)
    manifests = [versions.get_version_manifest(user, bakery.id, n) for n in (1, 2, 3)]
    act_as(user)
    contents = {
        c.hash: c for c in _db.session.scalars(sa.select(FileContent).where(FileContent.user_id == user.id))
    }
    distinct = {h for m in manifests for h in m.values()}
    assert cost.versions == 3
    assert cost.stored_bytes == sum(len(contents[h].data) for h in distinct)
    assert cost.full_copy_bytes == sum(contents[h].size for m in manifests for h in m.values())
    assert cost.stored_bytes < cost.full_copy_bytes
    html = text(signed_in.get(f"/sites/{bakery.id}"))
    assert re.search(
        r"3 versions · [\d.]+ (Bytes|kB) stored\s*<span class=\"muted\">\([\d.]+ (Bytes|kB) as full copies\)",
        html,
    )


# The history ---


def test_the_history_lists_versions_newest_first_with_their_kind_and_changes(signed_in, user, bakery):
    html = text(signed_in.get(f"/sites/{bakery.id}/versions"))
    assert version_numbers(html) == [3, 2, 1]
    rows = dict(zip(version_numbers(html), html.split('<li class="version-row"')[1:], strict=True))
    assert ">+2<" in rows[1] and ">~0<" in rows[1] and ">−0<" in rows[1]
    assert ">+1<" in rows[2] and ">~1<" in rows[2] and ">−0<" in rows[2]
    assert "<code>menu.html</code>" in rows[2] and "<code>index.html</code>" in rows[2]
    assert ">+0<" in rows[3] and ">~0<" in rows[3] and ">−1<" in rows[3]
    assert "Current</span>" in rows[3] and "Current" not in rows[2]
    assert "edited by hand since" not in html
    assert all("Generated</span>" in row for row in rows.values())
    conversation_link = f'href="/builder/c/{bakery.conversation_id}?at='
    assert conversation_link in rows[1] and conversation_link not in rows[2]
    # Two versions to compare: the last two, by default.
    assert 'action="/sites/' in html and 'name="from"' in html and 'value="2"' in html


def test_the_history_marks_hand_edits_since_the_current_version(signed_in, user, bakery):
    edits.save_edit(user, bakery.id, "index.html", "<h1>Typed</h1>", bakery.draft_revision)
    html = text(signed_in.get(f"/sites/{bakery.id}/versions"))
    assert html.count("edited by hand since") == 1


def test_the_link_to_a_versions_message_goes_to_its_conversation(signed_in, user, bakery):
    message = conversations.get_messages(user, bakery.conversation_id)[0]
    html = text(signed_in.get(f"/sites/{bakery.id}/versions/1"))
    assert f'href="/builder/c/{bakery.conversation_id}?at={message.id}#message-{message.id}"' in html
    builder = text(signed_in.get(f"/builder/c/{bakery.conversation_id}"))
    assert f'id="message-{message.id}"' in builder


def test_the_history_loads_more_as_a_fragment_and_pages_without_javascript(app, signed_in, user, bakery):
    app.config["VERSIONS_PER_PAGE"] = 2
    for n in range(3):
        builders.version(user, bakery.id, {"index.html": f"v{n}"}, f"Change {n}")
    first = text(signed_in.get(f"/sites/{bakery.id}/versions"))
    assert version_numbers(first) == [6, 5]
    more = re.search(r'hx-get="([^"]+)"\s+hx-target="closest li"', first).group(1).replace("&amp;", "&")
    assert more == f"/sites/{bakery.id}/versions?page=2"
    response = signed_in.get(more, headers=HX)
    assert "HX-Request" in response.headers["Vary"]
    fragment = text(response)
    assert fragment.lstrip().startswith('<li class="version-row" id="version-4"')
    assert version_numbers(fragment) == [4, 3] and "<html" not in fragment
    assert "?page=3" in fragment
    last = text(signed_in.get(f"/sites/{bakery.id}/versions?page=3", headers=HX))
    assert version_numbers(last) == [2, 1] and "Load more" not in last
    whole = text(signed_in.get(more))
    assert "<html" in whole and version_numbers(whole) == [4, 3] and "← Newer versions" in whole


def test_the_history_filters_by_kind(signed_in, user, bakery):
    versions.restore_version(user, bakery.id, 1)
    edits.save_edit(
        user, bakery.id, "index.html", "<h1>Typed</h1>", sites.get_site(user, bakery.id).draft_revision
    )
    versions.close_edit_burst(user, bakery.id)
    restored = text(signed_in.get(f"/sites/{bakery.id}/versions?kind=restored"))
    assert version_numbers(restored) == [4]
    assert "Restored</span>" in restored and "1 restored version," in restored
    edited = text(signed_in.get(f"/sites/{bakery.id}/versions?kind=edited"))
    assert version_numbers(edited) == [5] and "Edited by hand</span>" in edited
    assert version_numbers(text(signed_in.get(f"/sites/{bakery.id}/versions?kind=generated"))) == [3, 2, 1]
    assert "No versions of this kind" in text(signed_in.get(f"/sites/{bakery.id}/versions?kind=forked"))


def test_the_history_never_reads_manifests_and_costs_the_same_for_10_or_60_versions(
    signed_in, user, statements
):
    counts = []
    for total in (10, 60):
        site = builders.site(user, {"index.html": "0"}, title=f"Site of {total}")
        for n in range(1, total):
            builders.version(user, site.id, {"index.html": str(n)}, f"Change {n}")
        statements.clear()
        html = text(signed_in.get(f"/sites/{site.id}/versions"))
        assert len(version_numbers(html)) == min(total, 50)
        assert not [s for s in statements if "site_versions.files" in s], statements
        counts.append(len(statements))
    assert counts[0] == counts[1]


# One version, and restoring it ---


def test_a_version_page_shows_its_preview_files_and_actions(signed_in, user, bakery):
    html = text(signed_in.get(f"/sites/{bakery.id}/versions/2"))
    frame = re.search(r"<iframe[^>]*>", html).group(0)
    assert "allow-same-origin" not in frame and 'src="/preview/' in frame
    assert re.findall(r'class="file-link[^"]*"[^>]*>([^<]+)</a>', html) == [
        "index.html",
        "menu.html",
        "styles.css",
    ]
    assert "Menu" in html and "Generated</span>" in html
    assert f'href="/sites/{bakery.id}/compare?from=2&amp;to=3">Compare with current' in html
    assert f'action="/sites/{bakery.id}/versions/2/restore"' in html
    assert "Restoring adds version 4 with the files of version 2." in html
    current = text(signed_in.get(f"/sites/{bakery.id}/versions/3"))
    assert "This is the site’s current version" in current and "/restore" not in current
    fragment = text(signed_in.get(f"/sites/{bakery.id}/versions/2/files/menu.html", headers=HX))
    assert '<div class="highlight">' in fragment and "<html" not in fragment


def test_restoring_adds_one_version_with_the_old_files_and_changes_no_other(signed_in, user, bakery):
    before = {
        row.version_number: (
            row.manifest,
            row.change_description,
            row.kind,
            row.created_at,
            row.changed_paths,
        )
        for row in (versions.get_version_record(user, bakery.id, n) for n in (1, 2, 3))
    }
    response = signed_in.post(f"/sites/{bakery.id}/versions/1/restore")
    assert response.status_code == 303
    assert response.headers["Location"] == f"/sites/{bakery.id}"
    assert "Restored version 1 as version 4." in text(signed_in.get(response.headers["Location"]))
    _db.session.expire_all()
    assert versions.get_site_versions(user, bakery.id).total == 4
    assert versions.get_version(user, bakery.id, 4).files == versions.get_version(user, bakery.id, 1).files
    restored = versions.get_version_record(user, bakery.id, 4)
    assert (restored.kind, restored.change_description) == ("restored", "Restored version 1")
    after = {
        row.version_number: (
            row.manifest,
            row.change_description,
            row.kind,
            row.created_at,
            row.changed_paths,
        )
        for row in (versions.get_version_record(user, bakery.id, n) for n in (1, 2, 3))
    }
    assert after == before
    assert sites.get_site_files(user, bakery.id) == versions.get_version(user, bakery.id, 1).files


def test_restore_needs_a_post(signed_in, user, bakery):
    assert signed_in.get(f"/sites/{bakery.id}/versions/1/restore").status_code == 405
    assert versions.get_site_versions(user, bakery.id).total == 3


# GET never writes ---


def test_the_pages_write_nothing(signed_in, user, bakery, writes):
    # An open burst of hand edits, which only a write would close.
    edits.save_edit(user, bakery.id, "index.html", "<h1>Typed</h1>", bakery.draft_revision)
    writes.clear()
    for url in (
        "/sites/",
        "/sites/?q=bak&sort=name",
        f"/sites/{bakery.id}",
        f"/sites/{bakery.id}/files/index.html",
        f"/sites/{bakery.id}/versions",
        f"/sites/{bakery.id}/versions?kind=edited&page=2",
        f"/sites/{bakery.id}/versions/1",
        f"/sites/{bakery.id}/versions/1/files/index.html",
    ):
        for headers in ({}, HX):
            assert signed_in.get(url, headers=headers).status_code == 200, url
    assert writes == []
    assert versions.get_site_versions(user, bakery.id).total == 3
    assert sites.get_site(user, bakery.id).draft_paths == ["index.html"]


def test_versions_of_the_history_are_never_loaded_whole(ctx, user, bakery):
    page = versions.get_site_versions(user, bakery.id)
    with pytest.raises(sa.exc.InvalidRequestError):
        _ = page.items[0].manifest
    assert isinstance(page.items[0], SiteVersion)
