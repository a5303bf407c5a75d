"""Evidence suggestions in the tracker: made when a later document is ingested, listed on the commitment's page,
the document's page and the review queue; accepted (evidence recorded, status changed with its history) or
rejected (never suggested again)."""

from __future__ import annotations

import pytest

from opvolging.extract import extract_text
from opvolging.tracker.models import Commitment, EvidenceSuggestion
from opvolging.tracker.services.ingest import ingest

TITLE = "Mensenrechten, Democratie en Internationale Rechtsorde"
POLICY_LETTER = (
    "Tweede Kamer der Staten-Generaal, vergaderjaar 2022–2023, 32 735, nr. 370\n\n"
    "Brief van de minister van Buitenlandse Zaken\n\n"
    f"Hierbij bied ik u de beleidsbrief «{TITLE}» aan. Met deze brief geef ik invulling aan de toezegging in de "
    "kabinetsreactie op het AIV-advies «Mensenrechten: Kernbelang in een geopolitiek krachtenveld».\n\n"
    "De minister van Buitenlandse Zaken,\nW.B. Hoekstra\n")


@pytest.fixture
def later(letter):
    """The founding letter's policy letter, ingested after it: its Document."""
    return ingest(extract_text(POLICY_LETTER, path="kst-32735-370.txt")).document


def _promise(letter) -> Commitment:
    return Commitment.objects.get(document=letter, action__startswith="Deze bieden goede aanknopingspunten")


def test_ingesting_a_later_letter_suggests_it_as_evidence(letter, later):
    s = EvidenceSuggestion.objects.get(commitment=_promise(letter), document=later)
    assert s.status == "fulfilled" and s.state == "suggested"
    assert f"is the document it promised: «{TITLE}»" in s.reasons
    assert "invulling aan de toezegging" in " ".join(s.reasons)


def test_an_unrelated_letter_suggests_nothing(letter):
    text = ("Tweede Kamer der Staten-Generaal, vergaderjaar 2022–2023, 29 383, nr. 400\n\n"
            "Hierbij informeer ik uw Kamer over de voortgang van de aanleg van dijken in het rivierengebied.")
    doc = ingest(extract_text(text, path="kst-29383-400.txt")).document
    assert not EvidenceSuggestion.objects.filter(document=doc).exists()


def test_suggestions_are_listed_for_those_signed_in(client, letter, later, viewer):
    promise = _promise(letter)
    assert 'id="suggestions"' not in client.get(promise.get_absolute_url()).content.decode()  # not for visitors
    client.force_login(viewer)
    assert 'id="suggestions"' in client.get(promise.get_absolute_url()).content.decode()
    assert 'id="evidence-for"' in client.get(later.get_absolute_url()).content.decode()
    queue = client.get("/suggestions/").content.decode()
    assert "Deze bieden goede aanknopingspunten" in queue and "Accept" not in queue  # a viewer cannot decide


def test_accepting_records_the_evidence_and_changes_the_status(client, letter, later, editor):
    promise = _promise(letter)
    s = EvidenceSuggestion.objects.get(commitment=promise, document=later)
    client.force_login(editor)
    r = client.post("/suggestions/decide/", {"ids": [s.pk], "action": "accept", "status": "fulfilled"})
    assert r.status_code == 302
    promise.refresh_from_db()
    s.refresh_from_db()
    assert promise.status == "fulfilled" and s.state == "accepted" and s.decided_by == editor
    assert promise.evidence.get().document == later
    change = promise.changes.get(field="status")
    assert (change.old, change.new, change.user) == ("open", "fulfilled", editor) and "kst-32735-370" in change.note


def test_a_rejected_pair_is_never_suggested_again(client, letter, later, editor):
    promise = _promise(letter)
    s = EvidenceSuggestion.objects.get(commitment=promise, document=later)
    client.force_login(editor)
    client.post("/suggestions/decide/", {"ids": [s.pk], "action": "reject"})
    from opvolging.tracker.services.followup import suggest_evidence

    assert suggest_evidence(later) == []
    assert EvidenceSuggestion.objects.get(pk=s.pk).state == "rejected"
    promise.refresh_from_db()
    assert promise.status == "open" and not promise.evidence.exists()


def test_a_waiting_promise_falls_due_when_the_one_it_waits_for_is_fulfilled(letter, editor):
    from datetime import timedelta

    from django.utils import timezone

    course = Commitment.objects.get(document=letter, action__contains="mensenrechtencursus")
    policy = course.after
    assert policy is not None and course.due is None
    policy.set_status("fulfilled", editor, "De beleidsbrief is verstuurd")
    course.refresh_from_db()
    today = timezone.localdate()
    assert today + timedelta(days=89) <= course.due <= today + timedelta(days=92)  # the default: three months
    change = course.changes.get(field="due")
    assert change.old == "" and change.new == course.due.isoformat() and "3" in change.note
    assert "due" in course.corrected_fields  # reading the letter again keeps it


def test_an_evidence_file_is_served_to_who_may_see_it(client, letter, private_letter, editor, viewer, settings,
                                                      tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    public = Commitment.objects.filter(document=letter).first()
    hidden = Commitment.objects.filter(document=private_letter).first()
    for c in (public, hidden):
        c.set_status("in_progress", editor, "Bewijs", evidence_file=SimpleUploadedFile("verslag.txt", b"Verslag"))
    public_file, hidden_file = public.evidence.get(), hidden.evidence.get()
    r = client.get(f"/evidence/{public_file.pk}/file/")
    assert r.status_code == 200 and b"".join(r.streaming_content) == b"Verslag"
    assert "attachment" in r["Content-Disposition"]
    assert client.get(f"/evidence/{hidden_file.pk}/file/").status_code == 404
    client.force_login(viewer)
    assert client.get(f"/evidence/{hidden_file.pk}/file/").status_code == 200
    page = client.get(public.get_absolute_url()).content.decode()
    assert f"/evidence/{public_file.pk}/file/" in page
