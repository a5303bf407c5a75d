"""The clause's weights of a Dutch promise (`promise_clause_nl`), each on the sentence it exists for."""

import pytest

from opvolging.extract.clauses import clause, tokens
from opvolging.extract.promise_clause_nl import clause_factor, negated, what_it_means


def _clause_of(sentence: str, verb: str):
    toks = tokens(sentence)
    i = next(k for k, t in enumerate(toks) if t.low == verb)
    return toks, clause(toks, i)


@pytest.mark.parametrize("sentence, verb, refused", [
    ("Het kabinet zal de regeling niet aanpassen.", "zal", True),
    ("Ik zal geen nieuw wetsvoorstel indienen.", "zal", True),
    ("Ik zal uw Kamer niet later dan 1 juli informeren.", "zal", False),  # a time
    ("Ik zal niet alleen de wet aanpassen, maar ook de uitvoering verbeteren.", "zal", False),
    ("Het kabinet zal de subsidie niet meer verstrekken.", "zal", False),  # a stop: a change
    ("Ik zal niet nalaten de Kamer te informeren.", "zal", False),
    # WATER: forbidding is a decision
    ("We staan in de uiterwaarden geen nieuwe bebouwing meer toe.", "staan", False),
    ("Er is nog geen bestemmingsplan vastgesteld.", "is", False),  # not yet: a state told
])
def test_negated(sentence, verb, refused):
    toks, (start, end) = _clause_of(sentence, verb)
    assert negated(toks, start, end) is refused


def test_clause_factor_of_a_reason_and_a_relative_clause():
    toks, (start, _) = _clause_of("Dit is nodig omdat wij de regeling in 2024 zullen aanpassen.", "zullen")
    assert clause_factor(toks, start) == (0.4, "in a clause giving a reason")
    toks, (start, _) = _clause_of("Dit betekent dat we de bodem beter benutten.", "benutten")
    assert what_it_means(toks, start)
