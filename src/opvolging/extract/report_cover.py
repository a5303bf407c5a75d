"""A council's own report, read on its own, names the advice it is on its cover: the council's name, the title,
"Advies nr. 122, juni 2022" (`report_cover`). With it stored, the cabinet's answer, stored before or after, finds the
report's recommendations by the advice they share."""

from __future__ import annotations

import re

from opvolging.extract.councils import find_council
from opvolging.model import Advice

_COVER_NUMBER = re.compile(r"^(?:advies|rapport|signalement|report)\s+(?:nr\.?\s*|no\.?\s*|nummer\s+)?(?P<n>\d{1,4})\b",
                           re.I)


_COVER_KIND = re.compile(r"^(?:advies|briefadvies|adviesrapport|rapport|signalement|report)\b(?:[\s,|–-]|$)", re.I)


def report_cover(text: str) -> Advice | None:
    """The advice a council's own report is, read from its cover: the council's name, the title, "Advies nr. 122,
    juni 2022" (AIV advice 122 as the AIV prints it) or a cover with no number whose first lines hold the council's
    name alone ("Raad voor het Openbaar Bestuur" / "Vertrouwen in de democratie" / "Advies, juni 2023"); None when
    the opening is no such cover (a letter names its council inside a sentence)."""
    paras = [p.strip() for p in text[:1500].split("\n\n") if p.strip()][:8]
    council = find_council(" ".join(paras[:3]))
    if council is None:
        return None
    names = {council[0].name.lower(), (council[0].abbreviation or "").lower()}
    number = next((m for m in (_COVER_NUMBER.match(p) for p in paras) if m), None)
    if number is None and not any(" ".join(p.split()).lower() in names for p in paras[:3]):
        return None
    title = next((p for p in paras if " ".join(p.split()).lower() not in names and not _COVER_NUMBER.match(p)
                  and not _COVER_KIND.match(p) and len(p.split()) >= 2 and not p.endswith((".", ":"))
                  and len(p) < 200), None)
    if number is None and title is None:
        return None
    return Advice(council=council[0].name, council_abbreviation=council[0].abbreviation,
                  number=number["n"] if number else None, title=" ".join(title.split()) if title else None,
                  published=None)
