"""Commitments: the promises in a letter, one per promise however often it is repeated.

A sentence states a commitment when the government side says it will act ("zal het kabinet een beleidsbrief
aan de Kamer sturen", "Nederland zal zich ook blijven inzetten", "Slovenia will …"), including a promise it
restates ("is aangegeven dat een preventief gezondheidszorgpakket … behouden zal worden"), and a Dutch promise in
the present tense with a time ("Ik stuur uw Kamer voor de zomer een brief") or said outright ("Ik zeg toe …").
Not: what the letter itself does ("In deze kabinetsreactie zal … worden ingegaan", "Hierbij informeer ik u"),
predictions ("dat het lastig zal zijn").

Repeated promises merge: the same document sent to Parliament ("een beleidsbrief die nog dit jaar aan de Kamer
wordt voorgelegd" and "zal het kabinet een beleidsbrief aan de Kamer sturen"), or a sentence that points back
with "deze cursus" to the promise before it. A commitment that waits for another ("Na de aanbieding van de
beleidsbrief … aan de Kamer, zal …") names it in `after`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from opvolging.extract import dates, sentences
from opvolging.extract.patterns import WordPattern
from opvolging.model import Commitment, Mention, Response

FUTURE = {
    "nl": WordPattern(r"\b(?:zal|zullen)\b|\bblijf(?:t|en)\b[^.]{0,60}\b(?:inzetten|geven|steunen|werken|bevorderen)\b|"
                     r"\bgaat\b[^.]{0,60}\b\w+en\b\s*[.,]|\bheeft\s+(?:zich\s+)?(?:toegezegd|voorgenomen)\b|"
                     r"\b(?:is|wordt)\s+voornemens\b", lower=True),
    "en": WordPattern(r"\b(?:will|shall)\b|\b(?:intends?|commits?|plans?|undertakes?)\s+to\b|\bis\s+committed\s+to\b",
                      lower=True),
}
# Every FUTURE pattern holds one of these words; a sentence without any is done with at once.
_FUTURE_WORDS = frozenset("zal zullen blijft blijven gaat toegezegd voorgenomen voornemens will shall intends intend "
                          "commits commit plans plan undertakes undertake committed".split())
_FUTURE_ANY = re.compile("|".join(sorted(_FUTURE_WORDS, key=len, reverse=True)))
# Dutch also promises in the present tense, with a time: "Ik stuur uw Kamer voor de zomer een brief", "In het
# najaar informeer ik u", "Uw Kamer ontvangt voor 1 juli de evaluatie", "Ik verwacht u in het voorjaar te kunnen
# informeren"; and says so outright: "Ik zeg toe dat …", "zeg ik toe"
_GOVERNMENT_NAMED = r"(?:het\s+kabinet|de\s+regering|de\s+minister|de\s+staatssecretaris)"
PRESENT_PROMISE = WordPattern(
    rf"\b(?:ik|wij|we|{_GOVERNMENT_NAMED})\s+(?:stuur|stuurt|sturen|informeer|informeert|informeren|zend|zendt|zenden|"
    rf"bied|biedt|bieden|kom|komt|komen|ga|gaan)\b|\b(?:stuur|informeer|zend|bied|kom|ga)\s+ik\b|"
    rf"\b(?:stuurt|informeert|zendt|biedt|komt)\s+{_GOVERNMENT_NAMED}\b|\b(?:sturen|informeren|zenden|bieden|komen|gaan)"
    rf"\s+(?:wij|we)\b|\b(?:uw|de)\s+kamer\s+ontvangt\b|\bontvangt\s+(?:uw|de)\s+kamer\b|"
    rf"\bverwacht(?:en)?\b[^.]{{0,80}}\bte\s+(?:kunnen\s+)?(?:sturen|informeren|zenden|aanbieden|publiceren|afronden)\b",
    lower=True)
_THIS_LETTER = re.compile(r"\b(?:hierbij|hiermee|bijgaand|met\s+deze\s+brief|in\s+deze\s+brief)\b")
# every PRESENT_PROMISE or PROMISE holds one of these words: one scan tells most sentences they hold none
_PRESENT_ANY = re.compile(r"\b(?:stuur|stuurt|sturen|informeer|informeert|informeren|zend|zendt|zenden|bied|biedt|"
                          r"bieden|kom|komt|komen|ga|gaan|ontvangt|verwacht|verwachten|toe)\b")
PROMISE = WordPattern(r"\b(?:zeg|zegt|zeggen)\s+(?:ik\s+|wij\s+|we\s+|het\s+kabinet\s+)?(?:\w+\s+){0,3}?toe\b|"
                      r"\bik\s+zeg\s+(?:\w+\s+){0,3}?toe\b", lower=True)
_PREDICTION_GATE = re.compile(r"zijn|hebben|blijken|lijken|have|be\b")  # every PREDICTION holds one
_ACTION_WORDS = ("inzetten", "aanbieden", "sturen", "zorgen")
SELF_REFERENCE = re.compile(
    r"^(?:In\s+(?:deze|dit|de\s+onderhavige)\s+(?:brief|kabinetsreactie|reactie|notitie|standpunt)|Hieronder|"
    r"In\s+this\s+(?:letter|response|report)|Below)\b", re.I)
SELF_REFERENCE_BELOW = WordPattern(
    r"\b(?:zal|zullen)\s+(?:\w+\s+){0,3}hieronder\b|\bhieronder\s+(?:\w+\s+){0,3}(?:zal|zullen|wordt|worden)\b",
    lower=True)
PREDICTION = WordPattern(r"\b(?:zal|zullen|will)\s+(?:\w+\s+){0,4}(?:zijn|be|hebben|have|blijken|lijken)\s*[,.;]?$|"
                         r"\b(?:zal|zullen)\s+(?:\w+\s+){0,3}(?:zijn|hebben)\b(?!\s+(?:te|om))", lower=True)
OPINION_THAT = WordPattern(
    r"\b(?:deelt|delen)\s+(?:de|het)\s+(?:mening|analyse|opvatting|zorg)\b[^.]*?\bdat\b|"
    r"\b(?:meent|vreest|verwacht|denkt|constateert|concludeert|stelt)\b[^.]*?\bdat\b", lower=True)
ACTORS = {
    "nl": WordPattern(
        r"\b(?P<actor>het\s+kabinet|de\s+regering|Nederland|het\s+Ministerie\s+van\s+(?:[A-Z][\w-]*(?:\s+(?:en|van)\s+|\s+)?)"
        r"{1,4}|de\s+(?:minister|staatssecretaris)(?:\s+van\s+(?:[A-Z][\w-]*(?:\s+en\s+|,\s+|\s+)?){1,4})?|ik|wij|we|"
        r"de\s+overheid|het\s+Rijk|gemeenten|de\s+departementen)\b"),
    "en": WordPattern(
        r"\b(?P<actor>the\s+Government|the\s+State|the\s+Ministry\s+of\s+[A-Z][\w ]+?|the\s+Minister(?:\s+of\s+[A-Z]\w+)?|"
        r"we|I|[A-Z][a-z]+(?=\s+(?:will|shall|intends|commits|is\s+committed)))\b"),
}
# the same actors opening the sentence, capitalised: "Het kabinet zal …", "Ik zal …", "We will …"
ACTOR_OPENS = {
    "nl": re.compile(
        r"\s*(?P<actor>Het\s+kabinet|De\s+regering|Het\s+Ministerie\s+van\s+(?:[A-Z][\w-]*(?:\s+(?:en|van)\s+|\s+)?)"
        r"{1,4}|De\s+(?:[Mm]inister|[Ss]taatssecretaris)(?:\s+van\s+(?:[A-Z][\w-]*(?:\s+en\s+|,\s+|\s+)?){1,4})?|Ik|Wij|"
        r"We|De\s+overheid|Het\s+Rijk|Gemeenten|De\s+departementen)\b"),
    "en": re.compile(r"\s*(?P<actor>The\s+Government|The\s+State|The\s+Ministry\s+of\s+[A-Z][\w ]+?|"
                     r"The\s+Minister(?:\s+of\s+[A-Z]\w+)?|We)\b"),
}
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
DOC_SUFFIXES = ("brief", "nota", "notitie", "rapport", "wetsvoorstel", "plan", "strategie", "evaluatie", "kader",
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
AFTER_CLAUSE = re.compile(r"^(?:Na\s+(?:de|het)|Nadat|Zodra|Following|After(?:\s+the)?)\b"
                          r"(?P<event>(?:«[^»]{0,200}»|“[^”]{0,200}”|\"[^\"]{0,200}\"|\([^)]{0,200}\)|[^,«“\"(]){5,200}),\s*",
                          re.I)
ANAPHOR = re.compile(r"^(?:\S+\s+){0,4}?(?:zal|zullen|will)\s+(?P<det>deze|die|dit|dat|this|that)\s+(?P<noun>\w+)|"
                     r"^(?P<det2>Deze|Die|Dit|Dat|This|That)\s+(?P<noun2>\w+)", re.I)


@dataclass
class _Draft:
    action: str
    actor: str | None
    deadline: dates.Deadline | None
    mentions: list[tuple[int, int]]
    labels: list[str]
    send_key: tuple[str, str | None] | None
    noun: str | None
    after_event: str | None = None


def _actor(sentence: str, language: str, default: str | None, first_person: str | None,
           aux_at: int | None = None) -> str | None:
    rx = ACTORS.get(language, ACTORS["nl"])
    if aux_at is None:
        aux = FUTURE[language if language in FUTURE else "nl"].search(sentence)
        aux_at = aux.start() if aux else None
    best = None
    opens = ACTOR_OPENS.get(language, ACTOR_OPENS["nl"]).match(sentence)
    if opens:
        best = (abs(opens.start("actor") - aux_at) if aux_at is not None else 0, opens["actor"])
    for m in rx.finditer(sentence):
        dist = abs(m.start() - aux_at) if aux_at is not None else m.start()
        if best is None or dist < best[0]:
            best = (dist, m["actor"])
    if best is None:
        return default
    actor = re.sub(r"\s+", " ", best[1]).strip()
    low = actor.lower()
    if low in ("ik", "i", "wij", "we"):
        return first_person or default
    if low.startswith(("het ", "de ", "the ")):
        actor = actor.split(" ", 1)[1]
    return actor.rstrip(" ,")


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


def is_commitment(sentence: str, language: str = "nl") -> bool:
    """True when `sentence` states that the government side will act (see the module docstring)."""
    return commitment_verb(sentence, language) is not None


def commitment_verb(sentence: str, language: str = "nl") -> re.Match[str] | None:
    """Where `sentence` says the government side will act ("zal", "zullen", "will"), or None when it does not."""
    low = sentence.lower()
    fut = None
    if _FUTURE_ANY.search(low):  # one quick scan first: most sentences have none of the words
        fut = FUTURE[language if language in FUTURE else "nl"].search(low, lowered=True)
    if not fut and language == "nl":
        fut = _present_promise(sentence, low)
    if not fut:
        return None
    if SELF_REFERENCE.match(sentence) or ("hieronder" in low and SELF_REFERENCE_BELOW.search(low, lowered=True)):
        return None
    if (_PREDICTION_GATE.search(low) and PREDICTION.search(low, lowered=True)
            and not any(w in low for w in _ACTION_WORDS)):
        return None
    op = OPINION_THAT.search(low, lowered=True) if " dat " in low else None
    return None if op and op.end() <= fut.start() else fut


def _present_promise(sentence: str, low: str) -> re.Match[str] | None:
    """A Dutch promise in the present tense: said outright ("Ik zeg toe …"), or the government's own act with a
    time it is due by ("Ik stuur uw Kamer voor de zomer een brief")."""
    if not _PRESENT_ANY.search(low):
        return None
    m = PROMISE.search(low, lowered=True) if "toe" in low else None
    if m:
        return m
    if _THIS_LETTER.search(low):
        return None  # "Hierbij informeer ik u …": what this letter does
    m = PRESENT_PROMISE.search(low, lowered=True)
    if m and any(d.text for d in dates.find_deadlines(sentence, None)):
        return m
    return None


def find_commitments(text: str, spans: list[tuple[int, int]], responses: list[Response], reference: date | None,
                     language: str = "nl", default_actor: str | None = None,
                     first_person: str | None = None, skip: list[tuple[int, int]] | None = None,
                     sentence_spans: list[tuple[int, int]] | None = None) -> list[Commitment]:
    """Commitments stated in the regions `spans` of `text`, merged and linked (see the module docstring).

    `skip` are spans (recommendation texts) whose sentences are not the government's words;
    `sentence_spans`, when given, are the sentences of the whole text, split once by the caller.
    """
    skip = sorted(skip or [])
    skip_ends = [b for _, b in skip]
    drafts: list[_Draft] = []
    for region in spans:
        if sentence_spans is None:
            in_region = sentences.split(text, region[0], region[1])
        else:
            in_region = [(a, b) for a, b in sentence_spans if region[0] <= a and b <= region[1]]
        for a, b in in_region:
            k = bisect.bisect_left(skip_ends, a + 1)  # the first skipped span that ends after `a`
            if k < len(skip) and skip[k][0] < b:
                continue
            s = text[a:b]
            verb = commitment_verb(s, language)
            if verb is None:
                continue
            labels = [lab for r in responses if r.span[0] <= a < r.span[1] for lab in r.answers]
            after = AFTER_CLAUSE.match(s)
            main = s[after.end():] if after else s
            deadline = next(iter(dates.find_deadlines(main, reference)), None)
            found_nouns = doc_nouns(main)
            key = _send_key(main, found_nouns)
            nouns = [n.text for n in found_nouns]
            offset = after.end() if after else 0
            draft = _Draft(action=main.strip(),
                           actor=_actor(main, language, default_actor, first_person, max(0, verb.start() - offset)),
                           deadline=deadline, mentions=[(a, b)], labels=labels, send_key=key,
                           noun=nouns[0].lower() if nouns else None,
                           after_event=after["event"] if after else None)
            target = _merge_target(drafts, draft, main)
            if target is None:
                drafts.append(draft)
            else:
                target.mentions.append((a, b))
                target.labels += [lab for lab in labels if lab not in target.labels]
                if target.deadline is None or (target.deadline.due is None and deadline and deadline.due):
                    target.deadline = deadline
    out: list[Commitment] = []
    for i, d in enumerate(drafts):
        out.append(Commitment(
            id=f"c{i + 1}", action=d.action, actor=d.actor,
            deadline_text=d.deadline.text if d.deadline else None,
            due=d.deadline.due.isoformat() if d.deadline and d.deadline.due else None,
            after=None, recommendations=d.labels,
            mentions=[Mention(text=text[a:b], span=(a, b)) for a, b in d.mentions],
            due_confidence=d.deadline.confidence if d.deadline and d.deadline.due else None,
        ))
    for i, d in enumerate(drafts):
        if d.after_event:
            key = _send_key(d.after_event + " aan de Kamer sturen") if not SEND.search(d.after_event) else \
                _send_key(d.after_event)
            if re.search(r"\baanbieding\b|\bverzending\b|\bpublicatie\b", d.after_event, re.I):
                nouns = [n.text for n in doc_nouns(d.after_event)]
                key = (nouns[0].lower(), None) if nouns else key
            for j, other in enumerate(drafts):
                if j != i and key and other.send_key and _same_document(other.send_key, key):
                    out[i].after = out[j].id
                    break
    return out


def _same_document(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


def _merge_target(drafts: list[_Draft], new: _Draft, sentence: str) -> _Draft | None:
    if new.send_key:
        for d in drafts:
            if d.send_key and _same_document(d.send_key, new.send_key):
                return d
    m = ANAPHOR.match(sentence)
    if m and drafts:
        noun = (m["noun"] or m["noun2"] or "").lower()
        prev = drafts[-1]
        if noun and prev.noun and prev.noun.endswith(noun):
            return prev
    for d in drafts:
        if d.action == new.action:
            return d
    return None
