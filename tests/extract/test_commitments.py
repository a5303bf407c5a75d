from datetime import date

import pytest

from opvolging.extract.commitments import find_commitments, is_commitment
from opvolging.model import Response

REF = date(2022, 9, 20)


def commitments(text, responses=()):
    return find_commitments(text, [(0, len(text))], list(responses), REF, "nl", "kabinet", "Minister")


def test_restated_promise_is_one_commitment_with_every_mention():
    # Kamerstuk 32 735, nr. 354: the policy letter, promised three times
    text = ("Deze bieden bouwstenen voor de beleidsbrief «Mensenrechten, Democratie en Internationale Rechtsorde» "
            "die, zoals in de beleidsbrief Buitenlandse Zaken d.d. 8 maart jl. aangekondigd, nog dit jaar aan de "
            "Kamer zal worden aangeboden. In een beleidsbrief die nog dit jaar aan de Kamer wordt voorgelegd, zal "
            "worden weergegeven hoe dit kabinet een effectief mensenrechtenbeleid wil voeren. Zoals aangekondigd in "
            "de bovengenoemde beleidsbrief Buitenlandse Zaken zal het kabinet een beleidsbrief aan de Kamer sturen.")
    (c,) = commitments(text)
    assert len(c.mentions) == 3
    assert c.deadline_text == "nog dit jaar" and c.due == "2022-12-31"
    assert c.actor == "kabinet"
    for m in c.mentions:
        assert text[m.span[0]:m.span[1]] == m.text


def test_after_points_at_the_commitment_it_waits_for():
    text = ("Zoals aangekondigd zal het kabinet een beleidsbrief aan de Kamer sturen. Na de aanbieding van de "
            "beleidsbrief «Mensenrechten, democratie en internationale rechtsorde» aan de Kamer, zal het Ministerie "
            "van Buitenlandse Zaken eveneens een nieuwe mensenrechtencursus voor beleidsmedewerkers vormgeven. "
            "Conform het AIV-advies zal deze cursus ook worden opengesteld voor medewerkers van andere departementen.")
    letter, course = commitments(text)
    assert course.after == letter.id
    assert course.actor == "Ministerie van Buitenlandse Zaken"
    assert len(course.mentions) == 2  # "deze cursus" points back to the course
    # the clause it waits for ends at the comma after the title, not at the comma inside it
    assert course.action == ("zal het Ministerie van Buitenlandse Zaken eveneens een nieuwe mensenrechtencursus voor "
                             "beleidsmedewerkers vormgeven.")


def test_the_document_worked_on_then_sent_is_one_commitment():
    # GENRE: the work on a proposal, then "Ik stuur uw Kamer dit voorstel …" pointing back to it: one promise, due
    # when it is to be sent (it had been two, the first without a date)
    text = ("Samen met de VNG werk ik een voorstel uit voor de verruiming van het gemeentelijk belastinggebied. Ik "
            "stuur uw Kamer dit voorstel voor de zomer van 2023.")
    (c,) = commitments(text)
    assert len(c.mentions) == 2 and c.deadline_text == "voor de zomer van 2023" and c.due == "2023-06-21"
    # another document sent is another promise
    text = ("Samen met de VNG werk ik een voorstel uit voor de verruiming van het gemeentelijk belastinggebied. Ik "
            "stuur uw Kamer deze evaluatie voor de zomer van 2023.")
    assert len(commitments(text)) == 2


def test_an_answers_label_is_no_part_of_its_promise():
    # GENRE: "Reactie: Het kabinet … gaat hierover in gesprek met …": the label opens the answer, in the sentence;
    # the promise is the answer's (it had served no recommendation) and its words begin after the label
    text = ("Aanbeveling 3: Betrek cliëntenraden bij de benoeming van bestuurders.\nReactie: Het kabinet staat "
            "positief tegenover deze aanbeveling en gaat hierover in gesprek met de brancheorganisaties.")
    start = text.index("Het kabinet")
    (c,) = commitments(text, [Response(id="a3", text=text[start:], span=(start, len(text)), answers=["3"])])
    assert c.recommendations == ["3"]
    assert c.action.startswith("Het kabinet staat positief") and c.mentions[0].span[0] == start


