"""Publishing a chosen version: publish, roll back and forward, unpublish, move, the log
(webapp/services/publishing.py)."""

from types import SimpleNamespace

import builders
import pytest
import sqlalchemy as sa

from webapp import filestore
from webapp.extensions import db as _db
from webapp.models import GeneratedSite
from webapp.ownership import act_as
from webapp.services import edits, publishing, sites, trash, versions
from webapp.services.validation import InvalidInput


def page(text: str) -> dict:
    return {"index.html": f"<h1>{text}</h1>"}


@pytest.fixture
def site(user):
    """A site of three versions, "One", "Two" and "Three"."""
    made = builders.site(user, page("One"), title="Café Olé!")
    builders.version(user, made.id, page("Two"))
    builders.version(user, made.id, page("Three"))
    # Its id alone: the row reloads under whoever acts, which Row Level Security may hide.
    return SimpleNamespace(id=made.id)


def log_of(user, site_id) -> list[tuple]:
    return [(e.action, e.version_number, e.slug) for e in publishing.get_publish_log(user, site_id)]


def live_files(slug: str):
    found = publishing.get_published(slug)
    return None if found is None else filestore.load(found.user_id, found.manifest)


def test_publishing_pins_the_current_version_at_a_slug_made_from_the_title(user, site):
    published, action = publishing.publish(user, site.id)
    assert action == "published"
    assert (published.slug, published.published_version, published.is_published) == ("cafe-ole", 3, True)
    assert published.published_url == "/p/cafe-ole/" and published.published_at is not None
    assert live_files("cafe-ole") == page("Three")
    assert log_of(user, site.id) == [("published", 3, "cafe-ole")]


def test_rolling_back_and_forward_are_logged_as_such_newest_first(user, site):
    publishing.publish(user, site.id, 2)
    assert publishing.publish(user, site.id, 1).action == "rolled_back"
    assert live_files("cafe-ole") == page("One")
    assert publishing.publish(user, site.id, 3).action == "rolled_forward"
    assert live_files("cafe-ole") == page("Three")
    assert log_of(user, site.id) == [
        ("rolled_forward", 3, "cafe-ole"),
        ("rolled_back", 1, "cafe-ole"),
        ("published", 2, "cafe-ole"),
    ]


def test_publishing_the_live_version_again_changes_nothing(user, site):
    first = publishing.publish(user, site.id, 2).site.published_at
    again = publishing.publish(user, site.id, "2")
    assert again.action is None and again.site.published_at == first
    assert len(log_of(user, site.id)) == 1


def test_editing_the_site_never_changes_what_is_live(user, site):
    publishing.publish(user, site.id, 2)
    builders.version(user, site.id, page("Four"))
    versions.restore_version(user, site.id, 1)
    current = sites.get_site(user, site.id)
    edits.save_edit(user, site.id, "index.html", "<h1>By hand</h1>", current.draft_revision)
    assert live_files("cafe-ole") == page("Two")
    assert sites.get_site(user, site.id).published_version == 2


def test_publishing_the_current_version_closes_an_open_burst_of_hand_edits_first(user, site):
    current = sites.get_site(user, site.id)
    edits.save_edit(user, site.id, "index.html", "<h1>By hand</h1>", current.draft_revision)
    published, _ = publishing.publish(user, site.id)
    assert published.published_version == 4 and published.draft_paths is None
    assert versions.get_version_record(user, site.id, 4).kind == "edited"
    assert live_files("cafe-ole") == {"index.html": "<h1>By hand</h1>"}


def test_unpublishing_takes_the_site_offline_and_keeps_its_address(user, site):
    publishing.publish(user, site.id)
    offline = publishing.unpublish(user, site.id)
    assert (offline.is_published, offline.published_version, offline.published_url) == (False, None, None)
    assert offline.slug == "cafe-ole"
    assert publishing.get_published("cafe-ole") is None
    publishing.unpublish(user, site.id)  # already offline: nothing more logged
    assert log_of(user, site.id) == [("unpublished", None, "cafe-ole"), ("published", 3, "cafe-ole")]
    assert publishing.publish(user, site.id, 1).site.published_url == "/p/cafe-ole/"
    assert log_of(user, site.id)[0] == ("published", 1, "cafe-ole")


def test_a_taken_slug_gets_the_next_number(user, other_user, site):
    publishing.publish(user, site.id)
    theirs = builders.site(other_user, page("Theirs"), title="Cafe  ole")
    assert publishing.publish(other_user, theirs.id).site.slug == "cafe-ole-2"
    mine = builders.site(user, page("Again"), title="CAFÉ OLÉ")
    assert publishing.publish(user, mine.id).site.slug == "cafe-ole-3"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Café Olé!", "cafe-ole"),
        ("Luigi's", "luigis"),
        ("Luigi\u2019s Pizza", "luigis-pizza"),
        ("  Ünïcödé -- Straße  ", "unicode-strae"),
        ("日本語", "site"),
        ("Admin", "admin-2"),  # reserved
        ("x" * 80, "x" * 63),
    ],
)
def test_first_slugs_are_ascii_folded_and_never_reserved(user, title, slug):
    made = builders.site(user, page("Hi"), title=title)
    assert publishing.publish(user, made.id).site.slug == slug


