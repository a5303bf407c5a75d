from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "opvolging.tracker"
    verbose_name = "Opvolging"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.auth.models import User
        from django.db.models.signals import m2m_changed, post_migrate

        from opvolging.tracker import memory, roles, signals  # noqa: F401 - connects the receivers

        post_migrate.connect(roles.ensure_groups, sender=self)
        m2m_changed.connect(roles.follow_admin_group, sender=User.groups.through)
        memory.connect()
