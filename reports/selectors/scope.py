"""Who a dashboard reader may see. Every selector takes a Scope, so a head's pages and exports are limited alike."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from org import permissions
from org.models import Department, Region, User


@dataclass(frozen=True)
class Scope:
    everyone: bool
    department_ids: frozenset[int]

    def departments(self) -> QuerySet[Department]:
        qs = Department.objects.all()
        return qs if self.everyone else qs.filter(pk__in=self.department_ids)

    def people(self) -> QuerySet[User]:
        """Active people in the scope's departments."""
        qs = User.objects.filter(is_active=True)
        return qs.exclude(department=None) if self.everyone else qs.filter(department_id__in=self.department_ids)

    def limit(self, qs: QuerySet, department_field: str) -> QuerySet:
        """`qs` cut to rows whose `department_field` lies in the scope."""
        return qs if self.everyone else qs.filter(**{f"{department_field}__in": self.department_ids})

    def covers(self, department_id: int | None) -> bool:
        return self.everyone or department_id in self.department_ids


def scope_for(user) -> Scope:
    """HR sees every department; a department head only those they head; anyone else nothing."""
    if permissions.is_hr(user):
        return Scope(everyone=True, department_ids=frozenset())
    if permissions.is_department_head(user):
        return Scope(everyone=False, department_ids=frozenset(permissions.headed_department_ids(user)))
    return Scope(everyone=False, department_ids=frozenset())


def scope_of_department(department: Department) -> Scope:
    return Scope(everyone=False, department_ids=frozenset([department.pk]))


def regions() -> QuerySet[Region]:
    return Region.objects.order_by("code")
