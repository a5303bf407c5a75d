"""Commitments: the promises in a letter, one per promise however often it is repeated.

What a promise is, and how a sentence is read as one, is `promises` (its docstring is the definition). This module
finds them in a document: each sentence of the government's words (not the recommendations it quotes) is read;
one at or above `promises.PROMISE` is a commitment, one between `promises.POSSIBLE` and it a possible commitment,
for a person to confirm or reject. Each carries its confidence and the reason.

Repeated promises merge: the same document sent to Parliament ("een beleidsbrief die nog dit jaar aan de Kamer
wordt voorgelegd" and "zal het kabinet een beleidsbrief aan de Kamer sturen"), a sentence that points back with
"deze cursus" to the promise before it, or one that goes on about it with a bare "Dit" ("Dit pakken we in 2023
samen met de waterschappen … op."). A commitment that waits for another ("Na de aanbieding van de beleidsbrief …
aan de Kamer, zal …") names it in `after`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from opvolging.extract import commitment_plans, commitment_tables, content_words, dates, deadlines, promises, sentences
from opvolging.extract.blocks import CELL, is_heading, paragraphs
from opvolging.extract.commitment_lists import BULLET, announced_lists, inline_items
from opvolging.extract.deadline_periods import AFTER_AN_EVENT
from opvolging.extract.patterns import WordPattern
from opvolging.extract.promise_formulas import THE_THING_NAMED
from opvolging.model import Commitment, Mention, Response

SEND = WordPattern(
    r"\baan\s+(?:de\s+)?(?:Tweede\s+|Eerste\s+)?Kamer\b[^.]{0,40}?\b(?:aangeboden|aanbieden|sturen|gestuurd|"
    r"toegezonden|toezenden|voorgelegd|voorleggen|zenden|verzonden)\b|\b(?:aanbieden|sturen|toezenden|voorleggen|"
    r"zenden)\b[^.]{0,20}\baan\s+(?:de\s+)?(?:Tweede\s+|Eerste\s+)?Kamer\b|\b(?:submit|send|present)\b[^.]{0,60}"
    r"\bto\s+(?:the\s+)?(?:Parliament|House|Chamber)\b", lower=True)
# the same in the present tense, the document named after: "Ik stuur uw Kamer voor de zomer een brief", "Uw Kamer
# ontvangt nog dit jaar de beleidsbrief"
SEND_NOW = WordPattern(
    r"\b(?:stuur|zend|bied)\s+(?:ik|wij|we)\s+(?:uw|de)\s+kamer\b|\b(?:ik|wij|we|het\s+kabinet)\s+(?:stuur|stuurt|zend|"
    r"zendt|sturen|zenden)\s+(?:uw|de)\s+kamer\b|\b(?:uw|de)\s+kamer\s+ontvangt\b|\bontvangt\s+(?:uw|de)\s+kamer\b",
    lower=True)
DOC_SUFFIXES = ("brief", "nota", "notitie", "rapport", "voorstel", "plan", "strategie", "evaluatie", "kader",
                "cursus", "onderzoek", "verkenning", "report", "bill", "strategy", "letter", "course", "study")
_DOC_END = re.compile("(?:" + "|".join(DOC_SUFFIXES) + r")(?!\w)")  # searched in lower case


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int


def doc_nouns(text: str, end: int | None = None) -> list[Word]:
    """Words naming a document or product that can be promised: "beleidsbrief", "mensenrechtencursus", "report".

    Found by their ending, then widened to the whole word."""
    stop = len(text) if end is None else end
    low = text[:stop].lower()
    out: list[Word] = []
    for m in _DOC_END.finditer(low):
        start = m.start()
        while start > 0 and m.start() - start < 60 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1  # back to the beginning of the word
        out.append(Word(text[start:m.end()], start, m.end()))
    return out
TITLE_AFTER = re.compile(r"\s*«(?P<title>[^»]{3,200})»")
# the event runs to the first comma outside a title in «», “”, "" or brackets ("Na de aanbieding van de beleidsbrief
# «Mensenrechten, democratie en internationale rechtsorde» aan de Kamer, zal …")
# an interval may come first: "Binnen drie maanden na de aanbieding van de beleidsbrief zal …", "Within six months
# of the adoption of the plan, the Government will …"
_INTERVAL_BEFORE = (r"(?:binnen|uiterlijk|within|no\s+later\s+than)\s+(?:een\s+half\s+jaar|half\s+a\s+year|"
                    r"(?:[\w-]+\s+)?(?:dagen|dag|weken|week|maanden|maand|jaren|jaar|days?|weeks?|months?|years?))\s+")
AFTER_CLAUSE = re.compile(r"^(?:(?P<interval>" + _INTERVAL_BEFORE + r")(?:na\s+(?:de|het)|nadat|zodra|of\s+the|"
                          r"after(?:\s+the)?|following)|Na\s+(?:de|het)|Nadat|Zodra|Following|After(?:\s+the)?)\b"
                          r"(?P<event>(?:«[^»]{0,200}»|“[^”]{0,200}”|\"[^\"]{0,200}\"|\([^)]{0,200}\)|[^,«“\"(]){5,200}),\s*",
                          re.I)
# the same, with no comma after the event, when the event is one the genre waits for and the main clause's verb and
# subject follow it: "Binnen een jaar na inwerkingtreding van de wet evalueer ik de wet", "Drie jaar na de
# inwerkingtreding stuur ik uw Kamer een evaluatie" ("Na de zomer stuur ik …" is a time, left to `deadlines`)
AFTER_EVENT_CLAUSE = re.compile(
    r"^(?:(?P<interval>" + _INTERVAL_BEFORE + r"|(?:[\w-]+\s+)(?:dagen|weken|maanden|jaren|jaar)\s+)na\s+|Na\s+|Nadat\s+)"
    r"(?P<event>(?:de\s+|het\s+)?(?:inwerkingtreding|invoering|afronding|afloop|ontvangst|oplevering|vaststelling|"
    r"publicatie|verschijnen|evaluatie)\b[^,]{0,120}?)\s+(?=\w+\s+(?:ik|we|wij|het\s+kabinet|de\s+regering)\b)",
    re.I)
ANAPHOR = re.compile(r"^(?:\S+\s+){0,4}?(?:zal|zullen|will)\s+(?P<det>deze|die|dit|dat|this|that)\s+(?P<noun>\w+)|"
                     r"^(?P<det2>Deze|Die|Dit|Dat|This|That)\s+(?P<noun2>\w+)|"
                     # sent or told in the present tense: "Ik stuur uw Kamer dit voorstel voor de zomer van 2025"
                     r"^(?:\S+\s+){0,4}?(?:stuur|zend|bied)\s+(?:(?:ik|we|wij)\s+)?(?:uw|de)\s+Kamer\s+"
                     r"(?P<det3>deze|die|dit|dat)\s+(?P<noun3>\w+)", re.I)


@dataclass
class Draft:
    action: str
    actor: str | None
    deadline: deadlines.Deadline | None
    mentions: list[tuple[int, int]]
    labels: list[str]
    send_key: tuple[str, str | None] | None
    noun: str | None
    confidence: float
    reason: str
    after_event: str | None = None
    after_interval: str | None = None
    reasons: list[str] = field(default_factory=list)
    content: frozenset[str] = frozenset()  # its action's content words, stemmed (`content_words`)


def _actor(reading: promises.Reading, default: str | None, first_person: str | None) -> str | None:
    """The actor as the tracker shows it: "ministerie van IenW", "kabinet"; the signing minister for "ik"/"wij";
    `default` where the government acts unnamed."""
    if reading.actor is None:
        return default
    actor = re.sub(r"\s+", " ", reading.actor).strip(" ,")
    low = actor.lower()
    if low in ("ik", "i", "wij", "we"):
        return first_person or default
    if low.startswith(("het ", "de ", "the ", "dit ", "mijn ", "ons ")):
        actor = actor.split(" ", 1)[1]
    return actor


def _send_key(sentence: str, nouns: list[Word] | None = None) -> tuple[str, str | None] | None:
    """(document noun, its «title» or None) when `sentence` sends a document to Parliament; else None.

    `nouns` are the sentence's `doc_nouns`, when the caller has them already."""
    low = sentence.lower()
    if "kamer" not in low and "parliament" not in low and "house" not in low and "chamber" not in low:
        return None
    m = SEND.search(sentence)
    if m:
        nouns = [n for n in (doc_nouns(sentence) if nouns is None else nouns) if n.start <= m.start()]
        noun = nouns[-1] if nouns else None
    else:
        m = SEND_NOW.search(sentence)
        if not m:
            return None
        nouns = [n for n in (doc_nouns(sentence) if nouns is None else nouns) if n.start >= m.end()]
        noun = nouns[0] if nouns else None
    if noun is None:
        return None
    t = TITLE_AFTER.match(sentence, noun.end)
    for n in nouns:  # a titled mention of the same noun anywhere before names it
        tt = TITLE_AFTER.match(sentence, n.end)
        if tt and n.text.lower() == noun.text.lower():
            t = tt
    return (noun.text.lower(), t["title"].lower() if t else None)


