"""Who acts in a sentence that may be a promise: the government side, a state agency, or others.

`classify_subject(words)` tells the kind of a verb's subject ("gov", "agency", "other", "none") and the
government actor as printed; `agent_kind` the kind of a passive's agent ("door het RIVM"). The government side is
`promise_words`' (the cabinet, "ik", "wij", a ministry, "het Rijk"; in a State's answer to the UN, the State by
name); a joint actor counts when the government is one of them ("Rijk en gemeenten").
"""

from __future__ import annotations

import re

from opvolging.extract import promise_words as w
from opvolging.extract import promise_words_en as en
from opvolging.extract.clauses import Tokens

_JOINT = re.compile(r"(?:[\w-]+\s+){0,6}?(?:en|,)\s+")  # "Rijk en ", "BZK, IenW en "
_OF_SOMEONE = re.compile(r"(?:de|het)\s+\w+\s+van\b", re.I)  # "de provincies van …": not a joint actor
KAMER = re.compile(r"(?:de|uw)\s+kamer\b", re.I)


def government(text: str, language: str, state: str | None) -> re.Match[str] | None:
    """The government actor that `text` opens with (after a determiner), or None."""
    if language == "en":
        m = en.GOVERNMENT_EN.match(text)
        if m:
            return m
        if state:
            return _the_state(text, state)
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


def _the_state(text: str, state: str) -> re.Match[str] | None:
    """The State under review as a subject: by name, with or without "the" ("Slovenia", "The Netherlands"), by
    the names the UN's list gives it ("Netherlands (Kingdom of the)": "The Kingdom of the Netherlands"; "United
    Kingdom of Great Britain and Northern Ireland": "The United Kingdom", "The UK Government"), as a republic or
    kingdom ("The Republic of Slovenia"), by that alone ("The Kingdom" of the Kingdom of the Netherlands; its name as
    the Kingdom of the Netherlands, "The Netherlands"), or by its adjective before its authorities ("The Slovenian
    authorities", "the Slovene Government": the adjective shares the name's stem)."""
    names = "|".join(re.escape(n) for n in state_names(state))
    stem = re.escape(_base_name(state)[:max(4, len(_base_name(state)) - 2)])
    return re.match(rf"(?:the\s+)?(?:{names})\b(?:\s+{_ORGANS})?|(?:the\s+)?(?:Republic|Kingdom|Principality|"
                    rf"Federation|Grand\s+Duchy|State|Government)\s+of\s+(?:the\s+)?(?:{names})\b|(?:the\s+)?"
                    rf"{stem}\w*\s+{_ORGANS}", text, re.I) or _OWN_ADJECTIVE.match(text) or _the_form(text, state)


def _the_form(text: str, state: str) -> re.Match[str] | None:
    """The State under review by its form alone ("The Kingdom will present …" in the answer of the Kingdom of the
    Netherlands, "The Republic" in the Republic of Slovenia's), or None."""
    form = re.search(_FORMS, state, re.I)
    return re.match(rf"the\s+{re.escape(form.group(0))}\b(?!\s+of\b)", text, re.I) if form else None


_ORGANS = r"(?:authorities|government|state|ministry|ministries|institutions)\b"
# in a State's own answer, "The Dutch Government", "the Slovak authorities": its adjective, whatever its stem
_OWN_ADJECTIVE = re.compile(r"(?:[Tt]he\s+)?[A-Z][a-z]+\s+(?:[Gg]overnment|[Aa]uthorities)\b")


def _base_name(state: str) -> str:
    return re.sub(r"\s*\(.*?\)\s*", " ", state).strip()


_FORMS = r"(?:Republic|Kingdom|Principality|Federation|Grand\s+Duchy|(?:Plurinational\s+)?State)"
_FORM_OF_STATE = re.compile(rf"(?:the\s+)?(?:\w+\s+)?{_FORMS}\s+of\s+(?:the\s+)?(?P<name>[A-Z].+)$", re.I)


