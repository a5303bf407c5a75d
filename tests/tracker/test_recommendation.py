"""A recommendation's own page (those without advice, such as a UPR list's)."""

from opvolging.extract import extract_text
from opvolging.tracker.models import Recommendation
from opvolging.tracker.services.ingest import ingest
from tests.tracker.test_recommendations import THEMATIC, UPR


def test_a_upr_recommendation_has_its_own_page_with_its_subjects_and_their_reasons(client, db):
    doc = ingest(extract_text(UPR, path="upr.txt")).document
    rec = Recommendation.objects.get(document=doc, label="121.37")
    assert rec.get_absolute_url() == f"/recommendations/{rec.pk}/"
    html = client.get(rec.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "violence against women" in html and "Maldives" in html
    assert "SDG 5: Gender equality" in html and "predicted by the model" in html and "score" in html


def test_printed_subjects_say_so(client, db):
    doc = ingest(extract_text(THEMATIC, path="thematic.txt")).document
    rec = Recommendation.objects.get(document=doc, label="121.1")
    html = client.get(rec.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "Aanvaarding van internationale normen" in html and "gedrukt in het document" in html


def test_a_letters_recommendation_is_read_beside_its_answer(letter):
    rec = Recommendation.objects.get(document=letter, label="1")
    assert rec.get_absolute_url().startswith(f"/advice/{rec.advice_id}/")


def test_a_private_recommendation_is_not_shown_to_a_visitor(client, private_letter):
    rec = Recommendation.objects.get(document=private_letter)
    assert client.get(f"/recommendations/{rec.pk}/").status_code == 404
