"""Roles are groups with permissions. Each app declares what its roles may do on its AppConfig:

    class ExamsConfig(AppConfig):
        role_permissions = {Role.ASSESSOR: ["exams.grade_attempt"]}

and `ensure_roles` (run after every migrate and flush) creates the groups and grants exactly those permissions,
so an upgrade that adds a permission reaches existing installs without a data migration.
"""

from __future__ import annotations

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    LEARNER = "Learner", _("Learner")
    HR_ADMIN = "HR admin", _("HR admin")
    DEPARTMENT_HEAD = "Department head", _("Department head")
    ASSESSOR = "Assessor", _("Assessor")
    CONTENT_EDITOR = "Content editor", _("Content editor")


def declared_role_permissions() -> dict[str, set[str]]:
    """Every app's `role_permissions`, merged: role name → {"app_label.codename", ...}."""
    merged: dict[str, set[str]] = {role.value: set() for role in Role}
    for config in apps.get_app_configs():
        for role, perms in getattr(config, "role_permissions", {}).items():
            merged[str(role)].update(perms)
    return merged


def ensure_roles(**kwargs) -> None:
    """Create the role groups and set their permissions. Idempotent; safe as a post_migrate receiver."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, wanted in declared_role_permissions().items():
        group, _created = Group.objects.get_or_create(name=role)
        perms = []
        for dotted in sorted(wanted):
            app_label, codename = dotted.split(".", 1)
            perm = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if perm is None:
                raise LookupError(f"Role {role!r} names a permission that does not exist: {dotted}")
            perms.append(perm)
        group.permissions.set(perms)
    _grant_page_permissions()


def _grant_page_permissions() -> None:
    """Editors and HR may edit the whole page tree; done here because page permissions hang off the root page.

    Editors may not publish: their changes go through the review workflow, where HR approves (and so publishes).
    """
    Page = apps.get_model("wagtailcore", "Page")
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Permission = apps.get_model("auth", "Permission")
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    granted = {
        Role.CONTENT_EDITOR: ["add_page", "change_page", "lock_page"],
        Role.HR_ADMIN: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    }
    for role, codenames in granted.items():
        group = Group.objects.get(name=role)
        perms = list(Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames))
        for perm in perms:
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=perm)
        # an upgrade withdraws what a role no longer has (editors used to publish directly)
        managed = granted[Role.HR_ADMIN]
        GroupPagePermission.objects.filter(
            group=group, page=root, permission__content_type__app_label="wagtailcore", permission__codename__in=managed
        ).exclude(permission__in=perms).delete()


def role_names(user) -> list[str]:
    return list(user.groups.values_list("name", flat=True))
