"""What is a promise (extract.promises): each rule on the real sentences it exists for.

EMISSIONS is the Kamerbrief "Emissies door de luchtvaart" (IenW, 22 December 2022), WATER the Kamerbrief "Water en
Bodem sturend" (IenW, 25 November 2022), FOUNDING Kamerstuk 32 735, nr. 354, ADDENDUM the UN's A/HRC/43/15/Add.1.
"""

from datetime import date

import pytest

from opvolging.extract.clauses import clause, tokens
from opvolging.extract.promises import POSSIBLE, PROMISE, read

WATER_DATE = date(2022, 11, 25)


def confidence(sentence: str, language: str = "nl", state: str | None = None) -> float:
    reading = read(sentence, language, WATER_DATE, state)
    return 0.0 if reading is None else reading.confidence


@pytest.mark.parametrize("sentence", [
    # the future tense with the government acting
    "Het ministerie zal de kerosinekwaliteit daarom actief in ICAO-verband agenderen.",  # EMISSIONS
    "Om samenhang, overzicht en doorwerking te borgen zal het ministerie van IenW elk jaar een rapportage naar de "
    "Kamer sturen over ‘water en bodem sturend’.",  # WATER: a purpose clause opens the sentence
    "Om de opgave goed in beeld te krijgen, zullen wij met provincies, waterschappen en gemeenten een "
    "uitvoeringsagenda opstellen.",  # WATER
    "- We gaan samen met de partners werken aan een nationaal plan van aanpak voor drinkwaterbesparing.",  # WATER
    # the passive where the government plainly acts
    "De Kamer wordt over de resultaten hiervan naar verwachting in het voorjaar van 2023 via de periodieke "
    "voortgangsbrief Programma Omgeving Luchthaven Schiphol geïnformeerd.",  # EMISSIONS
    "Hierover wordt de Kamer door de Staatssecretaris van IenW geïnformeerd.",  # EMISSIONS
    "Aanvullend zal met nationale stakeholders en gelijkgestemde (Europese en andere) overheden nader worden verkend "
    "hoe dit dossier mondiaal verder kan worden gebracht.",  # EMISSIONS
    "De Beleidslijn Grote Rivieren (BGR) wordt hiervoor in 2023 geëvalueerd en aangescherpt.",  # WATER
    "Er wordt onderzocht hoe de Beleidslijn grote rivieren (Bgr) wordt aangescherpt.",  # WATER
    "- Er worden bestuurlijke afspraken gemaakt met provincies en gemeenten over een paragraaf bodem en ondergrond.",
    # the present tense: the government's work with a time, or work that delivers something
    "Het ministerie van IenW laat in de eerste helft van 2023 voor de luchthavens Eindhoven Airport, Rotterdam The "
    "Hague Airport, Maastricht Aachen Airport en Groningen Airport Eelde door het NLR berekenen welke concentraties "
    "ultrafijn stof daar kunnen optreden.",  # EMISSIONS: an enumeration's commas do not end the clause
    "Dit pakken we in 2023 samen met de waterschappen, provincies en gemeentes op.",  # WATER
    "- IenW herijkt de bestaande aanpak van bodemverontreiniging in het licht van de grote veranderingen.",  # WATER
    "- Samen met waterschappen, provincies en gemeenten ontwikkelen we toekomstbestendige profielen van vrije ruimte.",
    "Samen met de koepels werken we deze lokale instrumenten verder uit.",  # WATER: worked out, as other work is
    "Voor de diepe ondergrond (dieper dan 500 meter) brengen EZK, IenW en IPO samen de toekomstige ontwikkelingen in "
    "beeld.",  # WATER: a joint actor with the government among them
    "In dit kader vindt in 2026 de herijking van de Deltabeslissing Waterveiligheid, Zoetwater en Klimaatadaptatie "
    "plaats.",  # WATER
    "Het streven is om in 2023 een programma onder de Omgevingswet voor het IRM te publiceren.",  # WATER
    # WATER: "als" before a bare noun names a step or a role, it opens no condition
    "Als vervolgstap op deze brief zal ook het instrumentarium verder worden ontwikkeld.",
    # WATER: work on something in the passive, as "werken aan" in the future tense
    "Tegelijk wordt er met de betrokken partijen gewerkt aan een Landbouwakkoord.",
    # WATER: decisions in the passive
    "- Op basis van bovenregionale stresstesten wordt het water- en bodemsysteem geoptimaliseerd.",
    "Bestaande vergevorderde afspraken over uitbreidingsprojecten worden gerespecteerd.",
    # EMISSIONS: work carried out by a time (without one, "uitgevoerd" describes: see the test below)
    "Het onderzoek wordt opgezet met een onafhankelijk kennisinstituut en in 2023 uitgevoerd.",
    # WATER: a hedge in a clause after the verb's qualifies that clause ("welke maatregelen … eventueel nodig zijn")
    "We overleggen hierbij met relevante sectoren (o.a. VEMW, Energie Nederland) welke maatregelen daarvoor eventueel "
    "nodig zijn, rekening houdend met uitvoerbaarheid en handelingsperspectief.",
    # WATER: the subordinate clause ends with its verb, the main clause opens with "zullen" (no comma between); the
    # "om" of "gaat om" is a preposition, no purpose clause
    "Omdat het hier gaat om een nieuw gezamenlijk (nationaal) kader zullen we samen met medeoverheden bepalen hoe de "
    "borging eruit moet komen te zien.",
    # said outright; continuing
    "Ik zeg toe dat ik uw Kamer informeer zodra het onderzoek is afgerond.",
    "Nederland zal zich ook blijven inzetten om de beperking van de democratische ruimte tegen te gaan.",  # FOUNDING
])
def test_promises(sentence):
    assert confidence(sentence) >= PROMISE, read(sentence, "nl", WATER_DATE)


@pytest.mark.parametrize("sentence", [
    # predictions about the world
    "Extreme zomers (zoals die in 2018) zullen in 2050 mogelijk twee keer zo vaak voorkomen, naar schatting eens in de "
    "15 jaar.",  # WATER
    "Omdat we de ondergrondse ruimte intensiever gaan benutten, zullen we vaker oude verontreinigingen tegenkomen.",
    "Het gaat vaker in de toekomst voorkomen dat bij schaarste van doorspoelwater veengebieden prioriteit krijgen.",
    # what others will do
    "Het Europees Parlement zal het voorstel behandelen.",
    "Provincies en waterschappen komen, samen met andere betrokkenen, met voorstellen hoe watervraag en -aanbod in "
    "laagveengebieden moeten worden opgepakt.",  # WATER
    # what this letter itself does
    "In deze brief vertellen we waarom en hoe.",  # WATER
    "Hieronder wordt de voortgang van enkele van die acties toegelicht.",  # EMISSIONS
    "Daarom wordt de Kamer een stand van zaken gegeven van diverse acties die momenteel lopen op dit gebied.",
    # descriptions of policy or work, and consequences
    "We halen ons drinkwater uit de bodem.",  # WATER
    "Hiermee zorgen we voor voldoende drinkwaterbronnen van voldoende kwaliteit.",  # WATER
    "In de praktijk worden echter juist daar belangrijke keuzes gemaakt.",  # Kamerstuk 29 362, nr. 385: in practice
    "Momenteel worden voorbereidende werkzaamheden uitgevoerd om dit onderzoek op wetenschappelijk juiste wijze uit "
    "te voeren.",  # EMISSIONS
    # WATER: the particle is "aan", not "uit"
    "Om verzilting tegen te gaan, voeren we zoetwater aan uit de rivieren en het IJsselmeer.",
    "Bij het formuleren van de structurerende keuzes richten we ons op Nederland binnen haar kustsystemen en laten we "
    "de Noordzee buiten beschouwing.",  # WATER
    # a need, a may or must, a condition
    "Om gezonde grondwaterstanden te houden, is het noodzakelijk dat de vraag naar drinkwater wordt beperkt.",
    "Daarom moet per polder worden bezien waar water kan worden geborgen.",  # WATER
    "Mocht dit tot onvoorziene vertraging zorgen, dan zal de opname van de emissies boven 3.000 voet vanaf 2024 in de "
    "Emissieregistratie plaatsvinden.",  # EMISSIONS
])
def test_not_promises(sentence):
    assert confidence(sentence) < PROMISE, read(sentence, "nl", WATER_DATE)


