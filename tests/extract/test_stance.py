import pytest

from opvolging.extract.stance import classify

CASES = [
    # Kamerstuk 32 735, nr. 354
    ("nl", "De AIV stelt terecht dat Nederland de bescherming van grondrechten grondslag heeft gemaakt.", "adopted"),
    ("nl", "Het kabinet deelt de mening van de AIV dat het mensenrechtennarratief verschilt.", "adopted"),
    ("nl", "Conform het AIV-advies zal hierbij worden ingezet op het tegengaan van procedurele ondermijning.",
     "adopted"),
    ("nl", "De AIV-aanbeveling dat de regering gebruik dient te maken van de nieuwe kansen zal worden opgevolgd.",
     "adopted"),
    # shapes other answers use
    ("nl", "Het kabinet neemt deze aanbeveling over.", "adopted"),
    ("nl", "Het kabinet neemt deze aanbeveling niet over, omdat de wet hier al in voorziet.", "rejected"),
    ("nl", "Dit gebeurt reeds in het kader van de Nationale Strategie.", "already_implemented"),
    ("nl", "Het kabinet neemt de aanbeveling gedeeltelijk over.", "partially_adopted"),
    ("nl", "Het kabinet neemt kennis van dit advies.", "noted"),
    # the same in the first person, as a minister who signs alone writes
    ("nl", "Ik neem deze aanbeveling over.", "adopted"),
    ("nl", "Deze aanbeveling neem ik graag over.", "adopted"),
    ("nl", "Wij nemen de aanbeveling over.", "adopted"),
    ("nl", "Deze aanbeveling neem ik niet over, omdat de wet hier al in voorziet.", "rejected"),
    ("nl", "Ik onderschrijf deze aanbeveling niet.", "rejected"),
    ("nl", "Deze aanbeveling neem ik gedeeltelijk over.", "partially_adopted"),
    ("nl", "Ik zie daarom geen aanleiding om dit wettelijk te regelen.", "rejected"),
    ("nl", "Ik deel dit advies.", "adopted"),
    ("nl", "Het kabinet deelt deze aanbeveling niet.", "rejected"),
    ("nl", "Wij zien onvoldoende aanleiding voor een nieuwe wet.", "rejected"),
    ("nl", "Ik deel de analyse van de raad, maar ik zie geen aanleiding om dit wettelijk te regelen.",
     "partially_adopted"),
    ("nl", "Ik onderschrijf de aanbeveling van de Raad.", "adopted"),
    ("nl", "Ik deel de analyse van de Raad.", "adopted"),
    ("nl", "Ik neem kennis van dit advies.", "noted"),
    # UPR addendum (Slovenia, A/HRC/43/15/Add.1)
    ("en", "Slovenia accepts these recommendations and has already started implementing them.", "adopted"),
    ("en", "Slovenia accepts the part on free legal aid, but cannot accept the recommendation on specialised family "
           "courts.", "partially_adopted"),
    ("en", "Slovenia cannot accept this recommendation.", "rejected"),
    ("en", "Slovenia cannot, at this point in time, make a definitive statement on the ratification.", "noted"),
    ("en", "Slovenia has already implemented this recommendation.", "already_implemented"),
]


@pytest.mark.parametrize(("lang", "answer", "stance"), CASES)
def test_stance(lang, answer, stance):
    result = classify(answer, lang)
    assert result.stance == stance
    assert result.evidence
    assert 0 < result.confidence <= 1


def test_hedge_lowers_confidence():
    plain = classify("Het kabinet deelt de analyse van de Raad.", "nl")
    hedged = classify("Het kabinet deelt de analyse van de Raad in algemene zin.", "nl")
    assert hedged.stance == plain.stance == "adopted"
    assert hedged.confidence < plain.confidence


def test_promise_without_cue_is_adopted_with_low_confidence():
    # Kamerstuk 32 735, nr. 354, answer to recommendation 9
    r = classify("Nederland zal zich ook blijven inzetten om de beperking van de democratische ruimte tegen te gaan.")
    assert r.stance == "adopted" and r.confidence <= 0.5