def is_commitment(sentence: str, language: str = "nl", reference: date | None = None) -> bool:
    """True when `sentence` states a promise of the government side (see `promises`)."""
    reading = promises.read(sentence, language, reference)
    return reading is not None and reading.confidence >= promises.PROMISE


def find_commitments(text: str, spans: list[tuple[int, int]], responses: list[Response], reference: date | None,
                     language: str = "nl", default_actor: str | None = None,
                     first_person: str | None = None, skip: list[tuple[int, int]] | None = None,
                     sentence_spans: list[tuple[int, int]] | None = None, state: str | None = None) -> list[Commitment]:
    """The commitments (promises) stated in the regions `spans` of `text`; see `read_commitments`."""
    return read_commitments(text, spans, responses, reference, language, default_actor, first_person, skip,
                            sentence_spans, state)[0]


# a sentence that goes on about the one before it with a bare demonstrative: "Dit pakken we in 2023 … op.",
# "Dit wordt in gebiedsprocessen geborgd.", "Dat blijven we doen."
_GOES_ON = re.compile(r"^(?:Dit|Dat|Hiervoor|Daarvoor|Daartoe|Hiertoe|This|That)\s+(?!\w+\s+(?:is|zijn|was|waren)\b)"
                      r"(?:\w+)\b")


