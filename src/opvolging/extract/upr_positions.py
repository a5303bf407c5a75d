"""The formulas of a State's positions on UPR recommendations, as its addendum prints them (`upr_answers` reads
the addendum with them): the recommendations' numbers and ranges, the position's words in every order a list
paragraph gives them (`LIST_ORDERS`), the position printed before an answer (`POSITION_WORD`), an answer that
names its recommendations as its topic (`TOPIC`), and the stance each gives (`phrase_stance`).
"""

from __future__ import annotations

import re

_LABEL = r"\d{1,3}(?:\.\d{1,3})?"
_TO = r"(?:\s*[-–]\s*|\s+(?:to|through|until)\s+)"  # "122.17-18", "41.5 to 41.9"
_RANGE = rf"{_LABEL}(?:{_TO}{_LABEL})?"
LABELS = rf"{_RANGE}\.?(?:\s*(?:,|and|&|;)\s*{_RANGE}\.?)*"
# a UN symbol glued onto a number at a page break: "140.46A/HRC/59/15/Add.1"
GLUED_SYMBOL = re.compile(r"(?<=\d)(?:A|E|S|CCPR|CERD|CEDAW|CRC|CAT|CRPD)/[A-Z0-9][\w./-]*")
NUMBERS_OPEN = re.compile(rf"(?:Recommendations?\s+)?(?P<labels>{LABELS})\s*(?:[:–—-]\s*)?(?=[A-Z(“\"]|$)")
RANGE = re.compile(rf"(?P<first>{_LABEL})(?:{_TO}(?P<last>{_LABEL}))?")
ALREADY = re.compile(r"\balready\s+(?:been\s+)?implemented\b|\bin\s+the\s+process\s+of\s+implementation\b", re.I)

# The position a State gives recommendations, in every form its lists print it: supports, accepted, enjoy(ing) the
# support, notes, taken note of, rejects; "does not support", "cannot accept", "is not in a position to support",
# "not supported" note them (a UPR recommendation is supported or noted); "partially supported". "notes that" is
# an observation, not a position.
_SUPPORT = r"support(?:s|ed|ing)?|accept(?:s|ed|ing)?|enjoy(?:s|ed|ing)?\s+(?:the|its|their)\s+(?:full\s+)?support"
_NOTE = r"(?:not(?:es|ed|e|ing)|(?:take[sn]?|took|taking)\s+note(?:\s+of)?)(?!\s+that\b)|reject(?:s|ed|ing)?"
_NEGATION = (r"(?:(?:does|do|did|can|could|will|would)\s+not|cannot|can't|is\s+not\s+in\s+a\s+position\s+to|"
             r"is\s+unable\s+to|not)\s+")
POSITION_PHRASE = rf"(?P<neg>{_NEGATION})?(?P<partial>partially\s+|in\s+part\s+)?(?P<verb>{_SUPPORT}|{_NOTE})\b"
STATES = r"(?:\s*\((?:[^()]|\([^()]*\))*\))*"  # the recommending States after the labels: "(France) (Peru)"
# the orders in which a list paragraph names the position and the labels it gives it to, each as printed:
LIST_ORDERS = [
    # the position next to the labels: "supports 94.2", "Supported recommendations: 93.1, …", "Noted: 94.1" (first:
    # where it and the next order both match, the labels next to the position are the one run it names)
    # ("… supports 3 (41.1, 41.3, 41.5) and notes 2 (41.2, 41.4)": their count first, the labels in parentheses)
    ("next", re.compile(rf"\b{POSITION_PHRASE}(?:\s+\d{{1,3}}(?=\s*(?:recommendations?\s*)?\())?"
                        rf"(?:\s+recommendations?)?\s*[:–—(-]?\s*(?={_LABEL})", re.I)),
    # the position, the noun, the labels: "The Government accepts the following recommendations 122.1, …"
    ("before", re.compile(rf"\b{POSITION_PHRASE}(?:(?!\bthat\b)[^.;:]){{0,80}}?\brecommendations?\b[^.\d]{{0,60}}?"
                          rf"(?={_LABEL})", re.I)),
    # the labels, then the position: "Recommendations 41.1 and 41.5 are supported.", "Recommendation 94.1 (France)
    # is noted.", "Recommendations 120.9 and 120.10 enjoy the support of Ruritania", "… do not enjoy …"
    # ("The recommendations contained in paragraphs 41.1 and 41.3 are supported": where the report prints them)
    ("after", re.compile(rf"\brecommendations?\s+(?:(?:contained|listed|set\s+out|included)\s+)?(?:in\s+"
                         rf"(?:paragraphs?|paras?\.)\s+)?(?P<labels>{LABELS}){STATES}\s*,?\s+(?:(?:is|are|was|were|has\s+"
                         rf"been|have\s+been)\s+(?:hereby\s+|thus\s+|therefore\s+|also\s+)?|"
                         rf"(?=(?:(?:do|does|did)\s+not\s+)?enjoy))(?:therefore\s+|also\s+)?{POSITION_PHRASE}", re.I)),
    # the labels, a colon or a dash, the position, and no more on the line: "41.1, 41.3 and 41.5: supported." ("94.1
    # – Noted. The death penalty …" is a narrative answer, its position word first)
    ("after", re.compile(rf"^[ \t]*(?:\d{{1,3}}\.\s+)?(?P<labels>{LABELS}){STATES}\s*[:–—-]\s*{POSITION_PHRASE}"
                         rf"[ \t]*[.;]?[ \t]*$", re.I | re.M)),
    # an exception to a range or to all: "Recommendations 41.1 to 41.5 are supported, with the exception of 41.2
    # and 41.4, which are noted": its labels take the position it names, not the range's (`EXCEPTION`)
    ("exception", re.compile(rf"\b(?:with\s+the\s+exception\s+of|except(?:\s+for)?)\s+(?:recommendations?\s+)?"
                             rf"(?P<labels>{LABELS}){STATES}\s*,?\s+which\s+(?:(?:is|are|were|was)\s+|it\s+|"
                             rf"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*\s+)?{POSITION_PHRASE}", re.I)),
    # the noun, the position, a colon and the labels: "The following recommendations enjoy the support of
    # Slovenia: 93.2", "Recommendations noted by Ruritania: 94.1, 95.1", "… which Ruritania supports:"
    ("colon", re.compile(rf"\brecommendations?\b[^.:]{{0,80}}?\b{POSITION_PHRASE}[^.:]{{0,60}}:\s*(?={_LABEL})",
                         re.I)),
]
# a heading over the lists or answers that follow it: "Accepted recommendations", "B. Noted recommendations",
# "Recommendations that enjoy the support of Ruritania", "The following recommendations are supported:"
ENUMERATOR = re.compile(r"^\s*(?:[A-Z]|[IVX]{1,4}|\d{1,2}|\([a-z]\))[.)]\s+")
# the position printed before the answer's words: "Supported. Ruritania will …", "Not supported." (noted), as a
# table's column "94.2 Supported Ruritania will …", after the recommending States "(France) – Noted."
# (after a label of its own: "Response: Noted. …", "Position: Supported"), in parentheses "(Noted) The death …"
_ANSWER_LABEL = (r"(?:(?:Response|Reply|Answer|Position|Comments?|(?:The\s+)?(?:State's|Government's)\s+response)"
                 r"\s*:\s*)?")
