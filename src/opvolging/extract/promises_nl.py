"""The Dutch rules of `promises`: how a sentence of a letter to Parliament reads as a promise.

`read_nl(sentence, reference)` finds the verbs a promise can rest on (the future, "gaan", "blijven", "laten", the
passive, the work and decisions of the present tense) and the formulas said outright ("Ik zeg toe …"), reads each
verb in its clause (`clauses`): who its subject is (`promise_actors`), its participle, a modal, the word that
opens the clause; and then the sentence: what this letter itself does, a condition, a hedge. How a clause weighs a
reading (its opening word, a hedge, a refusal) is `promise_clause_nl`'s; the passive's is `promise_passive_nl`'s; the
government side's present tense with a time, whatever its verb, `promise_present`'s; the words are `promise_words`'.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from opvolging.extract import deadlines, promise_formulas, promise_present
from opvolging.extract import promise_announced as announced
from opvolging.extract import promise_antecedents as antecedents
from opvolging.extract import promise_passive_nl as passive_nl
from opvolging.extract import promise_received as received
from opvolging.extract import promise_words as w
from opvolging.extract.clauses import (
    Tokens,
    clause,
    infinitive_before_phrase,
    infinitive_last,
    particles,
    subject,
    tokens,
)
from opvolging.extract.promise_actors import KAMER, agent_before, agent_kind, classify_subject, named_before
from opvolging.extract.promise_clause_nl import (
    RELATIVE,
    clause_factor,
    conditional_clause,
    hedged,
    negated,
    prevented,
    reported_before,
    what_it_means,
)
from opvolging.extract.promise_reading import POSSIBLE, Reading, scaled, stronger

_SEND_NOW = frozenset("stuur stuurt sturen informeer informeert informeren zend zendt zenden bied biedt bieden "
                      "kom komt komen presenteer presenteert presenteren deel deelt delen".split())
# the words a Dutch promise can rest on; a sentence with none of them (and no formula) is no promise, at once
_VERB_WORDS_NL = (w.FUTURE_NL | w.GO_NL | w.KEEP_NL | w.PASSIVE_NL | w.LET_NL | w.PLACE_NL | w.WANT_NL
                  | frozenset(w.DELIVER_NL) | frozenset(w.DECIDE_NL) | frozenset(w.JOINED_NL) | received.VERBS
                  | announced.VERBS)
# the present-tense verbs that act only with the government as subject: its work, and its decisions
_ACTS_NL = {form: w.DELIVER_NL.get(form, frozenset()) | w.DECIDE_NL.get(form, frozenset())  # "zet … op", "zet … in"
            for form in w.DELIVER_NL.keys() | w.DECIDE_NL.keys()} | {joined: frozenset() for joined in w.JOINED_NL}
_ACTS_WORDS_NL = frozenset(_ACTS_NL)
_REFLEXIVE = frozenset("ons zich mij me".split())
_COMES = frozenset("kom komt komen".split())
# what the government comes with ("Ik kom met een voorstel", "… met een reactie"): a product (`promise_announced`),
# a proposal, a position
_PROPOSALS = frozenset("voorstel voorstellen reactie uitwerking standpunt".split())
# "zich inzetten": reflexive, and the government's effort promised ("Rijk en waterschappen zetten zich in voor de
# aanvoer van zoetwater", "Het kabinet zet zich ervoor in dat …")
_COMMITS_ITSELF = frozenset("zet zetten span spant spannen".split())
_DETERMINERS = frozenset("de het een onze hun mijn uw elk elke ieder iedere geen".split())
# before a verb of the government's work ("onderzoek", "overleg"), a noun's ("de resultaten van dat onderzoek"),
# unless the subject follows the verb ("Dit pakken we in 2023 … op": the object first); "die worden", "dat wordt"
# open relative clauses, and stay verbs
_DEMONSTRATIVES = frozenset("dit deze dat".split())
# "maken" before a word of the government's work makes it a noun: "We maken gebruik van …" describes, where "Ik doe
# onderzoek naar …" and "We voeren overleg met …" are work the government does, read by the noun
_BEFORE_A_NOUN = frozenset("maak maakt maken".split())
_SUBJECT_PRONOUNS = frozenset("ik we wij".split())
# "Het rapport van de commissie": a product another makes (the government's own: "van het kabinet")
_OF_ANOTHER = re.compile(r"\bvan\s+(?:de|het)\s+(?!kabinet\b|regering\b|ministerie\b|minister\b|rijk\b)", re.I)
_LET_KNOW = frozenset("weten horen blijken".split())  # "laat … weten", "laat … blijken": to tell, to show
# "laat … rusten", "laat … liggen": to leave it be, no work had done ("Het kabinet laat de aanbeveling rusten")
_LET_BE = frozenset("rusten liggen zitten varen".split())
_APPEARS = frozenset("verschijnen uitkomen gaan volgen".split())  # a product's coming out: "zal … verschijnen"


def _subject_after(sentence: str, toks: Tokens, i: int) -> bool:
    """True when the government side is named right after the verb at `i`, its subject after an object put first
    ("Dit pakken we …", "Dat onderzoekt het kabinet …")."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.low in _SUBJECT_PRONOUNS or bool(w.GOVERNMENT_NL.match(sentence, nxt.start))