def read_commitments(text: str, spans: list[tuple[int, int]], responses: list[Response], reference: date | None,
                     language: str = "nl", default_actor: str | None = None,
                     first_person: str | None = None, skip: list[tuple[int, int]] | None = None,
                     sentence_spans: list[tuple[int, int]] | None = None,
                     state: str | None = None) -> tuple[list[Commitment], list[Commitment]]:
    """The commitments in the regions `spans` of `text`, merged and linked (see the module docstring), and the
    possible commitments (weaker readings, for review).

    `skip` are spans (recommendation texts) whose sentences are not the government's words; `sentence_spans`,
    when given, are the sentences of the whole text, split once by the caller; `state` is the State under review
    that speaks of itself by name in a UN addendum.
    """
    skip = sorted(skip or [])
    skip_ends = [b for _, b in skip]
    answer_starts = sorted(r.span[0] for r in responses)
    row_times = {r.span: t for r in responses if (t := _row_time(r.text, reference)) is not None}
    drafts: list[Draft] = []
    last: Draft | None = None  # the draft the sentence just before was a mention of
    read_in: list[tuple[int, int]] = []  # every sentence read, in order
    first_of: dict[int, Draft] = {}  # index in `read_in` → the draft a sentence there began
    for region in spans:
        if sentence_spans is None:
            in_region = sentences.split(text, region[0], region[1])
        else:
            in_region = [(a, b) for a, b in sentence_spans if region[0] <= a and b <= region[1]]
        paras = [(region[0] + p, region[0] + q) for p, q in paragraphs(text[region[0]:region[1]])]
        rows = commitment_tables.action_rows(text, paras, reference, language) if text.find(CELL, *region) >= 0 \
            else {}
        rows |= commitment_plans.planned_steps(text, paras, reference)
        # a row that holds a recommendation is an answer's (`segment_table`), its sentences read one by one
        rows = {at: r for at, r in rows.items() if not any(x < r.span[1] and r.span[0] < y for x, y in skip)}
        row_ends = sorted((r.span[1], r.span[0]) for r in rows.values())
        for a, b in (part for a0, b0 in in_region for part in inline_items(text, a0, b0)):
            row = rows.get(a)
            if row is None and rows and _inside_a_row(row_ends, a):
                continue  # the rest of a table's row, read with its first sentence
            a = _after_label(a, b, answer_starts)
            read_in.append((a, b))
            k = bisect.bisect_left(skip_ends, a + 1)  # the first skipped span that ends after `a`
            if k < len(skip) and skip[k][0] < b:
                last = None
                continue
            s = text[a:b]
            if _a_heading(text, a, b):
                last = None  # "Wat ga ik doen": a section's heading, its words no promise
                continue
            if row is not None:  # a row of a table of actions: a promise without a verb
                a, b = row.span
                s = text[a:b]
            reading = row.reading if row is not None else promises.read(s, language, reference, state)
            if reading is None or reading.confidence < promises.POSSIBLE:
                last = None
                continue
            labels = [lab for r in responses if r.span[0] <= a < r.span[1] for lab in r.answers]
            after = AFTER_CLAUSE.match(s) or AFTER_EVENT_CLAUSE.match(s)
            main = s[after.end():] if after else s
            deadline = row.deadline if row is not None else (
                None if reading.untimed else deadlines.first_future(main, reference)) or next(
                (t for span, t in row_times.items() if span[0] <= a < span[1]), None)
            found_nouns = doc_nouns(main)
            key = _send_key(main, found_nouns)
            nouns = [n.text for n in found_nouns]
            draft = Draft(action=row.action if row is not None else BULLET.sub("", main.strip()),
                           actor=_actor(reading, default_actor, first_person),
                           deadline=deadline, mentions=[(a, b)], labels=labels, send_key=key,
                           noun=nouns[0].lower() if nouns else None, confidence=reading.confidence,
                           reason=reading.reason, after_event=after["event"] if after else None,
                           after_interval=dates.read_interval(after["interval"]) if after and after["interval"]
                           else _interval_after_an_event(deadline))
            draft.content = frozenset(content_words.words(draft.action, language if language in ("nl", "en")
                                                          else None))
            target = _merge_target(drafts, draft, main, last)
            if target is None and last is None and len(read_in) > 1 and reading.reason.startswith(THE_THING_NAMED):
                # "… heb ik toegezegd … (not read). Dat doe ik in de volgende voortgangsbrief.": what is done is the
                # sentence before's, its words the action's
                pa, pb = read_in[-2]
                draft.action, draft.mentions = f"{text[pa:pb].strip()} {draft.action}", [(pa, pb), (a, b)]
            if target is None:
                drafts.append(draft)
                first_of[len(read_in) - 1] = draft
                last = draft
                continue
            target.mentions.append((a, b))
            target.labels += [lab for lab in labels if lab not in target.labels]
            if target.deadline is None or (target.deadline.due is None and deadline and deadline.due):
                target.deadline = deadline
            if draft.confidence > target.confidence:
                target.confidence, target.reason = draft.confidence, draft.reason
            last = target
    drafts = announced_lists(text, drafts, read_in, first_of, reference)
    made = [(d, Commitment(
        id="", action=d.action, actor=d.actor,
        deadline_text=d.deadline.text if d.deadline else None,
        due=d.deadline.due.isoformat() if d.deadline and d.deadline.due else None,
        after=None, recommendations=d.labels,
        mentions=[Mention(text=text[a:b], span=(a, b)) for a, b in d.mentions],
        due_confidence=d.deadline.confidence if d.deadline and d.deadline.due else None,
        confidence=d.confidence, reason=d.reason, after_interval=d.after_interval,
    )) for d in drafts]
    strong = [(d, c) for d, c in made if d.confidence >= promises.PROMISE]
    weak = [(d, c) for d, c in made if d.confidence < promises.PROMISE]
    for i, (_, c) in enumerate(strong):
        c.id = f"c{i + 1}"
    for i, (_, c) in enumerate(weak):
        c.id = f"p{i + 1}"
    _link_after(strong)
    return [c for _, c in strong], [c for _, c in weak]