@pytest.mark.parametrize("sentence", [
    "We begrenzen de koelwaterlozingen op de grote rivieren.",  # WATER
    "We staan geen nieuwe landaanwinning (eilanden) toe in het IJsselmeergebied, behalve voor overstroombare natuur "
    "en om te voldoen aan de Natura 2000-doelen en KRW-doelen.",  # WATER: a separable verb with its particle
    "We reserveren de 5% tot 10% van diepe polders voor waterberging, bij voorkeur de diepste delen.",  # WATER
    "- We monitoren bestaande regels voor buitendijks bouwen rond het IJsselmeergebied.",  # WATER
    "We houden water langer vast en voeren het minder snel af.",  # WATER
    "- Op basis van de Strategie Klimaatbestendige Zoetwaterverdeling Hoofdwatersysteem vergroten we de "
    "waterbeschikbaarheid in het hoofdwatersysteem.",  # WATER: the verb before its subject
    "In de gebiedsprocessen zetten we in op grootschalig herstel van beekdalen op zandgronden voor het verbeteren van "
    "de waterkwaliteit.",  # WATER: "inzetten op", the formula of a policy's effort
    "We betrekken toezicht en handhaving bij dit traject.",  # WATER
    # WATER: "sturen op", what a policy aims its instruments at; "zo min mogelijk" is no hedge; "als overheden" a role
    "We sturen ook in bestaand bebouwd gebied op vermindering van onnodige bodemafdekking.",
    "We sturen als overheden op zo min mogelijk afdekking van de bodem.",
    # WATER: what opens the clause is a time, its subject the "we" after the verb
    "De periode november 2022 tot januari 2023 gebruiken we om regionale doelen en structurele keuzes samen verder uit "
    "te werken.",
    # WATER: an aside in parentheses, its relative clause and all, is part of the clause: "staan … toe"
    "We staan in de uiterwaarden (die vallen onder de Beleidslijn grote rivieren) geen nieuwe bebouwing meer toe.",
    "- Het Rijk stuurt met het Nationaal Programma Landbouwbodems aan op een duurzaam bodembeheer van landbouwbodems.",
])
def test_a_policy_letters_decisions_in_the_present_tense_are_promises(sentence):
    reading = read(sentence, "nl", WATER_DATE)
    assert reading.confidence >= PROMISE and "decides" in reading.reason, reading


@pytest.mark.parametrize("sentence", [
    "We beperken ons in deze paragraaf tot de hoofdlijnen.",  # what the letter keeps to
    "We beperken de onttrekkingen al sinds 2015.",  # what is done already
    "Dit verhoogt de kans op droogte in de zomer.",  # a consequence, no government acting
    "De provincies begrenzen de onttrekkingen in hun verordeningen.",  # others decide
    "Als we de onttrekkingen beperken, daalt de druk op de natuur.",  # a condition
    "Daarmee verkleinen we de kans op wateroverlast.",  # what follows from a measure, as "Hiermee zorgen we …"
    "Er wordt gewerkt met de voorkeursvolgorde.",  # WATER: worked with, not on: no product to deliver
    # WATER: an infinitive under a must; what had to be done, in the past
    "We moeten de bodem herstellen, beschermen en slimmer gebruiken om de natuurlijk aanwezige potentie te benutten.",
    "Duizenden mensen moesten worden geëvacueerd en het leger werd ingezet.",
    # FOUNDING: a participle after its auxiliary, though it is spelt as a present tense ("gebruikt")
    "Deze middelen zijn gebruikt om de capaciteit van het postennet en het departement van het Ministerie van "
    "Buitenlandse Zaken te versterken en het Mensenrechtenfonds aan te vullen.",
    # EMISSIONS: an expectation governs the clause the verb stands in
    "De verwachting is ook dat de Europese Commissie via de verordening door het Parlement zal worden opgeroepen op "
    "korte termijn een effectbeoordeling te doen naar de mogelijkheden en kosten en baten van een eigen Europese "
    "kwaliteitseis voor fossiele kerosine.",
])
def test_what_is_no_decision_of_the_government(sentence):
    assert confidence(sentence) < PROMISE, read(sentence, "nl", WATER_DATE)


def test_a_state_agencys_plan_is_a_possible_promise_for_review():
    # EMISSIONS: the RIVM's own plans, neither the minister's promise nor nothing
    c = confidence("Daarnaast zal het RIVM in 2023 zorgdragen voor verschillende internationale publicaties.")
    assert POSSIBLE <= c < PROMISE


def test_a_reading_says_why_and_who():
    r = read("Het ministerie van IenW laat daarom voor verschillende scenario’s in kaart brengen wat de effecten van "
             "de capaciteitsreductie zijn op de emissies van verschillende stoffen.", "nl", WATER_DATE)
    assert r.actor == "Het ministerie van IenW"
    assert "brengen" in r.reason
    r = read("Extreme zomers (zoals die in 2018) zullen in 2050 mogelijk twee keer zo vaak voorkomen.", "nl",
             WATER_DATE)
    assert "prediction" in r.reason


@pytest.mark.parametrize("sentence", [
    "Slovenia will continue to promote gender equality, including by upgrading the legislation in this field.",
    "A new Resolution on the national programme for the prevention of family violence and violence against women "
    "2020-2025 is being drafted.",
    "Slovenia will strive for continued progress in the implementation of strategies aimed at achieving gender "
    "equality in all spheres of economic, political and social life.",
])
def test_a_states_promises_in_its_answer_to_the_un(sentence):  # ADDENDUM
    assert confidence(sentence, "en", "Slovenia") >= PROMISE


@pytest.mark.parametrize("sentence", [
    "This document contains the response of the Government of the Republic of Slovenia to the recommendations.",
    "In 2019, Slovenia introduced amendments to the Equal Opportunities for Women and Men Act.",
    "The number of women in leading positions in companies has been gradually increasing.",
])
def test_what_a_state_did_or_what_the_document_does_is_no_promise(sentence):  # ADDENDUM
    assert confidence(sentence, "en", "Slovenia") < PROMISE


def test_sending_is_still_sending():
    """"sturen" with a time sends something: the steering reading is for "sturen op" without one."""
    reading = read("Ik stuur uw Kamer voor de zomer een brief over de voortgang.", "nl", WATER_DATE)
    assert reading.confidence >= PROMISE and "sent or told" in reading.reason


def test_waar_mogelijk_is_a_hedge_not_a_question():
    # WATER: "Waar mogelijk" opens no indirect question ("waar" as "where"); it hedges the promise
    reading = read("- Waar mogelijk wordt de bronaanpak versterkt.", "nl", WATER_DATE)
    assert "asked" not in reading.reason and "hedged" in reading.reason and reading.confidence >= POSSIBLE


EMISSIONS_DATE = date(2022, 12, 22)


