import pytest

from opvolging.extract.metadata import ministry_of, read_metadata
from opvolging.extract.normalize import normalize
from opvolging.extract.signatures import signatories


def meta_of(raw: str):
    n = normalize([raw])
    return read_metadata(n.text, n.footers, {}, len(n.text), raw)


def test_footer_gives_the_paper():
    raw = ("Het kabinet deelt de analyse.\n\nTweede Kamer, vergaderjaar 2022–2023, 32 735, nr. 354 4\n\n"
           "De Minister van Buitenlandse Zaken, \nW.B. Hoekstra\n")
    md = meta_of(raw).metadata
    assert (md.chamber, md.session_year, md.dossier, md.number, md.identifier) == (
        "Tweede Kamer", "2022-2023", "32735", "354", "kst-32735-354")
    assert [(s.name, s.role) for s in md.signatories] == [("W.B. Hoekstra", "Minister van Buitenlandse Zaken")]


def test_an_eerste_kamer_document_is_lettered_in_its_heading_and_its_footer():
    # the Eerste Kamer letters its documents: "H BRIEF VAN DE MINISTER …" under the dossier, and "…, 36 200 VII, H" in
    # the running footer, which had stayed in the text (no "nr.") and left the document without its number
    raw = ("Eerste Kamer der Staten-Generaal\nVergaderjaar 2023–2024\n\n36 200 VII Vaststelling van de "
           "begrotingsstaten van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (VII) voor het jaar 2024"
           "\n\nH BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n\nAan de Voorzitter van de "
           "Eerste Kamer der Staten-Generaal\n\nDen Haag, 14 december 2023\n\nHierbij ontvangt u de reactie.\n\n")
    md = meta_of(raw).metadata
    assert (md.chamber, md.session_year, md.dossier, md.number, md.identifier) == (
        "Eerste Kamer", "2023-2024", "36200-VII", "H", "kst-36200-VII-H")
    footer = "Eerste Kamer, vergaderjaar 2023–2024, 36 200 VII, H 2"
    n = normalize(["Het kabinet deelt de analyse van de Raad.\n\n" + footer + "\n"])
    assert footer not in n.text
    md = read_metadata(n.text, n.footers, {}, len(n.text), "").metadata
    assert (md.chamber, md.dossier, md.number) == ("Eerste Kamer", "36200-VII", "H")


def test_html_opening_with_dossier_heading_and_letter_date():
    # the opening of Kamerstuk 35 570 V, nr. 14 as stored from officielebekendmakingen
    raw = ("35 570 V Vaststelling van de begrotingsstaat van het Ministerie van Buitenlandse Zaken (V) voor het jaar "
           "2021\n\nNr. 14 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\nAan de Voorzitter van de Tweede Kamer der "
           "Staten-Generaal\n\nDen Haag, 27 oktober 2020\n\nGraag bied ik u hierbij de kabinetsreactie aan op het "
           "advies van de Commissie van advies inzake volkenrechtelijke vraagstukken (CAVV). Het advies van de CAVV, "
           "dat op 27 juli 2020 is vastgesteld, is als bijlage bijgevoegd.\n\nDe Minister van Buitenlandse Zaken, "
           "S.A. Blok\n")
    r = meta_of(raw)
    md = r.metadata
    assert (md.dossier, md.number, md.identifier, md.date, md.session_year, md.year) == (
        "35570-V", "14", "kst-35570-V-14", "2020-10-27", "2020-2021", 2020)
    assert md.chamber == "Tweede Kamer"
    assert ("S.A. Blok", "Minister van Buitenlandse Zaken") in [(s.name, s.role) for s in md.signatories]
    assert r.advice.council_abbreviation == "CAVV"
    assert r.advice.published == "2020-07-27"


