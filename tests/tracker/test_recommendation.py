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


def test_an_editor_corrects_the_subjects_and_a_new_version_keeps_them(client, db, editor):
    from opvolging.tracker.models import Tag

    doc = ingest(extract_text(UPR, path="upr.txt")).document
    rec = Recommendation.objects.get(document=doc, label="121.37")
    assert 5 in rec.sdgs
    client.force_login(editor)
    assert 'id="correct-subjects"' in client.get(rec.get_absolute_url()).content.decode()
    r = client.post(f"/recommendations/{rec.pk}/subjects/", {
        "theme": ["Violence against women", "Domestic violence"], "sdg": ["5"], "person": ["Women"]})
    assert r.status_code == 302
    rec.refresh_from_db()
    assert rec.sdgs == [5] and set(rec.themes) == {"Violence against women", "Domestic violence"}
    assert "sdgs" in rec.corrected_fields
    kept = rec.tags.get(kind="sdg", value="5")
    assert kept.source == "model" and kept.score  # found by the machine: its reasons stay
    ingest(extract_text(UPR, path="upr.txt"))  # the same document read again
    rec.refresh_from_db()
    assert rec.sdgs == [5] and rec.affected_persons == ["Women"]
    assert set(Tag.objects.filter(recommendation=rec).values_list("kind", flat=True)) == {"theme", "sdg", "person"}


def test_only_editors_correct_subjects(client, db, viewer):
    doc = ingest(extract_text(UPR, path="upr.txt")).document
    rec = Recommendation.objects.get(document=doc, label="121.37")
    assert client.post(f"/recommendations/{rec.pk}/subjects/", {"sdg": ["1"]}).status_code == 302  # to login
    client.force_login(viewer)
    assert client.post(f"/recommendations/{rec.pk}/subjects/", {"sdg": ["1"]}).status_code in (302, 403)
    rec.refresh_from_db()
    assert rec.sdgs != [1] and "id=\"correct-subjects\"" not in client.get(rec.get_absolute_url()).content.decode()


def test_a_subject_outside_the_lists_is_refused(client, db, editor):
    doc = ingest(extract_text(UPR, path="upr.txt")).document
    rec = Recommendation.objects.get(document=doc, label="121.37")
    client.force_login(editor)
    client.post(f"/recommendations/{rec.pk}/subjects/", {"sdg": ["99"]})
    rec.refresh_from_db()
    assert 99 not in rec.sdgs and "sdgs" not in rec.corrected_fields
