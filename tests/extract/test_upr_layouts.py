"""Other layouts of the UN's lists and answers than the dev corpus's Slovenian ones (extract.upr, upr_answers).

The reports of earlier cycles number their items "93.1." (with a full stop), introduce them with "… have been
examined by X and enjoy its support:", "… did not enjoy the support of X:"; addenda answer under a heading
"Recommendation 94.1" in a paragraph of their own numbering, or in a table of number, position and comment.
"Ruritania" is no State: the words are the layouts' formulas, the numbers and names made up.
"""

import pytest

from opvolging.extract.pipeline import extract, extract_case, extract_text
from opvolging.sources import SourceDocument

REPORT = """United Nations A/HRC/19/5

Report of the Working Group on the Universal Periodic Review

Ruritania

II. Conclusions and/or recommendations

93. The recommendations formulated during the interactive dialogue and listed below have been examined by \
Ruritania and enjoy its support:

93.1. Consider ratifying the International Convention on the Protection of the Rights of All Migrant Workers and \
Members of Their Families (Algeria);

93.2. Ratify the Optional Protocol to the Convention against Torture (Spain); Ratify the OP-CAT (Denmark);

93.3. Strengthen the independence of the national human rights institution in line with the Paris Principles \
(New Zealand);

94. The following recommendations will be examined by Ruritania, which will provide responses in due time, but no \
later than the twenty-first session of the Human Rights Council in September 2012:

94.1. Abolish the death penalty for all crimes (France);

94.2. Decriminalize defamation and include it in the Civil Code (United States of America);

95. The recommendations below did not enjoy the support of Ruritania:

95.1. Recognize same-sex marriage (Netherlands);

96. All conclusions and/or recommendations contained in the present report reflect the position of the submitting \
State(s) and/or the State under review.
"""

HEAD = """United Nations A/HRC/19/5/Add.1

Report of the Working Group on the Universal Periodic Review

Ruritania

Addendum

Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under review

"""

UNDER_HEADINGS = HEAD + """1. The Government of Ruritania has carefully examined the recommendations left pending.

Recommendation 94.1

2. Ruritania does not support this recommendation. The death penalty was abolished for ordinary crimes in 1998.

Recommendation 94.2

3. Ruritania accepts this recommendation. The Ministry of Justice is preparing amendments to the Criminal Code, \
which will be submitted to Parliament in 2013.
"""

TABLE = HEAD + """Recommendation Position Comments

94.1 Noted The death penalty was abolished for ordinary crimes in 1998.

94.2 Supported Ruritania will review its legislation on defamation by the end of 2013.
"""

POSITION_FIRST = HEAD + """94.1 – Not supported. The death penalty was abolished for ordinary crimes in 1998.

94.2: Supported. Ruritania will review its legislation on defamation by the end of 2013.
"""


def _with_answer(answer: str):
    """The report read with the addendum `answer` (its text), as one case."""
    return extract_case([SourceDocument([REPORT], "A_HRC_19_5.txt", "txt", "r"),
                         SourceDocument([answer], "A_HRC_19_5_Add.1.txt", "txt", "a")])


def test_an_earlier_cycles_report_numbers_its_items_with_a_full_stop():
    ex = extract(SourceDocument([REPORT], "A_HRC_19_5.txt", "txt", "r"))
    by = {r.label: r for r in ex.recommendations}
    assert list(by) == ["93.1", "93.2", "93.3", "94.1", "94.2", "95.1"]
    assert by["93.2"].recommending_states == ["Spain", "Denmark"]
    assert by["93.1"].text.startswith("Consider ratifying")
    # "enjoy its support", "did not enjoy the support of": the preamble's position; "will be examined": none yet
    assert [by[k].stance for k in by] == ["adopted"] * 3 + ["unclear"] * 2 + ["noted"]


