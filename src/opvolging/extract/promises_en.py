"""The English rules of `promises`: how a sentence of a State's answer to the UN reads as a promise.

`read_en(sentence, reference, state)`: the State's undertakings ("Slovenia will continue to …", "The Government
intends to …", "A new Resolution … is being drafted"), not a prediction, not others' acts, not what the document
itself does.
"""

from __future__ import annotations

import re
from datetime import date

from opvolging.extract import deadlines
from opvolging.extract import promise_antecedents as antecedents
from opvolging.extract import promise_words_en as en
from opvolging.extract.clauses import clause, subject, tokens
from opvolging.extract.promise_actors import agent_kind, classify_subject
from opvolging.extract.promise_reading import Reading, scaled, stronger


def read_en(sentence: str, reference: date | None, state: str | None) -> Reading | None:
    toks = tokens(sentence)
    time = deadlines.first_future(sentence, reference)
    best: Reading | None = None

    m = en.INTENT_EN.search(sentence)
    if m:
        kind, actor = _whose(sentence, toks, m, state)
        ongoing = "being" in m.group(0).lower()
        if kind == "gov" or ongoing:
            what = "work under way" if ongoing else "said outright"
            best = stronger(best, Reading(0.7 if ongoing else 0.85, f"{what}: «{m.group(0)}»", actor, m.start()))
    m = en.UNDER_WAY_EN.search(sentence)
    if m:
        kind, actor = _whose(sentence, toks, m, state)
        if kind == "gov":
            best = stronger(best, Reading(0.7, f"work under way: «{m.group(0)}»", actor, m.start()))
    m = en.PLANNED_EN.search(sentence)
    when = time.text if time else _year_after(sentence, m.end(), reference) if m else None
    if m and when:  # the subject is the thing planned: "The adoption of the new act is envisaged for 2022"
        best = stronger(best, Reading(0.7, f"planned {when}: «{m.group(0)}»", None, m.start()))
    m = en.EXPECTED_EN.search(sentence)
    if m and time:  # expected, and so a little less than planned; "… adopted by Parliament" is another's act
        i = next(k for k, t in enumerate(toks) if t.start >= m.start())
        if agent_kind(sentence, toks, i, clause(toks, i)[1], "en", state) != "other":
            best = stronger(best, Reading(0.6, f"expected {time.text}: «{m.group(0)}»", None, m.start()))
    for i, t in enumerate(toks):
        if t.low not in en.FUTURE_EN:
            continue
        start, end = clause(toks, i)
        if i > start and toks[i - 1].low in antecedents.RELATIVE:
            start = i - 1  # "… has set up a task force that will …": the verb's subject is the pronoun's noun
        rest = [x.low for x in toks[i + 1:end]]
        subj = subject(sentence, toks, i, start, "en")
        kind, actor = classify_subject(subj[0] if subj else None, "en", state)
        word = f"«{t.text} {' '.join(rest[:2])}»"
        passive = len(rest) > 1 and rest[0] == "be" and _participle(rest[1])
        if (rest[:1] in (["not"], ["never"]) and rest[1:2] != ["only"]) or rest[:2] == ["no", "longer"]:
            # "Slovenia will not introduce a new law on this matter": a refusal, not an undertaking
            best = stronger(best, Reading(0.15, f"said not to be done: {word}", actor, t.start))
        elif rest and rest[0] in en.STATE_EN and not passive:
            best = stronger(best, Reading(0.1, f"a prediction: {word}", actor, t.start))
        elif passive and agent_kind(sentence, toks, i, end, "en", state) == "other":
            best = stronger(best, Reading(0.15, f"done by others: {word}", None, t.start))
        elif kind == "gov":
            why = "will continue" if rest[:1] == ["continue"] else "will act"
            best = stronger(best, Reading(0.9, f"the government side ({actor}) {why}: {word}", actor, t.start))
        elif rest[:1] == ["be"]:
            best = stronger(best, Reading(0.6, f"to be done: {word}", None, t.start))
        elif antecedents.body_set_up(sentence, toks, start, "en", state):
            # "The Government has established a working group, which will present its findings by …"
            best = stronger(best, Reading(0.45, f"{antecedents.SET_UP}, for review: {word}", None, t.start))
        else:
            best = stronger(best, Reading(0.1, f"not the government's act: {word}", None, t.start))
    if best is None:
        return None
    if en.THIS_LETTER_EN.match(sentence):
        return Reading(0.05, "what this document itself does", best.actor, best.verb_at)
    if en.CONDITION_EN.match(sentence):
        best = scaled(best, 0.5, "under a condition")
    if time is None and en.HEDGES_EN.search(sentence):
        best = scaled(best, 0.85, "hedged")
    return best


_YEAR = re.compile(r"\s*(?:the\s+(?:end|beginning|first\s+half|second\s+half)\s+of\s+)?((?:19|20)\d\d)\b", re.I)


def _year_after(sentence: str, at: int, reference: date | None) -> str | None:
    """The year printed right after offset `at` ("envisaged for 2022"), when it is not past; else None."""
    m = _YEAR.match(sentence, at)
    if m is None or (reference is not None and int(m.group(1)) < reference.year):
        return None
    return m.group(0).strip()


def _whose(sentence: str, toks, m: re.Match[str], state: str | None) -> tuple[str, str | None]:
    """`classify_subject` of the subject of the formula `m`'s clause: whose words they are."""
    i = next(k for k, t in enumerate(toks) if t.start >= m.start())
    start, _ = clause(toks, i)
    subj = subject(sentence, toks, i, start, "en")
    return classify_subject(subj[0] if subj else None, "en", state)


# the participles of the passive that do not end in "-ed" ("Measures will be taken", "… will be held")
_IRREGULAR = frozenset("made held set built sent brought put paid kept met sought taught led run spent begun done "
                       "drawn shown known seen found undertaken given taken written chosen driven".split())


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR
