"""How the clause around a verb weighs a Dutch promise (`promises_nl`): the word that opens it (a reason, a
condition, a question, a relative clause), a hedge, a negation that refuses, "dat" after a verb of meaning or after a
promise reported as made before, a condition elsewhere in the sentence. Each takes the sentence's tokens
(`clauses.tokens`) and says yes or no, or how much is undertaken."""

from __future__ import annotations

from opvolging.extract import promise_words as w
from opvolging.extract.clauses import BOUNDARY_AFTER, PARTICIPLE, Tokens, clause

# a separable verb's particle, before the "dat" of the clause it completes ("Dat neemt niet weg dat …", "We zeggen
# toe dat …"): a complement, not a relative clause (no noun before it)
_PARTICLES_BEFORE_THAT = frozenset("weg toe mee af terug vast".split())


def hedged(low: str, toks: Tokens, verb_at: int, after: int = 0) -> bool:
    """True when a hedge ("naar verwachting", "eventueel", "waar mogelijk") stands in the clause of the verb at
    offset `verb_at`, or before it (a clause that governs it: "De verwachting is dat … zal …"). One in a clause
    after it qualifies that clause ("We overleggen hierbij met relevante sectoren welke maatregelen daarvoor
    eventueel nodig zijn": what may be needed, not whether they will talk). Only what stands from `after` on is
    looked at (the condition a sentence opens with, "Indien nodig", weighed once, as a condition)."""
    m = w.HEDGES_NL.search(low, after, lowered=True)
    if m is None:
        return False
    i = next((k for k, t in enumerate(toks) if t.start == verb_at), None)
    if i is None:  # a formula, not a verb: the whole sentence
        return True
    _, end = clause(toks, i)
    return m.start() < toks[end - 1].start + len(toks[end - 1].text)


RELATIVE = "in a relative clause"


def clause_factor(toks: Tokens, start: int) -> tuple[float, str | None]:
    """How much a verb in the clause that begins at `start` undertakes, by the word that opens the clause, and why
    not all of it: a reason or a condition undertakes nothing, an indirect question or a relative clause reports
    more than it promises."""
    word = toks[start].low
    if word == "als" and toks.as_role(start):
        return 1.0, None  # "Als vervolgstap op deze brief zal …": a role or a step, not a condition
    if word in w.REASON_NL:
        return 0.4, "in a clause giving a reason"
    if word in w.CONDITIONAL_NL:
        return 0.5, "in a clause giving a condition"
    if word in w.QUESTION_NL and not (word == "waar" and start + 1 < len(toks) and toks[start + 1].low in (
            "mogelijk", "nodig")):  # "Waar mogelijk wordt de bronaanpak versterkt": a hedge, not a question
        return 0.5, "in a clause reporting what is asked or done"
    if word in w.RELATIVE_NL:
        return 0.7, RELATIVE
    if word in ("dat", "die") and start > 0:
        prev = toks[start - 1].low
        if not (prev in BOUNDARY_AFTER or prev in w.PAST_NL or prev in w.STATE_NL or PARTICIPLE.match(prev)
                or prev in _PARTICLES_BEFORE_THAT):
            return 0.7, RELATIVE
    return 1.0, None


_NEGATIONS = frozenset("niet geen nooit niets geenszins".split())
# after "niet": a measure or a time ("niet meer dan", "niet later dan 1 juli"), "niet alleen … maar ook", what is
# possible ("niet uitgesloten"); and the verbs a "niet" turns into a promise ("zal niet nalaten", "niet aarzelen")
_NOT_NEGATING_AFTER = frozenset("alleen slechts enkel eerder later meer minder uitgesloten zonder".split())
_NEGATED_INTO_YES = frozenset("nalaten aarzelen schromen".split())
# a negation that changes what is: "geen … meer", "niet langer" (stopping), "geen … toe" (forbidding: "We staan in
# de uiterwaarden … geen nieuwe bebouwing meer toe", "We staan geen nieuwe landaanwinning toe"): a decision, kept
_A_CHANGE = frozenset("meer langer toe toestaan toelaten".split())


def negated(toks: Tokens, start: int, end: int) -> bool:
    """True when the clause toks[start:end] says its act will not be done: a "niet", "geen", "nooit" in it ("Het
    kabinet zal de regeling niet aanpassen", "Ik zal geen nieuw wetsvoorstel indienen"), unless it measures ("niet
    meer dan", "niet later dan"), adds ("niet alleen … maar ook"), is undone by its verb ("zal niet nalaten") or
    changes what is (stops or forbids something: `_A_CHANGE`)."""
    words = [t.low for t in toks[start:end]]
    if not _NEGATIONS.intersection(words) or _NEGATED_INTO_YES.intersection(words):
        return False
    if _A_CHANGE.intersection(words) and not ("meer" in words and "dan" in words):
        return False
    for k, x in enumerate(words):
        if x not in _NEGATIONS:
            continue
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if k and words[k - 1] == "nog":
            continue  # "nog geen", "nog niet": not yet, a state told
        if x == "niet" and (nxt in _NOT_NEGATING_AFTER and not (nxt == "meer" and (words[k + 2:k + 3] != ["dan"]))):
            continue  # "niet meer" without "dan" is "no longer": a negation
        return True
    return False


_MEANS = frozenset("betekent betekenen betekende inhoudt inhouden".split())


def what_it_means(toks: Tokens, start: int) -> bool:
    """True when the "dat" at `start` completes "betekent" or "houdt in" ("Dit betekent dat we …"): what a principle
    or a choice comes down to, said in the present tense, is policy explained more than a new undertaking."""
    prev = toks[start - 1].low if start else ""
    return prev in _MEANS or (prev == "in" and start > 1 and toks[start - 2].low in ("houdt", "houden"))


# the verbs of preventing: what their "dat" clause says is what is kept from happening ("Hiermee voorkomen we dat we
# nieuwbouw gaan realiseren op locaties waar …"), not what is undertaken
_PREVENTS = frozenset("voorkom voorkomt voorkomen vermijd vermijdt vermijden verhinder verhindert verhinderen".split())


def prevented(toks: Tokens, start: int) -> bool:
    """True when the "dat" at `start` completes a verb of preventing ("voorkomen dat", "vermijden dat"), with or
    without its subject between ("voorkomen we dat")."""
    return any(toks[k].low in _PREVENTS for k in range(max(0, start - 3), start))


def reported_before(toks: Tokens, start: int) -> bool:
    """True when the clause that the "dat" at `start` completes is in the perfect: an auxiliary with its
    participle ("Er is … toegezegd dat …", "Het kabinet heeft aangegeven dat …"), a promise made before that this
    letter reports. "De verwachting is dat …" has "is" without a participle: an expectation (a hedge), not a
    report."""
    return any(toks[k].low in w.PAST_NL and any(PARTICIPLE.match(toks[j].low) or toks[j].low in w.INFORMED_NL
                                                 for j in range(k + 1, start)) for k in range(start))


def conditional_clause(toks: Tokens) -> bool:
    """True when the sentence holds a clause opened by "als", "wanneer" or "indien" with a finite verb in it."""
    for k, t in enumerate(toks):
        if t.low in ("als", "wanneer", "indien") and k:
            for x in toks[k + 1:k + 9]:
                if x.low in BOUNDARY_AFTER:
                    break
                if x.low in w.PASSIVE_NL or x.low in w.PAST_NL or x.low in w.MODALS_NL:
                    return True
    return False