@pytest.mark.parametrize("sentence, interval", [
    # GENRE: the evaluation clause of a law, promised to the Kamer: due an interval after an event whose date the
    # letter does not know, not an interval after the letter; no comma after the event
    ("Binnen een jaar na inwerkingtreding van de wet evalueer ik de wet.", "P1Y"),
    ("Drie jaar na de inwerkingtreding van de wet stuur ik uw Kamer een evaluatie.", "P3Y"),
])
def test_an_interval_after_an_event_is_no_date_from_the_letter(sentence, interval):
    (c,) = commitments(sentence)
    assert (c.due, c.after_interval) == (None, interval)
    # a season after "na de" is a time, for `deadlines`: not an event waited for
    (c,) = commitments("Na de zomer stuur ik uw Kamer een evaluatie.")
    assert c.due == "2022-09-30" and c.after_interval is None


def test_recommendations_come_from_the_answer_that_holds_the_promise():
    text = "Nederland zal zich ook blijven inzetten om de beperking van de democratische ruimte tegen te gaan."
    (c,) = commitments(text, [Response("a8", ["9"], text, (0, len(text)))])
    assert c.recommendations == ["9"] and c.actor == "Nederland"


def test_restated_earlier_promise_counts():
    # Kamerstuk 31 839, nr. 297
    assert is_commitment("In de beleidsbrief stelselwijziging jeugd «Geen kind buiten spel» van november 2011 is "
                         "aangegeven dat een preventief gezondheidszorgpakket voor alle kinderen in Nederland behouden "
                         "zal worden in de Wpg.")


def test_what_the_letter_itself_does_is_no_commitment():
    # Kamerstuk 32 735, nr. 354 and 35 570 V, nr. 14
    assert not is_commitment("In deze kabinetsreactie zal op hoofdlijnen worden ingegaan op de aanbevelingen.")
    assert not is_commitment("Het kabinet zal hieronder nader op het advies ingaan.")


def test_a_prediction_is_no_commitment():
    # Kamerstuk 32 735, nr. 354
    assert not is_commitment("Het kabinet deelt de mening van de AIV dat het veelal lastig zal zijn op basis van een "
                             "dialoog tot overeenstemming te komen.")


def test_english_promise():
    text = "Slovenia will adopt a new national action plan on gender equality by the end of 2024."
    (c,) = find_commitments(text, [(0, len(text))], [], REF, "en", "Government")
    assert c.actor == "Slovenia" and c.due == "2024-12-31"


def test_an_actor_that_opens_the_sentence_is_read():
    # Kamerstuk 35 570 V, nr. 14: "Het kabinet" opens the sentence (read even where the letter's default actor
    # is another); "Ik" is the minister who signs
    text = ("Het kabinet zal het advies van de CAVV laten vertalen en, samen met het schriftelijk commentaar van de "
            "Nederlandse regering, onder de aandacht brengen van de ILC.")
    (c,) = find_commitments(text, [(0, len(text))], [], REF, "nl", "Minister", "Minister van Buitenlandse Zaken")
    assert c.actor == "kabinet"
    text = "Ik zal voor de zomer met de sectorraden in gesprek gaan over een gezonde schoolomgeving."
    (c,) = find_commitments(text, [(0, len(text))], [], REF, "nl", "kabinet",
                            "Staatssecretaris van Volksgezondheid, Welzijn en Sport")
    assert c.actor == "Staatssecretaris van Volksgezondheid, Welzijn en Sport"
    text = "De Minister van Onderwijs, Cultuur en Wetenschap zal de Kamer voor de zomer informeren."
    (c,) = commitments(text)
    assert c.actor == "Minister van Onderwijs, Cultuur en Wetenschap"


@pytest.mark.parametrize("sentence", [
    "Ik stuur uw Kamer voor de zomer een brief over de voortgang.",
    "In het najaar informeer ik u over de uitkomsten van de verkenning.",
    "Het kabinet komt voor 1 juli met een wetsvoorstel.",
    "Uw Kamer ontvangt voor de zomer een voortgangsbrief.",
    "Ik verwacht uw Kamer in het voorjaar te kunnen informeren.",
    "Ik zeg toe dat ik uw Kamer informeer zodra het onderzoek is afgerond.",
])
def test_a_promise_in_the_present_tense(sentence):
    # Dutch promises in the present tense with a time ("voor de zomer"), or says outright that it promises
    assert is_commitment(sentence)


@pytest.mark.parametrize("sentence", [
    "Hierbij informeer ik uw Kamer over de uitkomsten van het onderzoek dat in 2024 is uitgevoerd.",
    "Ik informeer u graag over de stand van zaken.",
    "In 2020 stuurde ik u een brief over dit onderwerp.",
])
def test_what_the_letter_does_now_or_did_before_is_no_present_promise(sentence):
    assert not is_commitment(sentence)


