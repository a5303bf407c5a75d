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


def _letter_docx(tmp_path, letterhead):
    """A ministry letter in Word: `letterhead(document)` sets its letterhead, then its date, subject, opening, a
    recommendation answered and its closing."""
    d = docx.Document()
    letterhead(d)
    d.add_paragraph("Datum\t12 september 2023")
    d.add_paragraph("Betreft\tKabinetsreactie op het advies 'Op weg naar een sterkere democratie'")
    d.add_paragraph("Geachte voorzitter,")
    d.add_paragraph("Op 20 april 2023 heeft de Raad voor het Openbaar Bestuur het advies 'Op weg naar een sterkere "
                    "democratie' uitgebracht. Met deze brief ontvangt u de reactie van het kabinet.")
    d.add_paragraph("Aanbeveling 1: Versterk de positie van gemeenteraden.")
    d.add_paragraph("Het kabinet neemt deze aanbeveling over.")
    d.add_paragraph("Hoogachtend,")
    d.add_paragraph("de minister van Binnenlandse Zaken en Koninkrijksrelaties,")
    d.add_paragraph("drs. H.G.J. Bruins Slot")
    p = tmp_path / "brief.docx"
    d.save(p)
    return p


SIDEBAR = ["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Turfmarkt 147", "Den Haag", "Kenmerk",
           "2023-0000456789", "Uw kenmerk", "-"]


def test_a_word_letterhead_set_in_a_table_is_read_line_by_line(tmp_path):
    # Word's letterheads are laid out in a table before the opening: the address in one cell, the sidebar in the
    # other, its lines broken by hand; read as a row of cells, "Kenmerk" and its value had run into one line
    def letterhead(d):
        table = d.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA"
        table.cell(0, 1).text = "\n".join(SIDEBAR)  # python-docx sets "\n" as line breaks in one paragraph

    ex = extract_path(_letter_docx(tmp_path, letterhead))
    assert ex.metadata.reference == "2023-0000456789"
    assert ex.metadata.ministry == "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
    assert ex.metadata.date == "2023-09-12"
    assert [(r.label, r.stance) for r in ex.recommendations] == [("1", "adopted")]


def test_a_word_letterhead_in_a_text_box_is_read_once_after_its_anchor(tmp_path):
    # the sidebar set in a text box: Word writes it twice, as a drawing and as an older copy for older readers
    # (mc:Fallback); its paragraphs had been glued into the paragraph that anchors it, twice over
    from lxml import etree

    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    paras = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in SIDEBAR)
    box = f"<w:txbxContent>{paras}</w:txbxContent>"
    run = etree.fromstring(
        f'<w:r xmlns:w="{W}" xmlns:mc="{MC}"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{box}'
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>")

    def letterhead(d):
        d.add_paragraph("De Voorzitter van de Tweede Kamer der Staten-Generaal")._p.append(run)

    path = _letter_docx(tmp_path, letterhead)
    text = load(path).raw_text
    assert text.count("2023-0000456789") == 1
    assert text.startswith("De Voorzitter van de Tweede Kamer der Staten-Generaal\n\nMinisterie van")
    assert extract_path(path).metadata.reference == "2023-0000456789"


@pytest.mark.parametrize("first_page_only", [True, False])
def test_a_word_letterhead_in_the_first_pages_header_is_read_before_the_body(tmp_path, first_page_only):
    # the rijksoverheid's Word template sets the ministry and its sidebar in the first page's header (or in the header
    # all pages share); the body holds the letter from its address on. The header had not been read: the letter
    # lost its ministry and reference
    def letterhead(d):
        section = d.sections[0]
        section.different_first_page_header_footer = first_page_only
        header = section.first_page_header if first_page_only else section.header
        table = header.add_table(rows=1, cols=2, width=section.page_width)
        table.cell(0, 0).text = "Logo"
        table.cell(0, 1).text = "\n".join(SIDEBAR)
        if first_page_only:
            section.header.add_paragraph("Pagina 2 van 2")  # the later pages' furniture: never read
        d.add_paragraph("De Voorzitter van de Tweede Kamer der Staten-Generaal")

    path = _letter_docx(tmp_path, letterhead)
    text = load(path).raw_text
    assert text.startswith("Logo\n\nMinisterie van Binnenlandse Zaken") and "Pagina 2" not in text
    md = extract_path(path).metadata
    assert (md.reference, md.ministry, md.date) == (
        "2023-0000456789", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "2023-09-12")


def test_the_header_of_a_word_document_that_is_no_letter_is_not_read(tmp_path):
    d = docx.Document()
    d.sections[0].header.add_paragraph("Concept — niet verspreiden")
    d.add_paragraph("Aanbeveling 1: Versterk de positie van gemeenteraden.")
    d.add_paragraph("Het kabinet neemt deze aanbeveling over.")
    path = tmp_path / "lijst.docx"
    d.save(path)
    assert "Concept" not in load(path).raw_text


def test_html_cells_parted_by_line_breaks_keep_their_words_apart(tmp_path):
    # a thematic list as a web page's table: each cell's lines parted by <br> (the recommendation and its "Source of
    # position", one theme and the next) had run together ("normsD25"), and two themes read as one
    row = ("<tr><td>94.{k} Ratify the Optional Protocol to the Convention against Torture (Denmark);<br>Source of "
           "position: A/HRC/43/15/Add.1 - Para. 2</td><td>Supported</td><td>A12 Acceptance of international norms"
           "<br>D25 Prohibition of torture</td></tr>")
    html = ("<html><body><h1>UPR of Ruritania (3rd Cycle – 34th session)</h1><table><tr><th>Recommendation</th>"
            "<th>Position</th><th>Full list of themes</th></tr>" + "".join(row.format(k=k) for k in (1, 2, 3))
            + "</table><p><b>Aan</b>beveling</p></body></html>")
    p = tmp_path / "list.html"
    p.write_text(html, encoding="utf-8")
    assert "(Denmark); Source of position" in load(p).raw_text and "Aanbeveling" in load(p).raw_text
    rec = extract_path(p).recommendations[0]
    assert rec.themes == ["Acceptance of international norms", "Prohibition of torture"]
    assert rec.recommending_states == ["Denmark"] and rec.stance == "adopted"