_AFTER_AN_EVENT = re.compile(AFTER_AN_EVENT, re.I)


def _inside_a_row(row_ends: list[tuple[int, int]], a: int) -> bool:
    """True when offset `a` lies inside one of the rows (`row_ends`: (end, start), ascending), after its start."""
    k = bisect.bisect_right(row_ends, (a, a))
    return k < len(row_ends) and row_ends[k][1] < a


def _a_heading(text: str, a: int, b: int) -> bool:
    """True when the sentence text[a:b] is a paragraph of its own that reads as a heading (`blocks.is_heading`): a
    letter's section titled "Wat ga ik doen" or "Wat gaan we doen" promises nothing by its title."""
    alone = (a == 0 or text.startswith("\n\n", a - 2)) and (
        text.startswith("\n\n", b) or not text[b:b + 2].strip(" "))
    return alone and is_heading(text[a:b])


def _interval_after_an_event(deadline: deadlines.Deadline | None) -> str | None:
    """The interval of a time counted from an event in the sentence's middle ("De wet wordt binnen vijf jaar na
    inwerkingtreding geëvalueerd" → "P5Y"), which has no date of its own; None for any other time."""
    if deadline is None or deadline.due is not None or not _AFTER_AN_EVENT.match(deadline.text):
        return None
    return dates.read_interval(deadline.text)