def test_plural_heading_gives_each_minister():
    # "BRIEF VAN DE MINISTERS VAN …" (as in Kamerstuk 31 839-style openings of joint letters)
    got = signatories("Nr. 6 BRIEF VAN DE MINISTERS VAN JUSTITIE EN VAN BINNENLANDSE ZAKEN\n\nAan de Voorzitter")
    assert [s.role for s in got] == ["Minister van Justitie", "Minister van Binnenlandse Zaken"]


def test_a_ministry_with_commas_in_its_name_still_gives_the_signatory():
    # the role of Kamerstuk 31 839, nr. 297 ("Staatssecretaris van Volksgezondheid, Welzijn en Sport"), in the
    # founding letter's closing layout (the name on the line after the role)
    got = signatories("Met vriendelijke groet,\n\nDe Staatssecretaris van Volksgezondheid, Welzijn en Sport,\n"
                      "V.P.G. Karremans\n")
    assert [(s.name, s.role) for s in got] == [("V.P.G. Karremans",
                                                "Staatssecretaris van Volksgezondheid, Welzijn en Sport")]
    # a role without a name after it gives nobody
    assert signatories("De Minister van Onderwijs, Cultuur en Wetenschap, heeft het advies ontvangen.") == []


def test_indiener_line_names_the_signatory():
    # openkamer copy of Kamerstuk 34 300 VII, nr. 60
    raw = ("Indiener(s): Ronald Plasterk (minister binnenlandse zaken en koninkrijksrelaties) (PvdA)\n\n"
           "Nr. 60 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n")
    assert [(s.name, s.role) for s in signatories(raw)] == [
        ("Ronald Plasterk", "Minister van Binnenlandse Zaken en Koninkrijksrelaties")]


def test_advice_named_with_number_title_and_publication_date():
    raw = ("Hierbij bied ik u de kabinetsreactie aan op advies 122 van de Adviesraad \nInternationale Vraagstukken "
           "(AIV) gepubliceerd op 28 juni 2022, genaamd \n«Mensenrechten: Kernbelang in een geopolitiek "
           "krachtenveld». Het \nkabinet is erkentelijk.")
    adv = meta_of(raw).advice
    assert (adv.council_abbreviation, adv.number, adv.title, adv.published) == (
        "AIV", "122", "Mensenrechten: Kernbelang in een geopolitiek krachtenveld", "2022-06-28")


def test_a_report_numbered_and_titled_in_typed_quotes():
    # the genre's opening, its title between typed apostrophes as many letters print it; "auto's" quotes nothing
    raw = ("Hierbij bied ik u de kabinetsreactie aan op het rapport van de Wetenschappelijke Raad voor het "
           "Regeringsbeleid (WRR) 'Rechtvaardige toegang tot het recht' (rapport nr. 108). De WRR stelt dat "
           "auto's en fietsen niet het punt zijn.")
    adv = meta_of(raw).advice
    assert (adv.council_abbreviation, adv.number, adv.title) == ("WRR", "108", "Rechtvaardige toegang tot het recht")


def test_request_date_is_not_the_advice_date():
    # Kamerstuk 34 300 VII, nr. 60
    raw = ("In reactie op mijn adviesaanvraag van 9 april 2014 presenteerde de Raad voor het openbaar bestuur (Rob) "
           "op 17 juni 2014 zijn advies «Hoe hoort het eigenlijk? Passend contact tussen overheid en burger».")
    adv = meta_of(raw).advice
    assert adv.published == "2014-06-17"
    assert adv.title == "Hoe hoort het eigenlijk? Passend contact tussen overheid en burger"


