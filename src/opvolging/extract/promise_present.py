"""The plainest promise of a Dutch letter: the government side as the subject of a verb in the present tense, with a
time to come, whatever the verb: "Samen met de brancheorganisaties schrap ik voor 1 januari 2025 ten minste 20
procent van de registratieverplichtingen", "In 2025 verdubbelen we het aantal controles", "Het kabinet schrapt voor 1
januari 2025 de helft van de regels", "In juni organiseert het ministerie een bijeenkomst". The promise rests on the
form (the subject, a verb beside it that agrees with it, a time), not on a lexicon of the government's verbs, so
that a verb no letter in view used is read as well. What the form cannot tell apart, a verb of being, thinking,
seeing or saying ("In 2025 ben ik …", "Daarom vind ik …", "De minister verwacht in 2025 …"), is left out by name;
so is "Nederland", which is the country as often as the State ("In 2025 telt Nederland …"). A state agency's
present tense is its plan, for review ("Rijkswaterstaat vervangt in 2026 de sluizen …"). In a "dat" clause after a
verb of telling the Kamer the verb stands last ("Ik laat u weten dat wij voor de zomer met een voorstel komen").

`read(sentence, toks, reference)` returns a `Reading`, or None when the sentence has no such clause.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from opvolging.extract import deadlines
from opvolging.extract import promise_words as w
from opvolging.extract.clauses import PREPOSITIONS, SUBORDINATORS, Tokens, clause
from opvolging.extract.promise_clause_nl import negated
from opvolging.extract.promise_reading import Reading

FIRST_PERSON = frozenset("ik we wij".split())
# the present tense of what is no act: being and having, thinking, expecting, seeing and following, saying, the
# auxiliaries (read by their own rules), and the letter's own words ("Hierbij stuur ik …" is `promises_nl`'s)
NOT_ACTS = frozenset((
    "ben zijn heb hebben vind vinden denk denken verwacht verwachten hoop hopen zie zien weet weten constateer "
    "constateren merk merken acht achten meen menen begrijp begrijpen erken erkennen onderschrijf onderschrijven "
    "betreur betreuren waardeer waarderen ken kennen besef beseffen realiseer realiseren twijfel twijfelen "
    "verwijs verwijzen benadruk benadrukken onderstreep onderstrepen herhaal herhalen noem noemen schrijf schrijven "
    "lees lezen beantwoord beantwoorden reageer reageren dank danken bedank bedanken sta staan lig liggen "
    "kan kunnen wil willen moet moeten mag mogen zal zullen ga gaan blijf blijven laat laten word worden "
    "hoef hoeven dien dienen ontvang ontvangen krijg krijgen hecht hechten deel delen stel stellen vraag vragen "
    "hou neem nemen zit zitten heet heten volg volgen "
    # a state of things: "Volgend jaar bestaat het ministerie honderd jaar", "Vanaf 2025 geldt …"
    "besta bestaan geld gelden duur duren tel tellen beschik beschikken blijk blijken lijk lijken beteken betekenen "
    "bedraag bedragen omvat omvatten bevat bevatten hoor horen val vallen loop lopen "
    # a goal met is foretold, not undertaken ("In 2030 halen we de doelen")
    "haal halen behaal behalen bereik bereiken voldoe voldoen"
).split())
# and their third person: the stem and "-t" ("vindt", "verwacht"), and the irregular ones
NOT_ACTS |= {f if f.endswith("t") else f + "t" for f in NOT_ACTS if not f.endswith("en")} | frozenset(
    "is heeft kan wil zal mag gaat staat houdt bestaat".split())
# the past tense that ends as the present's "-t" does: "Het kabinet besloot in 2022 …"
_PAST_IN_T = frozenset("besloot sloot liet verliet schoot vergat".split())
# a time between quotation marks is a word mentioned, not a time set: "… of spreken we van ‘voor 2030’, ‘tussen 2030 en
# 2050’ en ‘na 2050’" (the water letter)
_QUOTED = re.compile(r"[‘“«„][^‘’“”«»„]{1,40}[’”»]|(?<!\w)[\"'][^\"']{1,40}[\"'](?!\w)")
# a quantity of the world's: "In 2030 wekken we 70 procent van onze stroom op" foretells, "we" speaking for the
# country; money is the government's own ("In 2025 investeren we € 100 miljoen")
_QUANTITY = re.compile(r"\d\s*(?:%|procent\b|(?:mega|kilo)?ton\b|[kMGT]Wh?\b|PJ\b)")
# what stands next to a subject without being its verb: "ook ik", "wij als kabinet", "en we"
_NOT_VERBS = frozenset("de het een en of maar ook nu dan daarom daarbij hierbij zelf als namelijk wel niet nog al "
                       "echter dus immers tevens eveneens bovendien verder vervolgens".split())


def read(sentence: str, toks: Tokens, reference: date | None) -> Reading | None:
    """The reading of the first clause in which the government side (`promise_words.GOVERNMENT_NL`, a ministry's
    abbreviation) is the subject of a finite verb in the present tense that agrees with it (the verb right after
    the subject when the subject opens the clause, right before it when something else does) and a time to come
    stands, not negated; None when there is none."""
    starts = [t.start for t in toks]
    for m in _subjects(sentence):
        name = m.group(0).lower()
        k, e = bisect.bisect_left(starts, m.start()), bisect.bisect_left(starts, m.end())
        if name == "nederland" or k >= len(toks) or starts[k] != m.start():
            continue
        start, end = clause(toks, k)
        v = e if k == start else k - 1
        if k == start + 1 and toks[start].low == "dat" and _told(toks, start):
            # what the letter tells the Kamer is done, its verb last: "Ik laat u weten dat wij voor de zomer met een
            # voorstel komen", "Ik kan u melden dat het kabinet in 2025 de regeling verlengt"
            v = next((j for j in range(end - 1, k, -1) if toks[j].low[:1].isalpha()), end)
        if v >= end or v < start:
            continue
        verb = toks[v].low
        if not _agrees(verb, name) or verb in NOT_ACTS or verb in w.PAST_NL or verb in _PAST_IN_T:
            continue
        clause_text = sentence[toks[start].start:toks[end - 1].start + len(toks[end - 1].text)]
        time = deadlines.first_future(_QUOTED.sub(" ", clause_text), reference)
        if time is None or negated(toks, start, end):
            continue
        word, actor = f"«{toks[v].text}»", " ".join(m.group(0).split())
        if m.re is w.AGENCIES_NL:
            return Reading(0.4, f"a state agency's plan ({actor}), {time.text}, in the present tense: {word}", actor,
                           toks[v].start)
        if name != "ik" and _QUANTITY.search(clause_text):
            return Reading(0.4, f"a quantity foretold with «{actor}», {time.text}, for review: {word}", None,
                           toks[v].start)
        return Reading(0.7, f"the government side ({actor}) acts {time.text}, in the present tense: {word}", actor,
                       toks[v].start)
    return None


# the verbs that tell the Kamer something: "Ik laat u weten dat …", "Ik kan u melden dat …", "Ik bericht u dat …",
# "Ik deel u mee dat …"
_TELLS = frozenset("weten meld melden bericht berichten mee mede".split())


def _told(toks: Tokens, start: int) -> bool:
    """True when the "dat" at `start` completes a verb of telling the Kamer (`_TELLS`), said to "u" or "uw Kamer"."""
    before = [t.low for t in toks[:start]]
    return bool(_TELLS.intersection(before)) and ("u" in before or "kamer" in before)


def _subjects(sentence: str) -> list[re.Match[str]]:
    """The government side's names in the sentence, and the state agencies' (whose plans are for review), in order:
    "ik", "het kabinet", "de minister van …", "IenW", "de Nederlandse Zorgautoriteit"."""
    found = [m for pattern in (w.GOVERNMENT_NL, w.GOVERNMENT_ABBREVIATION, w.AGENCIES_NL)
             for m in pattern.finditer(sentence)]
    return sorted(found, key=lambda m: m.start())


_PLURAL_NAMES = ("we", "wij", "de departementen", "de ministeries", "bewindspersonen")


def _agrees(word: str, subject: str) -> bool:
    """True when `word` can be the present tense of a verb with `subject` ("ik schrap", "we schrappen", "het kabinet
    schrapt"): a word of letters that is no subordinator, preposition or adverb; the stem after "ik" (no past
    tense's "-te" or "-de"), the plural's "-en" after "we" or a plural name, the "-t" after any other name. (A past
    plural, "-ten", "-den", is left to the time to come: a clause with one seldom has it.)"""
    if not word.isalpha() or word in SUBORDINATORS or word in PREPOSITIONS or word in _NOT_VERBS:
        return False
    if subject == "ik":
        return not (len(word) > 4 and word.endswith(("te", "de")))
    if subject.endswith(_PLURAL_NAMES):
        return word.endswith("en")
    return word.endswith("t")
