"""The home page: a welcome for visitors, the user's own work once signed in."""

import html
import re

import builders
import pytest

from webapp.services.conversations import create_conversation, update_conversation_title
from webapp.services.publishing import publish

PAGE = {"index.html": "<!doctype html><title>Hi</title><h1>Hi</h1>"}


def home_page(client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def listed_titles(page: str) -> list[str]:
    return [html.unescape(title) for title in re.findall(r'<a class="item-title"[^>]*>([^<]*)</a>', page)]


def test_anonymous_visitor_sees_the_welcome_page_with_sign_up_and_log_in_links(client):
    page = home_page(client)
    assert "Build a website by describing it." in page
    assert 'href="/signup"' in page
    assert 'href="/login"' in page
    assert "Your work" not in page


def test_sees_empty_states_when_there_is_no_work_yet(client, user, auth):
    auth.login()
    page = home_page(client)
    assert "Your work" in page
    assert "No conversations yet" in page
    assert "No sites yet" in page
    assert listed_titles(page) == []


def test_sees_their_conversations_and_sites(client, user, auth):
    conversation = create_conversation(user, "Bakery landing page")
    create_conversation(user, "Wedding invitation")
    builders.site(user, PAGE, conversation_id=conversation.id, title="Sourdough & Co.")
    auth.login()
    page = home_page(client)
    assert "Bakery landing page" in page
    assert "Wedding invitation" in page
    assert "Sourdough &amp; Co." in page
    assert "Version 1" in page
    assert "No conversations yet" not in page
    assert "No sites yet" not in page


def test_newest_work_comes_first(client, user, auth):
    older = create_conversation(user, "Older conversation")
    create_conversation(user, "Newer conversation")
    update_conversation_title(user, older.id, "Renamed just now")
    auth.login()
    assert listed_titles(home_page(client)) == ["Renamed just now", "Newer conversation"]


def test_sees_a_badge_on_published_sites(client, user, auth):
    site = builders.site(user, PAGE, title="Portfolio")
    publish(user, site.id)
    builders.site(user, PAGE, title="Draft")
    auth.login()
    page = home_page(client)
    assert page.count("Published</span>") == 1


def test_never_sees_another_users_conversations_or_sites(client, user, other_user, auth):
    create_conversation(other_user, "Grace's private chat")
    builders.site(other_user, PAGE, title="Grace's private site")
    create_conversation(user, "Ada's chat")
    auth.login()
    page = home_page(client)
    assert "Grace" not in page
    assert listed_titles(page) == ["Ada's chat"]
    assert "No sites yet" in page


def test_titles_are_shown_as_text_not_markup(client, user, auth):
    create_conversation(user, "<script>alert(1)</script>")
    auth.login()
    page = home_page(client)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.fixture
def home_lists_two(app_config):
    app_config["HOME_LIST_LIMIT"] = 2


@pytest.mark.usefixtures("home_lists_two")
def test_a_cut_short_list_says_so_in_its_count(client, user, auth):
    for n in range(3):
        create_conversation(user, f"Conversation {n}")
    builders.site(user, PAGE, title="Only site")
    auth.login()
    page = home_page(client)
    assert len(listed_titles(page)) == 3
    assert '<span class="count">2+</span>' in page
    assert '<span class="count">1</span>' in page
    assert page.count("Showing the 2 most recent.") == 1


@pytest.mark.usefixtures("home_lists_two")
def test_a_full_list_has_a_plain_count(client, user, auth):
    for n in range(2):
        create_conversation(user, f"Conversation {n}")
    auth.login()
    page = home_page(client)
    assert '<span class="count">2</span>' in page
    assert "most recent" not in page


def test_home_links_each_conversation_to_the_builder_and_each_site_to_its_page(client, auth, user):
    conversation = create_conversation(user, "Linked chat")
    site = builders.site(
        user, {"index.html": "<h1>x</h1>"}, conversation_id=conversation.id, title="Linked site"
    )
    auth.login()
    page = home_page(client)
    assert page.count(f'href="/builder/c/{conversation.id}"') == 1
    assert page.count(f'href="/sites/{site.id}"') == 1
    assert 'href="/sites/"' in page
    assert 'href="/builder/"' in page


STARTING_POINTS = ["A bakery", "A portfolio", "An event", "A product launch", "A clinic"]


def test_the_welcome_page_shows_a_real_generated_site_in_a_sandboxed_frame(client):
    page = home_page(client)
    frame = re.search(r'<iframe class="example-frame" src="([^"]+)"[^>]*sandbox="allow-scripts"', page)
    assert frame, "the example is shown in a sandboxed frame (scripts, but no same origin)"
    site = client.get(frame.group(1))
    assert site.status_code == 200 and site.mimetype == "text/html"
    assert "sandbox allow-scripts" in site.headers["Content-Security-Policy"]
    assert "Sweet Crumbs" in site.get_data(as_text=True)
    styles = client.get(frame.group(1) + "styles.css")
    assert styles.status_code == 200 and styles.mimetype == "text/css"
    missing = client.get(frame.group(1) + "nothing.html")
    assert missing.status_code == 404 and "sandbox" in missing.headers["Content-Security-Policy"]


def test_the_example_site_is_made_here_not_fetched_and_writes_nothing(client, writes):
    writes.clear()
    assert client.get("/example/").status_code == 200
    assert writes == []


def test_an_empty_home_page_offers_starting_points_that_open_the_builder_with_a_prompt(client, user, auth):
    auth.login()
    page = home_page(client)
    names = re.findall(r'<span class="starting-point-name">([^<]+)</span>', page)
    assert names == STARTING_POINTS
    link = html.unescape(re.search(r'<a class="starting-point" href="([^"]+)"', page).group(1))
    builder = client.get(link).get_data(as_text=True)
    composer = re.search(r'<textarea id="message"[^>]*>([^<]*)</textarea>', builder).group(1)
    assert composer.startswith("A landing page for my bakery called Sweet Crumbs")


def test_a_home_page_with_work_still_offers_the_starting_points(client, user, auth):
    create_conversation(user, "Bakery chat")
    auth.login()
    page = home_page(client)
    assert "Bakery chat" in page
    assert re.findall(r'<span class="starting-point-name">([^<]+)</span>', page) == STARTING_POINTS
