"""The domain model (DESIGN.md), one module per part of it: what is read from documents (`records`),
commitments and what people did with them (`commitments`), follow-up (`followup`), and what the site keeps for
itself (`site`). The models own their rules; state that can be derived (overdue, due soon) is never stored."""

from opvolging.tracker.models.commitments import (
    EVIDENCE_URL_LENGTH,
    WAIT_AFTER,
    Commitment,
    CommitmentQuerySet,
    Evidence,
    Mention,
    StaleStatus,
    StatusChange,
    validate_evidence_url,
)
from opvolging.tracker.models.followup import (
    SUBSCRIPTION_KINDS,
    SUGGESTION_STATES,
    DigestSent,
    EvidenceSuggestion,
    Subscription,
)
from opvolging.tracker.models.records import (
    ACTIVE_STATUSES,
    PROMISE_CONFIDENCE,
    REVIEW_STATES,
    STANCES,
    STATUSES,
    TAG_KINDS,
    TAG_SOURCES,
    UNSURE_MATCH,
    Advice,
    Council,
    Document,
    DocumentManager,
    DocumentQuerySet,
    PublicQuerySet,
    Recommendation,
    Response,
    Reviewed,
    subject_keys,
)
from opvolging.tracker.models.registers import REGISTER_RELATIONS, TOEZEGGINGEN, RegisterEntry
from opvolging.tracker.models.site import ApiToken, DataVersion, SearchEntry
from opvolging.tracker.models.tags import Tag

__all__ = [
    "ACTIVE_STATUSES", "Advice", "ApiToken", "Commitment", "CommitmentQuerySet", "Council", "DataVersion",
    "DigestSent", "Document", "DocumentManager", "DocumentQuerySet", "Evidence", "EVIDENCE_URL_LENGTH",
    "EvidenceSuggestion", "Mention", "PROMISE_CONFIDENCE", "PublicQuerySet", "Recommendation", "REGISTER_RELATIONS",
    "RegisterEntry", "Response", "REVIEW_STATES", "Reviewed", "SearchEntry", "StaleStatus", "STANCES", "StatusChange",
    "STATUSES", "subject_keys", "Subscription", "SUBSCRIPTION_KINDS", "SUGGESTION_STATES", "Tag", "TAG_KINDS",
    "TAG_SOURCES", "TOEZEGGINGEN", "UNSURE_MATCH", "validate_evidence_url", "WAIT_AFTER",
]
