"""A State's answers in its addendum (extract.upr_answers), and the report and addendum read as one case.

The sentences are A/HRC/43/15/Add.1 (Slovenia, 3rd cycle) as printed, unless said otherwise.
"""

from opvolging.extract.normalize import normalize
from opvolging.extract.upr import parse, preamble_position
from opvolging.extract.upr_answers import expand, read_answers

KNOWN = [f"122.{i}" for i in range(1, 158)]

ADDENDUM = """Accepted recommendations

3. The Government accepts the following recommendations 122.1, 122.12, 122.17-18, 122.22, 122.27, 122.30-33, 122.62-
66, 122.141-144,122.146.

Accepted recommendations that Slovenia considers already
implemented or in the process of implementation

4. The Government accepts the following recommendations 122.11, 122.14-16, 122.34- 35. Slovenia
considers that they are already implemented or are in the process of implementation and
provides some additional information about the implementation.

122.11

The activities for the implementation of this recommendation have already started.

122.14– 15

Slovenia considers these recommendations implemented. Slovenia has a strong
national human rights protection framework with the Human Rights Ombudsman.

The funds necessary for the work of the Human Rights Ombudsman are earmarked in the national budget.

Noted recommendations

5. For the time being, the Government notes recommendations 122.2-10, 122.13, 122.54-55. The
Government wishes to provide the following additional information.

122.2–4

The ratification of the Convention is not a priority for Slovenia.

122.54

Slovenia considers this recommendation implemented. We do not see the need to
change the criminal justice system.
"""


def test_ranges_as_printed():
    assert expand("122.17-18, 122.22") == ["122.17", "122.18", "122.22"]
    assert expand("122.34- 35") == ["122.34", "122.35"]
    assert expand("122.14– 15") == ["122.14", "122.15"]
    assert expand("122.91-104")[-1] == "122.104"
    # the quotes from another cycle: a bare number after a prefixed one, a number glued to the UN symbol
    assert expand("140.82-85, 87") == ["140.82", "140.83", "140.84", "140.85", "140.87"]
    assert expand("140.46A/HRC/59/15/Add.1") == ["140.46"]
    # GENRE: a range in words, as later addenda print it ("Recommendations 41.5 to 41.9 and 41.15 are supported")
    assert expand("41.5 to 41.9 and 41.15") == ["41.5", "41.6", "41.7", "41.8", "41.9", "41.15"]
    assert expand("122.1 through 122.3") == ["122.1", "122.2", "122.3"]


def test_list_paragraphs_and_narrative_answers():
    text = normalize([ADDENDUM], "en").text
    read = read_answers(text, 0, KNOWN)
    stance = {lab: st for lab, (st, _) in read.stance_of.items()}
    assert stance["122.1"] == stance["122.65"] == stance["122.143"] == stance["122.146"] == "adopted"
    assert stance["122.11"] == stance["122.35"] == "already_implemented"
    assert stance["122.7"] == stance["122.54"] == "noted"  # the list's position, whatever the narrative says
    listed = read.answers[read.response_of["122.1"]]
    assert text[listed.span[0]:].startswith("The Government accepts the following recommendations 122.1,")
    narrative = read.answers[read.response_of["122.14"]]
    assert narrative.labels == ["122.14", "122.15"]
    words = text[narrative.span[0]:narrative.span[1]]
    assert words.startswith("Slovenia considers these recommendations implemented.")
    assert words.endswith("earmarked in the national budget.")  # the answer's second paragraph is its own
    # a list answers only those it names that have no narrative answer of their own
    assert "122.11" not in read.answers[read.response_of["122.16"]].labels


def test_a_narrative_on_the_numbers_line_and_a_position_word():
    # another cycle's layout: the numbers open the answer, the position printed first
    text = normalize(["140.1 Supported. The Government will ratify the Convention in 2025.\n\n"
                      "140.2 – 140.3 Noted. The Government is not in a position to ratify the Protocol."], "en").text
    read = read_answers(text, 0, None)
    assert read.stance_of["140.1"][0] == "adopted" and read.stance_of["140.3"][0] == "noted"
    assert read.answers[read.response_of["140.2"]].labels == ["140.2", "140.3"]


def test_the_reports_preamble_gives_the_position_of_the_list_under_it():
    # A/HRC/43/15, paragraphs 121 and 122
    assert preamble_position("121. The recommendations formulated during the interactive dialogue/listed below have "
                             "been examined by Slovenia and enjoy the support of Slovenia:") == "Supported"
    assert preamble_position("122. The following recommendations will be examined by Slovenia, which will provide "
                             "responses in due time, but no later than the forty-third session:") is None
    assert preamble_position("123. The following recommendations did not enjoy the support of Slovenia and would "
                             "thus be noted:") == "Noted"
    text = normalize(["121. The recommendations formulated during the interactive dialogue/listed below have been "
                      "examined by Slovenia and enjoy the support of Slovenia:\n\n121.1 Ratify the International "
                      "Convention for the Protection of All Persons from Enforced Disappearance (France) (Lithuania);"
                      "\n\n122. The following recommendations will be examined by Slovenia:\n\n122.1 Complete the "
                      "process of ratification of the Optional Protocol (Senegal);"], "en").text
    first, second = parse(text)
    assert first.position == "Supported" and "enjoy the support" in first.position_evidence
    assert second.position is None


def test_report_and_addendum_as_one_case(corpus):
    from opvolging.extract.pipeline import extract_paths

    report, addendum = corpus / "upr-pdf" / "A_HRC_43_15.pdf", corpus / "upr-pdf" / "A_HRC_43_15_Add.1.pdf"
    ex = extract_paths([report, addendum])
    assert [s.path for s in ex.sources] == [str(report), str(addendum)]
    (a0, b0), (a1, b1) = ex.sources[0].span, ex.sources[1].span
    assert a0 == 0 and ex.text[b0] == "\f" and a1 == b0 + 1 and b1 == len(ex.text)
    by = {r.label: r for r in ex.recommendations}
    assert len(by) == 215 and by["121.1"].stance == "adopted" and by["122.2"].stance == "noted"
    answer = next(r for r in ex.responses if r.id == by["122.14"].response_id)
    assert answer.answers == ["122.14", "122.15"] and a1 <= answer.span[0]
    assert ex.text[answer.span[0]:answer.span[1]] == answer.text
    assert answer.page == 2  # of the addendum
    assert by["121.1"].page == 11  # of the report
    promises = [c.action for c in ex.commitments]
    assert any(p.startswith("Slovenia will continue to promote gender equality") for p in promises)


def test_an_addendum_read_alone_names_what_it_answers(corpus):
    from opvolging.extract import extract_path

    ex = extract_path(corpus / "upr-pdf" / "A_HRC_43_15_Add.1.pdf")
    assert ex.recommendations == [] and ex.metadata.identifier == "A/HRC/43/15/Add.1"
    answered = {a.label: a for a in ex.answered}
    assert len(answered) == 157 and answered["122.2"].stance == "noted"
    assert answered["122.11"].stance == "already_implemented"
