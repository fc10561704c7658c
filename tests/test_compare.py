"""Comparing two versions of a site: the files that differ, their diffs, and the pages rendered."""

import difflib
import re
import uuid

import builders
import pytest
import sqlalchemy as sa

from webapp import filestore
from webapp.extensions import db as _db
from webapp.services.compare import compare_versions, split_lines

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
PNG_2 = b"\x89PNG\r\n\x1a\n" + bytes(range(255, -1, -1)) + b"more"
INDEX = "<!doctype html>\n<html>\n<body>\n<h1>Bakery</h1>\n<p>Fresh bread</p>\n</body>\n</html>\n"
CSS = "body {\n  color: #432;\n}\n"


def lines_of(change) -> list[str]:
    """A file's diff as `diff -u` would print it, hunk headers included."""
    out = []
    for hunk in change.hunks:
        out.append(hunk.header)
        out += [{"context": " ", "added": "+", "removed": "-"}[line.kind] + line.text for line in hunk.lines]
    return out


def numbers_of(change) -> list[tuple[str, int | None, int | None]]:
    return [(line.kind, line.old_number, line.new_number) for hunk in change.hunks for line in hunk.lines]


def compared(user, old: dict, new: dict, **kwargs):
    site = builders.site(user, old)
    builders.version(user, site.id, new)
    return compare_versions(user, site.id, 1, 2, **kwargs)


CASES = {
    "a file changed in one line": (
        {"index.html": INDEX, "styles.css": CSS},
        {"index.html": INDEX.replace("Fresh bread", "Fresh bread daily"), "styles.css": CSS},
        {"changed": ["index.html"], "unchanged": 1},
        {
            "index.html": [
                "@@ -2,6 +2,6 @@",
                " <html>",
                " <body>",
                " <h1>Bakery</h1>",
                "-<p>Fresh bread</p>",
                "+<p>Fresh bread daily</p>",
                " </body>",
                " </html>",
            ]
        },
    ),
    "a file added": (
        {"index.html": INDEX},
        {"index.html": INDEX, "styles.css": CSS},
        {"added": ["styles.css"], "unchanged": 1},
        {"styles.css": ["@@ -0,0 +1,3 @@", "+body {", "+  color: #432;", "+}"]},
    ),
    "a file deleted": (
        {"index.html": INDEX, "styles.css": CSS},
        {"index.html": INDEX},
        {"removed": ["styles.css"], "unchanged": 1},
        {"styles.css": ["@@ -1,3 +0,0 @@", "-body {", "-  color: #432;", "-}"]},
    ),
    "a renamed file is removed and added": (
        {"index.html": INDEX, "css/old.css": CSS},
        {"index.html": INDEX, "css/new.css": CSS},
        {"added": ["css/new.css"], "removed": ["css/old.css"], "unchanged": 1},
        {
            "css/new.css": ["@@ -0,0 +1,3 @@", "+body {", "+  color: #432;", "+}"],
            "css/old.css": ["@@ -1,3 +0,0 @@", "-body {", "-  color: #432;", "-}"],
        },
    ),
    "a binary file changed": (
        {"index.html": INDEX, "logo.png": PNG},
        {"index.html": INDEX, "logo.png": PNG_2},
        {"changed": ["logo.png"], "unchanged": 1},
        {"logo.png": []},
    ),
    "a file identical in both": (
        {"index.html": INDEX, "styles.css": CSS},
        {"index.html": INDEX, "styles.css": CSS, "robots.txt": "User-agent: *\n"},
        {"added": ["robots.txt"], "unchanged": 2},
        {"robots.txt": ["@@ -0,0 +1 @@", "+User-agent: *"]},
    ),
    "a text file changed to binary": (
        {"index.html": INDEX, "logo.png": "not an image yet"},
        {"index.html": INDEX, "logo.png": PNG},
        {"changed": ["logo.png"], "unchanged": 1},
        {"logo.png": []},
    ),
}


@pytest.mark.parametrize("old, new, expected, diffs", CASES.values(), ids=CASES.keys())
def test_sees_exactly_the_files_and_lines_that_differ(user, old, new, expected, diffs):
    comparison = compared(user, old, new)
    assert [c.path for c in comparison.added] == expected.get("added", [])
    assert [c.path for c in comparison.removed] == expected.get("removed", [])
    assert [c.path for c in comparison.changed] == expected.get("changed", [])
    assert comparison.unchanged_count == expected["unchanged"]
    assert {c.path: lines_of(c) for c in comparison.files} == diffs


