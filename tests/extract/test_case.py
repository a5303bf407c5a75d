"""A case read from several documents (extract.pipeline.extract_case): a council's report and the cabinet's answer
that does not quote every recommendation. The words are the founding letter's (Kamerstuk 32 735, nr. 354) and AIV
advice 122's."""

from opvolging.extract.pipeline import extract_case
from opvolging.sources import SourceDocument

REPORT = ("Adviesraad Internationale Vraagstukken\n\nMensenrechten: kernbelang in een geopolitiek krachtenveld\n\n"
          "Advies nr. 122, juni 2022\n\nAanbevelingen\n\nAanbeveling 1\nVerdedig onverkort het behoud van rechtsstaat, "
          "democratie en mensenrechten.\n\nAanbeveling 2\nMaak niet langer onderscheid tussen verschillende "
          "categorieën van rechten.\n\nAanbeveling 3\nVersterk de capaciteit en kennis inzake mensenrechten binnen "
          "de overheid.")
ANSWER = ("Hierbij bied ik u de kabinetsreactie aan op advies 122 van de Adviesraad Internationale Vraagstukken (AIV) "
          "«Mensenrechten: Kernbelang in een geopolitiek krachtenveld».\n\nDe AIV stelt in aanbeveling 1 terecht dat "
          "Nederland de bescherming van grondrechten grondslag heeft gemaakt van zijn buitenlands beleid. Het kabinet "
          "zal een beleidsbrief aan de Kamer sturen.\n\nAanbeveling 3 neemt het kabinet over: het Ministerie van "
          "Buitenlandse Zaken zal een nieuwe mensenrechtencursus vormgeven.\n\nDe Minister van Buitenlandse Zaken,\n\n"
          "W.B. Hoekstra")


def test_the_answer_serves_the_reports_recommendations_it_names():
    ex = extract_case([SourceDocument([REPORT], "advies.txt", "txt", "r"),
                       SourceDocument([ANSWER], "reactie.txt", "txt", "a")])
    by = {r.label: r for r in ex.recommendations}
    assert list(by) == ["1", "2", "3"]
    assert by["1"].text.startswith("Verdedig onverkort") and by["1"].span[1] <= ex.sources[0].span[1]
    first = next(a for a in ex.responses if a.id == by["1"].response_id)
    assert first.text.startswith("De AIV stelt in aanbeveling 1 terecht") and by["1"].stance == "adopted"
    assert by["2"].response_id is None and by["2"].stance == "unclear"  # the answer does not take it up
    assert by["3"].stance == "adopted"
    assert [s.name for s in ex.metadata.signatories] == ["W.B. Hoekstra"]  # the answer's letter signs the case
    assert ex.advice.council_abbreviation == "AIV" and ex.advice.number == "122"
    assert any("mensenrechtencursus" in c.action for c in ex.commitments)
    assert all(ex.sources[1].span[0] <= m.span[0] for c in ex.commitments for m in c.mentions)


def test_a_councils_report_and_an_answer_by_subject_are_one_case():
    # GENRE: the cabinet answers the council's numbered recommendations under headings of their subject, in its own
    # order, naming none of their numbers: each recommendation takes the section that speaks of it
    report = ("Raad voor het Openbaar Bestuur\n\nGrip op digitalisering\n\nDe Raad doet drie aanbevelingen.\n\n"
              "Aanbeveling 1: Stel een digitaliseringstoets in voor alle nieuwe wetgeving.\n\nNieuwe wetten moeten "
              "vooraf worden getoetst.\n\nAanbeveling 2: Investeer in de digitale kennis van het parlement.\n\n"
              "Kamerleden missen vaak die kennis.\n\nAanbeveling 3: Maak één minister verantwoordelijk voor "
              "digitalisering.\n\nDe verantwoordelijkheid is nu versnipperd.\n")
    answer = ("Den Haag, 12 april 2024\n\nBetreft Kabinetsreactie op het advies 'Grip op digitalisering' van de Raad "
              "voor het Openbaar Bestuur\n\nGeachte voorzitter,\n\nHierbij ontvangt u de kabinetsreactie.\n\n"
              "Eén verantwoordelijke minister\n\nHet kabinet neemt dit advies gedeeltelijk over. De staatssecretaris "
              "coördineert het beleid.\n\nDigitaliseringstoets\n\nHet kabinet neemt de aanbeveling over om een "
              "digitaliseringstoets in te voeren. Ik zal de toets in 2025 invoeren.\n\nKennis van het parlement\n\n"
              "Het kabinet deelt deze aanbeveling niet.\n\nHoogachtend,\n\nDe minister van Binnenlandse Zaken en "
              "Koninkrijksrelaties,\n\nH.M. de Jonge\n")
    ex = extract_case([SourceDocument([report], "advies.txt", "txt", "r"),
                       SourceDocument([answer], "reactie.txt", "txt", "a")])
    assert [(r.label, r.stance) for r in ex.recommendations] == [("1", "adopted"), ("2", "rejected"),
                                                                 ("3", "partially_adopted")]
    assert [c.recommendations for c in ex.commitments] == [["1"]]