def test_changing_the_slug_moves_the_site_and_frees_the_old_address(user, site):
    publishing.publish(user, site.id)
    moved = publishing.change_slug(user, site.id, "  Sweet-Crumbs-2 ")
    assert moved.slug == "sweet-crumbs-2" and moved.published_url == "/p/sweet-crumbs-2/"
    assert publishing.get_published("cafe-ole") is None
    assert live_files("sweet-crumbs-2") == page("Three")
    publishing.change_slug(user, site.id, "sweet-crumbs-2")  # the same: nothing logged
    assert log_of(user, site.id)[0] == ("moved", 3, "sweet-crumbs-2")
    assert len(log_of(user, site.id)) == 2


def test_an_unpublished_site_may_choose_its_address_before_going_live(user, site):
    publishing.change_slug(user, site.id, "soon")
    assert publishing.get_published("soon") is None
    assert publishing.publish(user, site.id).site.slug == "soon"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "cannot be empty"),
        ("   ", "cannot be empty"),
        ("a" * 64, "at most 63"),
        ("two  words", "lower-case letters"),
        ("double--hyphen", "lower-case letters"),
        ("-leading", "lower-case letters"),
        ("trailing-", "lower-case letters"),
        ("under_score", "lower-case letters"),
        ("café", "lower-case letters"),
        ("dots.too", "lower-case letters"),
        ("slash/es", "lower-case letters"),
        ("admin", "reserved"),
        ("static", "reserved"),
        (None, "must be text"),
        (12, "must be text"),
    ],
)
def test_bad_slugs_are_refused_with_a_clear_message_and_nothing_changes(user, site, typed, message):
    publishing.publish(user, site.id)
    with pytest.raises(InvalidInput, match=message):
        publishing.change_slug(user, site.id, typed)
    assert sites.get_site(user, site.id).slug == "cafe-ole"
    assert len(log_of(user, site.id)) == 1


def test_another_users_slug_is_taken_even_when_not_published(user, other_user, site):
    theirs = builders.site(other_user, page("Theirs"), title="Theirs")
    publishing.change_slug(other_user, theirs.id, "taken")
    with pytest.raises(InvalidInput, match="is taken"):
        publishing.change_slug(user, site.id, "taken")
    assert sites.get_site(user, site.id).slug is None


def test_the_unique_constraint_backs_up_the_check(user, other_user, site, monkeypatch):
    theirs = builders.site(other_user, page("Theirs"), title="Theirs")
    publishing.change_slug(other_user, theirs.id, "raced")
    # As if the other site took it between the check and the write.
    monkeypatch.setattr(publishing, "slug_taken", lambda slug: False)
    with pytest.raises(InvalidInput, match="is taken"):
        publishing.change_slug(user, site.id, "raced")
    assert sites.get_site(user, site.id).slug is None


def test_a_missing_version_is_not_found_and_nothing_changes(user, site):
    for number in (0, 4, -1, "two", 2**40):
        with pytest.raises(publishing.NotFound):
            publishing.publish(user, site.id, number)
    assert sites.get_site(user, site.id).published_version is None
    assert log_of(user, site.id) == []


def test_a_trashed_site_is_not_served_and_comes_back_live(user, site):
    publishing.publish(user, site.id)
    trash.move_to_trash(user, "site", site.id)
    assert publishing.get_published("cafe-ole") is None
    trash.restore_from_trash(user, "site", site.id)
    assert live_files("cafe-ole") == page("Three")


def test_publishing_does_not_count_as_a_change_to_the_site(user, site):
    changed = sites.get_site(user, site.id).updated_at
    publishing.publish(user, site.id, 1)
    publishing.change_slug(user, site.id, "elsewhere")
    publishing.unpublish(user, site.id)
    assert sites.get_site(user, site.id).updated_at == changed


def test_published_columns_stay_in_step(db, user, site):
    """The database's CHECKs agree: a published site has a version and a slug."""
    publishing.publish(user, site.id)
    publishing.unpublish(user, site.id)
    act_as(user)
    row = _db.session.execute(
        sa.select(GeneratedSite.is_published, GeneratedSite.published_version, GeneratedSite.slug).where(
            GeneratedSite.id == site.id
        )
    ).one()
    assert tuple(row) == (False, None, "cafe-ole")


def test_the_log_is_limited_by_the_setting(app, user, site):
    app.config["PUBLISH_LOG_LENGTH"] = 2
    for number in (1, 2, 3, 1):
        publishing.publish(user, site.id, number)
    assert [e.version_number for e in publishing.get_publish_log(user, site.id)] == [1, 3]
