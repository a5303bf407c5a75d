from opvolging.extract import extract_path, extract_text
from opvolging.tracker.models import Commitment, Document, Recommendation
from opvolging.tracker.services.ingest import ingest, ministry_of
from tests.conftest import SAMPLE


def test_founding_letter_is_stored(letter):
    assert letter.identifier == "kst-32735-354" and letter.ministry == "Buitenlandse Zaken"
    assert letter.advice.council.abbreviation == "AIV" and letter.advice.number == "122"
    assert letter.recommendations.count() == 10
    r2, r3 = letter.recommendations.get(label="2"), letter.recommendations.get(label="3")
    assert r2.response == r3.response
    policy = Commitment.objects.get(document=letter, due="2022-12-31")
    assert policy.mentions.count() == 3
    course = Commitment.objects.get(document=letter, action__contains="mensenrechtencursus")
    assert course.after == policy and course.recommendations.get().label == "10"


def test_same_document_twice_changes_nothing(letter):
    before = (Document.objects.count(), Recommendation.objects.count(), Commitment.objects.count())
    result = ingest(extract_path(SAMPLE))
    assert not result.created and not result.changed
    assert (Document.objects.count(), Recommendation.objects.count(), Commitment.objects.count()) == before


def test_new_version_keeps_what_a_person_corrected(db, editor):
    v1 = ("Tweede Kamer, vergaderjaar 2023–2024, 36 500, nr. 3 1\n\nAanbeveling 1: Publiceer de cijfers.\n\n"
          "Het kabinet neemt kennis van deze aanbeveling.")
    doc = ingest(extract_text(v1)).document
    rec = doc.recommendations.get(label="1")
    assert rec.stance == "noted"
    rec.correct(editor, stance="adopted")
    v2 = v1.replace("Publiceer de cijfers.", "Publiceer de cijfers jaarlijks.")
    result = ingest(extract_text(v2))
    assert result.document.pk == doc.pk and result.changed
    rec.refresh_from_db()
    assert rec.text == "Publiceer de cijfers jaarlijks."  # machine field updated
    assert rec.stance == "adopted" and rec.corrected_fields["stance"]["by"] == "redacteur"  # human edit kept


def test_ministry_of():
    assert ministry_of("Minister van Buitenlandse Zaken") == "Buitenlandse Zaken"
    assert ministry_of("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties") == (
        "Binnenlandse Zaken en Koninkrijksrelaties")
    assert ministry_of("kabinet") == ""