def test_advice_dated_right_after_its_name():
    # Kamerstuk 32 735, nr. 354's opening, with the date put as letters also write it: right after the council's
    # name, or after the title, without a verb
    raw = ("Hierbij bied ik u de kabinetsreactie aan op advies 122 van de Adviesraad Internationale Vraagstukken "
           "(AIV) van 28 juni 2022, genaamd «Mensenrechten: Kernbelang in een geopolitiek krachtenveld».")
    assert meta_of(raw).advice.published == "2022-06-28"
    raw = ("Hierbij bied ik u de kabinetsreactie aan op het advies «Mensenrechten: Kernbelang in een geopolitiek "
           "krachtenveld» van de AIV d.d. 28 juni 2022.")
    assert meta_of(raw).advice.published == "2022-06-28"
    # a date that follows something else is not the advice's
    raw = ("Hierbij bied ik u de kabinetsreactie aan op het advies van de AIV en op uw brief van 3 maart 2023 "
           "over het mensenrechtenbeleid.")
    assert meta_of(raw).advice.published is None


@pytest.mark.parametrize("opening, council", [
    # GENRE: a minister's answer to an inspectorate's report, sent on with it: the inspectorate is the adviser
    ("Hierbij stuur ik u het rapport 'Na de poort' van de Inspectie Justitie en Veiligheid van 5 juli 2023.",
     "Inspectie Justitie en Veiligheid"),
    ("Hierbij bied ik u het rapport 'Zorg om de zorg' van de Inspectie Gezondheidszorg en Jeugd (IGJ) van 5 juli "
     "2023 aan.", "Inspectie Gezondheidszorg en Jeugd"),
    ("In deze brief reageer ik op het rapport 'Veilig vervoer' dat de ILT op 5 juli 2023 heeft gepubliceerd.",
     "Inspectie Leefomgeving en Transport"),
])
def test_an_inspectorates_report_is_the_advice(opening, council):
    advice = meta_of(opening).advice
    assert (advice.council, advice.published) == (council, "2023-07-05")


def test_a_report_of_no_council_named_deep_in_the_letter_is_a_reference_not_the_advice():
    # the Kamerbrief "Emissies door de luchtvaart" (IenW, 2022), section 1.2: a report whose take-up the letter
    # reports on, not advice it answers (the gold: advice null)
    reported = ("Op 1 oktober 2021 heeft de Kamer het RIVM-rapport ‘Verkenning haalbaarheid gezondheidsonderzoek "
                "werknemers Schiphol’ ontvangen. Hieronder wordt aangegeven hoe de sector de aanbevelingen uit dat "
                "rapport heeft opgepakt.")
    opening = "Geachte voorzitter,\n\nIn deze brief informeer ik uw Kamer over de emissies door de luchtvaart.\n\n"
    body = "\n\n".join(["Rond Schiphol wordt de luchtkwaliteit gemeten op vijf meetpunten in de omgeving."] * 40)
    r = meta_of(opening + body + "\n\n1.2 Blootstelling van platformmedewerkers\n\n" + reported)
    assert r.advice is None
    assert any(ref.title.startswith("Verkenning haalbaarheid") for ref in r.references)
    # named in the opening, as a letter names what it answers, the same report is the advice
    assert meta_of(opening + reported).advice.title.startswith("Verkenning haalbaarheid")


def test_ad_hoc_committee_is_the_council():
    # Kamerstuk 31 839, nr. 297
    raw = ("Op 7 maart 2013 (Kamerstuk 31 839, nr. 272) heb ik u het advies «Een stevig fundament, Evaluatie van "
           "het basistakenpakket jeugdgezondheidszorg» toegezonden. Hierin presenteert de commissie evaluatie "
           "basistakenpakket JGZ, onder voorzitterschap van de heer prof. dr. M. de Winter, haar advies.")
    r = meta_of(raw)
    assert r.advice.council == "commissie evaluatie basistakenpakket JGZ"
    assert r.advice.published is None  # "toegezonden" is when it was sent on, not published
    assert any(ref.title == "Kamerstuk 31839, nr. 272" for ref in r.references)