def test_nothing_said_is_unclear():
    assert classify("De Raad heeft een rapport geschreven.").stance == "unclear"


@pytest.mark.parametrize("sentence, stance", [  # GENRE: more of the kabinetsreactie's formulas
    ("Het kabinet kiest er niet voor om een nieuwe toezichthouder op te richten.", "rejected"),
    ("Het kabinet ziet af van een wettelijke verplichting.", "rejected"),
    ("Het kabinet onderschrijft de aanbeveling op hoofdlijnen, maar kiest voor een andere uitwerking.",
     "partially_adopted"),
    ("Het kabinet neemt de aanbeveling niet over, maar kiest voor een andere aanpak.", "rejected"),
    ("Het kabinet heeft hier al invulling aan gegeven met de Wet open overheid.", "already_implemented"),
    ("Het kabinet zal deze aanbeveling betrekken bij de verdere uitwerking.", "noted"),
    ("Het kabinet kiest ervoor om de aanbeveling over te nemen.", "adopted"),
    # a "niet" in the passive or in agreement turns the stance round: these had read as adopted
    ("Deze aanbeveling wordt niet overgenomen.", "rejected"),
    ("Deze aanbeveling zal niet worden opgevolgd.", "rejected"),
    ("Het kabinet is het niet eens met de raad.", "rejected"),
    ("Het kabinet is het hier niet mee eens.", "rejected"),
    ("Het kabinet is het oneens met deze aanbeveling.", "rejected"),
    ("Het kabinet staat afwijzend tegenover deze aanbeveling.", "rejected"),
    ("Het kabinet staat niet positief tegenover een verplichting.", "rejected"),
    ("Het kabinet staat positief tegenover deze aanbeveling.", "adopted"),
    ("Het kabinet neemt deze aanbeveling ter harte.", "adopted"),
    ("Het kabinet neemt de aanbeveling over, met uitzondering van het voorstel om een nieuwe toezichthouder op te "
     "richten.", "partially_adopted"),
    ("Aan deze aanbeveling wordt reeds uitvoering gegeven.", "already_implemented"),
    ("Deze aanbeveling sluit aan bij het bestaande beleid.", "already_implemented"),
    ("Het kabinet zal deze aanbeveling nader bezien.", "noted"),  # nothing decided yet, as "will consider"
])
def test_more_formulas_of_the_answer(sentence, stance):
    assert classify(sentence, "nl").stance == stance, sentence


def test_taking_over_in_the_infinitive():
    # GENRE: "om de aanbeveling over te nemen" adopts; "niet over te nemen" and "geen aanleiding om … over te nemen"
    # reject
    assert classify("Het kabinet heeft besloten de aanbeveling niet over te nemen.", "nl").stance == "rejected"
    assert classify("Het kabinet ziet geen aanleiding om deze aanbeveling over te nemen.", "nl").stance == "rejected"


@pytest.mark.parametrize("sentence, stance", [  # GENRE: a UN addendum's answers in the passive, or as a label
    ("The recommendation is not supported.", "rejected"),
    ("This recommendation is not accepted.", "rejected"),
    ("Not accepted.", "rejected"),
    ("Supported.", "adopted"),
    ("Accepted.", "adopted"),
    ("Noted.", "noted"),
    ("The recommendation is under consideration.", "noted"),
    ("The recommendation has been implemented through the adoption of the new Act.", "already_implemented"),
    ("Ruritania supports the first part of the recommendation and notes the second part.", "partially_adopted"),
])
def test_an_english_answer_in_the_passive_or_as_a_label(sentence, stance):
    assert classify(sentence, "en").stance == stance, sentence


def test_an_english_answer_noted_in_the_passive_and_accepted_before_it_is_considered():
    # GENRE: UN addenda's narrative answers
    assert classify("The recommendation is noted.", "en").stance == "noted"
    assert classify("Ruritania agrees with the recommendation and will consider ratification in due course.",
                    "en").stance == "adopted"
    assert classify("Ruritania will consider this recommendation.", "en").stance == "noted"