def test_a_promise_reported_of_before_is_weaker_than_an_expectation():
    # EMISSIONS: a promise made earlier ("is … toegezegd dat"), reported: halved, below a promise
    reported = read("In antwoord op Kamervragen in maart 2022 en tijdens het Commissiedebat Verduurzaming luchtvaart "
                    "van 16 juni 2022 is aan de vaste commissie toegezegd dat de Kamer wordt geïnformeerd over de "
                    "noodzaak van het nemen van beleidsmaatregelen om de uitstoot van ZZS door de luchtvaart te "
                    "beperken.", "nl", EMISSIONS_DATE)
    assert "reported of before" in reported.reason and reported.confidence < PROMISE
    # EMISSIONS: "De verwachting is dat" has no participle: an expectation, a hedge; the Kamer can be informed by a
    # time ("rond de zomer 2023": "de zomer" with a year), the genre's soft promise to inform
    expected = read("De verwachting is dat de Kamer rond de zomer 2023 over de resultaten van deze fase kan worden "
                    "geïnformeerd via de periodieke voortgangsbrief Programma Omgeving Luchthaven Schiphol.", "nl",
                    EMISSIONS_DATE)
    assert expected.confidence >= PROMISE and "hedged" in expected.reason and "reported" not in expected.reason


@pytest.mark.parametrize("sentence", [
    # WATER: the government side's stated intention to act, its verbs after a relative clause or before a comma
    "Daarom wil het kabinet de wijze waarop we monitoring en de verslaglegging van de voortgang van de "
    "structurerende keuzes met de regionale partners oppakken en afstemmen.",
    "Daarnaast willen we de waterafvoer naar de Waddenzee vanuit het IJsselmeer veilig stellen, ook als de "
    "zeespiegel stijgt.",
    "Daarom willen we in bestaand bebouwd gebied de bodemafdekking verminderen, de bodem herstellen en inzetten voor "
    "(stedelijk) groen.",
])
def test_the_governments_intention_to_act_is_a_promise(sentence):
    reading = read(sentence, "nl", WATER_DATE)
    assert reading.confidence >= PROMISE and "intends" in reading.reason, reading


@pytest.mark.parametrize("sentence", [
    # WATER: ambitions, a state of things to attain (the gold's borderline), or what is to be prevented
    "We willen een vitale bodem bereiken.",
    "We willen het laagveenlandschap in de toekomst behouden.",
    "Door te zorgen voor een goede waterbalans (grondwater, regionaalwatersysteem en hoofdwatersysteem), willen we zo "
    "voorkomen dat schade toeneemt als gevolg van droogte en watertekorten.",
    # WATER: what is wanted is a state; the verb at the end is a relative clause's (", waar …")
    "Voor de ondergrond willen we een zorgvuldig geordende, optimaal benutte ondergrondse ruimte, waar functies zoals "
    "bijvoorbeeld bodemenergie en grondwatervoorraden elkaar niet negatief beïnvloeden.",
    "De provincies willen de regels aanpassen.",  # another's wish
    "Wij zouden graag willen weten hoe dat zit.",  # a wish under a modal
])
def test_an_ambition_or_anothers_wish_is_no_promise(sentence):
    assert confidence(sentence) < PROMISE, read(sentence, "nl", WATER_DATE)


@pytest.mark.parametrize("sentence", [
    # the genre's own words said as a wish: a cabinet's answer opens by thanking the council, a letter closes by
    # pointing something out; what the letter says there, not an act to come
    "Het kabinet wil de Raad bedanken voor het advies.",
    "Graag wil ik de commissie danken voor haar rapport.",
    "Tot slot wil ik u erop wijzen dat de aanmeldtermijn op 1 april sluit.",
    "Graag wil ik stilstaan bij de uitkomsten van het onderzoek.",
    "Ik wil benadrukken dat gemeenten een belangrijke rol spelen.",
])
def test_what_the_letter_says_as_a_wish_is_no_promise(sentence):
    assert confidence(sentence) < PROMISE, read(sentence, "nl", WATER_DATE)
    # the same wish with an act to come stays one
    assert confidence("Het kabinet wil voor de zomer een plan presenteren.") >= PROMISE


def test_we_see_to_it_that_is_a_promise():
    # WATER: "zorgen … ervoor dat", its "ervoor" split ("er voor dat": "dat" opens the clause after it)
    reading = read("Hier zorgen we er voor dat betrokkenen voldoende kennis hebben van de ontwikkelingen rond nieuwe "
                   "stoffen en bijbehorende normen.", "nl", WATER_DATE)
    assert reading.confidence >= PROMISE, reading
    assert confidence("Dit zorgt voor minder wateroverlast.") < PROMISE  # a consequence: no government acting


def test_a_list_closed_by_etc_keeps_its_verbs_particle_in_the_clause():
    # WATER: "werken … uit" across "materieel, nutriënten, gewasbeschermingsmiddelen etc."
    reading = read("We werken maatregelen voor beheer van landbouwgronden op het gebied van materieel, nutriënten, "
                   "gewasbeschermingsmiddelen etc. uit.", "nl", WATER_DATE)
    assert reading.confidence >= PROMISE and "work" in reading.reason, reading


@pytest.mark.parametrize("sentence, when", [
    # EMISSIONS: the sector's task force at work, not the minister
    ("In de werkgroep ‘Maatregelen’ worden de maatregelen bekeken die kunnen leiden tot een vermindering van de "
     "blootstelling van platformmedewerkers aan de emissies van de vliegtuigen.", EMISSIONS_DATE),
    # WATER: the area processes the provinces lead
    ("Dit wordt in gebiedsprocessen geborgd.", WATER_DATE),
    ("Omdat het hier maatwerk betreft, wordt dit in gebiedsprocessen verder uitgewerkt.", WATER_DATE),
    ("Vanwege de diversiteit in de gebieden zullen deze ruimtelijke reserveringen in de gebiedsprocessen verder "
     "uitgewerkt worden, waarbij er ruimte is voor maatwerk.", WATER_DATE),
])
def test_work_in_the_passive_at_a_table_shared_with_others_is_for_review(sentence, when):
    reading = read(sentence, "nl", when)
    assert POSSIBLE <= reading.confidence < PROMISE and "shared with others" in reading.reason, reading


def test_taking_measures_is_a_decision_taking_part_is_none():
    # WATER: "nemen … maatregelen", the government side with others
    reading = read("In het Deltaprogramma zoetwater nemen Rijk en andere overheden gezamenlijk maatregelen om op de "
                   "hoge zandgronden water beter vast te houden.", "nl", WATER_DATE)
    assert reading.confidence >= PROMISE and "decides" in reading.reason, reading
    assert confidence("We nemen deel aan het overleg.") < PROMISE  # taking part; "het overleg" a noun
    # WATER: what is done sometimes, a description
    assert confidence("Soms nemen we als overheden in gezamenlijkheid een besluit, zoals het geval bij de herijking "
                      "van de Deltabeslissingen IJsselmeer en Zoetwater.") < PROMISE


def test_a_verb_form_after_its_article_is_a_noun():
    assert confidence("We nemen deel aan het overleg over de uitvoering.") < PROMISE  # "het overleg", not "I consult"
    assert confidence("We onderzoeken in 2023 de mogelijkheden.") >= PROMISE


def test_a_request_made_in_the_first_person_perfect_is_no_work_of_ones_own():
    # "Ik heb … gevraagd" is the perfect as "Het kabinet heeft … gevraagd" is: the work named after it ("onderzoek
    # doen") is the Inspectie's, asked for before; "ik onderzoek" in the present would be the minister's own
    for sentence in ("Ik heb de Inspectie gevraagd hier onderzoek naar te doen.",
                     "Het kabinet heeft de Inspectie gevraagd hier onderzoek naar te doen.",
                     "Ik ben met de sector in gesprek gegaan over de uitvoering."):
        assert confidence(sentence) < PROMISE, sentence
    assert confidence("Ik onderzoek in 2023 of de regeling kan worden verlengd.") >= PROMISE


