"""The formulas of a promise said outright, and the genre's other formulas of delivery (extract.promise_formulas,
extract.promises_nl).

EMISSIONS is the Kamerbrief "Emissies door de luchtvaart" (IenW, 22 December 2022), WATER the Kamerbrief "Water en
Bodem sturend" (IenW, 25 November 2022): their sentences are quoted. Where the dev corpus has no sentence of a
formula, the test gives the formula as Kamerbrieven print it, in a sentence of the genre (marked GENRE), with the
same formula said by another beside it: the rule is the formula's, not one letter's.
"""

from datetime import date

import pytest

from opvolging.extract.promises import POSSIBLE, PROMISE, read

WATER_DATE = date(2022, 11, 25)


def reading(sentence: str):
    return read(sentence, "nl", WATER_DATE)


def confidence(sentence: str) -> float:
    r = reading(sentence)
    return 0.0 if r is None else r.confidence


def test_an_intention_is_the_governments_only_when_it_says_it():
    # EMISSIONS, and the notes of its gold: the RIVM's own plan, for a person to confirm
    rivm = "Het RIVM is voornemens om vanaf 2023 ook de emissies boven 3.000 voet inzichtelijk te maken."
    assert POSSIBLE <= confidence(rivm) < PROMISE
    assert "state agency" in reading(rivm).reason
    # GENRE: the same formula said by the government, and by another
    assert confidence("Het kabinet is voornemens de aanbevelingen van de commissie over te nemen.") >= PROMISE
    assert confidence("De gemeente is voornemens om de regeling in 2024 te herzien.") < POSSIBLE
    assert confidence("ProRail is van plan om in 2025 te starten met de aanleg.") < POSSIBLE
    assert confidence("Het kabinet heeft zich voorgenomen om de regels voor mantelzorgers te vereenvoudigen.") \
        >= PROMISE
    assert confidence("De gemeenteraad heeft zich voorgenomen de begroting te herzien.") < POSSIBLE


def test_a_formula_without_an_actor_of_its_own_stands():
    assert confidence("Deze maatlat is voorzien in december 2022.") >= PROMISE  # WATER: the thing planned
    assert confidence("Het streven is om in 2023 een programma onder de Omgevingswet voor het IRM te publiceren.") \
        >= PROMISE  # WATER
    assert confidence("Het voornemen is om de regeling per 1 januari 2024 in te voeren.") >= PROMISE  # GENRE
    assert confidence("Ik zeg toe dat ik uw Kamer informeer zodra het onderzoek is afgerond.") >= PROMISE


def test_an_aim_in_any_word_order_is_the_governments_when_it_aims():
    # WATER: an aim without a time, for review
    for sentence in ("Het Rijk streeft naar ruimte voor natuurlijke systemen en hoogwaardige natuur, op het land, de "
                     "grote wateren en de Noordzee.",
                     "Daarbij streven we naar een veerkrachtig ecosysteem, dat beter opgewassen is tegen de extra "
                     "verstoringen door klimaatverandering."):
        assert POSSIBLE <= confidence(sentence) < PROMISE, sentence
    # GENRE: with a time, in the first person and inverted; another's aim is none
    assert confidence("Ik streef ernaar het wetsvoorstel nog dit jaar in consultatie te brengen.") >= PROMISE
    assert confidence("Streeft het kabinet ernaar dit jaar een besluit te nemen.") >= PROMISE
    assert confidence("De sector streeft ernaar de uitstoot in 2030 te halveren.") < POSSIBLE


def test_willing_said_outright_is_a_promise():  # GENRE
    assert confidence("Ik ben bereid om in overleg met de sector te verkennen of een keurmerk haalbaar is.") >= PROMISE
    assert confidence("Het kabinet is bereid de mogelijkheden hiervoor te onderzoeken.") >= PROMISE
    assert confidence("De Europese Commissie is bereid om de termijn te verlengen.") < POSSIBLE
    assert confidence("De provincies zijn bereid om mee te werken aan de pilot.") < POSSIBLE


def test_committing_oneself_is_reflexive():
    # WATER (must find in its gold): "zich inzetten" is reflexive, and no letter keeping to its subject
    assert confidence("Het Rijk en waterschappen zetten zich in voor aanvoer van zoetwater, maar kunnen geen nieuwe "
                      "maatregelen garanderen om verziltende gebieden te voorzien van zoetwater.") >= PROMISE
    # GENRE: "ervoor … in dat de regels …": the "dat" after "in" opens a clause, as a subject follows it
    assert confidence("Het kabinet zet zich ervoor in dat de regels in 2025 in werking treden.") >= PROMISE
    assert confidence("We beperken ons in deze brief tot de hoofdlijnen.") < POSSIBLE


