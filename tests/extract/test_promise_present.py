"""The first person's present tense with a time to come (extract.promise_present): a promise whatever the verb.
The sentences are in the genre's words (progress letters to the Kamer), written for this test: none of these verbs
is in the lexicon of the government's work."""

from datetime import date

import pytest

from opvolging.extract.promises import POSSIBLE, PROMISE, read

LETTER_DATE = date(2024, 3, 14)


def reading(sentence):
    return read(sentence, "nl", LETTER_DATE)


@pytest.mark.parametrize("sentence", [
    "Samen met de brancheorganisaties schrap ik voor 1 januari 2025 ten minste 20 procent van de "
    "registratieverplichtingen.",
    "In juni spreek ik hierover met mijn Europese collega's.",
    "Voor de zomer geef ik uitsluitsel over de locatie.",
    "In 2025 verdubbelen we het aantal controles.",
    "Het kabinet schrapt voor 1 januari 2025 de helft van de regels.",  # the government named, the verb in "-t"
    "Het Rijk verdubbelt in 2025 het aantal controles.",
])
def test_the_government_side_acting_by_a_time_promises(sentence):
    r = reading(sentence)
    assert r is not None and r.confidence >= PROMISE, r


@pytest.mark.parametrize("sentence", [
    "In 2023 evalueerde ik de regeling.",  # the past
    "Ik schrap de regeling niet voor 2025.",  # negated
    "Daarom vind ik het belangrijk dat dit in 2025 gebeurt.",  # thinking; the time is the other clause's
    "Ik realiseer me dat dit in 2025 lastig wordt.",
    "In 2030 halen we de doelen.",  # a goal met, foretold
    "In 2030 wekken we 70 procent van onze stroom op met hernieuwbare bronnen.",  # "we" the country, a quantity
    "Ik wens u een goede zomer.",  # no time to come
    "In 2025 ontvangt het kabinet het advies van de Raad.",  # what it receives
    "De minister verwacht in 2025 een daling.",  # what it expects
    "Volgend jaar bestaat het ministerie honderd jaar.",  # a state of things
    "In 2025 telt Nederland 18 miljoen inwoners.",  # "Nederland": the country as often as the State
    "Gemeenten vragen het Rijk om in 2025 meer geld.",  # the name is the object: the verb does not agree with it
])
def test_no_promise_without_an_act_a_time_to_come_or_with_the_country_as_we(sentence):
    r = reading(sentence)
    assert r is None or r.confidence < PROMISE, r


def test_a_time_between_quotation_marks_is_mentioned_not_set():
    # the water letter (IenW, 25 November 2022) on how it words its times
    sentence = ("Hierin houden we concrete jaartallen aan waar mogelijk, of spreken we van ‘voor 2030’, ‘tussen 2030 "
                "en 2050’ en ‘na 2050’.")
    r = read(sentence, "nl", date(2022, 11, 25))
    assert r is None or r.confidence < PROMISE, r


@pytest.mark.parametrize("sentence, agency", [
    ("De Nederlandse Zorgautoriteit past per 1 januari 2025 de bekostiging aan, zodat zorgaanbieders digitale zorg "
     "kunnen declareren.", "De Nederlandse Zorgautoriteit"),  # an agency by its full name
    ("Rijkswaterstaat vervangt in 2026 de sluizen bij Terneuzen.", "Rijkswaterstaat"),
])
def test_a_state_agency_acting_by_a_time_is_for_review_and_its_own(sentence, agency):
    r = reading(sentence)
    assert r is not None and POSSIBLE <= r.confidence < PROMISE and r.actor == agency, r
