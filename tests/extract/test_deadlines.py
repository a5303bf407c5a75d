"""Table-driven: each phrase as letters write it, its due date against a reference date, and that it is sure."""

from datetime import date

import pytest

from opvolging.extract.deadlines import resolve

REF = date(2022, 9, 20)  # the start of session year 2022–2023, as for Kamerstuk 32 735, nr. 354

CASES = [
    ("nog dit jaar aan de Kamer zal worden aangeboden", "2022-12-31"),
    ("voor de zomer", "2023-06-21"),  # the day summer begins, as the spring ends
    ("voor het zomerreces", "2023-07-06"),
    ("dit voorjaar", "2023-06-21"),
    ("in het najaar", "2022-12-21"),
    # "de zomer" takes "de": with a year, or "rond" (the Kamerbrief "Emissies door de luchtvaart", 2022: "dat de Kamer
    # rond de zomer 2023 … kan worden geïnformeerd")
    ("rond de zomer 2023", "2023-09-22"),
    ("in de zomer van 2024", "2024-09-22"),
    # the Kamerbrief "Water en Bodem sturend" (IenW, 2022): "Tot juli 2023 vindt intensieve afstemming … plaats",
    # "komen er vanaf 2023 nieuwe projecten", "Hier worden pilots voor gestart (2023-2025)"
    ("Tot juli 2023", "2023-06-30"),
    ("tot en met juni 2023", "2023-06-30"),
    ("vanaf 2023", "2023-12-31"),
    ("pilots voor gestart (2023-2025)", "2025-12-31"),
    # GENRE: a period of years named as one, in a budget's words and an addendum's: by its end
    ("Het kabinet trekt in de jaren 2024 tot en met 2026 jaarlijks 10 miljoen uit", "2026-12-31"),
    ("in de periode 2023-2026", "2026-12-31"),
    ("will invest 100 million euros in housing first programmes over the period 2023-2026", "2026-12-31"),
    ("will invest between 2023 and 2026 in housing", "2026-12-31"),
    ("eind 2023", "2023-12-31"),
    ("begin volgend jaar", "2023-03-31"),
    ("in het eerste kwartaal van 2024", "2024-03-31"),
    ("in het tweede kwartaal", "2023-06-30"),  # no year: the next second quarter (2022's has passed)
    ("in het vierde kwartaal", "2022-12-31"),
    ("over een half jaar", "2023-03-20"),
    ("in Q3", "2022-09-30"),
    ("binnen drie maanden", "2022-12-20"),
    ("voor 1 januari", "2022-12-31"),
    ("by the end of 2024", "2024-12-31"),
    ("within six months", "2023-03-20"),
    ("uiterlijk 1 maart 2023", "2023-03-01"),
    ("medio 2024", "2024-06-30"),
    ("in 2025", "2025-12-31"),
    ("in de loop van 2023", "2023-12-31"),
    ("in de eerste helft van volgend jaar", "2023-06-30"),
    ("in de tweede helft van 2024", "2024-12-31"),
    ("binnen een half jaar", "2023-03-20"),
    ("voor Prinsjesdag", "2023-09-18"),  # the third Tuesday of September 2022 has passed: 19 September 2023
    ("bij Prinsjesdag 2024", "2024-09-17"),
    ("rond de jaarwisseling", "2022-12-31"),
    # the summer and its recess of a year printed, not the next one
    ("voor de zomer van 2024", "2024-06-21"),
    ("vóór de zomer 2024", "2024-06-21"),
    ("voor het zomerreces van 2024", "2024-07-04"),  # the recess of 2024 began on Friday 5 July
    ("na de zomer van 2024", "2024-09-30"),
    # "per 1 januari", "uiterlijk 1 januari": on that day; "voor 1 januari": by the day before
    ("per 1 januari 2025", "2025-01-01"),
    # GENRE: a date in figures, day first as letters print it, or ISO; "voor" by the day before
    ("uiterlijk 1-10-2024", "2024-10-01"),
    ("voor 15/10/2024", "2024-10-14"),
    ("by 2024-10-01", "2024-10-01"),
    # GENRE: "komende zomer" (a "de" word's "-e"), "half april" (the middle of the month)
    ("komende zomer", "2023-09-22"),
    ("volgend voorjaar", "2023-06-21"),
    ("half oktober", "2022-10-15"),
    ("uiterlijk 1 januari 2025", "2025-01-01"),
    ("voor 1 januari 2025", "2024-12-31"),
    ("before the end of the year", "2022-12-31"),
    # a school year runs from 1 August to 31 July
    ("vanaf het schooljaar 2024-2025", "2024-08-01"),
    ("in het schooljaar 2024-2025", "2025-07-31"),
    ("voor het collegejaar 2024/25", "2024-07-31"),
    # GENRE: a month without a year, this year's while it is to come (REF is 20 September 2022)
    ("in november", "2022-11-30"),
    ("voor december", "2022-11-30"),
    ("eind oktober", "2022-10-31"),
    # the coming season: "komend najaar" three days before the autumn begins is this one ("volgend jaar" is next
    # year's, but a season to come is the coming one)
    ("komend voorjaar", "2023-06-21"),
    ("komend najaar", "2022-12-21"),
    ("half 2023", "2023-06-30"),
    ("in het eerste halfjaar van 2023", "2023-06-30"),
    # GENRE: a planning's season or quarter with its year and no preposition ("Voorjaar 2023 ontvangt uw Kamer …",
    # "gereed: derde kwartaal 2023"), and "tegen het einde van"
    ("Voorjaar 2023 ontvangt uw Kamer", "2023-06-21"),
    ("najaar 2023", "2023-12-21"),
    ("derde kwartaal 2023", "2023-09-30"),
    ("tegen het einde van 2023", "2023-12-31"),
    ("tegen eind 2023", "2023-12-31"),
    ("tegen het einde van dit jaar", "2022-12-31"),
    ("vanaf 1 januari 2024", "2024-01-01"),  # a start on a day: begun by then
    ("met ingang van 1 juli 2023", "2023-07-01"),
    # GENRE: a State's answer to the UN
    ("within the next two years", "2024-09-20"),
    ("binnen de komende twee jaar", "2024-09-20"),
    ("in late 2023", "2023-12-31"),
    ("no later than December 2023", "2023-12-31"),
]


