"""Evidence suggestions: later letters read against the founding letter's promises. The later letters are written
in the genre's real formulas and name the real titles; the unrelated ones are the dev corpus's letters, which
nobody wrote for this. Precision and recall over the pairs these tests build are printed and held."""

from __future__ import annotations

import pytest

from opvolging.extract import extract_path
from opvolging.followup.evidence import LaterDocument, OpenCommitment, suggest, titles
from opvolging.followup.formulas import formulas_in
from tests.conftest import SAMPLE

BZ = "Buitenlandse Zaken"
TITLE = "Mensenrechten, Democratie en Internationale Rechtsorde"

# the beleidsbrief itself, as such a letter opens (Kamerstuk-style: "Hierbij bied ik u … aan")
POLICY_LETTER = LaterDocument(
    text=(f"Hierbij bied ik u, mede namens de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking, de "
          f"beleidsbrief «{TITLE}» aan. Met deze brief geef ik invulling aan de toezegging in de kabinetsreactie op "
          "het AIV-advies «Mensenrechten: Kernbelang in een geopolitiek krachtenveld». In deze brief zet het "
          "kabinet uiteen welke keuzes het maakt en hoe het de rechtsstaat als onderdeel van het bevorderen van "
          "democratie versterkt."),
    subject=f"Beleidsbrief {TITLE}", ministry=BZ, advice="AIV 122")
COURSE_LETTER = LaterDocument(
    text=("Tijdens het commissiedebat Mensenrechten heb ik toegezegd uw Kamer te informeren over de opleiding van "
          "medewerkers. De nieuwe mensenrechtencursus voor beleidsmedewerkers van het ministerie is dit voorjaar "
          "van start gegaan; inmiddels hebben veertig beleidsmedewerkers de cursus gevolgd."),
    ministry=BZ)
DIALOGUE_LETTER = LaterDocument(
    text=("Ter uitvoering van aanbeveling 8 uit het AIV-advies 122 is het kabinet de dialoog aangegaan met landen "
          "die niet op alle aspecten dezelfde zienswijze hanteren. In dit verslag informeer ik u over de stand van "
          "zaken van die dialoog."),
    ministry=BZ, advice="AIV 122")
SAME_SUBJECT = LaterDocument(
    text=("Het kabinet hecht grote waarde aan mensenrechten, democratie en de internationale rechtsorde. De minister "
          "sprak in Genève over de rechtsstaat en over de mensenrechtenraad."),
    ministry=BZ)
OTHER_PROMISE = LaterDocument(
    text=("Zoals toegezegd tijdens het commissiedebat informeer ik uw Kamer over de consulaire dienstverlening aan "
          "Nederlanders in het buitenland. Het aantal aanvragen voor een noodpaspoort is gestegen."),
    ministry=BZ)


@pytest.fixture(scope="module")
def promises():
    ex = extract_path(SAMPLE)
    return ex, [OpenCommitment(i, c.action, BZ, "AIV 122", tuple(c.recommendations))
                for i, c in enumerate(ex.commitments)]


def _index(ex, words: str) -> int:
    return next(i for i, c in enumerate(ex.commitments) if words in c.action)


def test_the_policy_letter_it_promised_is_suggested_with_its_reasons(promises):
    ex, coms = promises
    found = {s.commitment_id: s for s in suggest(POLICY_LETTER, coms)}
    first = found[_index(ex, "Deze bieden goede aanknopingspunten")]
    assert first.status == "fulfilled" and first.score >= 0.8
    assert f"is the document it promised: «{TITLE}»" in first.reasons
    assert any("invulling aan de toezegging" in r for r in first.reasons)
    assert any(r.startswith("words in common") for r in first.reasons)
    assert _index(ex, "In de beleidsbrief «") in found  # what the policy letter was to address


