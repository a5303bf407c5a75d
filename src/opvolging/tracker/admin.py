from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from opvolging.tracker import models


@admin.register(models.Council)
class CouncilAdmin(admin.ModelAdmin):
    list_display = ("name", "abbreviation")


@admin.register(models.Advice)
class AdviceAdmin(admin.ModelAdmin):
    list_display = ("title", "council", "number", "published", "is_public")


@admin.register(models.Document)
class DocumentAdmin(SimpleHistoryAdmin):
    list_display = ("identifier", "date", "ministry", "is_public")
    search_fields = ("identifier", "dossier")


class TagInline(admin.TabularInline):
    """A recommendation's subjects, as read: corrected on the recommendation's page, so that the lists and the
    rows stay one."""

    model = models.Tag
    fields = ("kind", "value", "source", "score", "words")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.Recommendation)
class RecommendationAdmin(SimpleHistoryAdmin):
    list_display = ("label", "document", "stance", "review_state", "is_public")
    list_filter = ("stance", "review_state")
    inlines = [TagInline]


@admin.register(models.Commitment)
class CommitmentAdmin(SimpleHistoryAdmin):
    list_display = ("action", "actor", "due", "status", "review_state", "is_public")
    list_filter = ("status",)


@admin.register(models.Response)
class ResponseAdmin(SimpleHistoryAdmin):
    list_display = ("key", "document", "review_state", "is_public")
