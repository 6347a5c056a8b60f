"""Recording evidence: shadowing logs and their confirmation, scored practicals, performance and sign-offs."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from org.services.notifications import notification_send

from ..models import (
    Certificate,
    EvaluationForm,
    Level,
    PerformanceRecord,
    Practical,
    PracticalScore,
    Programme,
    ShadowLog,
    SignOff,
)
from .requirements import evaluation_request


def is_certified_assessor(user, at=None) -> bool:
    """An assessor is whoever holds an active assessor certificate (the role alone is not enough)."""
    at = at or timezone.now()
    return Certificate.objects.filter(
        holder=user, level=Level.ASSESSOR, status=Certificate.Status.ACTIVE, valid_from__lte=at, valid_until__gt=at
    ).exists()


@transaction.atomic
def shadow_log_create(*, person, kind: str, date, role: str, region, mentor, notes: str = "") -> ShadowLog:
    if mentor.pk == person.pk:
        raise ValidationError(_("Someone else must confirm your log."))
    if date > timezone.localdate():
        raise ValidationError(_("Log an interview once it has happened."))
    log = ShadowLog.objects.create(
        person=person, kind=kind, date=date, role=role, region=region, mentor=mentor, notes=notes
    )
    notification_send(
        recipient=mentor, kind="shadow_log_to_confirm", context={"log": log}, url=reverse("certification:confirm_logs")
    )
    return log


@transaction.atomic
def shadow_log_confirm(*, log: ShadowLog, by, confirmed: bool, verdict: str = "", feedback: str = "") -> ShadowLog:
    """The mentor or observer confirms (with feedback and, for a reverse shadow, a verdict) or rejects."""
    if by.pk != log.mentor_id:
        raise PermissionDenied
    if log.kind == ShadowLog.Kind.REVERSE and confirmed and verdict not in ShadowLog.Verdict.values:
        raise ValidationError(_("Give a verdict for an interview the trainee led."))
    if not feedback.strip():
        raise ValidationError(_("Write feedback for the learner."))
    changed = ShadowLog.objects.filter(pk=log.pk, state=ShadowLog.State.PENDING).update(
        state=ShadowLog.State.CONFIRMED if confirmed else ShadowLog.State.REJECTED,
        verdict=verdict if confirmed else "",
        feedback=feedback,
        confirmed_at=timezone.now(),
    )
    if changed != 1:
        raise ValidationError(_("This log has already been decided."))
    log.refresh_from_db()
    evaluation_request(person=log.person)
    return log


@transaction.atomic
def practical_score(
    *, person, programme: Programme, assessor, scores: dict[int, int], comments: str = "", form: EvaluationForm = None
) -> Practical:
    """Score a role-play on every dimension of the programme's form (1–5); passed if the average reaches the mark."""
    if not is_certified_assessor(assessor):
        raise PermissionDenied(_("Only holders of an active assessor certificate may score practicals."))
    if assessor.pk == person.pk:
        raise ValidationError(_("Assessors cannot score themselves."))
    form = form or programme.practical_form
    if form is None:
        raise ValidationError(_("This programme has no practical."))
    dimensions = list(form.dimensions.all())
    if {d.pk for d in dimensions} != set(scores) or any(not 1 <= int(s) <= 5 for s in scores.values()):
        raise ValidationError(_("Score every dimension from 1 to 5."))
    average = (Decimal(sum(int(s) for s in scores.values())) / len(dimensions)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    practical = Practical.objects.create(
        person=person,
        programme=programme,
        form=form,
        assessor=assessor,
        average=average,
        passed=average >= programme.practical_pass_average,
        comments=comments,
    )
    PracticalScore.objects.bulk_create(
        PracticalScore(practical=practical, dimension=d, score=int(scores[d.pk])) for d in dimensions
    )
    evaluation_request(person=person)
    return practical


@transaction.atomic
def performance_record(*, person, rating: int, period: str, recorded_by) -> PerformanceRecord:
    record = PerformanceRecord.objects.create(person=person, rating=rating, period=period, recorded_by=recorded_by)
    evaluation_request(person=person)
    return record


@transaction.atomic
def signoff_request(*, person, programme: Programme) -> SignOff | None:
    """Put the person in their department head's queue (once). None if they have no department."""
    if person.department_id is None:
        return None
    pending = SignOff.objects.filter(person=person, programme=programme, state=SignOff.State.PENDING).first()
    if pending is not None:
        return pending
    signoff = SignOff.objects.create(person=person, programme=programme, department_id=person.department_id)
    head = person.department.head
    if head is not None:
        notification_send(
            recipient=head,
            kind="signoff_requested",
            context={"signoff": signoff},
            url=reverse("certification:signoffs"),
        )
    return signoff


@transaction.atomic
def signoff_decide(*, signoff: SignOff, by, sign: bool, statement: str = "", reason: str = "") -> SignOff:
    """The head of the person's department signs with a statement, or declines with a reason."""
    if signoff.department.head_id != by.pk:
        raise PermissionDenied
    if sign and not statement.strip():
        raise ValidationError(_("Write the statement you sign."))
    if not sign and not reason.strip():
        raise ValidationError(_("Say why you decline."))
    changed = SignOff.objects.filter(pk=signoff.pk, state=SignOff.State.PENDING).update(
        state=SignOff.State.SIGNED if sign else SignOff.State.DECLINED,
        statement=statement if sign else "",
        reason="" if sign else reason,
        decided_by=by,
        decided_at=timezone.now(),
    )
    if changed != 1:
        raise ValidationError(_("This sign-off has already been decided."))
    signoff.refresh_from_db()
    evaluation_request(person=signoff.person)
    return signoff