POSITION_WORD = re.compile(rf"^{STATES}\s*[–—:-]?\s*{_ANSWER_LABEL}\(?(?P<word>(?:Supported|Accepted)\s+in\s+part|"
                           r"Supported|Noted|Accepted|Rejected|Partially\s+(?:supported|accepted)|Not\s+supported|"
                           r"Not\s+accepted)\b"
                           # "Supported and already implemented.": one position, the answer's words after it
                           r"(?:,?\s+and\s+(?:is\s+|considered\s+)?(?:already\s+|fully\s+)?(?:being\s+)?implemented)?"
                           r"\)?[.:;,]?", re.I)
PARAGRAPH_NUMBER = re.compile(r"\s*\d{1,3}\.\s+")  # the document's own paragraph number: "2. Ruritania …"
# an answer that names its recommendations as its topic, then answers: "With regard to recommendations 118.10 and
# 118.11, Ruritania supports them partially …", "Regarding recommendation 94.3: …", "As regards …", "Concerning …"
TOPIC = re.compile(rf"(?:With\s+(?:regard|respect|reference)\s+to|Regarding|As\s+regards|Concerning|In\s+relation\s+to|"
                   rf"As\s+for|In\s+response\s+to)\s+(?:the\s+)?recommendations?\s+(?P<labels>{LABELS}){STATES}\s*"
                   rf"[,:–—-]\s*", re.I)


def phrase_stance(m: re.Match[str], paragraph: str) -> str:
    """The stance a matched POSITION_PHRASE gives: noted when negated or a note, partially adopted, adopted (or
    already implemented, where the paragraph says so)."""
    verb = m["verb"].lower()
    if m["neg"] or verb.startswith(("not", "take", "took", "reject")):
        return "noted"
    if m["partial"] or _IN_PARTS.search(paragraph):
        return "partially_adopted"
    return "already_implemented" if ALREADY.search(paragraph) else "adopted"


# supported as to one part and noted as to another: "Recommendation 134.7 is supported with regard to the police and
# noted with regard to private security firms" (`stance` reads an answer's words with the same pattern)
IN_PARTS = (r"\b(?:supported|accepted)\s+(?:with\s+(?:regard|respect)\s+to|as\s+regards|in\s+respect\s+of|insofar\s+as|"
            r"as\s+far\s+as|concerning|regarding)\b[^.]{0,160}\b(?:and|but|while)\s+(?:is\s+)?(?:noted|not\s+supported|"
            r"not\s+accepted)\b")
_IN_PARTS = re.compile(IN_PARTS, re.I)
PARTIAL_AFTER = re.compile(rf"{STATES}\s*,?\s*(?:only\s+)?(?:partially|partly|in\s+part)\b", re.I)
