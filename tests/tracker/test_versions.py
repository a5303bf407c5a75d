"""A new version of a letter: people's work stays on the promise it was done on (services.versions, ingest)."""

from datetime import timedelta

from django.utils import timezone

from opvolging.extract import extract_text
from opvolging.tracker.models import Commitment, Recommendation
from opvolging.tracker.services.ingest import ingest
from opvolging.tracker.services.versions import pair, similarity
from tests.conftest import SAMPLE

COURSE = "mensenrechtencursus"
# a promise added before all the others: every sentence moves, none changes
ADDED = "Het kabinet zal de Kamer voor de zomer informeren over de inzet van het Mensenrechtenfonds.\n\n"


def test_pairing_is_by_words_not_position():
    old = ["Het kabinet zal een beleidsbrief aan de Kamer sturen.", "Het ministerie zal een cursus vormgeven."]
    new = ["Het kabinet zal de Kamer informeren.", *old]
    pairs, gone = pair(old, new, lambda x: [x], lambda x: [x])
    assert pairs == {1: (0, 1.0), 2: (1, 1.0)} and gone == []
    assert similarity("Het ministerie zal een cursus vormgeven.",
                      "Het ministerie zal een nieuwe cursus vormgeven.") > 0.8


def test_status_history_and_evidence_stay_on_their_promise(db, editor):
    v1 = SAMPLE.read_text(encoding="utf-8")
    doc = ingest(extract_text(v1, "kst-32735-354.txt")).document
    course = Commitment.objects.get(document=doc, action__contains=COURSE)
    course.set_status("in_progress", editor, "Cursus in voorbereiding", "https://example.org/cursus")
    course.review(editor, "confirm")
    others = {c.pk: (c.action, c.status) for c in Commitment.objects.filter(document=doc).exclude(pk=course.pk)}

    result = ingest(extract_text(ADDED + v1, "kst-32735-354-v2.txt"))
    assert result.document.pk == doc.pk and result.changed
    course.refresh_from_db()
    assert COURSE in course.action and course.status == "in_progress" and course.review_state == "confirmed"
    assert [(ch.old, ch.new, ch.note) for ch in course.changes.all()] == [("open", "in_progress",
                                                                          "Cursus in voorbereiding")]
    assert course.evidence.get().url == "https://example.org/cursus"
    assert course.is_current and course.match_score is None
    for pk, (action, status) in others.items():  # every other promise keeps its words and its status
        c = Commitment.objects.get(pk=pk)
        assert (c.action, c.status, c.changes.count()) == (action, status, 0)
    added = Commitment.objects.get(document=doc, action__contains="Mensenrechtenfonds")
    assert added.status == "open" and added.changes.count() == 0 and added.pk not in others


def test_a_promise_the_new_version_drops_is_kept_and_marked(db, editor):
    v1 = SAMPLE.read_text(encoding="utf-8")
    doc = ingest(extract_text(v1, "kst-32735-354.txt")).document
    course = Commitment.objects.get(document=doc, action__contains=COURSE)
    course.set_status("in_progress", editor, "Cursus in voorbereiding")
    start = v1.index("Na de aanbieding van de")
    end = v1.index("De Minister van Buitenlandse Zaken")
    ingest(extract_text(v1[:start] + v1[end:], "kst-32735-354-v3.txt"))
    course.refresh_from_db()
    assert not course.is_current and course.status == "in_progress" and course.changes.count() == 1
    assert COURSE in course.action  # never given another promise's words
    assert course not in Commitment.objects.listed(editor)


def test_a_reworded_promise_is_matched_and_an_unsure_match_is_flagged(db, editor):
    v1 = SAMPLE.read_text(encoding="utf-8")
    doc = ingest(extract_text(v1, "kst-32735-354.txt")).document
    course = Commitment.objects.get(document=doc, action__contains=COURSE)
    course.review(editor, "confirm")
    v2 = v1.replace("eveneens een \nnieuwe mensenrechtencursus voor beleidsmedewerkers vormgeven",
                    "in 2023 een nieuwe \nmensenrechtencursus voor alle beleidsmedewerkers ontwikkelen")
    assert v2 != v1
    ingest(extract_text(v2, "kst-32735-354-v4.txt"))
    course.refresh_from_db()
    assert "alle beleidsmedewerkers" in course.action and course.review_state == "confirmed"
    assert course.match_score is not None and course.match_score < 1