@pytest.mark.parametrize("sentence, stance", [  # GENRE: the kabinetsreactie's formulas, in more of their forms
    ("Deze aanbeveling wordt deels overgenomen.", "partially_adopted"),  # the passive's part ("deels overgenomen")
    ("Het kabinet kiest ervoor om deze aanbeveling niet op te volgen.", "rejected"),
    ("Het kabinet neemt deze aanbeveling ter kennisgeving aan.", "noted"),
    ("Het kabinet is het met de Raad eens dat de rolverdeling duidelijker moet.", "adopted"),
    ("Het kabinet is het met de Raad niet eens.", "rejected"),
    ("Het kabinet gaat hierin mee.", "adopted"),
    ("Het kabinet gaat mee in het voorstel van de Raad.", "adopted"),
    ("Het kabinet gaat hier niet in mee.", "rejected"),  # "gaat" no future here
    ("Het kabinet ziet op dit moment geen mogelijkheden om dit te realiseren.", "rejected"),
    ("De aanbeveling is reeds in uitvoering.", "already_implemented"),
    ("Dit advies wordt in de praktijk al gevolgd.", "already_implemented"),
    ("De aanbeveling is in lijn met het bestaande beleid.", "already_implemented"),
])
def test_the_answers_formulas_in_more_of_their_forms(sentence, stance):
    assert classify(sentence, "nl").stance == stance, sentence


@pytest.mark.parametrize("sentence, stance", [  # GENRE: a UN addendum's narrative answers, in more of their forms
    ("This recommendation is already being implemented.", "already_implemented"),
    ("The Government agrees in principle with the recommendation.", "adopted"),
    ("The Government is considering ratification of the Convention.", "noted"),
    ("The recommendation is supported in part.", "partially_adopted"),
    ("The Government disagrees with this recommendation.", "rejected"),
    ("The Government is already implementing this recommendation.", "already_implemented"),  # doing it already
    ("Ruritania supports the recommendation insofar as it concerns public officials.", "partially_adopted"),
])
def test_an_english_answer_in_more_of_its_forms(sentence, stance):
    assert classify(sentence, "en").stance == stance, sentence


@pytest.mark.parametrize("sentence, stance", [  # GENRE: the kabinetsreactie's formulas the dev corpus lacks
    ("Het kabinet kan zich vinden in deze aanbeveling.", "adopted"),
    ("Het kabinet kan zich goed vinden in de aanbeveling van de Raad.", "adopted"),
    ("Het kabinet kan zich niet vinden in deze aanbeveling.", "rejected"),
    ("Het kabinet geeft opvolging aan deze aanbeveling.", "adopted"),
    ("Het kabinet zal uitvoering geven aan deze aanbeveling.", "adopted"),
    ("Het kabinet geeft geen opvolging aan deze aanbeveling.", "rejected"),
    ("Het kabinet zal deze aanbeveling opvolgen.", "adopted"),
    ("Het kabinet zal deze aanbeveling niet opvolgen.", "rejected"),  # was adopted, by its future tense
    ("Het kabinet ondersteunt deze aanbeveling.", "adopted"),
    ("Het kabinet ondersteunt deze aanbeveling niet.", "rejected"),
    ("Het kabinet ondersteunt deze aanbeveling, niet alleen vanwege de kosten.", "adopted"),
    ("Het kabinet staat sympathiek tegenover deze aanbeveling.", "adopted"),
    ("Het kabinet staat achter deze aanbeveling.", "adopted"),
    ("Het kabinet juicht deze aanbeveling toe.", "adopted"),
    ("Het kabinet is voorstander van het voorstel van de Raad.", "adopted"),
    ("Het kabinet is geen voorstander van een aparte wet.", "rejected"),
    ("Het kabinet neemt deze aanbeveling op in het actieplan.", "adopted"),
    ("Het kabinet acht deze aanbeveling niet uitvoerbaar.", "rejected"),
    ("Het kabinet acht een dergelijke verplichting niet zinvol.", "rejected"),
    ("Het kabinet vindt het niet nodig om een nieuwe wet te maken.", "rejected"),
    ("Het kabinet ziet geen meerwaarde in een apart register.", "rejected"),
    ("Het kabinet neemt het eerste deel van de aanbeveling over, maar niet het tweede.", "partially_adopted"),
    ("Deze aanbeveling is inmiddels uitgevoerd.", "already_implemented"),
    ("Aan deze aanbeveling is al voldaan.", "already_implemented"),
    ("Het huidige beleid voorziet hier reeds in.", "already_implemented"),
    ("De aanbeveling wordt bij de uitwerking van het programma meegenomen.", "noted"),
    ("Het kabinet beraadt zich nog op deze aanbeveling.", "noted"),
    ("Het kabinet komt hier later op terug.", "noted"),
    # neither: a view of the government's without the advice, and the council's own view
    ("Het kabinet vindt het belangrijk dat gemeenten samenwerken.", "unclear"),
    ("De Raad vindt dat het kabinet te weinig doet.", "unclear"),
])
def test_the_answers_formulas_the_dev_corpus_lacks(sentence, stance):
    assert classify(sentence, "nl").stance == stance, sentence