ROB_ANSWER = ("Geachte voorzitter,\n\nOp 15 juni 2023 heeft de Raad voor het Openbaar Bestuur het advies "
              "'Vertrouwen in de democratie' uitgebracht. Hierbij ontvangt u de kabinetsreactie.\n\nOndersteuning "
              "van raadsleden\n\nHet kabinet neemt de eerste aanbeveling over. Het kabinet zal in 2024 een "
              "wetsvoorstel indienen.\n\nBurgerschapsonderwijs\n\nTen aanzien van aanbeveling 2 merkt het kabinet "
              "op dat burgerschapsonderwijs al wettelijk verplicht is. Aan deze aanbeveling wordt dus reeds invulling "
              "gegeven.\n\nReferendum\n\nDe Raad adviseert een correctief referendum in te voeren (aanbeveling 3). "
              "Het kabinet is hier geen voorstander van.\n\nDe minister van Binnenlandse Zaken en "
              "Koninkrijksrelaties,\n\nHugo de Jonge\n")


def test_a_reports_numbered_list_under_its_heading_and_an_answer_by_place_and_by_number():
    # GENRE: a council's report lists its recommendations under the heading "Aanbevelingen", numbered, no word
    # between them; the cabinet's answer names one by its place ("de eerste aanbeveling"), one by its number, and
    # quotes one in its running text ("De Raad adviseert … (aanbeveling 3)"), which numbers that quote by its place
    report = ("Raad voor het Openbaar Bestuur\n\nVertrouwen in de democratie\n\nAdvies, juni 2023\n\n"
              "Samenvatting\n\nDe democratie staat onder druk.\n\nAanbevelingen\n\n1. Versterk de positie van "
              "gemeenteraden door betere ondersteuning van raadsleden.\n\n2. Investeer in burgerschapsonderwijs op "
              "alle scholen.\n\n3. Voer een correctief bindend referendum in.\n")
    answer = ROB_ANSWER
    ex = extract_case([SourceDocument([report], "advies.txt", "txt", "r"),
                       SourceDocument([answer], "reactie.txt", "txt", "a")])
    assert [(r.label, r.text[:19], r.stance) for r in ex.recommendations] == [
        ("1", "Versterk de positie", "adopted"), ("2", "Investeer in burger", "already_implemented"),
        ("3", "Voer een correctief", "rejected")]
    responses = {r.id: r for r in ex.responses}
    assert responses[ex.recommendations[0].response_id].text.startswith("Het kabinet neemt de eerste aanbeveling")
    assert [c.recommendations for c in ex.commitments] == [["1"]]


def test_the_answer_read_alone_quotes_one_by_its_own_number_and_names_the_others_for_a_tracker():
    # the same answer as its own document: the quote in running text keeps the number it gives itself
    # ("(aanbeveling 3)"), its answer ends before the closing ("de minister van …,"), and the recommendations named
    # by place or number are answered, for a tracker to link to the report's
    ex = extract_case([SourceDocument([ROB_ANSWER], "reactie.txt", "txt", "a")])
    assert [(r.label, r.text, r.stance) for r in ex.recommendations] == [
        ("3", "een correctief referendum in te voeren", "rejected")]
    assert [(a.label, a.stance) for a in ex.answered] == [("1", "adopted"), ("2", "already_implemented")]
    responses = {r.id: r for r in ex.responses}
    assert responses[ex.recommendations[0].response_id].text == "Het kabinet is hier geen voorstander van."
    assert [c.recommendations for c in ex.commitments] == [["1"]]


