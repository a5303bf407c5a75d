"""A ministry letter of another ministry than the dev corpus's (IenW), set as a PDF in the rijksoverheid layout
(`tests.pdfs.ministry_letter_pdf`): the letterhead, the advice answered, each recommendation's stance and the
promises, read from the PDF's glyphs. The words are the genre's (a cabinet's answer to a Gezondheidsraad advice),
written for this test."""

from opvolging.extract.pipeline import extract
from opvolging.sources import load_bytes
from tests.pdfs import ministry_letter_pdf

PARAGRAPHS = [
    "Geachte voorzitter,",
    "Op 12 december 2022 heeft de Gezondheidsraad het advies 'Valpreventie bij ouderen' uitgebracht. Met deze "
    "brief stuur ik u mijn reactie op dit advies.",
    "Aanbeveling 1: Bied alle thuiswonende ouderen met een verhoogd valrisico een bewezen effectieve "
    "valpreventie-interventie aan.",
    "Ik onderschrijf deze aanbeveling. Ik ga met zorgverzekeraars en gemeenten in gesprek over de financiering van "
    "valpreventie. Voor de zomer van 2023 informeer ik uw Kamer over de uitkomsten van deze gesprekken.",
    "Aanbeveling 2: Zorg voor een landelijke monitor van valincidenten.",
    "Ik neem deze aanbeveling over. Het RIVM zal in 2024 een monitor ontwikkelen. Ik stel hiervoor € 1,5 miljoen "
    "beschikbaar.",
    "Aanbeveling 3: Neem valpreventie op in de opleidingen van zorgprofessionals.",
    "Ik deel de analyse van de Gezondheidsraad, maar de inhoud van opleidingen is een verantwoordelijkheid van de "
    "onderwijsinstellingen. Ik zie daarom geen aanleiding om dit wettelijk te regelen.",
    "Hoogachtend,",
    "de minister voor Langdurige Zorg, Jeugd en Sport,",
    "Conny Helder",
]


def test_a_vws_letter_as_a_pdf():
    data = ministry_letter_pdf(["Ministerie van Volksgezondheid,", "Welzijn en Sport"], "3456789-1040123-PG",
                               "14 maart 2023", "Kabinetsreactie op het advies van de Gezondheidsraad over "
                               "valpreventie bij ouderen", PARAGRAPHS)
    ex = extract(load_bytes(data, "pdf", "valpreventie.pdf"))
    md = ex.metadata
    assert (md.date, md.reference, md.ministry) == ("2023-03-14", "3456789-1040123-PG",
                                                    "Ministerie van Volksgezondheid, Welzijn en Sport")
    assert md.subject == "Kabinetsreactie op het advies van de Gezondheidsraad over valpreventie bij ouderen"
    assert [(s.name, s.role) for s in md.signatories] == [("Conny Helder",
                                                           "Minister voor Langdurige Zorg, Jeugd en Sport")]
    assert (ex.advice.council, ex.advice.title, ex.advice.published) == (
        "Gezondheidsraad", "Valpreventie bij ouderen", "2022-12-12")
    assert [(r.label, r.stance) for r in ex.recommendations] == [
        ("1", "adopted"), ("2", "adopted"), ("3", "partially_adopted")]
    promised = {c.action: (c.due, c.recommendations) for c in ex.commitments}
    assert promised["Voor de zomer van 2023 informeer ik uw Kamer over de uitkomsten van deze gesprekken."] == (
        "2023-06-21", ["1"])
    assert any(a.startswith("Ik stel hiervoor € 1,5 miljoen beschikbaar") for a in promised)
    assert not any("RIVM" in a for a in promised)  # a state agency's plan: for review
    assert any("RIVM" in c.action for c in ex.possible_commitments)


def test_a_letter_signed_by_two_side_by_side_over_two_pages():
    # a minister and a state secretary sign beside each other, as the rijksoverheid layout sets two signatures; the
    # reference, a number, stands under its label in the sidebar of every page
    paragraphs = PARAGRAPHS[:-2] * 2  # long enough for a second page
    data = ministry_letter_pdf(["Ministerie van Binnenlandse", "Zaken en Koninkrijksrelaties"], "2023-0000612345",
                               "9 november 2023", "Kabinetsreactie op het advies over valpreventie", paragraphs,
                               signed_beside=[("De minister van Binnenlandse Zaken en Koninkrijksrelaties,",
                                               "Hugo de Jonge"),
                                              ("De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,",
                                               "mr. drs. A.C. van Huffelen")],
                               subject_label="Onderwerp")
    doc = load_bytes(data, "pdf", "two.pdf")
    assert len(doc.pages) >= 2
    md = extract(doc).metadata
    assert [(s.name, s.role) for s in md.signatories] == [
        ("Hugo de Jonge", "Minister van Binnenlandse Zaken en Koninkrijksrelaties"),
        ("A.C. van Huffelen", "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties")]
    assert (md.reference, md.subject, md.date) == ("2023-0000612345", "Kabinetsreactie op het advies over "
                                                   "valpreventie", "2023-11-09")