@pytest.mark.parametrize("sentence, stance", [  # GENRE: a State's answers in more of their forms
    ("The recommendation is rejected.", "rejected"),
    ("The recommendation is not acceptable.", "rejected"),
    ("The recommendation is acceptable to the Government.", "adopted"),
    ("The Government has taken note of the recommendation.", "noted"),
    ("The recommendation is under review.", "noted"),
    ("The recommendation will be examined further.", "noted"),  # was adopted, by its future tense
    ("The Government supports the recommendation. Progress will be reviewed every year.", "adopted"),
    # all but a part
    ("Ruritania accepts this recommendation, with the exception of the reference to same-sex marriage.",
     "partially_adopted"),
    ("Ruritania supports the recommendation except for the part on the death penalty.", "partially_adopted"),
])
def test_a_states_answer_in_more_of_its_forms(sentence, stance):
    assert classify(sentence, "en").stance == stance, sentence


@pytest.mark.parametrize("answer, lang, stance", [
    # no cue, a refusal to do what is recommended: rejected, as weakly as an unmarked promise is adopted
    ("Het kabinet zal geen wetsvoorstel indienen.", "nl", "rejected"),
    ("Het kabinet zal de regeling niet aanpassen.", "nl", "rejected"),
    ("Slovenia will not introduce a new law on this matter.", "en", "rejected"),
    # Kamerstuk 32 735, nr. 354, answering "Maak niet langer onderscheid …": a restraint undertaken, adopted
    ("Ook zal er geen onderscheid worden gemaakt tussen de verschillende categorieën van recht.", "nl", "adopted"),
])
def test_an_answer_without_a_cue_that_refuses_is_rejected(answer, lang, stance):
    result = classify(answer, lang)
    assert result.stance == stance and result.confidence == 0.5, result


