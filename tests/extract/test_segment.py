import pytest

from opvolging.extract.align import align
from opvolging.extract.segment import segment
from opvolging.extract.stance import classify


def labels_and_texts(text):
    seg = segment(text)
    return [(h.labels, text[h.span[0]:h.span[1]]) for h in seg.headings]


def test_bulleted_heading_with_dash():
    # Kamerstuk 32 735, nr. 354
    text = ("• Aanbeveling 1 – Verdedig onverkort het behoud van rechtsstaat, democratie en mensenrechten.\n\n"
            "De AIV stelt terecht dat Nederland de bescherming van grondrechten grondslag heeft gemaakt.")
    assert labels_and_texts(text) == [(["1"], "Verdedig onverkort het behoud van rechtsstaat, democratie en "
                                              "mensenrechten.")]


def test_advies_with_colon_and_lettered_label():
    text = ("Advies 3: Zorg voor een onafhankelijke toezichthouder.\n\nHet kabinet neemt dit advies over.\n\n"
            "Aanbeveling 2a. Versterk de positie van gemeenten.\n\nDit gebeurt reeds.")
    assert labels_and_texts(text) == [(["3"], "Zorg voor een onafhankelijke toezichthouder."),
                                      (["2a"], "Versterk de positie van gemeenten.")]


def test_recommendations_labelled_by_capital_letters():
    # GENRE: councils letter their recommendations too ("Aanbeveling A", "Aanbeveling B"); "Advies Raad van State"
    # is no label
    text = ("Aanbeveling A: Stel een digitaliseringstoets in.\n\nHet kabinet neemt deze aanbeveling over.\n\n"
            "Aanbeveling B: Investeer in de digitale kennis van het parlement.\n\nDit gebeurt reeds.")
    assert labels_and_texts(text) == [(["A"], "Stel een digitaliseringstoets in."),
                                      (["B"], "Investeer in de digitale kennis van het parlement.")]
    assert labels_and_texts("Advies Raad van State over het wetsvoorstel.\n\nHet kabinet neemt dit over.") == []
    # and a report's key recommendations ("Kernaanbeveling 1:", as investigation boards number them)
    text = ("Kernaanbeveling 1: Zorg voor een integrale crisisaanpak.\n\nHet kabinet neemt deze aanbeveling over.\n\n"
            "Kernaanbeveling 2: Versterk de GGD.\n\nHet kabinet onderschrijft dit.")
    assert labels_and_texts(text) == [(["1"], "Zorg voor een integrale crisisaanpak."), (["2"], "Versterk de GGD.")]


def test_heading_label_alone_takes_next_paragraph():
    text = "Aanbeveling 4\n\nInvesteer in digitale vaardigheden.\n\nHet kabinet deelt deze aanbeveling."
    assert labels_and_texts(text) == [(["4"], "Investeer in digitale vaardigheden.")]


def test_grouped_heading():
    text = "Aanbevelingen 2 en 3: Maak beleid en voer het uit.\n\nHet kabinet neemt deze aanbevelingen over."
    recs, responses = align(text, segment(text))
    assert [r.label for r in recs] == ["2", "3"]
    assert responses[0].answers == ["2", "3"]


def test_a_heading_that_names_a_subject_takes_the_councils_own_words_of_what_it_recommends():
    # GENRE: a minister's answer to an ombudsman's or inspectorate's report, a heading per recommendation naming its
    # subject, the report's words of it first: they are the recommendation, the answer follows them
    text = ("Aanbevelingen 1 en 2: Betalingsregelingen en maatwerk\nDe ombudsman beveelt aan om de termijn van "
            "betalingsregelingen te verlengen naar 24 maanden en om meer maatwerk te bieden bij schulden. Ik neem "
            "deze aanbevelingen over.\n\nAanbeveling 3: Persoonlijk contact\nDe ombudsman beveelt aan om burgers "
            "met schulden altijd persoonlijk te benaderen. Deze aanbeveling neem ik gedeeltelijk over.")
    recs, responses = align(text, segment(text))
    assert [r.label for r in recs] == ["1", "2", "3"]
    assert recs[0].text.endswith("meer maatwerk te bieden bij schulden.") and "beveelt aan" in recs[2].text
    assert [r.text for r in responses] == ["Ik neem deze aanbevelingen over.",
                                           "Deze aanbeveling neem ik gedeeltelijk over."]
    # a heading that is itself the advice, a sentence, keeps the letter's "De AIV adviseert …" as its answer's
    text = ("Aanbeveling 1 Verdedig en bescherm proactief de mensenrechteninfrastructuur.\n\nDe AIV adviseert om "
            "in het beleid niet alleen de afwezigheid van mensenrechtenschendingen centraal te laten staan. In het "
            "nieuwe beleid zal worden ingezet op het stimuleren van de naleving.")
    recs, responses = align(text, segment(text))
    assert recs[0].text.endswith("mensenrechteninfrastructuur.") and responses[0].text.startswith("De AIV adviseert")


