"""Which open commitments a later document may fulfil or advance, each with a score and its reasons in words.

A later letter keeps a promise in ways a person recognises, and each is a reason this module gives:
- it is, or names, the document the promise named: "de beleidsbrief «Mensenrechten, Democratie en
  Internationale Rechtsorde»" promised, the letter whose subject or opening names that title;
- it says so in the genre's formula ("Met deze brief kom ik mijn toezegging na", "zoals toegezegd", see
  `formulas`);
- it answers the same recommendation of the same advice ("aanbeveling 6" of AIV advice 122), or follows up the
  same advice;
- it comes from the same ministry;
- it shares the promise's own words (TF-IDF over the letter's sentences and the promises, stemmed, without the
  common words of either language: scikit-learn's vectorizer).

Words in common alone, however many, are not enough: a letter on the same subject is not evidence of a promise
kept. A suggestion needs a title, a formula or the recommendation besides (`score`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from opvolging.extract import sentences
from opvolging.extract.content_words import common_words, stem, words
from opvolging.extract.language import detect
from opvolging.followup.formulas import formulas_in

SUGGEST = 0.45  # the score from which a document is suggested as evidence of a promise
TITLE_NAMED, TITLE_IS_DOCUMENT = 0.35, 0.5  # the title named anywhere; in the subject or the opening
FORMULA, FORMULA_NEAR = 0.15, 0.25  # a fulfilment formula; one in a sentence that shares the promise's words
RECOMMENDATION, ADVICE, MINISTRY = 0.2, 0.15, 0.1  # the same recommendation; the same advice; the same ministry
WORDS = 0.4  # times the cosine of the sentence most like the promise
OPENING = 800  # the characters of a letter's opening, where it says what it is ("Hierbij bied ik u … aan")


@dataclass(frozen=True)
class OpenCommitment:
    """What the matcher needs of a tracked commitment."""

    id: int
    action: str
    ministry: str = ""
    advice: str = ""  # the advice it answers, as `advice_key` gives it ("AIV 122"), or ""
    recommendations: tuple[str, ...] = ()  # the labels of the recommendations it serves


@dataclass(frozen=True)
class LaterDocument:
    """A document read after the commitments were made."""

    text: str
    subject: str = ""  # its Betreft line, or its title
    ministry: str = ""
    advice: str = ""  # the advice it answers ("AIV 122"), or ""


@dataclass
class Suggestion:
    commitment_id: int
    score: float
    status: str  # what the document points to: fulfilled or in_progress
    reasons: list[str] = field(default_factory=list)
    sentence: str = ""  # the document's sentence that shows it best
    span: tuple[int, int] = (0, 0)  # where that sentence is in the document's text


def advice_key(council: str | None, number: str | None) -> str:
    """How advice is named across documents: its council's abbreviation and its number ("AIV 122"); "" when
    either is unknown."""
    return f"{council} {number}" if council and number else ""


_QUOTED = re.compile(r"«([^«»]{6,200})»|“([^“”]{6,200})”|\"([^\"]{6,200})\"")


def titles(action: str) -> list[str]:
    """The titles a promise names, in «», “” or "" ("de beleidsbrief «Mensenrechten, Democratie en
    Internationale Rechtsorde»"): those of three words or more."""
    found = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(action)]
    return [t for t in found if len(_plain(t).split()) >= 3]


def _plain(text: str) -> str:
    """Lower case, letters and digits only, one space between words: how titles are compared."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _shared(a: str, b: str, n: int = 5) -> list[str]:
    """Up to `n` words of `a` whose stems `b` has too, as `a` spells them, longest first."""
    theirs = set(words(b))
    common = common_words()
    language = detect(a)
    mine = {w for w in re.findall(r"[^\W\d_]{4,}", a.lower()) if w not in common and stem(w, language) in theirs}
    return sorted(mine, key=lambda w: (-len(w), w))[:n]


def _recommendation_named(text: str, labels: tuple[str, ...]) -> str | None:
    for label in labels:
        if re.search(rf"\b(?:aanbeveling|recommendation)\s+{re.escape(label)}\b", text, re.I):
            return label
    return None


def suggest(doc: LaterDocument, commitments: list[OpenCommitment]) -> list[Suggestion]:
    """The commitments `doc` may fulfil or advance, best first, each scoring at least SUGGEST."""
    if not commitments or not doc.text.strip():
        return []
    from sklearn.feature_extraction.text import TfidfVectorizer

    spans = [(a, b) for a, b in sentences.split(doc.text) if b - a >= 20]
    if not spans:
        return []
    sents = [doc.text[a:b] for a, b in spans]
    vectorizer = TfidfVectorizer(analyzer=words, sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform(sents + [c.action for c in commitments])
    except ValueError:  # no content words at all
        return []
    sentence_vectors, promise_vectors = matrix[:len(sents)], matrix[len(sents):]
    similarity = (promise_vectors @ sentence_vectors.T).toarray()  # rows are l2-normalised: cosines
    formulas = [formulas_in(s) for s in sents]
    plain_text = _plain(doc.text)
    plain_opening = _plain(doc.subject + " " + doc.text[:OPENING])
    out = []
    for k, c in enumerate(commitments):
        best = int(similarity[k].argmax())
        cosine = float(similarity[k, best])
        score, reasons, status = 0.0, [], None
        for title in titles(c.action):
            if _plain(title) in plain_opening:
                score += TITLE_IS_DOCUMENT
                reasons.append(f"is the document it promised: «{title}»")
                status = "fulfilled"
                break
            if _plain(title) in plain_text:
                score += TITLE_NAMED
                reasons.append(f"names the document it promised: «{title}»")
                break
        if c.advice and c.advice == doc.advice:
            label = _recommendation_named(doc.text, c.recommendations)
            if label:
                score += RECOMMENDATION
                reasons.append(f"answers the same recommendation: {label} of {c.advice}")
            else:
                score += ADVICE
                reasons.append(f"follows up the same advice: {c.advice}")
        near = [f for f in formulas[best] if cosine >= 0.2]
        anywhere = [f for fs in formulas for f in fs]
        if near:
            score += FORMULA_NEAR
            status = status or near[0][0]
            reasons.append(near[0][1])
        elif anywhere and score:  # a formula elsewhere in a letter that names the document or the advice
            score += FORMULA
            status = status or anywhere[0][0]
            reasons.append(anywhere[0][1])
        if score and c.ministry and c.ministry == doc.ministry:
            score += MINISTRY
            reasons.append(f"from the same ministry: {c.ministry}")
        shared = _shared(c.action, sents[best])
        if shared and cosine >= 0.1:
            score += WORDS * cosine
            reasons.append("words in common: " + ", ".join(shared))
        named = any(r.startswith(("answers", "is the", "names", "follows")) for r in reasons)
        if score >= SUGGEST and (status or named):
            out.append(Suggestion(c.id, round(min(score, 1.0), 3), status or "in_progress", reasons, sents[best],
                                  spans[best]))
    return sorted(out, key=lambda s: -s.score)
