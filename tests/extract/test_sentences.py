from opvolging.extract.sentences import split


def parts(text):
    return [text[a:b] for a, b in split(text)]


def test_dutch_abbreviations_do_not_end_a_sentence():
    # from Kamerstuk 32 735, nr. 354
    text = ("Deze bieden goede aanknopingspunten voor de beleidsbrief die, zoals in de beleidsbrief Buitenlandse "
            "Zaken d.d. 8 maart jl. aangekondigd, nog dit jaar aan de Kamer zal worden aangeboden. Specifieke inzet "
            "volgt.")
    assert len(parts(text)) == 2


def test_initials_and_numbers():
    text = "De Minister van Buitenlandse Zaken, W.B. Hoekstra. Zie Kamerstuk 31 839, nr. 272. Dat is o.a. zo."
    assert parts(text) == ["De Minister van Buitenlandse Zaken, W.B. Hoekstra.", "Zie Kamerstuk 31 839, nr. 272.",
                           "Dat is o.a. zo."]


def test_quoted_title_with_question_mark_stays_whole():
    # Kamerstuk 34 300 VII, nr. 60
    text = ('Kabinetsreactie op het advies "Hoe hoort het eigenlijk? Passend contact tussen overheid en burger". '
            "Deze brief bevat de reactie.")
    assert len(parts(text)) == 2


def test_paragraph_break_ends_a_sentence():
    assert parts("Inleiding\n\nMet deze brief zend ik u de reactie.") == ["Inleiding",
                                                                         "Met deze brief zend ik u de reactie."]