def _row_time(answer: str, reference: date | None) -> deadlines.Deadline | None:
    """The time in the last cell of a table row's answer ("… in gesprek met de brancheorganisaties. | Eind 2024"),
    when that cell is a column of its own that says when (a "Planning" or "Termijn" column: a short cell holding a
    time), else None: the time of the row's promises that name none themselves."""
    k = answer.rfind(CELL)
    if k < 0:
        return None
    cell = answer[k + len(CELL):].strip()
    return deadlines.first_future(cell, reference) if 0 < len(cell) <= 40 else None


def _after_label(a: int, b: int, answer_starts: list[int]) -> int:
    """Where the sentence text[a:b] begins as the government's words: at the answer that begins inside it, after a
    label that opens the answer ("Reactie: Het kabinet staat positief tegenover …", "Ad a. …"), which is neither the
    promise's words nor outside its answer."""
    k = bisect.bisect_right(answer_starts, a)
    return answer_starts[k] if k < len(answer_starts) and answer_starts[k] < b and answer_starts[k] - a <= 40 else a


def _link_after(made: list[tuple[Draft, Commitment]]) -> None:
    """`after` of each commitment that waits for another ("Na de aanbieding van de beleidsbrief …")."""
    for d, c in made:
        if not d.after_event:
            continue
        key = _send_key(d.after_event + " aan de Kamer sturen") if not SEND.search(d.after_event) else \
            _send_key(d.after_event)
        if re.search(r"\baanbieding\b|\bverzending\b|\bpublicatie\b", d.after_event, re.I):
            nouns = [n.text for n in doc_nouns(d.after_event)]
            key = (nouns[0].lower(), None) if nouns else key
        for other, oc in made:
            if other is not d and key and other.send_key and _same_document(other.send_key, key):
                c.after = oc.id
                break


def _same_document(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


def _merge_target(drafts: list[Draft], new: Draft, sentence: str, last: Draft | None) -> Draft | None:
    """The draft `new` is another mention of: the same document sent, a noun pointed back to, a sentence that goes
    on about the one before (`last`), or the same words."""
    if last is not None and _GOES_ON.match(sentence) and not new.send_key:
        return last
    if new.send_key:
        for d in drafts:
            if d.send_key and _same_document(d.send_key, new.send_key):
                return d
    m = ANAPHOR.match(sentence)
    if m and drafts:
        noun = (m["noun"] or m["noun2"] or m["noun3"] or "").lower()
        prev = drafts[-1]
        if noun and prev.noun and prev.noun.endswith(noun):
            return prev
    for d in drafts:
        if d.action == new.action:
            return d
    return next((d for d in drafts if _restated(d, new)), None)


def _restated(old: Draft, new: Draft) -> bool:
    """True when `new` says again what `old` promised in other words, as a letter's summary and its body do ("In dit
    kader vindt in 2026 de herijking van de Deltabeslissing … plaats" / "In 2026 vindt de herijking plaats van de
    Deltabeslissingen …"): the same actor, no two different due dates, and most of their content words shared (a
    Jaccard index of 0.6 or more, over four words or more each), and not each naming a thing the other does not
    (`content_words.each_names_another`): two promises of one template about another subject ("In het Deltaprogramma
    zoetwater nemen Rijk en andere overheden gezamenlijk maatregelen hoe we met verzilting om kunnen gaan" / "… om op
    de hoge zandgronden water beter vast te houden") stay two."""
    if old.actor != new.actor or len(old.content) < 4 or len(new.content) < 4:
        return False
    if old.deadline and new.deadline and old.deadline.due and new.deadline.due and \
            old.deadline.due != new.deadline.due:
        return False
    return len(old.content & new.content) >= 0.6 * len(old.content | new.content) and \
        not content_words.each_names_another(old.content, new.content)
