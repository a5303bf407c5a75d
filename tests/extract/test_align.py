from opvolging.extract.align import align
from opvolging.extract.segment import segment

# Kamerstuk 32 735, nr. 354: recommendations 2 and 3 share one answer; 7 refers to 4.
TEXT = ("• Aanbeveling 2 Zet in het buitenlands beleid de basisbeginselen van mensenrechten blijvend centraal.\n\n"
        "• Aanbeveling 3 Maak niet langer onderscheid tussen verschillende categorieën van rechten.\n\n"
        "In de beleidsbrief zullen de grondbeginselen van de mensenrechten centraal staan.\n\n"
        "• Aanbeveling 7 Gebruik en stimuleer nieuwe internationale en EU-instrumenten.\n\n"
        "Zoals ook aangegeven in de reactie op aanbeveling 4 zal de beleidsbrief zich richten op het beschermen "
        "van de mensenrechten.")


def test_shared_answer_and_reference():
    recs, responses = align(TEXT, segment(TEXT))
    by_label = {r.label: r for r in recs}
    assert by_label["2"].response_id == by_label["3"].response_id == responses[0].id
    assert responses[0].answers == ["2", "3"]
    assert responses[0].text.startswith("In de beleidsbrief")
    assert by_label["7"].refers_to == ["4"]
    assert by_label["2"].refers_to == []


def test_spans_index_the_words():
    recs, responses = align(TEXT, segment(TEXT))
    for r in recs:
        assert TEXT[r.span[0]:r.span[1]] == r.text
    for a in responses:
        assert TEXT[a.span[0]:a.span[1]] == a.text


def test_a_recommendation_quoted_in_its_heading_is_its_words_without_the_marks():
    # GENRE: "Aanbeveling 1: ‘Zorg voor …’" — the council's words quoted; their marks are no part of them, a
    # quotation within them is
    text = ("Aanbeveling 1: ‘Zorg voor een duidelijke rolverdeling tussen Rijk en gemeenten.’\n\nHet kabinet neemt "
            "deze aanbeveling over.\n\nAanbeveling 2: “Leg de zorgplicht wettelijk vast”.\n\nHet kabinet neemt deze "
            "aanbeveling niet over.\n\nAanbeveling 3: Noem het programma ‘Bodem’ en ‘Water’.\n\nDat doet het "
            "kabinet.")
    recs, _ = align(text, segment(text))
    assert [r.text for r in recs] == ["Zorg voor een duidelijke rolverdeling tussen Rijk en gemeenten.",
                                      "Leg de zorgplicht wettelijk vast",
                                      "Noem het programma ‘Bodem’ en ‘Water’."]
    assert all(text[r.span[0]:r.span[1]] == r.text for r in recs)
