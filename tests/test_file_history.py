"""One file's history: the versions that changed it, their diffs, and Restore this file."""

import importlib.util
import re
import uuid
from pathlib import Path

import builders
import pytest
import sqlalchemy as sa

from webapp.database import flushed_connection, write_transaction
from webapp.extensions import db as _db
from webapp.models import SiteVersion, VersionChange
from webapp.ownership import NotFound, act_as
from webapp.services import file_history, sites, trash, versions
from webapp.services.validation import InvalidInput

HX = {"HX-Request": "true"}
INDEX = "<!doctype html>\n<html>\n<body>\n<h1>Bakery</h1>\n</body>\n</html>\n"
CSS_1 = "body {\n  color: #432;\n}\n"
CSS_2 = "body {\n  color: #fff;\n}\n"


def text(response) -> str:
    return response.get_data(as_text=True)


def diff_lines(diff) -> list[str]:
    """A diff as `diff -u` prints it, hunk headers included."""
    out = []
    for hunk in diff.hunks:
        out.append(hunk.header)
        out += [{"context": " ", "added": "+", "removed": "-"}[line.kind] + line.text for line in hunk.lines]
    return out


def entry_numbers(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<li class="file-history-entry" id="version-(\d+)"', html)]


@pytest.fixture
def bakery(user):
    """Six versions; styles.css is added (1), changed (3), removed (4), added back (5)."""
    site = builders.site(user, {"index.html": INDEX, "styles.css": CSS_1}, title="Bakery")
    builders.version(user, site.id, {"index.html": INDEX + "<p>Menu</p>\n", "styles.css": CSS_1}, "Menu")
    builders.version(user, site.id, {"index.html": INDEX + "<p>Menu</p>\n", "styles.css": CSS_2}, "White")
    builders.version(user, site.id, {"index.html": INDEX + "<p>Menu</p>\n"}, "No styles")
    builders.version(user, site.id, {"index.html": INDEX + "<p>Menu</p>\n", "styles.css": CSS_1}, "Back")
    builders.version(
        user,
        site.id,
        {"index.html": INDEX + "<p>Menu</p>\n", "styles.css": CSS_1, "about.html": "<h1>About</h1>\n"},
        "About",
    )
    return sites.get_site(user, site.id)


def manifests(user, site_id) -> dict[int, dict]:
    act_as(user)
    rows = _db.session.execute(
        sa.select(SiteVersion.version_number, SiteVersion.manifest).where(SiteVersion.site_id == site_id)
    )
    return {number: dict(manifest) for number, manifest in rows}


# The history ---------------------------------------------------------------------------------------------


def test_lists_exactly_the_versions_that_changed_the_file_newest_first_with_their_diffs(user, bakery):
    history = file_history.get_file_history(user, bakery.id, "styles.css")
    assert [(e.version.version_number, e.change) for e in history.entries] == [
        (5, "added"),
        (4, "deleted"),
        (3, "modified"),
        (1, "added"),
    ]
    assert history.total == 4 and not history.has_next
    diffs = {e.version.version_number: e.diff for e in history.entries}
    assert diff_lines(diffs[3]) == ["@@ -1,3 +1,3 @@", " body {", "-  color: #432;", "+  color: #fff;", " }"]
    assert diff_lines(diffs[4]) == ["@@ -1,3 +0,0 @@", "-body {", "-  color: #fff;", "-}"]
    assert diff_lines(diffs[5]) == ["@@ -0,0 +1,3 @@", "+body {", "+  color: #432;", "+}"]
    assert diff_lines(diffs[1]) == ["@@ -0,0 +1,3 @@", "+body {", "+  color: #432;", "+}"]
    assert [diffs[n].status for n in (5, 4, 3, 1)] == ["added", "removed", "changed", "added"]
    # styles.css is now as version 5 and version 1 left it.
    assert [history.is_current(e) for e in history.entries] == [True, False, False, True]


def test_each_version_records_what_it_changed_beside_its_changed_paths(user, bakery):
    act_as(user)
    rows = _db.session.execute(
        sa.select(VersionChange.version_number, VersionChange.change, VersionChange.path).where(
            VersionChange.site_id == bakery.id
        )
    ).all()
    recorded = {(n, change, path) for n, change, path in rows}
    expected = {
        (version.version_number, change, path)
        for version in versions.get_site_versions(user, bakery.id).items
        for change, paths in version.changed_paths.items()
        for path in paths
    }
    assert recorded == expected and len(rows) == 7


def test_a_page_of_the_history_diffs_its_last_entry_against_the_next_page(user, bakery):
    first = file_history.get_file_history(user, bakery.id, "styles.css", per_page=2)
    second = file_history.get_file_history(user, bakery.id, "styles.css", page=2, per_page=2)
    assert [e.version.version_number for e in first.entries] == [5, 4] and first.has_next
    assert [e.version.version_number for e in second.entries] == [3, 1] and not second.has_next
    # Version 4 removed what version 3 (on the next page) had.
    assert diff_lines(first.entries[1].diff)[1:] == ["-body {", "-  color: #fff;", "-}"]


def test_the_page_shows_each_change_with_its_diff_and_restore_offers(signed_in, bakery):
    response = signed_in.get(f"/sites/{bakery.id}/files/styles.css/history")
    assert response.status_code == 200 and "HX-Request" in response.headers["Vary"]
    html = text(response)
    assert entry_numbers(html) == [5, 4, 3, 1]
    assert "4 versions changed styles.css" in html
    # Version 3's diff: the line it removed, and the line it added.
    assert (
        html.count('<tr class="diff-removed">') == 1 + 3
        and html.count('<tr class="diff-added">') == 1 + 3 + 3
    )
    # Offered where the file differs from today's: versions 4 (remove it) and 3.
    assert html.count('name="version" value="4"') == 1 and html.count('name="version" value="3"') == 1
    assert 'name="version" value="5"' not in html and 'name="version" value="1"' not in html
    assert "Remove this file, as in this version…" in html
    assert f'href="/sites/{bakery.id}/compare?from=2&amp;to=3"' in html


def test_the_history_loads_more_as_a_fragment_and_pages_without_javascript(app, signed_in, bakery):
    app.config["VERSIONS_PER_PAGE"] = 2
    first = text(signed_in.get(f"/sites/{bakery.id}/files/styles.css/history"))
    assert entry_numbers(first) == [5, 4]
    more = re.search(r'hx-get="([^"]+)"\s+hx-target="closest li"', first).group(1).replace("&amp;", "&")
    assert more == f"/sites/{bakery.id}/files/styles.css/history?page=2"
    fragment = text(signed_in.get(more, headers=HX))
    assert "<html" not in fragment and entry_numbers(fragment) == [3, 1] and "Load more" not in fragment
    whole = text(signed_in.get(more))
    assert "<html" in whole and entry_numbers(whole) == [3, 1] and "← Newer changes" in whole


def test_the_site_page_and_the_version_page_link_to_a_files_history(signed_in, bakery):
    url = f"/sites/{bakery.id}/files/styles.css/history"
    assert f'href="{url}"' in text(signed_in.get(f"/sites/{bakery.id}/files/styles.css"))
    assert f'href="{url}"' in text(signed_in.get(f"/sites/{bakery.id}/files/styles.css", headers=HX))
    version_page = text(signed_in.get(f"/sites/{bakery.id}/versions/3"))
    assert (
        f'href="{url}"' in version_page
        and f'href="/sites/{bakery.id}/files/index.html/history"' in version_page
    )


def test_a_file_in_a_folder_has_its_history(signed_in, user):
    site = builders.site(user, {"index.html": INDEX, "css/site.css": CSS_1})
    builders.version(user, site.id, {"index.html": INDEX, "css/site.css": CSS_2})
    html = text(signed_in.get(f"/sites/{site.id}/files/css/site.css/history"))
    assert entry_numbers(html) == [2, 1]


def test_a_file_named_history_in_a_folder_is_still_shown_at_its_url(signed_in, user):
    site = builders.site(user, {"index.html": INDEX, "docs/history": "Founded in 1920\n"})
    response = signed_in.get(f"/sites/{site.id}/files/docs/history", headers=HX)
    assert response.status_code == 200 and "Founded in 1920" in text(response)
    html = text(signed_in.get(f"/sites/{site.id}/files/docs/history/history"))
    assert entry_numbers(html) == [1]
    assert signed_in.get(f"/sites/{site.id}/files/other/history").status_code == 404


# Restore this file ---------------------------------------------------------------------------------------


def test_restoring_a_file_adds_one_version_where_only_that_file_differs(signed_in, user, bakery):
    before = manifests(user, bakery.id)
    response = signed_in.post(f"/sites/{bakery.id}/files/styles.css/restore", data={"version": "3"})
    assert response.status_code == 303
    assert response.headers["Location"] == f"/sites/{bakery.id}/files/styles.css/history"
    after = manifests(user, bakery.id)
    assert sorted(after) == [1, 2, 3, 4, 5, 6, 7]
    assert {n: after[n] for n in before} == before
    assert after[7] == {**before[6], "styles.css": before[3]["styles.css"]}
    newest = versions.get_site_versions(user, bakery.id, per_page=1).items[0]
    assert (newest.kind, newest.change_description) == ("restored", "Restored styles.css from version 3")
    assert newest.changed_paths == {"added": [], "modified": ["styles.css"], "deleted": []}
    # Not a whole version brought back: Undo and Redo read restored_from.
    assert newest.restored_from is None
    assert sites.get_site(user, bakery.id).manifest == after[7]
    page = text(signed_in.get(response.headers["Location"]))
    assert "Restored styles.css from version 3 as version 7." in page
    assert entry_numbers(page) == [7, 5, 4, 3, 1]


def test_restoring_a_file_that_was_not_there_removes_it(user, bakery):
    before = manifests(user, bakery.id)
    added = file_history.restore_file(user, bakery.id, "styles.css", 4)
    after = manifests(user, bakery.id)
    assert added.version_number == 7
    assert after[7] == {p: k for p, k in before[6].items() if p != "styles.css"}
    assert {n: after[n] for n in before} == before
    history = file_history.get_file_history(user, bakery.id, "styles.css")
    assert (history.entries[0].version.version_number, history.entries[0].change) == (7, "deleted")
    assert history.current_key is None


def test_restoring_a_file_as_it_already_is_adds_nothing(signed_in, user, bakery):
    with pytest.raises(InvalidInput):
        file_history.restore_file(user, bakery.id, "styles.css", 1)
    response = signed_in.post(f"/sites/{bakery.id}/files/styles.css/restore", data={"version": "5"})
    assert response.status_code == 303
    assert "already as it was in version 5" in text(signed_in.get(response.headers["Location"]))
    assert sites.get_site(user, bakery.id).last_version_number == 6


def test_restore_this_file_needs_a_post(signed_in, user, bakery):
    assert signed_in.get(f"/sites/{bakery.id}/files/styles.css/restore?version=3").status_code in (404, 405)
    assert sites.get_site(user, bakery.id).last_version_number == 6


# Missing, foreign, trashed, hostile: 404 and nothing written ---------------------------------------------

ROUTES = [
    ("get", "/sites/{site}/files/{path}/history"),
    ("post", "/sites/{site}/files/{path}/restore"),
]


@pytest.fixture
def foreign_site(other_user):
    return builders.site(other_user, {"index.html": "<h1>Theirs</h1>", "styles.css": CSS_1}).id


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize(("method", "route"), ROUTES)
def test_another_users_missing_or_malformed_site_answers_404(
    signed_in, other_user, foreign_site, method, route, htmx
):
    for site_id in (foreign_site, uuid.uuid4(), "not-an-id", "1"):
        url = route.format(site=site_id, path="styles.css")
        response = getattr(signed_in, method)(url, data={"version": "1"}, headers=HX if htmx else {})
        assert response.status_code == 404, url
    assert sites.get_site(other_user, foreign_site).last_version_number == 1


@pytest.mark.parametrize(("method", "route"), ROUTES)
def test_a_trashed_site_answers_404(signed_in, user, bakery, method, route):
    trash.move_to_trash(user, "site", bakery.id)
    response = getattr(signed_in, method)(
        route.format(site=bakery.id, path="styles.css"), data={"version": "3"}
    )
    assert response.status_code == 404
    act_as(user)
    assert _db.session.scalar(sa.select(sa.func.count(SiteVersion.id))) == 6


HOSTILE_PATHS = [
    "never.css",
    "STYLES.CSS",
    "../styles.css",
    "%2E%2E/styles.css",
    "a/../styles.css",
    "./styles.css",
    "/etc/passwd",
    "%2Fetc%2Fpasswd",
    "styles.css%00",
    "C:/styles.css",
    "x" * 600,
]


@pytest.mark.parametrize("path", HOSTILE_PATHS)
@pytest.mark.parametrize(("method", "route"), ROUTES)
def test_a_path_the_site_never_had_answers_404_and_writes_nothing(
    signed_in, bakery, writes, method, route, path
):
    writes.clear()
    url = route.format(site=bakery.id, path=path)
    # "//etc/passwd" is first redirected to "/etc/passwd", as the router merges slashes.
    response = getattr(signed_in, method)(url, data={"version": "3"}, follow_redirects=True)
    assert response.status_code == 404, path
    assert [w for w in writes if not w.lstrip().upper().startswith("BEGIN")] == []


@pytest.mark.parametrize("number", ["99", "0", "-1", "two", "", None, "2147483648"])
def test_restoring_from_a_missing_version_answers_404(signed_in, user, bakery, number):
    data = {} if number is None else {"version": number}
    response = signed_in.post(f"/sites/{bakery.id}/files/styles.css/restore", data=data)
    assert response.status_code == 404
    assert sites.get_site(user, bakery.id).last_version_number == 6


def test_the_service_refuses_hostile_paths_as_missing(user, bakery):
    for path in ("../styles.css", "/styles.css", "", None, "a\x00b"):
        with pytest.raises(NotFound):
            file_history.get_file_history(user, bakery.id, path)
        with pytest.raises(NotFound):
            file_history.restore_file(user, bakery.id, path, 3)


def test_the_pages_write_nothing(signed_in, bakery, writes):
    writes.clear()
    for url in (
        f"/sites/{bakery.id}/files/styles.css/history",
        f"/sites/{bakery.id}/files/styles.css/history?page=2",
        f"/sites/{bakery.id}/files/about.html/history",
    ):
        for headers in ({}, HX):
            assert signed_in.get(url, headers=headers).status_code == 200, url
    assert writes == []


def test_the_history_reads_only_the_files_contents_and_no_manifest(signed_in, bakery, statements):
    statements.clear()
    signed_in.get(f"/sites/{bakery.id}/files/styles.css/history", headers=HX)
    reads = " ".join(statements)
    assert "site_versions.files" not in reads
    assert sum("file_contents" in s for s in statements) == 1


# The migration fills version_changes for versions made before it -----------------------------------------


def test_the_migration_backfills_the_changes_of_existing_versions(user, bakery):
    act_as(user)
    columns = (
        VersionChange.version_number,
        VersionChange.path,
        VersionChange.change,
        VersionChange.content_key,
    )
    made = set(_db.session.execute(sa.select(*columns)).all())
    spec = importlib.util.spec_from_file_location(
        "migration_0008",
        next(Path(__file__).parent.parent.glob("migrations/versions/0008_*.py")),
    )
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    with write_transaction(user):
        connection = flushed_connection()
        connection.execute(sa.delete(VersionChange.__table__))
        migration._backfill(connection, connection.dialect.name == "postgresql")
    act_as(user)
    assert set(_db.session.execute(sa.select(*columns)).all()) == made and len(made) == 7