@pytest.mark.parametrize(("phrase", "due"), CASES)
def test_phrase_resolves(phrase, due):
    found = resolve(phrase, REF)
    assert found is not None, phrase
    assert found.due is not None and found.due.isoformat() == due
    assert 0 < found.confidence <= 1


def test_the_coming_season_said_inside_it_is_next_years():
    assert resolve("volgend voorjaar", date(2024, 4, 10)).due.isoformat() == "2025-06-21"
    assert resolve("komend voorjaar", date(2024, 1, 10)).due.isoformat() == "2024-06-21"


@pytest.mark.parametrize("phrase", ["before the next review", "by the fourth UPR cycle", "in its mid-term report"])
def test_a_states_next_review_is_a_time_kept_without_a_date(phrase):
    found = resolve(phrase, REF)
    assert found is not None and found.text == phrase and found.due is None


def test_a_dates_month_and_year_is_no_deadline():
    # "het advies van 12 mei 2023": the day of something, not a month to do it in
    assert resolve("het advies van 12 mei 2023", REF) is None


@pytest.mark.parametrize("phrase", ["voor het einde van deze kabinetsperiode", "deze kabinetsperiode",
                                    "by the end of this term of office", "during the current legislature"])
def test_the_cabinets_term_is_a_time_kept_without_a_date(phrase):
    # GENRE: no letter dates the end of the cabinet's term (an election may end it): its words, no date
    found = resolve(phrase, REF)
    assert found is not None and found.text == phrase and found.due is None


@pytest.mark.parametrize("phrase, due", [
    ("De komende twee jaar investeert het kabinet 10 miljoen", "2024-09-20"),  # GENRE: from the reference date
    ("per 2026", "2026-12-31"),  # as of a year, as "vanaf 2026"
])
def test_the_coming_years_and_as_of_a_year(phrase, due):
    assert resolve(phrase, REF).due.isoformat() == due


def test_the_years_a_product_is_for_are_no_deadline():
    # UN addendum (A/HRC/43/15/Add.1): "… begun the activities to draft a new comprehensive national programme of
    # measures for Roma for the period 2021–2030": the programme's term, not when it is drafted
    assert resolve("a new national programme of measures for Roma for the period 2021–2030", REF) is None
    assert resolve("een uitvoeringsplan voor de jaren 2024-2026", REF) is None


def test_a_month_gone_by_without_a_year_is_not_guessed():
    # "In mei …" in a letter of September: history told, or next May; neither is presented as a fact
    assert resolve("in mei", REF).due is None
    assert resolve("voor september", REF).due is None


