"""The Dutch formulas of a promise said outright, and whose they are.

"Ik zeg toe …", "Het kabinet is voornemens …", "Het streven is om in 2023 …", "De planning is dat …", "Ik ben bereid
om …", "… dat dit jaar beschikbaar wordt gesteld", "U kunt de brief voor de zomer tegemoet zien", "Het kabinet heeft
besloten …", "Het kabinet kiest ervoor om …", "Naar verwachting kan ik uw Kamer in het najaar informeren": `find`
looks for them in a sentence
(cheaply: most sentences have none of their words), `read` weighs those found. A formula with an actor of its own
counts for the government side only when it is the one that says it: "De gemeente is voornemens …" is another's
intention, "Het RIVM is voornemens …" a state agency's (a possible promise, for a person to confirm).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from opvolging.extract import dates, deadlines
from opvolging.extract import promise_words as w
from opvolging.extract.clauses import Tokens, clause, subject
from opvolging.extract.promise_actors import classify_subject
from opvolging.extract.promise_reading import Reading, scaled, stronger

_CUES = frozenset("voornemen voornemens voorgenomen toe plan planning bezig voorzien beschikbaar bereid tegemoet "
                  "tegemoetzien verwachten verwacht inzet kan kunnen intentie bedoeling neem neemt nemen"
                  .split()) | w.DECIDED_WORDS_NL
# work asked of another ("Ik heb het RIVM gevraagd om voor de zomer een advies uit te brengen", "Ik heb de NZa verzocht
# de bekostiging aan te passen"): a state agency's, for a person to confirm; a fellow minister's, the government's
_ASKED = re.compile(r"\b(?:(?:heb|hebben)\s+(?:ik|we|wij|het\s+kabinet)|(?:ik|we|wij|het\s+kabinet)\s+"
                    r"(?:heb|hebben|heeft))\s+(?P<whom>(?:de|het|mijn|onze)\s+[\w\s-]{2,60}?)\s+"
                    r"(?:gevraagd|verzocht)\b", re.I)
_ARTICLE = re.compile(r"^(?:de|het)\s+", re.I)
# work commissioned by the writer: now ("Ik geef het RIVM opdracht om …", "Ik heb opdracht gegeven tot een onderzoek"
# in the perfect: its result is still to come, for a person to confirm)
_COMMISSIONED = re.compile(
    r"\b(?P<now>(?:geef|geven)\s+(?:ik|we|wij|het\s+kabinet)|(?:ik|we|wij|het\s+kabinet)\s+(?:geef|geeft|geven))\s+"
    r"(?:[\w-]+\s+){0,5}?opdracht\b|"
    r"\b(?:(?:heb|hebben)\s+(?:ik|we|wij|het\s+kabinet)|(?:ik|we|wij|het\s+kabinet)\s+(?:heb|hebben|heeft))\s+"
    r"(?:[\w-]+\s+){0,5}?opdracht\s+(?:gegeven|verleend|verstrekt)\b", re.I)
# a promise the writer made before, restated ("Tijdens het commissiedebat van 12 maart heb ik toegezegd uw Kamer te
# informeren over …"): reported, as "is … toegezegd dat" is, for a person to confirm
_PROMISED_BEFORE = re.compile(r"\b(?:heb|hebben)\s+(?:ik|we|wij)\s+(?:\w+\s+){0,3}?toegezegd\b|"
                              r"\b(?:ik|we|wij)\s+(?:\w+\s+){0,3}?(?:heb|hebben)\s+(?:\w+\s+){0,3}?toegezegd\b", re.I)
# the thing just named, done by a time or at a next occasion: "Dat doe ik in de volgende voortgangsbrief", "Dit doen
# we voor de zomer"
_DOES_IT = re.compile(r"^\W*(?:dat|dit)\s+(?:doe|doen)\s+(?:ik|we|wij)\b", re.I)
# the reason's words by which `commitments` knows to take the sentence before as what is done
THE_THING_NAMED = "the thing just named"
_RELATIVE = re.compile(r"\b(?:die|dat|waarin|waarmee|waarbij|waarop|waarvoor|waarover|waaraan|waarna)\b", re.I)


@dataclass(frozen=True)
class Formulas:
    """The formulas a sentence holds (None for each it has not)."""

    intent: re.Match | None = None
    aim: re.Match | None = None
    available: re.Match | None = None
    willing: re.Match | None = None
    expected: re.Match | None = None  # the Kamer told what it can expect
    expects_to: re.Match | None = None  # the government expects to send or inform
    decided: re.Match | None = None  # a decision announced in the perfect, or a choice made
    can_send: re.Match | None = None  # what the government can send or tell
    promised_before: re.Match | None = None  # the writer's own promise made before, restated
    does_it: re.Match | None = None  # "Dat doe ik …": the thing just named, done
    asked: re.Match | None = None  # work asked of a state agency or a fellow minister
    commissioned: re.Match | None = None  # a study or work commissioned ("opdracht gegeven")

    def __bool__(self) -> bool:
        return bool(self.intent or self.aim or self.available or self.willing or self.expected or self.expects_to
                    or self.decided or self.can_send or self.promised_before or self.does_it or self.asked
                    or self.commissioned)


NONE = Formulas()


def find(sentence: str, low: str, words: set[str]) -> Formulas:
    """The formulas in `sentence` (`low` its lower case, `words` the set of its words); `NONE`, which is false, when
    it holds none."""
    # the formulas of what the writer promised before, does now or asked of others, each by its own word: "doen" is
    # too common a word to send every sentence that holds it through all the others
    promised = _PROMISED_BEFORE.search(sentence) if "toegezegd" in words else None
    does = _DOES_IT.match(sentence) if "doe" in words or "doen" in words else None
    asked = _ASKED.search(sentence) if "gevraagd" in words or "verzocht" in words else None
    commissioned = _COMMISSIONED.search(sentence) if "opdracht" in words else None
    if not (words & _CUES or "stre" in low):
        return Formulas(promised_before=promised, does_it=does, asked=asked, commissioned=commissioned) if (
            promised or does or asked or commissioned) else NONE
    return Formulas(w.INTENT_NL.search(sentence), w.AIM_NL.search(sentence), w.AVAILABLE_NL.search(sentence),
                    w.WILLING_NL.search(sentence), w.KAMER_EXPECTS_NL.match(sentence),
                    w.EXPECTS_TO_NL.search(sentence) if "verwacht" in low else None,
                    w.DECIDED_NL.search(sentence) if words & w.DECIDED_WORDS_NL else None,
                    w.CAN_SEND_NL.search(sentence) if "kan" in words or "kunnen" in words else None,
                    promised, does, asked, commissioned)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _told_of_before(sentence: str, reference: date) -> bool:
    """True when `sentence` names a date before `reference` ("Op 24 juni 2022 heeft het kabinet besloten …", in a
    letter of December 2022) or an earlier year: what was decided then is told, not announced."""
    if any(f.value and f.value < reference for f in dates.find_dates(sentence, reference)):
        return True
    return any(int(y) < reference.year for y in _YEAR.findall(sentence))


def read(sentence: str, toks: Tokens, formulas: Formulas, time: deadlines.Deadline | None,
         reference: date | None = None) -> Reading | None:
    """The strongest reading of the formulas said outright, or None (what is made available is read by the caller,
    in its clause). `reference`, the letter's date: a decision of an earlier year, with no time still to come, is
    history told (a possible promise, for a person to confirm)."""
    best: Reading | None = None
    with_time = f" with a time, {time.text}" if time else ""
    decided, when = 0.8, ""
    if formulas.decided and reference and not time and _told_of_before(sentence, reference):
        decided, when = 0.35, ", made before this letter"
    weighed = ((formulas.intent, 0.85, "said outright"), (formulas.willing, 0.7, "willing, said outright"),
               (formulas.aim, 0.6 if time else 0.4, f"an aim{with_time}"),
               (formulas.decided, decided, f"a decision announced{when}"))
    for m, confidence, what in weighed:
        said, by = _said_by_government(sentence, toks, m)
        if said:
            best = stronger(best, _by(Reading(confidence, f"{what}: «{said.group(0)}»", None, said.start()), by))
    if formulas.expected:  # "U kunt de brief voor de zomer tegemoet zien": the government's to send
        when = f", {time.text}" if time else ""
        best = stronger(best, Reading(0.8 if time else 0.6, f"the Kamer can expect it{when}: "
                                      f"«{formulas.expected.group(0).strip()}»", None, formulas.expected.start()))
    if formulas.expects_to:  # "Ik verwacht uw Kamer in het najaar te informeren": its hedge weighs it down after
        m = formulas.expects_to
        best = stronger(best, Reading(0.75 if time else 0.6, f"the government side expects to do it"
                                      f"{', ' + time.text if time else ''}: «{m.group(0)}»", None, m.start()))
    if formulas.promised_before:
        m = formulas.promised_before
        best = stronger(best, Reading(0.45, f"a promise made before, restated, for review: «{m.group(0)}»", None,
                                      m.start()))
    m = formulas.does_it
    # a time in a relative clause is another's: "Dit doen we op basis van de informatie die het Kennisprogramma in
    # 2023 oplevert"
    own_time = time if m and time and not _RELATIVE.search(sentence, m.end(), time.span[0]) else None
    occasion = w.NEXT_OCCASION_NL.search(sentence) if m and not own_time else None
    if m and (own_time or occasion):
        when = own_time.text if own_time else occasion.group(0)
        best = stronger(best, Reading(0.7, f"{THE_THING_NAMED}, done {when}: «{m.group(0)}»", None, m.start()))
    if formulas.asked:
        m = formulas.asked
        whom = " ".join(m["whom"].split())
        if w.AGENCIES_NL.fullmatch(whom) or w.AGENCIES_NL.fullmatch(_ARTICLE.sub("", whom)):  # "de NVWA"
            best = stronger(best, Reading(0.4, f"asked of a state agency ({whom}), for review: «{m.group(0)}»", whom,
                                          m.start()))
        elif w.GOVERNMENT_NL.fullmatch(whom):  # "Ik heb mijn collega van SZW gevraagd …"
            best = stronger(best, Reading(0.6 if time else 0.5, f"asked of the government side ({whom}): "
                                          f"«{m.group(0)}»", whom, m.start()))
    if formulas.commissioned:
        m = formulas.commissioned
        if m["now"]:
            best = stronger(best, Reading(0.7, f"work commissioned: «{m.group(0)}»", None, m.start()))
        else:
            best = stronger(best, Reading(0.45, f"work commissioned before, its result to come, for review: "
                                                f"«{m.group(0)}»", None, m.start()))
    if formulas.can_send and time:  # "Naar verwachting kan ik uw Kamer in het najaar informeren"
        m = formulas.can_send
        best = stronger(best, Reading(0.65, f"the government side can send or tell it, {time.text}: «{m.group(0)}»",
                                      None, m.start()))
    return best


# what a formula's subject may be without being its actor: "Het voornemen is om …", "Het streven is …", "Het is mijn
# inzet om …"; and the formula of a thing planned, whose subject is the thing ("Deze maatlat is voorzien in december
# 2022")
_FORMULA_VERBS = frozenset("zeg zegt zeggen ben is zijn heb heeft hebben streef streeft streven kies kiest "
                           "kiezen".split())
_FORMULA_NOUNS = re.compile(r"(?:het\s+is\s+)?(?:het|ons|onze|mijn|de)\s+(?:voornemen|streven|plan|planning|doel|"
                            r"inzet|intentie|bedoeling)\b|"
                            r".*\bvoorzien\b", re.I)


def _said_by_government(sentence: str, toks: Tokens, m: re.Match | None) -> tuple[re.Match | None, float]:
    """`m`, a formula said outright ("is voornemens", "streeft ernaar", "is bereid"), and how much of it the
    government side undertakes: all of it when it says it or the formula has no actor of its own ("Het voornemen is
    om …", "zeg ik toe"); a state agency's intention half ("Het RIVM is voornemens om …": a possible promise, for a
    person to confirm); another's none (None: "De gemeente is voornemens …", "De sector streeft ernaar …")."""
    if m is None or _FORMULA_NOUNS.match(m.group(0)):
        return m, 1.0
    k = next((k for k, t in enumerate(toks) if m.start() <= t.start < m.end() and t.low in _FORMULA_VERBS), None)
    if k is None:
        return m, 1.0
    start, _ = clause(toks, k)
    subj = subject(sentence, toks, k, start, "nl")
    if subj is None or _FORMULA_NOUNS.match(subj[0]):
        return m, 1.0
    kind, _ = classify_subject(subj[0], "nl", None)
    return (None, 0.0) if kind == "other" else (m, 0.5 if kind == "agency" else 1.0)


def _by(r: Reading, factor: float) -> Reading:
    return r if factor == 1.0 else scaled(r, factor, "a state agency's intention")