def test_reference_date_inferred_from_session_year_and_jl():
    raw = ("zoals in de beleidsbrief Buitenlandse Zaken d.d. 8 maart jl. aangekondigd.\n\n"
           "Tweede Kamer, vergaderjaar 2022–2023, 32 735, nr. 354 4\n")
    r = meta_of(raw)
    assert r.metadata.date is None
    assert r.metadata.year == 2022
    assert r.reference_date.isoformat() == "2022-09-20"
    assert any(ref.title == "beleidsbrief Buitenlandse Zaken" and ref.date == "2022-03-08" for ref in r.references)


def test_closing_with_two_signatories_in_capitals_names_without_titles():
    # the closing of the Kamerbrief "Water en Bodem sturend" (IenW, 25 November 2022)
    got = signatories("Nu en in de toekomst.\n\nHoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n\n"
                      "Mark Harbers\n\nDE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT, drs. V.L.W.A. Heijnen")
    assert [(s.name, s.role) for s in got] == [
        ("Mark Harbers", "Minister van Infrastructuur en Waterstaat"),
        ("V.L.W.A. Heijnen", "Staatssecretaris van Infrastructuur en Waterstaat")]


@pytest.mark.parametrize("closing, signed", [
    # GENRE: a role without its comma, or without its article, on a line of its own over the name
    ("Hoogachtend,\n\nMinister voor Klimaat en Energie\n\nR.A.A. Jetten",
     ("R.A.A. Jetten", "Minister voor Klimaat en Energie")),
    ("Met vriendelijke groet,\n\nDe minister van Financiën\n\nE. Heinen", ("E. Heinen", "Minister van Financiën")),
])
def test_a_role_on_its_own_line_without_its_comma(closing, signed):
    assert [(s.name, s.role) for s in signatories("Ik stuur u voor de zomer een brief.\n\n" + closing)] == [signed]


def test_the_minister_presidents_ministry_in_either_case():
    assert ministry_of("Minister-president, minister van Algemene Zaken") == "Ministerie van Algemene Zaken"


def test_the_minister_presidents_two_roles_over_two_lines_are_one_role_before_the_name():
    # the Minister-President signs a cabinet's reaction (a WRR report's, most of all) with both his roles, each on a
    # line of its own and each closed by a comma: the second is no name, and the name follows it
    got = signatories("Hoogachtend,\n\nDe minister-president,\nMinister van Algemene Zaken,\n\n\n\nMark Rutte")
    assert [(s.name, s.role) for s in got] == [("Mark Rutte", "Minister-president, Minister van Algemene Zaken")]
    # the same role in a Kamerstuk's heading is the same signatory's, not a second one
    got = signatories("BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN\n\nAan de Voorzitter van de "
                      "Tweede Kamer\n\nHierbij zend ik u de kabinetsreactie.\n\nDe minister-president,\n"
                      "Minister van Algemene Zaken,\n\nM. Rutte")
    assert [(s.name, s.role) for s in got] == [("M. Rutte", "Minister-president, Minister van Algemene Zaken")]
    # and the second role names the ministry
    assert ministry_of(got[0].role) == "Ministerie van Algemene Zaken"


def test_a_closing_in_lower_case_with_full_first_names_and_titles():
    # the closings of recent Kamerbrieven print the role in lower case ("de minister van …,"), the name with a
    # first name or with titles: the layout's formula, with the names of the ministers who signed so in 2022
    got = signatories("Hoogachtend,\n\nde minister van Onderwijs, Cultuur en Wetenschap,\n\nRobbert Dijkgraaf\n\n"
                      "de minister voor Primair en Voortgezet Onderwijs,\n\nDennis Wiersma")
    assert [(s.name, s.role) for s in got] == [
        ("Robbert Dijkgraaf", "Minister van Onderwijs, Cultuur en Wetenschap"),
        ("Dennis Wiersma", "Minister voor Primair en Voortgezet Onderwijs")]
    got = signatories("Met vriendelijke groet,\n\nDe minister van Sociale Zaken en Werkgelegenheid,\n\n"
                      "mr. drs. C.E.G. van Gennip")
    assert [(s.name, s.role) for s in got] == [("C.E.G. van Gennip", "Minister van Sociale Zaken en Werkgelegenheid")]


def test_a_minister_for_a_portfolio_serves_at_the_ministry_that_houses_it():
    # GENRE: a minister without a ministry of his own signs "De minister voor …": the ministry is the one that houses
    # the portfolio (the letterhead's, when the logo's text is no part of the PDF); the ministers of 2022 and 2023
    got = signatories("Hoogachtend,\n\nDe Minister voor Klimaat en Energie,\n\nR.A.A. Jetten")
    assert [(s.name, s.role) for s in got] == [("R.A.A. Jetten", "Minister voor Klimaat en Energie")]
    assert ministry_of(got[0].role) == "Ministerie van Economische Zaken en Klimaat"
    assert ministry_of("Minister voor Primair en Voortgezet Onderwijs") == \
        "Ministerie van Onderwijs, Cultuur en Wetenschap"
    assert ministry_of("Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking") == \
        "Ministerie van Buitenlandse Zaken"
    assert ministry_of("Minister voor Rechtsbescherming") == "Ministerie van Justitie en Veiligheid"
    assert ministry_of("Minister voor Sport en Spel") is None  # a portfolio not known: no ministry guessed
    # read into the letter's metadata when nothing else names the ministry
    md = read_metadata("Hierbij bied ik u de kabinetsreactie aan.\n\nHoogachtend,\n\nDe minister voor Natuur en "
                       "Stikstof,\n\nChristianne van der Wal-Zeggelink", [], {}, 0).metadata
    assert md.ministry == "Ministerie van Landbouw, Natuur en Voedselkwaliteit"


def test_a_minister_signing_on_behalf_of_another_is_the_only_signatory():
    # GENRE: "mede namens" names a minister on whose behalf the letter is also sent, who does not sign it (the
    # formula of joint letters, here with the names of the ministers of 2022)
    got = signatories("Hoogachtend,\n\nde minister van Onderwijs, Cultuur en Wetenschap,\n\nmede namens de minister "
                      "van Sociale Zaken en Werkgelegenheid,\n\nRobbert Dijkgraaf")
    assert [(s.name, s.role) for s in got] == [("Robbert Dijkgraaf", "Minister van Onderwijs, Cultuur en Wetenschap")]
    assert ministry_of(got[0].role) == "Ministerie van Onderwijs, Cultuur en Wetenschap"


@pytest.mark.parametrize("names", ["Mark Harbers          drs. V.L.W.A. Heijnen", "M. Harbers V.L.W.A. Heijnen"])
def test_two_signatures_side_by_side_on_one_line(names):
    # GENRE: a text copy of a letter signed by two beside each other: both roles on one line, both names on the next
    got = signatories("Hoogachtend,\n\nDe minister van Infrastructuur en Waterstaat,          De staatssecretaris "
                      f"van Infrastructuur en Waterstaat,\n\n{names}")
    assert [s.role for s in got] == ["Minister van Infrastructuur en Waterstaat",
                                     "Staatssecretaris van Infrastructuur en Waterstaat"]
    assert [s.name for s in got] == [names.split()[0] + " Harbers", "V.L.W.A. Heijnen"]


def test_a_state_secretarys_portfolio_is_no_part_of_the_ministry():
    # GENRE: state secretaries sign with their portfolio after a dash (IenW, Financiën in 2022)
    assert ministry_of("Staatssecretaris van Infrastructuur en Waterstaat - Openbaar Vervoer en Milieu") == (
        "Ministerie van Infrastructuur en Waterstaat")
    assert ministry_of("Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst") == "Ministerie van Financiën"