def state_names(state: str) -> list[str]:
    """The names a State goes by in its own answers, longest first: as the UN lists it, without its parenthesis
    ("Netherlands (Kingdom of the)" → "Netherlands", "Kingdom of the Netherlands"), the words before "of" of a long
    name ("United Kingdom of Great Britain and Northern Ireland" → "United Kingdom"), and its initials ("UK",
    "USA")."""
    base = _base_name(state)
    names = {state, base}
    inner = re.search(r"\((?P<words>[^()]+)\)", state)
    if inner:  # "Kingdom of the" + "Netherlands", "Plurinational State of" + "Bolivia"
        names.add(f"{inner['words'].strip()} {base}")
    form = _FORM_OF_STATE.match(base)
    if form:  # "Kingdom of the Netherlands" → "Netherlands", "Republic of Slovenia" → "Slovenia"
        names.add(form["name"])
    head = re.match(r"(?P<head>.+?)\s+of\s+", base)
    if head and len(head["head"].split()) >= 2:
        names.add(head["head"])  # "United Kingdom", "United States"
    for name in {base, head["head"] if head else base}:
        words = [w for w in name.split() if w not in ("of", "and", "the")]
        if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            names.add("".join(w[0] for w in words))  # "UK", "USA"
    names.update(_PARTS.get(form["name"] if form else base, ()))
    return sorted(names, key=len, reverse=True)


# the countries of a Kingdom that answer for themselves in its review ("Aruba will establish …", "Curaçao supports
# …" in the answers of the Kingdom of the Netherlands; Greenland and the Faroe Islands in Denmark's): the State's
# government side too
_PARTS = {"Netherlands": ("Aruba", "Curaçao", "Curacao", "Sint Maarten", "Caribbean Netherlands"),
          "Denmark": ("Greenland", "Faroe Islands", "Faroes")}


# a capitalised subject that is no State: "The Committee intends to visit …", "It will …"
_NOT_A_STATE = re.compile(r"(?:The\s+)?(?:Parliament|Council|Committee|Court|Ombudsman|Assembly|Commission|"
                          r"Commissioner|Rapporteur|Union|It|This|That|These|They)\b")


def classify_subject(subject: str | None, language: str, state: str | None) -> tuple[str, str | None]:
    """("gov", actor) | ("agency", actor) | ("other", None) | ("none", None) for the subject's words."""
    if subject is None:
        return "none", None
    m = government(subject, language, state)
    if m:
        if language == "en":  # the subject as printed, up to its verb: "the competent Government Office for …"
            words = subject.split()
            if words[-1].lower() in ("and", "but"):
                # "Ruritania supports the part on … and will introduce …": the verb shares the first clause's
                # subject, which the words up to it open with
                return "gov", " ".join(m.group(0).split())
            return "gov", " ".join(words[:10])
        return "gov", " ".join(m.group(0).split())
    if language == "nl":
        a = w.AGENCIES_NL.match(subject)
        if a:
            return "agency", " ".join(a.group(0).split())
    if language == "en" and state is None and re.match(r"(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?$", subject) and \
            not _NOT_A_STATE.match(subject):
        return "gov", subject  # the State, not known here, speaks of itself by name: "Slovenia will …"
    return "other", None


def agent_kind(sentence: str, toks: Tokens, i: int, end: int, language: str, state: str | None,
           participle: str | None = None, start: int | None = None) -> str:
    """The kind of the passive's agent ("door het RIVM"): "gov", "agency", "other", or "none" without one. In Dutch
    the agent stands before the participle ("wordt door het RIVM een notitie opgesteld"); a "door" after it belongs
    to a noun ("ingezet op het tegengaan van ondermijning … door andere staten"), unless it follows the participle
    at once ("De regeling wordt uitgevoerd door RVO"). Given the clause's `start`, a Dutch agent may also stand
    before the finite verb at `i`, put first ("Door het RIVM wordt in 2023 een notitie opgesteld") or in a
    subordinate clause ("…, waarna door de provincies een plan wordt opgesteld"), when it names someone who acts
    (`_ACTOR_AGENT_NL`): "Door deze maatregel wordt …" names the means."""
    word = "door" if language == "nl" else "by"
    if language == "nl" and start is not None:
        before = _actor_after_door(sentence, toks, start, i, state)
        if before is not None:
            return before
    stop = end
    if language == "nl" and participle:
        stop = next((k for k in range(i + 1, end) if toks[k].low == participle), end)
        if stop + 1 < end and toks[stop + 1].low == word:
            stop += 2
    opens, ends = getattr(toks, "opens", None), getattr(toks, "ends", None)
    aside = False  # inside a subordinate clause set between commas ("wordt, nadat het door de provincies is
    for k in range(i + 1, stop):  # besproken, in 2024 vastgesteld"): its "door" is its own verb's agent
        if opens and ends:
            aside = opens[k] or (aside and not ends[k - 1])
        if toks[k].low == word and k + 1 < len(toks) and not aside:
            after = sentence[toks[k + 1].start:toks[k + 1].start + 80]
            if language == "en" and _BY_A_TIME.match(after):
                continue  # "… will be submitted by the end of 2021": a time, not an agent
            kind, _ = classify_subject(after, language, state)
            return kind
    return "none"


