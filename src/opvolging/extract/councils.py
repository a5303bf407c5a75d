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
    Council("Human Rights Council", "HRC", ("Working Group on the Universal Periodic Review",)),
)

_INDEX: list[tuple[re.Pattern[str], Council]] = []
for _c in COUNCILS:
    for _n in (_c.name, *_c.aliases):
        _INDEX.append((re.compile(r"\b" + re.escape(_n) + r"\b", re.I), _c))
    if _c.abbreviation:
        _INDEX.append((re.compile(r"\b" + re.escape(_c.abbreviation) + r"\b"), _c))
        if _c.abbreviation.upper() != _c.abbreviation:
            _INDEX.append((re.compile(r"\b" + re.escape(_c.abbreviation.upper()) + r"\b"), _c))


def find_council(text: str) -> tuple[Council, int] | None:
    """The council named first in `text`, and where; None when no known council is named."""
    best: tuple[Council, int] | None = None
    for rx, council in _INDEX:
        m = rx.search(text)
        if m and (best is None or m.start() < best[1]):
            best = (council, m.start())
    return best