def test_a_binary_change_shows_both_sizes(user):
    comparison = compared(user, {"logo.png": PNG, "a.txt": "x"}, {"logo.png": PNG_2, "a.txt": "x"})
    (change,) = comparison.changed
    assert change.is_binary
    assert (change.old_size, change.new_size) == (len(PNG), len(PNG_2))


def test_a_text_file_changed_to_binary_keeps_its_text_size(user):
    comparison = compared(user, {"logo.png": "héllo"}, {"logo.png": PNG})
    (change,) = comparison.changed
    assert change.is_binary
    assert (change.old_size, change.new_size) == (6, len(PNG))


def test_hunks_number_their_lines_as_diff_u_does(user):
    old = "".join(f"line {n}\n" for n in range(1, 41))
    new = (
        old.replace("line 3\n", "line three\n").replace("line 20\n", "").replace("line 38\n", "line 38\nx\n")
    )
    comparison = compared(user, {"big.txt": old}, {"big.txt": new})
    (change,) = comparison.changed
    expected = list(difflib.unified_diff(old.splitlines(), new.splitlines(), n=3, lineterm=""))[2:]
    assert lines_of(change) == expected
    assert [hunk.header for hunk in change.hunks] == [
        "@@ -1,6 +1,6 @@",
        "@@ -17,7 +17,6 @@",
        "@@ -36,5 +35,6 @@",
    ]
    assert numbers_of(change)[:4] == [
        ("context", 1, 1),
        ("context", 2, 2),
        ("removed", 3, None),
        ("added", None, 3),
    ]
    assert (change.added_lines, change.removed_lines) == (2, 2)


def test_side_by_side_rows_pair_removed_lines_with_the_lines_that_replaced_them(user):
    comparison = compared(user, {"a.txt": "a\nb\nc\nd\n"}, {"a.txt": "a\nB\nC\nX\nd\n"})
    (hunk,) = comparison.changed[0].hunks
    rows = [
        (old.text if old else None, new.text if new else None, old.kind if old else new.kind)
        for old, new in hunk.rows
    ]
    assert rows == [
        ("a", "a", "context"),
        ("b", "B", "removed"),
        ("c", "C", "removed"),
        (None, "X", "added"),
        ("d", "d", "context"),
    ]


def test_lines_are_split_at_the_breaks_editors_know(user):
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    # A form feed is text inside a line, not a line break.
    assert split_lines("a\x0cb\n\n") == ["a\x0cb", ""]


def test_a_diff_longer_than_the_setting_is_too_large_to_show(app, user):
    app.config["COMPARE_MAX_DIFF_LINES"] = 10
    old = "".join(f"{n}\n" for n in range(30))
    comparison = compared(
        user, {"a.txt": old, "b.txt": "x\n"}, {"a.txt": old.upper() + "new\n", "b.txt": "y\n"}
    )
    assert [c.path for c in comparison.changed] == ["a.txt", "b.txt"]
    # Digits have no upper case: the 31 lines of a.txt's diff are one added line and context.
    assert not comparison.changed[0].too_large
    big = compared(user, {"a.txt": old}, {"a.txt": old.replace("\n", " changed\n")})
    (change,) = big.changed
    assert change.too_large and change.hunks == []
    assert (change.old_size, change.new_size) == (len(old), len(old) + 30 * 8)


# Only differing contents are read ----------------------------------------------


@pytest.fixture
def fetches(monkeypatch):
    """The content keys each read of the file store asks for."""
    calls: list[set[str]] = []
    real = filestore._fetch

    def spy(user_id, digests):
        calls.append(set(digests))
        return real(user_id, digests)

    monkeypatch.setattr(filestore, "_fetch", spy)
    return calls