@pytest.mark.parametrize("answer, stance", [  # GENRE: an inspectorate's or a council's report answered point by point
    # whether to do it, looked into now: nothing decided yet, as "zal bezien of"
    ("Ik ga na of hiervoor een wetswijziging nodig is. Ik verwacht u hierover voor de zomer van 2024 te informeren.",
     "noted"),
    ("Het kabinet onderzoekt of dit mogelijk is.", "noted"),
    ("Ik laat verkennen in hoeverre de regeling kan worden verbreed.", "noted"),
    # seeking a way after taking it over accepts
    ("Ik neem deze aanbeveling over en bekijk hoe deze het beste kan worden uitgevoerd.", "adopted"),
    ("Ik neem deze aanbeveling over. Ik onderzoek of de wet hiervoor moet worden aangepast.", "adopted"),
    # addressed to others and passed on: no stance of the government's own on doing it
    ("Deze aanbeveling is gericht aan de gemeenten. Ik zal de aanbeveling onder de aandacht brengen van de VNG. "
     "Gemeenten bepalen zelf hoe zij dit organiseren.", "noted"),
    ("Deze aanbeveling richt zich tot de sector.", "noted"),
    ("Deze aanbeveling is gericht aan het kabinet. Het kabinet neemt haar over.", "adopted"),
    # the recommendation by its pronoun
    ("Ik neem deze volledig over.", "adopted"),
    ("Ik neem deze niet over.", "rejected"),
    # in a clause of its own, the verb joined and last
    ("Ten aanzien van de eerste aanbeveling merk ik op dat het kabinet deze overneemt.", "adopted"),
    ("Ik kan u melden dat het kabinet deze aanbeveling niet overneemt.", "rejected"),
])
def test_looking_into_it_and_passing_it_on(answer, stance):
    assert classify(answer, "nl").stance == stance, answer


@pytest.mark.parametrize("answer", [  # GENRE: no cue and no future tense, a promise in another form undertakes it
    "Het kabinet heeft in het coalitieakkoord afgesproken een suikertaks in te voeren. Deze treedt op 1 januari 2026 "
    "in werking.",
    "Voor de zomer stuur ik uw Kamer een plan van aanpak.",
])
def test_an_answer_that_promises_without_a_future_tense_adopts(answer):
    result = classify(answer, "nl")
    assert (result.stance, result.confidence) == ("adopted", 0.5), result


@pytest.mark.parametrize("sentence, stance", [  # GENRE: more of the answer's formulas, in their present tense
    ("Het kabinet beschouwt deze aanbeveling als uitgevoerd.", "already_implemented"),
    ("Het kabinet geeft hier al invulling aan.", "already_implemented"),
    ("Het kabinet geeft invulling aan deze aanbeveling.", "adopted"),
    ("Het kabinet neemt deze aanbeveling in overweging.", "noted"),
    ("Het kabinet beschouwt dit als een belangrijk signaal.", "unclear"),
])
def test_done_already_and_taken_into_consideration(sentence, stance):
    assert classify(sentence, "nl").stance == stance, sentence


@pytest.mark.parametrize("sentence, stance", [  # GENRE: a State's narrative answers, in more of their forms
    ("Ruritania supports the recommendation and considers it implemented.", "already_implemented"),
    ("Ruritania considers this recommendation as being implemented through the National Action Plan.",
     "already_implemented"),
    ("This recommendation cannot be accepted.", "rejected"),
    ("Ruritania partly supports this recommendation.", "partially_adopted"),
    ("Ruritania acknowledges this recommendation.", "noted"),
    ("Ruritania agrees in principle.", "adopted"),
])
def test_a_states_narrative_answer_in_more_forms(sentence, stance):
    assert classify(sentence, "en").stance == stance, sentence


@pytest.mark.parametrize("sentence, stance", [  # GENRE: a cabinet's answer to a council, in more of its formulas
    ("Het kabinet sluit zich aan bij deze aanbeveling.", "adopted"),
    ("Ik sluit mij aan bij de analyse van de raad.", "adopted"),
    ("Het kabinet sluit zich niet aan bij deze aanbeveling.", "rejected"),
    # of one mind with the council; a phrase with "met de" before another noun is not
    ("Met de raad is het kabinet van mening dat meer samenhang nodig is.", "adopted"),
    ("Het kabinet is met de commissie van oordeel dat de wet moet worden aangepast.", "adopted"),
    ("Met de komst van de wet is het kabinet van mening dat dit geregeld is.", "unclear"),
    # policy already: "staand beleid"; the recommendation said to be carried out, in the perfect
    ("De aanbeveling is al staand beleid.", "already_implemented"),
    ("De aanbeveling is uitgevoerd.", "already_implemented"),
    ("Dit advies is reeds opgevolgd.", "already_implemented"),
    # to be carried out, or not
    ("De aanbeveling wordt uitgevoerd.", "adopted"),
    ("De aanbeveling wordt al uitgevoerd.", "already_implemented"),
    ("Deze aanbeveling zal niet worden uitgevoerd.", "rejected"),
    # nothing decided: noted, considered, a position still to come
    ("Het kabinet neemt deze aanbeveling voor kennisgeving aan.", "noted"),
    ("De aanbeveling wordt in overweging genomen.", "noted"),
    ("Het kabinet zal op een later moment een standpunt innemen over deze aanbeveling.", "noted"),
    ("Het kabinet wacht de uitkomsten van de evaluatie af voordat het een standpunt inneemt.", "noted"),
])
def test_joining_the_council_and_positions_still_to_come(sentence, stance):
    assert classify(sentence, "nl").stance == stance, sentence