def test_the_governments_inzet_and_plan_are_its_aim_and_intention():
    # the genre's other words for an aim and an intention, beside "Het streven is om …" and "Het voornemen is om …"
    assert confidence("Het is mijn inzet om het wetsvoorstel in 2024 in te dienen.") >= PROMISE
    assert confidence("De inzet van het kabinet is om de regeling in 2025 te herzien.") >= PROMISE
    assert POSSIBLE <= confidence("Het is mijn inzet om dit te verbeteren.") < PROMISE  # no time: for review
    assert confidence("Het plan is om de wet in 2025 aan te passen.") >= PROMISE
    for sentence in ("De inzet van gemeenten is om in 2025 klaar te zijn.", "De inzet van het personeel is groot.",
                     "Het plan van de gemeente is om in 2025 te bouwen."):
        assert confidence(sentence) < POSSIBLE, sentence


def test_the_state_with_its_capital_is_the_government_side():
    # "de Staat", party to a judgment or a treaty, acts for the government; "de staat van de dijken" is a condition
    assert confidence("De Staat zal de uitspraak van de rechter uitvoeren.") >= PROMISE
    assert confidence("De staat van de dijken zal de komende jaren verslechteren.") < POSSIBLE


def test_a_word_of_the_governments_work_after_a_demonstrative_is_a_noun():
    # "dat onderzoek" is the research, not "I research"; with the subject after it ("Dit pakken we … op", WATER)
    # the demonstrative is the object put first, and the verb is the government's
    assert confidence("Ik wacht de resultaten van dat onderzoek af.") < POSSIBLE
    assert confidence("Dit pakken we in 2023 samen met de waterschappen, provincies en gemeentes op.") >= PROMISE


def test_a_choice_that_makes_something_lead_or_sets_a_course_is_a_decision():
    # WATER's structuring choices, in the present tense with the government as subject
    assert confidence("We maken de risico’s van overstromingen, wateroverlast, bodemdaling en "
                      "drinkwaterbeschikbaarheid sturend bij de locatiekeuze en inrichting van woningbouw.") >= PROMISE
    assert confidence("We bewegen toe naar een grondwaterstand van 20 cm tot 40 cm onder maaiveld, afhankelijk van de "
                      "bodemcompositie, omstandigheden van het watersysteem en de behoeften van het gebied.") >= PROMISE
    # the same verbs said of others, or in another sense: none
    for sentence in ("Gemeenten maken dit verplicht.", "De prijzen bewegen toe naar een nieuw evenwicht.",
                     "We maken ons zorgen over de bodemdaling.",
                     # "gebruik" after "maken" is a noun: a description, where "we gebruiken" would decide
                     "We maken gebruik van de kennis van de waterschappen."):
        assert confidence(sentence) < POSSIBLE, sentence
    assert confidence("Ik doe onderzoek naar de effecten.") >= PROMISE  # work, read by its noun


def test_the_agent_right_after_the_participle_is_the_passives():
    # "door RVO" just after "uitgevoerd": the agency does it; a "door" further on belongs to a noun
    assert confidence("De regeling wordt aangepast door RVO.") < PROMISE
    assert confidence("De regeling wordt aangepast door het kabinet.") >= PROMISE


def test_dat_after_a_verbs_particle_completes_it():
    # WATER: "Dat neemt niet weg dat …": a complement clause, not a relative one after a noun
    reading = read("Dat neemt niet weg dat bij de uitvoeringsstrategie wordt bekeken of er elementen zijn die ook op "
                   "het Caribisch Nederland van toepassing zijn.", "nl", WATER_DATE)
    assert reading.confidence >= PROMISE and "relative" not in reading.reason, reading


def test_what_a_principle_means_in_the_present_is_for_review():
    # WATER: "Dit betekent dat we … benutten": policy explained (the gold's principles are borderline)
    reading = read("Dit betekent dat we bij ontwikkelingen de bodem positief benutten en dat bij de inrichting en het "
                   "gebruik de toestand van de bodem zoveel mogelijk verbeterd wordt.", "nl", WATER_DATE)
    assert POSSIBLE <= reading.confidence < PROMISE and "means" in reading.reason, reading
    assert confidence("Dit betekent dat we in 2023 de regels zullen aanpassen.") >= PROMISE  # the future still holds


@pytest.mark.parametrize("sentence, promised", [  # GENRE: a State's answers to the UN, as addenda word them
    ("The Ministry of Justice is preparing amendments to the Criminal Code.", True),
    ("The Government is in the process of drafting a new law on equal treatment.", True),
    ("Civil society organisations are preparing a shadow report.", False),
    ("The adoption of the new act is envisaged for 2023.", True),
    ("The adoption of the act was envisaged for 2018.", False),
    ("Slovenia remains committed to the ratification of the Convention.", True),
    # a promise made before and standing: "has undertaken to", "has committed itself to"; an undertaking as a noun
    # ("has undertaken a review") is a report of work done
    ("The Government has undertaken to review the Criminal Code by the end of 2025.", True),
    ("Slovenia has committed itself to adopting a new strategy on Roma inclusion.", True),
    ("The Government has undertaken a review of the Criminal Code.", False),
    # the same in the simple past, and resolve
    ("Slovenia pledged to increase its development assistance to 0.7 per cent.", True),
    ("Slovenia is determined to eradicate poverty.", True),
    ("The Committee pledged to support the Government.", False),
    ("The Committee intends to visit Slovenia in 2021.", False),  # not the State
    # the work given to a ministry; the State's own product expected by a time, not another's act
    ("The Ministry of Justice has been tasked with drafting amendments to the Criminal Code by the end of 2023.",
     True),
    ("The Ombudsperson has been tasked with monitoring the implementation.", False),
    ("The National Action Plan on Business and Human Rights is expected to be adopted in 2024.", True),
    ("The law is expected to be adopted by Parliament in 2024.", False),
    ("Parliament is expected to adopt the law in the autumn of 2023.", False),
    ("The number of prisoners is expected to decrease in 2024.", False),
])
def test_a_states_work_under_way_and_its_plans(sentence, promised):
    assert (confidence(sentence, "en", "Slovenia") >= PROMISE) is promised, sentence


@pytest.mark.parametrize("sentence, promised", [  # GENRE: the State under review named otherwise; the passive
    ("The Ruritanian authorities will continue to train police officers.", True),
    ("The Republic of Ruritania will submit its midterm report in 2022.", True),
    ("The Ruritanian Government intends to establish a national preventive mechanism.", True),
    ("Measures will be taken to improve the conditions in prisons.", True),  # "taken": a passive, no prediction
    ("Amendments to the Criminal Code will be submitted to the National Assembly by the end of 2023.", True),
    ("The recommendation will be implemented by 2022.", True),  # "by" a year: a time, not an agent
    ("Civil society will be consulted by the Ombudsman.", False),  # done by another
    ("The Ombudsman will continue to monitor the situation of Roma.", False),
])
def test_the_state_by_its_adjective_or_its_title_and_its_passives(sentence, promised):
    assert (confidence(sentence, "en", "Ruritania") >= PROMISE) is promised, sentence