def test_the_first_item_right_under_the_preamble_is_an_item_of_its_own():
    # GENRE: text without blank lines (as a PDF's text gives it): the preamble's colon, then the first item on the next
    # line ("… Human Rights Council:" / "134.1 Ratify …"); the first item had been joined to the preamble and lost
    report = REPORT.replace("September 2012:\n\n94.1.", "September 2012:\n94.1.")
    ex = extract(SourceDocument([report], "A_HRC_19_5.txt", "txt", "r"))
    assert [r.label for r in ex.recommendations] == ["93.1", "93.2", "93.3", "94.1", "94.2", "95.1"]
    assert ex.recommendations[3].text.startswith("Abolish the death penalty")


@pytest.mark.parametrize("answer", [UNDER_HEADINGS, TABLE, POSITION_FIRST], ids=["headings", "table", "position"])
def test_an_addendums_answers_in_other_layouts(answer):
    ex = _with_answer(answer)
    by = {r.label: r for r in ex.recommendations}
    # a UPR recommendation is supported or noted: "does not support", "Not supported" note it
    assert (by["94.1"].stance, by["94.2"].stance) == ("noted", "adopted")
    answers = {lab: a for a in ex.responses for lab in a.answers}
    assert answers["94.1"].text.startswith(("Ruritania does not support", "The death penalty"))
    promise = next(c for c in ex.commitments if "94.2" in c.recommendations)
    assert promise.action.startswith(("The Ministry of Justice", "Ruritania will review")) and promise.due


def _matrix_docx(path):
    """A thematic list as OHCHR publishes it in Word: a table of recommendation (with its "Source of Position"),
    position, the themes, SDGs and affected persons as paragraphs of one cell, and comments."""
    import docx

    d = docx.Document()
    d.add_paragraph("UPR of Ruritania (3rd Cycle – 34th session)")
    table = d.add_table(rows=1, cols=4)
    for cell, head in zip(table.rows[0].cells, ["Recommendation", "Position", "Full list of themes",
                                                 "Assessment/comments on level of implementation"], strict=True):
        cell.text = head
    table.add_row().cells[0].text = "Theme: Acceptance of international norms"
    for rec, position, themes, sdgs, persons in [
        ("121.1 Ratify the International Convention for the Protection of All Persons from Enforced "
         "Disappearance (France) (Lithuania);", "Supported", ["Acceptance of international norms",
                                                              "Enforced disappearances"],
         ["16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"], ["Disappeared persons"]),
        ("121.2 Consider ratifying the Convention on the Rights of Migrant Workers (Philippines);", "Noted",
         ["Acceptance of international norms", "Migrants"], ["8 - DECENT WORK AND ECONOMIC GROWTH",
                                                              "10 - REDUCED INEQUALITIES"], ["Migrants"]),
        ("121.3 Adopt a comprehensive anti-discrimination strategy (Canada);", "Supported",
         ["Equality & non-discrimination"], ["5 - GENDER EQUALITY"], ["General", "Women & girls"]),
    ]:
        cells = table.add_row().cells
        cells[0].text = rec
        cells[0].add_paragraph("Source of Position: A/HRC/19/5 - Para 93")
        cells[1].text = position
        cells[2].text = "- " + themes[0]
        for line in [*("- " + t for t in themes[1:]), "SDGs:", *("- " + s for s in sdgs), "Affected persons:",
                     *("- " + p for p in persons)]:
            cells[2].add_paragraph(line)
    d.save(path)


def test_a_thematic_list_as_a_word_table_reads_its_cells(tmp_path):
    from opvolging.sources import load

    _matrix_docx(tmp_path / "matrix.docx")
    ex = extract(load(tmp_path / "matrix.docx"))
    by = {r.label: r for r in ex.recommendations}
    assert list(by) == ["121.1", "121.2", "121.3"]
    assert by["121.1"].text.endswith("(France) (Lithuania);") and by["121.1"].recommending_states == [
        "France", "Lithuania"]
    assert (by["121.1"].stance, by["121.2"].stance) == ("adopted", "noted")
    assert by["121.1"].themes == ["Acceptance of international norms", "Enforced disappearances"]
    assert (by["121.1"].sdgs, by["121.2"].sdgs) == ([16], [8, 10])  # as printed, not as the tagger would guess
    assert by["121.3"].affected_persons == ["General", "Women & girls"]


