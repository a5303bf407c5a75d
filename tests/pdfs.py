"""Real PDFs made for tests and benchmarks: a text's paragraphs set on A4 pages as a word processor sets them.

`letter_pdf(paragraphs)` sets each paragraph as justified lines in DejaVu Sans (Debian's fonts-dejavu-core, which
`make` installs), with vertical space between paragraphs and no blank lines, pages breaking wherever the text
runs out, mid-sentence; headings (paragraphs given in `headings`) in bold. Like a real letter, the PDF holds no
"blank line": where a paragraph ends is only visible in its geometry.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def letter_pdf(paragraphs: list[str], headings: set[int] | None = None, footer: str | None = None,
               bold_headings: bool = True) -> bytes:
    """The paragraphs as a PDF (see the module docstring); `footer`, when given, is printed on every page with
    the page number."""
    pdf = FPDF(format="A4")
    pdf.add_font("dejavu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    if footer:
        def page_footer() -> None:
            pdf.set_y(-15)
            pdf.set_font("dejavu", "", 8)
            pdf.cell(0, 5, f"{footer} {pdf.page_no()}", align="C")
        pdf.footer = page_footer
    pdf.add_page()
    for i, text in enumerate(paragraphs):
        heading = i in (headings or set())
        pdf.set_font("dejavu", "B" if heading and bold_headings else "", 10)
        pdf.multi_cell(0, 5, text, align="L" if heading else "J")
        pdf.ln(3)
    return bytes(pdf.output())


def ministry_letter_pdf(ministry: list[str], reference: str, date: str, subject: str, paragraphs: list[str],
                        signed_beside: list[tuple[str, str]] = (), subject_label: str = "Betreft") -> bytes:
    """A ministry letter in the rijksoverheid layout: the ministry's name and the reference in a sidebar at the
    right, on every page (the reference under its label "Ons kenmerk", in bold), the return address and the
    addressee, "Datum" and "Betreft" (or `subject_label`) as labelled lines, then the paragraphs, justified, a gap
    between them; `signed_beside`, the roles and names of signatories set side by side under the paragraphs."""
    pdf = FPDF(format="A4")
    pdf.add_font("dejavu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=25)

    def sidebar(y: float, lines: list[str], bold: bool = False) -> None:
        pdf.set_font("dejavu", "B" if bold else "", 7)
        for k, line in enumerate(lines):
            pdf.set_xy(150, y + k * 3.5)
            pdf.cell(50, 3.5, line)

    def every_page() -> None:
        sidebar(20, ministry, bold=True)
        if pdf.page_no() == 1:
            sidebar(35, ["Bezoekadres", "Parnassusplein 5", "2511 VX Den Haag", "www.rijksoverheid.nl"])
        sidebar(60, ["Ons kenmerk"], bold=True)
        sidebar(63.5, [reference])
        pdf.set_xy(25, 25)

    pdf.header = every_page
    pdf.add_page()
    pdf.set_font("dejavu", "", 7)
    pdf.set_xy(25, 45)
    pdf.cell(100, 3, "> Retouradres Postbus 20350 2500 EJ Den Haag")
    pdf.set_font("dejavu", "", 9.5)
    for k, line in enumerate(["De Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018",
                              "2500 EA DEN HAAG"]):
        pdf.set_xy(25, 52 + k * 4.5)
        pdf.cell(100, 4.5, line)
    for y, label, value in ((85, "Datum", date), (90, subject_label, subject)):
        pdf.set_xy(25, y)
        pdf.cell(20, 4.5, label)
        pdf.set_xy(45, y)
        pdf.multi_cell(95, 4.5, value)
    pdf.set_y(110)
    for para in paragraphs:
        pdf.set_x(25)
        pdf.multi_cell(115, 4.8, para, align="J")
        pdf.ln(3)
    if signed_beside:
        top = pdf.get_y() + 3
        bottom = top
        for k, (role, _) in enumerate(signed_beside):
            pdf.set_xy(25 + 60 * k, top)
            pdf.multi_cell(55, 4.8, role, align="L")
            bottom = max(bottom, pdf.get_y())
        for k, (_, name) in enumerate(signed_beside):
            pdf.set_xy(25 + 60 * k, bottom + 15)
            pdf.cell(55, 4.8, name)
    return bytes(pdf.output())


def table_pdf(paragraphs: list[str], header: tuple[str, ...], rows: list[tuple[str, ...]],
              widths: tuple[float, ...], rules: bool = True, after: list[str] = (), landscape: bool = False,
              margin: float = 25) -> bytes:
    """Paragraphs, then a table as a word processor sets one: each cell's words wrapped in its column and set from
    the row's top, the header in bold, a rule drawn under every row when `rules` (none at all otherwise), a little
    padding in each cell; then the paragraphs `after`. `landscape`: the page turned, as the UN's matrices are."""
    pdf = FPDF(orientation="L" if landscape else "P", format="A4")
    pdf.add_font("dejavu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(margin, margin, margin)
    pdf.set_auto_page_break(True, margin=margin)
    pdf.add_page()
    pdf.set_font("dejavu", "", 10)
    for para in paragraphs:
        pdf.set_x(margin)
        pdf.multi_cell(0, 5, para, align="J")
        pdf.ln(3)
    width = sum(widths)

    def row(cells: tuple[str, ...], bold: bool = False) -> None:
        top = bottom = pdf.get_y()
        x = float(margin)
        pdf.set_font("dejavu", "B" if bold else "", 9)
        for w, text in zip(widths, cells, strict=True):
            pdf.set_xy(x + 1.5, top + 1.5)
            pdf.multi_cell(w - 3, 4.5, text or " ", align="L")
            bottom = max(bottom, pdf.get_y())
            x += w
        if rules:
            pdf.line(margin, bottom + 1.5, margin + width, bottom + 1.5)
        pdf.set_y(bottom + 1.5)

    if rules:
        pdf.line(margin, pdf.get_y(), margin + width, pdf.get_y())
    row(header, bold=True)
    for cells in rows:
        row(cells)
    pdf.set_font("dejavu", "", 10)
    pdf.ln(4)
    for para in after:
        pdf.set_x(margin)
        pdf.multi_cell(0, 5, para, align="J")
        pdf.ln(3)
    return bytes(pdf.output())
