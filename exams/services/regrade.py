"""HR fixing a faulty item after the fact, and every affected attempt recalculated and logged."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from question_bank.models import Question, QuestionType, QuestionVersion
from question_bank.scoring import score_response
from question_bank.selectors import with_content

from ..models import Attempt, AttemptItem, RegradeLog
from .drawing import versions_by_id
from .finalise import attempt_finalise
from .version_mapping import translate_answer, translate_order


@transaction.atomic
def exam_item_regrade(*, exam, question: Question, action: str, by, reason: str) -> RegradeLog:
    """Regrade every finished attempt of `exam` that showed `question` (in either language).

    `full_marks`: everyone gets the item's full marks. `new_version`: each response is carried over to the
    question's current (corrected) version by the choices' identity (`version_mapping`), not their position,
    and scored against it; the attempt item then points at the new version.
    """
    if action not in (RegradeLog.Action.FULL_MARKS, RegradeLog.Action.NEW_VERSION):
        raise ValidationError(_("Choose how to regrade."))
    if not reason.strip():
        raise ValidationError(_("Say what was wrong with the item; the reason is kept in the log."))
    family = Question.objects.filter(translation_group=question.translation_group)
    items = list(
        AttemptItem.objects.filter(
            attempt__exam=exam, question__in=family, attempt__state=Attempt.State.FINISHED
        ).select_related("response", "question", "attempt")
    )
    lost_in: set[int] = set()
    if action == RegradeLog.Action.NEW_VERSION:
        lost_in = _rescore_against_current(items)
    else:
        for item in items:
            response = item.response
            response.fraction, response.needs_grading, response.full_marks_given = Decimal(1), False, True
            response.save(update_fields=["fraction", "needs_grading", "full_marks_given"])
    changes = []
    for attempt in (
        Attempt.objects.select_for_update().select_related("exam").filter(pk__in={i.attempt_id for i in items})
    ):
        before = {"percent": str(attempt.percent) if attempt.percent is not None else None, "passed": attempt.passed}
        attempt_finalise(attempt=attempt, regraded=True)
        after = {"percent": str(attempt.percent) if attempt.percent is not None else None, "passed": attempt.passed}
        change = {"attempt": attempt.pk, "before": before, "after": after}
        if attempt.pk in lost_in:
            change["answer_lost"] = True
        changes.append(change)
    return RegradeLog.objects.create(
        exam=exam,
        question=question,
        action=action,
        reason=reason.strip(),
        by=by,
        attempts_changed=sum(1 for c in changes if c["before"] != c["after"]),
        changes=changes,
    )


def _rescore_against_current(items: list[AttemptItem]) -> set[int]:
    """Score each response against the question's current version; returns the attempts where part of an
    answer named a choice the corrected version no longer has (that part is dropped)."""
    lost_in: set[int] = set()
    old_versions = versions_by_id({i.version_id for i in items})
    current_ids = {i.question.current_version_id for i in items}
    current = {v.pk: v for v in with_content(QuestionVersion.objects.filter(pk__in=current_ids))}
    for item in items:
        old, new = old_versions[item.version_id], current[item.question.current_version_id]
        response = item.response
        if old.pk != new.pk:
            response.answer, lost = translate_answer(response.answer, old, new)
            if lost:
                lost_in.add(item.attempt_id)
            item.choice_order = translate_order(item.choice_order, old, new)
            item.version = new
            item.save(update_fields=["version", "choice_order"])
        if response.full_marks_given or old.question.qtype == QuestionType.ESSAY:
            continue
        response.fraction, _detail = score_response(new, response.answer)
        response.save(update_fields=["answer", "fraction"])
    return lost_in
