"""Recording attempts that happened in the past (demo data and benchmarks), through the same drawing and grading
as live attempts: an answer is right with a probability set by the person's ability."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.db.models import Max

from question_bank.models import QuestionType
from question_bank.services.questions import question_version_mark_used

from ..models import Attempt, AttemptItem, Response
from .attempts import _submit_locked
from .drawing import draw_items, frozen_order, versions_by_id
from .grading import response_grade
from .rules import deadline_for


def simulated_answer(version, *, right: bool, rng) -> dict:
    kind = version.question.qtype
    if kind in (QuestionType.SINGLE, QuestionType.TRUEFALSE):
        answers = list(version.answers.all())
        best = max(answers, key=lambda a: a.fraction)
        wrong = [a for a in answers if a.fraction <= 0] or answers
        return {"choice": best.pk if right else rng.choice(wrong).pk}
    if kind == QuestionType.MULTI:
        answers = list(version.answers.all())
        good = [a.pk for a in answers if a.fraction > 0]
        bad = [a.pk for a in answers if a.fraction <= 0]
        return {"choices": good if right else good[:1] + bad[:1]}
    if kind == QuestionType.SHORT:
        first = version.answers.first()
        return {"text": first.text.replace("*", "") if right and first else "not sure"}
    if kind == QuestionType.MATCHING:
        stems = [p for p in version.pairs.all() if p.left.strip()]
        targets = [p.pk for p in stems]
        if not right and len(targets) > 1:
            targets = targets[1:] + targets[:1]
        return {"pairs": {str(s.pk): t for s, t in zip(stems, targets, strict=True)}}
    if kind == QuestionType.ORDERING:
        order = [i.pk for i in version.items.all()]
        return {"order": order if right else list(reversed(order))}
    return {"text": "Situation, task, action and result, as I would handle it with the candidate."}


@transaction.atomic
def attempt_record(*, exam, user, started_at, ability: float, rng, grader=None, language: str = "en") -> Attempt:
    """A finished attempt started at `started_at`; essays are graded by `grader` when given. Sends no messages."""
    drawn = draw_items(exam=exam, language=language)
    number = (Attempt.objects.filter(exam=exam, user=user).aggregate(n=Max("number"))["n"] or 0) + 1
    attempt = Attempt.objects.create(
        exam=exam,
        user=user,
        number=number,
        language=language,
        started_at=started_at,
        deadline=deadline_for(exam=exam, started_at=started_at, extra_minutes=0),
        max_score=sum((Decimal(d.mark) for d in drawn), Decimal(0)),
    )
    versions = versions_by_id(d.version_id for d in drawn)
    for slot, d in enumerate(drawn, start=1):
        version = versions[d.version_id]
        item = AttemptItem.objects.create(
            attempt=attempt,
            slot=slot,
            page=(slot - 1) // exam.questions_per_page + 1,
            section_id=d.section_id,
            question_id=d.question_id,
            version=version,
            choice_order=frozen_order(version, shuffle=exam.shuffle_choices),
            mark=d.mark,
            language_fallback=d.language_fallback,
        )
        difficulty = ((d.question_id * 37) % 41) / 100 - 0.2  # a fixed, item-specific nudge
        right = ability >= 1 or rng.random() < max(0.05, min(0.98, ability - difficulty))
        Response.objects.create(item=item, answer=simulated_answer(version, right=right, rng=rng), saved_at=started_at)
    question_version_mark_used(version_ids=versions)
    minutes = max(1, int(exam.time_limit_minutes * (0.5 + rng.random() * 0.45)))
    _submit_locked(attempt=attempt, now=started_at + timedelta(minutes=minutes), notify=False)
    if grader is not None:
        for response in Response.objects.filter(item__attempt=attempt, needs_grading=True).select_related(
            "item__version", "item__attempt"
        ):
            scores = [
                max(c.levels, key=lambda lv: Decimal(str(lv["points"])))["points"]
                if rng.random() < ability
                else min(c.levels, key=lambda lv: Decimal(str(lv["points"])))["points"]
                for c in response.item.version.rubric.all()
            ]
            response_grade(response=response, grader=grader, rubric_scores=scores, comment="", notify=False)
    attempt.refresh_from_db()
    return attempt
