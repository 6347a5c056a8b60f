"""Turning graded responses into a result: score, percent, pass or fail, the signal and the learner's message."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from ..access import results_released
from ..models import Attempt, Response
from ..signals import attempt_finalised


def attempt_totals(attempt: Attempt, items=None) -> tuple[Decimal, Decimal]:
    """(score, maximum) from the responses as they are now (or from `items` with their responses, as just saved)."""
    score, maximum = Decimal(0), Decimal(0)
    if items is None:
        responses = Response.objects.filter(item__attempt=attempt).select_related("item")
        pairs = [(response.item.mark, response.fraction) for response in responses]
    else:
        pairs = [(item.mark, item.response.fraction) for item in items]
    for mark, fraction in pairs:
        maximum += mark
        score += (fraction or Decimal(0)) * mark
    return score, maximum


def attempt_finalise(*, attempt: Attempt, regraded: bool = False, notify: bool = True, items=None) -> Attempt:
    """Record the result of an attempt whose every item is graded. Call inside the caller's transaction.

    `items` (every item of the attempt with its response, as the caller just saved them under the attempt's lock)
    spares reading the responses again."""
    if items is None:
        if Response.objects.filter(item__attempt=attempt, needs_grading=True).exists():
            return attempt
    elif any(item.response.needs_grading for item in items):
        return attempt
    score, maximum = attempt_totals(attempt, items)
    percent = (100 * score / maximum) if maximum else Decimal(0)
    attempt.score = score.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    attempt.max_score = maximum
    attempt.percent = percent.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    attempt.passed = attempt.percent >= attempt.exam.pass_mark_percent
    first_time = attempt.finalised_at is None
    if first_time:
        attempt.finalised_at = timezone.now()
    attempt.save(update_fields=["score", "max_score", "percent", "passed", "finalised_at"])
    pk = attempt.pk

    def announce():
        fresh = Attempt.objects.select_related("exam", "user").get(pk=pk)
        attempt_finalised.send(sender=Attempt, attempt=fresh, regraded=regraded or not first_time)

    transaction.on_commit(announce)
    if notify:
        _notify(attempt, regraded=regraded or not first_time)
    return attempt


def _notify(attempt: Attempt, *, regraded: bool) -> None:
    from org.services.notifications import notification_send

    notification_send(
        recipient=attempt.user,
        kind="exam_regraded" if regraded else "exam_result",
        # under "after the exam closes" the message says the result is in, not what it is
        context={"exam": attempt.exam, "attempt": attempt, "released": results_released(attempt.exam)},
        url=reverse("exams:result", kwargs={"pk": attempt.pk}),
    )