def test_recommendations_numbered_by_chapter():
    # GENRE: an audit office's or inspectorate's report numbers its recommendations by chapter ("Aanbeveling 2.1");
    # they had been read as "2", twice, the ".1" left in the text
    text = ("Aanbeveling 2.1: Stel een centrale regie in op de digitale infrastructuur.\nHet kabinet neemt deze "
            "aanbeveling over.\n\nAanbeveling 2.2: Maak de kosten van ICT-projecten inzichtelijk.\nHet kabinet "
            "onderschrijft deze aanbeveling.\n\nAanbevelingen 3.1 t/m 3.3: Beperk het aantal legacysystemen.\n"
            "Deze aanbevelingen neemt het kabinet niet over.")
    recs, responses = align(text, segment(text))
    assert [r.label for r in recs] == ["2.1", "2.2", "3.1", "3.2", "3.3"]
    assert recs[0].text == "Stel een centrale regie in op de digitale infrastructuur."
    assert responses[2].answers == ["3.1", "3.2", "3.3"]
    # a number that ends a sentence keeps its full stop out: "Aanbeveling 4. Investeer …"
    assert labels_and_texts("Aanbeveling 4. Investeer in digitale vaardigheden.\n\nHet kabinet deelt deze "
                            "aanbeveling.") == [(["4"], "Investeer in digitale vaardigheden.")]


def test_numbered_list_announced_as_recommendations():
    text = ("De Raad doet in zijn advies de volgende aanbevelingen:\n\n1. Geef gemeenten meer ruimte.\n\n"
            "2) Betrek burgers bij de uitvoering.\n\nHet kabinet reageert hieronder.")
    assert labels_and_texts(text) == [(["1"], "Geef gemeenten meer ruimte."),
                                      (["2"], "Betrek burgers bij de uitvoering.")]


@pytest.mark.parametrize("heading", ["Aanbevelingen", "5. Conclusies en aanbevelingen", "Onze aanbevelingen",
                                     "Summary of recommendations"])
def test_a_list_under_a_heading_that_names_recommendations(heading):
    # GENRE: a council's report sets its recommendations as a numbered list under a heading of their own
    text = (f"De democratie staat onder druk.\n\n{heading}\n\n1. Versterk de positie van gemeenteraden.\n\n"
            "2. Investeer in burgerschapsonderwijs op alle scholen.\n")
    assert labels_and_texts(text) == [(["1"], "Versterk de positie van gemeenteraden."),
                                      (["2"], "Investeer in burgerschapsonderwijs op alle scholen.")]
    # a heading of another subject over a numbered list reads none
    assert labels_and_texts(text.replace(heading, "Inhoud")) == []


def test_bulleted_list_summarising_the_advice():
    # Kamerstuk 29 362, nr. 385: "De noodzakelijke veranderingen betreffen veranderingen op drie niveaus:"
    text = ("Het advies stelt dat we nu daadwerkelijk in actie moeten komen. De noodzakelijke veranderingen "
            "betreffen veranderingen op drie niveaus:\n\n– op professioneel niveau (naar burgergerichte "
            "dienstverlening)\n\n– op organisatorisch niveau")
    assert [lab for lab, _ in labels_and_texts(text)] == [["1"], ["2"]]


def test_recommendation_quoted_in_running_text():
    text = ("De Raad beveelt aan om de Wet open overheid binnen twee jaar te evalueren. Het kabinet deelt die "
            "opvatting. De commissie adviseert het kabinet een register van toezeggingen bij te houden.")
    got = labels_and_texts(text)
    assert [lab for lab, _ in got] == [["1"], ["2"]]
    assert got[0][1].startswith("de Wet open overheid")


def test_running_text_inverted_after_an_adverb_and_each_answered_by_what_follows():
    # the genre's prose answer to a council's advice: the advice, inverted after "Daarnaast", "Tot slot", then
    # the cabinet's words up to the next piece of advice
    text = ("De SER adviseert om het minimumloon te verhogen. Het kabinet deelt deze analyse. Per 1 januari 2024 "
            "wordt het minimumloon verhoogd.\n\nDaarnaast beveelt de SER aan om de armoedeval te verkleinen. Het "
            "kabinet onderschrijft dit advies.\n\nTot slot adviseert de SER om werkgevers te verplichten een "
            "loongesprek te voeren. Het kabinet ziet hier geen aanleiding toe.")
    seg = segment(text)
    assert [text[h.span[0]:h.span[1]] for h in seg.headings] == [
        "het minimumloon te verhogen.", "de armoedeval te verkleinen.",
        "werkgevers te verplichten een loongesprek te voeren."]
    assert [text[h.block[0]:h.block[1]] for h in seg.headings] == [
        "Het kabinet deelt deze analyse. Per 1 januari 2024 wordt het minimumloon verhoogd.",
        "Het kabinet onderschrijft dit advies.", "Het kabinet ziet hier geen aanleiding toe."]


