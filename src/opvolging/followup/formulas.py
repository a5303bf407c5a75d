"""The formulas by which a later document says that it keeps a promise, in Dutch and English ministry letters.

A minister answers a toezegging in a letter that says so: "Met deze brief kom ik mijn toezegging na", "Hiermee
geef ik invulling aan de toezegging …", "zoals toegezegd", "Hierbij bied ik u de beleidsbrief … aan". Each formula
says what it means for the promise: kept (fulfilled) or under way (in progress).
"""

from __future__ import annotations

import re

# (pattern, status it points to, the reason in words)
FORMULAS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(p, re.I), status, reason) for p, status, reason in [
        (r"\b(?:kom|komt|komen)\s+(?:ik|wij|we|het\s+kabinet)?\s*(?:hiermee\s+|hierbij\s+|daarmee\s+)?"
         r"(?:mijn|onze|de|deze|die|zijn|haar)\s+toezegging(?:en)?\b[^.]{0,160}?\bna\b", "fulfilled",
         "says it keeps the promise (\"kom ik de toezegging na\")"),
        (r"\btoezegging(?:en)?\b[^.]{0,120}?\b(?:is|zijn|wordt|worden)\s+(?:hiermee\s+|daarmee\s+)?"
         r"(?:nagekomen|afgedaan|gestand\s+gedaan|uitgevoerd)\b", "fulfilled",
         "says the promise is kept (\"de toezegging is nagekomen\")"),
        (r"\b(?:geef|geven|geeft)\s+(?:ik|wij|we|het\s+kabinet)?\s*(?:hiermee\s+|hierbij\s+|met\s+deze\s+brief\s+)?"
         r"(?:invulling|uitvoering|gevolg)\s+aan\s+(?:de|mijn|onze|deze)\s+(?:toezegging|motie|aanbeveling|verzoek)",
         "fulfilled", "says it carries out the promise (\"geef ik invulling aan de toezegging\")"),
        (r"\b(?:doe|doen|doet)\s+(?:ik|wij|we|het\s+kabinet)?\s*(?:hiermee\s+)?(?:mijn|onze|de)\s+toezegging\s+"
         r"gestand\b", "fulfilled", "says it keeps the promise (\"doe ik mijn toezegging gestand\")"),
        (r"\b(?:hiermee|hierbij|daarmee|met\s+deze\s+brief)\s+(?:wordt|is)\s+(?:voldaan|tegemoetgekomen)\s+aan\b",
         "fulfilled", "says it meets what was asked (\"hiermee wordt voldaan aan\")"),
        (r"\b(?:kom|komt|komen)\s+(?:ik|wij|we|het\s+kabinet)?\s*(?:hiermee\s+|hierbij\s+)?tegemoet\s+aan\b",
         "fulfilled", "says it meets what was asked (\"hiermee kom ik tegemoet aan\")"),
        (r"\bzoals\s+(?:ik\s+|wij\s+|we\s+|het\s+kabinet\s+)?(?:heb\s+|hebben\s+|heeft\s+)?(?:eerder\s+|reeds\s+)?"
         r"toegezegd\b|\bconform\s+(?:mijn|onze|de)\s+toezegging\b|\bter\s+uitvoering\s+van\s+de\s+toezegging\b|"
         r"\b(?:heb|hebben|heeft)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:uw\s+kamer\s+|u\s+)?toegezegd\b",
         "fulfilled", "refers to what was promised (\"zoals toegezegd\", \"heb ik toegezegd\")"),
        (r"\b(?:bied|bieden|biedt|stuur|sturen|stuurt|zend|zenden|zendt)\s+(?:ik|wij|we|het\s+kabinet)?\s*"
         r"(?:u|uw\s+kamer)?\s*(?:hierbij|hiermee|bijgaand)\b", "fulfilled",
         "is the document it sends (\"hierbij bied ik u … aan\")"),
        (r"\b(?:is|zijn)\s+(?:[\w-]+\s+){0,4}?(?:afgerond|gerealiseerd|opgeleverd|voltooid|in\s+werking\s+getreden)\b",
         "fulfilled", "says it is done (\"is afgerond\", \"is opgeleverd\")"),
        (r"\b(?:voortgangsrapportage|voortgangsbrief|stand\s+van\s+zaken|voortgang\s+van|eerste\s+stap(?:pen)?|"
         r"(?:is|zijn)\s+(?:[\w-]+\s+){0,4}?(?:gestart|begonnen|van\s+start\s+gegaan|in\s+gang\s+gezet))\b",
         "in_progress", "reports progress (\"stand van zaken\", \"is gestart\")"),
        (r"\b(?:fulfils|fulfills|fulfilling|in\s+fulfilment\s+of|in\s+fulfillment\s+of|delivers\s+on)\s+"
         r"(?:the|our|its|my)\s+(?:commitment|pledge|promise)\b|\bas\s+(?:promised|committed|pledged)\b",
         "fulfilled", "says it keeps the promise (\"in fulfilment of the commitment\")"),
        (r"\b(?:progress\s+report|has\s+(?:been\s+)?(?:started|launched|begun)|first\s+steps?)\b",
         "in_progress", "reports progress (\"progress report\", \"has been launched\")"),
    ]
]


def formulas_in(sentence: str) -> list[tuple[str, str]]:
    """The (status, reason) of each fulfilment formula in `sentence`, in the order of FORMULAS."""
    return [(status, reason) for rx, status, reason in FORMULAS if rx.search(sentence)]