@pytest.mark.parametrize("sentence", [  # GENRE
    "In de eerstvolgende voortgangsrapportage informeer ik u over de stand van zaken.",
    "In de volgende voortgangsbrief informeer ik uw Kamer over de resultaten van de pilots.",
    "Bij de eerstvolgende begroting stuur ik u een overzicht van de middelen.",
])
def test_sending_at_the_next_occasion_is_a_promise(sentence):
    r = reading(sentence)
    # as the next occasion, or as sent or told at a time whose date the text does not give
    assert r.confidence >= PROMISE and ("next occasion" in r.reason or "sent or told" in r.reason)


@pytest.mark.parametrize("sentence, words", [  # GENRE: the next report to the Kamer, its words kept as the deadline
    ("In de volgende voortgangsbrief informeer ik uw Kamer over de resultaten van de pilots.",
     "In de volgende voortgangsbrief"),
    ("Ik informeer u bij de volgende voortgangsrapportage over de stand van zaken.",
     "bij de volgende voortgangsrapportage"),
    # a date beside it is the deadline
    ("In de volgende voortgangsbrief, voor de zomer van 2024, informeer ik u hierover.", "voor de zomer van 2024"),
    ("Voor de zomer van 2024 informeer ik u hierover in de volgende voortgangsbrief.", "Voor de zomer van 2024"),
])
def test_the_next_report_is_a_deadline_without_a_date(sentence, words):
    from opvolging.extract.pipeline import extract_text

    ex = extract_text(f"Datum 14 maart 2024\n\nGeachte voorzitter,\n\n{sentence}\n")
    assert [(c.deadline_text, c.due is None) for c in ex.commitments] == [(words, "zomer" not in words)]


@pytest.mark.parametrize("sentence, promised", [  # GENRE: the delivery verbs of the genre, and the same verbs idle
    ("Ik kom hier voor de zomer op terug.", True),
    ("Ik kom hier in het najaar van 2023 bij uw Kamer op terug.", True),
    ("De vraag komt terug in het volgende hoofdstuk.", False),
    ("Het wetsvoorstel wordt in het najaar bij uw Kamer ingediend.", True),
    ("Het wetsvoorstel is in 2022 ingediend.", False),
    ("Ik deel de uitkomsten van de evaluatie voor de zomer met uw Kamer.", True),
    ("Ik deel de zorgen van de Raad over de uitvoerbaarheid.", False),
    ("Het kabinet presenteert in het voorjaar van 2024 een nieuw actieplan.", True),
    ("De NVWA presenteert in het najaar haar jaarverslag.", False),
    ("De Rijksoverheid stelt in 2024 € 10 miljoen beschikbaar voor de regionale aanpak.", True),
    ("De provincie stelt in 2024 € 2 miljoen beschikbaar voor de aanpak.", False),
    ("De Rijksoverheid heeft in 2022 € 5 miljoen beschikbaar gesteld.", False),
])
def test_the_genres_verbs_of_delivery(sentence, promised):
    assert (confidence(sentence) >= PROMISE) is promised, sentence


@pytest.mark.parametrize("sentence, promised", [  # GENRE: sending after an event; keeping the Kamer informed
    ("Na afronding van het onderzoek informeer ik uw Kamer over de uitkomsten.", True),
    ("Zodra de resultaten bekend zijn, informeer ik uw Kamer.", True),
    ("In mijn brief van 3 maart heb ik u geïnformeerd over de stand van zaken.", False),
    ("Ik houd uw Kamer op de hoogte van de ontwikkelingen.", True),
    ("De gemeenten houden het ministerie op de hoogte van de voortgang.", False),
])
def test_informing_after_an_event_or_all_along(sentence, promised):
    assert (confidence(sentence) >= PROMISE) is promised, sentence


@pytest.mark.parametrize("sentence, promised", [  # GENRE: money set aside, as a decision
    ("Het kabinet trekt hiervoor structureel 50 miljoen euro uit.", True),
    ("Het kabinet maakt hiervoor in 2024 € 20 miljoen vrij.", True),
    ("Het kabinet heeft de afgelopen jaren veel gedaan om de wachtlijsten te verkorten.", False),
    ("Het kabinet investeert al jaren in de aanpak van ondermijning.", False),  # a description
])
def test_money_set_aside_is_a_decision(sentence, promised):
    assert (confidence(sentence) >= PROMISE) is promised, sentence