# an answer read alone that quotes its first recommendation in its running text and names the others by place and
# by number, in the order of the advice ("Kabinetsreactie op het advies 'Grenzen aan groei'" is made up for this test,
# in the genre's formulas)
RLI_ANSWER = (
    "Datum 12 juni 2024\nBetreft Kabinetsreactie op het advies 'Grenzen aan groei' van de Raad voor de leefomgeving "
    "en infrastructuur\n\nGeachte voorzitter,\n\nOp 15 februari 2024 heeft de Raad voor de leefomgeving en "
    "infrastructuur (Rli) het advies 'Grenzen aan groei' uitgebracht. In deze brief geef ik de reactie van het kabinet "
    "op de vijf aanbevelingen uit het advies.\n\nRuimtelijke keuzes\nIn de eerste aanbeveling adviseert de Rli om de "
    "ruimtelijke keuzes voor de lange termijn vast te leggen in een nationaal programma. Het kabinet neemt deze "
    "aanbeveling over. Ik zal de Nota Ruimte voor het einde van 2024 aan uw Kamer sturen.\n\nDe tweede en derde "
    "aanbeveling gaan over de rol van provincies. Het kabinet deelt de analyse van de Rli, maar kiest voor een andere "
    "uitwerking.\n\nAanbeveling 4 vraagt om een grondbank. Het kabinet ziet hiervoor geen aanleiding.\n\nMet "
    "betrekking tot aanbeveling 5 merk ik op dat deze al wordt uitgevoerd in het programma Mooi Nederland.\n\n"
    "Hoogachtend,\n\nDe minister van Volkshuisvesting en Ruimtelijke Ordening,\n\nHugo de Jonge")


def test_an_answer_to_the_first_ends_where_the_answers_naming_the_others_begin():
    ex = extract_case([SourceDocument([RLI_ANSWER], "reactie.txt", "txt", "a")])
    assert [(r.label, r.stance) for r in ex.recommendations] == [("1", "adopted")]  # its answer alone, not the others'
    first = next(r for r in ex.responses if r.id == ex.recommendations[0].response_id)
    assert first.text == ("Het kabinet neemt deze aanbeveling over. Ik zal de Nota Ruimte voor het einde van 2024 aan "
                          "uw Kamer sturen.")
    # "De tweede en derde aanbeveling": both places named
    assert [(a.label, a.stance) for a in ex.answered] == [
        ("2", "partially_adopted"), ("3", "partially_adopted"), ("4", "rejected"), ("5", "already_implemented")]
    assert [c.recommendations for c in ex.commitments] == [["1"]]


# an answer read alone that names the council's recommendations by their place in its own words ("in zijn derde
# aanbeveling"), agrees with the verb before its subject ("… ben ik het eens") and says one is done already in a
# subordinate clause ("dat dit al gebeurt"): the genre's formulas, the advice made up
OR_ANSWER = (
    "Datum 14 februari 2024\nBetreft Reactie op het advies 'Een stevig fundament' van de Onderwijsraad\n\nGeachte "
    "voorzitter,\n\nOp 5 oktober 2023 heeft de Onderwijsraad het advies 'Een stevig fundament' gepubliceerd. In deze "
    "brief geef ik mijn reactie op de vier aanbevelingen uit dit advies.\n\nDe eerste aanbeveling van de raad is om de "
    "basisvaardigheden centraal te stellen in het curriculum. Deze aanbeveling neem ik over.\n\nMet de tweede "
    "aanbeveling, om leraren meer tijd te geven voor professionalisering, ben ik het eens.\n\nDe raad beveelt in zijn "
    "derde aanbeveling aan om een landelijke toets voor rekenen in te voeren. Deze aanbeveling neem ik niet over.\n\n"
    "Ten aanzien van de vierde aanbeveling, het versterken van de samenwerking tussen scholen en gemeenten, merk ik op "
    "dat dit al gebeurt in de regionale onderwijsagenda's.\n\nHoogachtend,\n\nde minister voor Primair en Voortgezet "
    "Onderwijs,\n\nMariëlle Paul")


