"""Reading real PDFs: ministry letters and UN documents of the dev corpus, and the founding letter set as a PDF."""

import pytest

from opvolging.extract.pipeline import extract
from opvolging.sources import load, load_bytes
from tests.conftest import SAMPLE
from tests.pdfs import letter_pdf


@pytest.fixture(scope="module")
def emissions(corpus):
    return load(corpus / "nl-letters" / "Kamerbrief_emissie_luchtvaart.pdf")


def lines_of(doc, role):
    return [t for page, roles in zip(doc.pages, doc.line_roles, strict=True)
            for t, r in zip(page.split("\n"), roles, strict=True) if r == role]


def test_letter_spaced_sidebar_reads_as_words(emissions):
    text = "\n".join(emissions.pages)
    assert "Infrastructuur en" in text and "Inf rastructuur" not in text
    assert "IENW/BSK-2022/268034" in text
    assert "Pagina 2 van 9" in text


def test_the_sidebar_on_every_page_is_furniture_and_the_first_pages_address_a_margin(emissions):
    furniture = lines_of(emissions, "furniture")
    assert furniture.count("Pagina 2 van 9") == 1
    assert furniture.count("IENW/BSK-2022/268034") >= 8
    assert "Rijnstraat 8" in lines_of(emissions, "margin")


def test_footnotes_are_notes_and_their_marks_leave_the_sentence(emissions):
    notes = lines_of(emissions, "note")
    assert "1 Kamerstukken II 2021/22, 30175, nr. 414" in notes
    assert "10 Kamerstukken II 2021/22, 31936, nr. 989" in notes
    body = " ".join(lines_of(emissions, "body"))
    assert "aan de Kamer aangeboden. In" in body  # "aangeboden¹. In"
    assert "van 24 juni 2022 is normering" in body  # "24 juni 2022²is normering"


def test_a_sentence_runs_on_across_the_page_break_and_its_footnotes(emissions):
    text = extract(emissions).text
    assert ("hoeveelheden en effecten van ultrafijn stof wordt vergroot. Zoals aangegeven in de Hoofdlijnenbrief "
            "Schiphol van 24 juni 2022 is normering voor het kabinet het uitgangspunt.") in text


def test_an_underlined_heading_is_a_paragraph_of_its_own(emissions):
    paragraphs = extract(emissions).text.split("\n\n")
    assert "Kennisopbouw over emissie en effecten van ultrafijn stof" in paragraphs


def test_numbered_list_items_are_paragraphs(emissions):
    paragraphs = extract(emissions).text.split("\n\n")
    assert "2. Ontzwavelen van kerosine." in paragraphs
    assert "5. Emissies boven 3.000 voet." in paragraphs


def test_un_document_symbol_and_page_number_are_furniture(corpus):
    doc = load(corpus / "upr-pdf" / "A_HRC_43_15_Add.1.pdf")
    furniture = lines_of(doc, "furniture")
    assert furniture.count("A/HRC/43/15/Add.1") == 7  # pages 2 to 8; page 1 prints it in its masthead
    ex = extract(doc)
    assert "GE.20-02535" not in ex.text
    assert "A/HRC/43/15/Add.1\n\n2" not in ex.text


def founding_paragraphs() -> tuple[list[str], set[int]]:
    from opvolging.extract import extract_path

    paragraphs = [p.lstrip("• ") for p in extract_path(SAMPLE).text.split("\n\n")]
    return paragraphs, {i for i, p in enumerate(paragraphs) if p.startswith("Aanbeveling")}


@pytest.mark.parametrize("bold", [True, False])
def test_founding_letter_as_a_pdf_reads_as_its_text_does(bold):
    """The founding letter's paragraphs set as a PDF ("Aanbeveling 1 – …" headings, no blank lines, pages
    breaking mid-sentence, the Kamerstuk footer on each page) read like the .txt: ten recommendations."""
    paragraphs, headings = founding_paragraphs()
    data = letter_pdf(paragraphs, headings, footer="Tweede Kamer, vergaderjaar 2022–2023, 32 735, nr. 354",
                      bold_headings=bold)
    ex = extract(load_bytes(data, "pdf", "kst-32735-354.pdf"))
    assert [r.label for r in ex.recommendations] == [str(i) for i in range(1, 11)]
    assert ex.recommendations[0].text == "Verdedig onverkort het behoud van rechtsstaat, democratie en mensenrechten."
    assert ex.metadata.identifier == "kst-32735-354"
    assert [s.name for s in ex.metadata.signatories] == ["W.B. Hoekstra"]
