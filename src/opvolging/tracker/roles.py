"""The site's roles as Django groups: `viewer` (signed in: sees private records), `editor` (reviews, corrects and
follows up) and `admin` (all of that, and Django's admin: users, groups and every record). `ensure_groups()` makes
the groups and gives `admin` every permission of the tracker and of users and groups, after each migrate; a
member of `admin` is staff (may enter the admin), and stops being staff when taken out of it, unless a
superuser."""

from __future__ import annotations

ROLES = ("viewer", "editor", "admin")
ADMIN_APPS = ("tracker", "auth", "axes")


def ensure_groups(**kwargs) -> None:
    """The three groups, and `admin`'s permissions (idempotent; connected to post_migrate)."""
    from django.contrib.auth.models import Group, Permission

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    wanted = Permission.objects.filter(content_type__app_label__in=ADMIN_APPS)
    have = set(groups["admin"].permissions.values_list("pk", flat=True))
    missing = [p for p in wanted if p.pk not in have]
    if missing:
        groups["admin"].permissions.add(*missing)


def follow_admin_group(sender, instance, action: str, pk_set, model, **kwargs) -> None:
    """A user put into or taken out of `admin` (from either side of the relation) is made staff or not."""
    from django.contrib.auth.models import User

    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, User):
        users = [instance]
    else:  # the group's side: group.user_set.add(…)
        if instance.name != "admin":
            return
        users = list(User.objects.filter(pk__in=pk_set or []))
    for user in users:
        staff = user.is_superuser or user.groups.filter(name="admin").exists()
        if user.is_staff != staff:
            User.objects.filter(pk=user.pk).update(is_staff=staff)
            user.is_staff = staff