_WORDS = re.compile(r"\w+")


def read_nl(sentence: str, reference: date | None) -> Reading | None:
    low = sentence.lower()
    words = set(_WORDS.findall(low))
    verbs = words & _VERB_WORDS_NL
    formulas = promise_formulas.find(sentence, low, words)
    if not verbs and not formulas and words.isdisjoint(promise_present.FIRST_PERSON) and not (
            w.GOVERNMENT_NL.search(sentence) or w.GOVERNMENT_ABBREVIATION.search(sentence) or
            w.AGENCIES_NL.search(sentence)):
        return None
    if verbs <= _ACTS_WORDS_NL and not formulas and not (
            w.GOVERNMENT_NL.search(sentence) or w.GOVERNMENT_ABBREVIATION.search(sentence) or
            w.AGENCIES_NL.search(sentence)) and not (
            announced.may_announce(words, verbs)):
        return None  # a verb that delivers only with the government as its subject, and none is named
    time = deadlines.first_future(sentence, reference)
    if not verbs and not formulas and time is None:
        return None  # the government side's present tense promises only with a time (`promise_present`)
    toks = tokens(sentence)

    best = promise_formulas.read(sentence, toks, formulas, time, reference)
    if time:
        best = stronger(best, promise_present.read(sentence, toks, reference))
    available = formulas.available  # its subject is what is made available
    if available and time:
        k = next((k for k, t in enumerate(toks) if t.start >= available.start()), 0)
        factor, why = clause_factor(toks, clause(toks, k)[0])
        r = Reading(0.75, f"made available {time.text}: «{available.group(0)}»", None, available.start())
        best = stronger(best, scaled(r, factor, why) if why else r)
    # "Het is van belang dat …": a need, before whichever verb follows it (no verb is a word of the formula, so
    # the first such formula is before a verb or after it, never around it)
    need = (w.NECESSITY_NL.search(low, lowered=True) if len(low) == len(sentence) else w.NECESSITY_NL.search(
        sentence)) if words & w.NECESSITY_WORDS_NL else None
    need_end = need.end() if need else None
    for i, t in enumerate(toks):
        # "te worden bezien": no finite verb; "het overleg", "een onderzoek", "ons gebruik": a noun after its article
        if t.low not in verbs or (i and (toks[i - 1].low == "te" or toks[i - 1].low in _DETERMINERS)) or (
                i and t.low in _ACTS_WORDS_NL and (toks[i - 1].low in _BEFORE_A_NOUN or (
                    toks[i - 1].low in _DEMONSTRATIVES and not _subject_after(sentence, toks, i)))):
            continue
        best = stronger(best, _verb_nl(sentence, toks, i, time, need_end))
    if best is None:
        return None
    if w.THIS_LETTER_NL.match(sentence) or w.THIS_LETTER_ANYWHERE_NL.search(low, lowered=True):
        return Reading(0.05, "what this letter itself does", best.actor, best.verb_at)
    condition = w.CONDITION_NL.match(sentence)
    if condition and not (toks and toks[0].low == "als" and toks.as_role(0)) and not (
            toks and w.AFTER_EVENT_NL.match(sentence, toks[0].start)):  # "Wanneer … bekend zijn, …": a time
        best = scaled(best, 0.5, "under a condition")
    else:
        condition = None
    if hedged(low, toks, best.verb_at, condition.end() if condition else 0):
        best = scaled(best, 0.85, "hedged")
    return best


