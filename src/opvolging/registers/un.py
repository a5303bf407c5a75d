"""UN recommendations as their registers export them: OHCHR's Universal Human Rights Index (UHRI, CSV or XLSX)
and UPR Info's database (CSV). `read(data, name)` returns one `Extraction` per document the rows come from (a UN
symbol for UHRI; a session and State under review for UPR Info), its recommendations with their labels, States,
position, themes, affected persons and SDGs as printed. Bad input (a file of neither shape, a missing column, a
date or position that cannot be read, one label twice in a document) is an `InputError` naming the file, the
row and the problem.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime

from opvolging.errors import InputError
from opvolging.extract.list_layout import coded_themes
from opvolging.model import Extraction, Metadata, Recommendation, Source
from opvolging.registers.tables import ROW, key, rows

# the printed positions → stances
POSITIONS = {"supported": "adopted", "accepted": "adopted", "noted": "noted", "rejected": "rejected",
             "supported/noted": "partially_adopted", "partially supported": "partially_adopted",
             "partially accepted": "partially_adopted"}
# the columns each shape names, matched as `tables.key` writes them; the first name of each is the one required
UHRI = {
    "id": ("ohchrannotationid", "annotationid"),
    "symbol": ("documentsymbol", "symbol"),
    "date": ("documentpublicationdate", "publicationdate"),
    "body": ("body", "recommendingbody", "mechanism", "mechanisms", "treatybody"),
    "type": ("type", "annotationtype"),
    "countries": ("countriesconcerned", "country", "countries"),
    "themes": ("themes", "theme"),
    "persons": ("affectedpersons", "affectedperson"),
    "sdgs": ("sdgs", "sdg", "sustainabledevelopmentgoals"),
    "text": ("text", "annotationtext", "recommendation"),
    "states": ("uprrecommendingstates", "uprrecommendingstate", "recommendingstates", "recommendingstate"),
    "position": ("uprposition", "position", "uprresponse"),
    "cycle": ("uprcycle", "cycle"),
    "session": ("uprsession", "session"),
    "label": ("uprparagraph", "paragraph", "paragraphnumber", "recommendationnumber", "uprrecommendationnumber"),
}
UPR_INFO = {
    "text": ("recommendation", "recommendationtext"),
    "states": ("recommendingstate", "recommendingstates", "fromstate"),
    "country": ("stateunderreview", "sur", "stateunderreviewsur"),
    "session": ("session", "uprsession"),
    "cycle": ("cycle", "uprcycle"),
    "position": ("response", "position", "stateresponse"),
    "themes": ("issues", "issue", "themes", "theme", "fulllistofthemes"),
    "category": ("actioncategory", "action"),
    "label": ("paragraph", "recommendationnumber", "number", "paragraphnumber", "recno", "recommendationno", "no",
              "nr"),
    "date": ("date", "documentdate"),
}
_LIST = re.compile(r"\s*[;|\n]\s*")
_SDG = re.compile(r"(?:^|[;|\n])\s*[-–•]?\s*(?:SDG|Goal)?\s*(1[0-7]|[1-9])\b(?!\.\d)", re.I)
_LABEL = re.compile(r"^\s*(\d{1,3}\.\d{1,3})\s+")


class NotARegister(InputError):
    """A spreadsheet of neither register's shape (a list saved as a workbook, a table of some other kind)."""


@dataclass
class _Doc:
    identifier: str
    title: str
    date: str | None = None
    recs: list[Recommendation] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # label → row, to name a label given twice
    length: int = 0


def _pick(header: list[str], wanted: dict) -> dict[str, str]:
    by_key = {key(h): h for h in header}
    out = {}
    for name, keys in wanted.items():
        found = next((by_key[k] for k in keys if k in by_key), None)
        if found:
            out[name] = found
    return out


def _split(value: str) -> list[str]:
    return [p for p in _LIST.split(value.strip()) if p] if value.strip() else []


def _themes(value: str) -> list[str]:
    """The themes of a cell, without the codes a State's matrix prints before them ("A12 Acceptance of international
    norms")."""
    return coded_themes(value) or _split(value)


def _states(value: str) -> list[str]:
    parts = _split(value)
    if len(parts) == 1 and "," in parts[0] and "(" not in parts[0]:
        parts = [p.strip() for p in parts[0].split(",") if p.strip()]
    return parts


def _date(value: str, name: str, row: int) -> str | None:
    value = value.strip()
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(value[:10] if fmt == "%Y-%m-%d" else value, fmt).date().isoformat()
        except ValueError:
            continue
    if re.fullmatch(r"\d{4}", value):
        return None  # a year alone says no day
    raise InputError(name, f"row {row}: the date {value[:40]!r} cannot be read")


def _stance(printed: str, name: str, row: int, warnings: list[str]) -> str:
    if not printed:
        return "unclear"
    stance = POSITIONS.get(" ".join(printed.split()).casefold())
    if stance is None:
        warnings.append(f"{name}: row {row}: position {printed!r} is not one Opvolging knows; kept as printed, "
                        f"the stance left unclear")
        return "unclear"
    return stance


