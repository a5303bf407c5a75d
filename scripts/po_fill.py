"""Fill Dutch translations into the tracker's catalogue: `python scripts/po_fill.py` after `makemessages`.

Each msgid below gets its msgstr (a fuzzy guess of gettext's for it is replaced); the catalogue is then compiled
with msgfmt. The table is the project's Dutch for strings added since the catalogue was last filled by hand.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PO = Path(__file__).resolve().parent.parent / "src/opvolging/tracker/locale/nl/LC_MESSAGES/django.po"

DUTCH = {
    "in the latest version": "in de laatste versie",
    "match with the latest version": "overeenkomst met de laatste versie",
    "reference": "kenmerk",
    "subject": "onderwerp",
    "page": "pagina",
    "reason": "reden",
    "confidence": "zekerheid",
    "Your username and password did not match, or too many attempts were made.":
        "Gebruikersnaam en wachtwoord kwamen niet overeen, of er zijn te veel pogingen gedaan.",
    "Rejected by an editor: this is no promise.": "Afgewezen door een redacteur: dit is geen toezegging.",
    "A possible commitment, for review: not shown as a promise until an editor confirms it.":
        "Een mogelijke toezegging, ter beoordeling: pas als toezegging getoond wanneer een redacteur die bevestigt.",
    "The latest version of the document no longer says this. It is kept here with its history.":
        "De laatste versie van het document zegt dit niet meer. Het blijft hier bewaard, met de geschiedenis.",
    "Matched to the latest version of the document by words that are only partly the same (%(score)s): please "
    "check.": "Gekoppeld aan de laatste versie van het document op woorden die maar deels gelijk zijn (%(score)s): "
              "controleer dit.",
    "Read as a promise": "Gelezen als toezegging",
    "p. %(n)s": "p. %(n)s",
    "Subject": "Onderwerp",
    "Reference": "Kenmerk",
    "Possible commitments, for review": "Mogelijke toezeggingen, ter beoordeling",
    "No longer in the latest version": "Niet meer in de laatste versie",
    "promises": "toezeggingen",
    "Words, \"phrases\", AND, OR, NOT (EN, OF, NIET). Dutch and English word forms are matched.":
        "Woorden, \"zinsdelen\", AND, OR, NOT (EN, OF, NIET). Nederlandse en Engelse woordvormen worden gevonden.",
    "Someone else changed the status to %(current)s while you were looking at it (you saw %(seen)s). Nothing was "
    "changed: look at the commitment again.": "Iemand anders heeft de status intussen gewijzigd in %(current)s (u "
                                              "zag %(seen)s). Er is niets gewijzigd: bekijk de toezegging opnieuw.",
    "The file is larger than %(mb)d MB.": "Het bestand is groter dan %(mb)d MB.",
}


def _unquote(block: str) -> str:
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', block)).replace('\\"', '"').replace("\\n", "\n")


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fill(po: str) -> str:
    entries = po.split("\n\n")
    out = []
    for entry in entries:
        m = re.search(r'^msgid ((?:".*"\n?)+)msgstr ((?:".*"\n?)+)', entry, re.M)
        if m:
            msgid = _unquote(m.group(1))
            if msgid in DUTCH and (_unquote(m.group(2)) == "" or "#, fuzzy" in entry):
                entry = entry[:m.start(2)] + _quote(DUTCH[msgid]) + entry[m.end(2):].lstrip("\n")
                entry = re.sub(r"^#, fuzzy\n", "", entry, flags=re.M)
                entry = re.sub(r"^#\| msgid .*\n", "", entry, flags=re.M)
        out.append(entry.rstrip("\n"))
    return "\n\n".join(out) + "\n"


def main() -> int:
    PO.write_text(fill(PO.read_text(encoding="utf-8")), encoding="utf-8")
    return subprocess.call(["msgfmt", "-o", str(PO.with_suffix(".mo")), str(PO)])


if __name__ == "__main__":
    sys.exit(main())
