"""Labels and notes on versions ("Sent to client"): set in place, never a new version."""

import re
import uuid

import builders
import pytest

from webapp.services import sites, trash, version_labels, versions
from webapp.services.validation import InvalidInput

HX = {"HX-Request": "true"}


def text(response) -> str:
    return response.get_data(as_text=True)


def version_numbers(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<li class="version-row" id="version-(\d+)"', html)]


@pytest.fixture
def bakery(user):
    """A site of three versions."""
    site = builders.site(user, {"index.html": "<h1>1</h1>"}, title="Bakery")
    builders.version(user, site.id, {"index.html": "<h1>2</h1>"}, "Two")
    builders.version(user, site.id, {"index.html": "<h1>3</h1>"}, "Three")
    return sites.get_site(user, site.id)


def annotation(user, site_id, number: int) -> tuple:
    row = versions.get_version_record(user, site_id, number)
    return row.label, row.note


def test_a_label_is_set_changed_and_cleared_without_a_new_version(user, bakery):
    version_labels.set_version_label(
        user, bakery.id, 2, label="  Sent to client ", note="First draft\r\nfor Ann"
    )
    assert annotation(user, bakery.id, 2) == ("Sent to client", "First draft\nfor Ann")
    version_labels.set_version_label(user, bakery.id, 2, label="Approved", note="")
    assert annotation(user, bakery.id, 2) == ("Approved", None)
    version_labels.set_version_label(user, bakery.id, 2, label=" ", note="")
    assert annotation(user, bakery.id, 2) == (None, None)
    site = sites.get_site(user, bakery.id)
    assert site.last_version_number == 3 and versions.get_site_versions(user, bakery.id).total == 3


def test_labelling_in_place_answers_the_annotation_and_shows_in_the_history(signed_in, user, bakery):
    response = signed_in.post(
        f"/sites/{bakery.id}/versions/2/label",
        data={"label": "Sent to client", "note": "v2 for Ann"},
        headers=HX,
    )
    assert response.status_code == 200 and "HX-Request" in response.headers["Vary"]
    fragment = text(response)
    assert fragment.lstrip().startswith('<div class="version-annotation" id="version-annotation-2">')
    assert '<span class="badge badge-label" title="Label">Sent to client</span>' in fragment
    assert "<html" not in fragment
    history = text(signed_in.get(f"/sites/{bakery.id}/versions"))
    assert "Sent to client" in history and "v2 for Ann" in history
    assert "Sent to client" in text(signed_in.get(f"/sites/{bakery.id}/versions/2"))
    assert "Sent to client" in text(signed_in.get(f"/sites/{bakery.id}"))


@pytest.mark.parametrize(("view", "target"), [("row", "/versions#version-2"), ("page", "/versions/2")])
def test_labelling_without_javascript_redirects_back_with_a_message(signed_in, user, bakery, view, target):
    response = signed_in.post(f"/sites/{bakery.id}/versions/2/label", data={"label": "Final", "view": view})
    assert response.status_code == 303
    assert response.headers["Location"] == f"/sites/{bakery.id}{target}"
    assert "Saved the label of version 2." in text(signed_in.get(response.headers["Location"]))
    assert annotation(user, bakery.id, 2) == ("Final", None)


BAD = [
    ({"label": "x" * 61}, "at most 60 characters"),
    ({"label": "Sent\nto client"}, "control character"),
    ({"label": "Sent\tto client"}, "control character"),
    ({"label": "Sent\x00"}, "control character"),
    ({"label": "abc\u202edcba"}, "control character"),
    ({"label": "Fine", "note": "n" * 2001}, "at most 2,000 characters"),
    ({"label": "Fine", "note": "bell\x07"}, "control character"),
]


@pytest.mark.parametrize(("data", "message"), BAD)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_is_saved(
    signed_in, user, bakery, data, message
):
    version_labels.set_version_label(user, bakery.id, 2, label="Before", note="Kept")
    response = signed_in.post(f"/sites/{bakery.id}/versions/2/label", data=data, headers=HX)
    assert response.status_code == 400
    body = text(response)
    assert message in body and "Nothing was saved." in body and 'aria-invalid="true"' in body
    without_js = signed_in.post(f"/sites/{bakery.id}/versions/2/label", data=data)
    assert without_js.status_code == 303
    assert message in text(signed_in.get(without_js.headers["Location"]))
    assert annotation(user, bakery.id, 2) == ("Before", "Kept")
    with pytest.raises(InvalidInput):
        version_labels.set_version_label(
            user, bakery.id, 2, label=data.get("label"), note=data.get("note", "")
        )


def test_a_label_of_60_characters_and_a_note_of_2000_are_kept(user, bakery):
    version_labels.set_version_label(user, bakery.id, 1, label="é" * 60, note="n\n" * 1000)
    label, note = annotation(user, bakery.id, 1)
    assert label == "é" * 60 and len(note) == 1999


def test_the_history_filters_labelled_versions_only(signed_in, user, bakery):
    version_labels.set_version_label(user, bakery.id, 1, label="Launch", note="")
    version_labels.set_version_label(user, bakery.id, 3, label="", note="Only a note")
    html = text(signed_in.get(f"/sites/{bakery.id}/versions?labelled=1"))
    assert version_numbers(html) == [1] and "1 labelled version, newest first" in html
    assert 'name="labelled" value="1" checked' in html
    assert version_numbers(text(signed_in.get(f"/sites/{bakery.id}/versions"))) == [3, 2, 1]
    assert versions.get_site_versions(user, bakery.id, labelled=True).total == 1


def test_the_labelled_filter_keeps_to_its_pages(app, signed_in, user, bakery):
    app.config["VERSIONS_PER_PAGE"] = 1
    for number in (1, 2):
        version_labels.set_version_label(user, bakery.id, number, label=f"L{number}", note="")
    first = text(signed_in.get(f"/sites/{bakery.id}/versions?labelled=1"))
    assert version_numbers(first) == [2]
    assert f'hx-get="/sites/{bakery.id}/versions?page=2&amp;labelled=1"' in first
    more = text(signed_in.get(f"/sites/{bakery.id}/versions?page=2&labelled=1", headers=HX))
    assert version_numbers(more) == [1] and "Load more" not in more


def test_labels_show_in_a_files_history(signed_in, user, bakery):
    version_labels.set_version_label(user, bakery.id, 2, label="Sent to client", note="")
    html = text(signed_in.get(f"/sites/{bakery.id}/files/index.html/history"))
    assert '<span class="badge badge-label" title="Label">Sent to client</span>' in html


# Missing, foreign, trashed: 404 and nothing written ------------------------------------------------------


@pytest.fixture
def foreign_site(other_user):
    return builders.site(other_user, {"index.html": "<h1>Theirs</h1>"}).id


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize("data", [{"label": "Mine"}, {"label": "x" * 99}], ids=["good", "bad"])
def test_another_users_missing_or_malformed_site_answers_404(signed_in, other_user, foreign_site, data, htmx):
    for site_id in (foreign_site, uuid.uuid4(), "not-an-id"):
        response = signed_in.post(f"/sites/{site_id}/versions/1/label", data=data, headers=HX if htmx else {})
        assert response.status_code == 404, site_id
    assert annotation(other_user, foreign_site, 1) == (None, None)


@pytest.mark.parametrize("number", ["99", "0", "-1", "two", "2147483648"])
@pytest.mark.parametrize("data", [{"label": "Mine"}, {"label": "x" * 99}], ids=["good", "bad"])
def test_a_missing_version_answers_404(signed_in, bakery, number, data):
    assert signed_in.post(f"/sites/{bakery.id}/versions/{number}/label", data=data).status_code == 404


def test_a_trashed_site_answers_404(signed_in, user, bakery, writes):
    trash.move_to_trash(user, "site", bakery.id)
    writes.clear()
    assert signed_in.post(f"/sites/{bakery.id}/versions/1/label", data={"label": "Mine"}).status_code == 404
    assert [w for w in writes if not w.lstrip().upper().startswith("BEGIN")] == []


def test_labelling_needs_a_post(signed_in, bakery):
    assert signed_in.get(f"/sites/{bakery.id}/versions/1/label?label=x").status_code in (404, 405)


def test_the_pages_with_labels_write_nothing(signed_in, user, bakery, writes):
    version_labels.set_version_label(user, bakery.id, 2, label="Sent to client", note="A note")
    writes.clear()
    for url in (
        f"/sites/{bakery.id}",
        f"/sites/{bakery.id}/versions",
        f"/sites/{bakery.id}/versions?labelled=1",
        f"/sites/{bakery.id}/versions/2",
    ):
        for headers in ({}, HX):
            assert signed_in.get(url, headers=headers).status_code == 200, url
    assert writes == []
