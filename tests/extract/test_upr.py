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


def test_numbered_sections_are_not_a_upr_list():
    text = "3.1 Inleiding\n\n3.2 Aanleiding\n\n3.3 Het advies\n\n3.4 Reactie"
    assert not is_upr_list(normalize([text]).text)
