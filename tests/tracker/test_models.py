from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from opvolging.tracker.models import Commitment, Recommendation, StatusChange


def test_overdue_is_derived_not_stored(letter):
    c = Commitment.objects.filter(document=letter, due__isnull=False).first()
    c.due = timezone.localdate() - timedelta(days=1)
    c.save()
    assert c.is_overdue and c.get_status() == "overdue" and c.status == "open"
    c.status = "fulfilled"
    assert not c.is_overdue and c.get_status() == "fulfilled"


def test_status_change_is_kept_with_who_when_why(letter, editor):
    c = Commitment.objects.filter(document=letter).first()
    change = c.set_status("in_progress", editor, "Cursus in voorbereiding", "https://example.org/cursus")
    assert (change.old, change.new, change.user, change.note) == ("open", "in_progress", editor,
                                                                   "Cursus in voorbereiding")
    assert c.evidence.get().url == "https://example.org/cursus"
    with pytest.raises(ValidationError):
        c.set_status("in_progress", editor, "again")
    with pytest.raises(ValidationError):
        c.set_status("overdue", editor, "overdue is derived, never stored")


def test_moving_a_due_date_needs_a_reason(letter, editor):
    c = Commitment.objects.filter(document=letter, due__isnull=False).first()
    with pytest.raises(ValidationError):
        c.move_due(c.due + timedelta(days=90), editor, "  ")
    c.move_due(c.due + timedelta(days=90), editor, "De Kamer stemde in met uitstel")
    ch = StatusChange.objects.get(commitment=c, field="due")
    assert ch.note == "De Kamer stemde in met uitstel" and "due" in c.corrected_fields


def test_every_change_is_in_the_audit_trail(letter, editor):
    from opvolging.tracker.models import Recommendation

    rec = Recommendation.objects.filter(document=letter).first()
    rec.correct(editor, stance="rejected")
    assert rec.history.count() >= 2 and rec.history.first().stance == "rejected"
    resp = letter.responses.first()
    resp.correct(editor, text="Gecorrigeerd antwoord.")
    assert resp.history.first().text == "Gecorrigeerd antwoord."


def test_a_un_recommendations_identity_is_its_number_and_its_words(letter):
    """`un_key`: the same number and words, punctuation and case aside, are one UN recommendation; another number,
    other words, or a label that is no UN number are not (issue 17.1, found by an index at scale, issue 16)."""
    key = Recommendation.un_key_of
    assert key("122.14", "Adopt the non-refoulement law (Chile);") == key("122.14", "adopt the non refoulement law "
                                                                                    "(Chile)")
    assert key("122.14", "Adopt the law (Chile)") != key("122.15", "Adopt the law (Chile)")
    assert key("122.14", "Adopt the law (Chile)") != key("122.14", "Adopt the law (Peru)")
    assert key("1", "Adopt the law") == "" and key("3.1", "Inleiding") != ""
    rec = Recommendation.objects.filter(document=letter).first()
    assert rec.un_key == ""  # the letter numbers its recommendations 1, 2, …
    rec.label, rec.text = "121.1", "Ratify the Convention (France)"
    rec.save(update_fields=["label", "text"])
    rec.refresh_from_db()
    assert rec.un_key == key("121.1", "Ratify the Convention (France)")


def test_records_by_id_as_in_bulk_the_ids_sent_as_one_array_on_postgresql(letter):
    recs = list(Recommendation.objects.filter(document=letter).order_by("position"))
    wanted = [recs[2].pk, recs[0].pk, 10**9]  # in any order, one that does not exist
    assert Recommendation.objects.by_id(wanted) == Recommendation.objects.in_bulk(wanted)
    assert set(Recommendation.objects.by_id(wanted)) == {recs[0].pk, recs[2].pk}
    assert Recommendation.objects.by_id([]) == {}
    assert list(Recommendation.objects.among(iter([recs[1].pk]))) == [recs[1]]  # a generator of ids too
    # a filter before it holds: among the public ones only
    Recommendation.objects.filter(pk=recs[0].pk).update(is_public=False)
    assert set(Recommendation.objects.filter(is_public=True).by_id(wanted)) == {recs[2].pk}