def test_names_with_letters_beyond_latin_1_and_no_closing_formula():
    # the genre's closing without "Hoogachtend," and a name of Latin Extended-A (the minister of Justice in 2023)
    got = signatories("Tot slot wil ik alle professionals bedanken voor hun inzet.\n\nDe minister van Justitie en "
                      "Veiligheid,\n\nD. Yeşilgöz-Zegerius")
    assert [(s.name, s.role) for s in got] == [("D. Yeşilgöz-Zegerius", "Minister van Justitie en Veiligheid")]
    # the role's lines parted by the reading of a signature set beside another are one role
    got = signatories("Hoogachtend,\n\nDe minister van Binnenlandse\n\nZaken en Koninkrijksrelaties,\n\nHugo de Jonge")
    assert [(s.name, s.role) for s in got] == [("Hugo de Jonge", "Minister van Binnenlandse Zaken en "
                                                                 "Koninkrijksrelaties")]


def test_the_full_title_and_a_heading_role_before_the_next_line():
    # GENRE: the subject names the report by its short title, the text by its full one; the heading's role ends
    # before the next line's "Aan de Voorzitter" (its capital is no part of the role)
    text = ("28 089 Stikstofproblematiek\n\nNr. 250 BRIEF VAN DE MINISTER VOOR NATUUR EN STIKSTOF\nAan de "
            "Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 14 april 2023\n\nBetreft "
            "Kabinetsreactie op het WRR-rapport 'Kiezen voor houdbare zorg'\n\nOp 15 september 2021 heeft de "
            "Wetenschappelijke Raad voor het Regeringsbeleid (WRR) het rapport 'Kiezen voor houdbare zorg. Mensen, "
            "middelen en maatschappelijk draagvlak' gepubliceerd. Hierbij stuur ik u de kabinetsreactie op dit "
            "rapport.")
    r = read_metadata(normalize([text]).text, [], {}, len(text))
    assert r.advice.title == "Kiezen voor houdbare zorg. Mensen, middelen en maatschappelijk draagvlak"
    assert r.advice.published == "2021-09-15"
    assert [(s.name, s.role) for s in r.metadata.signatories] == [(None, "Minister voor Natuur en Stikstof")]


def test_the_onderzoeksraad_and_other_bodies_whose_recommendations_the_cabinet_answers():
    # GENRE: the OVV's reports end in recommendations the cabinet answers as it answers a council's advice
    text = ("Op 16 februari 2022 heeft de Onderzoeksraad voor Veiligheid (OVV) het rapport ‘Aanpak coronacrisis – "
            "Deel 1’ gepubliceerd. Hierbij ontvangt u de kabinetsreactie.")
    r = read_metadata(normalize([text]).text, [], {}, len(text))
    assert (r.advice.council_abbreviation, r.advice.title, r.advice.published) == (
        "OVV", "Aanpak coronacrisis – Deel 1", "2022-02-16")


def test_ministry_letter_metadata_from_its_pdf(corpus):
    from opvolging.extract import extract_path

    md = extract_path(corpus / "nl-letters" / "Kamerbrief_emissie_luchtvaart.pdf").metadata
    assert (md.date, md.reference, md.subject, md.ministry) == (
        "2022-12-22", "IENW/BSK-2022/268034", "Emissies door de luchtvaart",
        "Ministerie van Infrastructuur en Waterstaat")
    assert [(s.name, s.role) for s in md.signatories] == [("Mark Harbers", "Minister van Infrastructuur en Waterstaat")]


def test_the_ministry_follows_from_the_signatory_without_a_letterhead(founding):
    assert founding.metadata.ministry == "Ministerie van Buitenlandse Zaken"