def test_an_agreement_to_be_closed_in_a_relative_clause():  # GENRE: the agreement is the relative clause's antecedent
    assert confidence("Ik ben met de sector in gesprek over een convenant dat voor de zomer wordt gesloten.") \
        >= PROMISE
    # WATER: agreements the provinces make with it, for review
    assert POSSIBLE <= confidence("Deze aanpak geldt ook voor de afspraken die met de provincies worden gemaakt in "
                                  "het kader van de ruimtelijke arrangementen vanuit het NOVEX-spoor.") < PROMISE


def test_continuing_with_the_infinitive_before_its_phrase():  # GENRE: "investeren in onderwijs"
    assert confidence("Ook de komende jaren blijft het kabinet investeren in onderwijs.") >= PROMISE
    assert confidence("Het aantal meldingen blijft hoog in de grote steden.") < POSSIBLE


def test_a_change_by_a_time_in_the_present_passive_is_for_review():
    # GENRE: the passive of a change not in the lists of delivery, with a time, which may be a forecast; and under a
    # must, as WATER's "… moeten … maatregelen … worden uitgevoerd". (Work carried out by a time, EMISSIONS' "Het
    # onderzoek wordt … in 2023 uitgevoerd", borderline in its gold, is a promise: test_promises.)
    assert POSSIBLE <= confidence("In 2030 wordt 70 procent van de stroom duurzaam opgewekt.") < PROMISE
    assert confidence("Om eind 2027 aan de doelen voor de KRW te voldoen, moeten de afgesproken maatregelen uit de "
                      "Stroomgebiedbeheerplannen 2022-2027, het 7 Actieprogramma Nitraatrichtlijn, inclusief addendum, "
                      "en de vereisten uit de derogatiebeschikking worden uitgevoerd.") < POSSIBLE
    assert confidence("Per 1 januari 2024 wordt de eigen bijdrage afgeschaft.") >= PROMISE  # a decision's passive


def test_taking_into_account_is_a_soft_undertaking_for_review():
    # WATER: one is a promise in its gold, the other none; both the government's, weighing something in
    for sentence in ("We houden rekening met grotere peilfluctuaties.",
                     "We sluiten hierbij aan bij het ingezette proces vanuit de beleidsnota drinkwater en houden "
                     "rekening met de kosten voor de consument."):
        assert POSSIBLE <= confidence(sentence) < PROMISE, sentence
    assert confidence("De gemeenten houden rekening met de gevolgen.") < POSSIBLE  # GENRE: another's


@pytest.mark.parametrize("sentence, promised", [  # GENRE: the Kamer told what it can expect, and by when
    ("U kunt de brief voor de zomer tegemoet zien.", True),
    ("Uw Kamer kan het wetsvoorstel in het voorjaar van 2024 verwachten.", True),
    ("De burger kan hogere kosten verwachten.", False),
    ("We verwachten dat de kosten stijgen.", False),
])
def test_what_the_kamer_can_expect(sentence, promised):
    assert (confidence(sentence) >= PROMISE) is promised, sentence


@pytest.mark.parametrize("sentence, promised", [  # GENRE: the government's expectation to send, and others'
    ("Ik verwacht uw Kamer in het najaar van 2024 te informeren over de evaluatie.", True),
    ("Het kabinet verwacht de herziening van de wet in 2025 af te ronden.", True),
    ("Ik verwacht dat de vraag de komende jaren zal stijgen.", False),
    ("Ik verwacht van gemeenten dat zij voor 1 juli een plan sturen.", False),
    ("De sector verwacht de evaluatie in 2025 te publiceren.", False),
])
def test_the_government_expecting_to_send_is_its_soft_promise(sentence, promised):
    assert (confidence(sentence) >= PROMISE) is promised, sentence


def test_a_decision_announced_in_the_perfect():
    # GENRE: the cabinet's decision told in the perfect undertakes what it decided; another's decision does not
    assert confidence("Ik heb besloten de subsidieregeling met twee jaar te verlengen.") >= PROMISE
    assert confidence("Het kabinet heeft besloten om vanaf 2025 een verbod in te voeren op de verkoop van "
                      "lachgas.") >= PROMISE
    assert confidence("De gemeenteraad heeft besloten om de regeling te verlengen.") < POSSIBLE
    assert confidence("Dit is in een besloten vergadering besproken.") < POSSIBLE
    # EMISSIONS: a decision of months before the letter is told, not announced (its gold has it as none): for review
    told = reading("Op 24 juni 2022 heeft het kabinet besloten om het jaarlijks aantal toegestane vluchten op "
                   "Schiphol te reduceren van 500.000 naar 440.000 vliegtuigbewegingen.")
    assert POSSIBLE <= told.confidence < PROMISE


