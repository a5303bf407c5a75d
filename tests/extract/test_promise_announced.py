"""`promise_announced`: a new thing announced without the government as subject ("Er komt …", "… volgt een …",
"… start een …"), read through `promises.read` as a letter's sentence is."""

from opvolging.extract.promises import POSSIBLE, PROMISE, read
from tests.extract.test_promises import WATER_DATE, confidence


def test_there_will_be_a_new_thing_by_a_time_is_announced():
    # WATER: "komen er vanaf 2023 nieuwe projecten", the genre's announcement of something new, by a time
    reading = read("- Op basis van het Programma onder de Omgevingswet Integraal Riviermanagement, komen er vanaf "
                   "2023 nieuwe projecten voor rivierverruiming, aanpassingen van de ruimtelijke reserveringen en "
                   "maatregelen om de bodemerosie in de rivieren tegen te gaan.", "nl", WATER_DATE)
    assert reading.confidence >= PROMISE and "announced" in reading.reason, reading
    assert confidence("Er komen in 2050 meer droge zomers.") < PROMISE  # the weather: no new thing made
    assert confidence("Er komen in 2023 minder projecten dan verwacht.") < PROMISE  # a count, not something new
    # no time: no promise to hold it to, but something new announced, for a person to confirm
    assert POSSIBLE <= confidence("Er komt een nieuwe regeling.") < PROMISE
    assert confidence("Er komt een moment dat de regeling afloopt.") < POSSIBLE
    # a body set up is announced, new or not said: "Er komt een onafhankelijke commissie die …"
    assert POSSIBLE <= confidence("Er komt een onafhankelijke commissie die de uitvoering van de wet toetst.") < PROMISE
    assert confidence("In 2025 komt er een onafhankelijke toezichthouder.") >= PROMISE
    assert confidence("Er komen steeds meer commissies.") < POSSIBLE
    # nothing announced: "geen"
    assert confidence("Er komt geen nieuwe regeling.") < POSSIBLE
    assert confidence("Er komt in 2025 geen nieuwe regeling.") < POSSIBLE


def test_a_product_announced_to_follow_by_a_time():
    # GENRE: "In 2025 volgt een evaluatie van de wet": the product is the subject, after the verb
    assert confidence("In 2025 volgt een evaluatie van de wet.") >= PROMISE
    assert confidence("Voor de zomer volgt nog een brief over de uitvoering.") >= PROMISE
    assert confidence("Hieruit volgt dat de regeling werkt.") < POSSIBLE
    assert confidence("Het kabinet volgt in 2025 het advies van de Raad.") < POSSIBLE
    assert confidence("Daarna volgt een periode van overleg.") < POSSIBLE


def test_work_announced_to_start_by_a_time():
    # GENRE: "Dit najaar start een pilot in vijf gemeenten": the pilot after the verb is its subject, the time holds
    # it; the same formula as "volgt een evaluatie", and no government side named in the sentence
    reading = read("Dit najaar start een pilot in vijf gemeenten.", "nl", WATER_DATE)
    assert reading.confidence >= PROMISE and "announced to start" in reading.reason, reading
    assert confidence("In 2025 starten nog twee proeftuinen.") >= PROMISE
    assert confidence("Begin 2024 start een landelijke campagne over de risico's.") >= PROMISE
    # not the formula: a thing already known ("de bouw"), no time, the past, someone else starting it
    assert confidence("In 2024 start de bouw van de dijk.") < POSSIBLE
    assert confidence("Er start een pilot in vijf gemeenten.") < POSSIBLE
    assert confidence("In 2021 startte een pilot in vijf gemeenten.") < POSSIBLE
    assert confidence("De gemeente Utrecht start in 2024 een pilot.") < POSSIBLE
    # the government or an agency starting it is read as their own act
    assert confidence("Ik start dit najaar een pilot in vijf gemeenten.") >= PROMISE
    assert POSSIBLE <= confidence("Het UWV start in 2024 een pilot.") < PROMISE


def test_a_rule_entering_into_force_by_a_time_is_for_review():
    # GENRE: "De regeling treedt per 1 januari 2024 in werking", "De wet zal in 2024 in werking treden": the
    # government sets a rule's date by decree, a law's Parliament must pass first: a possible promise, for review
    for sentence in ("De regeling treedt per 1 januari 2024 in werking.",
                     "De wet zal per 1 januari 2024 in werking treden.",
                     "Per 1 juli 2023 treedt de nieuwe regeling in werking."):
        reading = read(sentence, "nl", WATER_DATE)
        assert POSSIBLE <= reading.confidence < PROMISE and "enter into force" in reading.reason, (sentence, reading)
    # in force already, or no rule, or no time: none
    assert confidence("De wet trad in 2020 in werking.") < POSSIBLE
    assert confidence("De Wet open overheid is op 1 mei 2022 in werking getreden.") < POSSIBLE
    assert confidence("Mensen treden in 2024 in dienst.") < POSSIBLE
    assert confidence("De regeling treedt binnenkort in werking.") < POSSIBLE