@pytest.mark.parametrize("first, second", [  # GENRE: the council's other verbs of advice, and inverted
    ("De Raad stelt voor om een digitaliseringstoets in te voeren.",
     "De Raad pleit ervoor om de kennis van het parlement te vergroten."),
    ("De Raad roept het kabinet op om een digitaliseringstoets in te voeren.",
     "Verder vraagt de Raad het kabinet om de kennis van het parlement te vergroten."),
    ("De Raad doet de aanbeveling om een digitaliseringstoets in te voeren.",
     "Ook adviseert de Raad om de kennis van het parlement te vergroten."),
    # an adverb between the verb and its particle or its "om"
    ("De Raad beveelt in de eerste plaats aan om een digitaliseringstoets in te voeren.",
     "De Raad adviseert verder om de kennis van het parlement te vergroten."),
])
def test_the_councils_other_verbs_of_advice_in_running_text(first, second):
    text = f"{first} Het kabinet neemt deze aanbeveling over.\n\n{second} Het kabinet deelt deze aanbeveling niet."
    seg = segment(text)
    assert [text[h.span[0]:h.span[1]] for h in seg.headings] == [
        "een digitaliseringstoets in te voeren.", "de kennis van het parlement te vergroten."]
    assert [text[h.block[0]:h.block[1]] for h in seg.headings] == [
        "Het kabinet neemt deze aanbeveling over.", "Het kabinet deelt deze aanbeveling niet."]


def test_a_response_label_parts_the_recommendation_from_its_answer():
    # the genre's layout: the advice's heading, the council's words, then "Reactie kabinet:" over the answer
    text = ("Hieronder reageer ik op de aanbevelingen.\n\nAdvies 1 – Versterk de positie van gemeenteraden\n\n"
            "De ROB adviseert de positie van gemeenteraden te versterken.\n\nReactie kabinet:\nIk deel dit advies. "
            "In het najaar van 2023 start ik een programma.\n\nAdvies 2 – Beperk het aantal "
            "samenwerkingsverbanden\n\nReactie: Ik neem dit advies niet over.")
    seg = segment(text)
    assert [" ".join(text[h.span[0]:h.span[1]].split()) for h in seg.headings] == [
        "Versterk de positie van gemeenteraden De ROB adviseert de positie van gemeenteraden te versterken.",
        "Beperk het aantal samenwerkingsverbanden"]
    assert [text[h.block[0]:h.block[1]] for h in seg.headings] == [
        "Ik deel dit advies. In het najaar van 2023 start ik een programma.", "Ik neem dit advies niet over."]


@pytest.mark.parametrize("label", ["Kabinetsstandpunt:", "Standpunt:", "Reactie van de minister:", "Antwoord:",
                                   "Kabinetsappreciatie:"])
def test_the_labels_over_an_answer_in_their_other_words(label):
    # GENRE: the label in front of the answer, on the answer's line: not the answer's words (the stance and the
    # promises read after it)
    text = (f"Advies A: Verhoog het minimumloon voor jongeren.\n{label} Het kabinet neemt dit advies over.\n\n"
            f"Advies B: Maak kinderopvang gratis.\n{label} Het kabinet deelt het doel van dit advies, maar ziet geen "
            "financiële ruimte om kinderopvang gratis te maken.")
    seg = segment(text)
    assert [text[h.block[0]:h.block[1]].split(".")[0] for h in seg.headings] == [
        "Het kabinet neemt dit advies over", "Het kabinet deelt het doel van dit advies, maar ziet geen financiële "
        "ruimte om kinderopvang gratis te maken"]
    # the goal shared, the recommendation refused for want of money: refused
    assert classify(text[seg.headings[1].block[0]:seg.headings[1].block[1]]).stance == "rejected"


def test_answers_headed_by_the_label_of_a_recommendation_listed_before():
    # the genre's layout: the advice's recommendations listed, then an answer to each under "Ad 1", "Ad 2"
    text = ("De raad doet de volgende aanbevelingen:\n\n1. Stel het schooladvies uit.\n\n2. Maak brede brugklassen "
            "de norm.\n\n3. Versterk de doorstroom.\n\nHieronder reageer ik op elk van de aanbevelingen.\n\nAd 1\nIk "
            "neem deze aanbeveling over.\n\nAd 2 en 3\nIk deel de analyse van de raad.")
    seg = segment(text)
    assert seg.shape == "list"
    assert [text[h.block[0]:h.block[1]] for h in seg.headings] == [
        "Ik neem deze aanbeveling over.", "Ik deel de analyse van de raad.", "Ik deel de analyse van de raad."]