@pytest.mark.parametrize("sentence, promised", [  # GENRE: a choice the cabinet makes is a decision; another's is not
    ("Het kabinet kiest ervoor om de regeling met twee jaar te verlengen.", True),
    ("Daarom kiest het kabinet ervoor de wet te wijzigen.", True),
    ("Het kabinet heeft ervoor gekozen om de regeling te verlengen.", True),
    ("We kiezen voor een gefaseerde invoering vanaf 2025.", True),
    ("Het kabinet kiest ervoor om de regeling niet te verlengen.", True),  # a decision as much: the regeling ends
    ("De Raad kiest ervoor om geen aanbevelingen te doen over de financiering.", False),
    ("Veel burgers kiezen voor een elektrische auto.", False),
    ("Als we kiezen voor een verbod, dan zal de sector zich moeten aanpassen.", False),  # a choice not made
    # another way than advised is the answer's stance, and names nothing the cabinet will do
    ("Het kabinet deelt de analyse van de raad, maar kiest voor een andere uitwerking.", False),
    # an agreement made is a decision as much; others' is not
    ("Het kabinet heeft in het coalitieakkoord afgesproken een suikertaks in te voeren.", True),
    ("Ik heb met de sector afgesproken om in 2025 een convenant te sluiten.", True),
    ("De sociale partners hebben afgesproken om de lonen te verhogen.", False),
    ("Zoals afgesproken stuur ik u deze brief.", False),
    ("Het kabinet kiest voor een eigen aanpak.", False),
])
def test_a_choice_made_is_a_decision(sentence, promised):
    assert (confidence(sentence) >= PROMISE) is promised, sentence


@pytest.mark.parametrize("sentence, promised", [  # GENRE: what the government can send by a time, its plans and aims
    ("Naar verwachting kan ik uw Kamer in het najaar informeren over de uitkomsten.", True),
    ("Ik kan uw Kamer in het voorjaar van 2024 informeren over de resultaten.", True),
    ("Gemeenten kunnen in 2024 een aanvraag indienen.", False),
    ("Ik kan niet ingaan op individuele gevallen.", False),
    ("De planning is dat het wetsvoorstel in 2025 naar de Kamer gaat.", True),
    ("De planning is erop gericht het wetsvoorstel in 2025 in te dienen.", True),
    ("Mijn streven is om het wetsvoorstel in 2024 in te dienen.", True),
])
def test_what_the_government_can_send_and_what_it_plans(sentence, promised):
    assert (confidence(sentence) >= PROMISE) is promised, sentence
    if not promised:
        return
    assert confidence(sentence.replace(" in het najaar", "").replace(" in het voorjaar van 2024", "").replace(
        " in 2025", "").replace(" in 2024", "")) < PROMISE  # without a time, at most for review


def test_sending_at_parliaments_next_occasion():
    # GENRE: coming with a proposal before a debate or the budget; the same verb with no occasion promises nothing
    assert confidence("Het kabinet komt voor de begrotingsbehandeling met een uitgewerkt voorstel.") >= PROMISE
    assert confidence("Ik informeer uw Kamer voorafgaand aan het commissiedebat over de uitkomsten.") >= PROMISE
    assert confidence("Het kabinet komt met een voorstel.") < PROMISE


def test_asking_someone_to_act_and_a_time_that_opens_the_sentence():
    # GENRE: "vragen" with someone to ask and what to do is the government's act ("zal … veel vragen van" foretells)
    assert confidence("Ik zal de Inspectie vragen om de uitvoering in 2025 te evalueren.") >= PROMISE
    assert confidence("De transitie zal veel vragen van boeren en tuinders.") < POSSIBLE
    # the subject after the verb when a time opens the sentence
    assert confidence("Uiterlijk 1 juli 2024 ontvangt uw Kamer het wetsvoorstel.") >= PROMISE


def test_a_particle_before_a_relative_clause_an_unprefixed_participle_and_a_long_phrase():
    # GENRE: "stelt … in" with a relative clause after its particle; beside another's act the same verb is none
    assert confidence("Het ministerie stelt in 2024 een expertteam in dat gemeenten ondersteunt.") >= PROMISE
    assert confidence("De provincie stelt in 2024 een expertteam in dat gemeenten ondersteunt.") < POSSIBLE
    # a participle without "ge-" closing the passive: the scheme's fate decided, by a time
    assert confidence("De regeling wordt per 1 januari 2025 met twee jaar verlengd.") >= PROMISE
    assert confidence("De regeling wordt per 1 januari 2025 door de provincie verlengd.") < POSSIBLE
    # a continuing promise whose infinitive stands before a phrase of several prepositions
    assert confidence("Wij blijven ons inzetten voor een sterke positie van Nederland in de EU.") >= PROMISE
    assert confidence("De kosten blijven voor gemeenten hoog.") < POSSIBLE