@pytest.mark.parametrize("state, sentence, promised", [  # GENRE: the State by the names the UN's list gives it
    ("Netherlands (Kingdom of the)", "The Netherlands will review its legislation on defamation.", True),
    ("Netherlands (Kingdom of the)", "The Kingdom of the Netherlands will submit its midterm report in 2025.", True),
    ("Netherlands (Kingdom of the)", "The Dutch Government will continue to combat discrimination.", True),
    ("United Kingdom of Great Britain and Northern Ireland", "The United Kingdom will continue to support the "
     "treaty bodies.", True),
    ("United Kingdom of Great Britain and Northern Ireland", "The UK Government will publish its strategy in 2023.",
     True),
    ("Bolivia (Plurinational State of)", "The Plurinational State of Bolivia will adopt a national plan.", True),
    ("Germany", "The Federal Government will continue its efforts against hate crime.", True),
    ("Germany", "The European Commission will propose a directive.", False),
    ("Netherlands (Kingdom of the)", "The Committee will consider the report at its next session.", False),
    # the State named in full where its name is asked for, and speaking of itself by its short name or its form
    ("Kingdom of the Netherlands", "The Netherlands will continue its efforts to combat discrimination.", True),
    ("Netherlands (Kingdom of the)", "The Kingdom will present a new action plan in 2021.", True),
    ("Republic of Slovenia", "Slovenia will adopt a new national action plan on gender equality.", True),
    ("Slovenia", "The Kingdom will present a new action plan in 2021.", False),  # another kingdom
    # the countries of a Kingdom answer for themselves in its review: "Aruba will …", "Sint Maarten intends to …"
    ("Netherlands (Kingdom of the)", "Aruba will establish a national human rights institution.", True),
    ("Kingdom of the Netherlands", "Sint Maarten intends to ratify the Convention.", True),
    ("Denmark", "Greenland will adopt a new strategy against domestic violence in 2024.", True),
    ("Slovenia", "Aruba will establish a national human rights institution.", False),  # not Slovenia's
])
def test_the_state_by_its_names_in_the_uns_list(state, sentence, promised):
    assert (confidence(sentence, "en", state) >= PROMISE) is promised, sentence


def test_the_state_under_review_with_the_uns_parenthesis():
    from opvolging.extract.pipeline import _state_under_review

    assert _state_under_review("Report of the Working Group on the Universal Periodic Review*\n\nNetherlands "
                               "(Kingdom of the)\n\nAddendum") == "Netherlands (Kingdom of the)"
    assert _state_under_review("131. The following recommendations will be examined by the Netherlands, which will "
                               "provide responses") == "Netherlands"


@pytest.mark.parametrize("sentence", [
    # GENRE: "wanneer"/"als" of a thing to be finished or known is a time, not a condition
    "Wanneer de resultaten bekend zijn, zal ik uw Kamer informeren.",
    "Wanneer de resultaten bekend zijn, informeer ik uw Kamer.",
    "Als het onderzoek is afgerond, stuur ik het rapport naar uw Kamer.",
    # GENRE: a point taken up at the next occasion of the genre
    "Ik neem dit punt mee in de volgende voortgangsbrief.",
    "Ik neem dit mee bij de Voorjaarsnota.",
    "We nemen dit mee in de Voorjaarsnota.",  # in a document of its own date
    "Ik neem dit punt mee in de Voorjaarsnota 2025.",
])
def test_a_time_said_as_when_and_a_point_taken_up_next_time_are_promises(sentence):
    assert confidence(sentence) >= PROMISE, read(sentence, "nl", WATER_DATE)


@pytest.mark.parametrize("sentence", [
    "Als de evaluatie daartoe aanleiding geeft, zal ik de regeling aanpassen.",  # a condition still
    "Wanneer gemeenten dat wensen, zal ik extra middelen beschikbaar stellen.",
    "We nemen de ervaringen van gemeenten mee.",  # taken into account, no occasion
    "We nemen dit mee in de verdere uitwerking.",  # nor a time
])
def test_a_condition_and_a_point_taken_into_account_stay_no_promise(sentence):
    assert confidence(sentence) < PROMISE, read(sentence, "nl", WATER_DATE)


@pytest.mark.parametrize("sentence, language", [
    # GENRE: a refusal, the answer to a recommendation the government does not take over: nothing undertaken
    ("Het kabinet zal de regeling niet aanpassen.", "nl"),
    ("Ik zal geen nieuw wetsvoorstel indienen.", "nl"),
    ("We gaan de subsidie niet verhogen.", "nl"),
    ("De regeling wordt niet aangepast.", "nl"),
    ("Slovenia will not introduce a new law on this matter.", "en"),
])
def test_a_refusal_is_no_promise(sentence, language):
    assert confidence(sentence, language) < POSSIBLE, read(sentence, language, WATER_DATE)


@pytest.mark.parametrize("sentence", [
    # Kamerstuk 32 735, nr. 354: a restraint undertaken, the answer to "Maak niet langer onderscheid …"
    "Ook zal er geen onderscheid worden gemaakt tussen de verschillende categorieën van recht.",
    # WATER: forbidding is a decision ("geen … toegestaan", "geen … toe")
    "Om onze ‘nationale regenton’ te behouden wordt geen nieuwe landaanwinning (eilanden) in de meren toegestaan.",
    "We staan geen nieuwe landaanwinning toe.",
    # a negation that measures, adds, stops or is undone by its verb
    "Ik zal uw Kamer niet later dan 1 juli informeren.",
    "Ik zal niet alleen de wet aanpassen, maar ook de uitvoering verbeteren.",
    "Het kabinet zal de subsidie niet meer verstrekken.",
    "Ik zal niet nalaten de Kamer te informeren.",
])
def test_a_negation_that_undertakes_stays_a_promise(sentence):
    assert confidence(sentence) >= PROMISE, read(sentence, "nl", WATER_DATE)


@pytest.mark.parametrize("sentence", [
    # GENRE: the standing promise to report at regular times
    "Over de voortgang informeer ik u jaarlijks via de voortgangsrapportage.",
    "Ik stuur uw Kamer twee keer per jaar een voortgangsbrief.",
    "Ik informeer uw Kamer via de halfjaarlijkse voortgangsbrief over de resultaten.",
])
def test_reporting_at_regular_times_is_a_promise(sentence):
    reading = read(sentence, "nl", WATER_DATE)
    assert reading.confidence >= PROMISE and "regular times" in reading.reason, reading
    assert confidence("Gemeenten informeren de provincie jaarlijks.") < PROMISE  # others' reporting


def test_funds_made_available_in_the_passive_are_a_promise_and_a_goal_foretold_is_none():
    # GENRE: money made available, its words between "worden" and "beschikbaar gesteld"
    assert confidence("De middelen worden in 2025 via het gemeentefonds aan gemeenten beschikbaar gesteld.") >= PROMISE
    assert confidence("Deze middelen worden door de provincies beschikbaar gesteld.") < PROMISE  # by others
    # GENRE: a goal foretold to be met is an outcome claimed, for review at most; the act towards it is a promise
    assert POSSIBLE <= confidence("Met deze maatregelen zal het kabinet de klimaatdoelen voor 2030 halen.") < PROMISE
    assert confidence("Het kabinet zal in 2025 een wetsvoorstel indienen om de klimaatdoelen te halen.") >= PROMISE


@pytest.mark.parametrize("sentence", [
    # GENRE: the intention said outright in more of its forms
    "Het is mijn intentie om voor de zomer een wetsvoorstel in te dienen.",
    "Ik heb de intentie om de regeling in 2025 te evalueren.",
    "Het is de bedoeling om de wet in 2025 te wijzigen.",
    "Ik neem mij voor om de Kamer twee keer per jaar te informeren.",
])
def test_an_intention_said_outright_in_more_of_its_forms(sentence):
    assert confidence(sentence) >= PROMISE, read(sentence, "nl", WATER_DATE)
    # another's intention, and a plan for what others do, are none
    assert confidence("De gemeente heeft de intentie om een nieuwe school te bouwen.") < PROMISE
    assert confidence("Het is de bedoeling dat gemeenten de regeling uitvoeren.") < PROMISE


@pytest.mark.parametrize("sentence, promised", [  # GENRE: a separable verb of the government's work, its particle
    ("Ik breng dit onderwerp in bij de eerstvolgende Europese Raad.", True),  # "inbrengen": put on the agenda
    ("Ik leg het wetsvoorstel voor de zomer voor aan de Raad van State.", True),  # "voorleggen"
    ("Dit brengt in de praktijk veel problemen met zich mee.", False),
    ("Gemeenten brengen in 2025 hun plannen in.", False),  # another's act
    ("Samen met de VNG zet ik in 2024 een kennisprogramma op.", True),  # "opzetten": set up
    ("We zetten druk op de sector.", False),  # "op" a preposition, no particle
])
def test_putting_on_the_agenda_and_submitting_for_advice(sentence, promised):
    assert (confidence(sentence) >= PROMISE) is promised, sentence


