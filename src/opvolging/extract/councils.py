"""Advisory councils that governments answer: name, abbreviation, and the other ways letters write them."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Council:
    name: str
    abbreviation: str | None
    aliases: tuple[str, ...] = ()


COUNCILS: tuple[Council, ...] = (
    Council("Adviesraad Internationale Vraagstukken", "AIV"),
    Council("Commissie van advies inzake volkenrechtelijke vraagstukken", "CAVV"),
    Council("Raad voor het Openbaar Bestuur", "Rob", ("ROB",)),
    Council("Wetenschappelijke Raad voor het Regeringsbeleid", "WRR"),
    Council("Raad van State", "RvS", ("Afdeling advisering van de Raad van State",)),
    Council("Sociaal-Economische Raad", "SER", ("Sociaal-Economische Raad",)),
    Council("Raad voor de leefomgeving en infrastructuur", "Rli", ("RLI",)),
    Council("Raad voor Volksgezondheid en Samenleving", "RVS", ("Raad voor Volksgezondheid & Samenleving",)),
    Council("Adviesraad voor wetenschap, technologie en innovatie", "AWTI"),
    Council("Onderwijsraad", None),
    Council("Gezondheidsraad", None),
    Council("Raad voor Cultuur", None),
    Council("Adviesraad Migratie", "ACVZ", ("Adviescommissie voor Vreemdelingenzaken",)),
    Council("Raad voor de financiële verhoudingen", "Rfv", ("RFV",)),
    Council("Raad voor de rechtspraak", "Rvdr"),
    Council("Raad voor Strafrechtstoepassing en Jeugdbescherming", "RSJ"),
    Council("Kiesraad", None),
    Council("College voor de Rechten van de Mens", "CRM"),
    Council("Algemene Rekenkamer", None),
    Council("Nationale ombudsman", None),
    Council("Adviescollege toetsing regeldruk", "ATR"),
    Council("Raad voor het Landelijk Gebied", "RLG"),
    # bodies whose reports end in recommendations the cabinet answers in the same way
    Council("Onderzoeksraad voor Veiligheid", "OVV"),
    Council("Kinderombudsman", None, ("Kinderombudsvrouw",)),
    Council("Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen", None, ("Nationaal Rapporteur",)),
    Council("Adviescollege Stikstofproblematiek", None),
    # the state inspectorates, whose reports end in recommendations to a minister, answered point by point
    Council("Inspectie Justitie en Veiligheid", None, ("Inspectie JenV", "Inspectie Justitie & Veiligheid")),
    Council("Inspectie van het Onderwijs", None, ("Onderwijsinspectie",)),
    Council("Inspectie Gezondheidszorg en Jeugd", "IGJ"),
    Council("Inspectie Leefomgeving en Transport", "ILT"),
    Council("Nederlandse Arbeidsinspectie", None, ("Inspectie SZW", "Arbeidsinspectie")),
    Council("Staatstoezicht op de Mijnen", "SodM"),
    Council("Adviescollege ICT-toetsing", "AcICT"),
    Council("Raad voor Dierenaangelegenheden", "RDA"),
    Council("Human Rights Council", "HRC", ("Working Group on the Universal Periodic Review",)),
)

_BY_NAME: dict[str, Council] = {}
_BY_ABBREVIATION: dict[str, Council] = {}
for _c in COUNCILS:
    for _n in (_c.name, *_c.aliases):
        _BY_NAME[_n.lower()] = _c
    if _c.abbreviation:
        _BY_ABBREVIATION[_c.abbreviation] = _c
        _BY_ABBREVIATION[_c.abbreviation.upper()] = _c
# One search for all: names in any case, abbreviations as printed; the longest first where two start together.
_ANY = re.compile(r"\b(?:" + "|".join(
    sorted([f"(?i:{re.escape(n)})" for n in _BY_NAME] + [re.escape(a) for a in _BY_ABBREVIATION],
           key=len, reverse=True)) + r")\b")


def find_council(text: str) -> tuple[Council, int] | None:
    """The council named first in `text`, and where; None when no known council is named."""
    m = _ANY.search(text)
    if m is None:
        return None
    found = m.group(0)
    council = _BY_ABBREVIATION.get(found) or _BY_NAME[found.lower()]
    return council, m.start()


def mention_end(text: str, at: int) -> int | None:
    """Where the council's name (or abbreviation) that `find_council` found at `at` ends; None if none is there."""
    m = _ANY.match(text, at)
    return m.end() if m else None