def test_unresolvable_phrase_keeps_text_without_date():
    found = resolve("op korte termijn", REF)
    assert found is not None and found.due is None and found.text == "op korte termijn"


def test_relative_phrase_without_reference_gets_no_date():
    found = resolve("nog dit jaar", None)
    assert found is not None and found.due is None


def test_a_season_with_de_and_neither_year_nor_rond_is_no_deadline():
    # "In de zomer is er minder water": a season's habit, not a time by which something is done
    assert resolve("In de zomer is er minder water", REF) is None


@pytest.mark.parametrize("phrase, due", [  # GENRE: the budget cycle as a planning names it
    ("bij de begroting voor 2024", "2023-09-19"),  # the budget for a year: Prinsjesdag of the year before
    ("bij de ontwerpbegroting 2024", "2023-09-19"),
    ("bij de Miljoenennota", "2023-09-19"),  # the next Prinsjesdag (2022's is past on 20 September)
    ("bij de Voorjaarsnota", "2023-05-31"),  # sent to the Kamer before 1 June
    ("uiterlijk bij de Najaarsnota 2022", "2022-11-30"),  # before 1 December
])
def test_the_budgets_documents_are_dated_by_the_budget_cycle(phrase, due):
    assert resolve(phrase, REF).due.isoformat() == due


@pytest.mark.parametrize("phrase, due", [
    ("tegen de zomer", "2023-06-21"),  # toward the summer: before it
    ("aan het eind van het eerste kwartaal", "2023-03-31"),
    ("aan het einde van het derde kwartaal van 2024", "2024-09-30"),
    ("at the end of the second quarter of 2024", "2024-06-30"),
])
def test_more_ways_to_say_before_a_season_or_a_quarters_end(phrase, due):
    assert resolve(phrase, REF).due.isoformat() == due


def test_the_coming_months_are_a_time_kept_without_a_date():
    found = resolve("De komende maanden werk ik de maatregelen verder uit.", REF)
    assert found.text == "De komende maanden" and found.due is None


@pytest.mark.parametrize("phrase,due", [
    # GENRE: the end of the year said with "eind" or "einde", "het jaar" or "dit jaar", and any preposition
    ("Uw Kamer ontvangt voor het eind van het jaar een voortgangsrapportage", "2022-12-31"),
    ("aan het eind van het jaar", "2022-12-31"),
    ("tegen het einde van dit jaar", "2022-12-31"),
    ("eind van het jaar", "2022-12-31"),
    # the year named after it is that year's end, not this year's
    ("aan het einde van het jaar 2025", "2025-12-31"),
    ("voor het eind van 2025", "2025-12-31"),
])
def test_the_end_of_the_year_in_all_its_wordings(phrase, due):
    assert resolve(phrase, REF).due.isoformat() == due


@pytest.mark.parametrize("phrase", [
    # GENRE: a time counted from an event (the evaluation clause of a law, a reply after receipt): no date until the
    # event has one, where it had been counted from the letter
    "De wet wordt binnen vijf jaar na inwerkingtreding geëvalueerd",
    "drie jaar na de invoering",
    "binnen drie maanden na ontvangst",
    "within two years after its entry into force",
    "within a year of the adoption",
])
def test_a_time_counted_from_an_event_has_no_date(phrase):
    d = resolve(phrase, REF)
    assert d is not None and d.due is None, d


def test_years_of_something_are_no_time():
    assert resolve("Ruritania will provide two years of training", REF) is None


@pytest.mark.parametrize("phrase,due", [
    # GENRE: the middle of the year named by its relation to this one
    ("medio volgend jaar", "2023-06-30"),
    ("halverwege dit jaar", "2022-06-30"),
    ("mid-next year", "2023-06-30"),
])
def test_the_middle_of_this_or_next_year(phrase, due):
    assert resolve(phrase, REF).due.isoformat() == due


@pytest.mark.parametrize("phrase,due", [
    # GENRE: either of two years, or both: by the later one's end (it had been the first's)
    ("in 2025 of 2026", "2026-12-31"),
    ("in 2025 en 2026", "2026-12-31"),
    ("in 2025 or 2026", "2026-12-31"),
    ("in 2025-2026", "2026-12-31"),
    ("voor 2025", "2024-12-31"),
])
def test_in_one_of_two_years(phrase, due):
    assert resolve(phrase, REF).due.isoformat() == due
