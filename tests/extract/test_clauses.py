"""Clauses (extract.clauses): where a verb's clause begins and ends, on the real sentences each rule exists for.

WATER is the Kamerbrief "Water en Bodem sturend" (IenW, 25 November 2022), EMISSIONS the Kamerbrief "Emissies door de
luchtvaart" (IenW, 22 December 2022)."""

from datetime import date

from opvolging.extract.clauses import clause, tokens
from opvolging.extract.promises import PROMISE, read


def clause_of(sentence: str, verb: str) -> str:
    """The words of the clause around the first token `verb`."""
    toks = tokens(sentence)
    i = next(k for k, t in enumerate(toks) if t.low == verb)
    start, end = clause(toks, i)
    return " ".join(t.text for t in toks[start:end])


def test_an_aside_in_parentheses_belongs_to_the_clause_around_it():  # WATER
    sentence = ("We staan in de uiterwaarden (die vallen onder de Beleidslijn grote rivieren) geen nieuwe bebouwing "
                "meer toe.")
    assert clause_of(sentence, "staan").endswith("geen nieuwe bebouwing meer toe .")  # to the sentence's end
    assert clause_of(sentence, "vallen") == "die vallen onder de Beleidslijn grote rivieren"  # inside: its own


def test_a_main_clause_opens_with_its_verb_after_a_subordinate_clause_without_a_comma():  # WATER
    sentence = ("Omdat het hier gaat om een nieuw gezamenlijk (nationaal) kader zullen we samen met medeoverheden "
                "bepalen hoe de borging eruit moet komen te zien.")
    assert clause_of(sentence, "zullen") == "zullen we samen met medeoverheden bepalen"
    assert clause_of(sentence, "gaat").startswith("Omdat het hier gaat")


def test_a_verb_cluster_stays_in_its_subordinate_clause():  # WATER
    sentence = ("Provincies en waterschappen komen, samen met andere betrokkenen, met voorstellen hoe watervraag en "
                "-aanbod in laagveengebieden moeten worden opgepakt.")
    assert clause_of(sentence, "worden").startswith("hoe watervraag")


def test_om_opens_a_clause_only_with_its_te():
    assert clause_of("Om samenhang te borgen zal het ministerie elk jaar een rapportage sturen.", "zal").startswith(
        "zal")  # WATER: the purpose clause is not part of the main one
    assert "gaat om een" in clause_of("Omdat het hier gaat om een nieuw kader zullen we bepalen.", "gaat")


def test_als_before_a_bare_noun_is_a_role_not_a_condition():  # WATER
    assert clause_of("We sturen als overheden op zo min mogelijk afdekking van de bodem.", "sturen").endswith(
        "van de bodem .")
    toks = tokens("Als vervolgstap op deze brief zal ook het instrumentarium verder worden ontwikkeld.")
    assert toks.as_role(0)
    assert not tokens("Als we de onttrekkingen beperken, daalt de druk op de natuur.").as_role(0)
    # a verb or a preposition after "als" opens a condition: "Als blijkt dat …", "Als uit de evaluatie blijkt …"
    assert not tokens("Als blijkt dat de regeling werkt, zal ik haar verlengen.").as_role(0)
    assert not tokens("Als uit de evaluatie blijkt dat de regeling werkt, zal ik haar verlengen.").as_role(0)
    assert tokens("Als onderdeel van het programma zal ik de regeling aanpassen.").as_role(0)


def test_a_main_clause_opens_after_a_condition_with_its_own_verb():
    # GENRE: "Indien nodig blijkt zal ik …", "Wanneer de regeling werkt zal ik …": the comma left out, the main
    # clause opens with its auxiliary and the subject after it
    assert clause_of("Indien nodig blijkt zal ik de regeling aanpassen.", "zal") == "zal ik de regeling aanpassen ."
    assert clause_of("Wanneer de regeling werkt zal ik haar verlengen.", "zal") == "zal ik haar verlengen ."
    assert clause_of("Wanneer de regeling werkt zal ik haar verlengen.", "werkt").startswith("Wanneer")


def test_maar_without_a_comma_opens_no_clause():  # EMISSIONS: "maar" as "only"
    sentence = ("De reden daarvoor is dat bij taxiën de verbranding van kerosine niet optimaal is, omdat dan maar een "
                "heel beperkt deel van het vermogen van de vliegtuigmotoren wordt gebruikt.")
    assert clause_of(sentence, "wordt").startswith("omdat dan maar een heel beperkt deel")


def test_a_comma_before_waar_ends_the_clause():  # WATER: a relative clause, not the enumeration's next item
    sentence = ("Voor de ondergrond willen we een zorgvuldig geordende, optimaal benutte ondergrondse ruimte, waar "
                "functies zoals bijvoorbeeld bodemenergie en grondwatervoorraden elkaar niet negatief beïnvloeden.")
    assert "beïnvloeden" not in clause_of(sentence, "willen")
    assert clause_of(sentence, "beïnvloeden").startswith("waar functies")