def test_answers_to_a_lettered_list_under_ad_a_and_each_with_its_stance():
    # the same layout with the advice's items lettered, each answer on the line of its label ("Ad a. Het kabinet …"):
    # the answer's sentence begins with the label, and its stance is read from where the answer begins
    from opvolging.extract.pipeline import extract_text

    text = ("Geachte voorzitter,\n\nDe raad beveelt het volgende aan:\n\na. Versterk de positie van "
            "gemeenteraden.\n\nb. Geef provincies meer ruimte.\n\nc. Investeer in ambtelijke capaciteit.\n\n"
            "Reactie kabinet\n\nAd a. Het kabinet neemt deze aanbeveling over.\n\nAd b. Het kabinet neemt deze "
            "aanbeveling niet over.\n\nAd c. Het kabinet neemt deze aanbeveling gedeeltelijk over.\n")
    ex = extract_text(text, "reactie.txt")
    assert [(r.label, r.stance) for r in ex.recommendations] == [
        ("a", "adopted"), ("b", "rejected"), ("c", "partially_adopted")]


def test_answers_that_name_a_listed_item_by_its_place():
    # the answer after a list, in running prose: "De tweede aanbeveling neemt het kabinet niet over"
    text = ("Hierbij ontvangt u de kabinetsreactie op het advies.\n\nDe raad beveelt aan om:\n1. de positie van "
            "gemeenteraden te versterken;\n2. provincies meer ruimte te "
            "geven;\n3. te investeren in ambtelijke capaciteit.\n\nHet kabinet neemt de eerste aanbeveling over en "
            "zal in 2024 een wetsvoorstel indienen. De tweede aanbeveling neemt het kabinet niet over. De derde "
            "aanbeveling neemt het kabinet gedeeltelijk over.")
    from opvolging.extract.pipeline import extract_text

    ex = extract_text(text, "reactie.txt")
    assert [(r.label, r.stance) for r in ex.recommendations] == [
        ("1", "adopted"), ("2", "rejected"), ("3", "partially_adopted")]
    assert {lab: a.text for a in ex.responses for lab in a.answers} == {
        "1": "Het kabinet neemt de eerste aanbeveling over en zal in 2024 een wetsvoorstel indienen.",
        "2": "De tweede aanbeveling neemt het kabinet niet over.",
        "3": "De derde aanbeveling neemt het kabinet gedeeltelijk over."}
    assert [c.recommendations for c in ex.commitments] == [["1"]]


def test_answers_that_name_two_listed_items_by_their_places_serve_both():
    # "De tweede en derde aanbeveling": one answer, both places
    text = ("Hierbij ontvangt u de kabinetsreactie op het advies.\n\nDe raad beveelt aan om:\n1. de positie van "
            "gemeenteraden te versterken;\n2. provincies meer ruimte te geven;\n3. te investeren in ambtelijke "
            "capaciteit.\n\nHet kabinet neemt de eerste aanbeveling over. De tweede en derde aanbeveling neemt het "
            "kabinet niet over.")
    from opvolging.extract.pipeline import extract_text

    ex = extract_text(text, "reactie.txt")
    assert [(r.label, r.stance) for r in ex.recommendations] == [("1", "adopted"), ("2", "rejected"),
                                                                  ("3", "rejected")]
    assert {lab: a.text for a in ex.responses for lab in a.answers} == {
        "1": "Het kabinet neemt de eerste aanbeveling over.",
        "2": "De tweede en derde aanbeveling neemt het kabinet niet over.",
        "3": "De tweede en derde aanbeveling neemt het kabinet niet over."}


def test_prose_mentioning_a_recommendation_is_no_heading():
    text = "Zoals ook aangegeven in de reactie op aanbeveling 4 zal de beleidsbrief zich richten op de instellingen."
    assert segment(text).headings == []


def test_table_of_recommendations_and_reactions():
    # the shape Word and HTML letters use: a header row, then one row per recommendation
    text = ("Hieronder reageert het kabinet per aanbeveling.\n\n"
            "Nr. | Aanbeveling | Reactie kabinet\n\n"
            "1 | Versterk de positie van gemeenten. | Het kabinet neemt deze aanbeveling over.\n\n"
            "2 | Maak een register van toezeggingen. | Dit gebeurt reeds. Het kabinet zal het register uitbreiden.")
    seg = segment(text)
    assert seg.shape == "table"
    assert [(h.labels, text[h.span[0]:h.span[1]], text[h.block[0]:h.block[1]]) for h in seg.headings] == [
        (["1"], "Versterk de positie van gemeenten.", "Het kabinet neemt deze aanbeveling over."),
        (["2"], "Maak een register van toezeggingen.", "Dit gebeurt reeds. Het kabinet zal het register uitbreiden."),
    ]


