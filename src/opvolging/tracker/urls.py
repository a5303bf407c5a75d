"""The tracker's pages (server-rendered), exports and the JSON API."""

from django.contrib.auth import views as auth_views
from django.urls import path

from opvolging.tracker import feeds, views
from opvolging.tracker.api import api

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("advice/<int:pk>/", views.advice, name="advice"),
    path("advice/<int:pk>/report/", views.report, name="advice_report"),
    path("report/", views.report, name="report"),
    path("documents/", views.documents, name="documents"),
    path("documents/upload/", views.upload, name="upload"),
    path("documents/<int:pk>/", views.document, name="document"),
    path("recommendations/", views.recommendations, name="recommendations"),
    path("recommendations/review/", views.review, name="review"),
    path("recommendations/<int:pk>/", views.recommendation, name="recommendation"),
    path("recommendations/<int:pk>/subjects/", views.correct_subjects, name="correct_subjects"),
    path("responses/<int:pk>/review/", views.review_response, name="review_response"),
    path("answers/", views.answers, name="answers"),
    path("answers/review/", views.review_answers, name="review_answers"),
    path("commitments/", views.commitments, name="commitments"),
    path("commitments/review/", views.review_commitments, name="review_commitments"),
    path("commitments/<int:pk>/", views.commitment, name="commitment"),
    path("search/", views.search, name="search"),
    path("suggestions/", views.suggestions, name="suggestions"),
    path("suggestions/decide/", views.decide, name="decide_suggestions"),
    path("evidence/<int:pk>/file/", views.evidence_file, name="evidence_file"),
    path("subscriptions/", views.subscriptions, name="subscriptions"),
    path("feeds/commitments.atom", feeds.CommitmentEvents(), name="feed"),
    path("feeds/deadlines.ics", feeds.deadlines, name="deadlines"),
    path("feeds/s/<str:token>.atom", feeds.CommitmentEvents(), name="subscription_feed"),
    path("feeds/s/<str:token>.ics", feeds.subscription_deadlines, name="subscription_deadlines"),
    path("language/<str:code>/", views.language, name="language"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", views.logout, name="logout"),
    path("tokens/", views.tokens, name="tokens"),
    path("records/<str:kind>/<int:pk>/visibility/", views.visibility, name="visibility"),
    path("records/<str:kind>/<int:pk>/history/", views.history, name="history"),
    path("api/", api.urls),
]