def test_waar_after_a_noun_opens_a_relative_clause_and_its_time_is_not_the_promises():  # WATER
    sentence = ("Daarom geldt dat het concept-kader om een klimaatrobuuste ontwikkeling te realiseren wordt toegepast "
                "op projecten en gebiedsontwikkelingen waar op 1-1-2025 nog geen bestemmingsplan is vastgesteld.")
    assert clause_of(sentence, "wordt") == "wordt toegepast op projecten en gebiedsontwikkelingen"
    r = read(sentence, "nl", date(2022, 11, 25))
    assert r is None or "2025" not in r.reason  # the situation's date, not a due date
    # "waar mogelijk", "waar nodig": no clause of its own
    elliptic = "We zullen waar mogelijk de bodem ontzien."
    assert clause_of(elliptic, "zullen") == "We zullen waar mogelijk de bodem ontzien ."


def test_what_a_verb_of_preventing_keeps_from_happening_is_no_promise():  # WATER
    sentence = "Hiermee voorkomen we dat we nieuwbouw gaan realiseren op locaties waar we later spijt van gaan krijgen."
    r = read(sentence, "nl", date(2022, 11, 25))
    assert r is None or r.confidence < PROMISE


def test_etc_closes_an_enumeration():  # WATER
    sentence = ("We werken maatregelen voor beheer van landbouwgronden op het gebied van materieel, nutriënten, "
                "gewasbeschermingsmiddelen etc. uit.")
    assert clause_of(sentence, "werken").endswith("etc . uit .")


def test_dat_after_er_and_a_preposition_opens_a_clause():  # WATER: "er voor dat", a split "ervoor dat"
    sentence = "Hier zorgen we er voor dat betrokkenen voldoende kennis hebben."
    assert clause_of(sentence, "zorgen") == "Hier zorgen we er voor"
    assert clause_of("Dat staat in die beleidsbrief van vorig jaar.", "staat").endswith("jaar .")  # "in die": points


def test_dat_after_a_preposition_opens_a_clause_when_a_subject_follows():
    # a particle before "dat" ("zet zich ervoor in dat de regels …"), not "in dat geval": a demonstrative is followed
    # by its noun, a clause by its subject (an article, a pronoun, "er")
    sentence = "Het kabinet zet zich ervoor in dat de regels in 2025 in werking treden."
    assert clause_of(sentence, "zet") == "Het kabinet zet zich ervoor in"
    assert clause_of("In dat geval zal de gemeente de kosten dragen.", "zal").startswith("In dat geval zal")


def test_the_infinitive_before_the_phrase_that_closes_the_clause():
    from opvolging.extract.clauses import infinitive_before_phrase

    assert infinitive_before_phrase("het kabinet investeren in onderwijs".split()) == "investeren"
    assert infinitive_before_phrase("het aantal hoog in de grote steden".split()) is None


def test_a_decimal_comma_ends_no_clause():
    # "€ 1,5 miljoen": one number, so the particle at the end stays in the verb's clause
    sentence = "Ik stel hiervoor € 1,5 miljoen beschikbaar."
    assert clause_of(sentence, "stel") == "Ik stel hiervoor € 1,5 miljoen beschikbaar ."


def test_of_after_a_verb_of_finding_out_asks_whether():
    # WATER: "of" after "beoordeeld" opens what is to be judged; the promise is the judging, not what it finds
    r = read("Bij de tussenevaluatie voor de KRW zal worden beoordeeld of met het uitvoeren van deze maatregelen "
             "Nederland op koers ligt om de doelen van de KRW te halen.", "nl", date(2022, 11, 25))
    assert r.reason.endswith("«zal … beoordeeld»")
    # GENRE: commissioning a study of whether something can be done is a promise; "of" as "or" parts no clause
    r = read("Daarnaast laat ik onderzoeken of een verbod op het bezit van messen door minderjarigen uitvoerbaar is.",
             "nl", date(2024, 3, 14))
    assert r.confidence >= PROMISE and r.reason.endswith("«laat … onderzoeken»")
    toks = tokens("Het kabinet zal wegen of spoorwegen aanleggen.")
    assert not any(toks.opens)


def test_a_verbs_particle_before_a_relative_pronoun_is_no_preposition():
    # GENRE: "stelt een commissie in die voor 1 juli …": "in" is the particle of "stelt … in", "die" opens the
    # relative clause (a preposition follows it); "in die zin", "op die manier" point, a noun following
    sentence = "Het kabinet stelt een commissie in die voor 1 juli een advies zal uitbrengen."
    assert clause_of(sentence, "zal").startswith("die voor 1 juli")
    assert clause_of("In die zin zal het kabinet de regeling aanpassen.", "zal").startswith("In die zin")


def test_an_aside_between_commas_after_an_auxiliary_leaves_its_clause_going_on():
    # the formula of a letter that keeps a promise made before: the auxiliary cannot end its clause (its participle is
    # still to come), so the clause goes on after the aside
    assert clause_of("Het rapport wordt, zoals toegezegd, voor de zomer naar uw Kamer gestuurd.", "wordt").endswith(
        "naar uw Kamer gestuurd .")
    assert clause_of("De regeling wordt, na overleg met de sector, per 1 januari 2025 aangepast.", "wordt").endswith(
        "per 1 januari 2025 aangepast .")
    # an auxiliary at the end of a subordinate clause does end it
    assert clause_of("Nadat het plan vastgesteld wordt, zal ik uw Kamer informeren.", "wordt") == \
        "Nadat het plan vastgesteld wordt"