def test_a_promise_restated_in_the_present_tense_is_the_same_commitment():
    # Kamerstuk 32 735, nr. 354's policy letter, promised once as the letter does and once in the present tense
    text = ("Zoals aangekondigd in de bovengenoemde beleidsbrief Buitenlandse Zaken zal het kabinet een beleidsbrief "
            "aan de Kamer sturen. Uw Kamer ontvangt de beleidsbrief nog dit jaar.")
    (c,) = commitments(text)
    assert len(c.mentions) == 2 and c.due == "2022-12-31"


def test_a_list_announced_by_a_promise():
    # GENRE: "neem ik de volgende maatregelen:" with items that promise themselves is no promise beside them; with
    # items that are bare nouns, the items are what it promises. WATER: a promise repeated in a summary's bullet and
    # in the body ("- We staan in de uiterwaarden … toe.") is one commitment
    text = ("De komende periode neem ik de volgende maatregelen:\n\n• ik stel in 2023 een landelijk handelingskader "
            "voor PFAS vast;\n\n• ik zet mij in Europees verband in voor een verbod op de hele groep PFAS.")
    assert [c.action for c in commitments(text)] == [
        "ik stel in 2023 een landelijk handelingskader voor PFAS vast;",
        "ik zet mij in Europees verband in voor een verbod op de hele groep PFAS."]
    text = ("In 2023 neem ik de volgende maatregelen:\n\n• een landelijk handelingskader voor PFAS;\n\n• een "
            "meetprogramma voor oppervlaktewater.")
    (c,) = commitments(text)
    assert c.action == ("In 2023 neem ik de volgende maatregelen: een landelijk handelingskader voor PFAS; een "
                        "meetprogramma voor oppervlaktewater.")
    assert c.mentions[0].text.endswith("oppervlaktewater.") and c.due == "2023-12-31"
    # GENRE: items that set times of their own are as many promises, each due when it says, or when the
    # announcement says
    text = ("Het kabinet neemt in 2023 de volgende maatregelen:\n\n- het opstellen van een wetsvoorstel voor de zomer "
            "van 2023;\n\n- een evaluatie van de regeling;\n\n- extra middelen voor gemeenten vanaf 1 januari 2024.")
    assert [(c.action, c.due, c.mentions[0].text) for c in commitments(text)] == [
        ("Het kabinet neemt in 2023 de volgende maatregelen: het opstellen van een wetsvoorstel voor de zomer van "
         "2023;", "2023-06-21", "- het opstellen van een wetsvoorstel voor de zomer van 2023;"),
        ("Het kabinet neemt in 2023 de volgende maatregelen: een evaluatie van de regeling;", "2023-12-31",
         "- een evaluatie van de regeling;"),
        ("Het kabinet neemt in 2023 de volgende maatregelen: extra middelen voor gemeenten vanaf 1 januari 2024.",
         "2024-01-01", "- extra middelen voor gemeenten vanaf 1 januari 2024.")]
    text = ("- We staan in de uiterwaarden geen nieuwe bebouwing meer toe.\n\nGeen nieuwe bebouwing in het "
            "rivierbed\n\nWe staan in de uiterwaarden geen nieuwe bebouwing meer toe.")
    (c,) = commitments(text)
    assert len(c.mentions) == 2


def test_an_enumeration_inside_one_sentence_is_read_as_a_list():
    # GENRE: "Ik ga drie stappen zetten: (1) …; (2) …; en (3) …": each item a promise, due when it says
    text = ("Ik ga de komende periode drie stappen zetten: (1) ik dien voor de zomer een wetsvoorstel in; (2) ik "
            "evalueer de regeling in 2023; en (3) ik start een pilot met vijf gemeenten.")
    got = [(c.due, c.mentions[0].text) for c in commitments(text)]
    assert got == [("2023-06-21", "(1) ik dien voor de zomer een wetsvoorstel in"),
                   ("2023-12-31", "(2) ik evalueer de regeling in 2023"),
                   (None, "(3) ik start een pilot met vijf gemeenten.")]


