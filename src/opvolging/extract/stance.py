"""Stance: how the government answered a recommendation, with the sentence that says so and a confidence.

Each rule is a cue in Dutch or English with the stance it signals and a weight. The strongest cue wins; cues
for adopting and for rejecting in one answer make it `partially_adopted`; hedges ("in algemene zin",
"waar mogelijk") lower the confidence. An answer with no cue but with promises of action reads as
`adopted` with low confidence (`rejected` when what it says it will do is a refusal, as `promises` reads it: "Het
kabinet zal geen wetsvoorstel indienen"); one with neither is `unclear`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from opvolging.extract import promises, sentences
from opvolging.extract.patterns import WordPattern
from opvolging.extract.stance_rules import RULES

HEDGES = WordPattern(
    r"\bin\s+algemene\s+zin\b|\bwaar\s+mogelijk\b|\bin\s+beginsel\b|\bin\s+principe\b|\bop\s+hoofdlijnen\b|"
    r"\bin\s+general\s+terms\b|\bwhere\s+possible\b|\bin\s+principle\b|\bto\s+the\s+extent\s+possible\b", lower=True)
_HEDGE_WORDS = ("algemene", "mogelijk", "beginsel", "principe", "hoofdlijnen", "general", "possible", "principle")
FUTURE = {
    "nl": WordPattern(r"\b(?:zal|zullen|gaat|gaan)\b|\bblijf(?:t|en)\b[^.]{0,40}\binzetten\b", lower=True),
    "en": WordPattern(r"\b(?:will|shall|intends?\s+to|commits?\s+to|plans?\s+to)\b", lower=True),
}
# more than what is done: a refusal of it leaves what is done standing
_BEYOND = WordPattern(r"\b(?:aanvullende|extra|verdere|nieuwe|meer|additional|further|new|more)\b", lower=True)
# sympathy with what the advice is after, not with what it recommends: "onderschrijft het belang van
# uitvoerbaarheid", "deelt de zorg van de raad", "supports the objective of the recommendation"; beside a refusal of
# the recommendation, the answer refuses it
_GOAL_ONLY = WordPattern(
    r"\b(?:onderschrijft|onderschrijf|onderschrijven|deelt|deel|delen|steunt|steun|steunen|erkent|erken|erkennen|"
    r"herkent|herken|supports?|shares?|recogni[sz]es?|welcomes?|endorses?)\s+(?:\w+\s+){0,2}?(?:het|de|the)\s+"
    r"(?:\w+\s+)?(?:belang|doel|doelen|doelstelling|doelstellingen|intentie|streven|zorg|zorgen|urgentie|gedachte|"
    r"ambitie|objectives?|aims?|goals?|spirit|intention|concerns?|importance)\b|"
    # a kindly attitude, no decision: "staat welwillend tegenover deze aanbeveling, maar ziet geen financiële ruimte"
    r"\b(?:staat|sta|staan)\s+(?:\w+\s+){0,3}?(?:sympathiek|welwillend)\s+tegenover\b", lower=True)
_CONTRAST = WordPattern(r"\b(?:but|however|whereas|maar|echter|terwijl)\b")  # searched in lower case
# Each rule is tried only on sentences holding one of its words: most sentences need no regular expression.
# Compiled without IGNORECASE and searched in the lower-cased sentence: much faster, same matches.
_COMPILED = {lang: [(WordPattern(rx), stance, weight, words) for rx, stance, weight, words in rules]
             for lang, rules in RULES.items()}
_WORDS = re.compile(r"\w+")


def _promises_it(sentence: str, language: str) -> bool:
    """True when `sentence` reads as a promise of the government's (`promises.read`, at PROMISE or above)."""
    reading = promises.read(sentence, language)
    return reading is not None and reading.confidence >= promises.PROMISE


def _only_sympathy(low: str, rules: list) -> bool:
    """True when every cue for adopting in the sentence `low` (lower case) is sympathy with the advice's goal
    (`_GOAL_ONLY`): with those words blanked out, no rule for adopting matches."""
    spans = [m.span() for m in _GOAL_ONLY.finditer(low, lowered=True)]
    if not spans:
        return False
    for a, b in reversed(spans):
        low = low[:a] + " " * (b - a) + low[b:]
    return not any(rx.search(low) for rx, stance, _, _ in rules if stance == "adopted")


