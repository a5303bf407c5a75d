"""Recommendations quoted in a letter's running text ("De Raad beveelt aan om …", "In aanbeveling 2 vraagt de Raad om
…"): `segment_running` reads a letter that quotes them so, one per sentence; `quoted_between` finds those quoted so
among the answers to recommendations set as headings (`segment`). A quote keeps the number it gives itself
("… (aanbeveling 3).", "In aanbeveling 4 beveelt de Raad aan …"), else it is numbered by its place."""

from __future__ import annotations

import re

from opvolging.extract import sentences
from opvolging.extract.blocks import NUMBER_LABEL, HeadingSeg, Segmentation, body_end

_WHO = r"(?:De|Het|de|het)\s+(?:[A-Z][\w-]*|[a-z]+commissie|commissie|raad|college)(?:\s+[\w-]+){0,3}?"
_WHO_FIRST = _WHO.replace("(?:De|Het|de|het)", "(?:De|Het)")  # opening the sentence ("Zoals de Raad adviseert, …": no)
# an adverb between the verb and the rest: "De SER beveelt in de eerste plaats aan om …", "De Raad adviseert verder
# om …", "beveelt de SER tot slot aan om …"
_ADVERB = (r"(?:(?:in\s+de\s+(?:eerste|tweede|derde)\s+plaats|allereerst|ook|verder|daarnaast|tevens|onder\s+meer|"
           r"voorts|als\s+eerste|bovendien|eveneens|tot\s+slot|ten\s+slotte|tenslotte|nog)\s+)?")
_ADDRESSEE = _ADVERB + r"(?:het\s+kabinet\s+|de\s+regering\s+|de\s+minister\s+)?"
# "De Raad beveelt aan om …", "De SER adviseert om …", and inverted after an adverb: "Daarnaast beveelt de SER aan
# om …", "Tot slot adviseert de SER om …"
# the council's verbs of advice, the council first ("De Raad stelt voor om …", "De Raad pleit ervoor om …", "De Raad
# roept het kabinet op om …", "De Raad doet de aanbeveling om …") or after the verb ("Verder vraagt de Raad het
# kabinet om …")
RUNNING = re.compile(
    rf"(?P<who>{_WHO_FIRST})\s+"
    rf"(?P<verb>beveelt\s+{_ADDRESSEE}aan(?:,)?\s+(?:om\s+)?|adviseert\s+{_ADDRESSEE}(?:om\s+)?|recommends\s+(?:that\s+)?|"
    rf"stelt\s+{_ADDRESSEE}voor\s+(?:om\s+)?|pleit\s+(?:ervoor\s+(?:om\s+)?|voor\s+)|roept\s+{_ADDRESSEE}op\s+(?:om\s+)?|"
    rf"vraagt\s+{_ADDRESSEE}(?:om\s+)|doet\s+{_ADDRESSEE}de\s+aanbeveling\s+(?:om\s+)?)|"
    rf"\b(?:beveelt\s+(?P<who2>{_WHO})\s+{_ADDRESSEE}aan(?:,)?\s+(?:om\s+)?|"
    rf"adviseert\s+(?P<who3>{_WHO})\s+{_ADDRESSEE}(?:om\s+)?|stelt\s+{_WHO}\s+{_ADDRESSEE}voor\s+(?:om\s+)?|"
    rf"roept\s+{_WHO}\s+{_ADDRESSEE}op\s+(?:om\s+)?|vraagt\s+{_WHO}\s+{_ADDRESSEE}(?:om\s+)|"
    rf"pleit\s+{_WHO}\s+(?:ervoor\s+(?:om\s+)?|voor\s+)|doet\s+{_WHO}\s+(?:ook\s+)?de\s+aanbeveling\s+(?:om\s+)?)"
    rf"(?=[a-z])"
)
_RUNNING_VERBS = ("beveelt", "adviseert", "recommends", "stelt", "pleit", "roept", "vraagt", "doet")