@pytest.fixture
def content_reads(ctx):
    """The statements that read file_contents, and the rows they return."""
    seen = {"statements": 0, "rows": 0}

    def after(conn, cursor, statement, parameters, context, executemany):
        if re.search(r"\bFROM file_contents\b", statement) and "file_contents.data" in statement:
            seen["statements"] += 1
            seen["rows"] += cursor.rowcount if cursor.rowcount > 0 else 0

    engine = _db.engine
    sa.event.listen(engine, "after_cursor_execute", after)
    yield seen
    sa.event.remove(engine, "after_cursor_execute", after)


def fifty_files() -> dict:
    return {f"page{n:02}.html": f"<h1>Page {n}</h1>\n<p>Text {n}</p>\n" for n in range(50)}


def test_only_the_contents_that_differ_are_read_in_one_query(user, fetches, content_reads):
    old = fifty_files()
    new = {**old, "page07.html": "<h1>Page 7</h1>\n<p>New text</p>\n", "page31.html": "<h1>Thirty-one</h1>\n"}
    site = builders.site(user, old)
    builders.version(user, site.id, new)
    fetches.clear()
    comparison = compare_versions(user, site.id, 1, 2)
    assert [c.path for c in comparison.changed] == ["page07.html", "page31.html"]
    assert comparison.unchanged_count == 48
    expected = {filestore.content_hash(content.encode(), True) for content in (
        old["page07.html"], new["page07.html"], old["page31.html"], new["page31.html"]
    )}  # fmt: skip
    assert fetches == [expected]
    assert content_reads["statements"] == 1


def test_rows_read_are_exactly_the_differing_contents(user, content_reads, monkeypatch):
    old = fifty_files()
    new = {**old, "page01.html": "one\n", "page02.html": "two\n"}
    site = builders.site(user, old)
    builders.version(user, site.id, new)
    rows = []
    real = filestore._fetch
    monkeypatch.setattr(filestore, "_fetch", lambda u, d: rows.extend(real(u, d).values()) or real(u, d))
    compare_versions(user, site.id, 1, 2)
    assert sorted(rows) == sorted([old["page01.html"], old["page02.html"], "one\n", "two\n"])


def test_the_rendered_tab_reads_no_content(user, fetches, content_reads):
    site = builders.site(user, fifty_files())
    builders.version(user, site.id, {**fifty_files(), "page01.html": "changed"})
    fetches.clear()
    comparison = compare_versions(user, site.id, 1, 2, with_diffs=False)
    assert [c.path for c in comparison.changed] == ["page01.html"]
    assert fetches == [] and content_reads["statements"] == 0


def test_a_file_moved_keeps_one_content_read_once(user, fetches):
    site = builders.site(user, {"a.css": CSS, "index.html": INDEX})
    builders.version(user, site.id, {"b.css": CSS, "index.html": INDEX})
    fetches.clear()
    compare_versions(user, site.id, 1, 2)
    assert fetches == [{filestore.content_hash(CSS.encode(), True)}]


# Which versions ----------------------------------------------------------------


@pytest.fixture
def three_versions(user):
    site = builders.site(user, {"index.html": INDEX}, description=None)
    builders.version(user, site.id, {"index.html": INDEX, "styles.css": CSS}, "Added styles")
    builders.version(
        user, site.id, {"index.html": INDEX.replace("Bakery", "Crumbs"), "styles.css": CSS}, "Renamed"
    )
    return site


def test_without_numbers_the_newest_version_is_compared_with_the_one_before(user, three_versions):
    comparison = compare_versions(user, three_versions.id)
    assert (comparison.from_number, comparison.to_number) == (2, 3)
    assert [c.version_number for c in comparison.choices] == [3, 2, 1]
    assert [c.change_description for c in comparison.choices][:2] == ["Renamed", "Added styles"]


def test_to_alone_is_compared_with_the_version_before_it(user, three_versions):
    comparison = compare_versions(user, three_versions.id, None, "2")
    assert (comparison.from_number, comparison.to_number) == (1, 2)
    assert [c.path for c in comparison.added] == ["styles.css"]


def test_the_same_version_twice_is_said_plainly(user, three_versions, fetches):
    comparison = compare_versions(user, three_versions.id, 2, 2)
    assert comparison.same_version and comparison.files == [] and fetches == []


def test_a_site_with_one_version_has_nothing_to_compare(user):
    site = builders.site(user, {"index.html": INDEX})
    comparison = compare_versions(user, site.id)
    assert comparison.nothing_to_compare


