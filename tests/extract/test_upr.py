# ruff: noqa: E501  (rows quoted whole, as OHCHR prints them)
from opvolging.extract.normalize import normalize
from opvolging.extract.upr import is_upr_list, parse, recommending_states

# rows of the OHCHR thematic list for Slovenia, 3rd cycle (A/HRC/43/15)
ROWS = """Theme: Acceptance of international norms

121.1 Ratify the International Convention for the Protection of All Persons from Enforced Disappearance (France) (Lithuania);
Source of Position: A/HRC/43/15 - Para 121
Supported
- Acceptance of international norms
- Enforced disappearances
SDGs:
- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS
Affected persons:
- Disappeared persons


121.3 Ratify and implement the International Labour Organization’s 2014 Protocol to the Forced Labour Convention, 1930 (No. 29) (United Kingdom of Great Britain and Northern Ireland);
Source of Position: A/HRC/43/15 - Para 121
Supported
- Acceptance of international norms
SDGs:
- 8 - DECENT WORK AND ECONOMIC GROWTH


122.10 Consider the ratification of the ILO Domestic Workers Convention, 2011 (No. 189) (Philippines);
Source of Position: A/HRC/43/15/Add.1 - Para.3
Noted
- Acceptance of international norms
"""


def test_thematic_rows_read_as_printed():
    text = normalize([ROWS], "en").text
    assert is_upr_list(text)
    items = parse(text)
    assert [i.label for i in items] == ["121.1", "121.3", "122.10"]
    first = items[0]
    assert first.position == "Supported" and first.position_source == "A/HRC/43/15 - Para 121"
    assert first.themes == ["Acceptance of international norms", "Enforced disappearances"]
    assert first.sdgs == [16] and first.affected_persons == ["Disappeared persons"]
    assert text[first.span[0]:first.span[1]].endswith("(France) (Lithuania);")
    assert items[2].position == "Noted" and items[2].sdgs == []


def test_recommending_states():
    assert recommending_states("Ratify the Convention (France) (Lithuania);") == ["France", "Lithuania"]
    assert recommending_states("Adopt a plan (Portugal, Slovakia);") == ["Portugal", "Slovakia"]
    assert recommending_states("Combat hate speech (Iran (Islamic Republic of));") == ["Iran (Islamic Republic of)"]
    assert recommending_states("Ratify the Protocol, 1930 (No. 29) (United Kingdom of Great Britain and Northern "
                               "Ireland);") == ["United Kingdom of Great Britain and Northern Ireland"]
    assert recommending_states("Complete ratification (Ukraine); Increase efforts towards ratification "
                               "(Slovakia);") == ["Ukraine", "Slovakia"]
    # an instrument named in parentheses before the States is none of them
    assert recommending_states("Establish an NHRI in line with the principles relating to the status of national "
                               "institutions (Paris Principles) (Nepal);") == ["Nepal"]


def test_numbered_sections_are_not_a_upr_list():
    text = "3.1 Inleiding\n\n3.2 Aanleiding\n\n3.3 Het advies\n\n3.4 Reactie"
    assert not is_upr_list(normalize([text]).text)


# A working-group report and its addendum in one text, in the shapes the issue quotes ("33. To address …",
# "33., 34., 35. Slovenia accepts these recommendations …", labels "111.33").
REPORT_AND_ADDENDUM = """Report of the Working Group on the Universal Periodic Review

111. The following recommendations will be examined by Slovenia, which will provide responses in due time:

33. To address hate speech in political discourse (Germany);

34. To strengthen measures against hate speech online (Austria, Czechia);

35. To adopt a national action plan on hate speech (Iran (Islamic Republic of));

36. To establish specialised family courts and ensure free legal aid for children (Portugal);

37. To ratify the Convention on the Reduction of Statelessness (Brazil);

Addendum

Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under review

1. Slovenia examined the recommendations carefully.

33., 34., 35. Slovenia accepts these recommendations and will continue its work against hate speech.

36. Slovenia accepts the part on free legal aid, but cannot accept the recommendation on specialised family courts.

37. Slovenia cannot, at this point in time, make a definitive statement on the ratification.
"""


