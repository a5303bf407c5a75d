"""The letterhead of a ministry letter and the masthead of a UN document (extract.letterhead)."""

from datetime import date

from opvolging.extract.letterhead import read_letterhead

# the first page of the Kamerbrief "Emissies door de luchtvaart" (IenW, 22 December 2022) as the PDF reader gives
# it: the sidebar's address first, its repeated part (ministry, reference) next, then the body
EMISSIONS_FIRST_PAGE = """Rijnstraat 8
2515 XP Den Haag
Postbus 20901
2500 EX Den Haag

T 070-456 0000
F 070-456 1111

Bijlage(n)

2

Ministerie van
Infrastructuur en
Waterstaat
Ons kenmerk
IENW/BSK-2022/268034
Pagina 1 van 9

> Retouradres Postbus 20901 2500 EX Den Haag

De voorzitter van de Tweede Kamer
der Staten-Generaal
Postbus 20018
2500 EA DEN HAAG

Datum 22 december 2022
Betreft Emissies door de luchtvaart

Geachte voorzitter,
"""


def test_ministry_letter_letterhead():
    head = read_letterhead(EMISSIONS_FIRST_PAGE)
    assert head.date == date(2022, 12, 22)
    assert head.subject == "Emissies door de luchtvaart"
    assert head.reference == "IENW/BSK-2022/268034"
    assert head.ministry == "Ministerie van Infrastructuur en Waterstaat"
    assert head.un_symbol is None


def test_a_subject_over_two_lines_and_the_addressees_reference_passed_over():
    page = ("Ministerie van Buitenlandse\nZaken\n\nUw kenmerk\n2023Z01234\nOns kenmerk\nBZ2305123\n\n"
            "Datum\n8 maart 2023\nBetreft Kabinetsreactie op het AIV-advies «Mensenrechten: kernbelang in een\n"
            "geopolitiek krachtenveld»\n\nGeachte voorzitter,\n")
    head = read_letterhead(page)
    assert head.reference == "BZ2305123"
    assert head.date == date(2023, 3, 8)
    assert head.subject == ("Kabinetsreactie op het AIV-advies «Mensenrechten: kernbelang in een geopolitiek "
                            "krachtenveld»")
    assert head.ministry == "Ministerie van Buitenlandse Zaken"


def test_un_masthead():
    page = ("United Nations A/HRC/43/15/Add.1\n\nGeneral Assembly Distr.: General\n\n19 February 2020\n\n"
            "Original: English\n\nHuman Rights Council\n\nForty-third session\n")
    head = read_letterhead(page)
    assert head.un_symbol == "A/HRC/43/15/Add.1"
    assert head.date == date(2020, 2, 19)


def test_a_letter_without_letterhead_gives_nothing():
    head = read_letterhead("Hierbij bied ik u de kabinetsreactie aan op advies 122 van de AIV.")
    assert (head.date, head.subject, head.reference, head.ministry, head.un_symbol) == (None,) * 5