def test_a_tables_position_column_and_its_explanation_are_one_answer():
    # GENRE: "Nr. | Aanbeveling | Standpunt | Toelichting": the position a word in a cell of its own ("Overgenomen",
    # "Deels overgenomen", "Niet overgenomen"), explained in the next; the explanation had been left out of the answer
    text = ("In de tabel hieronder geef ik per aanbeveling het standpunt van het kabinet.\n\n"
            "Nr. | Aanbeveling | Standpunt | Toelichting\n\n"
            "1 | Verlaag de griffierechten. | Overgenomen | Per 1 januari 2025 worden de griffierechten verlaagd.\n\n"
            "2 | Breid de rechtsbijstand uit. | Deels overgenomen | De inkomensgrens wordt verhoogd.\n\n"
            "3 | Schaf de eigen bijdrage af. | Niet overgenomen | Dit past niet binnen de financiële kaders.")
    recs, responses = align(text, segment(text))
    assert [r.label for r in recs] == ["1", "2", "3"] and recs[0].text == "Verlaag de griffierechten."
    assert responses[0].text == "Overgenomen | Per 1 januari 2025 worden de griffierechten verlaagd."
    assert [classify(r.text).stance for r in responses] == ["adopted", "partially_adopted", "rejected"]


def test_table_with_numbered_recommendation_cells():
    text = ("Recommendation | Response of the Government\n\n"
            "Recommendation 3: Publish the follow-up plan. | The Government accepts this recommendation.")
    (h,) = segment(text).headings
    assert h.labels == ["3"] and text[h.span[0]:h.span[1]] == "Publish the follow-up plan."


def test_roman_numbered_headings():
    text = ("Aanbeveling III – Investeer in toezicht.\n\nHet kabinet deelt deze analyse.\n\n"
            "Aanbeveling IV: Evalueer de wet.\n\nDit gebeurt reeds.")
    assert [lab for lab, _ in labels_and_texts(text)] == [["III"], ["IV"]]


# Kamerstuk 32 735, nr. 354's first two recommendations and the opening of their answers, laid out as other
# letters do: the recommendations numbered as paragraphs, each answer after its recommendation
NUMBERED = ("Hierbij bied ik u de kabinetsreactie aan op de aanbevelingen van de AIV.\n\n"
            "1. Verdedig onverkort het behoud van rechtsstaat, democratie en mensenrechten.\n\n"
            "De AIV stelt terecht dat Nederland de bescherming van grondrechten en rechten van de mens grondslag "
            "heeft gemaakt van de eigen rechtsorde en van zijn buitenlands beleid.\n\n"
            "2. Maak niet langer onderscheid tussen verschillende categorieën van rechten.\n\n"
            "Ook zal er geen onderscheid worden gemaakt tussen de verschillende categorieën van recht.\n\n"
            "De Minister van Buitenlandse Zaken,\nW.B. Hoekstra\n")


def test_numbered_recommendations_each_with_its_answer():
    seg = segment(NUMBERED)
    assert seg.shape == "numbered"
    assert [(h.labels, NUMBERED[h.span[0]:h.span[1]]) for h in seg.headings] == [
        (["1"], "Verdedig onverkort het behoud van rechtsstaat, democratie en mensenrechten."),
        (["2"], "Maak niet langer onderscheid tussen verschillende categorieën van rechten.")]
    answers = [NUMBERED[h.block[0]:h.block[1]] for h in seg.headings]
    assert answers[0].startswith("De AIV stelt terecht") and answers[1].startswith("Ook zal er geen onderscheid")
    assert "Hoekstra" not in answers[1]  # the signature ends the last answer


@pytest.mark.parametrize(("first", "second"), [("I", "II"), ("a", "b"), ("A", "B"), ("a)", "b)")])
def test_recommendations_numbered_in_roman_numerals_or_letters(first, second):
    # the same letter, its recommendations numbered as other letters number them: "I.", "II."; "a.", "b."
    first, second = (x if x.endswith(")") else x + "." for x in (first, second))
    text = NUMBERED.replace("1. Verdedig", f"{first} Verdedig").replace("2. Maak", f"{second} Maak")
    seg = segment(text)
    assert seg.shape == "numbered"
    assert [(h.labels, text[h.span[0]:h.span[1]][:12]) for h in seg.headings] == [
        ([first.rstrip(".)")], "Verdedig onv"), ([second.rstrip(".)")], "Maak niet la")]
    assert text[seg.headings[1].block[0]:].startswith("Ook zal er geen onderscheid")