def test_an_earlier_matrix_prints_its_themes_with_codes():
    row = ("121.3 Adopt a comprehensive anti-discrimination strategy (Canada); | Supported | B31 Equality & "
           "non-discrimination; A41 Constitutional and legislative framework | Affected persons: general")
    rows = "\n\n".join(row.replace("121.3", f"121.{k}") for k in (3, 4, 5))
    ex = extract(SourceDocument([f"Recommendation | Position | Full list of themes\n\n{rows}"], "matrix.txt", "txt",
                                "m"))
    rec = ex.recommendations[0]
    assert rec.themes == ["Equality & non-discrimination", "Constitutional and legislative framework"]
    assert rec.stance == "adopted" and rec.affected_persons == ["general"]


def test_ohchrs_landscape_matrix_with_its_empty_assessment_column_and_a_theme_to_a_line():
    # OHCHR's matrix as a PDF: a landscape table wider than any body column, whose last column ("Assessment/comments
    # on level of implementation") is left empty for others to fill, and whose themes stand one to a line with their
    # codes. The empty column's heading had been read as a margin and put before the title; the themes ran together
    from opvolging.sources import load_bytes
    from tests.pdfs import table_pdf

    rows = [("94.1 Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural "
             "Rights (Portugal);\nSource of position: A/HRC/43/15/Add.1 - Para. 2", "Supported",
             "A12 Acceptance of international norms\nAffected persons:\n- general", ""),
            ("94.2 Consider ratifying the International Convention on the Protection of the Rights of All Migrant "
             "Workers and Members of Their Families (Indonesia);\nSource of position: A/HRC/43/15/Add.1 - Para. 3",
             "Noted", "A12 Acceptance of international norms\nG4 Migrants\nAffected persons:\n- migrants", ""),
            ("94.3 Adopt a comprehensive anti-discrimination strategy (Greece);\nSource of position: "
             "A/HRC/43/15/Add.1 - Para. 2", "Supported", "B31 Equality & non-discrimination\nAffected persons:\n"
             "- general", "")]
    data = table_pdf(["UPR of Ruritania (3rd Cycle – 34th session)", "Thematic list of recommendations"],
                     ("Recommendation", "Position", "Full list of themes",
                      "Assessment/comments on level of implementation"), rows, (110, 25, 70, 68), landscape=True,
                     margin=12)
    ex = extract(load_bytes(data, "pdf", "matrix.pdf"))
    assert ex.text.startswith("UPR of Ruritania")
    assert "Full list of themes | Assessment/comments on level of implementation" in ex.text
    by = {r.label: r for r in ex.recommendations}
    assert (by["94.1"].stance, by["94.2"].stance) == ("adopted", "noted")
    assert by["94.1"].themes == ["Acceptance of international norms"]
    assert by["94.2"].themes == ["Acceptance of international norms", "Migrants"]
    assert by["94.2"].affected_persons == ["migrants"]


def test_the_state_under_review_is_named_by_the_masthead_the_list_or_the_reports_paragraph():
    from opvolging.extract.pipeline import _state_under_review

    assert _state_under_review(REPORT) == "Ruritania"
    assert _state_under_review("UPR of Ruritania (3rd Cycle – 34th session)\n\nThematic list") == "Ruritania"
    assert _state_under_review("93. The recommendations below did not enjoy the support of Ruritania:") == "Ruritania"


def test_the_states_promise_by_its_adjective_in_an_answer_is_its_own():
    answer = HEAD + "94.2 Supported. The Ruritanian authorities will review the legislation on defamation by 2013.\n"
    ex = _with_answer(answer)
    assert [c.recommendations for c in ex.commitments] == [["94.2"]]


