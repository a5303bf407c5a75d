"""Plain function views, server-rendered, one module per page family. Anonymous visitors see public records
only, read-only; viewers see everything; editors review, correct and record progress; admins do the rest in
Django's admin."""

from opvolging.tracker.views.account_views import tokens
from opvolging.tracker.views.answer_views import answers, review_answers
from opvolging.tracker.views.commitment_views import commitment, commitments, review_commitments
from opvolging.tracker.views.common import is_editor, language, next_url
from opvolging.tracker.views.dashboard_views import dashboard
from opvolging.tracker.views.document_views import document, documents, upload
from opvolging.tracker.views.followup_views import (
    decide,
    evidence_file,
    report,
    subscriptions,
    suggestions,
)
from opvolging.tracker.views.recommendation_views import (
    advice,
    correct_subjects,
    recommendation,
    recommendations,
    review,
    review_response,
)
from opvolging.tracker.views.record_views import history, logout, visibility
from opvolging.tracker.views.search_views import resolve_hits, search

__all__ = [
    "answers", "review_answers", "history", "logout", "tokens", "report", "subscriptions", "visibility",
    "advice", "commitment", "commitments", "correct_subjects", "dashboard", "decide", "document", "documents",
    "evidence_file", "is_editor", "language", "next_url", "recommendation", "recommendations", "resolve_hits",
    "review", "review_commitments", "review_response", "search", "suggestions", "upload",
]