def test_roman_numerals_count_on_from_one():
    from opvolging.extract.segment import _roman
    assert [_roman(x) for x in "I II III IV V VI IX X XII XIV".split()] == [1, 2, 3, 4, 5, 6, 9, 10, 12, 14]
    # the section headings of a letter numbered in Roman numerals are no recommendations; items that skip one are
    # not a list that runs on
    assert not segment("Hierbij de aanbevelingen.\n\nI. Inleiding\n\nTekst.\n\nII. Het advies\n\nTekst.").headings
    skipping = NUMBERED.replace("1. Verdedig", "I. Verdedig").replace("2. Maak", "III. Maak")
    assert segment(skipping).shape != "numbered"


def test_numbered_paragraphs_that_are_no_recommendations():
    # section headings; the government's own numbered argument; numbered items without answers after them; a
    # letter that never speaks of recommendations
    assert not segment("Hierbij de aanbevelingen.\n\n1. Inleiding\n\nTekst.\n\n2. Het advies\n\nTekst.").headings
    answers = NUMBERED.replace("1. Verdedig onverkort", "1. Het kabinet verdedigt onverkort").replace(
        "2. Maak niet langer", "2. Het kabinet maakt niet langer")
    assert not segment(answers).headings
    bare = ("De aanbevelingen.\n\n1. Verdedig de rechtsstaat overal ter wereld.\n\n2. Maak geen onderscheid tussen "
            "rechten.\n\n3. Bouw aan nieuwe coalities met gelijkgestemde landen.")
    assert not segment(bare).headings
    assert not segment(NUMBERED.replace("aanbevelingen van de AIV", "brief van de AIV")).headings


def test_an_answer_that_runs_on_in_the_headings_paragraph_is_split_off():
    # Kamerstuk 32 735, nr. 354, recommendation 1 and its answer, where no blank line parts them
    text = ("• Aanbeveling 1 – Verdedig onverkort het behoud van rechtsstaat, democratie en mensenrechten. De AIV "
            "stelt terecht dat Nederland de bescherming van grondrechten grondslag heeft gemaakt.\n\n"
            "• Aanbeveling 2 – Maak niet langer onderscheid tussen verschillende categorieën van rechten. Ik "
            "onderschrijf deze aanbeveling.")
    seg = segment(text)
    assert [text[h.span[0]:h.span[1]] for h in seg.headings] == [
        "Verdedig onverkort het behoud van rechtsstaat, democratie en mensenrechten.",
        "Maak niet langer onderscheid tussen verschillende categorieën van rechten."]
    assert text[seg.headings[0].block[0]:].startswith("De AIV stelt terecht")
    assert text[seg.headings[1].block[0]:seg.headings[1].block[1]] == "Ik onderschrijf deze aanbeveling."


def test_a_recommendation_of_several_sentences_keeps_them():
    # Kamerstuk 32 735, nr. 354, recommendation 2: its second sentence is advice too; so is an imperative
    text = ("• Aanbeveling 2 – Zet in het buitenlands beleid de basisbeginselen van mensenrechten blijvend centraal. "
            "Hieronder vallen ook de principes van vrijheid en het tegengaan van straffeloosheid en corruptie. "
            "Omarm daarbij het initiatief van het maatschappelijk middenveld.\n\nHet kabinet deelt deze analyse.")
    (head,) = segment(text).headings
    assert text[head.span[0]:head.span[1]].endswith("initiatief van het maatschappelijk middenveld.")


@pytest.mark.parametrize("advice", [
    "Wij bevelen aan dat het kabinet daartoe de wet zal wijzigen.",  # the council's own "wij" and "zal"
    "De Raad steunt het voornemen van het kabinet.",  # the council speaking of itself
    "Deze aanbeveling geldt ook voor gemeenten.",
])
def test_the_councils_own_sentences_stay_with_its_recommendation(advice):
    text = ("Aanbeveling 1 – Verdedig onverkort het behoud van rechtsstaat, democratie en mensenrechten. " + advice
            + "\n\nHet kabinet deelt deze analyse.")
    (head,) = segment(text).headings
    assert text[head.span[0]:head.span[1]].endswith(advice)
    assert text[head.block[0]:head.block[1]] == "Het kabinet deelt deze analyse."


SUBJECT_ANSWERS = """De ROB doet in het advies de volgende aanbevelingen:

- Stel een digitaliseringstoets in voor alle nieuwe wetgeving;

- Investeer in de digitale kennis van het parlement;

- Maak één minister verantwoordelijk voor digitalisering.

Digitale kennis van het parlement

Het kabinet deelt deze aanbeveling niet. Het is aan de Kamer zelf om hierover te beslissen.

Digitaliseringstoets

Het kabinet neemt de aanbeveling over om een digitaliseringstoets in te voeren. Ik zal de toets in 2025 invoeren.

Financiën

De kosten van de uitvoering worden gedekt uit de begroting van het ministerie.

Hoogachtend,"""


