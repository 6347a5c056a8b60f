"""Interview assignments: the gate refuses an interviewer who is not eligible; later changes flag them."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..gate import eligibility_for
from ..models import InterviewAssignment


@transaction.atomic
def assignment_create(
    *, candidate_reference: str, role: str, department, region, level: str, scheduled_at, interviewer, created_by=None
) -> InterviewAssignment:
    """Book an interviewer, refusing with the gate's reasons anyone not eligible now or at the interview's time."""
    now = timezone.now()
    for at in sorted({now, max(now, scheduled_at)}):
        answer = eligibility_for(person=interviewer, department=department, region=region, level=level, at=at)
        if not answer.eligible:
            raise ValidationError(
                _("%(name)s may not interview for this: %(reasons)s")
                % {"name": interviewer.name, "reasons": " ".join(r.message for r in answer.reasons)},
                code=answer.reasons[0].code,
            )
    assignment = InterviewAssignment(
        candidate_reference=candidate_reference,
        role=role,
        department=department,
        region=region,
        level=level,
        scheduled_at=scheduled_at,
        interviewer=interviewer,
        created_by=created_by,
    )
    assignment.full_clean()
    assignment.save()
    return assignment


def assignments_flag(*, person) -> int:
    """Flag the person's future assignments they are no longer eligible for. Returns how many were flagged."""
    flagged = 0
    now = timezone.now()
    future = InterviewAssignment.objects.filter(interviewer=person, scheduled_at__gt=now, flagged_at__isnull=True)
    for assignment in future.select_related("department", "region", "interviewer"):
        answer = eligibility_for(
            person=assignment.interviewer,
            department=assignment.department,
            region=assignment.region,
            level=assignment.level,
            at=assignment.scheduled_at,
        )
        if not answer.eligible:
            assignment.flagged_at = now
            assignment.flag_reason = " ".join(r.code for r in answer.reasons)[:300]
            assignment.save(update_fields=["flagged_at", "flag_reason"])
            flagged += 1
    return flagged
