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