def test_report_and_addendum_are_aligned():
    from opvolging.extract import extract_text

    ex = extract_text(REPORT_AND_ADDENDUM)
    by = {r.label: r for r in ex.recommendations}
    assert list(by) == ["111.33", "111.34", "111.35", "111.36", "111.37"]
    assert by["111.35"].recommending_states == ["Iran (Islamic Republic of)"]
    shared = {r.label for r in ex.recommendations if r.response_id == by["111.33"].response_id}
    assert shared == {"111.33", "111.34", "111.35"}
    answer = next(a for a in ex.responses if a.id == by["111.33"].response_id)
    assert answer.text.startswith("Slovenia accepts these recommendations")
    assert [by[x].stance for x in ("111.33", "111.36", "111.37")] == ["adopted", "partially_adopted", "noted"]
    assert all(ex.text[a.span[0]:a.span[1]] == a.text for a in ex.responses)


# Slovenia 121.6 and 122.18 as the thematic list prints them: a long last theme, then a heading the line
# joining glues onto it ("… of the person SDGs:")
GLUED = """121.6 Continue taking effective measures to protect the rights of vulnerable groups, including women, children, older persons and persons with disabilities (China);
Source of Position: A/HRC/43/15 - Para 121
Supported
- Equality & non-discrimination
- Children: definition; general principles; protection
- Discrimination against women
- Persons with disabilities: protecting the integrity of the person
SDGs:
- 10 - REDUCED INEQUALITIES
Affected persons:
- Children
- older persons


122.18 Put in place measures to combat all forms of human rights violations against older persons (Angola);
Source of Position: A/HRC/43/15/Add.1 - Para.3
Supported
- Equality & non-discrimination
- Economic, social & cultural rights - general measures of implementation
- Civil & political rights - general measures of implementation
Affected persons:
- older persons
"""


def test_a_heading_glued_onto_a_long_theme_still_heads_its_list():
    text = normalize([GLUED], "en").text
    assert "\n\nSDGs:\n\n" in text and "\n\nAffected persons:\n\n" in text  # the line joining leaves them be
    # and where a heading does end up on the line before it, as the line joining once left it, it still counts
    glued = text.replace("person\n\nSDGs:", "person SDGs:").replace(
        "implementation\n\nAffected persons:", "implementation Affected persons:")
    assert "of the person SDGs:" in glued and "implementation Affected persons:" in glued
    first, second = parse(glued)
    assert first.themes[-1] == "Persons with disabilities: protecting the integrity of the person"
    assert first.sdgs == [10] and first.affected_persons == ["Children", "older persons"]
    assert second.themes[-1] == "Civil & political rights - general measures of implementation"
    assert second.sdgs == [] and second.affected_persons == ["older persons"]
    first, second = parse(text)
    assert first.themes[-1] == "Persons with disabilities: protecting the integrity of the person"
    assert first.sdgs == [10] and first.affected_persons == ["Children", "older persons"]
    assert second.themes[-1] == "Civil & political rights - general measures of implementation"
    assert second.sdgs == [] and second.affected_persons == ["older persons"]


def _as_pdf(rows: str, width: int = 95) -> str:
    """`rows` as a PDF's text gives them: lines wrapped at `width` characters, and no blank lines."""
    import textwrap

    return "\n".join(line for row in rows.split("\n") if row for line in textwrap.wrap(row, width))


# Slovenia 122.1, 122.11 and 122.63 as the thematic list prints them
THEMATIC_PDF = """122.1 Complete the process of ratification of the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Senegal);
Source of Position: A/HRC/43/15/Add.1 - Para.3
Supported
- Acceptance of international norms
- Economic, social & cultural rights - general measures of implementation
122.11 Recognize the competence of the Committee on Enforced Disappearances to receive and consider communications from or on behalf of individuals or other States parties (Lithuania); Recognize the competence of the Committee on Enforced Disappearances to receive and consider communications from or on behalf of victims or other States parties (Slovakia);
Source of Position: A/HRC/43/15/Add.1 - Para.4
Supported
- Acceptance of international norms
Affected persons:
- Disappeared persons
Theme: Inter-State cooperation & development or humanitarian assistance
122.63 Gradually increase official development assistance to reach the international target of 0.7 per cent of gross national product (Luxembourg);
Source of Position: A/HRC/43/15/Add.1 - Para.3
Supported
- Inter-State cooperation & development or humanitarian assistance
SDGs:
- 17 - PARTNERSHIPS FOR THE GOALS
"""


