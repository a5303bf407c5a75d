"""The English words `promises_en` reads a State's promise by, in a UN addendum: who the government side is, and the
verbs and formulas of the genre ("Ruritania will …", "is preparing …", "is envisaged for …"). The Dutch are
`promise_words`'; kept apart so that each language's list can be read, and argued with, on its own.
"""

from __future__ import annotations

import re

# who speaks for the State: the Government, its ministries and authorities, "we"; the State by its name is
# `promise_actors`' (it is known only from the list the addendum answers)
GOVERNMENT_EN = re.compile(
    r"(?<![\w-])(?:the\s+(?:federal|national|central)\s+government|the\s+cabinet|the\s+executive|"
    r"the\s+government|government|we|i|the\s+state|the\s+ministry(?:\s+of\s+[\w\s,&]{2,60}?)?(?=\s|$|,)|"
    r"the\s+ministries|the\s+(?:line\s+|competent\s+)?ministr(?:y|ies)|the\s+minister(?:\s+of\s+[\w\s]{2,40}?)?(?=\s|$|,)|"
    r"the\s+(?:competent\s+)?government\s+office(?:\s+for\s+[\w\s]{2,40}?)?(?=\s|$|,)|the\s+authorities|"
    # "The competent authorities will examine …", "the relevant ministries": the State's own, in an addendum's words
    r"the\s+(?:national|competent|relevant|responsible|state|public|governmental|government)\s+"
    r"(?:authorities|authority|ministries|bodies)|"
    # the ministries' own working party: "An interministerial working group will draft the new law by 2025"
    r"(?:an?|the)\s+(?:inter-?ministerial|inter-?departmental|inter-?agency\s+government|governmental)\s+"
    r"(?:working\s+group|commission|committee|task\s+force|body|team|council))(?![\w-])", re.I)
# what the document itself does: "This report sets out …", "In this addendum …"
THIS_LETTER_EN = re.compile(
    r"^(?:\W*)(?:this\s+(?:document|letter|report|addendum|response)|in\s+this\s+(?:document|letter|report|response)|"
    r"below|with\s+this\s+(?:document|letter))\b", re.I)
# a condition that opens the sentence, and the hedges that weaken a promise
CONDITION_EN = re.compile(r"^(?:\W*)(?:if|unless|should|provided\s+that|in\s+case|where\s+(?:necessary|needed))\b",
                          re.I)
HEDGES_EN = re.compile(r"\b(?:possibly|where\s+possible|if\s+necessary|as\s+appropriate|expected|may|might)\b", re.I)
# said outright: "intends to", "plans to", "is committed to"; work under way in the passive: "is being drafted"
INTENT_EN = re.compile(
    r"\b(?:intends|plans|undertakes|commits|pledges|aims)\s+to\b|\b(?:we|they|i)\s+(?:intend|plan|undertake|commit|pledge|aim)\s+"
    r"to\b|\b(?:is|are|remains?)\s+(?:firmly\s+|fully\s+|strongly\s+|also\s+)?committed\s+to\b|"
    # a promise made before and still standing: "has undertaken to review …", "has committed itself to …"
    r"\b(?:has|have)\s+(?:also\s+|already\s+)?(?:undertaken|pledged|committed(?:\s+(?:itself|themselves))?)\s+to\b|"
    # the same in the simple past, and resolve: "Ruritania pledged to increase …", "Ruritania is determined to …"
    r"\b(?:pledged|undertook|committed\s+(?:itself|themselves))\s+to\b|\b(?:is|are|remains?)\s+(?:firmly\s+)?"
    r"determined\s+to\b|"
    r"\b(?:is|are)\s+(?:currently\s+)?being\s+(?:drafted|prepared|developed|amended|revised|considered|reviewed|"
    r"finali[sz]ed|elaborated|established|conducted)\b|\bhas\s+(?:already\s+)?begun\s+the\s+activities\s+to\b", re.I)
# work under way, its actor named: "The Ministry of Justice is preparing amendments to the Criminal Code", "The
# Government is in the process of drafting a new law"
UNDER_WAY_EN = re.compile(
    r"\b(?:is|are)\s+(?:currently\s+|now\s+|also\s+|actively\s+)?(?:preparing|drafting|developing|elaborating|revising|"
    r"amending|reviewing|finali[sz]ing|establishing|updating|examining|analy[sz]ing|working\s+on)\b|"
    r"\b(?:is|are)\s+(?:currently\s+|now\s+)?in\s+the\s+process\s+of\s+\w+ing\b|"
    # the work given to a ministry: "The Ministry of Justice has been tasked with drafting amendments …"
    r"\b(?:has|have)\s+been\s+(?:tasked|instructed|mandated|charged)\s+(?:with|to)\b", re.I)
# a thing planned for a time: "The adoption of the new act is envisaged for 2022", "is scheduled for"
PLANNED_EN = re.compile(r"\b(?:is|are)\s+(?:envisaged|foreseen|planned|scheduled)\s+(?:for|in|by|to)\b", re.I)
# the government's own product expected by a time: "The National Action Plan … is expected to be adopted in 2024"
# (whose product it is, the reader weighs: "Parliament is expected to adopt the law" is another's act)
EXPECTED_EN = re.compile(r"\b(?:is|are)\s+expected\s+to\s+be\s+(?:adopted|finali[sz]ed|completed|published|"
                         r"submitted|presented|launched|approved|issued)\b", re.I)
# the future's auxiliaries, and the verbs after "will" that foretell rather than undertake ("will be", "will increase")
FUTURE_EN = frozenset("will shall".split())
STATE_EN = frozenset("be is are remain have has become occur happen increase decrease".split())