def test_a_promise_that_shares_the_states_subject_is_the_states():
    # GENRE: "Ruritania supports the part concerning … and will introduce …": the verb after "and" shares the first
    # clause's subject; the actor had been every word before it ("Ruritania supports the part concerning … and")
    answer = HEAD + ("94.2 Partially supported. Ruritania supports the part concerning civil defamation and will "
                     "introduce a bill in 2013.\n")
    (c,) = _with_answer(answer).commitments
    assert c.actor == "Ruritania" and c.recommendations == ["94.2"]


def test_a_position_printed_with_its_implementation_is_one_position():
    # GENRE: "Recommendation 94.1: Supported and already implemented. …": the answer's words begin after both
    answer = HEAD + ("Recommendation 94.1: Supported and already implemented. The death penalty was abolished for "
                     "all crimes in 1998.\n\nRecommendation 94.2: Supported.\n")
    ex = _with_answer(answer)
    by = {r.label: r for r in ex.recommendations}
    assert (by["94.1"].stance, by["94.2"].stance) == ("already_implemented", "adopted")
    first = next(r for r in ex.responses if r.id == by["94.1"].response_id)
    assert first.text == "The death penalty was abolished for all crimes in 1998."


def test_a_recommendation_supported_as_to_one_part_and_noted_as_to_another():
    # GENRE: "Recommendation 94.1 is supported with regard to … and noted with regard to …": in part
    answer = HEAD + ("2. Recommendation 94.1 is supported with regard to ordinary crimes and noted with regard to "
                     "military crimes.\n\n3. Recommendation 94.2 is supported.\n")
    by = {r.label: r for r in _with_answer(answer).recommendations}
    assert (by["94.1"].stance, by["94.2"].stance) == ("partially_adopted", "adopted")
    from opvolging.extract.stance import classify

    assert classify("The recommendation is accepted as regards children but not accepted as regards adults.",
                    "en").stance == "partially_adopted"


def test_list_paragraphs_in_the_other_orders():
    # the labels between the noun and its verb, or after a colon: as later addenda print their lists
    answer = HEAD + ("1. Recommendations 93.1, 93.3, 94.2 are supported.\n\n2. Recommendations 94.1 and 95.1 are "
                     "noted.\n\n3. The following recommendations enjoy the support of Ruritania: 93.2.\n")
    ex = _with_answer(answer)
    by = {r.label: r.stance for r in ex.recommendations}
    assert by == {"93.1": "adopted", "93.2": "adopted", "93.3": "adopted", "94.1": "noted", "94.2": "adopted",
                  "95.1": "noted"}