def test_an_answer_names_the_councils_recommendations_by_its_own_places():
    ex = extract_case([SourceDocument([OR_ANSWER], "reactie.txt", "txt", "a")])
    assert [(a.label, a.stance) for a in ex.answered] == [
        ("1", "adopted"), ("2", "adopted"), ("3", "rejected"), ("4", "already_implemented")]
    assert ex.metadata.ministry == "Ministerie van Onderwijs, Cultuur en Wetenschap"


# an answer read alone that answers by theme, naming the recommendations in parentheses and by place, several in one
# paragraph; "Dit doe ik al" and a position still to be told ("Over de vijfde aanbeveling … informeer ik uw Kamer"):
# the genre's formulas, the advice made up
THEMED_ANSWER = (
    "Datum 5 maart 2024\nBetreft Kabinetsreactie op het advies 'Samen werken aan wonen' van de Raad voor de "
    "leefomgeving en infrastructuur\n\nGeachte voorzitter,\n\nOp 10 november 2023 heeft de Raad voor de leefomgeving "
    "en infrastructuur (Rli) het advies 'Samen werken aan wonen' uitgebracht. In deze brief reageer ik per thema op "
    "het advies.\n\nRegie op de woningbouw\n\nDe Rli adviseert het Rijk om meer regie te nemen op de woningbouw "
    "(aanbeveling 1). Ik neem deze aanbeveling over. Ik zal in 2024 een wetsvoorstel versterking regie "
    "volkshuisvesting indienen. Ook adviseert de raad om de provincies een grotere rol te geven (aanbeveling 2). Dit "
    "doe ik al via de woondeals.\n\nBetaalbaarheid\n\nDe raad beveelt aan om de huurtoeslag te verhogen "
    "(aanbevelingen 3 en 4). Het kabinet neemt deze aanbevelingen niet over, omdat hiervoor geen financiële ruimte "
    "is. Over de vijfde aanbeveling, het versnellen van procedures, informeer ik uw Kamer voor de zomer.\n\n"
    "De minister voor Volkshuisvesting en Ruimtelijke Ordening,\n\nHugo de Jonge")


def test_recommendations_named_in_the_sentences_of_one_paragraph_each_take_their_own_answer():
    ex = extract_case([SourceDocument([THEMED_ANSWER], "reactie.txt", "txt", "a")])
    stances = {r.label: r.stance for r in ex.recommendations} | {a.label: a.stance for a in ex.answered}
    # the fifth's answer is its own sentence, not the refusal of the third and fourth before it
    assert stances == {"1": "adopted", "2": "already_implemented", "3": "rejected", "4": "rejected", "5": "noted"}
    assert {c.action.split()[0]: c.recommendations for c in ex.commitments} == {"Ik": ["1"], "Over": ["5"]}


def test_a_quote_that_gives_itself_two_numbers_is_both_recommendations():
    # "… de huurtoeslag te verhogen (aanbevelingen 3 en 4).": one quote, two numbers, neither in its words
    ex = extract_case([SourceDocument([THEMED_ANSWER], "reactie.txt", "txt", "a")])
    quoted = {r.label: r.text for r in ex.recommendations}
    assert quoted["3"] == quoted["4"] == "de huurtoeslag te verhogen"


def test_an_answer_ends_before_the_heading_of_the_next_theme():
    # "Dit doe ik al via de woondeals." / "Betaalbaarheid": the heading opens the next section, no answer's words
    ex = extract_case([SourceDocument([THEMED_ANSWER], "reactie.txt", "txt", "a")])
    second = next(r for r in ex.responses if "2" in r.answers)
    assert second.text == "Dit doe ik al via de woondeals."


def test_a_quote_that_gives_itself_three_numbers_is_all_three():
    # GENRE: "(aanbevelingen 2, 3 en 5)": as many numbers as the quote gives, not only two
    answer = THEMED_ANSWER.replace("(aanbevelingen 3 en 4)", "(aanbevelingen 3, 4 en 6)")
    ex = extract_case([SourceDocument([answer], "reactie.txt", "txt", "a")])
    quoted = {r.label: r.text for r in ex.recommendations}
    assert quoted["3"] == quoted["4"] == quoted["6"] == "de huurtoeslag te verhogen"