@pytest.mark.parametrize("sentence", [
    "Het rapport noemt twee punten: (1) de kosten en (3) de baten.",  # not numbered on from 1
    "Zie artikel 3, lid 1) en de toelichting daarop.",  # no colon before the marks
])
def test_marks_that_are_no_enumeration_leave_the_sentence_whole(sentence):
    from opvolging.extract.commitment_lists import inline_items

    assert inline_items(sentence, 0, len(sentence)) == [(0, len(sentence))]


def test_a_time_of_what_the_given_thing_is_about_is_not_the_promises():
    # the Kamerbrief "Water en Bodem sturend" (IenW, 2022): 1 July 2023 is when the provinces' programmes are due, not
    # the handreiking; the gold's due date is none
    (c,) = commitments("Provincies ontvangen in het kader van het NPLG een handreiking die aangeeft wat wordt verwacht "
                       "van het gebiedsprogramma op 1 juli 2023.")
    assert c.due is None and c.deadline_text is None
    # said in the clause of the giving, it is
    (c,) = commitments("Provincies ontvangen op 1 juli 2023 een handreiking voor het gebiedsprogramma.")
    assert c.due == "2023-07-01"


def test_a_time_counted_from_an_event_in_the_sentence_keeps_its_interval():
    # GENRE: the evaluation clause, said in the sentence's middle: no due date, the interval kept for when the event
    # has one (as "Binnen twee jaar na inwerkingtreding …" at the sentence's start had been read)
    (c,) = commitments("De wet wordt binnen vijf jaar na inwerkingtreding geëvalueerd.")
    assert c.due is None and c.deadline_text == "binnen vijf jaar na inwerkingtreding" and c.after_interval == "P5Y"
    (c,) = commitments("Ik zal de regeling drie jaar na de invoering evalueren.")
    assert c.due is None and c.after_interval == "P3Y"


def test_that_i_do_takes_the_sentence_before_as_what_is_done():
    text = ("Uw Kamer heeft gevraagd naar het bereik van de cursussen. Dat doe ik in de volgende voortgangsbrief.")
    (c,) = commitments(text)
    assert c.action.startswith("Uw Kamer heeft gevraagd naar het bereik") and len(c.mentions) == 2
    assert c.deadline_text == "in de volgende voortgangsbrief"
    # a restated promise and its time after it: one commitment, with both mentions
    text = ("Tijdens het commissiedebat van 12 maart 2024 heb ik toegezegd uw Kamer te informeren over het bereik van "
            "de cursussen. Dat doe ik in de volgende voortgangsbrief.")
    (c,) = commitments(text)
    assert c.action.startswith("Tijdens het commissiedebat") and len(c.mentions) == 2


@pytest.mark.parametrize("heading", ["Wat ga ik doen", "Wat gaan we doen", "Hoe gaan we verder"])
def test_a_sections_heading_promises_nothing(heading):
    # a progress letter titles its section of plans with a question without its mark; the promises are in the
    # section, not its title
    text = f"Stand van zaken\n\nHet tekort is opgelopen.\n\n{heading}\n\nIk ga hierover in gesprek met de vakbonden."
    (c,) = commitments(text)
    assert c.action == "Ik ga hierover in gesprek met de vakbonden."


def test_a_promise_said_again_in_other_words_is_one_commitment():
    # WATER (IenW, 25 November 2022): the summary's bullet and the body say one promise in other words; two promises
    # of one template about two things stay two
    text = ("BZK en IenW onderzoeken in afstemming met de VEWIN wat de voor- en nadelen van een mogelijke verplichting "
            "in het besluit bouwwerken leefomgeving (Bbl) en verruiming van toepassing van huishoudwater in het "
            "Drinkwaterbesluit zijn.\n\n- Om circulariteit in waterhuishouding en waterbesparing bij nieuwbouw te "
            "stimuleren, onderzoeken BZK en IenW in afstemming met de VEWIN wat de voor- en nadelen van een mogelijke "
            "verplichting in het besluit bouwwerken leefomgeving (Bbl) en verruiming van toepassing van huishoudwater "
            "in het Drinkwaterbesluit zijn.\n\nIn het Deltaprogramma zoetwater nemen Rijk en andere overheden "
            "gezamenlijk maatregelen hoe we met verzilting om kunnen gaan.\n\nIn het Deltaprogramma zoetwater nemen "
            "Rijk en andere overheden gezamenlijk maatregelen om op de hoge zandgronden water beter vast te houden.")
    found = commitments(text)
    assert [len(c.mentions) for c in found] == [2, 1, 1]
    assert found[0].action.startswith("BZK en IenW onderzoeken")