# The page ----------------------------------------------------------------------


@pytest.fixture
def signed_in(user, auth):
    auth.login()
    return user


@pytest.fixture
def site(signed_in):
    site = builders.site(signed_in, {"index.html": INDEX, "styles.css": CSS, "logo.png": PNG}, title="Crumbs")
    builders.version(
        signed_in,
        site.id,
        {"index.html": INDEX.replace("Fresh bread", "Warm <b>bread</b>"), "about.html": "<h1>About</h1>\n"},
        "Warmer words",
    )
    return site


def url(site, **query) -> str:
    params = "&".join(f"{k}={v}" for k, v in query.items())
    return f"/sites/{site.id}/compare" + (f"?{params}" if params else "")


def test_the_page_shows_the_files_that_changed_with_their_diffs(client, site):
    response = client.get(url(site, **{"from": 1, "to": 2}))
    assert response.status_code == 200
    assert "HX-Request" in response.headers["Vary"]
    page = response.get_data(as_text=True)
    assert "<html" in page and 'id="compare"' in page
    assert "4 files changed" in page and "1 added" in page and "2 removed" in page and "1 changed" in page
    assert "about.html" in page and "styles.css" in page
    assert "@@ -2,6 +2,6 @@" in page
    # Highlighted (Pygments' classes), escaped, and marked + / - beside the colour.
    assert '<span class="nt">p</span>' in page
    added = next(row for row in re.findall(r'<tr class="diff-added">.*?</tr>', page, re.S) if "Warm" in row)
    assert "<b>" not in added and '&lt;</span><span class="nt">b</span>' in added
    assert re.search(r'<tr class="diff-added">.*?<span class="diff-marker">\+</span>', page, re.S)
    assert re.search(r'<tr class="diff-removed">.*?<span class="diff-marker">-</span>', page, re.S)
    assert "Binary file." in page and f"{len(PNG):,} bytes" in page
    assert f'href="/sites/{site.id}"' in page
    assert f'href="/sites/{site.id}/versions/1"' in page and f'href="/sites/{site.id}/versions/2"' in page
    assert "/builder/highlight.css" in page


def test_the_versions_are_picked_on_the_page_newest_first(client, site):
    page = client.get(url(site)).get_data(as_text=True)
    picker = page[page.index('class="compare-picker"') :]
    picker = picker[: picker.index("</form>")]
    assert 'method="get"' in page
    options = re.findall(r'<option value="(\d+)"', picker)
    assert options == ["2", "1", "2", "1"]
    assert re.search(r'<option value="1" selected>\s*Version 1', picker)
    assert re.search(r'<option value="2" selected>\s*Version 2 · Warmer words', picker)


