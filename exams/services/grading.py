"""Assessors grading essay and scenario answers, and resolving appeals.

A grader takes a lock on a response before grading it (a compare-and-swap update, so two graders cannot both
hold it); the lock lapses after LOCK_MINUTES so an abandoned tab does not block the queue.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Appeal, Attempt, AttemptItem, RegradeLog, Response
from .finalise import attempt_finalise

LOCK_MINUTES = 20


def response_lock_take(*, response: Response, grader) -> Response:
    """Hold `response` for `grader`; raises ValidationError naming no one if someone else holds it."""
    now = timezone.now()
    if response.item.attempt.user_id == grader.pk:
        raise PermissionDenied(_("You cannot grade your own answers."))
    taken = (
        Response.objects.filter(pk=response.pk, needs_grading=True)
        .filter(Q(locked_by__isnull=True) | Q(locked_until__lt=now) | Q(locked_by=grader))
        .update(locked_by=grader, locked_until=now + timedelta(minutes=LOCK_MINUTES))
    )
    if taken != 1:
        if not Response.objects.filter(pk=response.pk, needs_grading=True).exists():
            raise ValidationError(_("This answer has already been graded."))
        raise ValidationError(_("Another assessor is grading this answer. Pick another one."))
    response.refresh_from_db(fields=["locked_by", "locked_until"])
    return response


def response_lock_release(*, response: Response, grader) -> None:
    Response.objects.filter(pk=response.pk, locked_by=grader).update(locked_by=None, locked_until=None)


def rubric_fraction(version, scores: list) -> tuple[Decimal, list[str]]:
    """The fraction a set of rubric scores gives, checking each against its criterion's levels."""
    criteria = list(version.rubric.all())
    if len(scores) != len(criteria):
        raise ValidationError(_("Give a score for every criterion of the rubric."))
    got, best, clean = Decimal(0), Decimal(0), []
    for criterion, raw in zip(criteria, scores, strict=True):
        try:
            value = Decimal(str(raw))
        except (InvalidOperation, ValueError):
            raise ValidationError(_("Each rubric score must be a number.")) from None
        allowed = {Decimal(str(level["points"])) for level in criterion.levels}
        if value not in allowed:
            raise ValidationError(_("Pick one of the levels of each criterion."))
        got += value
        best += criterion.max_points
        clean.append(str(value))
    return (got / best if best else Decimal(0)), clean


@transaction.atomic
def response_grade(
    *, response: Response, grader, rubric_scores: list, comment: str = "", notify: bool = True
) -> Response:
    """Score one answer against its rubric. The grader must hold the lock (taken here if free)."""
    now = timezone.now()
    response = (
        Response.objects.select_for_update().select_related("item__attempt__exam", "item__version").get(pk=response.pk)
    )
    if not response.needs_grading:
        raise ValidationError(_("This answer has already been graded."))
    if response.locked_by_id not in (None, grader.pk) and response.locked_until and response.locked_until > now:
        raise ValidationError(_("Another assessor is grading this answer. Pick another one."))
    if response.item.attempt.user_id == grader.pk:
        raise PermissionDenied(_("You cannot grade your own answers."))
    fraction, clean = rubric_fraction(response.item.version, rubric_scores)
    response.fraction = fraction.quantize(Decimal("0.0000001"))
    response.rubric_scores = clean
    response.comment = comment.strip()
    response.needs_grading = False
    response.graded_by = grader
    response.graded_at = now
    response.locked_by = None
    response.locked_until = None
    response.save()
    attempt = Attempt.objects.select_for_update().select_related("exam").get(pk=response.item.attempt_id)
    attempt_finalise(attempt=attempt, notify=notify)
    return response


@transaction.atomic
def appeal_create(*, item: AttemptItem, user, reason: str) -> Appeal:
    if item.attempt.user_id != user.pk:
        raise PermissionDenied
    if not item.attempt.is_final:
        raise ValidationError(_("You can appeal once your result is final."))
    if not reason.strip():
        raise ValidationError(_("Say why you think this item was graded wrongly."))
    if Appeal.objects.filter(item=item, state=Appeal.State.OPEN).exists():
        raise ValidationError(_("You already have an open appeal on this item."))
    return Appeal.objects.create(item=item, user=user, reason=reason.strip()[:4000])


@transaction.atomic
def appeal_resolve(*, appeal: Appeal, by, uphold: bool, resolution: str, fraction=None) -> Appeal:
    """Close an appeal. Upheld with a new score, the attempt's result is recalculated and the change logged."""
    appeal = (
        Appeal.objects.select_for_update().select_related("item__attempt__exam", "item__response").get(pk=appeal.pk)
    )
    if appeal.state != Appeal.State.OPEN:
        raise ValidationError(_("This appeal is already resolved."))
    if appeal.item.attempt.user_id == by.pk:
        raise PermissionDenied(_("You cannot resolve your own appeal."))
    if not resolution.strip():
        raise ValidationError(_("Explain the decision to the learner."))
    appeal.state = Appeal.State.UPHELD if uphold else Appeal.State.REJECTED
    appeal.resolved_by, appeal.resolved_at, appeal.resolution = by, timezone.now(), resolution.strip()
    appeal.save()
    if uphold and fraction is not None:
        _apply_appeal_score(appeal=appeal, by=by, fraction=fraction)
    return appeal


def _apply_appeal_score(*, appeal: Appeal, by, fraction) -> None:
    try:
        value = Decimal(str(fraction))
    except (InvalidOperation, ValueError):
        raise ValidationError(_("The new score must be between 0 and 1.")) from None
    if not Decimal(0) <= value <= Decimal(1):
        raise ValidationError(_("The new score must be between 0 and 1."))
    response = appeal.item.response
    attempt = Attempt.objects.select_for_update().select_related("exam").get(pk=appeal.item.attempt_id)
    before = (str(attempt.percent), attempt.passed)
    response.fraction, response.needs_grading = value, False
    response.save(update_fields=["fraction", "needs_grading"])
    attempt_finalise(attempt=attempt, regraded=True)
    RegradeLog.objects.create(
        exam=attempt.exam,
        question_id=appeal.item.question_id,
        action=RegradeLog.Action.APPEAL,
        reason=appeal.resolution,
        by=by,
        attempts_changed=1,
        changes=[
            {
                "attempt": attempt.pk,
                "before": {"percent": before[0], "passed": before[1]},
                "after": {"percent": str(attempt.percent), "passed": attempt.passed},
            }
        ],
    )