def _verb_nl(sentence: str, toks: Tokens, i: int, time: deadlines.Deadline | None,
             need_end: int | None = None) -> Reading | None:
    """How the verb at token `i` reads as a promise, its clause and the sentence around it weighed; `need_end`: where
    a formula of necessity ("het is nodig dat") ends in the sentence, if it has one."""
    start, end = clause(toks, i)
    where = time is not None and _in_a_where_clause(toks, time.span[0], start, end)
    r = _verb_nl_in_clause(sentence, toks, i, None if where else time, start, end, need_end)
    if r is None or r.confidence < POSSIBLE:
        return r
    if where:
        r = Reading(r.confidence, r.reason, r.actor, r.verb_at, untimed=True)
    factor, why = clause_factor(toks, start)
    if why == RELATIVE and r.actor is None and any(x.low in w.PASSIVE_NL for x in toks[start:end]):
        maker = agent_before(sentence, toks, start)  # what the thing another makes says is done, it does
        if maker in ("agency", "other"):
            return Reading(0.35 if maker == "agency" else 0.15, f"done by the maker of what it speaks of ({maker})"
                           f": {r.reason}", None, r.verb_at)
    if why and not r.reason.startswith(antecedents.SET_UP):  # the relative clause weighed already
        r = scaled(r, factor, why)
    if negated(toks, start, end) and w.REFUSABLE_NL.intersection(t.low for t in toks[start:end]):
        r = scaled(r, 0.2, "said not to be done")  # "Het kabinet zal de regeling niet aanpassen": a refusal
    present = toks[i].low not in w.FUTURE_NL and toks[i].low not in w.GO_NL
    if toks[start].low == "dat" and present and reported_before(toks, start):
        r = scaled(r, 0.5, "reported of before")  # "is … toegezegd dat de Kamer wordt geïnformeerd"
    if toks[start].low == "dat" and prevented(toks, start):
        r = scaled(r, 0.2, "what is prevented")  # "Hiermee voorkomen we dat we nieuwbouw gaan realiseren op …"
    if toks[start].low == "dat" and present and what_it_means(toks, start):
        r = scaled(r, 0.6, "what a principle means")  # "Dit betekent dat we bij ontwikkelingen de bodem … benutten"
    if toks[start].low in ("dat", "die") and any(toks[k].low in w.MODALS_NL for k in range(start)):
        r = scaled(r, 0.6, "under a may or must")  # "kan de uitkomst zijn dat … keuzes worden gemaakt"
    if present and conditional_clause(toks):
        r = scaled(r, 0.6, "what holds under a condition")  # "Dit wordt versterkt als grasland wordt gescheurd"
    return r


def _in_clause(toks: Tokens, start: int, end: int, at: int) -> bool:
    """True when the character offset `at` lies within the clause toks[start:end]."""
    return toks[start].start <= at < toks[end - 1].start + len(toks[end - 1].text)


def _in_a_where_clause(toks: Tokens, at: int, start: int, end: int) -> bool:
    """True when the character offset `at` (a time's) lies outside the clause toks[start:end], in a relative clause
    opened by "waar": the time of the situation it describes ("… wordt toegepast op projecten … waar op 1-1-2025 nog
    geen bestemmingsplan is vastgesteld"), not of what the verb promises."""
    if _in_clause(toks, start, end, at):
        return False
    k = bisect.bisect_left(toks, at, key=lambda t: t.start)
    return k < len(toks) and toks[clause(toks, k)[0]].low == "waar"


