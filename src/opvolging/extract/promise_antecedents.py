"""What a relative clause's pronoun stands for, where a promise turns on it: an agreement ("een convenant dat voor de
zomer wordt gesloten"), a product of the government's ("een onderzoek naar de effecten, dat medio 2024 gereed zal
zijn"), a body the government set up ("Ik heb een werkgroep ingesteld die voor de zomer advies uitbrengt", "The
Government has established a working group, which will present its findings by the end of 2024").
"""

from __future__ import annotations

import re

from opvolging.extract import promise_words as w
from opvolging.extract.clauses import Tokens
from opvolging.extract.promise_actors import government
from opvolging.extract.promise_announced import PRODUCT

SET_UP = "a body the government set up"  # how a reading resting on `body_set_up` begins its reason
RELATIVE = frozenset("dat die wat which that who".split())  # the pronouns that open a relative clause
# a body set up to do the work, and the verbs of setting it up
_BODY = re.compile(r"(?:werkgroep|projectgroep|stuurgroep|taskforce|commissie|adviescommissie|kwartiermaker|"
                   r"verkenner|regeringscommissaris|onderzoeksbureau|working\s+group|task\s+force|commission|"
                   r"committee|expert\s+group|coordinator|rapporteur)(?:\W+\w+){0,2}\W*$", re.I)
_SET_UP = re.compile(r"\b(?:ingesteld|opgericht|aangesteld|benoemd|in\s+het\s+leven\s+geroepen|"
                     r"stel\w*\s+(?:\w+\s+){1,3}in|established|set\s+up|created|appointed|formed|convened)\b", re.I)


def agreement(toks: Tokens, rest: list[str], start: int, i: int) -> bool:
    """True when the clause around the verb at `i` speaks of an agreement ("afspraken", "een convenant"), or the
    relative clause does whose antecedent it is ("een convenant dat voor de zomer wordt gesloten")."""
    return any(x in w.AGREEMENTS_NL for x in rest) or any(toks[k].low in w.AGREEMENTS_NL for k in range(start, i)) \
        or (start > 0 and toks[start].low in ("dat", "die") and toks[start - 1].low in w.AGREEMENTS_NL)


def product_before(toks: Tokens, start: int) -> bool:
    """True when the clause at `start` is a relative clause ("…, dat"/"…, die") whose noun, just before it, is a
    government product: "Ik heb opdracht gegeven tot een onderzoek naar de effecten, dat medio 2024 gereed zal
    zijn"; not one that names its maker ("Het rapport van de commissie, dat …", "… opgesteld door …")."""
    if not (0 < start and toks[start].low in ("dat", "die") and toks[start - 1].text == ","):
        return False
    k = next((k for k in range(start - 2, max(-1, start - 7), -1) if PRODUCT.match(toks[k].low)), None)
    return k is not None and not any(toks[j].low in ("van", "door") for j in range(k + 1, start - 1))


def body_set_up(sentence: str, toks: Tokens, start: int, language: str, state: str | None = None) -> bool:
    """True when the clause at `start` is a relative clause whose antecedent is a body the government side set up in
    the same sentence ("Ik heb een werkgroep ingesteld die …", "Het kabinet stelt een commissie in die …", "The
    Government has established a working group, which will …"): its work is commissioned, a promise for a person to
    confirm, not another's act."""
    if not (0 < start < len(toks) and toks[start].low in RELATIVE):
        return False
    before = sentence[:toks[start].start]
    if not (_BODY.search(before) and _SET_UP.search(before)):
        return False
    return government(before.lstrip(), language, state) is not None