def test_a_thematic_list_as_pdf_text_still_reads_item_by_item():
    # without blank lines, an item or a "Theme:" line follows a long line, which the line joining would glue
    # on: each still opens its own paragraph
    items = parse(normalize([_as_pdf(THEMATIC_PDF)], "en").text)
    assert [i.label for i in items] == ["122.1", "122.11", "122.63"]
    assert items[0].themes == ["Acceptance of international norms",
                               "Economic, social & cultural rights - general measures of implementation"]
    assert items[1].recommending_states == ["Lithuania", "Slovakia"] and items[1].affected_persons == [
        "Disappeared persons"]
    assert items[2].sdgs == [17] and items[2].position == "Supported"


# Slovenia 122.2 to 122.4 as the bare list prints them; a page ends inside 122.3
BARE_PDF = """122.2 Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Bangladesh) (Egypt);
122.3 Undertake measures to ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Indonesia); Consider the possibility of ratifying the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Niger); Consider acceding to the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Philippines);
122.4 Complete the process of ratification of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Senegal);
"""


def test_an_item_goes_on_after_a_page_break():
    text = _as_pdf(BARE_PDF)
    cut = text.index("Migrant Workers and Members of Their Families (Philippines)")
    norm = normalize([text[:cut], text[cut:]], "en").text
    items = parse(norm)
    assert [i.label for i in items] == ["122.2", "122.3", "122.4"]
    third = items[1]
    assert third.recommending_states == ["Indonesia", "Niger", "Philippines"]
    assert " ".join(norm[third.span[0]:third.span[1]].split()).endswith("Their Families (Philippines);")


def test_a_goal_printed_otherwise_is_still_read():
    # the goal as UHRI prints it, and as other exports write it; a number that is no goal is not read
    rows = ROWS.replace("- 8 - DECENT WORK AND ECONOMIC GROWTH", "- Goal 8: Decent work and economic growth\n- SDG 5 – Gender equality\n- 18 - NO SUCH GOAL")
    items = parse(normalize([rows], "en").text)
    assert items[0].sdgs == [16] and items[1].sdgs == [8, 5]


def test_a_labelled_position_is_read():
    items = parse(normalize([ROWS.replace("\nSupported\n", "\nPosition: Supported\n", 1)], "en").text)
    assert items[0].position == "Supported" and items[0].themes == ["Acceptance of international norms",
                                                                    "Enforced disappearances"]


def test_a_source_without_its_paragraph_keeps_its_position_apart():
    # a fourth-cycle row (Netherlands, A/HRC/52/14): the source names the addendum alone, no " - Para 121"; in a
    # list of short rows the line was short enough to be joined with the position after it
    rows = ("53.1 Consider ratifying the Convention on Migrant Workers (Uganda);\n"
            "Source of Position: A/HRC/52/14/Add.1\nNoted\nA12 Acceptance of international norms\n")
    items = parse(normalize([rows], "en").text)
    assert items[0].position == "Noted" and items[0].position_source == "A/HRC/52/14/Add.1"
    assert items[0].themes == ["Acceptance of international norms"]


def test_positions_of_other_lists_are_read():
    # earlier matrices print "Accepted", "Partially accepted", "Rejected"; a recommendation of several parts
    # "Supported/Noted"
    from opvolging.extract.upr import POSITION, position_key
    assert {cell: POSITION.get(position_key(cell)) for cell in (
        "Supported/Noted", "Supported / Noted", "Partially accepted", "Partially  supported:", "Not supported.",
        "Accepted", "Pending")} == {
        "Supported/Noted": "partially_adopted", "Supported / Noted": "partially_adopted",
        "Partially accepted": "partially_adopted", "Partially  supported:": "partially_adopted",
        "Not supported.": "noted", "Accepted": "adopted", "Pending": None}
    rows = ("53.3 Take measures to prevent excessive use of force by the police during demonstrations (Mexico);\n"
            "Source of Position: A/HRC/52/14/Add.1\nSupported/Noted\nD21 Right to life\n")
    items = parse(normalize([rows], "en").text)
    assert items[0].position == "Supported/Noted" and items[0].themes == ["Right to life"]
