"""Who acts in a sentence that may be a promise: the government side, a state agency, or others.

`classify_subject(words)` tells the kind of a verb's subject ("gov", "agency", "other", "none") and the
government actor as printed; `agent_kind` the kind of a passive's agent ("door het RIVM"). The government side is
`promise_words`' (the cabinet, "ik", "wij", a ministry, "het Rijk"; in a State's answer to the UN, the State by
name); a joint actor counts when the government is one of them ("Rijk en gemeenten").
"""

from __future__ import annotations

import re

from opvolging.extract import promise_words as w
from opvolging.extract.clauses import Tokens

_JOINT = re.compile(r"(?:[\w-]+\s+){0,6}?(?:en|,)\s+")  # "Rijk en ", "BZK, IenW en "
_OF_SOMEONE = re.compile(r"(?:de|het)\s+\w+\s+van\b", re.I)  # "de provincies van …": not a joint actor
KAMER = re.compile(r"(?:de|uw)\s+kamer\b", re.I)


def government(text: str, language: str, state: str | None) -> re.Match[str] | None:
    """The government actor that `text` opens with (after a determiner), or None."""
    if language == "en":
        m = w.GOVERNMENT_EN.match(text)
        if m:
            return m
        if state and text.startswith(state):
            return re.match(re.escape(state), text)
        return None
    m = w.GOVERNMENT_NL.match(text) or w.GOVERNMENT_ABBREVIATION.match(text)
    if m:
        return m
    # a joint actor with the government among them: "Rijk en gemeenten", "BZK en IenW", "EZK, IenW en IPO"
    joint = _JOINT.match(text)
    if joint:
        rest = text[joint.end():]
        m2 = w.GOVERNMENT_NL.match(rest) or w.GOVERNMENT_ABBREVIATION.match(rest)
        if m2 and not _OF_SOMEONE.match(text[:joint.end()]) and len(text[:joint.end()]) < 60:
            return re.match(re.escape(text[:joint.end() + m2.end()]), text)
    return None


def classify_subject(subject: str | None, language: str, state: str | None) -> tuple[str, str | None]:
    """("gov", actor) | ("agency", actor) | ("other", None) | ("none", None) for the subject's words."""
    if subject is None:
        return "none", None
    m = government(subject, language, state)
    if m:
        if language == "en":  # the subject as printed, up to its verb: "the competent Government Office for …"
            return "gov", " ".join(subject.split()[:10])
        return "gov", " ".join(m.group(0).split())
    if language == "nl":
        a = w.AGENCIES_NL.match(subject)
        if a:
            return "agency", " ".join(a.group(0).split())
    if language == "en" and re.match(r"(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?$", subject) and not re.match(
            r"(?:The\s+)?(?:Parliament|Council|Committee|Court|Ombudsman|Assembly|Commission|Commissioner|Rapporteur|"
            r"Union|It|This|That|These|They)\b", subject):  # "The Committee intends to visit …": not the State
        return "gov", subject  # the State speaks of itself by name: "Slovenia will …"
    return "other", None


def agent_kind(sentence: str, toks: Tokens, i: int, end: int, language: str, state: str | None,
           participle: str | None = None) -> str:
    """The kind of the passive's agent ("door het RIVM"): "gov", "agency", "other", or "none" without one. In Dutch
    the agent stands before the participle ("wordt door het RIVM een notitie opgesteld"); a "door" after it belongs
    to a noun ("ingezet op het tegengaan van ondermijning … door andere staten"), unless it follows the participle
    at once ("De regeling wordt uitgevoerd door RVO")."""
    word = "door" if language == "nl" else "by"
    stop = end
    if language == "nl" and participle:
        stop = next((k for k in range(i + 1, end) if toks[k].low == participle), end)
        if stop + 1 < end and toks[stop + 1].low == word:
            stop += 2
    for k in range(i + 1, stop):
        if toks[k].low == word and k + 1 < len(toks):
            kind, _ = classify_subject(sentence[toks[k + 1].start:toks[k + 1].start + 80], language, state)
            return kind
    return "none"
