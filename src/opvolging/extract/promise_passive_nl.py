"""The Dutch passive read as a promise: "wordt … opgesteld", "worden … geïnformeerd", "Er wordt gewerkt aan …". Who
does it (an agent named after "door": a state agency's, another's), whether the participle is the government's
work (`promise_words.DELIVERED_NL`, an agreement made, work carried out by a time), a modal over it, a time, a table
shared with others, the Kamer informed; and the participle of a verb cluster, which the future tense's passive
reads too (`participle_of`).

`read(...)` returns a `Reading` of the passive verb at token `i`, or None.
"""

from __future__ import annotations

from opvolging.extract import deadlines
from opvolging.extract import promise_antecedents as antecedents
from opvolging.extract import promise_words as w
from opvolging.extract.clauses import PARTICIPLE, UNSTRESSED, Tokens, beside_worden, participle_before
from opvolging.extract.promise_actors import KAMER, agent_kind
from opvolging.extract.promise_reading import Reading


def read(sentence: str, toks: Tokens, i: int, rest: list[str], start: int, end: int,
         time: deadlines.Deadline | None, subj: tuple[str, int] | None, clause_text: str) -> Reading | None:
    """How the passive auxiliary at token `i` ("wordt", "worden"), in the clause toks[start:end] (`rest` its words
    after the verb, lowered; `subj` its subject; `clause_text` its words), reads as a promise, or None."""
    t = toks[i]
    at = t.start
    participle = participle_of(toks, rest, start, i, end)
    if not participle or w.CONSEQUENCE_NL.match(clause_text):
        return None
    if participle in w.CHANGED_NL and w.BY_A_MEANS_NL.match(clause_text) and subj and \
            w.WORLD_QUANTITY_NL.match(subj[0]):
        return Reading(0.3, f"an effect of a means foretold, for review: «{t.text} … {participle}»", None, at)
    modals = {x for x in rest if x in w.MODALS_NL} | {toks[k].low for k in range(start, i) if toks[k].low in
                                                        w.MODALS_NL}
    if modals <= w.CAN_NL and modals and time and subj and KAMER.match(subj[0]) and participle in w.INFORMED_NL:
        # "De verwachting is dat de Kamer rond de zomer 2023 … kan worden geïnformeerd": the genre's way of
        # promising to inform, softly; not a must
        return Reading(0.7, f"the Kamer can be informed {time.text}: «{t.text} … {participle}»", None, at)
    if modals:
        return Reading(0.15, f"what may or must be done: «{t.text} … {participle}»", None, at)
    agent = agent_kind(sentence, toks, i, end, "nl", None, participle, start)
    if agent == "agency":
        return Reading(0.35, "done by a state agency", None, at)
    if agent == "other":
        return Reading(0.15, "done by others", None, at)
    if subj and KAMER.match(subj[0]) and participle in w.INFORMED_NL:
        return Reading(0.85, f"the Kamer is to be informed: «{t.text} … {participle}»", None, at)
    if participle not in w.DELIVERED_NL and not (
            participle in w.MADE_NL and antecedents.agreement(toks, rest, start, i)) \
            and not (participle in w.WORKED_ON_NL and "aan" in rest) and not (  # "Er wordt gewerkt aan een akkoord"
            participle in w.CARRIED_OUT_NL and time and time.due and not any(
                x.low in w.MODALS_NL for x in toks[:i])) and not (  # "moeten … worden uitgevoerd": a need
            participle == "gesteld" and "beschikbaar" in rest):  # "De middelen worden … beschikbaar gesteld"
        if time and time.due and not w.DESCRIPTION_NL.search(clause_text) and not w.HEDGES_NL.search(
                clause_text.lower(), lowered=True) and not any(x.low in w.MODALS_NL for x in toks[:i]):
            # "Vanaf het schooljaar 2024-2025 wordt het schooladvies later gegeven": a change by a time, which
            # may as well be a forecast ("In 2030 wordt 70 procent … opgewekt"): for a person to confirm
            return Reading(0.4, f"a change by a time ({time.text}), for review: «{t.text} … {participle}»",
                           None, at)
        if w.WITH_PARTNERS_NL.search(clause_text) and not w.DESCRIPTION_NL.search(clause_text):
            # "… nodig om vitale bodems te definiëren, dit wordt samen met kennisinstellingen uitgevoerd"
            return Reading(0.55, f"done with partners named: «{t.text} … {participle}»", None, at)
        return None
    if w.DESCRIPTION_NL.search(clause_text):
        return Reading(0.25, f"a description of what is done: «{t.text} … {participle}»", None, at)
    forum = w.JOINT_FORUM_NL.search(clause_text)
    if forum:
        return Reading(0.4, f"done at a table shared with others («{forum.group(0)}»): «{t.text} … "
                       f"{participle}»", None, at)
    if time:
        return Reading(0.75, f"to be done {time.text}: «{t.text} … {participle}»", None, at)
    return Reading(0.55, f"the government will have it done: «{t.text} … {participle}»", None, at)


def participle_of(toks: Tokens, rest: list[str], start: int, i: int, end: int) -> str | None:
    """The participle of the verb cluster of the verb at `i` (`rest`: the clause's words after it), or None: a
    participle of delivery first ("opgesteld", "geïnformeerd"; "gemaakt" of an agreement), then one that does not
    end like an infinitive, then any, then one before the verb or beside "worden"."""
    agreement = None
    plain = any_form = None  # the first participle that does not end in "-en", and the first of any form
    for x in rest:
        if x in w.DELIVERED_NL or x in w.INFORMED_NL:
            return x
        if x in w.MADE_NL:
            if agreement is None:
                agreement = antecedents.agreement(toks, rest, start, i)
            if agreement:
                return x
        if plain is None and PARTICIPLE.match(x):
            any_form = any_form or x
            if not x.endswith("en"):
                plain = x
    return plain or any_form or participle_before(toks, start, i) or beside_worden(toks, start, end) or \
        _unprefixed_last(rest)


def _unprefixed_last(rest: list[str]) -> str | None:
    """The clause's last word when it is a participle without "ge-" (a verb with an unstressed prefix: "… wordt per 1
    januari 2025 met twee jaar verlengd", "… ontwikkeld", "… herzien"), else None."""
    words = [x for x in rest if x[:1].isalpha()]
    return words[-1] if words and UNSTRESSED.match(words[-1]) and not words[-1].endswith("en") else None