def test_recommendations_keep_their_review_when_renumbered(db, editor):
    v1 = ("Tweede Kamer, vergaderjaar 2023–2024, 36 500, nr. 3 1\n\nAanbeveling 1: Publiceer de cijfers.\n\n"
          "Het kabinet neemt kennis van deze aanbeveling.\n\nAanbeveling 2: Maak een register van toezeggingen.\n\n"
          "Het kabinet neemt deze aanbeveling over.")
    doc = ingest(extract_text(v1)).document
    register = doc.recommendations.get(label="2")
    register.review(editor, "confirm")
    v2 = v1.replace("Aanbeveling 1: Publiceer de cijfers.\n\nHet kabinet neemt kennis van deze aanbeveling.\n\n", "")
    v2 = v2.replace("Aanbeveling 2", "Aanbeveling 1")
    ingest(extract_text(v2))
    register.refresh_from_db()
    assert register.label == "1" and register.review_state == "confirmed" and register.is_current
    figures = Recommendation.objects.get(document=doc, text="Publiceer de cijfers.")
    assert not figures.is_current  # gone, kept


def test_a_rejected_commitment_is_no_promise(db, editor, client):
    doc = ingest(extract_text(SAMPLE.read_text(encoding="utf-8"), "kst-32735-354.txt")).document
    c = Commitment.objects.filter(document=doc, due__isnull=False).first()
    c.due = timezone.localdate() - timedelta(days=3)
    c.save()
    assert c.is_overdue
    c.review(editor, "reject")
    assert not c.is_overdue and c not in Commitment.objects.listed(None)
    assert client.get(c.get_absolute_url()).status_code == 404  # not public
    assert c.action[:40] not in client.get("/commitments/?status=overdue").content.decode()


def test_bulk_review_writes_history_like_a_single_one(db, editor, client):
    doc = ingest(extract_text(SAMPLE.read_text(encoding="utf-8"), "kst-32735-354.txt")).document
    ids = list(Commitment.objects.filter(document=doc).values_list("pk", flat=True)[:3])
    client.force_login(editor)
    client.post("/commitments/review/", {"action": "confirm", "ids": ids})
    for pk in ids:
        last = Commitment.history.filter(id=pk).latest("history_date")
        assert last.review_state == "confirmed" and last.history_user == editor


def test_a_weak_reading_waits_for_review(db, editor, client):
    # the RIVM's own plan (the Kamerbrief "Emissies door de luchtvaart"): a possible promise, not a public one
    doc = ingest(extract_text("Daarnaast zal het RIVM in 2023 zorgdragen voor verschillende internationale "
                              "publicaties over het onderzoekprogramma.", "rivm.txt")).document
    c = Commitment.objects.get(document=doc)
    assert c.confidence < 0.5 and not c.is_promise and "agency" in c.reason
    assert c not in Commitment.objects.listed(None) and c in Commitment.objects.suggestions()
    assert client.get(c.get_absolute_url()).status_code == 404
    c.review(editor, "confirm")
    assert c in Commitment.objects.listed(None)


def test_a_promise_in_the_same_template_about_another_subject_never_takes_the_work(db, editor):
    # GENRE: a new version drops one promise and adds another said in the same template: 0.88 alike, more than a
    # promise reworded is to itself, but about another law; the work done on the first stays on it
    v1 = ("Tweede Kamer, vergaderjaar 2023–2024, 36 501, nr. 1\n\nVoor de zomer van 2025 stuur ik uw Kamer de "
          "evaluatie van de Jeugdwet.\n\nIn het najaar van 2025 informeer ik uw Kamer over de wachtlijsten.")
    doc = ingest(extract_text(v1, "brief.txt")).document
    youth = Commitment.objects.get(document=doc, action__contains="Jeugdwet")
    youth.set_status("fulfilled", editor, "Evaluatie verstuurd", "https://example.org/jeugdwet")
    v2 = v1.replace("de Jeugdwet", "de Participatiewet")
    ingest(extract_text(v2, "brief-v2.txt"))
    youth.refresh_from_db()
    assert "Jeugdwet" in youth.action and not youth.is_current and youth.status == "fulfilled"
    work = Commitment.objects.get(document=doc, action__contains="Participatiewet")
    assert work.pk != youth.pk and work.status == "open" and work.changes.count() == 0
    assert not work.evidence.exists()
    # re-dated, the same promise: paired, its work kept
    waiting = Commitment.objects.get(document=doc, action__contains="wachtlijsten")
    waiting.set_status("in_progress", editor, "Bezig")
    ingest(extract_text(v2.replace("In het najaar van 2025", "In het voorjaar van 2026"), "brief-v3.txt"))
    waiting.refresh_from_db()
    assert waiting.is_current and waiting.status == "in_progress" and "voorjaar van 2026" in waiting.action
