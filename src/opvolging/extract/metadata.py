"""Metadata: which parliamentary paper this is, who signed it, which advice it answers, what it refers to.

Everything here is read from the text (and from facts the format states, such as XML `meta` elements); a
value that is not there stays None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from opvolging.extract import dates, ministries
from opvolging.extract.advice_answered import QUOTE, advice_answered
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
    advice, title_span = advice_answered(text, intro_end, ref, sentence_spans)
    if advice is None:
        advice = report_cover(text)  # a council's report read on its own
    refs = _references(text, ref, title_span)
    if advice and advice.title:
        refs = [r for r in refs if r.title.lower() != advice.title.lower()]
    return MetadataResult(md, advice, refs, ref)
