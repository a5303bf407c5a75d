"""A numbered list announced as recommendations ("De Raad doet de volgende aanbevelingen:" then "1. …", "2) …",
"a. …", or bullets), answered after it under their labels ("Ad 1", "Ad a."), by their place ("De tweede aanbeveling
neemt het kabinet niet over") or under headings of their subject (`answers_by_subject`): `segment.segment` tries
it after the headings."""

from __future__ import annotations

import re

from opvolging.extract import language, sentences
from opvolging.extract.answers_by_subject import answers_by_subject
from opvolging.extract.blocks import ORDINAL, HeadingSeg, Segmentation, body_end, labels, paragraphs, places, runs

LIST_ITEM = re.compile(r"(?P<label>\d{1,2}[a-z]?|[a-z]|[IVXLC]{1,6})(?P<sep>[.)])\s+(?=\S)")
# the sentence that announces a list: "De AIV doet de volgende aanbevelingen:", "De Raad beveelt het kabinet aan:"
# (searched in a paragraph's last sentence only, which ends with the colon: see `announces_list`)
ANNOUNCES_LIST = re.compile(
    r"(?:aanbevelingen|adviezen|beveelt\b.*\baan|adviseert|recommendations|recommends|advises)[^.]*:\s*$|"
    r"(?:advies|Raad|AIV|WRR|ROB|Rob|commissie)\b.*:\s*$", re.I | re.S)


# a heading over a list of recommendations, as a council's report sets them: "Aanbevelingen", "5. Conclusies en
# aanbevelingen", "Onze aanbevelingen", "Summary of recommendations"
LIST_HEADING = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:[\w-]+\s+){0,3}?(?:aanbevelingen|adviezen|"
                          r"recommendations)\s*:?", re.I)


def announces_list(paragraph: str) -> bool:
    """True when the paragraph ends with a colon and announces a list of recommendations ("De AIV doet de volgende
    aanbevelingen:"; "Het advies stelt … De noodzakelijke veranderingen betreffen … drie niveaus:"), or is a heading
    that names them (`LIST_HEADING`). Only the paragraph's last 500 characters are searched: a pattern with two open
    stretches takes quadratic time."""
    text = paragraph.strip()
    if len(text) <= 60 and LIST_HEADING.fullmatch(text):
        return True
    return text.endswith(":") and ANNOUNCES_LIST.search(text[-500:]) is not None
BULLET_ITEM = re.compile(r"[•●▪◦‣∙·*\-–—]\s+(?=\S)")


def segment_list(text: str) -> Segmentation:
    """A numbered list announced as recommendations ("De Raad doet de volgende aanbevelingen:" then "1. …")."""
    paras = paragraphs(text)
    for i, (a, b) in enumerate(paras):
        if not announces_list(text[a:b]):
            continue
        items: list[tuple[str, int, int]] = []
        j = i + 1
        while j < len(paras):
            pa, pb = paras[j]
            s = pa
            while s < pb and text[s] in "•●▪◦‣∙·*-–— ":
                s += 1
            m = LIST_ITEM.match(text, s, pb)
            bullet = BULLET_ITEM.match(text, pa, pb) if m is None else None
            if not m and not bullet:
                if items and not text[pa:pb].lstrip()[:1].isupper():
                    j += 1
                    continue
                break
            while pb > pa and text[pb - 1].isspace():  # the text's last paragraph may keep its line break
                pb -= 1
            if m:
                items.append((m["label"], m.end(), pb))
            else:
                items.append((str(len(items) + 1), bullet.end(), pb))
            j += 1
        if items and (len(items) >= 2 or j == len(paras)):
            end = body_end(text, paras[j - 1][1])
            answers = _answers_by_label(text, paras[j:], end) or _answers_by_ordinal(
                text, [label for label, _, _ in items], paras[j:], end) or answers_by_subject(
                text, items, paras[j:], end, language.detect(text[:5000]))
            heads = []
            for _k, (label, ta, tb) in enumerate(items):
                heads.append(HeadingSeg([label], (ta, tb), answers.get(label, (tb, tb))))
            return Segmentation(heads, intro_end=a, body_end=end, shape="list")
    return Segmentation()


# an answer headed by the label of a recommendation listed before: "Ad 1", "Ad a.", "Ad aanbeveling 2:", "Reactie op
# aanbeveling 3", "Aanbevelingen 4 en 5"
_LABEL = r"(?:\d{1,2}[a-z]?|[a-z](?![\w]))"
ANSWER_HEADING = re.compile(
    r"(?:Ad|Reactie\s+op|Antwoord\s+op|Inzake)\s+(?:(?:de\s+)?(?:aanbeveling(?:en)?|advies|punt)\s+)?"
    rf"(?P<labels>{_LABEL}(?:\s*(?:,|en|&)\s*{_LABEL})*)\s*[.:)–-]?[ \t]*(?=\n|$|[A-Z])|"
    r"(?:Aanbeveling(?:en)?|Advies)\s+(?P<labels2>\d{1,2}[a-z]?(?:\s*(?:,|en|&)\s*\d{1,2}[a-z]?)*)"
    r"\s*[.:)–-]?[ \t]*(?=\n|$)")


def _answers_by_label(text: str, paras: list[tuple[int, int]], end: int) -> dict[str, tuple[int, int]]:
    """The answers after a list, each under a heading that names the label(s) it answers (`ANSWER_HEADING`): label
    → span of the answer, up to the next such heading or `end`."""
    heads = [(m, a) for a, b in paras if a < end for m in [ANSWER_HEADING.match(text, a, b)] if m]
    out: dict[str, tuple[int, int]] = {}
    for k, (m, _) in enumerate(heads):
        stop = heads[k + 1][1] if k + 1 < len(heads) else end
        start = m.end()
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if start < stop:
            for label in labels(m["labels"] or m["labels2"]):
                out.setdefault(label, (start, stop))
    return out


def _answers_by_ordinal(text: str, item_labels: list[str], paras: list[tuple[int, int]],
                        end: int) -> dict[str, tuple[int, int]]:
    """The answers after a list that name its items by their place ("De tweede aanbeveling …"): label → span, from
    the sentence that names it to the next sentence that names another, or `end`; {} when none is named so."""
    found: list[tuple[int, list[str]]] = []  # (where the answer begins, the labels it answers)
    for a, b in paras:
        if a >= end:
            break
        for sa, sb in sentences.split(text[a:min(b, end)]):
            m = ORDINAL.search(text, a + sa, a + sb)
            labels = [item_labels[k - 1] for k in (places(m) if m else []) if 0 < k <= len(item_labels)]
            if labels and (not found or found[-1][1] != labels):
                found.append((a + sa, labels))
    return runs(text, found, end)