@pytest.mark.parametrize("sentence, language", [  # GENRE: only if it is needed: a condition, for review
    ("Waar nodig zal ik aanvullende maatregelen treffen.", "nl"),
    ("Waar dat nodig is, zal het kabinet bijsturen.", "nl"),
    ("Zo nodig zal ik de regeling aanpassen.", "nl"),
    # the condition without its verb, weighed once: as the sentence's condition (it had also been read as a clause of
    # its own around the verb, and as a hedge: 0.2)
    ("Indien nodig zal ik aanvullende maatregelen nemen.", "nl"),
    ("Indien mogelijk stuur ik uw Kamer voor de zomer een brief.", "nl"),
    # a condition with its own verb, no comma before the main clause ("blijkt zal ik", "werkt zal ik"): weighed once,
    # as the sentence's (the verb had been read inside the condition's clause as well: 0.23)
    ("Indien nodig blijkt zal ik de regeling aanpassen.", "nl"),
    ("Wanneer de regeling werkt zal ik haar verlengen.", "nl"),
    # "als" before a verb or a preposition opens a condition, not a role ("als vervolgstap"): it had read 0.9
    ("Als blijkt dat de regeling werkt, zal ik haar verlengen.", "nl"),
    ("Als uit de evaluatie blijkt dat de regeling werkt, zal ik haar verlengen.", "nl"),
    ("Where necessary, the Government will amend the legislation.", "en"),
])
def test_what_is_done_only_where_needed_is_a_possible_promise(sentence, language):
    assert POSSIBLE <= confidence(sentence, language, "Ruritania") < PROMISE, sentence


def test_a_condition_without_its_verb_in_the_middle_is_a_hedge_within_the_clause():
    # "indien nodig" between the auxiliary and its verb opens no clause: "zal … nemen" is read whole, hedged
    sentence = "Ik zal indien nodig aanvullende maatregelen nemen."
    assert PROMISE <= confidence(sentence) < 0.9, sentence
    toks = tokens(sentence)
    assert clause(toks, 1) == (0, len(toks))  # one clause, the whole sentence


@pytest.mark.parametrize("sentence, least, most", [  # GENRE: a state agency's work in the present tense
    # with a time, as its "zal": for a person to confirm (the minister answers for it, the agency acts)
    ("De Belastingdienst verlengt per 1 juli 2024 de standaardtermijn naar 24 maanden.", POSSIBLE, PROMISE),
    ("Rijkswaterstaat voert in 2025 een inspectie uit van alle bruggen.", POSSIBLE, PROMISE),
    # without one, what it does anyway
    ("De Belastingdienst verlengt de standaardtermijn naar 24 maanden.", 0.0, POSSIBLE),
    ("Het CBS publiceert jaarlijks de cijfers over armoede.", 0.0, POSSIBLE),
    ("De gemeente verlengt in 2025 de regeling.", 0.0, POSSIBLE),  # no agency of the state: another's
])
def test_a_state_agencys_work_in_the_present_with_a_time_is_for_review(sentence, least, most):
    assert least <= confidence(sentence) < most, sentence
    assert confidence("We verlengen de regeling met twee jaar.") >= PROMISE  # the government extending a rule decides


@pytest.mark.parametrize("sentence, least, most", [  # GENRE: agreements made, and the government as a role
    ("We maken in 2024 afspraken met de provincies.", 0.7, 1.0),  # agreements, with a time
    ("Als Rijk maken we hierover in 2024 afspraken met de provincies.", 0.7, 1.0),  # "Als Rijk": a role
    ("Als Rijk zullen we hierover in 2024 afspraken maken met de provincies.", 0.85, 1.0),
    ("De provincies maken afspraken met de waterschappen.", 0.0, POSSIBLE),  # others' agreements
    ("We sluiten in 2024 een convenant met de sector.", 0.7, 1.0),
    ("Het kabinet sluit zich aan bij het advies.", 0.0, POSSIBLE),  # joining a view: a stance, not a promise
    ("We maken gebruik van de kennis van de sector.", 0.0, POSSIBLE),  # "maken gebruik van": none
    ("Als het Rijk besluit, zal ik de wet aanpassen.", POSSIBLE, PROMISE),  # with its article: a condition
])
def test_agreements_made_and_the_government_as_a_role(sentence, least, most):
    assert least <= confidence(sentence) < most, sentence
    # the clause of a role runs on: the verb's words are read whole
    toks = tokens("Conform de motie zullen we hierbij als Rijk de programma's beoordelen op de keuzes.")
    assert clause(toks, 3) == (0, len(toks))


@pytest.mark.parametrize("sentence, least, most", [  # GENRE: a decision promised by a time
    ("Op basis van de uitkomsten van de pilot besluit het kabinet in 2025 over een structurele regeling.", 0.7, 1.0),
    ("Het kabinet beslist voor de zomer over de verlenging.", 0.7, 1.0),
    ("De gemeenteraad besluit in 2025 over de regeling.", 0.0, POSSIBLE),  # another's decision
    ("Dit besluit geldt vanaf 2025 voor alle gemeenten.", 0.0, POSSIBLE),  # the noun (its entering into force by a
    # time is for review: `promise_announced`)
    ("In het Besluit kwaliteit leefomgeving staan de regels.", 0.0, POSSIBLE),
    ("Het kabinet besloot in 2022 de regeling te verlengen.", 0.0, POSSIBLE),  # decided before
])
def test_a_decision_to_be_taken(sentence, least, most):
    assert least <= confidence(sentence) < most, sentence


@pytest.mark.parametrize("sentence, promised", [  # GENRE: a fellow minister, by the letter's own word
    ("Mijn collega van SZW zal u hierover voor de zomer informeren.", True),
    ("Mijn ambtgenoot voor Klimaat en Energie stuurt u voor de zomer een brief.", True),
    ("Mijn collega's van de provincie zullen dit oppakken.", False),  # another body's staff
    ("Mijn collega van de provincie zal dit oppakken.", False),
])
def test_a_fellow_minister_speaks_for_the_government(sentence, promised):
    assert (confidence(sentence) >= PROMISE) is promised, sentence


def test_a_government_product_ready_by_a_time():
    # GENRE: what the government had made will be ready by a time, said of the product: a promise to deliver it;
    # "gereed" is an adjective, not a participle ("ge…d"), and had made the clause a passive without its auxiliary
    for sentence in ("De visie zal in 2024 gereed zijn.", "Het rapport zal in 2024 klaar zijn.",
                     "Ik heb opdracht gegeven tot een onderzoek naar de effecten, dat medio 2024 gereed zal zijn."):
        reading = read(sentence, "nl", WATER_DATE)
        assert PROMISE <= reading.confidence < 0.75 and "product" in reading.reason, (sentence, reading)
    # another's product (its maker named after it), or no product at all, is none
    assert confidence("Het rapport van de commissie, dat in 2024 klaar zal zijn, wacht ik af.") < POSSIBLE
    assert confidence("Ik heb overleg gevoerd met de sector, die medio 2024 gereed zal zijn.") < POSSIBLE
    assert confidence("De uitkomsten zullen in 2024 bekend zijn.") < POSSIBLE