@pytest.mark.parametrize("answer, lang, stance", [  # GENRE: done already, and no more than that
    ("Dit gebeurt al via het burgerforum klimaat. Het kabinet ziet geen aanleiding voor aanvullende maatregelen.",
     "nl", "already_implemented"),
    ("The recommendation has already been implemented. Ruritania does not accept the call for further legislation.",
     "en", "already_implemented"),
    # a refusal of the recommendation itself stays one, done or not
    ("Dit gebeurt al. Het kabinet ziet geen aanleiding om de wet aan te passen.", "nl", "rejected"),
    ("Het kabinet ziet geen aanleiding voor aanvullende maatregelen.", "nl", "rejected"),
])
def test_refusing_more_than_is_done_already_is_done_already(answer, lang, stance):
    assert classify(answer, lang).stance == stance, answer


@pytest.mark.parametrize("sentence, stance", [  # GENRE: a State supporting in part, the word after its object
    ("Ruritania supports them partially.", "partially_adopted"),
    ("The Government accepts this recommendation partly, as far as it concerns prisons.", "partially_adopted"),
    ("Ruritania supports this recommendation.", "adopted"),
])
def test_supporting_it_partially(sentence, stance):
    assert classify(sentence, "en").stance == stance, sentence


@pytest.mark.parametrize("sentence, stance", [  # GENRE: done already, in a subordinate clause's order
    ("Met betrekking tot aanbeveling 5 merk ik op dat deze al wordt uitgevoerd in het programma Mooi Nederland.",
     "already_implemented"),
    ("Ik merk op dat dit reeds in de praktijk wordt toegepast.", "already_implemented"),
    ("Het kabinet zal ervoor zorgen dat de regeling wordt uitgevoerd.", "adopted"),
    # met already; done already in practice; the current policy backed by it
    ("Met de invoering van de Wet X is al aan deze aanbeveling tegemoetgekomen.", "already_implemented"),
    ("Hieraan wordt reeds tegemoet gekomen in het programma.", "already_implemented"),
    ("In de praktijk gebeurt dit al.", "already_implemented"),
    ("Ik zie deze aanbeveling als een steun in de rug voor het ingezette beleid.", "already_implemented"),
    ("Het kabinet gaat hier in de komende jaren aan tegemoet komen.", "adopted"),
    ("De afbouw is al in gang gezet met het Belastingplan 2023.", "already_implemented"),  # under way already
    # taken over in another form or not whole: in part; laid aside: a refusal
    ("Het kabinet neemt de aanbeveling in aangepaste vorm over.", "partially_adopted"),
    ("Het kabinet neemt de aanbeveling niet één op één over.", "partially_adopted"),
    ("De aanbeveling wordt niet volledig overgenomen.", "partially_adopted"),
    ("Het kabinet neemt de aanbeveling volledig over.", "adopted"),
    ("Het kabinet laat de aanbeveling rusten.", "rejected"),
    ("Het kabinet legt de aanbeveling naast zich neer.", "rejected"),
    # the recommendations by their numbers before the verb
    ("Aanbevelingen 1 en 2 neemt het kabinet over.", "adopted"),
    ("Aanbeveling 2.1 neem ik over.", "adopted"),
])
def test_done_already_in_a_subordinate_clause(sentence, stance):
    assert classify(sentence, "nl").stance == stance, sentence