def test_the_fragment_is_the_comparison_alone(client, site):
    response = client.get(url(site, **{"from": 1, "to": 2}), headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "HX-Request" in response.headers["Vary"]
    body = response.get_data(as_text=True)
    assert "<html" not in body and body.lstrip().startswith('<section id="compare"')
    assert "@@ -2,6 +2,6 @@" in body


def test_a_history_restore_gets_the_whole_page(client, site):
    headers = {"HX-Request": "true", "HX-History-Restore-Request": "true"}
    assert "<html" in client.get(url(site), headers=headers).get_data(as_text=True)


def test_the_split_view_shows_old_and_new_side_by_side(client, site):
    page = client.get(url(site, view="split")).get_data(as_text=True)
    assert 'class="diff-table diff-split"' in page
    row = re.search(r"<tr>\s*<td class=\"diff-num diff-removed\">5</td>.*?</tr>", page, re.S).group(0)
    assert "Fresh bread" in row and "Warm" in row
    # Links to the two layouts: the current one is marked (aria-pressed is for buttons).
    assert 'aria-current="true">Side by side' in page


def test_the_rendered_tab_shows_both_versions_in_sandboxed_frames(client, site):
    page = client.get(url(site, tab="rendered")).get_data(as_text=True)
    frames = re.findall(r"<iframe[^>]*>", page)
    assert len(frames) == 2
    for frame in frames:
        sandbox = re.search(r'sandbox="([^"]*)"', frame).group(1)
        assert "allow-scripts" in sandbox and "allow-same-origin" not in sandbox
        assert 'src="/preview/' in frame and "index.html" in frame
    # Each frame is its own version's preview.
    sources = [re.search(r'src="([^"]+)"', frame).group(1) for frame in frames]
    assert sources[0] != sources[1]
    for source in sources:
        assert client.get(source).status_code == 200
    assert client.get(sources[0]).get_data(as_text=True) == INDEX
    # The page picker lists the pages of either version; device widths are links.
    assert re.findall(r'<option value="([^"]+)"', page.split('id="compare-page"')[1]) == [
        "index.html",
        "about.html",
    ]
    assert (
        f"{url(site, **{'from': 1, 'to': 2, 'tab': 'rendered', 'device': 'phone'})}".replace("&", "&amp;")
        in page
    )


def test_the_rendered_tab_says_when_a_page_is_only_in_one_version(client, site):
    page = client.get(url(site, tab="rendered", page="about.html", device="phone")).get_data(as_text=True)
    assert "about.html is not in version 1." in page
    assert len(re.findall(r"<iframe", page)) == 1
    assert 'data-device="phone" data-width="390"' in page


def test_unknown_display_choices_fall_back_to_the_defaults(client, site):
    page = client.get(url(site, tab="nope", view="sideways", device="watch")).get_data(as_text=True)
    assert 'class="diff-table diff-unified"' in page


def test_the_same_version_and_a_single_version_say_so(client, site, signed_in):
    assert "These are the same version" in client.get(url(site, **{"from": 2, "to": 2})).get_data(
        as_text=True
    )
    lone = builders.site(signed_in, {"index.html": INDEX})
    assert "Nothing to compare yet" in client.get(url(lone)).get_data(as_text=True)


def test_a_diff_too_large_says_so_with_its_sizes(app, client, site):
    app.config["COMPARE_MAX_DIFF_LINES"] = 3
    page = client.get(url(site)).get_data(as_text=True)
    assert "This diff is too large to show (more than 3 lines)." in page
    assert f"Version 1: {len(INDEX.encode()):,} bytes." in page


HTMX = {"HX-Request": "true"}
TABS = [{}, {"tab": "rendered"}]


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["page", "fragment"])
@pytest.mark.parametrize("tab", TABS, ids=["code", "rendered"])
@pytest.mark.parametrize(
    "query, status",
    [
        ({"from": 1, "to": 9}, 404),
        ({"from": 0, "to": 2}, 404),
        ({"to": 3}, 404),
        ({"from": 1, "to": 99999999999999999999}, 404),
        ({"from": "abc", "to": 2}, 400),
        ({"from": 1, "to": "-2"}, 400),
        ({"from": "1.5"}, 400),
        ({"page": "nowhere.html"}, 404),
    ],
)
def test_bad_versions_are_refused(client, site, query, status, tab, headers):
    response = client.get(url(site, **{**tab, **query}), headers=headers)
    assert response.status_code == status
    if status == 400:
        assert "is not a version number" in response.get_data(as_text=True)


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["page", "fragment"])
@pytest.mark.parametrize("tab", TABS, ids=["code", "rendered"])
def test_another_users_site_is_not_found_like_a_missing_one(client, auth, site, other_user, tab, headers):
    theirs = builders.site(other_user, {"index.html": "theirs"})
    builders.version(other_user, theirs.id, {"index.html": "theirs, again"})
    mine = client.get(url(theirs, **tab), headers=headers)
    assert mine.status_code == 404
    assert "theirs" not in mine.get_data(as_text=True)
    assert client.get(f"/sites/{uuid.uuid4()}/compare", headers=headers).status_code == 404
    assert client.get("/sites/not-a-uuid/compare", headers=headers).status_code == 404


def test_signed_out_people_are_sent_to_log_in(client, site, auth):
    auth.logout()
    response = client.get(url(site))
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_comparing_writes_nothing(client, site, writes):
    for query in [{}, {"view": "split"}, {"tab": "rendered"}, {"tab": "rendered", "page": "about.html"}]:
        for headers in ({}, HTMX):
            assert client.get(url(site, **query), headers=headers).status_code == 200
    assert client.get(url(site, **{"from": 7})).status_code == 404
    assert writes == []
