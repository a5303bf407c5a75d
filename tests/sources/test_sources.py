"""Each reader on files built at test time."""

from __future__ import annotations

import io

import docx
import pytest
from fpdf import FPDF

from opvolging.errors import InputError
from opvolging.extract import extract_path
from opvolging.sources import load

LETTER = ("• Aanbeveling 1 – Verdedig onverkort het behoud van rechtsstaat, democratie en mensenrechten.\n\n"
          "De AIV stelt terecht dat Nederland de bescherming van grondrechten grondslag heeft gemaakt.\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_text_encodings(tmp_path, encoding):
    text = LETTER.replace("•", "-") if encoding == "cp1252" else LETTER
    text += "Het kabinet neemt het advies «Één café» over; geïmplementeerd.\n"
    p = tmp_path / "brief.txt"
    p.write_bytes(text.encode(encoding))
    doc = load(p)
    assert "«Één café»" in doc.raw_text and "geïmplementeerd" in doc.raw_text
    assert doc.format == "txt" and len(doc.sha256) == 64


def _pdf(pages: list[str], footer: str | None) -> bytes:
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("helvetica", size=11)
    for i, body in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_xy(20, 20)
        pdf.multi_cell(170, 6, body)
        if footer:
            pdf.set_xy(20, 280)
            pdf.cell(170, 6, f"{footer} {i}")
    return bytes(pdf.output())


def test_pdf_pages_and_repeated_footer(tmp_path):
    pages = [
        "Aanbeveling 1 - Verdedig onverkort het behoud van rechtsstaat.\n\nHet kabinet neemt deze aanbeveling over.",
        "Aanbeveling 2 - Versterk de capaciteit.\n\nHet kabinet zal voor de zomer een cursus vormgeven.",
        "Aanbeveling 3 - Erken de tekortkomingen.\n\nNederland zal zich blijven inzetten.",
    ]
    p = tmp_path / "brief.pdf"
    p.write_bytes(_pdf(pages, "Tweede Kamer, vergaderjaar 2022-2023, 36 123, nr. 7"))
    doc = load(p)
    assert len(doc.pages) == 3
    ex = extract_path(p)
    assert "vergaderjaar" not in ex.text
    assert [f["printed_page"] for f in ex.metadata.pages] == [1, 2, 3]
    assert [r.label for r in ex.recommendations] == ["1", "2", "3"]
    assert ex.metadata.identifier == "kst-36123-7"


def test_pdf_repeated_unofficial_footer_found_by_repetition(tmp_path):
    pages = ["Het kabinet deelt de analyse van de Raad.", "De Raad stelt terecht dat het anders moet.",
             "Nederland zal zich blijven inzetten voor de rechtsstaat."]
    p = tmp_path / "nota.pdf"
    p.write_bytes(_pdf(pages, "Ministerie van Justitie en Veiligheid - pagina"))
    ex = extract_path(p)
    assert "Ministerie van Justitie en Veiligheid - pagina" not in ex.text
    assert len(ex.metadata.pages) == 3


def test_pdf_without_text_nor_a_scan(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50)
    p = tmp_path / "scan.pdf"
    p.write_bytes(bytes(pdf.output()))
    with pytest.raises(InputError, match="without a text layer on any of its 1 pages, and no scanned text"):
        load(p)


def test_corrupt_pdf(tmp_path):
    p = tmp_path / "kapot.pdf"
    p.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    with pytest.raises(InputError, match="kapot.pdf: is not a readable PDF"):
        load(p)


def test_docx_paragraphs_and_table(tmp_path):
    d = docx.Document()
    d.add_paragraph("Aanbeveling 1: Verdedig onverkort het behoud van rechtsstaat.")
    d.add_paragraph("Het kabinet neemt deze aanbeveling over.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Aanbeveling", "Reactie"
    table.cell(1, 0).text, table.cell(1, 1).text = "Versterk de capaciteit", "Dit gebeurt reeds."
    buf = io.BytesIO()
    d.save(buf)
    p = tmp_path / "brief.docx"
    p.write_bytes(buf.getvalue())
    doc = load(p)
    assert "Aanbeveling 1: Verdedig" in doc.raw_text
    assert "Versterk de capaciteit | Dit gebeurt reeds." in doc.raw_text


def test_html_blocks_lists_and_tables(tmp_path):
    html = """<html><head><title>x</title><script>var a=1;</script></head><body>
    <h1>Kabinetsreactie</h1><p>De Raad doet de volgende aanbevelingen:</p>
    <ol><li>Geef gemeenten meer ruimte.</li><li>Betrek burgers bij de uitvoering.</li></ol>
    <table><tr><td>Aanbeveling</td><td>Reactie</td></tr></table><unknown-tag>Ook dit.</unknown-tag></body></html>"""
    p = tmp_path / "brief.html"
    p.write_text(html, encoding="utf-8")
    doc = load(p)
    assert "var a" not in doc.raw_text
    assert "1. Geef gemeenten meer ruimte." in doc.raw_text
    assert "Aanbeveling | Reactie" in doc.raw_text and "Ook dit." in doc.raw_text
    ex = extract_path(p)
    assert [r.label for r in ex.recommendations] == ["1", "2"]


def test_html_without_a_declared_character_set_is_read_as_utf8_when_it_is(tmp_path):
    # Slovenia 121.3 (A/HRC/43/15): the ’ is three bytes in UTF-8, which lxml alone would read as Latin-1
    text = ("Ratify and implement the International Labour Organization’s 2014 Protocol to the Forced Labour "
            "Convention, 1930 (No. 29) – Geneva")
    p = tmp_path / "lijst.html"
    p.write_bytes(f"<html><body><p>{text}</p></body></html>".encode())
    assert text in load(p).raw_text
    latin = tmp_path / "oud.html"  # bytes that are not UTF-8 stay lxml's to read
    latin.write_bytes("<html><body><p>Caf\u00e9 op de hoek</p></body></html>".encode("latin-1"))
    assert "Café op de hoek" in load(latin).raw_text
    declared = tmp_path / "verklaard.html"
    declared.write_bytes('<html><head><meta charset="windows-1252"></head><body><p>Organization\u2019s</p>'
                         '</body></html>'.encode("windows-1252"))
    assert "Organization’s" in load(declared).raw_text


@pytest.mark.parametrize(("name", "data", "problem"), [
    ("leeg.txt", b"", "is empty"),
    ("rommel.txt", bytes(range(256)) * 20, "is binary"),
    ("brief.odt", b"hallo", "unknown extension"),
    ("kapot.docx", b"PK\x03\x04 not really a zip", "not a readable Word document"),
])
def test_bad_input_is_one_clear_error(tmp_path, name, data, problem):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(InputError) as e:
        load(p)
    assert problem in str(e.value) and name in str(e.value) and "\n" not in str(e.value)


def test_missing_file():
    with pytest.raises(InputError, match="no such file"):
        load("/nonexistent/brief.txt")


def test_docx_table_letter_is_read_end_to_end(tmp_path):
    d = docx.Document()
    d.add_paragraph("Kabinetsreactie op het advies van de Raad voor het Openbaar Bestuur.")
    table = d.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Aanbeveling", "Reactie"
    table.cell(1, 0).text = "1. Geef gemeenten meer ruimte."
    table.cell(1, 1).text = "Het kabinet neemt deze aanbeveling over en zal voor de zomer een wetsvoorstel sturen."
    table.cell(2, 0).text = "2. Betrek burgers bij de uitvoering."
    table.cell(2, 1).text = "Het kabinet neemt deze aanbeveling niet over."
    buf = io.BytesIO()
    d.save(buf)
    p = tmp_path / "reactie.docx"
    p.write_bytes(buf.getvalue())
    ex = extract_path(p)
    assert [(r.label, r.text, r.stance) for r in ex.recommendations] == [
        ("1", "Geef gemeenten meer ruimte.", "adopted"), ("2", "Betrek burgers bij de uitvoering.", "rejected")]
    assert any("wetsvoorstel" in c.action and c.recommendations == ["1"] for c in ex.commitments)
