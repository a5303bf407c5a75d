"""Kamerstuk XML in both dialects, built from what the two formats are known to hold.

- `officiele-publicatie` (2010 on): `metadata/meta` name–content pairs, then `kamerstuk` with
  `kamerstukkop/tekstregel` (the session year), `dossier/dossiernummer/dossiernr`, nested `divisie/kop` and flat
  `tussenkop` headings, paragraphs `al`, lists, tables and a signature block.
- `kamerwrk` (1995–2009): flat `tuskop` headings.
"""

from __future__ import annotations

from opvolging.extract import extract_path
from opvolging.sources import load

OFFICIELE_PUBLICATIE = """<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata>
    <meta name="OVERHEIDop.dossiernummer" content="36123"/>
    <meta name="OVERHEIDop.ondernummer" content="7"/>
    <meta name="DC.type" content="Kamerstuk"/>
    <meta name="OVERHEIDop.datumOndertekening" content="2023-03-14"/>
  </metadata>
  <kamerstuk>
    <kamerstukkop>
      <tekstregel>Tweede Kamer der Staten-Generaal</tekstregel>
      <tekstregel>Vergaderjaar 2022–2023</tekstregel>
    </kamerstukkop>
    <dossier><dossiernummer><dossiernr>36 123</dossiernr></dossiernummer><titel>Digitale overheid</titel></dossier>
    <stuk>
      <stuknr><ondernummer>Nr. 7</ondernummer></stuknr>
      <titel>BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES</titel>
      <algemeen><voorzitter>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</voorzitter>
        <plaatsdatum>Den Haag, 14 maart 2023</plaatsdatum></algemeen>
      <al>Hierbij bied ik u de kabinetsreactie aan op het advies «Digitaal bestuur» van de Raad voor het
        Openbaar Bestuur (ROB), gepubliceerd op 1 december 2022.</al>
      <divisie>
        <kop><nr>1</nr><titel>Aanbeveling 1 – Maak digitale dienstverlening toegankelijk voor iedereen.</titel></kop>
        <al>Het kabinet neemt deze aanbeveling over en zal <nadruk>voor de zomer</nadruk> een actieplan
          aan de Kamer sturen.</al>
        <onbekend-element><al>Dit element kent de lezer niet.</al></onbekend-element>
      </divisie>
      <tussenkop>Aanbeveling 2 – Schaf papieren formulieren niet af.</tussenkop>
      <al>Dit gebeurt reeds: papieren formulieren blijven bestaan.</al>
      <lijst><li><li.nr>a.</li.nr><al>gemeenten behouden een loket;</al></li></lijst>
      <tabel><tgroup><tbody><row><entry>Jaar</entry><entry>Loketten</entry></row></tbody></tgroup></tabel>
      <ondertekening><functie>De Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,</functie>
        <naam><voornaam>A.C.</voornaam><achternaam>van Huffelen</achternaam></naam></ondertekening>
    </stuk>
  </kamerstuk>
</officiele-publicatie>
"""

KAMERWRK = """<?xml version="1.0" encoding="ISO-8859-1"?>
<kamerwrk>
  <kamerstuk>
    <dossier><dossiernr>29 362</dossiernr><titel>Modernisering van de overheid</titel></dossier>
    <stuk><nr>145</nr><titel>BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES</titel>
      <vergaderjaar>2008-2009</vergaderjaar>
      <al>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</al>
      <al>Den Haag, 25 augustus 2009</al>
      <al>Hierbij ontvangt u het kabinetsstandpunt op het advies «Vertrouwen in de burger» van de
        Wetenschappelijke Raad voor het Regeringsbeleid (WRR).</al>
      <tuskop>Aanbeveling 1: Geef burgers meer ruimte.</tuskop>
      <al>Het kabinet deelt de analyse van de WRR en zal in 2010 een wetsvoorstel indienen.</al>
      <tuskop>Aanbeveling 2: Schaf de Wgr af.</tuskop>
      <al>Het kabinet neemt deze aanbeveling niet over.</al>
      <ondertek><al>De Minister van Binnenlandse Zaken en Koninkrijksrelaties,</al><al>G. ter Horst</al></ondertek>
    </stuk>
  </kamerstuk>
</kamerwrk>
"""


def test_officiele_publicatie(tmp_path):
    p = tmp_path / "kst-36123-7.xml"
    p.write_text(OFFICIELE_PUBLICATIE, encoding="utf-8")
    doc = load(p)
    assert "Dit element kent de lezer niet." in doc.raw_text  # unknown elements are walked into
    assert "a. gemeenten behouden een loket;" in doc.raw_text
    assert "Jaar | Loketten" in doc.raw_text
    ex = extract_path(p)
    md = ex.metadata
    assert (md.dossier, md.number, md.identifier, md.session_year, md.date, md.chamber) == (
        "36123", "7", "kst-36123-7", "2022-2023", "2023-03-14", "Tweede Kamer")
    assert ("A.C. van Huffelen", "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties") in [
        (s.name, s.role) for s in md.signatories]
    assert ex.advice.council_abbreviation == "Rob" and ex.advice.title == "Digitaal bestuur"
    assert [(r.label, r.stance) for r in ex.recommendations] == [("1", "adopted"), ("2", "already_implemented")]
    assert any(c.due == "2023-06-21" for c in ex.commitments)  # "voor de zomer": by the day summer begins


def test_kamerwrk(tmp_path):
    p = tmp_path / "kst-29362-145.xml"
    p.write_bytes(KAMERWRK.encode("iso-8859-1"))
    ex = extract_path(p)
    md = ex.metadata
    assert (md.dossier, md.number, md.session_year, md.date) == ("29362", "145", "2008-2009", "2009-08-25")
    assert ("G. ter Horst", "Minister van Binnenlandse Zaken en Koninkrijksrelaties") in [
        (s.name, s.role) for s in md.signatories]
    assert ex.advice.council_abbreviation == "WRR"
    assert [(r.label, r.text, r.stance) for r in ex.recommendations] == [
        ("1", "Geef burgers meer ruimte.", "adopted"), ("2", "Schaf de Wgr af.", "rejected")]
    assert any(c.due == "2010-12-31" for c in ex.commitments)