@pytest.mark.parametrize("sentence, least, most", [
    # WATER: what the Rijk gives the other governments, said from their side: "Provincies ontvangen … een handreiking"
    ("Provincies ontvangen in het kader van het NPLG een handreiking die aangeeft wat wordt verwacht van het "
     "gebiedsprogramma op 1 juli 2023.", PROMISE, 0.7),
    ("Gemeenten ontvangen in 2024 extra middelen voor de opvang.", 0.7, 1.0),  # GENRE: money, by a time
    ("Uw Kamer ontvangt voor de zomer de evaluatie.", 0.7, 1.0),
    # received already, or not from the government, or not a product: none
    ("De provincies hebben de handreiking ontvangen.", 0.0, POSSIBLE),
    ("Ik heb het advies van de raad op 3 mei ontvangen.", 0.0, POSSIBLE),
    ("Gemeenten ontvangen veel klachten over de regeling.", 0.0, POSSIBLE),
])
def test_what_the_other_governments_receive(sentence, least, most):
    assert least <= confidence(sentence) < most, read(sentence, "nl", WATER_DATE)


@pytest.mark.parametrize("sentence, language, promised", [
    # GENRE: the ministries' own working party is the government side: "Een interdepartementale werkgroep werkt …
    # uit", "An interministerial working group will draft …"; another's working group is not
    ("Een interdepartementale werkgroep werkt de voorstellen voor de zomer uit.", "nl", True),
    ("De ambtelijke werkgroep zal in 2024 een advies opleveren.", "nl", True),
    ("Een werkgroep van de VNG werkt de voorstellen uit.", "nl", False),
    ("An interministerial working group will draft the new law by 2025.", "en", True),
    # the Slovenian addendum (A/HRC/43/15/Add.1): work under way by the ministries' own working group
    ("An inter-ministerial working group appointed by the Minister of Health is drafting an amendment to the Mental "
     "Health Act.", "en", True),
    ("A working group of NGOs will present its report in 2024.", "en", False),
])
def test_the_ministries_own_working_party(sentence, language, promised):
    assert (confidence(sentence, language, "Ruritania") >= PROMISE) is promised, sentence


@pytest.mark.parametrize("sentence, language", [
    # a study, an exploration, a consideration undertaken is a promise, as the dev gold's reader counts them ("In een
    # integrale verkenning kijken we naar kansen …", must find), in both languages; a State's "will consider" takes
    # the stance noted all the same (`stance`)
    ("Ik zal bezien of de regeling kan worden aangepast.", "nl"),
    ("Het kabinet zal overwegen om het verdrag te ratificeren.", "nl"),
    ("Ruritania will consider ratifying the Convention.", "en"),
    ("The Government will study the possibility of establishing an ombudsperson.", "en"),
])
def test_a_study_or_a_consideration_undertaken_is_a_promise(sentence, language):
    assert confidence(sentence, language, "Ruritania") >= PROMISE, sentence


@pytest.mark.parametrize("sentence, least, most", [
    # WATER: an agentless passive that names the partners the government works with: its own work, with them
    ("Er is nog onderzoek en ontsluiting van kennis nodig om vitale bodems geheel te definiëren, dit wordt samen met "
     "kennisinstellingen uitgevoerd.", PROMISE, 0.7),
    ("Dit wordt in samenwerking met de sector uitgevoerd.", PROMISE, 0.7),  # GENRE
    # no partners, or a description of what goes on now, or another's work
    ("Deze taak wordt binnen de bestaande middelen uitgevoerd.", 0.0, POSSIBLE),
    ("De regeling wordt momenteel samen met gemeenten uitgevoerd.", 0.0, POSSIBLE),
    ("De wet wordt uitgevoerd door gemeenten.", 0.0, POSSIBLE),
])
def test_work_done_with_partners_named(sentence, least, most):
    assert least <= confidence(sentence) < most, read(sentence, "nl", WATER_DATE)


def test_a_passive_with_an_aside_between_commas_reads_its_participle():
    # "wordt, zoals toegezegd, … gestuurd": the aside had cut the clause after "wordt", and no promise was read
    assert confidence("Het rapport wordt, zoals toegezegd, voor de zomer naar uw Kamer gestuurd.") >= PROMISE
    assert confidence("De regeling wordt, na overleg met de sector, per 1 januari 2025 aangepast.") >= PROMISE
    # the agent of the aside's own verb is not the passive's
    assert confidence("Het plan wordt, nadat het door de provincies is besproken, in 2024 vastgesteld.") >= PROMISE


def test_an_agent_before_the_finite_verb_is_the_passives():
    # EMISSIONS: in a subordinate clause the agent stands before the verb; the Parliament calls on the Commission
    assert confidence("De verwachting is ook dat de Europese Commissie via de verordening door het Parlement zal "
                      "worden opgeroepen op korte termijn een effectbeoordeling te doen naar de mogelijkheden en "
                      "kosten en baten van een eigen Europese kwaliteitseis voor fossiele kerosine.") < POSSIBLE
    # put first in a main clause: the agency's work, or another's, not the government's own promise
    assert confidence("Door het RIVM wordt in 2023 een notitie opgesteld.") < PROMISE
    assert confidence("Door de provincies wordt in 2024 een plan opgesteld.") < POSSIBLE
    assert confidence("Door het Rijk wordt in 2024 een handreiking opgesteld.") >= PROMISE
    # a "door" that names the means, not someone who acts, is no agent
    assert confidence("Door een wijziging van de regeling wordt de subsidie in 2024 verhoogd.") >= PROMISE


def test_what_the_kamer_or_another_government_receives_is_sent_or_given():
    # GENRE: the promise said from the addressee's side, "U" as much as "uw Kamer", also after the verb
    for sentence in ("Uw Kamer ontvangt voor het eind van het jaar een voortgangsrapportage.",
                     "U ontvangt voor het einde van het jaar een voortgangsrapportage.",
                     "Ook ontvangt u in het voorjaar de evaluatie."):
        assert confidence(sentence) >= PROMISE, sentence
    # "krijgen" as "ontvangen": money given to the other governments
    assert confidence("Gemeenten krijgen vanaf 2025 structureel € 50 miljoen extra.") >= PROMISE
    assert confidence("Provincies krijgen de ruimte om zelf keuzes te maken.") < POSSIBLE
    assert confidence("Wij krijgen in 2024 veel signalen van burgers.") < POSSIBLE


def test_a_product_to_come_out_by_a_time():
    # GENRE: the bill goes into consultation, the plan appears, by a time; the government's product by its letter
    assert confidence("Het wetsvoorstel gaat in het voorjaar in internetconsultatie.") >= PROMISE
    assert confidence("Het plan zal in 2024 verschijnen.") >= PROMISE
    assert POSSIBLE <= confidence("Het wetsvoorstel zal naar verwachting in het eerste kwartaal van 2024 in "
                                  "consultatie gaan.")  # hedged
    # another's product, or no time: none
    assert confidence("Het rapport van de commissie zal in juni verschijnen.") < POSSIBLE
    assert confidence("Het plan zal verschijnen.") < POSSIBLE


def test_the_states_authorities_named_by_their_competence_are_the_government_side():
    # GENRE: an addendum names the State's own bodies by what they are for, not by name
    for sentence in ("The competent authorities will examine the possibility of amending the Criminal Code.",
                     "The relevant ministries will prepare a new action plan by 2025.",
                     "The national authorities will continue to cooperate with civil society."):
        assert confidence(sentence, "en", "Ruritania") >= PROMISE, sentence
    # an independent body is not
    assert confidence("The Ombudsman will monitor the implementation.", "en", "Ruritania") < POSSIBLE


