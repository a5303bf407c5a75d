"""A Dutch letter's announcement of a new thing, said without the government as its subject: "Er komt een nieuwe
regeling", "In 2025 volgt een evaluatie van de wet", "Dit najaar start een pilot in vijf gemeenten". The genre
announces its own products and measures this way; the thing named after the verb is the verb's subject, and a time
holds it to a date. Without a time, only a thing said to be new (or a body set up) is a possible promise, for
review. `read` weighs the verb at token `i` of a clause, as `promises_nl` does its other verbs.
"""

from __future__ import annotations

import re

from opvolging.extract import promise_words as w
from opvolging.extract.clauses import Tokens
from opvolging.extract.deadlines import Deadline
from opvolging.extract.promise_reading import Reading

# what the government writes, sends or sets up: "een evaluatie", "de visie", "een wetsvoorstel"
PRODUCT = re.compile(r"(?:brief|nota|notitie|rapport|rapportage|wetsvoorstel|plan|strategie|evaluatie|kader|"
                     r"programma|agenda|maatlat|beleidslijn|handreiking|visie|verkenning|onderzoek|aanpak)\b")
THERE_COMES = frozenset(("komt", "komen"))  # "Er komt een nieuwe regeling": see _there_comes
# "In 2025 volgt een evaluatie van de wet": a product of the government's announced to follow by a time
FOLLOWS = frozenset(("volgt", "volgen"))
# "Dit najaar start een pilot in vijf gemeenten": the same announcement, of work that begins by a time
STARTS = frozenset(("start", "starten"))
# "De regeling treedt per 1 januari 2025 in werking", "De wet zal in 2025 in werking treden": a rule's entry into force
# by a time, which the government sets (by decree) but a law's Parliament must pass: for a person to confirm
ENTERS = frozenset(("treedt", "treden"))
VERBS = THERE_COMES | FOLLOWS | STARTS | ENTERS
_IN_FORCE = re.compile(r"\bin\s+werking\b", re.I)
_RULES = re.compile(r"\b(?:regeling|regelingen|besluit|wet|wetten|wetswijziging|wijziging|amvb|verordening|"
                    r"maatregel|maatregelen|norm|normen|richtlijn)\b", re.I)

_NEW_THINGS = re.compile(r"(?:projecten|project|regeling|regelingen|wet|wetsvoorstel|fonds|subsidie|subsidieregeling|"
                         r"maatregelen|loket|meldpunt|register|programma|plan|aanpak|handreiking|kader|richtlijn|"
                         r"norm|normen|evaluatie|onderzoek|campagne|pilot|pilots|proeftuin|proeftuinen|"
                         r"commissie|adviescommissie|taskforce|kwartiermaker|toezichthouder|expertisecentrum)$")
# a body set up: "Er komt een onafhankelijke commissie die …" announces it, new or not said
_NEW_BODIES = re.compile(r"(?:commissie|adviescommissie|taskforce|kwartiermaker|toezichthouder|expertisecentrum)$")
_NEW_ADJECTIVES = frozenset("nieuwe nieuw extra aanvullende".split())
_NEW_BEFORE = _NEW_ADJECTIVES | {"een"}
_A_THING = frozenset(("een", "nog"))
_OWN_ACTOR = frozenset(("gov", "agency"))


def may_announce(words: set[str], verbs: set[str]) -> bool:
    """True when a sentence's words (lowered) could hold an announcement (its verb and the word that opens the thing
    announced): a sentence naming no government side is read no further without one."""
    return bool(("er" in words and verbs & THERE_COMES) or (words & _A_THING and verbs & (FOLLOWS | STARTS))
                or ("werking" in words and verbs & ENTERS))


def final(verb: str, kind: str) -> bool:
    """True when a verb of `VERBS` that `read` found no announcement in is read no further ("Hieruit volgt dat …",
    "De wet trad in 2020 in werking"); "komt" may still send ("Ik kom voor de zomer met een brief"), and the
    government or an agency starting something is read as its own act."""
    return verb in FOLLOWS or verb in ENTERS or (verb in STARTS and kind not in _OWN_ACTOR)


def read(toks: Tokens, rest: list[str], i: int, kind: str, time: Deadline | None, clause_text: str) -> Reading | None:
    """How the verb at token `i` ("komt", "volgt", "start"), `rest` the clause's words after it (lowered), reads as
    an announcement, or None. `kind` is its subject's (`promise_actors.classify_subject`)."""
    t = toks[i]
    at = t.start
    if t.low in THERE_COMES and _there_comes(toks, rest, i) and not w.DESCRIPTION_NL.search(clause_text):
        # "Op basis van het Programma … komen er vanaf 2023 nieuwe projecten voor rivierverruiming": the genre's
        # announcement of a new product or measure, by a time; without one, said to be new ("Er komt een nieuwe
        # regeling voor mantelzorgers"), a possible promise, for review: no time to hold it to
        if time:
            return Reading(0.6, f"announced: there will be it, {time.text}: «{t.text} er»", None, at)
        if _NEW_ADJECTIVES & set(rest[:6]) or any(_NEW_BODIES.match(x) for x in rest[:6]):
            return Reading(0.4, f"announced without a time: there will be something new: «{t.text} er»", None, at)
    if t.low in FOLLOWS and time and _a_thing_named(rest):
        # "In 2025 volgt een evaluatie van de wet": the product after the verb, its subject, by a time; "Hieruit
        # volgt dat …", "Het kabinet volgt het advies" are none
        return Reading(0.6, f"announced to follow {time.text}: «{t.text} {' '.join(rest[:2])}»", None, at)
    if t.low in ENTERS and time and time.due and _IN_FORCE.search(clause_text) and _RULES.search(clause_text):
        return Reading(0.45, f"a rule to enter into force {time.text}, for review: «{t.text} … in werking»", None, at)
    if t.low in STARTS and kind not in _OWN_ACTOR and time and _a_thing_named(rest):
        # "Dit najaar start een pilot in vijf gemeenten", "In 2025 starten nog twee proeftuinen": the work after
        # the verb, its subject, by a time; "Het kabinet start …", "Het UWV start …" are read as their actor's
        return Reading(0.6, f"announced to start {time.text}: «{t.text} {' '.join(rest[:2])}»", None, at)
    return None


def _there_comes(toks: Tokens, rest: list[str], i: int) -> bool:
    """True when "komt"/"komen" at `i` says there will be something made ("Er komt een nieuwe regeling", "komen er
    … nieuwe projecten voor …"): "er" beside the verb, a new thing (a project, a rule, a fund, …) named after it
    as new ("een", "nieuwe", "extra"); "er komen meer droge zomers", "minder projecten dan verwacht", "Er komt geen
    nieuwe regeling" are none."""
    if not ((i and toks[i - 1].low == "er") or rest[:1] == ["er"]) or "geen" in rest[:3]:
        return False  # "Er komt geen nieuwe regeling": nothing announced
    return any(_NEW_THINGS.match(x) and _NEW_BEFORE & set(rest[max(0, j - 2):j]) for j, x in enumerate(rest[:12]))


def _a_thing_named(rest: list[str]) -> bool:
    """True when the words after a verb name a new product or measure as its subject: "een evaluatie", "nog een
    pilot", "nog twee proeftuinen", "een landelijke campagne"."""
    return rest[:1] in (["een"], ["nog"]) and any(_NEW_THINGS.match(x) or PRODUCT.match(x) for x in rest[1:4])
