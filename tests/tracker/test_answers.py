# ruff: noqa: E501  (the UN's recommendations quoted whole, as printed)
"""An answer published as its own document is linked to what it answers, never duplicating it (ingest)."""

import pytest

from opvolging.extract import extract_path, extract_text
from opvolging.tracker.models import Recommendation, Response
from opvolging.tracker.services.ingest import ingest
from tests.extract.test_case import ANSWER, REPORT

# the shapes of A/HRC/43/15 and its addendum, cut short
UN_REPORT = """United Nations A/HRC/43/15

General Assembly Distr.: General

19 December 2019

Report of the Working Group on the Universal Periodic Review

Slovenia

122. The following recommendations will be examined by Slovenia, which will provide responses in due time:

122.1 Complete the process of ratification of the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Senegal);

122.2 Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Bangladesh) (Egypt);

122.3 Consider the possibility of ratifying the Convention on the Rights of Migrant Workers (Niger);
"""
UN_ADDENDUM = """United Nations A/HRC/43/15/Add.1

General Assembly Distr.: General

19 February 2020

Addendum

Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under review

3. The Government accepts the following recommendations 122.1, 122.3.

5. For the time being, the Government notes recommendations 122.2.

122.2

The ratification of the Convention is not a priority for Slovenia.
"""


@pytest.mark.parametrize("report_first", [True, False])
def test_an_addendum_answers_its_reports_recommendations(db, report_first):
    docs = [(UN_REPORT, "A_HRC_43_15.txt"), (UN_ADDENDUM, "A_HRC_43_15_Add.1.txt")]
    for text, name in docs if report_first else docs[::-1]:
        ingest(extract_text(text, name))
    recs = {r.label: r for r in Recommendation.objects.all()}
    assert sorted(recs) == ["122.1", "122.2", "122.3"]  # no recommendation twice
    assert [recs[x].stance for x in ("122.1", "122.2", "122.3")] == ["adopted", "noted", "adopted"]
    narrative = recs["122.2"].responses.get()
    assert narrative.text.startswith("The ratification of the Convention is not a priority")
    assert narrative.document.identifier == "A/HRC/43/15/Add.1"
    assert recs["122.1"].responses.get().text.startswith("The Government accepts the following recommendations")


def test_a_person_s_stance_survives_the_addendum(db, editor):
    ingest(extract_text(UN_REPORT, "A_HRC_43_15.txt"))
    rec = Recommendation.objects.get(label="122.2")
    rec.correct(editor, stance="partially_adopted")
    ingest(extract_text(UN_ADDENDUM, "A_HRC_43_15_Add.1.txt"))
    rec.refresh_from_db()
    assert rec.stance == "partially_adopted"


def test_the_cabinets_answer_to_a_stored_advice_report(db):
    # the council's own report first, then the answer that names recommendations 1 and 3 without quoting them
    report = ingest(extract_text(REPORT, "advies-122.txt")).document
    assert report.recommendations.count() == 3 and report.advice.number == "122"
    answer = ingest(extract_text(ANSWER, "kabinetsreactie.txt")).document
    assert Recommendation.objects.count() == 3
    first = Recommendation.objects.get(label="1")
    assert first.stance == "adopted" and first.responses.get().document == answer
    assert not Response.objects.filter(document=answer, recommendations__label="2").exists()


def test_the_real_addendum_links_to_the_real_report(db, corpus):
    ingest(extract_path(corpus / "upr-pdf" / "A_HRC_43_15.pdf"))
    ingest(extract_path(corpus / "upr-pdf" / "A_HRC_43_15_Add.1.pdf"))
    assert Recommendation.objects.count() == 215
    assert Recommendation.objects.filter(stance="unclear").count() == 0
    assert Recommendation.objects.get(label="122.14").responses.get().text.startswith(
        "Slovenia considers these recommendations implemented.")
