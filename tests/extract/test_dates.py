"""Written dates, the parliamentary session year."""

from datetime import date

from opvolging.extract.dates import find_dates, session_start, session_year_of

REF = date(2022, 9, 20)  # the start of session year 2022–2023, as for Kamerstuk 32 735, nr. 354


def test_jl_resolves_to_the_past():
    # "zoals in de beleidsbrief Buitenlandse Zaken d.d. 8 maart jl. aangekondigd"
    (found,) = find_dates("d.d. 8 maart jl. aangekondigd", REF)
    assert found.value == date(2022, 3, 8)
    (found,) = find_dates("op 8 maart a.s.", REF)
    assert found.value == date(2023, 3, 8)


def test_written_dates():
    # "gepubliceerd op 28 juni 2022", "Den Haag, 25 augustus 2009"
    values = [f.value for f in find_dates("gepubliceerd op 28 juni 2022. Den Haag, 25 augustus 2009")]
    assert values == [date(2022, 6, 28), date(2009, 8, 25)]


def test_english_and_iso_dates():
    # "Geneva, March 13, 2020"; the XML meta of officielebekendmakingen writes "2022-06-28"
    values = [f.value for f in find_dates("Geneva, March 13, 2020 and 2022-06-28")]
    assert values == [date(2020, 3, 13), date(2022, 6, 28)]


def test_session_year():
    assert session_start(2022) == date(2022, 9, 20)  # Prinsjesdag 2022
    assert session_year_of(date(2025, 7, 1)) == "2024-2025"
    assert session_year_of(date(2020, 10, 27)) == "2020-2021"


def test_a_date_in_figures_where_a_date_is_expected():
    # a letterhead's "Datum: 12-09-2023", day first as Dutch writes it; read only where a date is expected (the
    # letterhead, a masthead), never as a deadline found in running text
    from opvolging.extract.dates import parse_date

    assert parse_date("12-09-2023") == date(2023, 9, 12)
    assert parse_date("1.7.2024") == date(2024, 7, 1)
    assert parse_date("31/12/2023") == date(2023, 12, 31)
    assert parse_date("12 september 2023 (12-10-2023)") == date(2023, 9, 12)  # the written one first
    assert parse_date("2023-0000456789") is None and parse_date("31-02-2023") is None
    assert find_dates("Ons kenmerk 12-09-2023") == []
