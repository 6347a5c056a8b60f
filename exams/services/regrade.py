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


def _map_ids(old_rows, new_rows) -> dict:
    """Old row id → new row id by position: a corrected version keeps its choices in the same places."""
    return {old.pk: new.pk for old, new in zip(old_rows, new_rows, strict=False)}


def translate_answer(answer: dict, old, new) -> dict:
    """A response given against version `old`, expressed against the corrected version `new`."""
    kind = old.question.qtype
    if kind in (QuestionType.SINGLE, QuestionType.MULTI, QuestionType.TRUEFALSE, QuestionType.SHORT):
        ids = _map_ids(old.answers.all(), new.answers.all())
        out = dict(answer)
        if "choice" in answer:
            out["choice"] = ids.get(answer["choice"])
        if "choices" in answer:
            out["choices"] = [ids[c] for c in answer["choices"] if c in ids]
        return out
    if kind == QuestionType.MATCHING:
        ids = _map_ids(old.pairs.all(), new.pairs.all())
        return {"pairs": {str(ids.get(int(k))): ids.get(v) for k, v in answer.get("pairs", {}).items()}}
    if kind == QuestionType.ORDERING:
        ids = _map_ids(old.items.all(), new.items.all())
        return {"order": [ids[i] for i in answer.get("order", []) if i in ids]}
    return dict(answer)


def _translate_order(order: dict, old, new) -> dict:
    kind = old.question.qtype
    rows = {QuestionType.MATCHING: "pairs", QuestionType.ORDERING: "items"}.get(kind, "answers")
    ids = _map_ids(getattr(old, rows).all(), getattr(new, rows).all())
    return {key: [ids.get(i, i) for i in values] for key, values in order.items()}


@transaction.atomic
def exam_item_regrade(*, exam, question: Question, action: str, by, reason: str) -> RegradeLog:
    """Regrade every finished attempt of `exam` that showed `question` (in either language).

    `full_marks`: everyone gets the item's full marks. `new_version`: each response is scored against the
    question's current (corrected) version, which the attempt item then points at.
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
    if action == RegradeLog.Action.NEW_VERSION:
        _rescore_against_current(items)
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
        changes.append({"attempt": attempt.pk, "before": before, "after": after})
    return RegradeLog.objects.create(
        exam=exam,
        question=question,
        action=action,
        reason=reason.strip(),
        by=by,
        attempts_changed=sum(1 for c in changes if c["before"] != c["after"]),
        changes=changes,
    )


def _rescore_against_current(items: list[AttemptItem]) -> None:
    old_versions = versions_by_id({i.version_id for i in items})
    current_ids = {i.question.current_version_id for i in items}
    current = {v.pk: v for v in with_content(QuestionVersion.objects.filter(pk__in=current_ids))}
    for item in items:
        old, new = old_versions[item.version_id], current[item.question.current_version_id]
        response = item.response
        if old.pk != new.pk:
            response.answer = translate_answer(response.answer, old, new)
            item.choice_order = _translate_order(item.choice_order, old, new)
            item.version = new
            item.save(update_fields=["version", "choice_order"])
        if response.full_marks_given or old.question.qtype == QuestionType.ESSAY:
            continue
        response.fraction, _detail = score_response(new, response.answer)
        response.save(update_fields=["answer", "fraction"])
