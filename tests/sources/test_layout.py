"""Page layout from glyph geometry (sources.layout), on glyphs placed as real PDFs place them."""

from opvolging.sources.layout import BODY, FURNITURE, MARGIN, NOTE, Glyph, Rule, lay_out


def word(text: str, x: float, y: float, size: float = 9.0, spacing: float = 0.0, advance: float = 0.55,
         bold: bool = False) -> tuple[list[Glyph], float]:
    """Glyphs of `text` from `x` on baseline `y`: each `advance` ems wide, `spacing` ems of letter spacing after
    it (a space character is a glyph too, as in most PDFs); returns the glyphs and where the next would start."""
    out = []
    for ch in text:
        w = advance * size
        out.append(Glyph(ch, x, x + w, y, size, bold))
        x += w + spacing * size
    return out, x


def line(text: str, x: float, y: float, size: float = 9.0, **kw) -> list[Glyph]:
    return word(text, x, y, size, **kw)[0]


def test_letter_spaced_words_stay_whole_and_wide_gaps_part_them():
    # the sidebar of a ministry letter: "Infrastructuur" set with 0.12 em letter spacing, no space glyphs
    a, x = word("Pagina", 466, 28, 6.75, spacing=0.12)
    b, x = word("2", x + 0.35 * 6.75, 28, 6.75, spacing=0.12)
    c, _ = word("van", x + 0.35 * 6.75, 28, 6.75, spacing=0.12)
    page = line("Het ministerie van IenW laat in de eerste helft van 2023 voor de luchthavens", 80, 600)
    lines = lay_out([a + b + c + page])[0]
    assert "Pagina 2 van" in [ln.text for ln in lines]


def test_a_footnote_mark_never_glues_onto_a_word():
    # "de Hoofdlijnenbrief Schiphol van 24 juni 2022²is normering …": the mark, smaller and raised, is left out
    a, x = word("van 24 juni 2022", 80, 681)
    mark, x = word("2", x + 0.3, 684, size=6.0)
    b, _ = word("is normering voor het kabinet het", x + 0.3 * 9, 681)
    # "… aan de Kamer aangeboden¹. In": no space is left where the mark was
    c, x = word("aan de Kamer aangeboden", 80, 600)
    mark2, x = word("1", x + 0.2, 603, size=6.0)
    d, _ = word(". In", x + 0.2, 600)
    texts = [ln.text for ln in lay_out([a + mark + b + c + mark2 + d])[0]]
    assert "van 24 juni 2022 is normering voor het kabinet het" in texts
    assert "aan de Kamer aangeboden. In" in texts


def test_a_footnotes_own_number_opens_its_line():
    body = [line(f"Regel {i} van de brief met genoeg woorden om een gewone regel te vullen.", 80, 700 - 12 * i)
            for i in range(5)]
    mark, x = word("10", 80, 59, size=5.25)
    note, _ = word("Kamerstukken II 2021/22, 31936, nr. 989", x + 2, 56, size=7.0)
    lines = lay_out([[g for b in body for g in b] + mark + note],
                    [[Rule(80, 200, 66)]])[0]
    notes = [ln for ln in lines if ln.role == NOTE]
    assert [ln.text for ln in notes] == ["10 Kamerstukken II 2021/22, 31936, nr. 989"]


def test_margin_column_beside_the_body_and_what_every_page_repeats():
    pages = []
    for p in range(3):
        glyphs = []
        for i in range(12):  # the first lines of pages stand in the same place too, in other words
            glyphs += line(f"Dit is regel {'abcdefghijkl'[i]} van de {['eerste', 'tweede', 'derde'][p]} pagina, "
                           "lang genoeg om de kolom te vullen.", 80, 700 - 12 * i)
        glyphs += line("Ministerie van", 466, 684, 6.75)
        glyphs += line("Infrastructuur en Waterstaat", 466, 675, 6.75)
        glyphs += line(f"Pagina {p + 1} van 3", 466, 28, 6.75)
        if p == 0:
            glyphs += line("Rijnstraat 8", 466, 648, 6.75)
        pages.append(glyphs)
    out = lay_out(pages)
    roles = {ln.text: ln.role for ln in out[0]}
    assert roles["Ministerie van"] == FURNITURE
    assert roles["Pagina 1 van 3"] == FURNITURE
    assert roles["Rijnstraat 8"] == MARGIN
    assert all(ln.role == BODY for ln in out[1] if ln.text.startswith("Dit is regel"))


def test_a_body_line_ending_near_the_margin_is_not_joined_to_the_margins_line():
    # "… kunnen we de Delta nog veiliger maken. Daarnaast" ends at x 456, the sidebar's "Waterstaat" starts at 466
    glyphs = []
    for i in range(8):
        glyphs += line("De water- en bodemopgaven staan niet op zichzelf, ze hangen samen met elkaar en", 80,
                       700 - 12 * i, advance=0.52)
    end = glyphs[-1].x1
    glyphs += line("Waterstaat", end + 10, 700 - 12 * 7, 6.75)
    lines = lay_out([glyphs])[0]
    assert "Waterstaat" in [ln.text for ln in lines if ln.role == MARGIN]


def test_a_label_hung_left_of_the_body_stays_on_its_line():
    glyphs = []
    for i in range(6):
        glyphs += line("The head of the delegation of Slovenia informed the Human Rights Council that", 100,
                       700 - 12 * i)
    glyphs += line("A.", 70, 600) + line("Presentation by the State under review", 100, 600)
    texts = [ln.text for ln in lay_out([glyphs])[0]]
    assert "A. Presentation by the State under review" in texts


