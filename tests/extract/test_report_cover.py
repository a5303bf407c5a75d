"""A council's report read on its own names its advice on its cover (`report_cover`)."""

import pytest

from opvolging.extract.report_cover import report_cover


def test_a_cover_with_the_advices_number():
    # AIV advice 122 as the AIV prints its cover
    advice = report_cover("Adviesraad Internationale Vraagstukken\n\nMensenrechten: kernbelang in een geopolitiek "
                          "krachtenveld\n\nAdvies nr. 122, juni 2022\n\nAanbevelingen")
    assert (advice.council_abbreviation, advice.number, advice.title) == (
        "AIV", "122", "Mensenrechten: kernbelang in een geopolitiek krachtenveld")


def test_a_cover_without_a_number_has_the_councils_name_alone_on_a_line():
    advice = report_cover("Raad voor het Openbaar Bestuur\n\nVertrouwen in de democratie\n\nAdvies, juni 2023\n\n"
                          "Samenvatting")
    assert (advice.council, advice.number, advice.title, advice.published) == (
        "Raad voor het Openbaar Bestuur", None, "Vertrouwen in de democratie", None)  # a month is no date


@pytest.mark.parametrize("opening", [
    # a letter names a council inside a sentence: no cover
    "Geachte voorzitter,\n\nDe Raad voor het Openbaar Bestuur heeft een advies uitgebracht.",
    "Ministerie van Financiën\n\nBetreft Voortgang",
])
def test_a_letters_opening_is_no_cover(opening):
    assert report_cover(opening) is None
