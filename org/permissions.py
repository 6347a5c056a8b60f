"""Who may do what: the helpers every view and template uses, so a rule is written once."""

from __future__ import annotations

from django.contrib.auth.mixins import AccessMixin
from django.core.exceptions import PermissionDenied


def is_hr(user) -> bool:
    return user.is_authenticated and user.has_perm("org.manage_people")


def is_department_head(user) -> bool:
    return user.is_authenticated and user.has_perm("org.lead_department") and bool(headed_department_ids(user))


def is_assessor(user) -> bool:
    from .roles import Role

    return user.is_authenticated and _in_group(user, Role.ASSESSOR)


def is_editor(user) -> bool:
    from .roles import Role

    return user.is_authenticated and _in_group(user, Role.CONTENT_EDITOR)


def can_use_cms(user) -> bool:
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def headed_department_ids(user) -> set[int]:
    """Departments this person heads (cached on the user object for the request)."""
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_headed_department_ids"):
        user._headed_department_ids = set(user.headed_departments.values_list("pk", flat=True))
    return user._headed_department_ids


def can_view_person(viewer, person) -> bool:
    """HR sees everyone; a department head sees their department; everyone sees themselves."""
    if not viewer.is_authenticated:
        return False
    if viewer.pk == person.pk or is_hr(viewer):
        return True
    return (
        person.department_id is not None
        and person.department_id in headed_department_ids(viewer)
        and (viewer.has_perm("org.lead_department"))
    )


def _in_group(user, name: str) -> bool:
    if not hasattr(user, "_group_names"):
        user._group_names = set(user.groups.values_list("name", flat=True))
    return name in user._group_names


class HRRequiredMixin(AccessMixin):
    """Anonymous people are sent to log in; logged-in people without the HR role get 403."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not is_hr(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class HROrHeadRequiredMixin(AccessMixin):
    """HR, or the head of at least one department (views then limit what a head sees to their departments)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not (is_hr(request.user) or is_department_head(request.user)):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