def test_a_progress_letter_advances_the_promise_whose_words_it_shares(promises):
    ex, coms = promises
    found = suggest(COURSE_LETTER, coms)
    assert [s.commitment_id for s in found] == [_index(ex, "mensenrechtencursus")]
    assert found[0].status == "in_progress" and "mensenrechtencursus" in found[0].reasons[-1]


def test_the_same_recommendation_of_the_same_advice(promises):
    ex, coms = promises
    found = {s.commitment_id: s for s in suggest(DIALOGUE_LETTER, coms)}
    s = found[_index(ex, "dialoog aangaan")]
    assert "answers the same recommendation: 8 of AIV 122" in s.reasons and s.status == "in_progress"


def test_an_english_answer_in_the_un_formula():
    coms = [OpenCommitment(1, "The Government will adopt a national action plan on business and human rights by "
                              "2024."),
            OpenCommitment(2, "The Government will ratify the Optional Protocol to the Convention against Torture.")]
    later = LaterDocument(text="In fulfilment of the commitment made during the third cycle, the Government adopted "
                               "the national action plan on business and human rights in March 2024.")
    found = suggest(later, coms)
    assert [(s.commitment_id, s.status) for s in found] == [(1, "fulfilled")]


@pytest.mark.parametrize("later", [SAME_SUBJECT, OTHER_PROMISE], ids=["same subject", "another promise"])
def test_words_in_common_or_a_formula_alone_suggest_nothing(promises, later):
    assert suggest(later, promises[1]) == []


def test_unrelated_letters_of_the_dev_corpus_suggest_nothing(promises, corpus):
    letters = sorted((corpus / "nl-letters").glob("*.pdf")) + sorted((corpus / "nl-excerpts").glob("*.txt"))
    assert letters
    for path in letters:
        ex = extract_path(path)
        assert suggest(LaterDocument(ex.text, ex.metadata.subject or "", BZ), promises[1]) == [], path.name


def test_precision_and_recall_over_the_pairs(promises, corpus):
    ex, coms = promises
    expected = {
        "policy letter": {_index(ex, "Deze bieden goede aanknopingspunten"), _index(ex, "In de beleidsbrief «"),
                          _index(ex, "in die beleidsbrief nader"), _index(ex, "nadruk op de rechtsstaat")},
        "course": {_index(ex, "mensenrechtencursus")},
        "dialogue": {_index(ex, "dialoog aangaan")},
        "same subject": set(), "another promise": set(),
    }
    later = {"policy letter": POLICY_LETTER, "course": COURSE_LETTER, "dialogue": DIALOGUE_LETTER,
             "same subject": SAME_SUBJECT, "another promise": OTHER_PROMISE}
    for path in sorted((corpus / "nl-letters").glob("*.pdf")):
        e = extract_path(path)
        later[path.name], expected[path.name] = LaterDocument(e.text, e.metadata.subject or "", BZ), set()
    tp = fp = fn = 0
    for name, doc in later.items():
        got = {s.commitment_id for s in suggest(doc, coms)}
        tp, fp, fn = tp + len(got & expected[name]), fp + len(got - expected[name]), fn + len(expected[name] - got)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"\nevidence suggestions over {len(later)} later documents × {len(coms)} promises: "
          f"precision {precision:.2f} ({tp}/{tp + fp}), recall {recall:.2f} ({tp}/{tp + fn})")
    assert precision >= 0.8 and recall >= 0.6


def test_titles_and_formulas():
    assert titles(f"de beleidsbrief «{TITLE}» aan de Kamer") == [TITLE]
    assert titles("een «korte» brief") == []  # one word is no title
    assert formulas_in("Met deze brief kom ik mijn toezegging na.")[0][0] == "fulfilled"
    assert formulas_in("Hiermee geef ik invulling aan de toezegging aan het lid Van der Lee.")[0][0] == "fulfilled"
    assert formulas_in("De nieuwe cursus is in 2023 van start gegaan.")[0][0] == "in_progress"
    assert formulas_in("Het kabinet zal een brief sturen.") == []
