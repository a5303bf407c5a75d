from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "opvolging.tracker"
    verbose_name = "Opvolging"
    default_auto_field = "django.db.models.BigAutoField"
