"""The Extraction dataclasses and their JSON (schema v1, see DESIGN.md).

Field names here are a contract read by tools outside the project: add fields freely, rename none.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "opvolging/extraction/v1"

STANCES = ("adopted", "partially_adopted", "rejected", "noted", "already_implemented", "unclear")

Span = tuple[int, int]


@dataclass
class Source:
    path: str
    format: str
    sha256: str


@dataclass
class CaseSource:
    """One document of a case read from several: its file, and the range of the case's text that came from it."""

    path: str
    format: str
    sha256: str
    span: Span


@dataclass
class Signatory:
    name: str | None
    role: str | None


@dataclass
class Metadata:
    identifier: str | None = None
    chamber: str | None = None
    session_year: str | None = None
    dossier: str | None = None
    number: str | None = None
    document_type: str | None = None
    date: str | None = None
    year: int | None = None
    signatories: list[Signatory] = field(default_factory=list)
    # A ministry letter's letterhead: the ministry, its reference (Kenmerk) and subject (Betreft); None if absent.
    ministry: str | None = None
    reference: str | None = None
    subject: str | None = None
    # Added beyond v1: the date every relative phrase was resolved against, and how it was found.
    reference_date: str | None = None
    reference_date_basis: str | None = None
    pages: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Advice:
    council: str | None = None
    council_abbreviation: str | None = None
    number: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass
class Reference:
    title: str
    kind: str | None = None
    date: str | None = None


@dataclass
class Recommendation:
    id: str
    label: str
    text: str
    span: Span
    response_id: str | None = None
    refers_to: list[str] = field(default_factory=list)
    stance: str = "unclear"
    stance_evidence: str | None = None
    stance_confidence: float = 0.0
    recommending_states: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    affected_persons: list[str] = field(default_factory=list)
    # Added beyond v1: where the stance came from ("printed" for a UPR position, "rules" otherwise).
    stance_source: str | None = None
    # Added beyond v1: where the tags came from ("printed", "model", "lexicon"), and each tag's score and words.
    tags_source: str | None = None
    tag_evidence: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Added beyond v1: the 1-based page of `span`, in the document it falls in.
    page: int | None = None


@dataclass
class Response:
    id: str
    answers: list[str]
    text: str
    span: Span
    page: int | None = None


@dataclass
class Answered:
    """A recommendation an answer document answers, read without the document that makes it (a UN addendum read on
    its own): its label as printed, the answer that serves it, the stance the answer takes."""

    label: str
    response_id: str
    stance: str = "unclear"
    stance_evidence: str | None = None


@dataclass
class Mention:
    text: str
    span: Span
    page: int | None = None


@dataclass
class Commitment:
    id: str
    action: str
    actor: str | None
    deadline_text: str | None
    due: str | None
    after: str | None
    recommendations: list[str]
    mentions: list[Mention]
    # Added beyond v1: how sure the due date is (0..1); None when there is no date.
    due_confidence: float | None = None
    # How sure it is that this is a promise of the government side (0..1), and why (see extract.promises).
    confidence: float = 1.0
    reason: str | None = None
    # Added beyond v1: how long after `after` it falls due, as an ISO 8601 duration ("P3M": "binnen drie maanden
    # na …"); None when the text gives no interval.
    after_interval: str | None = None


@dataclass
class Extraction:
    source: Source
    language: str
    metadata: Metadata
    advice: Advice | None
    references: list[Reference]
    text: str
    recommendations: list[Recommendation]
    responses: list[Response]
    commitments: list[Commitment]
    warnings: list[str]
    # Added beyond v1: sentences that may be promises, too weak to count as commitments: for a person to review.
    possible_commitments: list[Commitment] = field(default_factory=list)
    # A case read from several documents: each file and the range of `text` it gave; empty for one document.
    sources: list[CaseSource] = field(default_factory=list)
    # An answer document read without the document it answers: the recommendations it answers, by label.
    answered: list[Answered] = field(default_factory=list)
    # Added beyond v1: segments (normalized_start, raw_start, length) mapping the text back to the raw text.
    text_map: list[tuple[int, int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The Extraction as schema v1 JSON-ready data, keys in the documented order."""
        d = asdict(self)
        out: dict[str, Any] = {"schema": SCHEMA}
        out.update(d)
        for kind in ("recommendations", "responses"):
            for item in out[kind]:
                item["span"] = list(item["span"])
        for c in out["commitments"] + out["possible_commitments"]:
            for m in c["mentions"]:
                m["span"] = list(m["span"])
        out["text_map"] = [list(s) for s in self.text_map]
        for src in out["sources"]:
            src["span"] = list(src["span"])
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Extraction:
        """The Extraction that `to_dict` gave `d` (as read back from JSON); ValueError when `d` is of another
        schema, KeyError or TypeError when a field is missing or of the wrong shape."""
        if d.get("schema") != SCHEMA:
            raise ValueError(f"not an {SCHEMA} extraction (schema {d.get('schema')!r})")

        def span(v) -> Span:
            return (int(v[0]), int(v[1]))

        def commitment(c: dict) -> Commitment:
            c = dict(c)
            c["mentions"] = [Mention(m["text"], span(m["span"]), m.get("page")) for m in c["mentions"]]
            return Commitment(**c)

        md = dict(d["metadata"])
        md["signatories"] = [Signatory(**s) for s in md.get("signatories", [])]
        recs = []
        for r in d["recommendations"]:
            r = dict(r)
            r["span"] = span(r["span"])
            recs.append(Recommendation(**r))
        return cls(
            source=Source(**d["source"]), language=d["language"], metadata=Metadata(**md),
            advice=Advice(**d["advice"]) if d.get("advice") else None,
            references=[Reference(**x) for x in d.get("references", [])], text=d["text"],
            recommendations=recs,
            responses=[Response(**{**a, "span": span(a["span"])}) for a in d["responses"]],
            commitments=[commitment(c) for c in d["commitments"]], warnings=list(d.get("warnings", [])),
            possible_commitments=[commitment(c) for c in d.get("possible_commitments", [])],
            sources=[CaseSource(**{**s, "span": span(s["span"])}) for s in d.get("sources", [])],
            answered=[Answered(**a) for a in d.get("answered", [])],
            text_map=[tuple(s) for s in d.get("text_map", [])])