def test_a_bold_heading_and_a_gap_open_paragraphs():
    glyphs = line("Aanbeveling 1 – Verdedig onverkort het behoud van rechtsstaat", 80, 700, bold=True)
    glyphs += line("De AIV stelt terecht dat Nederland de bescherming van grondrechten", 80, 688)
    glyphs += line("en rechten van de mens grondslag heeft gemaakt van de eigen rechtsorde.", 80, 676)
    glyphs += line("Mensenrechten, democratie en internationale rechtsorde zijn nauw verbonden.", 80, 654)
    lines = lay_out([glyphs])[0]
    assert [ln.gap_before for ln in lines] == [False, True, False, True]


def _body(top: float, rows: int, page: int = 0) -> list[Glyph]:
    return [g for i in range(rows) for g in line(f"De water- en bodemopgaven staan niet op zichzelf ({page}.{i}), ze "
                                                  "hangen samen met elkaar", 80, top - 12 * i, advance=0.45)]


def test_signatures_set_side_by_side_are_read_one_after_the_other():
    # the closing of a letter signed by a minister and a state secretary, their roles and names in two columns:
    # read across, "De minister van Binnenlandse De staatssecretaris van" would mix the two
    glyphs = _body(700, 8) + line("Hoogachtend,", 80, 590)
    for y, left, right in ((560, "De minister van Binnenlandse", "De staatssecretaris van"),
                           (548, "Zaken en Koninkrijksrelaties,", "Binnenlandse Zaken en"),
                           (536, None, "Koninkrijksrelaties,"),
                           (490, "Hugo de Jonge", "mr. drs. A.C. van Huffelen")):
        glyphs += (line(left, 80, y) if left else []) + line(right, 260, y)
    texts = [ln.text for ln in lay_out([glyphs])[0]][8:]
    assert texts == ["Hoogachtend,", "De minister van Binnenlandse", "Zaken en Koninkrijksrelaties,",
                     "Hugo de Jonge", "De staatssecretaris van", "Binnenlandse Zaken en", "Koninkrijksrelaties,",
                     "mr. drs. A.C. van Huffelen"]


def test_a_column_of_labels_beside_their_values_is_read_across():
    # the letterhead's "Datum" and "Betreft" beside their values: each label stays on its value's line
    glyphs = _body(700, 8)
    glyphs += line("Datum", 80, 600) + line("22 december 2022", 140, 600)
    glyphs += line("Betreft", 80, 588) + line("Emissies door de luchtvaart", 140, 588)
    texts = [ln.text for ln in lay_out([glyphs])[0]]
    assert texts[-2:] == ["Datum 22 december 2022", "Betreft Emissies door de luchtvaart"]


def test_a_table_of_many_rows_is_read_across():
    # an addendum's table of number, position and comment: each row read across, its cells apart, never a column
    # after another
    glyphs = _body(700, 8)
    for i in range(14):
        glyphs += line(f"94.{i + 1}", 80, 600 - 12 * i) + line("Supported", 130, 600 - 12 * i)
        glyphs += line("The Government will review its legislation", 220, 600 - 12 * i)
    texts = [ln.text for ln in lay_out([glyphs])[0]]
    assert texts[8] == "94.1 | Supported | The Government will review its legislation"


def test_the_sidebars_labels_stay_over_their_values():
    # "Ons kenmerk" (printed on every page: furniture) over its value (a number: it is not), both in the sidebar
    pages = []
    for p in range(2):
        glyphs = _body(700, 12, p)
        glyphs += line("Ministerie van Binnenlandse Zaken", 466, 684, 6.75, bold=True)
        glyphs += line("Ons kenmerk", 466, 660, 6.75, bold=True) + line(f"2023-000061234{p}", 466, 652, 6.75)
        glyphs += line("Uw kenmerk", 466, 640, 6.75, bold=True) + line(f"2023Z1234{p}", 466, 632, 6.75)
        pages.append(glyphs)
    lines = lay_out(pages)[0]
    assert [ln.text for ln in lines][:5] == ["Ministerie van Binnenlandse Zaken", "Ons kenmerk", "2023-0000612340",
                                             "Uw kenmerk", "2023Z12340"]
    # the values repeated on every page are the sidebar's, not the letter's words, whatever digits they hold
    assert {ln.role for ln in lines[:5]} == {FURNITURE}


def test_a_tables_rows_are_parted_by_its_rules_and_its_cells_kept_apart():
    # a table whose cells wrap: each row one line of cells; "Supported", a space before its comment, a cell of its own
    glyphs = _body(700, 8)
    columns = (80, 120, 250, 295)
    rows = [(["No."], ["Recommendation"], ["Position"], ["Comments"]),
            (["94.1"], ["Abolish the death", "penalty (France);"], ["Noted"], ["Abolished for", "ordinary crimes."]),
            (["94.2"], ["Decriminalize", "defamation (Peru);"], ["Supported"], ["Ruritania will", "review its law."]),
            (["95.1"], ["Recognize same-sex", "marriage (Chile);"], ["Noted"], [])]
    rules, y = [Rule(80, 430, 605)], 595
    for row in rows:
        for x, cell in zip(columns, row, strict=True):
            for k, words in enumerate(cell):
                glyphs += line(words, x, y - 11 * k, advance=0.5)
        height = 11 * max(len(cell) for cell in row)
        rules.append(Rule(80, 430, y - height + 6))
        y -= height + 6
    texts = [ln.text for ln in lay_out([glyphs], [rules])[0]]
    assert texts[8:] == [
        "No. | Recommendation | Position | Comments",
        "94.1 | Abolish the death penalty (France); | Noted | Abolished for ordinary crimes.",
        "94.2 | Decriminalize defamation (Peru); | Supported | Ruritania will review its law.",
        "95.1 | Recognize same-sex marriage (Chile); | Noted |"]