def test_a_separable_verb_joined_last_in_a_subordinate_clause():
    # WATER (a sentence its gold lets count either way): the verb joined to its particle, last in the "dat" clause,
    # had been no verb at all; read now, weighed as its clause is (a principle's meaning: for review)
    reading = read("Voor een aantal structurerende keuzes zal het betekenen dat het Rijk haar beleidsregels aanpast, "
                   "zoals dit is voorzien bij het aanscherpen van het beleid ten aanzien van activiteiten in het "
                   "rivierbed.", "nl", WATER_DATE)
    assert reading is not None and POSSIBLE <= reading.confidence < PROMISE and "aanpast" in reading.reason
    # GENRE: the same order after a letter's words of telling
    assert confidence("Graag meld ik u dat het kabinet in 2025 een wetsvoorstel indient.") >= PROMISE
    # a joined form is no verb of a main clause, nor the noun it looks like
    assert confidence("De inzet van het kabinet is gericht op vrede.") < POSSIBLE
    assert confidence("Het is belangrijk dat gemeenten de regeling uitvoeren.") < POSSIBLE


@pytest.mark.parametrize("sentence", [
    # GENRE: the present tense of the acts on a bill or a rule, with the government as subject
    "Het kabinet dient in 2025 een wetsvoorstel in.",
    "Ik rond het onderzoek in 2024 af.",
    "Ik wijzig de regeling per 1 januari 2025.",
    "We voeren in 2025 een registratieplicht in.",
    "We schaffen de regeling per 2026 af.",
    "Ik zet de pilot in 2024 voort.",
])
def test_the_acts_on_a_bill_or_a_rule_in_the_present_tense(sentence):
    assert confidence(sentence) >= PROMISE, sentence


def test_the_letters_close_is_no_promise():
    for sentence in ("Ik rond deze brief af met een vooruitblik.", "Tot slot rond ik af met een oproep."):
        assert confidence(sentence) < POSSIBLE, sentence
    assert confidence("De gemeente dient een aanvraag in.") < POSSIBLE  # another's act


def test_het_for_the_cabinet_named_before_its_dat_clause():
    # GENRE: "Het kabinet … dat het …": the pronoun stands for the neuter government named before
    assert confidence("Het kabinet deelt mee dat het de regeling in 2025 evalueert.") >= PROMISE
    # an article, not a pronoun; another body named before
    assert confidence("Het kabinet verwacht dat het rapport in 2025 verschijnt.") < POSSIBLE
    assert confidence("De provincie meldt dat het de regeling in 2025 evalueert.") < POSSIBLE


def test_a_need_said_with_its_verb_last_is_no_undertaking():
    # GENRE: "… vindt dat het belangrijk is dat …": the formula of necessity in a subordinate clause's order
    assert confidence("Het kabinet vindt dat het belangrijk is dat de regeling wordt geëvalueerd.") < POSSIBLE


def test_a_relative_clause_about_what_an_agency_makes_is_its_work():
    # EMISSIONS (a sentence its gold lets count either way): what the RIVM's note explores is the RIVM's work, for
    # review as the RIVM's plans are; the relative clause's agentless passive had made it the cabinet's promise
    reading = read("In 2023 wordt door het RIVM een notitie opgesteld, waarin wordt verkend welke stappen nodig zijn "
                   "om de gecumuleerde gezondheidsrisico’s rond Schiphol meer expliciet te maken, en welke "
                   "belemmeringen en kansen hierbij spelen.", "nl", EMISSIONS_DATE)
    assert POSSIBLE <= reading.confidence < PROMISE, reading
    # made by the government: its own
    assert confidence("In 2024 wordt door het ministerie een plan opgesteld, waarin wordt uitgewerkt hoe de regeling "
                      "wordt vereenvoudigd.") >= PROMISE


@pytest.mark.parametrize("sentence", [
    "Deze PAGO’s worden sectorbreed uitgevoerd, de deelname hieraan is vrijwillig.",  # EMISSIONS: no time, described
    # WATER: a need, its modal in the clause before the list that ends with the verb
    "Om eind 2027 aan de doelen voor de KRW te voldoen, moeten de afgesproken maatregelen uit de "
    "Stroomgebiedbeheerplannen 2022-2027, het 7 Actieprogramma Nitraatrichtlijn, inclusief addendum, en de vereisten "
    "uit de derogatiebeschikking worden uitgevoerd.",
])
def test_work_carried_out_without_a_time_or_under_a_must_is_no_promise(sentence):
    assert confidence(sentence) < PROMISE, read(sentence, "nl", WATER_DATE)


@pytest.mark.parametrize("sentence, promised", [  # GENRE: a climate or nitrogen letter on what its measures bring about
    ("Door deze maatregel wordt de uitstoot in 2030 verminderd.", False),
    ("Met deze maatregelen wordt de stikstofdepositie in 2025 met 20 procent verlaagd.", False),
    # the government's own instruments changed, and a change with no means named, stay its acts
    ("Met deze middelen wordt het budget in 2025 verhoogd.", True),
    ("De regeling wordt in 2025 verlengd.", True),
])
def test_an_effect_of_a_means_is_foretold_not_undertaken(sentence, promised):
    assert (confidence(sentence) >= PROMISE) is promised, read(sentence, "nl", WATER_DATE)


@pytest.mark.parametrize("sentence, promised", [  # GENRE: "laten weten", the letter telling the Kamer
    ("Ik laat u weten dat de provincies voor de zomer met een voorstel komen.", False),  # another's act, told
    ("Hierbij laat ik u weten dat het onderzoek is afgerond.", False),  # what is done, told now
    ("Ik laat u weten dat wij voor de zomer met een voorstel komen.", True),  # what the government will do, told
    ("Ik kan u melden dat het kabinet in 2025 de regeling verlengt.", True),
    ("Ik laat u voor de zomer weten hoe de regeling wordt uitgewerkt.", True),  # the Kamer told later
    ("Ik laat het RIVM onderzoeken of de norm kan worden aangescherpt.", True),  # "laten" of work had done
    ("Het kabinet laat de aanbeveling rusten.", False),  # leaving it be
    ("Het kabinet laat de keuze aan de gemeenten.", False),  # leaving it to others: "gemeenten" is no infinitive
])
def test_letting_the_kamer_know_is_telling_not_having_work_done(sentence, promised):
    assert (confidence(sentence) >= PROMISE) is promised, read(sentence, "nl", WATER_DATE)


@pytest.mark.parametrize("sentence", [  # GENRE: the agencies that take "de" ("De NVWA", "De ILT"), as subject or asked
    "De NVWA zal het toezicht in 2025 intensiveren.",
    "Ik heb de NVWA gevraagd om het toezicht te intensiveren.",
    "De ILT verscherpt in 2025 het toezicht op de luchtvaart.",
])
def test_an_agency_that_takes_de_is_an_agency(sentence):
    r = read(sentence, "nl", WATER_DATE)
    assert r is not None and POSSIBLE <= r.confidence < PROMISE, r


@pytest.mark.parametrize("sentence, promised", [  # GENRE: more of a minister's formulas, and their look-alikes
    ("Ik ga ervan uit dat de gemeenten dit oppakken.", False),  # "ervan uitgaan": to assume
    ("We gaan uit van een stijging van 2 procent.", False),
    ("Ik ga de regeling uitbreiden.", True),
    ("Ik span mij in om de wachttijden te verkorten.", True),  # an effort undertaken, as "zet zich in"
    ("Ik maak werk van een betere bescherming van klokkenluiders.", True),
    ("Er wordt € 10 miljoen vrijgemaakt voor de aanpak van armoede.", True),  # money set aside, in the passive
])
def test_assuming_is_no_promise_and_an_effort_is(sentence, promised):
    assert (confidence(sentence) >= PROMISE) is promised, read(sentence, "nl", WATER_DATE)


def test_a_proposal_to_come_without_a_time_is_for_review():
    # GENRE: as the genre's other promises without a time or an occasion (test_promise_formulas); another's is none
    assert POSSIBLE <= confidence("Ik kom met een voorstel voor de financiering.") < PROMISE
    assert confidence("De gemeente komt met een voorstel.") < POSSIBLE