# Addenda print their lists in more orders than the dev corpus shows: a heading with a colon, a heading over a
# paragraph of numbers alone, the position right before the numbers, "enjoying the support of", "noted by", the
# recommending States between the number and its verb, a table of cells (a Word addendum read cell by cell). The
# formulas are the UN's; which recommendation stands where is made up.
LIST_LAYOUTS = {
    "heading with a colon": "Supported recommendations: 93.1, 93.2, 93.3, 94.2\n\nNoted recommendations: 94.1, 95.1\n",
    "heading over numbers alone": "A. Supported recommendations\n\n93.1, 93.2, 93.3, 94.2\n\n"
                                  "B. Noted recommendations\n\n94.1, 95.1\n",
    "the following … are supported:": "The following recommendations are supported by Ruritania:\n\n93.1, 93.2, "
                                      "93.3 and 94.2\n\nThe following recommendations are noted:\n\n94.1, 95.1\n",
    "the position next to the numbers": "1. Ruritania has examined the recommendations. It supports 93.1–93.3 and "
                                        "94.2, and notes 94.1 and 95.1.\n",
    "enjoying, noted by": "1. Recommendations enjoying the support of Ruritania: 93.1, 93.2, 93.3, 94.2.\n\n"
                          "2. Recommendations noted by Ruritania: 94.1, 95.1.\n",
    "full ranges, takes note of": "1. Ruritania supports recommendations 93.1-93.3 and 94.2.\n\n2. Ruritania "
                                  "takes note of recommendations 94.1 and 95.1.\n",
    "the States before the verb": "1. Recommendations 93.1 (Algeria), 93.2 (Spain) (Denmark) and 93.3 (New "
                                  "Zealand) are supported.\n\n2. Recommendation 94.1 (France) is noted. The death "
                                  "penalty was abolished for ordinary crimes in 1998.\n\n3. Recommendation 94.2 "
                                  "(United States of America) is supported. The Government will review its "
                                  "legislation on defamation by the end of 2013.\n\n4. Recommendation 95.1 "
                                  "(Netherlands) is not supported.\n",
    "the numbers, then 'enjoy the support of'": "1. Recommendations 93.1, 93.2, 93.3 and 94.2 enjoy the support of "
                                                "Ruritania.\n\n2. Recommendations 94.1 and 95.1 do not enjoy the "
                                                "support of Ruritania.\n",
    "where the report prints them": "1. The recommendations contained in paragraphs 93.1, 93.2, 93.3 and 94.2 are "
                                    "supported by Ruritania.\n\n2. The recommendations contained in paragraphs 94.1 "
                                    "and 95.1 are noted.\n",
    "their count, then the numbers in parentheses": "1. Of the 6 recommendations received, Ruritania supports 4 "
                                                    "(93.1, 93.2, 93.3, 94.2) and notes 2 (94.1, 95.1).\n",
    "the numbers, a colon, the position": "1. 93.1, 93.2, 93.3 and 94.2: supported.\n\n2. 94.1 and 95.1: noted.\n",
    "taken note of": "1. Ruritania has accepted 93.1, 93.2, 93.3 and 94.2 and has taken note of 94.1 and 95.1.\n",
    "a range with its exceptions": "1. Recommendations 93.1 to 93.3, 94.1, 94.2 and 95.1 are supported, with the "
                                   "exception of 94.1 and 95.1, which are noted.\n",
    "a table's cells": "Recommendation | Position | Comments\n\n93.1 | Supported | \n\n93.2 | Supported | \n\n93.3 | "
                       "Supported | The institution was accredited with A status in 2011.\n\n94.1 | Noted | The "
                       "death penalty was abolished for ordinary crimes in 1998.\n\n94.2 | Supported | Ruritania "
                       "will review its legislation on defamation by the end of 2013.\n\n95.1 | Noted | \n",
}


@pytest.mark.parametrize("layout", LIST_LAYOUTS)
def test_an_addendums_lists_in_other_layouts(layout):
    ex = _with_answer(HEAD + LIST_LAYOUTS[layout])
    by = {r.label: r.stance for r in ex.recommendations}
    assert by == {"93.1": "adopted", "93.2": "adopted", "93.3": "adopted", "94.1": "noted", "94.2": "adopted",
                  "95.1": "noted"}
    answered = {lab for a in ex.responses for lab in a.answers}
    assert {"94.1", "94.2"} <= answered  # each the report left pending has its answer


def test_in_part_after_the_numbers_its_position_names():
    # "supports recommendation 120.8 partially: …": the position's degree printed after the numbers
    answer = HEAD + ("1. Ruritania supports recommendations 93.1-93.3 and 94.2, and notes 94.1.\n\n2. Ruritania "
                     "supports recommendation 95.1 partially: defamation will be decriminalized, but insult of public "
                     "officials will remain an offence.\n")
    by = {r.label: r.stance for r in _with_answer(answer).recommendations}
    assert by["95.1"] == "partially_adopted" and by["93.2"] == "adopted" and by["94.1"] == "noted"


def test_a_tables_answer_is_its_comment():
    ex = _with_answer(HEAD + LIST_LAYOUTS["a table's cells"])
    answers = {lab: a.text for a in ex.responses for lab in a.answers}
    assert answers["94.1"] == "The death penalty was abolished for ordinary crimes in 1998."
    promise = next(c for c in ex.commitments if "94.2" in c.recommendations)
    assert promise.due == "2013-12-31"