@dataclass
class StanceResult:
    stance: str
    evidence: str | None
    confidence: float


def classify(text: str, language: str = "nl", sentence_spans: list[tuple[int, int]] | None = None) -> StanceResult:
    """The stance an answer takes, the sentence that shows it, and a confidence in [0, 1].

    `sentence_spans` (into `text`) saves splitting again when the caller has split already."""
    rules = _COMPILED[language if language in RULES else "nl"]
    spans = sentences.split(text) if sentence_spans is None else sentence_spans
    sents = [text[a:b] for a, b in spans]
    hits: list[tuple[float, int, str, str]] = []
    text_low = text.lower()
    answer_words = set(_WORDS.findall(text_low))
    rules = [r for r in rules if r[3] & answer_words]  # rules whose words the answer never uses cannot match
    for i, s in enumerate(sents):
        low = s.lower()
        words = set(_WORDS.findall(low))  # a rule is searched only in a sentence holding one of its words
        matched = [(weight, stance) for rx, stance, weight, need in rules if need & words and rx.search(low)]
        if not matched:
            continue
        found = {st for _, st in matched}
        sympathy = "adopted" in found and _only_sympathy(low, rules)
        if "adopted" in found and "rejected" in found and _CONTRAST.search(low) and not sympathy:
            # "accepts the part on …, but cannot accept …"
            hits.append((0.85, -i, "partially_adopted", s, False))
            continue
        if sympathy and len(found) > 1:  # "onderschrijft het belang van …, maar neemt de aanbeveling niet over"
            matched = [m for m in matched if m[1] != "adopted"]
        weight, stance = matched[0]
        hits.append((weight, -i, stance, s, sympathy and stance == "adopted"))
    if hits:
        stances = {h[2] for h in hits}
        best = max(hits)
        stance, evidence, conf = best[2], best[3], best[0]
        if "adopted" in stances and "rejected" in stances and all(h[4] for h in hits if h[2] == "adopted"):
            # "Het kabinet onderschrijft het belang van uitvoerbaarheid. … ziet geen aanleiding om deze aanbeveling
            # over te nemen": the goal shared, the recommendation refused
            refusal = max(h for h in hits if h[2] == "rejected")
            stance, evidence, conf = "rejected", refusal[3], refusal[0]
        elif "adopted" in stances and "rejected" in stances:
            stance, conf = "partially_adopted", 0.7
            evidence = next(h[3] for h in hits if h[2] == "rejected")
        elif "already_implemented" in stances and "rejected" in stances and all(
                _BEYOND.search(h[3].lower(), lowered=True) for h in hits if h[2] == "rejected"):
            # "Dit gebeurt al via het burgerforum. Het kabinet ziet geen aanleiding voor aanvullende maatregelen":
            # what is refused is more than is done already
            done = max(h for h in hits if h[2] == "already_implemented")
            stance, evidence, conf = "already_implemented", done[3], done[0]
    else:
        future = next((s for s in sents if FUTURE[language if language in FUTURE else "nl"].search(s)), None)
        if future is None:  # no future tense: a promise in another form ("Het kabinet heeft … afgesproken een
            # suikertaks in te voeren", "Voor de zomer stuur ik uw Kamer …") undertakes what is recommended as much
            future = next((s for s in sents if _promises_it(s, language)), None)
        if future is None:
            return StanceResult("unclear", None, 0.2)
        stance, evidence, conf = "adopted", future, 0.5
        reading = promises.read(future, language)
        if reading is not None and "said not to be done" in reading.reason:
            # "Het kabinet zal geen wetsvoorstel indienen": what the answer refuses to do, a refusal
            stance = "rejected"
    if any(w in text_low for w in _HEDGE_WORDS) and HEDGES.search(text_low, lowered=True):
        conf *= 0.75
    return StanceResult(stance, evidence.strip() if evidence else None, round(conf, 2))