def segment_running(text: str) -> Segmentation:
    """Recommendations quoted in prose: 'De Raad beveelt aan om …' — one per sentence, numbered in order. Each is
    answered by the sentences after it, up to the next such sentence or the end of the letter's body ("De SER
    adviseert om … . Het kabinet deelt deze analyse. Per 1 januari 2024 …")."""
    found: list[tuple[int, int, int, int]] = []  # (the sentence's start, the recommendation's start and end, the
    # sentence's end)
    for a, b in sentences.split(text):
        head = text[a:min(b, a + 120)]  # the verb stands near the start (see below): most sentences have none
        if not any(verb in head for verb in _RUNNING_VERBS):
            continue
        m = RUNNING.search(text, a, b)
        if not m or m.start() - a > 40:
            continue
        own = _OWN_LABEL_AT_END.search(text, m.end(), b)  # "… in te voeren (aanbeveling 3).": the label is no word
        found.append((a, m.end(), own.start() if own else b, b))
    if not found:
        return Segmentation()
    end = body_end(text, found[-1][3])
    heads = [HeadingSeg(_own_numbers(text, sa, sb) or [str(k + 1)], (ta, tb),
                        (sb, found[k + 1][0] if k + 1 < len(found) else end))
             for k, (sa, ta, tb, sb) in enumerate(found)]
    if len({lab for h in heads for lab in h.labels}) < sum(len(h.labels) for h in heads):
        # numbers that clash: by their place after all
        for k, h in enumerate(heads):
            h.labels = [str(k + 1)]
    for h in heads:  # the answer begins after the white space and ends before the next recommendation's sentence
        a, b = h.block
        sub = text[a:b]
        h.block = (a + len(sub) - len(sub.lstrip()), a + len(sub.rstrip()))
    return Segmentation(heads, intro_end=heads[0].span[0], body_end=end, shape="running")


# the number a quote gives itself: "De Raad adviseert een correctief referendum in te voeren (aanbeveling 3).", "In
# aanbeveling 4 beveelt de Raad aan om …"
_OWN_NUMBER = re.compile(rf"\b(?:aanbeveling|advies|recommendation)\s+(?:nr\.\s*)?(?P<n>{NUMBER_LABEL})\b", re.I)


# … and the numbers one quote gives the recommendations it makes one: "… de huurtoeslag te verhogen (aanbevelingen 3
# en 4).", "(aanbevelingen 2, 3 en 5)"
_AND = r"\s*(?:,|en|and|&)\s*"
_OWN_NUMBERS = re.compile(rf"\b(?:aanbevelingen|adviezen|recommendations)\s+(?P<labels>{NUMBER_LABEL}(?:{_AND}"
                          rf"{NUMBER_LABEL})+)\b", re.I)
_OWN_LABEL_AT_END = re.compile(
    rf"\s*\((?:(?:aanbeveling|advies|recommendation)\s+(?:nr\.\s*)?{NUMBER_LABEL}|(?:aanbevelingen|adviezen|"
    rf"recommendations)\s+{NUMBER_LABEL}(?:{_AND}{NUMBER_LABEL})+)\)(?=[.;:]?\s*$)", re.I)


def _own_numbers(text: str, a: int, b: int) -> list[str]:
    """The numbers the sentence text[a:b] that quotes a recommendation gives it, when it names exactly one, or
    several together once ("(aanbevelingen 3 en 4)", "(aanbevelingen 2, 3 en 5)"); [] otherwise."""
    found = {m["n"] for m in _OWN_NUMBER.finditer(text, a, b)}
    if len(found) == 1:
        return [found.pop()]
    runs = [re.split(_AND, m["labels"]) for m in _OWN_NUMBERS.finditer(text, a, b)]
    return list(dict.fromkeys(runs[0])) if len(runs) == 1 and not found else []


def quoted_between(text: str, paras: list[tuple[int, int]], heads: list[HeadingSeg]) -> list[HeadingSeg]:
    """`heads`, and the recommendations their answers quote in running text by a number no heading has ("In
    aanbeveling 2 vraagt de Raad om …" between "Aanbeveling 1 luidt: …" and "Aanbeveling 3 …"), each a recommendation
    of its own, answered by what follows it up to the next; the answer before it ends where it begins."""
    known = {label for h in heads for label in h.labels}
    out: list[HeadingSeg] = []
    for h in heads:
        out.append(h)
        for a, b in paras:
            if not (out[-1].block[0] <= a < out[-1].block[1]):  # in the answer of the last, a second quote too
                continue
            sa, sb = sentences.split(text, a, b)[0]
            m = RUNNING.search(text, sa, sb)
            labels = _own_numbers(text, sa, sb) if m and m.start() - sa <= 40 else []
            if not labels or known & set(labels):
                continue
            known.update(labels)
            last = out[-1]
            stop = a
            while stop > last.block[0] and text[stop - 1].isspace():
                stop -= 1
            end = last.block[1]
            last.block = (last.block[0], stop) if stop > last.block[0] else (last.span[1], last.span[1])
            own = _OWN_LABEL_AT_END.search(text, m.end(), sb)
            rest = sb
            while rest < end and text[rest].isspace():
                rest += 1
            out.append(HeadingSeg(labels, (m.end(), own.start() if own else sb), (rest, end)))
    return out
