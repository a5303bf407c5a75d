"""The pipeline's own rules (extract.pipeline), on real sentences."""

from opvolging.extract import extract_text


def test_advice_reported_in_a_letter_that_answers_none_is_no_recommendation():
    # the Kamerbrief "Water en Bodem sturend" (IenW, 2022) tells what the Deltacommissaris advised; it answers no
    # advice, so these are no recommendations of its own
    ex = extract_text("Met deze uitgangspunten volgen we de adviezen van de Deltacommissaris en die van de heer "
                      "Remkes. De Deltacommissaris beveelt aan voldoende ruimte te reserveren voor waterveiligheid, "
                      "te zorgen voor voldoende zoetwater en strategische grondwatervoorraden te beschermen.")
    assert ex.advice is None and ex.recommendations == []


def test_recommendations_quoted_in_running_text_of_an_answer_to_advice():
    # the shape of the Rob's advice as its answer quotes it (Kamerstuk 29 362, nr. 385)
    ex = extract_text("Met deze brief zend ik u de reactie op het advies van de Raad voor het Openbaar Bestuur (ROB) "
                      "«Naar een uitvoerende macht». De Raad beveelt aan om de uitvoering een eigen stem te geven.")
    assert ex.advice.council_abbreviation == "Rob" and len(ex.recommendations) == 1


def test_a_label_printed_twice_is_told_apart_and_said():
    # a document's recommendations are told apart by their labels (the tracker keeps one of each): a letter that
    # numbered two "Aanbeveling 2" could not be stored at all
    ex = extract_text("Geachte voorzitter,\n\nAanbeveling 2: Stel een regie in.\nHet kabinet neemt deze aanbeveling "
                      "over.\n\nAanbeveling 2: Maak de kosten inzichtelijk.\nHet kabinet neemt deze aanbeveling niet "
                      "over.\n\nDe minister van Financiën,\n\nS. Hermans\n", path="dup.txt")
    assert [(r.label, r.stance) for r in ex.recommendations] == [("2", "adopted"), ("2 (2)", "rejected")]
    assert [r.answers for r in ex.responses] == [["2"], ["2 (2)"]]
    assert any("printed more than once" in w for w in ex.warnings)


def test_a_letter_that_answers_no_advice_is_not_warned_of_missing_recommendations():
    # a progress letter has no recommendations to find; a letter about advice that quotes none is told
    progress = ("Den Haag, 14 maart 2024\n\nGeachte voorzitter,\n\nIk informeer uw Kamer voor de zomer over de "
                "voortgang.")
    assert not any("no recommendations" in w for w in extract_text(progress).warnings)
    about = progress + "\n\nDe Raad doet in zijn advies drie aanbevelingen, waarop ik later reageer."
    assert any("no recommendations" in w for w in extract_text(about).warnings)
