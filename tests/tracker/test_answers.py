"""The answers page (issue 17.5): every answer read, filtered by review state and document; an editor confirms or
rejects the rows ticked, the page, or every answer the filter finds, each change in the answer's history."""

from __future__ import annotations

import pytest

from opvolging.tracker.models import Response


def test_a_visitor_is_sent_to_sign_in(client, letter):
    r = client.get("/answers/")
    assert r.status_code == 302 and "/login/" in r["Location"]


def test_a_viewer_reads_the_answers_but_reviews_nothing(client, viewer, letter):
    client.force_login(viewer)
    page = client.get("/answers/").content.decode()
    n = Response.objects.filter(document=letter).count()
    assert n >= 5 and page.count('<tr class="utrecht-table__row" id="answer-') == n
    assert 'id="bulk"' not in page and 'name="ids"' not in page
    assert client.post("/answers/review/", {"action": "confirm", "scope": "filtered", "query": ""}).status_code == 302
    assert not Response.objects.filter(review_state="confirmed").exists()


def test_every_answer_the_filter_finds_is_confirmed_in_one_go(client, editor, letter):
    client.force_login(editor)
    page = client.get("/answers/?review=suggested").content.decode()
    n = Response.objects.filter(document=letter, review_state="suggested").count()
    assert f"alle {n} rijen die dit filter vindt" in page  # Dutch, the default
    r = client.post("/answers/review/", {"action": "confirm", "scope": "filtered", "query": "review=suggested",
                                         "next": "/answers/?review=suggested"})
    assert r.status_code == 302 and r["Location"] == "/answers/?review=suggested"
    assert Response.objects.filter(review_state="confirmed").count() == n
    assert Response.objects.filter(document=letter).first().history.first().history_user == editor
    assert "Geen antwoorden gevonden met dit filter." in client.get("/answers/?review=suggested").content.decode()


def test_the_rows_ticked_and_only_those(client, editor, letter):
    client.force_login(editor)
    first, second, *rest = Response.objects.filter(document=letter).order_by("span_start")
    client.post("/answers/review/", {"action": "reject", "ids": [first.pk, second.pk],
                                     "page_ids": [x.pk for x in rest]})
    assert set(Response.objects.filter(review_state="rejected")) == {first, second}
    page = client.get("/answers/?review=rejected").content.decode()
    assert page.count('name="ids"') == 2


def test_a_filter_never_reaches_beyond_its_document(client, editor, letter):
    client.force_login(editor)
    client.post("/answers/review/", {"action": "confirm", "scope": "filtered", "query": "document=kst-1-1"})
    assert not Response.objects.filter(review_state="confirmed").exists()
    client.post("/answers/review/", {"action": "confirm", "scope": "filtered",
                                     "query": f"document={letter.identifier}"})
    assert not Response.objects.exclude(review_state="confirmed").exists()


@pytest.mark.parametrize("action", ["", "delete"])
def test_no_action_is_said_and_changes_nothing(client, editor, letter, action):
    client.force_login(editor)
    r = client.post("/answers/review/", {"action": action, "scope": "filtered", "query": ""}, follow=True)
    assert "Niets te doen" in r.content.decode()
    assert not Response.objects.exclude(review_state="suggested").exists()
