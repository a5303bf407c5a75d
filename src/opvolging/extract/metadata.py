"""Metadata: which parliamentary paper this is, who signed it, which advice it answers, what it refers to.

Everything here is read from the text (and from facts the format states, such as XML `meta` elements); a
value that is not there stays None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from opvolging.extract import dates, ministries, sentences
from opvolging.extract.councils import find_council, mention_end
from opvolging.extract.letterhead import read_letterhead
from opvolging.extract.normalize import OFFICIAL_FOOTER, Footer
from opvolging.extract.patterns import WordPattern
from opvolging.extract.report_cover import report_cover
from opvolging.extract.signatures import signatories
from opvolging.model import Advice, Metadata, Reference

DOSSIER_HEAD = re.compile(r"^\s*(?P<dossier>\d{2}\s?\d{3})(?:\s+(?P<suffix>[A-Z]{1,4}|[IVXLC]+)\b)?(?=\s+\S)", re.M)
NUMBER_HEAD = re.compile(r"^\s*Nr\.\s*(?P<number>\d+[A-Za-z]?)\b|"
                         # the Eerste Kamer numbers its documents with letters, before the kind of document: "H BRIEF
                         # VAN DE MINISTER …", "A MEMORIE VAN TOELICHTING"
                         r"^\s*(?P<letters>[A-Z]{1,3})\s+(?=(?:BRIEF|MEMORIE|NOTA|VERSLAG|MOTIE|NADERE?|VOORLOPIG|"
                         r"EINDVERSLAG|GEWIJZIGD)\b)", re.M)
KAMERSTUK_ID = re.compile(r"\b(?:Kamerstuk|ID:)\s*(?:kst-)?(?P<dossier>\d{5}(?:-[A-Z0-9]{1,5})?)-(?P<number>\d+)\b")
SESSION_YEAR = WordPattern(r"\bvergaderjaar\s+(?P<y1>\d{4})\s*[–-]\s*(?P<y2>\d{4})", lower=True)
LETTER_DATE = re.compile(r"(?:Den Haag|'s-Gravenhage|’s-Gravenhage|Brussel|Geneva|Genève|New York),\s*(?P<date>\d{1,2}\s+\w+\s+\d{4})")
PUBLISHED = re.compile(r"\bGepubliceerd:\s*(?P<date>\d{1,2}\s+\w+\s+\d{4})")
CHAMBER = re.compile(r"\b(?P<chamber>Tweede|Eerste)\s+Kamer\b")
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
DOC_KINDS = (
    "beleidsbrief", "kabinetsreactie", "beleidsnota", "nota", "brief", "advies", "signalement", "rapport",
    "notitie", "actieplan", "strategie", "verkenning", "wetsvoorstel", "kamerbrief", "evaluatie", "agenda",
    "report", "letter", "policy", "strategy", "plan",
)
# "beleidsbrief Buitenlandse Zaken d.d. 8 maart jl.": found from the date back to the document's name.
_NAMED_DOC_DATE = re.compile(r"(?:d\.d\.|van)\s+(?=\d)(?P<date>\d{1,2}\s+\w+(?:\s+\d{4}|\s+jl\.|\s+a\.s\.)?)")
_NAMED_DOC_TITLE = re.compile(r"\b(?P<title>(?:beleidsbrief|kamerbrief|brief|beleidsnota|nota)\s+(?:[A-Z][\w-]+\s?){1,4})\s*$")
_AGREEMENTS = re.compile(r"(?P<title>regeerakkoord|coalitieakkoord|hoofdlijnenakkoord)")  # searched in lower case
_KAMERSTUK_REF = re.compile(r"\(Kamerstuk(?:ken)?\s+(?P<dossier>\d{2}\s?\d{3}(?:\s+[A-Z]{1,4})?),\s*nr\.\s*(?P<number>\d+)\)")
_COMMITTEE = re.compile(
    r"\b[Dd]e\s+(?P<name>(?:staats|advies)?[Cc]ommissie\s+(?!van\s+advies)[^,.;:()«»\n]{3,80}?)(?=,|\s\(|\.|\s+onder\b|\s+heeft\b|\s+haar\b)")


_PAST_MARK = re.compile(r"jl\.|j\.l\.|jongstleden")  # searched in lower case


@dataclass
class MetadataResult:
    metadata: Metadata
    advice: Advice | None
    references: list[Reference]
    reference_date: date | None


def _paper_identity(text: str, footers: list[Footer], meta: dict[str, str], raw: str) -> dict[str, str | None]:
    out: dict[str, str | None] = {"chamber": None, "session_year": None, "dossier": None, "number": None}
    for f in footers:
        m = OFFICIAL_FOOTER.match(f.text)
        if m:
            out["chamber"] = f"{m['chamber']} Kamer"
            out["session_year"] = f"{m['y1']}-{m['y2']}"
            out["dossier"] = _dossier(m["dossier"])
            out["number"] = m["number"] or m["letters"]
            break
    head = raw[:2500]  # the raw lines: a header line is a line there, whatever normalization joined
    if out["dossier"] is None:
        m = KAMERSTUK_ID.search(head)
        if m:
            out["dossier"], out["number"] = m["dossier"], m["number"]
    if out["dossier"] is None:
        dm = DOSSIER_HEAD.search(head)
        nm = NUMBER_HEAD.search(head)
        if dm and nm and 0 <= nm.start() - dm.start() <= 600:
            suffix = f" {dm['suffix']}" if dm["suffix"] else ""
            out["dossier"] = _dossier(dm["dossier"] + suffix)
            out["number"] = nm["number"] or nm["letters"]
    # XML meta elements of officielebekendmakingen, when present, are the authority
    for key, names in (("dossier", ("OVERHEIDop.dossiernummer", "dossiernummer")),
                       ("number", ("OVERHEIDop.ondernummer", "ondernummer")),
                       ("session_year", ("OVERHEIDop.vergaderjaar", "vergaderjaar"))):
        for n in names:
            if meta.get(n) and out[key] is None:
                out[key] = _dossier(meta[n]) if key == "dossier" else meta[n].replace("–", "-")
    if out["session_year"] is None:
        m = SESSION_YEAR.search(text) if "vergaderjaar" in text.lower() else None  # most texts: not at all
        if m:
            out["session_year"] = f"{m['y1']}-{m['y2']}"
    if out["chamber"] is None:
        m = CHAMBER.search(head)
        if m:
            out["chamber"] = f"{m['chamber']} Kamer"
        elif meta.get("OVERHEIDop.vergaderjaar") or meta.get("DC.type") == "Kamerstuk":
            out["chamber"] = "Tweede Kamer"
    return out


def _dossier(raw: str) -> str:
    """'32 735' → '32735'; '35 570 V' → '35570-V'; '34300-VII' stays."""
    raw = raw.strip()
    m = re.match(r"(\d{2})\s?(\d{3})(?:[\s-]+([A-Z0-9]{1,5}))?$", raw)
    if not m:
        return raw.replace(" ", "")
    return m.group(1) + m.group(2) + (f"-{m.group(3)}" if m.group(3) else "")


def _letter_date(text: str, meta: dict[str, str]) -> date | None:
    for rx in (LETTER_DATE, PUBLISHED):
        m = rx.search(text[:3000]) or rx.search(text[-800:])
        if m:
            d = dates.parse_date(m["date"])
            if d:
                return d
    for key in ("OVERHEIDop.datumOndertekening", "DCTERMS.issued", "DC.date", "OVERHEIDop.datumBrief"):
        v = meta.get(key)
        if v and re.match(r"\d{4}-\d\d-\d\d", v):
            return date.fromisoformat(v[:10])
    return None


def document_date(text: str, meta: dict[str, str], first_page: str) -> date | None:
    """The date a document prints as its own (a letter's date, a UN document's "Distr.: General / 12 June 2023"),
    or None when it prints none: what the time phrases of one document of a case are resolved against."""
    return _letter_date(text, meta) or read_letterhead(first_page[:6000]).date


def reference_date(text: str, letter: date | None, session_year: str | None) -> tuple[date | None, str | None]:
    """The date relative phrases are resolved against, and how it was found.

    The letter's own date when printed. Otherwise the earliest date the text allows: the start of its session
    year, moved forward past any date the letter calls past ("op 8 maart 2023 jl."). None when neither is known.
    """
    if letter:
        return letter, "letter date"
    if not session_year:
        return None, None
    y1 = int(session_year[:4])
    start = dates.session_start(y1)
    end = dates.session_start(y1 + 1)
    estimate = start
    low = text.lower()
    marks = _PAST_MARK.finditer(low) if ("jl" in low or "j.l" in low or "jongstleden" in low) else ()
    for m in marks:  # only dates the letter calls past can move the estimate
        for f in dates.find_dates(text[max(0, m.start() - 30):m.end()], estimate):
            if f.relative == "past" and f.value and estimate < f.value < end:
                estimate = f.value
    return estimate, f"earliest date in session year {session_year} consistent with the text"


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


def _advice(text: str, intro_end: int, ref: date | None,
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


def _kind_before(before: str) -> str | None:
    """The kind of document named just before a quoted title: "in de beleidsnota «…»" → "beleidsnota".

    The kind word ("advies", "beleidsbrief", "AIV-advies") stands at most three words before the quote."""
    words = before.split()[-4:]
    for w in reversed(words):
        w = w.strip(".,;:()«»“”\"'").lower()
        if w.endswith(DOC_KINDS):
            return w
    return None


def _references(text: str, ref: date | None, skip: tuple[int, int] | None) -> list[Reference]:
    out: list[Reference] = []
    seen: set[str] = set()

    def add(title: str, kind: str | None, when: date | None) -> None:
        key = title.lower().strip()
        if key in seen:
            return
        seen.add(key)
        out.append(Reference(title=title.strip(), kind=kind, date=when.isoformat() if when else None))

    for m in _NAMED_DOC_DATE.finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isspace():
            continue
        t = _NAMED_DOC_TITLE.search(text, max(0, m.start() - 100), m.start())
        if t:
            found = dates.find_dates(m["date"], ref)
            add(t["title"], t["title"].split()[0].lower(), found[0].value if found else None)
    for q in QUOTE.finditer(text):
        if skip and q.start() >= skip[0] and q.end() <= skip[1]:
            continue
        title = next(g for g in q.groups() if g)
        if title.lower().strip() in seen:
            continue
        kind = _kind_before(text[max(0, q.start() - 60): q.start()])
        if not kind:
            continue
        after = text[q.end(): q.end() + 40]
        dm = re.match(r"\s*(?:d\.d\.|van)\s+(\d{1,2}\s+\w+\s+\d{4})", after)
        add(title, kind, dates.parse_date(dm.group(1)) if dm else None)
    for m in _KAMERSTUK_REF.finditer(text):
        add(f"Kamerstuk {_dossier(m['dossier'])}, nr. {m['number']}", "kamerstuk", None)
    for m in _AGREEMENTS.finditer(text.lower()) if "akkoord" in text else ():
        add(m["title"].lower(), None, None)
    return out


def document_type(text: str) -> str | None:
    head = text[:3000].lower()
    if "kabinetsreactie" in head or "kabinetsstandpunt" in head or "standpunt" in head and "advies" in head:
        return "kabinetsreactie"
    if "universal periodic review" in head or "thematic list of recommendations" in head or re.search(
            r"\bA/HRC/\d+", text[:20000]):
        return "upr"
    if re.search(r"\bBRIEF VAN\b|\bAan de Voorzitter\b", text[:3000]):
        return "brief"
    return None


# the Minister-President's second role names his ministry ("Minister-president, Minister van Algemene Zaken")
_MINISTER_OF = re.compile(r"^(?:Minister-[Pp]resident,\s*)?(?:[Mm]inister|[Ss]taatssecretaris)\s+van\s+(?P<name>.+)$")
_MINISTER_FOR = re.compile(r"^[Mm]inister\s+voor\s+(?P<portfolio>.+)$")


_PORTFOLIO = re.compile(r"\s+[-–—]\s+.*$")


def ministry_of(role: str | None) -> str | None:
    """The ministry of a minister's or state secretary's role ("Minister van Buitenlandse Zaken" → "Ministerie van
    Buitenlandse Zaken", "Minister-president, Minister van Algemene Zaken" → "Ministerie van Algemene Zaken"), of a
    minister "voor" a portfolio the one that houses it ("Minister voor Klimaat en Energie" → "Ministerie van
    Economische Zaken en Klimaat", `ministries.HOSTS`); None for a portfolio not known there, or no role."""
    m = _MINISTER_FOR.match(role or "")
    if m:
        host = ministries.host_of(m["portfolio"])
        return f"Ministerie van {host}" if host else None
    m = _MINISTER_OF.match(role or "")
    # a state secretary's portfolio after a dash is no part of the ministry ("Staatssecretaris van Infrastructuur en
    # Waterstaat - Openbaar Vervoer en Milieu", "Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst")
    return f"Ministerie van {_PORTFOLIO.sub('', m['name'])}" if m else None


def read_metadata(text: str, footers: list[Footer], meta: dict[str, str], intro_end: int,
                  raw: str | None = None, sentence_spans: list[tuple[int, int]] | None = None,
                  first_page: str | None = None) -> MetadataResult:
    """Metadata, the advice answered, references and the reference date of a normalized text.

    `intro_end` is where the first recommendation starts (the advice is named before it). `first_page` is the
    raw text of the first page, page furniture included, where a ministry letter has its letterhead.
    """
    ident = _paper_identity(text, footers, meta, raw if raw is not None else text)
    head = read_letterhead((first_page if first_page is not None else (raw or text))[:6000])
    letter = _letter_date(text, meta) or head.date
    if ident["session_year"] is None and letter is not None and ident["dossier"]:
        ident["session_year"] = dates.session_year_of(letter)
    ref, basis = reference_date(text, letter, ident["session_year"])
    identifier = head.un_symbol
    if ident["dossier"] and ident["number"]:
        identifier = f"kst-{ident['dossier']}-{ident['number']}"
    signed = signatories(text)
    md = Metadata(
        identifier=identifier,
        chamber=ident["chamber"],
        session_year=ident["session_year"],
        dossier=ident["dossier"],
        number=ident["number"],
        document_type=document_type(text),
        date=letter.isoformat() if letter else None,
        year=(letter or ref).year if (letter or ref) else None,
        signatories=signed,
        ministry=head.ministry or next((ministry_of(s.role) for s in signed if ministry_of(s.role)), None),
        reference=head.reference,
        subject=head.subject,
        reference_date=ref.isoformat() if ref else None,
        reference_date_basis=basis,
    )
    advice, title_span = _advice(text, intro_end, ref, sentence_spans)
    if advice is None:
        advice = report_cover(text)  # a council's report read on its own
    refs = _references(text, ref, title_span)
    if advice and advice.title:
        refs = [r for r in refs if r.title.lower() != advice.title.lower()]
    return MetadataResult(md, advice, refs, ref)
