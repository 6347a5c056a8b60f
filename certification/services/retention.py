"""The retention policy: finished attempts and evidence are deleted a set number of days after they stop
mattering, never while a live certificate rests on them.

An attempt or a piece of evidence ends when the attempt finishes (or the evidence is decided); the clock runs from
that moment or from the end of the validity of any certificate of the same person it supported, whichever is later.
A live (active or suspended) certificate it supported keeps it whatever its age. `0` days keeps everything.
Running twice deletes nothing more: what is left is what the policy keeps.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from exams.services.retention import attempts_delete, attempts_ended_before
from org.models import AuditEvent
from org.services.audit import audit_record

from ..models import HOLDING_STATES, Certificate, PerformanceRecord, Practical, ShadowLog, SignOff


def _still_needed(cutoff: datetime):
    """Certificates that protect what they rest on: live, or ended less than the retention period ago."""
    return Certificate.objects.filter(Q(status__in=HOLDING_STATES) | Q(valid_until__gt=cutoff))


def _attempts_to_delete(cutoff: datetime):
    exam_supports = (
        _still_needed(cutoff)
        .filter(holder=OuterRef("user"))
        .filter(Q(programme__exams__exam=OuterRef("exam")) | Q(programme__regional_modules__exam=OuterRef("exam")))
    )
    return attempts_ended_before(cutoff).exclude(Exists(exam_supports))


def _evidence_to_delete(cutoff: datetime) -> dict:
    of_person = _still_needed(cutoff).filter(holder=OuterRef("person"))
    of_programme = of_person.filter(programme=OuterRef("programme"))
    return {
        # shadowing logs and performance ratings name no programme: any certificate of the person protects them
        "shadow_logs": ShadowLog.objects.exclude(state=ShadowLog.State.PENDING)
        .filter(confirmed_at__lte=cutoff)
        .exclude(Exists(of_person)),
        "performance_records": PerformanceRecord.objects.filter(recorded_at__lte=cutoff).exclude(Exists(of_person)),
        "practicals": Practical.objects.filter(scored_at__lte=cutoff).exclude(Exists(of_programme)),
        "sign_offs": SignOff.objects.exclude(state=SignOff.State.PENDING)
        .filter(decided_at__lte=cutoff)
        .exclude(Exists(of_programme)),
    }


@transaction.atomic
def retention_apply(*, now: datetime | None = None) -> dict[str, int]:
    """Delete what the retention settings no longer keep; audited when anything went."""
    now = now or timezone.now()
    attempt_days, evidence_days = settings.RETENTION_ATTEMPT_DAYS, settings.RETENTION_EVIDENCE_DAYS
    counts: dict[str, int] = {}
    if attempt_days:
        counts["attempts"] = attempts_delete(attempts=_attempts_to_delete(now - timedelta(days=attempt_days)))
    if evidence_days:
        for name, queryset in _evidence_to_delete(now - timedelta(days=evidence_days)).items():
            _total, per_model = queryset.delete()
            counts[name] = per_model.get(queryset.model._meta.label, 0)
    if any(counts.values()):
        audit_record(
            kind=AuditEvent.Kind.RETENTION_APPLIED,
            summary="retention: " + ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items() if n),
            data={"deleted": counts, "attempt_days": attempt_days, "evidence_days": evidence_days},
        )
    return counts