@pytest.mark.parametrize("sentence, council, title, published", [  # GENRE: the advice published, in the past tense
    ("Op 15 juni 2023 verscheen het rapport 'Waterveiligheid' van de Onderzoeksraad voor Veiligheid.",
     "Onderzoeksraad voor Veiligheid", "Waterveiligheid", "2023-06-15"),
    ("Op 3 april 2023 overhandigde de Raad voor Cultuur het advies 'Cultuur dichtbij' aan de minister.",
     "Raad voor Cultuur", "Cultuur dichtbij", "2023-04-03"),
    # the kinds advice comes as ("eindrapport", "voorlichting"), and the day it was received
    ("Het Adviescollege Stikstofproblematiek heeft op 3 mei 2023 zijn eindrapport 'Niet alles kan overal' "
     "gepubliceerd.", "Adviescollege Stikstofproblematiek", "Niet alles kan overal", "2023-05-03"),
    ("Op 12 januari 2024 ontving ik het advies 'Ongelijk verdeeld' van de Sociaal-Economische Raad.",
     "Sociaal-Economische Raad", "Ongelijk verdeeld", "2024-01-12"),
    ("De Raad van State heeft op 1 februari 2024 een voorlichting uitgebracht over de rol van het parlement.",
     "Raad van State", None, "2024-02-01"),
])
def test_the_advice_published_in_the_simple_past(sentence, council, title, published):
    text = normalize([sentence]).text
    advice = read_metadata(text, [], {}, len(text)).advice
    assert (advice.council, advice.title, advice.published) == (council, title, published)


def test_an_official_signing_on_the_ministers_behalf():
    # GENRE: "namens deze" (or "voor deze"): the letter is the minister's (its "ik", its ministry), an official signs
    # it; the minister's title had gone to the official's name
    got = signatories("Hoogachtend,\n\nDe Minister van Economische Zaken en Klimaat,\nnamens deze,\nde "
                      "directeur-generaal Klimaat en Energie,\n\ndrs. J.A. Jansen")
    assert [(s.name, s.role) for s in got] == [(None, "Minister van Economische Zaken en Klimaat"),
                                               ("J.A. Jansen", "Directeur-generaal Klimaat en Energie")]
    got = signatories("De Staatssecretaris van Justitie en Veiligheid,\nvoor deze,\nhet hoofd van de afdeling "
                      "Wetgeving,\n\nmr. P. de Vries")
    assert [(s.name, s.role) for s in got] == [(None, "Staatssecretaris van Justitie en Veiligheid"),
                                               ("P. de Vries", "Hoofd van de afdeling Wetgeving")]


@pytest.mark.parametrize("closing", ["Hoogachtend,\n\nDe Minister van Financiën,\n\nw.g.\n\nE. Heinen",
                                     "De Minister van Financiën,\nw.g. E. Heinen"])
def test_a_copy_that_says_it_was_signed(closing):
    # GENRE: "w.g." ("was getekend") in place of the signature, on its own line or before the name
    assert [(s.name, s.role) for s in signatories(closing)] == [("E. Heinen", "Minister van Financiën")]


@pytest.mark.parametrize("subject, council, title", [
    # GENRE: the answer's subject names the advice by its council, then its title unquoted
    ("Kabinetsreactie op het AIV-advies Europese veiligheid: tijd voor nieuwe stappen", "AIV",
     "Europese veiligheid: tijd voor nieuwe stappen"),
    ("Reactie op het WRR-rapport Kiezen voor houdbare zorg", "WRR", "Kiezen voor houdbare zorg"),
    ("Kabinetsreactie op advies Rli Geef richting, maak ruimte!", "Rli", "Geef richting, maak ruimte!"),
    ("Kabinetsreactie SER-advies Hoger onderwijs van 12 maart 2024", "SER", "Hoger onderwijs"),
    # no title after the council: none made up
    ("Kabinetsreactie op het advies van de Raad van State over de Wet X", "RvS", None),
])
def test_an_unquoted_title_after_the_council_in_the_subject(subject, council, title):
    text = (f"Datum 7 mei 2024\nBetreft {subject}\n\nGeachte voorzitter,\n\nHierbij ontvangt u de kabinetsreactie."
            "\n\nDe Minister van Buitenlandse Zaken,\n\nH. Bruins Slot")
    advice = read_metadata(text, [], {}, len(text)).advice
    assert (advice.council_abbreviation, advice.title) == (council, title)