# who acts, after "door" before the finite verb: a name (capitalised, an abbreviation: "het RIVM", "de Europese
# Commissie", "TNO"), a government ("het Rijk", "de provincies") or a party of the field ("de sector", "partijen")
_ACTOR_AGENT_NL = re.compile(r"(?:(?:de|het|alle|beide)\s+)?(?:[A-Z]|(?:rijk|kabinet|regering|minister|"
                             r"staatssecretaris|provincies?|gemeenten?|waterschappen|medeoverheden|overheden|sector|sectoren|partijen|"
                             r"bedrijven|ondernemers|organisaties|instellingen|kennisinstellingen|marktpartijen|"
                             r"netbeheerders|werkgevers|werknemers|sociale\s+partners|onderzoekers|experts|deskundigen)\b)")
_BY_A_TIME = re.compile(r"(?:the\s+)?(?:end|beginning|middle|start|close|time|date|deadline|next|"
                        r"(?:first|second)\s+half|\d+|January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"spring|summer|autumn|winter)\b", re.I)


# what follows "het" as a pronoun, not as an article: a determiner, a preposition, an adverb ("dat het de regeling in
# 2025 evalueert", "dat het in 2025 …", "dat het nog dit jaar …")
_AFTER_PRONOUN = frozenset("de het een deze dit die dat zijn haar hun onze ons in op voor per met bij na nog ook al "
                           "hier daar daarom hiervoor daarvoor zo graag eerst".split())
_NEUTER_GOVERNMENT = re.compile(r"het\s+(?:kabinet|rijk|ministerie)\b", re.I)


def named_before(sentence: str, toks: Tokens, start: int, subj: str) -> str | None:
    """The government side that a "dat" clause's subject "het" stands for, named before it as a neuter ("Het kabinet
    deelt mee dat het de regeling in 2025 evalueert" → "Het kabinet"), or None."""
    words = subj.split()
    if not start or toks[start].low != "dat" or words[0].lower() != "het" or (
            len(words) > 1 and words[1].lower() not in _AFTER_PRONOUN):
        return None
    named = w.GOVERNMENT_NL.search(sentence, 0, toks[start].start)
    return " ".join(named.group(0).split()) if named and _NEUTER_GOVERNMENT.match(named.group(0)) else None


def agent_before(sentence: str, toks: Tokens, start: int) -> str:
    """The kind of the agent a clause before token `start` names after "door", when it names someone who acts
    (`_ACTOR_AGENT_NL`): "In 2023 wordt door het RIVM een notitie opgesteld, waarin wordt verkend …" → "agency", the
    maker of the thing the relative clause at `start` speaks of; "none" without one."""
    return _actor_after_door(sentence, toks, 0, start, None) or "none"


def _actor_after_door(sentence: str, toks: Tokens, lo: int, hi: int, state: str | None) -> str | None:
    """The kind of the first actor named after a Dutch "door" among toks[lo:hi] (`_ACTOR_AGENT_NL`: someone who acts,
    not a means), or None."""
    for k in range(lo, hi - 1):
        if toks[k].low == "door":
            after = sentence[toks[k + 1].start:toks[k + 1].start + 80]
            if _ACTOR_AGENT_NL.match(after):
                return classify_subject(after, "nl", state)[0]
    return None