def test_notes_that_is_no_position():
    # "The Government notes that …" observes; under the heading "Recommendation 94.1" it is the answer's words
    answer = HEAD + ("Recommendation 94.1\n\n2. The Government notes that recommendations 94.1 and 94.2 concern "
                     "matters under review. Ruritania accepts this recommendation.\n")
    ex = _with_answer(answer)
    assert {r.label: r.stance for r in ex.recommendations}["94.1"] == "adopted"


def test_an_earlier_cycles_thematic_list_with_coded_themes():
    # the 2nd cycle's thematic lists: items "110.1.", "Source of position:" in lower case, the themes with their
    # codes on lines of their own (no dash), no SDGs yet
    text = ("Recommendation\tPosition\tFull list of themes\n\nTheme: A12 Acceptance of international norms\n\n"
            "110.1. Consider ratifying the Optional Protocol to the International Covenant on Economic, Social and "
            "Cultural Rights (Portugal);\nSource of position: A/HRC/28/15/Add.1\nSupported\nA12 Acceptance of "
            "international norms\nE1 Economic, social & cultural rights - general measures of implementation\n"
            "Affected persons:\n- general\n\n110.2. Ratify the Convention on the Rights of Persons with Disabilities "
            "(Spain) (Peru);\nSource of position: A/HRC/28/15/Add.1\nNoted\nF4 Persons with disabilities\n\n"
            "110.3. Adopt comprehensive anti-discrimination legislation (Canada);\nSource of position: "
            "A/HRC/28/15/Add.1\nSupported\nB31 Equality & non-discrimination\n")
    ex = extract(SourceDocument([text], "list.txt", "txt", "l"))
    by = {r.label: r for r in ex.recommendations}
    assert [(k, r.stance) for k, r in by.items()] == [("110.1", "adopted"), ("110.2", "noted"), ("110.3", "adopted")]
    assert by["110.1"].themes == ["Acceptance of international norms",
                                  "Economic, social & cultural rights - general measures of implementation"]
    assert by["110.2"].themes == ["Persons with disabilities"] and by["110.2"].recommending_states == ["Spain", "Peru"]
    assert by["110.1"].text.endswith("(Portugal);")


TABLE_ROWS = [
    ("94.1", "Abolish the death penalty for all crimes (France);", "Noted",
     "The death penalty was abolished for ordinary crimes in 1998. Ruritania is not in a position to abolish it for "
     "crimes committed in wartime."),
    ("94.2", "Decriminalize defamation and include it in the Civil Code (United States of America);", "Supported",
     "Ruritania will review its legislation on defamation by the end of 2013."),
    ("95.1", "Recognize same-sex marriage (Netherlands);", "Noted", ""),
]


@pytest.mark.parametrize("rules", [True, False], ids=["ruled", "unruled"])
def test_an_addendum_as_a_pdf_with_a_table_of_number_recommendation_position_and_comment(rules):
    # later addenda answer in a table whose cells wrap over several lines: read across line by line, the
    # recommendation's words, the position and the comment would interleave
    from opvolging.sources import load_bytes
    from tests.pdfs import table_pdf

    data = table_pdf([line for line in HEAD.split("\n") if line] + [
        "1. The Government of Ruritania has examined the recommendations left pending and gives its position on "
        "each in the table below."], ("No.", "Recommendation", "Position", "Comments"), TABLE_ROWS,
        (18, 62, 22, 58), rules=rules)
    ex = extract_case([SourceDocument([REPORT], "A_HRC_19_5.txt", "txt", "r"), load_bytes(data, "pdf", "add.pdf")])
    by = {r.label: r for r in ex.recommendations}
    assert (by["94.1"].stance, by["94.2"].stance, by["95.1"].stance) == ("noted", "adopted", "noted")
    answers = {lab: a.text for a in ex.responses for lab in a.answers}
    assert answers["94.1"] == ("The death penalty was abolished for ordinary crimes in 1998. Ruritania is not in a "
                               "position to abolish it for crimes committed in wartime.")
    promise = next(c for c in ex.commitments if "94.2" in c.recommendations)
    assert promise.due == "2013-12-31"