@pytest.mark.parametrize("sentence, stance", [  # GENRE: another's responsibility; no role for the government
    ("De begeleiding van startende leraren is de verantwoordelijkheid van de schoolbesturen.", "noted"),
    ("Dit valt onder de verantwoordelijkheid van de gemeenten.", "noted"),
    ("Dit is de verantwoordelijkheid van het kabinet, dat deze aanbeveling overneemt.", "adopted"),
    ("De begeleiding van startende leraren is de verantwoordelijkheid van de schoolbesturen. Ik zie geen rol voor mij "
     "weggelegd.", "rejected"),
    ("Het kabinet ziet geen rol voor de rijksoverheid.", "rejected"),
    ("Ik zie een belangrijke rol voor de gemeenten.", "unclear"),
])
def test_anothers_responsibility_and_no_role_for_the_government(sentence, stance):
    assert classify(sentence, "nl").stance == stance, sentence


@pytest.mark.parametrize("answer, lang, stance", [
    # GENRE: sympathy with what the advice is after ("onderschrijft het belang van …", "deelt de zorg", "supports the
    # objective of …"), the recommendation itself refused: refused, not partly adopted
    ("Het kabinet onderschrijft het belang van uitvoerbaarheid. Dit gebeurt al: sinds 2022 wordt bij ieder "
     "wetsvoorstel een uitvoeringstoets gedaan. Het kabinet ziet daarom geen aanleiding om deze aanbeveling over te "
     "nemen.", "nl", "rejected"),
    ("Het kabinet onderschrijft het belang van uitvoerbaarheid, maar neemt de aanbeveling niet over.", "nl",
     "rejected"),
    ("Het kabinet deelt de zorg van de raad. Het kabinet neemt de aanbeveling niet over.", "nl", "rejected"),
    ("Ruritania supports the objective of this recommendation but cannot accept it.", "en", "rejected"),
    # the recommendation itself adopted in part, or adopted beside the goal: as before
    ("Het kabinet onderschrijft de aanbeveling, maar neemt het tweede deel niet over.", "nl", "partially_adopted"),
    ("Het kabinet onderschrijft het belang van uitvoerbaarheid en neemt de aanbeveling over.", "nl", "adopted"),
    ("Ruritania supports the recommendation in part but cannot accept the reference to abortion.", "en",
     "partially_adopted"),
])
def test_sympathy_with_the_goal_beside_a_refusal_is_a_refusal(answer, lang, stance):
    assert classify(answer, lang).stance == stance, answer


@pytest.mark.parametrize("sentence, stance", [
    # GENRE: agreeing with the verb before its subject, and with more words between "het" and "eens"
    ("Met de tweede aanbeveling, om leraren meer tijd te geven voor professionalisering, ben ik het eens.", "adopted"),
    ("Ik ben het met de raad eens dat dit belangrijk is.", "adopted"),
    ("Het kabinet is het met de analyse van de raad eens.", "adopted"),
    ("Met de tweede aanbeveling ben ik het niet eens.", "rejected"),
    ("Het kabinet is het niet met de analyse van de raad eens.", "rejected"),
    # done already, in a subordinate clause's order or as "het geval"
    ("Ten aanzien van de vierde aanbeveling merk ik op dat dit al gebeurt in de regionale onderwijsagenda's.",
     "already_implemented"),
    ("Dat is al het geval.", "already_implemented"),
])
def test_agreeing_after_what_is_agreed_with_and_done_already_in_other_orders(sentence, stance):
    assert classify(sentence, "nl").stance == stance, sentence


def test_a_states_answer_that_it_is_already_the_case():
    assert classify("This is already the case.", "en").stance == "already_implemented"