def _intention(toks: Tokens, rest: list[str], kind: str, actor: str | None, i: int, start: int, end: int,
               time: deadlines.Deadline | None) -> Reading | None:
    """How "wil"/"willen" at token `i` reads (`rest`: its clause's words after it): the government side's intention
    to do what its infinitive says, or None: another's wish, a wish under a modal ("zou willen"), an ambition (a
    state to attain, `AMBITION_INF_NL`), what the letter itself says ("wil ik u erop wijzen", `SAYING_INF_NL`). The
    infinitive closes the clause, or the sentence when a relative clause stands between ("wil het kabinet de wijze
    waarop we … oppakken en afstemmen")."""
    if kind != "gov" or any(toks[k].low in w.MODALS_NL for k in range(start, i)):
        return None
    verb = infinitive_last(rest)
    if verb is None and end < len(toks) and toks.opens[end]:  # a relative clause between "wil" and its verbs
        verb = infinitive_last([x.low for x in toks[i + 1:]])
    if verb is None or verb in w.AMBITION_INF_NL or verb in w.STATE_INF_NL or verb in w.SAYING_INF_NL:
        return None
    word = f"«{toks[i].text} … {verb}»"
    if time:
        return Reading(0.7, f"the government side ({actor}) intends it, {time.text}: {word}", actor, toks[i].start)
    return Reading(0.55, f"the government side ({actor}) intends it: {word}", actor, toks[i].start)


