from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "opvolging.tracker"
    verbose_name = "Opvolging"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from opvolging.tracker import signals  # noqa: F401 - connects the receivers
