"""Certificates expiring soon, by department, with when someone was last reminded and whether renewal is assigned."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.apps import apps
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from certification.models import Certificate, Endorsement, ExpiryReminder, ProgrammeCourse

from ..models import ExpiryNudge
from .scope import Scope

WINDOWS = (30, 60, 90)


def _last(model, field: str):
    return Subquery(model.objects.filter(certificate=OuterRef("pk")).order_by(f"-{field}").values(field)[:1])


def expiring(*, scope: Scope, days: int = 90, now: datetime | None = None) -> QuerySet[Certificate]:
    """Active certificates ending within `days`, soonest first, with `last_reminded` and `renewal_assigned`."""
    now = now or timezone.now()
    Enrolment = apps.get_model("courses", "Enrolment")
    renewal_courses = ProgrammeCourse.objects.filter(programme=OuterRef(OuterRef("programme")), for_renewal=True)
    renewal_assigned = Enrolment.objects.filter(
        user=OuterRef("holder"),
        assigned_by__isnull=False,
        course_key__in=renewal_courses.values("course_key"),
    )
    qs = Certificate.objects.filter(
        status=Certificate.Status.ACTIVE, valid_until__gt=now, valid_until__lte=now + timedelta(days=days)
    )
    return (
        scope.limit(qs, "holder__department")
        .select_related("holder__department", "holder__home_region", "programme")
        .prefetch_related(Prefetch("endorsements", Endorsement.objects.select_related("region")))
        .annotate(
            last_automatic=_last(ExpiryReminder, "sent_at"),
            last_by_hand=_last(ExpiryNudge, "sent_at"),
            renewal_assigned=Exists(renewal_assigned),
            renewal_courses=Exists(ProgrammeCourse.objects.filter(programme=OuterRef("programme"), for_renewal=True)),
        )
        .annotate(
            last_reminded=Greatest(
                Coalesce("last_automatic", "last_by_hand"), Coalesce("last_by_hand", "last_automatic")
            )
        )
        .order_by("valid_until", "pk")
    )


def expiry_by_department(*, scope: Scope, now: datetime | None = None) -> list[dict]:
    """Per department: how many certificates end within 30, 60 and 90 days (each window includes the shorter)."""
    now = now or timezone.now()
    qs = scope.limit(
        Certificate.objects.filter(
            status=Certificate.Status.ACTIVE,
            valid_until__gt=now,
            valid_until__lte=now + timedelta(days=max(WINDOWS)),
        ),
        "holder__department",
    )
    windows = {f"d{d}": Count("pk", filter=Q(valid_until__lte=now + timedelta(days=d))) for d in WINDOWS}
    rows = (
        qs.values(department_id=F("holder__department"), department_code=F("holder__department__code"))
        .annotate(**windows)
        .order_by("department_code")
    )
    return [{**row, "code": row["department_code"]} for row in rows]
