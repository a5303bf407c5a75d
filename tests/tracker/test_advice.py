from opvolging.tracker.models import Recommendation


def test_advice_page_shows_recommendation_beside_answer(client, letter):
    html = client.get(letter.advice.get_absolute_url()).content.decode()
    assert "Verdedig onverkort het behoud van rechtsstaat" in html
    assert 'class="evidence"' in html  # the stance evidence highlighted in the answer
    assert "recommendation 6" in html.lower() or "aanbeveling 6" in html.lower()  # 8 refers to 6


def test_editor_confirms_and_corrects_stances(client, letter, editor):
    client.force_login(editor)
    ids = list(Recommendation.objects.filter(document=letter).values_list("pk", flat=True)[:3])
    r = client.post("/recommendations/review/", {"ids": ids, "action": "confirm", "next": "/"})
    assert r.status_code == 302
    assert set(Recommendation.objects.filter(pk__in=ids).values_list("review_state", flat=True)) == {"confirmed"}
    client.post("/recommendations/review/", {"ids": [ids[0]], "action": "correct_stance", "stance": "rejected"})
    rec = Recommendation.objects.get(pk=ids[0])
    assert rec.stance == "rejected" and "stance" in rec.corrected_fields


def test_anonymous_cannot_review(client, letter):
    rec = Recommendation.objects.filter(document=letter).first()
    r = client.post("/recommendations/review/", {"ids": [rec.pk], "action": "confirm"})
    assert r.status_code in (302, 403)
    rec.refresh_from_db()
    assert rec.review_state == "suggested"


def test_editor_corrects_an_answer_and_a_new_version_keeps_it(client, db, editor):
    from opvolging.extract import extract_text
    from opvolging.tracker.services.ingest import ingest

    v1 = ("Tweede Kamer, vergaderjaar 2023–2024, 36 600, nr. 2 1\n\nAanbeveling 1: Publiceer de cijfers.\n\n"
          "Het kabinet neemt deze aanbeveling over.")
    doc = ingest(extract_text(v1)).document
    resp = doc.responses.get()
    client.force_login(editor)
    r = client.post(f"/responses/{resp.pk}/review/", {"action": "correct", "text": "Het kabinet neemt de aanbeveling "
                                                                                    "over en publiceert jaarlijks."})
    assert r.status_code == 302
    ingest(extract_text(v1 + "\n\nHet kabinet zal de cijfers voor de zomer publiceren."))
    resp.refresh_from_db()
    assert resp.text.endswith("publiceert jaarlijks.") and resp.corrected_fields["text"]["by"] == "redacteur"


def test_editor_confirms_answers_in_bulk(client, letter, editor):
    from opvolging.tracker.models import Response

    client.force_login(editor)
    ids = list(Recommendation.objects.filter(document=letter).values_list("pk", flat=True))
    client.post("/recommendations/review/", {"ids": ids, "action": "confirm_answers"})
    assert set(Response.objects.filter(document=letter).values_list("review_state", flat=True)) == {"confirmed"}


def test_advice_page_gives_each_recommendations_subjects_and_why(client, letter):
    html = client.get(letter.advice.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "Waarom deze onderwerpen?" in html
    assert "Rechtsstaat" in html and "gevonden met trefwoorden" in html and "«rechtsstaat»" in html
    assert '/recommendations/?theme=Rule%20of%20law' in html


def test_a_subject_read_from_the_answer_says_so(client, letter):
    # recommendation 3 names no subject itself; its answer (a2) speaks of women and girls twice
    html = client.get(letter.advice.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    section = html[html.index("Aanbeveling 3"):html.index("Aanbeveling 4")]
    assert "Vrouwenrechten: gevonden met trefwoorden in het antwoord" in section


def test_an_editor_is_led_from_the_advice_page_to_correct_subjects(client, letter, editor):
    rec = Recommendation.objects.get(document=letter, label="1")
    client.force_login(editor)
    html = client.get(letter.advice.get_absolute_url()).content.decode()
    assert f'href="/recommendations/{rec.pk}/#subjects"' in html


def test_recommendations_an_answer_names_before_the_report_is_stored_are_shown_waiting(client, db):
    # an answer read alone: the fifth recommendation is named by its place only ("Over de vijfde aanbeveling …"), so
    # no document holds it until the council's report is stored; the advice page says so instead of nothing
    from opvolging.extract import extract_text
    from opvolging.tracker.services.ingest import ingest

    answer = ("Datum 5 maart 2024\nBetreft Kabinetsreactie op het advies 'Samen werken aan wonen' van de Raad voor de "
              "leefomgeving en infrastructuur\n\nGeachte voorzitter,\n\nOp 10 november 2023 heeft de Raad voor de "
              "leefomgeving en infrastructuur (Rli) het advies 'Samen werken aan wonen' uitgebracht.\n\nDe Rli "
              "adviseert het Rijk om meer regie te nemen op de woningbouw (aanbeveling 1). Ik neem deze aanbeveling "
              "over.\n\nOver de vijfde aanbeveling, het versnellen van procedures, informeer ik uw Kamer voor de "
              "zomer.\n\nDe minister voor Volkshuisvesting en Ruimtelijke Ordening,\n\nHugo de Jonge")
    doc = ingest(extract_text(answer, "reactie.txt")).document
    html = client.get(doc.advice.get_absolute_url()).content.decode()
    waiting = html[html.index('id="waiting"'):]
    assert "Aanbeveling 5" in waiting and "Over de vijfde aanbeveling" in waiting
    assert "Aanbeveling 1" not in waiting  # stored: shown above, beside its answer
