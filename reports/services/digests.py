"""The weekly digest to HR and to each department head, in the recipient's language, sent exactly once a week.

`digests_send` writes a DigestDelivery row and the notification in one transaction per recipient; the unique
(recipient, week) row makes a second run of the same week (beat firing twice, a retried task) send nothing, and
org's notification sweep makes sure the email itself goes out.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone, translation

from certification.models import SignOff
from org.models import Department, User
from org.roles import Role
from org.services.notifications import notification_send

from ..models import DigestDelivery, TargetLevel
from ..selectors.coverage import coverage_for
from ..selectors.exams import attempts_final
from ..selectors.expiry import expiring
from ..selectors.scope import scope_for

DIGEST_KIND = "reports_weekly_digest"
LIST_LIMIT = 10


def week_of(day: date) -> date:
    """The Monday starting the week of `day`."""
    return day - timedelta(days=day.weekday())


def digest_recipients() -> list[User]:
    """Active HR admins and active department heads, each once."""
    hr = User.objects.filter(is_active=True, groups__name=Role.HR_ADMIN)
    heads = User.objects.filter(is_active=True, pk__in=Department.objects.exclude(head=None).values("head"))
    return list((hr | heads).distinct().order_by("employee_id"))


def digest_context(*, recipient: User) -> dict:
    """The figures of one digest, for what the recipient may see."""
    scope = scope_for(recipient)
    now = timezone.now()
    gaps = []
    for level in TargetLevel.values:
        gaps.extend(coverage_for(scope=scope, level=level).gaps)
    gaps.sort(key=lambda g: -g.cell.gap)
    soon = expiring(scope=scope, days=30, now=now)
    week = attempts_final(scope=scope).filter(finalised_at__gte=now - timedelta(days=7))
    results = week.aggregate(attempts=Count("pk"), passed=Count("pk", filter=Q(passed=True)))
    signoffs = scope.limit(SignOff.objects.filter(state=SignOff.State.PENDING), "department").count()
    return {
        "everyone": scope.everyone,
        "departments": list(scope.departments()),
        "gaps": gaps[:LIST_LIMIT],
        "gap_count": len(gaps),
        "missing": sum(g.cell.gap for g in gaps),
        "expiring": list(soon[:LIST_LIMIT]),
        "expiring_count": soon.count(),
        "attempts": results["attempts"],
        "passed": results["passed"],
        "pass_rate": round(100 * results["passed"] / results["attempts"]) if results["attempts"] else None,
        "signoffs": signoffs,
    }


def digest_send(*, recipient: User, week: date) -> bool:
    """Send `recipient` the digest of `week` unless it went out already. Returns whether this call sent it."""
    try:
        with transaction.atomic():
            delivery = DigestDelivery.objects.create(recipient=recipient, week=week)
            with translation.override(recipient.preferred_language):
                url = reverse("reports:dashboard")
            notification = notification_send(
                recipient=recipient,
                kind=DIGEST_KIND,
                context={**digest_context(recipient=recipient), "week": week},
                url=url,
            )
            delivery.notification = notification
            delivery.save(update_fields=["notification"])
    except IntegrityError:
        return False  # this week's digest is already on its way
    return True


def digests_send(*, today: date | None = None) -> int:
    """This week's digest to everyone who should get it and has not yet. Safe to run any number of times."""
    week = week_of(today or timezone.localdate())
    return sum(digest_send(recipient=person, week=week) for person in digest_recipients())
