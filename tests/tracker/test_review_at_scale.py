"""Review at scale: a UN list of 254 recommendations is confirmed in one go, by the page or by the whole filtered
set, each confirmation in the history; the lists filter by review state."""

from __future__ import annotations

import pytest

from opvolging.registers import un
from opvolging.tracker.models import Commitment, Recommendation
from opvolging.tracker.services.ingest import ingest
from tests.registers.test_un import UPR_INFO_COLUMNS, csv_bytes


@pytest.fixture
def upr_list(db):
    rows = [[f"Strengthen measure number {i} to protect human rights defenders", "Chile", "Netherlands", "41", "4",
             "Supported", "", "Human rights defenders"] for i in range(254)]
    (ex,) = un.read(csv_bytes(UPR_INFO_COLUMNS, rows), "upr-info.csv")
    return ingest(ex).document


def test_the_whole_filtered_set_is_confirmed_in_one_go(client, editor, upr_list):
    client.force_login(editor)
    page = client.get("/recommendations/?review=suggested").content.decode()
    assert "alle 254 rijen die dit filter vindt" in page  # Dutch, the default
    r = client.post("/recommendations/review/", {"action": "confirm", "scope": "filtered",
                                                 "query": "review=suggested", "next": "/recommendations/"})
    assert r.status_code == 302
    assert Recommendation.objects.filter(document=upr_list, review_state="confirmed").count() == 254
    rec = Recommendation.objects.filter(document=upr_list).first()
    assert rec.history.first().history_user == editor


def test_all_on_the_page_and_only_those(client, editor, upr_list):
    client.force_login(editor)
    ids = list(Recommendation.objects.filter(document=upr_list).order_by("position")
               .values_list("pk", flat=True)[:50])
    client.post("/recommendations/review/", {"action": "reject", "scope": "page", "page_ids": ids,
                                             "ids": ids[:1]})
    assert Recommendation.objects.filter(review_state="rejected").count() == 50
    assert client.get("/recommendations/?review=rejected").content.decode().count('name="ids"') == 50


def test_a_filter_for_the_whole_set_never_reaches_beyond_what_the_user_sees(client, editor, upr_list, letter):
    client.force_login(editor)
    client.post("/commitments/review/", {"action": "reject", "scope": "filtered",
                                         "query": "review=suggested&ministry=Nergens"})
    assert not Commitment.objects.filter(review_state="rejected").exists()
    n = Commitment.objects.filter(review_state="suggested").count()
    client.post("/commitments/review/", {"action": "confirm", "scope": "filtered", "query": "review=suggested"})
    assert Commitment.objects.filter(review_state="confirmed").count() == n > 0


def test_a_subject_is_removed_from_every_recommendation_the_filter_finds(client, editor, upr_list):
    """Tags at scale: the recommendations with a subject found one way are filtered, and that subject taken off
    all of them in one request (each a correction in its history, kept by later extractions)."""
    client.force_login(editor)
    theme = "Human rights defenders"  # as the list prints it
    tagged = Recommendation.objects.filter(document=upr_list, tags__kind="theme", tags__value=theme)
    assert tagged.count() == 254
    query = f"theme={theme}&source=printed"
    assert "alle 254 rijen die dit filter vindt" in client.get(f"/recommendations/?{query}").content.decode()
    assert not client.get(f"/recommendations/?theme={theme}&source=model").content.decode().count('name="ids"')
    client.post("/recommendations/review/", {"action": "remove_subject", "subject": f"theme:{theme}",
                                             "scope": "filtered", "query": query})
    assert not tagged.exists()
    rec = Recommendation.objects.filter(document=upr_list).first()
    assert theme not in rec.themes and "themes" in rec.corrected_fields
    assert rec.history.first().history_user == editor


def test_subjects_are_confirmed_and_added_by_the_page(client, editor, upr_list):
    client.force_login(editor)
    ids = list(Recommendation.objects.filter(document=upr_list).order_by("position").values_list("pk", flat=True))
    client.post("/recommendations/review/", {"action": "confirm_subjects", "scope": "page", "page_ids": ids[:50]})
    assert Recommendation.objects.filter(corrected_fields__has_key="sdgs").count() == 50
    assert client.get("/recommendations/?subjects=unchecked").content.decode().count('name="ids"') == 50  # a page
    assert "alle 204 rijen" in client.get("/recommendations/?subjects=unchecked").content.decode()
    client.post("/recommendations/review/", {"action": "add_subject", "subject": "sdg:16", "scope": "page",
                                             "page_ids": ids[:3]})
    assert Recommendation.objects.filter(tags__kind="sdg", tags__value="16", tags__source="person").count() == 3
    r = client.post("/recommendations/review/", {"action": "add_subject", "subject": "sdg:99", "scope": "page",
                                                 "page_ids": ids[:3]}, follow=True)
    assert "Kies een onderwerp uit de lijst." in r.content.decode()
