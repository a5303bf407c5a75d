"""What the Kamer or the other governments receive: a Dutch promise said from the side of whom it is for.

"Uw Kamer ontvangt voor de zomer een voortgangsrapportage" is the government sending it; "Provincies ontvangen in het
kader van het NPLG een handreiking", "Gemeenten krijgen vanaf 2025 structureel € 50 miljoen extra" the government
giving it. `read` weighs the verb of receiving in its clause.
"""

from __future__ import annotations

import re

from opvolging.extract import deadlines
from opvolging.extract import promise_announced as announced
from opvolging.extract import promise_words as w
from opvolging.extract.clauses import Tokens
from opvolging.extract.promise_actors import KAMER
from opvolging.extract.promise_reading import Reading

VERBS = frozenset("ontvangt ontvangen krijgt krijgen".split())
_OTHER_GOVERNMENTS = re.compile(r"(?:de\s+|alle\s+)?(?:provincies|gemeenten|waterschappen|medeoverheden|decentrale\s+"
                                r"overheden|veiligheidsregio's|regio's)\b", re.I)
# what is given: a product of the government's (`announced.PRODUCT`, "een handreiking") or money
_GIVEN = re.compile(announced.PRODUCT.pattern + r"|(?:middelen|bijdrage|uitkering|subsidie|budget|miljoen|geld)\b")


def read(sentence: str, toks: Tokens, i: int, start: int, end: int, subj: tuple[str, int] | None,
         time: deadlines.Deadline | None, clause_text: str) -> Reading | None:
    """How the verb of receiving at token `i` (its clause toks[start:end], its subject `subj`) reads: the Kamer to
    receive something by a time, the other governments given a product or money; None for anyone else, and for
    receiving that is not in the present tense ("Ik heb het advies ontvangen", "… kan worden ontvangen")."""
    at = toks[i].start
    if any(x.low in w.PAST_NL or x.low in w.PASSIVE_NL or x.low in w.FUTURE_NL or x.low in w.MODAL_NL
           for x in toks[start:end]):
        return None
    rest = [x.low for x in toks[i + 1:end]]
    addressee = (subj and (KAMER.match(subj[0]) or subj[0].lower() == "u")) or (i + 1 < end and (
        toks[i + 1].low == "u" or KAMER.match(sentence, toks[i + 1].start)))  # "Ook ontvangt u in het voorjaar …"
    if addressee and time:
        # "Uw Kamer ontvangt voor de zomer …", "U ontvangt …": the letter's addressee
        return Reading(0.8, f"the Kamer is to receive it {time.text}", None, at)
    if subj and _OTHER_GOVERNMENTS.match(subj[0]) and any(_GIVEN.match(x) for x in rest):
        # "Provincies ontvangen in het kader van het NPLG een handreiking …": what the Rijk gives the other
        # governments, said from their side
        why = f"the government gives it to «{subj[0].split()[0]}»"
        if time and time.text in clause_text:  # not a time of what the product is about ("…, die … op 1 juli")
            return Reading(0.7, f"{why}, {time.text}", None, at)
        return Reading(0.55, why, None, at, untimed=time is not None)
    return None
