"""Files in the shapes of the Tweede Kamer's open data, built from what the register is known to hold: OData v4
JSON pages (`@odata.nextLink`) and SyncFeed XML (Atom, continued by a `skiptoken`, a deleted entity marked
`verwijderd="true"` with no body)."""

from __future__ import annotations

import json
import zlib

ODATA = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Toezegging"


def entity(nummer: str, tekst: str, status: str = "Openstaand", **fields) -> dict:
    base = {
        "Id": f"00000000-0000-0000-0000-{zlib.crc32(nummer.encode()):012d}", "Nummer": nummer, "Tekst": tekst,
        "Status": status, "Ministerie": "Ministerie van Financiën", "Titulatuur": None, "Initialen": "E.",
        "Voornaam": "Eelco", "Tussenvoegsel": None, "Achternaam": "Heinen", "Functie": "minister van Financiën",
        "DatumNakoming": "2025-06-30T00:00:00+02:00", "Aanmaakdatum": "2024-12-12T10:31:00+01:00",
        "ActiviteitNummer": "2024A07123", "KamerbriefNakoming": None,
        "ToegezegdAan": [{"Voornaam": "Tom", "Achternaam": "van der Lee"}, {"Afkorting": "GL-PvdA"}],
        "IsHerhalingVan": [], "IsWijzigingVan": [], "IsAanvullingOp": [], "Verwijderd": False,
    }
    base.update(fields)
    return base


FIRST = [
    entity("TZ202412-116", "De minister zal de Kamer voor de zomer van 2025 informeren over de uitvoering van de "
                           "motie over box 3."),
    entity("TZ202412-117", "De minister stuurt de Kamer een brief over de herziening van de toeslagen.",
           status="Voldaan", DatumNakoming="2025-03-01", KamerbriefNakoming="kst-32735-354; 31066-1400"),
    entity("TZ202501-004", "De minister zal de Kamer voor de zomer van 2025 informeren over de uitvoering van de "
                           "motie over box 3.", IsHerhalingVan=[{"Nummer": "TZ202412-116"}],
           Aanmaakdatum="2025-01-20T14:00:00+01:00"),
]
SECOND = [
    entity("TZ202502-031", "De minister zal de Kamer in het najaar een evaluatie sturen.", status="Deels voldaan",
           IsWijzigingVan=["TZ202412-117"], DatumNakoming=None),
    entity("TZ202502-032", "De staatssecretaris komt terug op de vraag over de kinderopvangtoeslag.",
           status="In afwachting van de Kamer", Functie="staatssecretaris van Financiën"),
]


def odata_page(entities: list[dict], next_link: str | None = None) -> bytes:
    page = {"@odata.context": f"{ODATA}/$metadata#Toezegging", "value": entities}
    if next_link:
        page["@odata.nextLink"] = next_link
    return json.dumps(page, ensure_ascii=False).encode()


SYNCFEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Toezegging</title>
  <id>https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed?category=Toezegging</id>
  <updated>2025-02-10T09:00:00Z</updated>
  <link rel="self" href="https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed?category=Toezegging"/>
  <link rel="next" href="https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed?category=Toezegging&amp;skiptoken=18211462"/>
  <entry>
    <title>a1b2c3d4-0000-0000-0000-000000000001</title>
    <id>https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Entiteiten/a1b2c3d4-0000-0000-0000-000000000001</id>
    <updated>2025-02-10T08:59:00Z</updated>
    <category term="Toezegging"/>
    <content type="application/xml">
      <toezegging xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0"
                  xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0"
                  id="a1b2c3d4-0000-0000-0000-000000000001" tk:bijgewerkt="2025-02-10T08:59:00Z"
                  tk:verwijderd="false">
        <nummer>TZ202502-040</nummer>
        <tekst>De minister informeert de Kamer voor 1 april over de stand van zaken van de pilot.</tekst>
        <status>Openstaand</status>
        <ministerie>Ministerie van Justitie en Veiligheid</ministerie>
        <voornaam>David</voornaam>
        <achternaam>van Weel</achternaam>
        <functie>minister van Justitie en Veiligheid</functie>
        <datumNakoming>2025-04-01</datumNakoming>
        <aanmaakdatum>2025-02-06T16:12:00+01:00</aanmaakdatum>
        <activiteitNummer>2025A00777</activiteitNummer>
        <toegezegdAan>Ulysse Ellian</toegezegdAan>
        <toegezegdAan>VVD</toegezegdAan>
      </toezegging>
    </content>
  </entry>
  <entry>
    <title>a1b2c3d4-0000-0000-0000-000000000002</title>
    <id>https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Entiteiten/a1b2c3d4-0000-0000-0000-000000000002</id>
    <updated>2025-02-10T08:59:30Z</updated>
    <category term="Toezegging"/>
    <content type="application/xml">
      <toezegging xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0"
                  xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0"
                  id="a1b2c3d4-0000-0000-0000-000000000002" tk:bijgewerkt="2025-02-10T08:59:30Z"
                  tk:verwijderd="true"/>
    </content>
  </entry>
</feed>
"""