@pytest.mark.parametrize("sentence, stance", [
    # GENRE: the recommendation followed or not, in the passive; another way than the council's; reluctance
    ("De aanbeveling wordt gevolgd.", "adopted"),
    ("De aanbeveling wordt niet gevolgd.", "rejected"),
    ("De ontwikkelingen worden nauwlettend gevolgd.", "unclear"),  # watched, no recommendation followed
    ("Het kabinet kiest een andere route dan de raad voorstelt.", "rejected"),
    ("Het kabinet is terughoudend met het invoeren van een nieuwe wet.", "rejected"),
    ("Het kabinet onderschrijft de aanbeveling, maar kiest een andere aanpak dan de raad.", "partially_adopted"),
])
def test_followed_or_not_another_way_and_reluctance(sentence, stance):
    assert classify(sentence, "nl").stance == stance, sentence


@pytest.mark.parametrize("sentence, stance", [
    # GENRE: misgivings are a refusal; a kindly attitude beside a refusal is no adoption; waiting first decides nothing
    ("Het kabinet heeft bedenkingen bij deze aanbeveling.", "rejected"),
    ("Het kabinet heeft ernstige bezwaren tegen een wettelijke verplichting.", "rejected"),
    ("Het kabinet heeft bezwaren tegen een wettelijke plicht, maar neemt de aanbeveling gedeeltelijk over.",
     "partially_adopted"),
    ("Het kabinet staat welwillend tegenover deze aanbeveling, maar ziet op dit moment geen financiële ruimte.",
     "rejected"),
    ("Het kabinet staat welwillend tegenover deze aanbeveling.", "adopted"),
    ("Het kabinet wil eerst de evaluatie afwachten.", "noted"),  # had read as adopted: "wil" as a promise
    ("Het kabinet wacht eerst de uitkomsten van het onderzoek af.", "noted"),
])
def test_misgivings_kindness_beside_a_refusal_and_waiting_first(sentence, stance):
    assert classify(sentence, "nl").stance == stance, sentence


@pytest.mark.parametrize("sentence, stance", [
    # GENRE: the position in a subordinate clause, the verb last ("Ten aanzien van … merk ik op dat …")
    ("Ten aanzien van de derde en vierde aanbeveling merk ik op dat het kabinet hier geen aanleiding toe ziet.",
     "rejected"),
    ("Ik merk op dat ik geen noodzaak zie voor een nieuwe wet.", "rejected"),
    ("Ik kan u melden dat het kabinet de analyse van de raad deelt.", "adopted"),
    ("Ik merk op dat het kabinet de analyse niet deelt.", "rejected"),
    ("Ik merk op dat het kabinet deze aanbeveling niet onderschrijft.", "rejected"),
    ("Ik merk op dat het kabinet het met de raad eens is.", "adopted"),
    ("Ik merk op dat het kabinet het hier niet mee eens is.", "rejected"),
    ("Ik merk op dat het kabinet hier al invulling aan geeft.", "already_implemented"),
    ("Dat betekent dat het kabinet deze aanbeveling deels overneemt.", "partially_adopted"),
])
def test_a_position_in_a_subordinate_clause_with_its_verb_last(sentence, stance):
    assert classify(sentence, "nl").stance == stance, sentence


@pytest.mark.parametrize("cell, lang, stance", [
    # GENRE: the position as a table's cell ("Reactie kabinet" or "Status" column)
    ("In uitvoering.", "nl", "adopted"),
    ("Aanvaard.", "nl", "adopted"),
    ("Reeds geïmplementeerd.", "nl", "already_implemented"),
    # a State's matrix prints the position and its implementation as a cell
    ("Under consideration.", "en", "noted"),
    ("Implemented.", "en", "already_implemented"),
    ("In progress.", "en", "already_implemented"),  # in the process of implementation, as the UN's answers count it
])
def test_more_positions_as_a_tables_cell(cell, lang, stance):
    assert classify(cell, lang).stance == stance
