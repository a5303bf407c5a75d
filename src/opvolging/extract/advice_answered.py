"""The advice a letter answers (`advice_answered`): its council or committee, number, title and date of publication,
as the letter's opening names them ("Hierbij bied ik u de kabinetsreactie aan op advies 122 van de AIV …",
"Betreft Kabinetsreactie op het AIV-advies Europese veiligheid"), for `metadata`.
"""

from __future__ import annotations

import re
from datetime import date

from opvolging.extract import dates, sentences
from opvolging.extract.councils import find_council, mention_end
from opvolging.model import Advice

# a title in quotes, typographic or typed ('Valpreventie bij ouderen': a typed apostrophe opens a quote only where
# no letter stands before it and closes one only where none follows, so "auto's" and "zo'n" quote nothing)
QUOTE = re.compile(r"«(?P<a>[^»]{3,300})»|“(?P<b>[^”]{3,300})”|‘(?P<c>[^’]{3,300})’|\"(?P<d>[^\"]{3,300})\"|"
                   r"'(?<![\w']')(?P<e>[^'\n]{3,300}?)'(?![\w'])")  # the quote first: the search skips to quotes
# "advies", also at the end of a compound with a hyphen ("AIV-advies": a boundary after the hyphen)
# the advice named: "advies", "rapport", and the kinds a council's advice comes as ("eindrapport", "deeladvies",
# "adviesrapport", the Raad van State's "voorlichting")
ADVICE_WORD = re.compile(r"\b(?:eind|deel|tussen|interim|advies)?(?:advies|adviezen|rapport)\b|\bvoorlichting\b", re.I)
ADVICE_NUMBER = re.compile(r"\b(?:advies\s+(?:nr\.?\s*|nummer\s+|no\.\s*)?|rapport\s+(?:nr\.?\s*|nummer\s+|no\.\s*))"
                           r"(?P<n>\d{1,4})\b", re.I)  # "advies 122", "advies nr. 122", "(rapport nr. 108)"
PUBLICATION_VERB = re.compile(
    r"\b(?:gepubliceerd|publiceerde|verschenen|verscheen|vastgesteld|uitgebracht|bracht|presenteerde|gepresenteerd|"
    r"aangeboden|bood|overhandigd|overhandigde|uitgekomen|ontving|ontvingen|ontvangen|published|issued|adopted)\b",
    re.I)  # "Op 12 januari 2024 ontving ik het advies …": handed over that day
NOT_ADVICE_DATE = re.compile(r"\b(?:adviesaanvraag|aanvraag|verzoek|brief|request)\s+(?:van|d\.d\.|of)\s*$", re.I)
_COMMITTEE = re.compile(
    r"\b[Dd]e\s+(?P<name>(?:staats|advies)?[Cc]ommissie\s+(?!van\s+advies)[^,.;:()«»\n]{3,80}?)(?=,|\s\(|\.|\s+onder\b|\s+heeft\b|\s+haar\b)")


INTRO_LIMIT = 8000  # the advice is named in the opening of a letter, not on page ten
OPENING = 2500  # a report named by its title alone, no council or committee with it, is answered only if named here


# "het advies «…» van 12 november 2024", "het advies van de Raad van State (RvS) van 3 juni 2024": the advice's
# date right after its title, its council or the word itself
DATED_BY_NAME = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?,?\s*(?:van|d\.d\.)\s+(?=\d{1,2}\s+\w+\s+\d{4})")


def _dated_by_name(s: str, ref: date | None, council_at: int | None, title_span: tuple[int, int] | None,
                   offset: int) -> dates.FoundDate | None:
    """The date that directly follows the advice's title, its council's name or the word "advies" in sentence
    `s` (as `dates.find_dates` finds it), when no verb says when it was published; None when there is none."""
    ends = [m.end() for m in re.finditer(r"\badvies\b", s)]
    if title_span:
        ends.append(title_span[1] - offset)
    if council_at is not None:
        end = mention_end(s, council_at)
        if end is not None:
            ends.append(end)
    for end in ends:
        m = DATED_BY_NAME.match(s, end)
        if m:
            found = [f for f in dates.find_dates(s[m.end():m.end() + 30], ref) if f.value]
            if found and found[0].span[0] == 0:
                return found[0]
    return None


