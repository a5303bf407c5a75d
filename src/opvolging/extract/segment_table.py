"""A table of recommendations and reactions, as Word and HTML letters set them ("Aanbeveling | Reactie kabinet",
then one row per recommendation): `segment.segment` tries it first."""

from __future__ import annotations

import re

from opvolging.extract.blocks import CELL, NUMBER_LABEL, HeadingSeg, Segmentation, body_end, paragraphs

REC_HEADER = re.compile(r"\b(?:aanbeveling(?:en)?|advies|adviezen|recommendations?|advice|voorstel(?:len)?)\b", re.I)
RESP_HEADER = re.compile(r"\b(?:reactie|kabinetsreactie|standpunt|appreciatie|antwoord|response|reaction|position|"
                         r"opvolging|positie)\b", re.I)
LABEL_CELL = re.compile(r"(?:(?:aanbeveling|advies|recommendation|nr\.?|no\.?)\s*)?"
                        rf"(?P<label>{NUMBER_LABEL}|[IVXLC]{{1,6}})[.):]?", re.I)
LABEL_PREFIX = re.compile(r"(?:(?:aanbeveling|advies|recommendation)\s+)?(?P<label>\d{1,3}[a-z]?)\s*[.):–-]\s+", re.I)


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of the cells of the table row text[a:b] (cells joined by ' | '), each trimmed."""
    spans, pos = [], a
    while True:
        i = text.find(CELL, pos, b)
        end = b if i < 0 else i
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        spans.append((s, e))
        if i < 0:
            return spans
        pos = i + len(CELL)


def segment_table(text: str) -> Segmentation:
    """A table with a recommendation column and a reaction column, as Word and HTML letters set them:
    "Aanbeveling | Reactie kabinet" then one row per recommendation. Labels come from a number column, a number
    opening the recommendation cell ("3. …", "Aanbeveling 3: …"), or the row's order."""
    paras = paragraphs(text)
    for i, (a, b) in enumerate(paras):
        if CELL not in text[a:b]:
            continue
        header = _cells(text, a, b)
        rec_col = next((k for k, (s, e) in enumerate(header) if REC_HEADER.search(text, s, e)), None)
        resp_col = next((k for k, (s, e) in enumerate(header) if k != rec_col and RESP_HEADER.search(text, s, e)), None)
        if rec_col is None or resp_col is None:
            continue
        heads: list[HeadingSeg] = []
        j = i + 1
        while j < len(paras) and CELL in text[paras[j][0]:paras[j][1]]:
            cells = _cells(text, *paras[j])
            j += 1
            if len(cells) <= max(rec_col, resp_col):
                continue
            (rs, re_), block = cells[rec_col], cells[resp_col]
            # the columns after the reaction's explain it ("Standpunt | Toelichting"): one answer with it
            later = [(s, e) for k, (s, e) in enumerate(cells) if k > resp_col and k != rec_col and e > s]
            if later and resp_col > rec_col:
                block = (block[0], later[-1][1])
            label = None
            for k, (s, e) in enumerate(cells):
                if k not in (rec_col, resp_col):
                    lm = LABEL_CELL.fullmatch(text, s, e)
                    if lm:
                        label = lm["label"]
                        break
            lp = LABEL_PREFIX.match(text, rs, re_)
            if lp:
                label = label or lp["label"]
                rs = lp.end()
            if rs >= re_:
                continue
            heads.append(HeadingSeg([label or str(len(heads) + 1)], (rs, re_), block))
        if heads:
            return Segmentation(heads, intro_end=a, body_end=body_end(text, paras[j - 1][1]), shape="table")
    return Segmentation()