def read(data: bytes, name: str) -> list[Extraction]:
    header, records = rows(data, name)
    keys = {key(h) for h in header}
    if any(k in keys for k in UHRI["id"]) or any(k in keys for k in UHRI["symbol"]):
        shape, wanted, required = "uhri", UHRI, ("symbol", "text")
    elif any(k in keys for k in UPR_INFO["states"]) and any(k in keys for k in UPR_INFO["text"]):
        shape, wanted, required = "upr-info", UPR_INFO, ("text",)
    else:
        raise NotARegister(name, f"is neither a UHRI export (\"OHCHR Annotation Id\", \"Document Symbol\", \"Text\", "
                                 f"…) nor a UPR Info list (\"Recommendation\", \"Recommending State\", …); its columns "
                                 f"are {', '.join(header[:12])}")
    cols = _pick(header, wanted)
    for need in required:
        if need not in cols:
            raise InputError(name, f"no column {wanted[need][0]!r} ({'UHRI' if shape == 'uhri' else 'UPR Info'} "
                                   f"names it so; the columns are {', '.join(header[:12])})")
    # a State's own matrix saved as a sheet ("Rec. No. | Recommendation | Recommending State | Position | Theme"):
    # UPR Info's columns of a recommendation, none of its document (State under Review, session): one list, the file's
    matrix = shape == "upr-info" and "country" not in cols and "session" not in cols
    sha = hashlib.sha256(data).hexdigest()
    docs: dict[str, _Doc] = {}
    warnings: list[str] = []
    skipped = 0
    for r in records:
        row = r[ROW]

        def get(field_: str, r=r) -> str:
            return r.get(cols[field_], "").strip() if field_ in cols else ""

        text = " ".join(get("text").split())
        if not text:
            raise InputError(name, f"row {row}: no text in the column {cols['text']!r}")
        if shape == "uhri":
            if get("type") and "recommendation" not in get("type").casefold():
                skipped += 1
                continue
            symbol = get("symbol")
            if not symbol:
                raise InputError(name, f"row {row}: no document symbol")
            country, session = get("countries"), get("session")
            # UHRI's list of a document's recommendations, not the document: a report stored under the symbol is
            # never taken for an earlier version of the export (the two share their recommendations instead)
            ident = f"UHRI {symbol}"
            title = " — ".join(p for p in (get("body") or "UN", country, symbol) if p)
        elif matrix:
            ident, title = "", f"UPR recommendations ({name.rsplit('/', 1)[-1]})"
        else:
            country, session, cycle = get("country"), get("session"), get("cycle")
            if not country or not (session or cycle):
                raise InputError(name, f"row {row}: no {'State under Review' if not country else 'session or cycle'}")
            if session:
                ident = f"UPR {session} {country}"
                title = f"Universal Periodic Review, session {session}: {country}"
                if cycle:
                    title += f" (cycle {cycle})"
            else:  # an export of one cycle's rows, no session: the cycle names the review
                ident = f"UPR cycle {cycle} {country}"
                title = f"Universal Periodic Review, cycle {cycle}: {country}"
        doc = docs.setdefault(ident, _Doc(identifier=ident, title=title))
        doc.date = doc.date or _date(get("date"), name, row)
        m = _LABEL.match(text)
        label = get("label") or (m[1] if m else str(len(doc.recs) + 1))
        if m and not get("label"):
            text = text[m.end():]
        if len(label) > 20:
            raise InputError(name, f"row {row}: the label {label[:30]!r} is longer than 20 characters")
        if label in doc.rows:
            of = ident.removeprefix("UHRI ") or "the list"
            raise InputError(name, f"row {row}: label {label} of {of} is also row {doc.rows[label]}")
        doc.rows[label] = row
        line = f"{label}. {text}"
        start = doc.length + len(f"{label}. ")
        doc.parts.append(line)
        doc.length += len(line) + 2
        printed = get("position")
        rec = Recommendation(id=f"r{len(doc.recs) + 1}", label=label, text=text, span=(start, start + len(text)),
                             stance=_stance(printed, name, row, warnings),
                             recommending_states=_states(get("states")), themes=_themes(get("themes")),
                             affected_persons=_split(get("persons")) if shape == "uhri" else [],
                             sdgs=sorted({int(n) for n in _SDG.findall(get("sdgs"))}) if shape == "uhri" else [])
        if printed:
            rec.stance_evidence, rec.stance_source = printed, "printed"
            rec.stance_confidence = 1.0 if rec.stance != "unclear" else 0.0
        if rec.themes or rec.sdgs or rec.affected_persons:
            rec.tags_source = "printed"
        doc.recs.append(rec)
    if not docs:
        raise InputError(name, "holds no recommendations")
    if skipped:
        warnings.append(f"{name}: {skipped} rows of another type than recommendation left out")
    return [_extraction(doc, name, sha, shape, warnings) for doc in docs.values()]


def _extraction(doc: _Doc, name: str, sha: str, shape: str, warnings: list[str]) -> Extraction:
    year = int(doc.date[:4]) if doc.date else None
    md = Metadata(identifier=doc.identifier or None, document_type="UPR recommendations" if shape == "upr-info" else
                  "UN recommendations", date=doc.date, year=year, subject=doc.title)
    own = hashlib.sha256(f"{sha}:{doc.identifier}".encode()).hexdigest() if doc.identifier else sha
    path = f"{name} ({doc.identifier})" if doc.identifier else name
    return Extraction(source=Source(path=path, format=shape, sha256=own), language="en",
                      metadata=md, advice=None, references=[], text="\n\n".join(doc.parts),
                      recommendations=doc.recs, responses=[], commitments=[], warnings=list(warnings))

