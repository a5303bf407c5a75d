"""An answer to advice stored apart from the council's report (services.ingest._link_answers): linked to the
report's recommendations by the numbers it names, or, naming none, by the subjects its sections speak of; in
either order of arrival, never over a person's correction."""

from __future__ import annotations

from opvolging.extract import extract_text
from opvolging.tracker.models import Recommendation, Response
from opvolging.tracker.services.ingest import ingest

# GENRE: a council's report with numbered recommendations, and the cabinet's answer under headings of their subject
REPORT = ("Raad voor het Openbaar Bestuur\n\nAdvies 'Grip op digitalisering'\n\nDe Raad voor het Openbaar Bestuur "
          "(ROB) heeft op 10 januari 2024 het advies 'Grip op digitalisering' uitgebracht.\n\n"
          "Aanbeveling 1: Stel een digitaliseringstoets in voor alle nieuwe wetgeving.\n\nNieuwe wetten moeten "
          "vooraf worden getoetst.\n\nAanbeveling 2: Investeer in de digitale kennis van het parlement.\n\n"
          "Kamerleden missen vaak die kennis.\n\nAanbeveling 3: Maak één minister verantwoordelijk voor "
          "digitalisering.\n\nDe verantwoordelijkheid is nu versnipperd.\n")
ANSWER = ("Den Haag, 12 april 2024\n\nBetreft Kabinetsreactie op het advies 'Grip op digitalisering' van de Raad voor "
          "het Openbaar Bestuur\n\nGeachte voorzitter,\n\nOp 10 januari 2024 heeft de Raad voor het Openbaar Bestuur "
          "(ROB) het advies 'Grip op digitalisering' uitgebracht. Hierbij ontvangt u de kabinetsreactie.\n\n"
          "Eén verantwoordelijke minister\n\nHet kabinet neemt dit advies gedeeltelijk over. De staatssecretaris "
          "coördineert het beleid.\n\nDigitaliseringstoets\n\nHet kabinet neemt de aanbeveling over om een "
          "digitaliseringstoets in te voeren. Ik zal de toets in 2025 invoeren.\n\nKennis van het parlement\n\n"
          "Het kabinet deelt deze aanbeveling niet.\n\nHoogachtend,\n\nDe minister van Binnenlandse Zaken en "
          "Koninkrijksrelaties,\n\nH.M. de Jonge\n")
STANCES = {"1": "adopted", "2": "rejected", "3": "partially_adopted"}


def _stances(report_doc) -> dict[str, str]:
    return {r.label: r.stance for r in Recommendation.objects.filter(document=report_doc)}


def test_an_answer_by_subject_after_the_report(db):
    report = ingest(extract_text(REPORT, "advies.txt")).document
    answer = ingest(extract_text(ANSWER, "reactie.txt")).document
    assert answer.advice_id == report.advice_id
    assert _stances(report) == STANCES
    toets = Recommendation.objects.get(document=report, label="1")
    (resp,) = toets.responses.filter(document=answer)
    assert resp.text.startswith("Het kabinet neemt de aanbeveling over om een")
    # the same answer again changes nothing
    n = Response.objects.count()
    assert not ingest(extract_text(ANSWER, "reactie.txt")).changed
    assert Response.objects.count() == n


def test_an_answer_by_subject_before_the_report(db):
    ingest(extract_text(ANSWER, "reactie.txt"))
    report = ingest(extract_text(REPORT, "advies.txt")).document
    assert _stances(report) == STANCES


def test_a_persons_stance_is_kept(db, editor):
    report = ingest(extract_text(REPORT, "advies.txt")).document
    rec = Recommendation.objects.get(document=report, label="2")
    rec.correct(editor, stance="noted")
    ingest(extract_text(ANSWER, "reactie.txt"))
    rec.refresh_from_db()
    assert rec.stance == "noted"


# GENRE: a council's report as its cover prints it (the council's name alone, the title, "Advies, juni 2023") with
# its recommendations listed under "Aanbevelingen", and the cabinet's answer naming them by place, by number and by a
# quote in running text that gives its own number
COVER_REPORT = ("Raad voor het Openbaar Bestuur\n\nVertrouwen in de democratie\n\nAdvies, juni 2023\n\n"
                "Samenvatting\n\nDe democratie staat onder druk.\n\nAanbevelingen\n\n1. Versterk de positie van "
                "gemeenteraden door betere ondersteuning van raadsleden.\n\n2. Investeer in burgerschapsonderwijs op "
                "alle scholen.\n\n3. Voer een correctief bindend referendum in.\n")
PLACE_ANSWER = ("Geachte voorzitter,\n\nOp 15 juni 2023 heeft de Raad voor het Openbaar Bestuur het advies "
                "'Vertrouwen in de democratie' uitgebracht. Hierbij ontvangt u de kabinetsreactie.\n\nOndersteuning "
                "van raadsleden\n\nHet kabinet neemt de eerste aanbeveling over. Het kabinet zal in 2024 een "
                "wetsvoorstel indienen.\n\nBurgerschapsonderwijs\n\nTen aanzien van aanbeveling 2 merkt het kabinet "
                "op dat burgerschapsonderwijs al wettelijk verplicht is. Aan deze aanbeveling wordt dus reeds "
                "invulling gegeven.\n\nReferendum\n\nDe Raad adviseert een correctief referendum in te voeren "
                "(aanbeveling 3). Het kabinet is hier geen voorstander van.\n\nDe minister van Binnenlandse Zaken en "
                "Koninkrijksrelaties,\n\nHugo de Jonge\n")
PLACE_STANCES = {"1": "adopted", "2": "already_implemented", "3": "rejected"}


def _advice_stances(advice_id) -> dict[str, str]:
    return {r.label: r.stance for r in Recommendation.objects.filter(advice_id=advice_id, is_current=True)}


def test_a_report_known_by_its_cover_and_an_answer_by_place_in_either_order(db):
    report = ingest(extract_text(COVER_REPORT, "advies.txt")).document
    assert report.advice_id is not None  # the cover names the advice: the answer can find its recommendations
    answer = ingest(extract_text(PLACE_ANSWER, "reactie.txt")).document
    assert answer.advice_id == report.advice_id
    assert _advice_stances(report.advice_id) == PLACE_STANCES


def test_an_answer_by_place_before_the_report_known_by_its_cover(db):
    answer = ingest(extract_text(PLACE_ANSWER, "reactie.txt")).document
    report = ingest(extract_text(COVER_REPORT, "advies.txt")).document
    assert answer.advice_id == report.advice_id
    assert _advice_stances(report.advice_id) == PLACE_STANCES
