"""The Dutch ministries, as letters name and abbreviate them: "Ministerie van Infrastructuur en Waterstaat",
"IenW", "het ministerie van IenW". Past names are kept, since old letters use them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Ministry:
    name: str  # "Infrastructuur en Waterstaat": what follows "Ministerie van" / "Minister van"
    abbreviations: tuple[str, ...] = ()


MINISTRIES: tuple[Ministry, ...] = (
    Ministry("Algemene Zaken", ("AZ",)),
    Ministry("Asiel en Migratie", ("AenM",)),
    Ministry("Binnenlandse Zaken en Koninkrijksrelaties", ("BZK",)),
    Ministry("Buitenlandse Zaken", ("BZ", "BuZa")),
    Ministry("Defensie", ("Def",)),
    Ministry("Economische Zaken en Klimaat", ("EZK",)),
    Ministry("Economische Zaken", ("EZ",)),
    Ministry("Economische Zaken, Landbouw en Innovatie", ("EL&I", "ELI")),
    Ministry("Financiën", ("Fin",)),
    Ministry("Infrastructuur en Waterstaat", ("IenW", "I&W")),
    Ministry("Infrastructuur en Milieu", ("IenM", "I&M")),
    Ministry("Justitie en Veiligheid", ("JenV", "J&V")),
    Ministry("Veiligheid en Justitie", ("VenJ", "V&J")),
    Ministry("Justitie", ()),
    Ministry("Klimaat en Groene Groei", ("KGG",)),
    Ministry("Landbouw, Natuur en Voedselkwaliteit", ("LNV",)),
    Ministry("Landbouw, Visserij, Voedselzekerheid en Natuur", ("LVVN",)),
    Ministry("Onderwijs, Cultuur en Wetenschap", ("OCW",)),
    Ministry("Sociale Zaken en Werkgelegenheid", ("SZW",)),
    Ministry("Volksgezondheid, Welzijn en Sport", ("VWS",)),
    Ministry("Volkshuisvesting en Ruimtelijke Ordening", ("VRO",)),
    Ministry("Verkeer en Waterstaat", ("VenW", "V&W")),
    Ministry("Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer", ("VROM",)),
)

# a minister "voor" a portfolio has no ministry of his own and serves at the one that houses it: "Minister voor Klimaat
# en Energie" at Economische Zaken en Klimaat. As the cabinets housed them (Kok II to Schoof); a portfolio not here
# has no ministry read from its title.
HOSTS: dict[str, str] = {
    "Ontwikkelingssamenwerking": "Buitenlandse Zaken",
    "Buitenlandse Handel en Ontwikkelingssamenwerking": "Buitenlandse Zaken",
    "Buitenlandse Handel en Ontwikkelingshulp": "Buitenlandse Zaken",
    "Klimaat en Energie": "Economische Zaken en Klimaat",
    "Natuur en Stikstof": "Landbouw, Natuur en Voedselkwaliteit",
    "Volkshuisvesting en Ruimtelijke Ordening": "Binnenlandse Zaken en Koninkrijksrelaties",
    "Wonen en Rijksdienst": "Binnenlandse Zaken en Koninkrijksrelaties",
    "Bestuurlijke Vernieuwing en Koninkrijksrelaties": "Binnenlandse Zaken en Koninkrijksrelaties",
    "Grote Steden- en Integratiebeleid": "Binnenlandse Zaken en Koninkrijksrelaties",
    "Wonen, Wijken en Integratie": "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",
    "Primair en Voortgezet Onderwijs": "Onderwijs, Cultuur en Wetenschap",
    "Basis- en Voortgezet Onderwijs en Media": "Onderwijs, Cultuur en Wetenschap",
    "Medische Zorg": "Volksgezondheid, Welzijn en Sport",
    "Medische Zorg en Sport": "Volksgezondheid, Welzijn en Sport",
    "Langdurige Zorg en Sport": "Volksgezondheid, Welzijn en Sport",
    "Jeugd en Gezin": "Volksgezondheid, Welzijn en Sport",
    "Armoedebeleid, Participatie en Pensioenen": "Sociale Zaken en Werkgelegenheid",
    "Rechtsbescherming": "Justitie en Veiligheid",
    "Vreemdelingenzaken en Integratie": "Justitie",
}
_HOSTS = {k.lower(): v for k, v in HOSTS.items()}

NAMES = tuple(m.name for m in MINISTRIES)
ABBREVIATIONS = {a: m for m in MINISTRIES for a in m.abbreviations}
# an abbreviation as a word of its own ("IenW laat …", "BZK en IenW onderzoeken"); case as printed
ABBREVIATION = re.compile(r"(?<![\w&])(?:" + "|".join(
    re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True) if len(a) >= 3) + r")(?![\w&])")


def is_ministry_prefix(words: str) -> bool:
    """True when `words` ("Infrastructuur en") begin the name of a known ministry."""
    low = words.lower().strip()
    return any(n.lower().startswith(low) for n in NAMES)


def known_name(words: str) -> str | None:
    """The known ministry `words` name in full ("infrastructuur en waterstaat" → "Infrastructuur en Waterstaat"),
    or None."""
    low = " ".join(words.split()).lower().strip(" ,")
    return next((n for n in NAMES if n.lower() == low), None)


def host_of(portfolio: str) -> str | None:
    """The ministry a minister "voor" `portfolio` serves at ("Klimaat en Energie" → "Economische Zaken en Klimaat"),
    or None for a portfolio not known."""
    return _HOSTS.get(" ".join(portfolio.split()).lower().strip(" ,"))
