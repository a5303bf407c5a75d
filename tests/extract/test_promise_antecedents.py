"""`promise_antecedents`: what a relative clause's pronoun stands for, read through `promises.read`."""

import pytest

from opvolging.extract.promises import POSSIBLE, PROMISE
from tests.extract.test_promises import confidence


@pytest.mark.parametrize("sentence, language, least, most", [
    # GENRE: a body the government set up in the same sentence does the work of the relative clause: commissioned,
    # for a person to confirm ("Ik heb een commissie ingesteld, die …", "The Government has established a working
    # group, which will …")
    ("Ik heb een commissie ingesteld, die in 2024 met voorstellen komt.", "nl", POSSIBLE, PROMISE),
    ("The Government has established a working group, which will present its findings by the end of 2024.", "en",
     POSSIBLE, PROMISE),
    ("Ruritania has set up a task force that will draft a new strategy in 2025.", "en", POSSIBLE, PROMISE),  # "that"
    # set up by another, or nothing said of what it will do: none
    ("De gemeente heeft een commissie ingesteld, die in 2024 met voorstellen komt.", "nl", 0.0, POSSIBLE),
    ("The municipality has established a working group, which will present its findings by the end of 2024.", "en",
     0.0, POSSIBLE),
    ("Ik heb een commissie ingesteld.", "nl", 0.0, POSSIBLE),
    # a product of the government's before its relative clause, and another's product
    ("Ik heb opdracht gegeven tot een onderzoek naar de effecten, dat medio 2024 gereed zal zijn.", "nl", PROMISE,
     0.75),
    ("Het rapport van de commissie, dat in 2024 klaar zal zijn, wacht ik af.", "nl", 0.0, POSSIBLE),
])
def test_what_a_relative_clause_stands_for(sentence, language, least, most):
    assert least <= confidence(sentence, language, "Ruritania") < most, sentence
