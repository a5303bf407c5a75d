"""The plainest promise of a Dutch letter: the minister's "ik" (or "we") with a verb in the present tense and a time
to come, whatever the verb ("Samen met de brancheorganisaties schrap ik voor 1 januari 2025 ten minste 20 procent
van de registratieverplichtingen", "Eind 2024 evalueer ik de regeling", "In het najaar organiseren we een
bijeenkomst"). The promise rests on the form, not on a lexicon of the government's verbs, so that a verb no letter
in view used is read as well; what the form cannot tell apart, a verb of being, thinking, seeing or saying ("In 2025
ben ik …", "Daarom vind ik …"), is left out by name.

`read(sentence, toks, reference)` returns a `Reading`, or None when the sentence has no such clause.
"""

from __future__ import annotations

import re
from datetime import date

from opvolging.extract import deadlines
from opvolging.extract import promise_words as w
from opvolging.extract.clauses import PREPOSITIONS, SUBORDINATORS, Tokens, clause
from opvolging.extract.promise_clause_nl import negated
from opvolging.extract.promise_reading import Reading

FIRST_PERSON = frozenset("ik we wij".split())
# the present tense of what is no act: being and having, thinking, expecting, seeing, saying, the auxiliaries (read by
# their own rules), and the letter's own words ("Hierbij stuur ik …" is `promises_nl`'s)
NOT_ACTS = frozenset((
    "ben zijn heb hebben vind vinden denk denken verwacht verwachten hoop hopen zie zien weet weten constateer "
    "constateren merk merken acht achten meen menen begrijp begrijpen erken erkennen onderschrijf onderschrijven "
    "betreur betreuren waardeer waarderen ken kennen besef beseffen realiseer realiseren twijfel twijfelen "
    "verwijs verwijzen benadruk benadrukken onderstreep onderstrepen herhaal herhalen noem noemen schrijf schrijven "
    "lees lezen beantwoord beantwoorden reageer reageren dank danken bedank bedanken sta staan lig liggen "
    "kan kunnen wil willen moet moeten mag mogen zal zullen ga gaan blijf blijven laat laten kom komen word worden "
    "hoef hoeven dien dienen ontvang ontvangen krijg krijgen hecht hechten deel delen stel stellen vraag vragen "
    "hou neem nemen zit zitten heet heten "
    # a goal met is foretold, not undertaken ("In 2030 halen we de doelen")
    "haal halen behaal behalen bereik bereiken voldoe voldoen"
).split())
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
    """The reading of the first clause in which "ik", "we" or "wij" is the subject of a finite verb in the present
    tense (the verb right after it, or right before it when something else opens the clause) and a time to come
    stands, not negated; None when there is none."""
    for k, t in enumerate(toks):
        if t.low not in FIRST_PERSON:
            continue
        start, end = clause(toks, k)
        v = k + 1 if k == start else k - 1
        if v >= end or v < start:
            continue
        verb = toks[v].low
        if not _present(verb, t.low) or verb in NOT_ACTS or verb in w.PAST_NL:
            continue
        clause_text = sentence[toks[start].start:toks[end - 1].start + len(toks[end - 1].text)]
        time = deadlines.first_future(_QUOTED.sub(" ", clause_text), reference)
        if time is None or negated(toks, start, end):
            continue
        word = f"«{toks[v].text}»"
        if t.low != "ik" and _QUANTITY.search(clause_text):
            return Reading(0.4, f"a quantity foretold with «{t.text}», {time.text}, for review: {word}", None,
                           toks[v].start)
        return Reading(0.7, f"the government side ({t.text}) acts {time.text}, in the present tense: {word}", t.text,
                       toks[v].start)
    return None


def _present(word: str, subject: str) -> bool:
    """True when `word` can be the present tense of a verb with `subject` ("ik schrap", "we schrappen"): a word of
    letters that is no subordinator, preposition or adverb, the plural's "-en" after "we", no past tense's "-te" or
    "-de" after "ik" (a past plural, "-ten", "-den", is left to the time to come: a clause with one seldom has it)."""
    if not word.isalpha() or word in SUBORDINATORS or word in PREPOSITIONS or word in _NOT_VERBS:
        return False
    if subject == "ik":
        return not (len(word) > 4 and word.endswith(("te", "de")))
    return word.endswith("en")