@pytest.mark.parametrize("sentence, kind", [  # GENRE: other ministries' executive agencies, and a focus particle
    ("Ook de Belastingdienst zal zijn invorderingsbeleid herzien.", "possible"),
    ("Het CJIB gaat vanaf 1 juli 2024 betalingsregelingen ruimer toestaan.", "possible"),
    ("De IND zal de wachttijden in 2024 terugbrengen.", "possible"),
    ("Ook het kabinet zal de regeling herzien.", "promise"),
    ("Ook gemeenten zullen de regeling uitvoeren.", "none"),
])
def test_a_state_agency_of_any_ministry_and_a_focus_particle_on_the_subject(sentence, kind):
    c = confidence(sentence)
    assert (c >= PROMISE, POSSIBLE <= c < PROMISE, c < POSSIBLE) == (kind == "promise", kind == "possible",
                                                                    kind == "none"), sentence


def test_a_promise_made_before_restated_is_for_review():
    # GENRE: the writer's own promise of a debate, restated in the letter: reported, as "is … toegezegd dat" is
    reading = read("Tijdens het commissiedebat van 12 maart 2024 heb ik toegezegd uw Kamer te informeren over het "
                   "bereik van de cursussen.", "nl", date(2024, 6, 3))
    assert reading is not None and POSSIBLE <= reading.confidence < PROMISE


def test_the_thing_just_named_done_by_a_time():
    # GENRE: "Dat doe ik …": the sentence before is what is done, by a time or at a next occasion
    for sentence in ("Dat doe ik voor de zomer.", "Dat doe ik in de volgende voortgangsbrief."):
        assert read(sentence, "nl", date(2024, 6, 3)).confidence >= PROMISE, sentence
    # WATER: the way it is done, a time of another's in a relative clause: none
    assert read("Dit doen we op basis van de meest recente informatie die het Kennisprogramma Zeespiegelstijging in "
                "2023 oplevert.", "nl", date(2022, 11, 25)) is None
    assert read("Dit doe ik door gemeenten te ondersteunen.", "nl", date(2024, 6, 3)) is None


@pytest.mark.parametrize("sentence, low, high", [
    # GENRE: work asked of a state agency: its plan, for review; of a fellow minister: the government's own
    ("Ik heb het RIVM gevraagd om voor de zomer een advies uit te brengen.", POSSIBLE, PROMISE),
    ("Daarom heb ik het CBS gevraagd de cijfers jaarlijks te publiceren.", POSSIBLE, PROMISE),
    ("Ik heb mijn collega van SZW gevraagd uw Kamer voor de zomer te informeren.", PROMISE, 1.01),
    # of another body: its work, not the government's
    ("Ik heb de VNG gevraagd een handreiking op te stellen.", 0.0, POSSIBLE),
    ("Wij hebben de Gezondheidsraad gevraagd om advies.", 0.0, POSSIBLE),
])
def test_work_asked_of_another(sentence, low, high):
    reading = read(sentence, "nl", date(2024, 6, 3))
    assert low <= (reading.confidence if reading else 0.0) < high, reading


@pytest.mark.parametrize("sentence, low, high", [
    # GENRE: work commissioned: now, a promise; in the perfect, its result still to come, for review; another's, none
    ("Ik geef het RIVM opdracht om de effecten te onderzoeken.", PROMISE, 1.01),
    ("Ik heb opdracht gegeven tot een onafhankelijk onderzoek naar de oorzaken.", POSSIBLE, PROMISE),
    ("De gemeente heeft opdracht gegeven tot een onderzoek.", 0.0, POSSIBLE),
])
def test_work_commissioned(sentence, low, high):
    reading = read(sentence, "nl", date(2024, 6, 3))
    assert low <= (reading.confidence if reading else 0.0) < high, reading


def test_money_or_a_measure_coming_available_in_a_main_clause():
    # GENRE: "Er komt … beschikbaar" in the main clause's order, of money or a measure, by a time
    for sentence in ("Er komt in 2025 € 10 miljoen extra beschikbaar voor gemeenten.",
                     "Vanaf 2025 komen er extra middelen beschikbaar voor de regio."):
        assert read(sentence, "nl", date(2024, 6, 3)).confidence >= PROMISE, sentence
    # results that come available are foretold
    assert read("De resultaten komen in 2025 beschikbaar.", "nl", date(2024, 6, 3)) is None