# Answers that repeat the recommendation before answering it, or label their answer, or print the position in
# parentheses, or number their paragraphs before the label: the layouts' formulas, the numbers and names made up
REPEATING = {
    "the recommendation, then a labelled response": "Recommendation 94.1: Abolish the death penalty for all crimes "
    "(France);\n\nResponse: Noted. The death penalty was abolished for ordinary crimes in 1998.\n\nRecommendation "
    "94.2: Decriminalize defamation and include it in the Civil Code (United States of America);\n\nResponse: "
    "Supported. Ruritania will review its legislation on defamation by the end of 2013.\n",
    "the recommendation quoted, then the answer": "94.1 Abolish the death penalty for all crimes (France);\n\n"
    "Ruritania notes this recommendation. The death penalty was abolished for ordinary crimes in 1998.\n\n94.2 "
    "Decriminalize defamation and include it in the Civil Code (United States of America);\n\nRuritania supports "
    "this recommendation and will review its legislation on defamation by the end of 2013.\n",
    "the position in parentheses": "94.1 (Noted) The death penalty was abolished for ordinary crimes in 1998.\n\n"
    "94.2 (Supported) Ruritania will review its legislation on defamation by the end of 2013.\n",
    "a paragraph's own number before the label": "2. 94.1 – The death penalty was abolished for ordinary crimes in "
    "1998. Ruritania notes the recommendation.\n\n3. 94.2 – Ruritania supports the recommendation and will review "
    "its legislation on defamation by the end of 2013.\n",
    "a paragraph's own number before the label's word": "2. Recommendation 94.1: The death penalty was abolished for "
    "ordinary crimes in 1998. Ruritania notes the recommendation.\n\n3. Recommendation 94.2: Ruritania supports the "
    "recommendation and will review its legislation on defamation by the end of 2013.\n",
}


def test_a_position_given_in_part_as_a_word_before_the_answer():
    # "Accepted in part", "Supported in part", "Partially accepted": the labels' words for a partial position
    ex = _with_answer(HEAD + "94.1: Accepted in part. Ruritania will review its legislation.\n\n94.2 Partially "
                      "accepted.\n\n95.1 Supported in part.\n")
    by = {r.label: r.stance for r in ex.recommendations}
    assert (by["94.1"], by["94.2"], by["95.1"]) == ("partially_adopted",) * 3


@pytest.mark.parametrize("layout", REPEATING)
def test_an_answer_that_repeats_or_labels_before_it_answers(layout):
    ex = _with_answer(HEAD + REPEATING[layout])
    by = {r.label: r.stance for r in ex.recommendations}
    assert (by["94.1"], by["94.2"]) == ("noted", "adopted")
    answers = {lab: a.text for a in ex.responses for lab in a.answers}
    assert answers["94.1"].startswith(("The death penalty", "Ruritania notes"))  # not the recommendation's words
    assert [c.due for c in ex.commitments if "94.2" in c.recommendations] == ["2013-12-31"]


@pytest.mark.parametrize("answer", [
    "1. Ruritania notes recommendation 94.1. All other recommendations are supported.\n",
    "1. Ruritania supports all recommendations except 94.1, which is noted.\n",
    "1. The remaining recommendations enjoy the support of Ruritania.\n\n2. Recommendation 94.1 is noted.\n",
])
def test_the_recommendations_an_addendum_gives_a_position_without_naming_them(answer):
    # GENRE: an addendum that names only the exceptions; the report's own positions stand
    ex = _with_answer(HEAD + answer)
    assert {r.label: r.stance for r in ex.recommendations} == {
        "93.1": "adopted", "93.2": "adopted", "93.3": "adopted", "94.1": "noted", "94.2": "adopted", "95.1": "noted"}


