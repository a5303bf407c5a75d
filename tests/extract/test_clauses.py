"""Clauses (extract.clauses): where a verb's clause begins and ends, on the real sentences each rule exists for.

WATER is the Kamerbrief "Water en Bodem sturend" (IenW, 25 November 2022), EMISSIONS the Kamerbrief "Emissies door de
luchtvaart" (IenW, 22 December 2022)."""

from opvolging.extract.clauses import clause, tokens


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


def test_maar_without_a_comma_opens_no_clause():  # EMISSIONS: "maar" as "only"
    sentence = ("De reden daarvoor is dat bij taxiën de verbranding van kerosine niet optimaal is, omdat dan maar een "
                "heel beperkt deel van het vermogen van de vliegtuigmotoren wordt gebruikt.")
    assert clause_of(sentence, "wordt").startswith("omdat dan maar een heel beperkt deel")
