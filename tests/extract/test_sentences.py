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


def test_a_title_in_typed_or_curly_single_quotes_holds_its_sentence_open():
    # GENRE: a report's title with its subtitle after a full stop, between typed or curly single quotes
    for quoted in ("'Kiezen voor houdbare zorg. Mensen, middelen en maatschappelijk draagvlak'",
                   "‘Kiezen voor houdbare zorg. Mensen, middelen en maatschappelijk draagvlak’"):
        text = (f"Op 15 september 2021 heeft de WRR het rapport {quoted} gepubliceerd. Hierbij stuur ik u de "
                "kabinetsreactie.")
        assert len(split(text)) == 2, quoted
    # an apostrophe opens nothing: "auto's", "zo'n", "auto’s"
    assert len(split("Er rijden meer auto's. Dat is zo'n probleem. Ook auto’s van de zaak.")) == 3


def test_a_quoted_sentence_that_closes_with_its_full_stop_ends_there():
    # GENRE: "Aanbeveling 1 luidt: 'Versterk …'" with the answer after it; the mark that closes the quotation after
    # the full stop closes it
    for text in ("'Versterk de positie van gemeenteraden.' Het kabinet onderschrijft deze aanbeveling.",
                 "“Versterk de positie van gemeenteraden.” Het kabinet onderschrijft deze aanbeveling."):
        assert [text[a:b] for a, b in split(text)][1] == "Het kabinet onderschrijft deze aanbeveling."