def advice_answered(text: str, intro_end: int, ref: date | None,
            sentence_spans: list[tuple[int, int]] | None = None) -> tuple[Advice | None, tuple[int, int] | None]:
    """The advice answered, and the span of its title (to leave it out of the references)."""
    intro = text[: min(INTRO_LIMIT, max(intro_end, min(len(text), 2500)))]
    if sentence_spans is None:
        spans = sentences.split(intro)
    else:
        spans = [(a, b) for a, b in sentence_spans if b <= len(intro)]
    best: tuple[Advice, tuple[int, int] | None] | None = None
    for a, b in spans:
        s = intro[a:b]
        low = s.lower()  # the pattern's words looked for first, at C speed: most sentences hold none
        if not ("advie" in low or "rapport" in low or "voorlichting" in low) or not ADVICE_WORD.search(s):
            continue
        council = find_council(s)
        committee = _COMMITTEE.search(s) if council is None else None
        title, title_span = None, None
        for q in QUOTE.finditer(s):
            before = s[max(0, q.start() - 160): q.start()]
            words = ADVICE_WORD.findall(before)
            if words and not re.search(r"\b(?:signalement|beleidsbrief|brief|nota|beleidsnota)\s*$", before.strip(),
                                       re.I):
                title = next(g for g in q.groups() if g)
                title_span = (a + q.start(), a + q.end())
                break
        if title is None and council is not None:  # "Betreft Kabinetsreactie op het AIV-advies Europese veiligheid"
            title_span = _title_after_council(s, council[1], a)
            title = intro[title_span[0]:title_span[1]] if title_span else None
        number = None
        nm = ADVICE_NUMBER.search(s)
        if nm and not (1900 <= int(nm["n"]) <= 2100 and "nr" not in nm.group(0).lower()):
            number = nm["n"]
        if title is None and nm and number:
            rest = s[nm.end():]
            if council:
                for n in (council[0].name, *council[0].aliases):
                    rest = re.sub(re.escape(n), "", rest, flags=re.I)
            subject = re.search(r"\binzake\s+(?P<subject>[^.;()]+?)(?:\s*\(|$|\.|;)", rest)
            if subject and council is not None:
                title = f"Advies nr. {number} inzake {subject['subject'].strip()}"
        published = None
        pv = PUBLICATION_VERB.search(s)
        if pv:
            cands = [f for f in dates.find_dates(s, ref) if f.value and not NOT_ADVICE_DATE.search(s[: f.span[0]])]
            if cands:
                published = min(cands, key=lambda f: min(abs(f.span[0] - pv.end()), abs(pv.start() - f.span[1])))
        else:
            published = _dated_by_name(s, ref, council[1] if council else None, title_span, a)
        if council is None and committee is None and (title is None or a > OPENING):
            # a report of no advisory body is what the letter answers only when its opening names it: "Op 1 oktober
            # 2021 heeft de Kamer het RIVM-rapport '…' ontvangen" in the letter's section 1.2 is a matter it reports on
            continue
        advice = Advice(
            council=council[0].name if council else (committee["name"].strip() if committee else None),
            council_abbreviation=council[0].abbreviation if council else None,
            number=number,
            title=title,
            published=published.value.isoformat() if published and published.value else None,
        )
        if best is None:
            best = (advice, title_span)
        else:
            old = best[0]
            if old.title and advice.title and len(advice.title) > len(old.title) and \
                    advice.title.lower().startswith(old.title.lower().rstrip(".")):
                # the full title after a short one ("Kiezen voor houdbare zorg" in the subject, "Kiezen voor
                # houdbare zorg. Mensen, middelen en maatschappelijk draagvlak" in the text): the full one
                old.title, best = advice.title, (old, title_span)
            for field in ("council", "council_abbreviation", "number", "title", "published"):
                if getattr(old, field) is None and getattr(advice, field) is not None:
                    if field == "council_abbreviation" and old.council and advice.council != old.council:
                        continue
                    setattr(old, field, getattr(advice, field))
                    if field == "title":
                        best = (old, title_span)
        if best[0].title and best[0].council and best[0].published:
            break
    if best is None:
        return None, None
    return best


# an answer's subject that names the advice by its council and then its title, unquoted: "Kabinetsreactie op het
# AIV-advies Europese veiligheid: tijd voor nieuwe stappen", "Reactie op het WRR-rapport Kiezen voor houdbare zorg",
# "Kabinetsreactie op advies Rli Geef richting, maak ruimte!"
_ANSWER_TO = re.compile(r"\b(?:kabinets)?(?:reactie|standpunt)(?:\s+(?:op|inzake|bij|over))?\b", re.I)
_AFTER_COUNCIL = re.compile(r"(?:-(?:advies|rapport|eindrapport|deeladvies))?\s+(?:advies\s+|rapport\s+)?"
                            r"(?P<title>[A-Z][^\n]{2,160}?)\s*(?:\s+van\s+\d{1,2}\s+\w+\s+\d{4})?[.\s]*$")


def _title_after_council(s: str, council_at: int, offset: int) -> tuple[int, int] | None:
    """The span (in the text, `offset` where sentence `s` begins) of the advice's title printed unquoted right after
    its council's name in the line of an answer's subject (`_ANSWER_TO`), to the line's end, its date left out; None
    when the line is no such subject."""
    line_start = s.rfind("\n", 0, council_at) + 1
    line_end = s.find("\n", council_at)
    line_end = len(s) if line_end < 0 else line_end
    end = mention_end(s, council_at)
    if end is None or not _ANSWER_TO.search(s, line_start, council_at):
        return None
    m = _AFTER_COUNCIL.match(s[:line_end], end)
    if m is None or m["title"].lower().startswith(("van ", "over ", "inzake ", "en ")):
        return None
    return offset + m.start("title"), offset + m.end("title")