def test_answers_under_headings_of_their_own_words_after_a_list():
    # GENRE: the council's list first, the cabinet's answers after it under headings of the subject, in another
    # order; a section on something else (the costs) answers none, and a recommendation no section speaks of has none
    recs, responses = align(SUBJECT_ANSWERS, segment(SUBJECT_ANSWERS))
    answer = {r.label: next((a.text for a in responses if a.id == r.response_id), None) for r in recs}
    assert answer["1"].startswith("Het kabinet neemt de aanbeveling over om een digitaliseringstoets")
    assert answer["2"].startswith("Het kabinet deelt deze aanbeveling niet.")
    assert answer["3"] is None


@pytest.mark.parametrize("rules", [True, False], ids=["ruled", "unruled"])
def test_a_table_of_recommendations_and_reactions_in_a_pdf(rules):
    # GENRE: the cabinet answers in a table of two columns, each cell's words wrapped in it; read across line by
    # line, the recommendation and the reaction would interleave. The closing after the table is not its last row.
    from opvolging.extract.pipeline import extract
    from opvolging.sources import load_bytes
    from tests.pdfs import table_pdf

    rows = [("1. Stel een digitaliseringstoets in voor alle nieuwe wetgeving.",
             "Het kabinet neemt deze aanbeveling over. Ik zal de toets in 2025 invoeren."),
            ("2. Investeer in de digitale kennis van het parlement.",
             "Het kabinet neemt deze aanbeveling niet over. Het is aan de Kamer zelf om hierover te beslissen."),
            ("3. Maak één minister verantwoordelijk voor digitalisering.",
             "Het kabinet neemt dit advies gedeeltelijk over. De staatssecretaris coördineert het beleid.")]
    data = table_pdf(["Geachte voorzitter,", "Op 10 januari 2024 heeft de Raad voor het Openbaar Bestuur (ROB) het "
                      "advies 'Grip op digitalisering' uitgebracht. In de tabel hieronder reageert het kabinet op de "
                      "aanbevelingen."], ("Aanbeveling", "Reactie kabinet"), rows, (75, 85), rules=rules,
                     after=["Hoogachtend,", "De minister van Binnenlandse Zaken en Koninkrijksrelaties,",
                            "H.M. de Jonge"])
    ex = extract(load_bytes(data, "pdf", "tabel.pdf"))
    assert [(r.label, r.text, r.stance) for r in ex.recommendations] == [
        ("1", "Stel een digitaliseringstoets in voor alle nieuwe wetgeving.", "adopted"),
        ("2", "Investeer in de digitale kennis van het parlement.", "rejected"),
        ("3", "Maak één minister verantwoordelijk voor digitalisering.", "partially_adopted")]
    assert [(c.recommendations, c.due) for c in ex.commitments] == [(["1"], "2025-12-31")]
    assert [s.name for s in ex.metadata.signatories] == ["H.M. de Jonge"]


def test_a_tables_planning_column_times_the_rows_promises_and_an_empty_cells_dash_ends_no_word():
    # GENRE: four columns, "Nr. | Aanbeveling | Reactie kabinet | Planning": the planning cell ("Eind 2024") is when
    # the row's promises that name no time are due; the last row's empty planning cell ("-") is no word broken at the
    # line's end (the closing had been joined to it: "| - Hoogachtend, …")
    from opvolging.extract.pipeline import extract
    from opvolging.sources import load_bytes
    from tests.pdfs import table_pdf

    rows = [("1", "Versterk het interne toezicht in zorginstellingen.", "Het kabinet neemt deze aanbeveling over en "
             "stuurt de Kamer in het voorjaar van 2024 een wetsvoorstel.", "Voorjaar 2024"),
            ("2", "Betrek cliëntenraden bij de benoeming van bestuurders.", "Het kabinet neemt deze aanbeveling "
             "gedeeltelijk over. Ik ga hierover in gesprek met de brancheorganisaties.", "Eind 2024"),
            ("3", "Stel een onafhankelijke geschillencommissie in.", "Het kabinet neemt deze aanbeveling niet over.",
             "-")]
    data = table_pdf(["Den Haag, 3 oktober 2023", "Geachte voorzitter,", "Hierbij ontvangt u de kabinetsreactie op "
                      "het advies 'Goed bestuur in de zorg' van de Raad voor Volksgezondheid & Samenleving (RVS)."],
                     ("Nr.", "Aanbeveling", "Reactie kabinet", "Planning"), rows, (12, 55, 75, 25),
                     after=["Hoogachtend,", "de minister van Volksgezondheid, Welzijn en Sport,", "Ernst Kuipers"])
    ex = extract(load_bytes(data, "pdf", "tabel.pdf"))
    assert [(r.label, r.stance) for r in ex.recommendations] == [
        ("1", "adopted"), ("2", "partially_adopted"), ("3", "rejected")]
    assert [(c.recommendations, c.deadline_text, c.due) for c in ex.commitments] == [
        (["1"], "in het voorjaar van 2024", "2024-06-21"), (["2"], "Eind 2024", "2024-12-31")]
    assert "| -\n\nHoogachtend," in ex.text
    assert [s.name for s in ex.metadata.signatories] == ["Ernst Kuipers"]