def test_the_addendums_promises_are_timed_from_its_own_date():
    # the report is dated in March, its addendum in June: "within two years" counts from the day the State answered
    report = REPORT.replace("United Nations A/HRC/19/5\n", "United Nations A/HRC/19/5\n\nDistr.: General\n"
                                                           "16 March 2012\n", 1)
    answer = HEAD.replace("Add.1\n", "Add.1\n\nDistr.: General\n12 June 2012\n", 1) + (
        "1. Recommendations 93.1, 93.2, 93.3 and 94.2 are supported. The Government will review its legislation on "
        "defamation within two years.\n\n2. Recommendations 94.1 and 95.1 are noted.\n")
    ex = extract_case([SourceDocument([report], "A_HRC_19_5.txt", "txt", "r"),
                       SourceDocument([answer], "A_HRC_19_5_Add.1.txt", "txt", "a")])
    assert ex.metadata.date == "2012-03-16"  # the case is the report's
    promise = next(c for c in ex.commitments if "94.2" in c.recommendations)
    assert (promise.deadline_text, promise.due) == ("within two years", "2014-06-12")


def test_numbers_with_their_subject_alone_on_a_line_head_the_answer_below():
    # GENRE: addenda that group the recommendations by subject, the numbers and the subject in parentheses a heading
    answer = HEAD + ("Recommendations 93.1–93.3 (international instruments and the national institution)\n\n"
                     "2. Ruritania supports these recommendations. The Government will submit the ratification of the "
                     "Optional Protocol to Parliament in 2013.\n\nRecommendations 94.1 and 94.2 (death penalty and "
                     "defamation)\n\n3. Both recommendations are noted.\n\nRecommendation 95.1 (Netherlands)\n\n"
                     "4. Recommendation 95.1 is noted.\n")
    ex = _with_answer(answer)
    assert {r.label: r.stance for r in ex.recommendations} == {
        "93.1": "adopted", "93.2": "adopted", "93.3": "adopted", "94.1": "noted", "94.2": "noted", "95.1": "noted"}
    promise = next(c for c in ex.commitments if "93.2" in c.recommendations)
    assert promise.due == "2013-12-31"


@pytest.mark.parametrize("paragraph, stances", [  # GENRE: an addendum's answer that names its recommendations first
    ("4. With regard to recommendations 118.10 and 118.11, Ruritania supports them partially, as it does not accept "
     "the part on the death penalty.", {"118.10": "partially_adopted", "118.11": "partially_adopted"}),
    ("4. Regarding recommendation 118.10, Ruritania supports it.", {"118.10": "adopted"}),
    ("4. As regards recommendations 118.10 and 118.11, they are supported.",
     {"118.10": "adopted", "118.11": "adopted"}),
    ("4. Concerning recommendation 118.10: supported.", {"118.10": "adopted"}),
])
def test_an_answer_that_names_its_recommendations_as_its_topic(paragraph, stances):
    text = (f"United Nations A/HRC/52/9/Add.1\n\nAddendum\n\n1. Ruritania supports the following recommendations: "
            f"118.1, 118.2.\n\n{paragraph}\n")
    ex = extract_text(text)
    got = {a.label: a.stance for a in ex.answered}
    assert {lab: got.get(lab) for lab in stances} == stances
    assert (got["118.1"], got["118.2"]) == ("adopted", "adopted")


def test_an_addendums_voluntary_commitment_outside_its_answers_is_read():
    # a paragraph that answers no recommendation by number, and promises: a commitment that serves none of them
    text = ("United Nations A/HRC/52/9/Add.1\n\nGeneral Assembly Distr.: General\n15 March 2023\n\nAddendum\n\n"
            "1. Ruritania has carefully considered the 180 recommendations received during its review.\n\n"
            "2. Ruritania supports the following recommendations: 118.1, 118.2.\n\n"
            "3. Ruritania will submit a mid-term report on the implementation of the recommendations by 2025.\n")
    ex = extract_text(text)
    assert [(c.due, c.recommendations) for c in ex.commitments] == [("2025-12-31", [])]