def _verb_nl_in_clause(sentence: str, toks: Tokens, i: int, time: deadlines.Deadline | None, start: int,
                       end: int, need_end: int | None = None) -> Reading | None:
    """How the verb at token `i`, in the clause toks[start:end], reads as a promise, or None. What each kind of verb
    needs (its participle, the clause's modal) is read only for that kind."""
    t = toks[i]
    rest = [x.low for x in toks[i + 1:end]]
    clause_text = sentence[toks[start].start:toks[end - 1].start + len(toks[end - 1].text)]
    subj = subject(sentence, toks, i, start, "nl")
    kind, actor = classify_subject(subj[0] if subj else None, "nl", None)
    if kind != "gov" and subj:
        named = named_before(sentence, toks, start, subj[0])
        if named:
            kind, actor = "gov", named
    at = t.start
    if need_end is not None and need_end <= t.start:
        return Reading(0.15, "a need, not an undertaking", actor, t.start)
    if t.low in w.GO_NL and "uit" in rest:
        return None  # "Ik ga ervan uit dat …", "We gaan uit van een stijging …": an assumption, not an act
    if t.low in w.FUTURE_NL or t.low in w.GO_NL:
        last_word = next((x for x in reversed(rest) if x[:1].isalnum()), None)  # not the full stop
        word = f"«{t.text} … {last_word}»" if last_word else f"«{t.text}»"
        if "moeten" in rest or "moet" in rest:
            return Reading(0.15, f"a necessity, not an undertaking: {word}", actor, at)
        passive = any(x in w.PASSIVE_NL for x in rest)
        last = infinitive_last(rest) or next((x for x in rest if x in w.STATE_INF_NL), None)
        participle = passive_nl.participle_of(toks, rest, start, i, end) if passive or last in w.STATE_NL else None
        if passive and participle:
            agent = agent_kind(sentence, toks, i, end, "nl", None, participle, start)
            if agent in ("other",):
                return Reading(0.15, f"done by others: {word}", None, at)
            if agent == "agency":
                return Reading(0.4, f"done by a state agency: {word}", None, at)
            if kind in ("other", "agency") and subj and KAMER.match(subj[0]):
                return Reading(0.9, f"the Kamer is to be informed: {word}", None, at)
            forum = w.JOINT_FORUM_NL.search(clause_text)
            if forum:
                return Reading(0.4, f"done at a table shared with others («{forum.group(0)}»): {word}", None, at)
            hedge = 0.8 if any(x in ("kunnen", "kan") for x in rest) else 1.0
            return Reading(round(0.75 * hedge, 2), f"the government will have it done: {word}", actor, at)
        if not participle and last in w.STATE_NL and not (last in w.ASK_NL and kind == "gov" and end < len(toks)
                                                            and toks[end].low in ("om", "of")):
            # "zal … veel vragen van …" foretells; "Ik zal de Inspectie vragen om …" asks someone to act
            if kind == "other" and time and (subj and announced.PRODUCT.search(subj[0].lower()) or
                                             antecedents.product_before(toks, start)):
                return Reading(0.55, f"what a government product will be, with a time: {word}", None, at)
            return Reading(0.1, f"a prediction: {word}", actor, at)
        if kind == "gov" and last in w.OUTCOME_INF_NL and any(w.GOAL_NL.match(x) for x in rest):
            return Reading(0.3, f"a goal foretold to be met, no act undertaken: {word}", actor, at)
        if kind == "gov":
            why = "will continue" if t.low in w.KEEP_NL else "will act"
            return Reading(0.9, f"the government side ({actor}) {why}: {word}", actor, at)
        if kind == "agency":
            return Reading(0.4, f"a state agency's plan ({actor}): {word}", actor, at)
        if kind == "none" and passive:
            return Reading(0.7, f"the government will have it done: {word}", None, at)
        if antecedents.body_set_up(sentence, toks, start, "nl"):
            return Reading(0.45, f"{antecedents.SET_UP}, for review: {word}", None, at)
        if kind == "other" and time and (last in _APPEARS or (t.low in w.GO_NL and last is None)) and (
                subj and announced.PRODUCT.search(subj[0].lower()) and not _OF_ANOTHER.search(subj[0])):
            # "Het wetsvoorstel zal … in het eerste kwartaal van 2024 in consultatie gaan", "Het plan zal in 2024
            # verschijnen": a product's going out by a time, whose maker the sentence leaves to the letter
            return Reading(0.55, f"a product to come out by a time ({time.text}): {word}", None, at)
        return Reading(0.1, f"not the government's act: {word}", None, at)
    if t.low in w.WANT_NL:
        return _intention(toks, rest, kind, actor, i, start, end, time)
    if t.low in w.KEEP_NL:
        verb = infinitive_last(rest) or infinitive_before_phrase(rest)
        if kind == "gov" and verb and not w.CONSEQUENCE_NL.match(clause_text):
            return Reading(0.7, f"a continuing promise: «{t.text} … {verb}»", actor, at)
        return None
    if t.low in w.LET_NL:
        verb = infinitive_last(rest)
        if verb in _LET_KNOW:
            # "Ik laat u weten dat …": the letter telling, not work had done (its "dat" clause is read apart); with a
            # time of its own, the Kamer told later: "Ik laat u voor de zomer weten hoe …"
            if kind == "gov" and time and ("u" in rest or "kamer" in rest) and _in_clause(toks, start, end,
                                                                                          time.span[0]):
                return Reading(0.8, f"sent or told {time.text}: «{t.text} … {verb}»", actor, at)
            return None
        if kind == "gov" and verb and verb not in w.STATE_NL and verb not in _LET_BE:
            conf = 0.85 if time else 0.7
            return Reading(conf, f"the government has it done: «{t.text} … {verb}»", actor, at)
        return None
    if t.low in w.PLACE_NL:
        if "plaats" in rest and time:
            return Reading(0.6, f"planned to take place {time.text}", None, at)
        return None
    if t.low in w.PASSIVE_NL:
        return passive_nl.read(sentence, toks, i, rest, start, end, time, subj, clause_text)
    # a verb in the present tense: the government's work with a time, or work that delivers something
    if t.low in announced.VERBS:
        r = announced.read(toks, rest, i, kind, time, clause_text)
        if r is not None or announced.final(t.low, kind):
            return r
    if t.low in received.VERBS:
        return received.read(sentence, toks, i, start, end, subj, time, clause_text)
    if kind != "gov" and (t.low in _ACTS_NL or t.low in _SEND_NOW) and antecedents.body_set_up(sentence, toks, start,
                                                                                                 "nl"):
        # "Ik heb een werkgroep ingesteld die voor de zomer advies uitbrengt"
        return Reading(0.45, f"{antecedents.SET_UP}, for review: «{t.text}»", None, at)
    if (kind != "gov" and not (kind == "agency" and time)) or w.CONSEQUENCE_NL.match(clause_text) or \
            w.DESCRIPTION_NL.search(clause_text):
        return None
    if any(toks[k].low in w.PAST_NL or toks[k].low in w.PASSIVE_NL for k in range(start, i)):
        return None  # "Deze middelen zijn gebruikt om …": a participle after its auxiliary, no present tense
    if any(toks[k].low in w.MODALS_NL and not (k and toks[k - 1].low == "te") for k in range(start, i)):
        # "We moeten de bodem … slimmer gebruiken": an infinitive under a must or a can, not a decision ("… te
        # kunnen informeren" is no such modal: "Ik verwacht uw Kamer in het voorjaar te kunnen informeren")
        return None
    if t.low in w.HOLD_NL and "hoogte" in rest and "op" in rest:  # "Ik houd uw Kamer op de hoogte van …"
        return Reading(0.7, f"the government side ({actor}) will keep it informed: «{t.text} … op de hoogte»",
                       actor, at)
    if t.low in w.HOLD_NL and "rekening" in rest and ("met" in rest or "mee" in rest):
        # "We houden rekening met grotere peilfluctuaties" (a promise in WATER's gold), "… en houden rekening met de
        # kosten voor de consument" (none there): weighing something in is a soft undertaking, for review
        return Reading(0.4, f"the government side ({actor}) will take it into account: «{t.text} … rekening met»",
                       actor, at)
    needs = _ACTS_NL.get(t.low)
    if needs is None or (t.low in w.JOINED_NL and not toks.opens[start]):
        return None  # a joined separable verb ("aanpast") acts only last in a subordinate clause
    if needs and not needs & particles(toks, i + 1, end) and not needs & w.PREPOSITIONAL_NL & set(rest):
        return None  # "voeren … aan", "richten … op": another verb than the one that delivers
    if kind == "agency":  # "De Belastingdienst verlengt per 1 juli 2024 de termijn": as its "zal", for review
        return Reading(0.4, f"a state agency's plan ({actor}), {time.text}: «{t.text}»", actor, at)
    if t.low in w.TAKE_NL and "mee" in rest:
        occasion = w.NEXT_OCCASION_NL.search(clause_text)
        if occasion:  # "Ik neem dit punt mee in de volgende voortgangsbrief": taken up there
            return Reading(0.7, f"taken up at a next occasion («{occasion.group(0)}»): «{t.text} … mee»", actor, at)
        if time and time.due and "in" in rest:  # "We nemen dit mee in de Voorjaarsnota": in a document by its date
            return Reading(0.7, f"taken up {time.text}: «{t.text} … mee»", actor, at)
    if t.low in w.TAKE_NL and not w.TAKEN_NL & set(rest):
        return None  # "We nemen deel aan …", "nemen kennis van …": no measure taken
    if t.low in w.STEER_NL and "op" in rest and not time:  # "We sturen als overheden op zo min mogelijk afdekking"
        return Reading(0.55, f"the government side ({actor}) decides, steering towards it: «{t.text} … op»", actor, at)
    if t.low in _SEND_NOW:
        if time:
            return Reading(0.8, f"sent or told {time.text}: «{t.text}»", actor, at)
        occasion = w.NEXT_OCCASION_NL.search(clause_text)
        if occasion:  # "In de eerstvolgende voortgangsrapportage informeer ik u over …"
            return Reading(0.7, f"sent or told at a next occasion («{occasion.group(0)}»): «{t.text}»", actor, at)
        event = w.AFTER_EVENT_NL.search(sentence)
        if event:  # "Na afronding van het onderzoek informeer ik uw Kamer …"
            return Reading(0.7, f"sent or told after an event («{event.group(0)}»): «{t.text}»", actor, at)
        regular = w.RECURRING_NL.search(clause_text)
        if regular:  # "Over de voortgang informeer ik u jaarlijks via de voortgangsrapportage"
            return Reading(0.7, f"sent or told at regular times («{regular.group(0)}»): «{t.text}»", actor, at)
        if kind == "gov" and t.low in _COMES and "met" in rest and any(
                x in _PROPOSALS or announced.PRODUCT.search(x) for x in rest[rest.index("met") + 1:][:3]):
            # "Ik kom met een voorstel voor de financiering": a product to come, no time said: for review, as the
            # genre's other promises without a time or an occasion are
            return Reading(0.45, f"the government side ({actor}) comes with it, no time said, for review: «{t.text} "
                           f"… met»", actor, at)
        return None
    if t.low in w.DECIDE_NL and _REFLEXIVE & set(rest[:2]) and t.low not in _COMMITS_ITSELF:
        return None  # "We beperken ons tot de hoofdlijnen": what the letter keeps to, not a decision
    what = ("decides" if w.JOINED_NL.get(t.low, t.low) in w.DECIDE_NL else "makes it available" if "beschikbaar" in rest
            else "takes on work")
    return Reading(0.75 if time else 0.55, f"the government side ({actor}) {what}: «{t.text}»"
                   + (f", {time.text}" if time else ""), actor, at)