def test_recommendations_quoted_as_headings_of_their_own_words_and_answered_by_deze_aanbeveling():
    # a letter that sets each recommendation as a bold heading of its words, with no number, and answers it at
    # once: "Het kabinet neemt deze aanbeveling over." Only the answer's pointing back says what the heading is
    from opvolging.extract.pipeline import extract
    from opvolging.sources import load_bytes
    from tests.pdfs import letter_pdf

    paragraphs = [
        "Geachte voorzitter,",
        "Op 20 april 2023 heeft de Raad voor het Openbaar Bestuur het advies 'Sterk bestuur' uitgebracht. Hieronder "
        "ga ik op elk van de aanbevelingen in.",
        "Versterk de positie van gemeenteraden",
        "Het kabinet neemt deze aanbeveling over. Ik zal in 2024 een wetsvoorstel indienen.",
        "Geef provincies meer ruimte bij de uitvoering",
        "Het kabinet neemt deze aanbeveling niet over.",
        "Hoogachtend,", "de minister van Binnenlandse Zaken en Koninkrijksrelaties,", "H.G.J. Bruins Slot"]
    ex = extract(load_bytes(letter_pdf(paragraphs, {2, 4}), "pdf", "reactie.pdf"))
    assert [(r.label, r.text, r.stance) for r in ex.recommendations] == [
        ("1", "Versterk de positie van gemeenteraden", "adopted"),
        ("2", "Geef provincies meer ruimte bij de uitvoering", "rejected")]
    assert [c.recommendations for c in ex.commitments] == [["1"]]


def test_a_paragraph_answered_by_dit_advies_is_no_recommendation():
    # "dit advies" is the whole advice, thanked for after the paragraph that says it was published; the government's
    # own words are never the council's
    text = ("Op 20 april 2023 heeft de ROB het advies 'Sterk bestuur' uitgebracht.\n\nHet kabinet dankt de raad voor "
            "dit advies.\n\nHet kabinet heeft de aanbevelingen gelezen.\n\nDeze aanbeveling neemt het kabinet over.\n\n"
            "De raad constateert dat gemeenten onder druk staan.\n\nHet kabinet deelt deze analyse.")
    assert segment(text).headings == []


def test_headings_that_say_what_the_recommendation_reads_and_one_quoted_between_them():
    # GENRE: "Aanbeveling 1 luidt: '…'" with its answer on the next line, "Aanbeveling 3 (subject)" as a heading, and
    # between them a recommendation quoted in the running text by its number ("In aanbeveling 2 vraagt de Raad om …")
    text = ("Hierbij ontvangt u de kabinetsreactie.\n\nAanbeveling 1 luidt: 'Versterk de positie van gemeenteraden.'\n"
            "Het kabinet onderschrijft deze aanbeveling.\n\nIn aanbeveling 2 vraagt de Raad om te investeren in "
            "burgerschapsonderwijs.\nDit gebeurt al.\n\nAanbeveling 3 (correctief referendum)\nHet kabinet neemt deze "
            "aanbeveling niet over.")
    seg = segment(text)
    got = [(h.labels, text[h.span[0]:h.span[1]], text[h.block[0]:h.block[1]]) for h in seg.headings]
    assert got == [
        (["1"], "'Versterk de positie van gemeenteraden.'", "Het kabinet onderschrijft deze aanbeveling."),
        (["2"], "te investeren in burgerschapsonderwijs.", "Dit gebeurt al."),
        (["3"], "(correctief referendum)", "Het kabinet neemt deze aanbeveling niet over.")]


def test_numbered_recommendations_after_a_letter_that_names_the_advice_only():
    # GENRE: the letter names the advice ("heeft de Raad … het advies «Sterk bestuur» uitgebracht") and never says
    # "aanbevelingen" before the first item; the items are lettered
    text = ("Op 15 december 2023 heeft de Raad voor het Openbaar Bestuur het advies «Sterk bestuur» uitgebracht.\n\n"
            "a. Versterk de positie van gemeenten.\n\nHet kabinet neemt deze aanbeveling over.\n\n"
            "b. Verminder het aantal gemeenschappelijke regelingen.\n\nHet kabinet neemt de aanbeveling niet over.\n\n"
            "c. Investeer in lokale democratie.\n\nDeze aanbeveling wordt al uitgevoerd.")
    seg = segment(text)
    assert seg.shape == "numbered" and [h.labels for h in seg.headings] == [["a"], ["b"], ["c"]]
